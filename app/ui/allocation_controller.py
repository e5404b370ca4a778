"""Evaluate the scenario off the GUI thread (``app.engine.evaluate``: site figures, solve,
baseline) and show it: site cards, flows and loaded sites on the map, net import
choropleths, the results and assumptions docks.

Solves are requested by the Solve action (F5) or, with auto-solve on, by any site or
assumption edit (a drag asks many times a second; the runner only solves the latest).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import pandas as pd
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack

from app.datasets.atlas import Atlas
from app.engine.allocation.national_problem import cluster_capacity, demand_table, stock_capacity
from app.engine.evaluate import Evaluation, evaluate
from app.engine.references.preview import Preview
from app.io.headline import effect_line, headline
from app.ui import describe
from app.ui.commands import ScenarioModel, SetAssumptionsCommand, SetSolverCommand
from app.ui.describe import supply_names
from app.ui.docks.assumptions_dock import AssumptionsPanel
from app.ui.docks.results_dock import ResultsPanel
from app.ui.i18n import language, tr
from app.ui.map.flows_item import FlowsItem, load_sites_item, show_preview
from app.ui.map.national import NationalLayers
from app.ui.map.paint_hold import PaintHold
from app.ui.map.view import MapView
from app.ui.placement import SitePlacement
from app.ui.workers import TaskRunner

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DragFrame:
    """An evaluation made while a site is dragged: the scenario solved exactly as
    :func:`evaluate` solves it (cold, same figures and duals), without the free-moving
    reference, moves or policy scorecard; shown on the map, the site's card and the headline
    only. The release asks for the full evaluation."""

    evaluation: Evaluation


def _with_moves(ev: Evaluation | None) -> Evaluation | None:
    """The evaluation with its moves, stays and policy scorecard computed (on the worker,
    not the GUI thread)."""
    if ev is not None:
        ev.migration  # noqa: B018 - cached on the evaluation
        ev.policy  # noqa: B018 - the scorecard solves the scenario without its sites
        if ev.free_preview is not None:
            ev.free_preview.moved_mw  # noqa: B018
    return ev


def _drag_frame(ev: Evaluation | None) -> DragFrame | None:
    if ev is None:
        return None
    ev.sites_effect  # noqa: B018 - the headline's first line, computed on the worker
    ev.preview.moved_mw  # noqa: B018 - and the summary's moved MW
    return DragFrame(ev)


class AllocationController(QObject):
    """Signals: sigSolved(Preview), sigEvaluated(Evaluation) after each full evaluation,
    sigDragShown(Evaluation) after each drag frame, sigMessage(str) for the status bar,
    sigFailed(str) when an evaluation raised.

    While a site is dragged, each step is evaluated as a :class:`DragFrame` (the solve only)
    and shows what changes: flows and loads on the map, the site's card, the headline. The
    tables, moves, comparison and policy follow the full evaluation asked for on release."""

    sigSolved = Signal(object)
    sigEvaluated = Signal(object)
    sigMessage = Signal(str)
    sigFailed = Signal(str)
    sigDragShown = Signal(object)

    def __init__(
        self,
        atlas: Atlas,
        model: ScenarioModel,
        undo: QUndoStack,
        placement: SitePlacement,
        view: MapView,
        national: NationalLayers,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.atlas, self.model, self.undo = atlas, model, undo
        self.placement, self.view, self.national = placement, view, national
        atlas.province_points  # noqa: B018 - project on the constructing (GUI) thread
        self.runner = TaskRunner(self)
        self.preview: Preview | None = None
        self.evaluation: Evaluation | None = None
        self.last_error = ""
        self.names = self._names()
        self.results = ResultsPanel(self.names)
        self.results.migration.sigViewChanged.connect(lambda _v: self._show_view())
        self.assumptions = AssumptionsPanel()
        self.flows = FlowsItem(bundled=True)
        self.loads = load_sites_item()
        view.add_layer("flows", tr("Allocation flows"), [self.flows])
        view.add_layer("loads", tr("Allocation site loads"), [self.loads])
        self.solve_action = QAction(tr("Solve"), self)
        self.solve_action.setShortcut(QKeySequence("F5"))
        self.solve_action.triggered.connect(self.request_solve)
        self.auto_action = QAction(tr("Auto-solve"), self)
        self.auto_action.setCheckable(True)
        self.auto_action.setChecked(True)
        self.cancel_action = QAction(tr("Cancel solve"), self)
        self.cancel_action.setShortcut(QKeySequence("Esc"))
        self.cancel_action.triggered.connect(self.runner.cancel)
        self.mps_action = QAction(tr("Export LP as MPS…"), self)
        self.mps_action.triggered.connect(self._export_mps_dialog)
        self.runner.sigDone.connect(self._on_done)
        self.runner.sigFailed.connect(self._on_failed)
        placement.sigEvaluated.connect(self._auto)
        self.dragging = False  # a site is being dragged: solves are drag frames
        # a drag step's marker and its frame are painted once, together (see paint_hold)
        self.paint_hold = PaintHold(view.viewport())
        self._full_owed = False  # a drag frame was asked for: the release asks the full one
        self._card_owed: str | None = None  # the dragged site, until an evaluation shows it
        # The drag state is known before the placement makes the move (so its first step is a
        # frame too, the comparison waits) and acted on after it: this slot goes first.
        dragged = placement.item.sigSiteDragged
        dragged.disconnect(placement._on_dragged)
        dragged.connect(self._on_drag)
        dragged.connect(placement._on_dragged)
        dragged.connect(self._after_drag_step)
        model.assumptionsChanged.connect(self._on_assumptions_changed)
        model.reset.connect(self._on_reset)
        self.assumptions.sigChanged.connect(
            lambda new, text: undo.push(SetAssumptionsCommand(model, new, text))
        )
        self.assumptions.sigRegionsChanged.connect(self._set_regions)
        self._show_assumptions()

    def _names(self) -> dict[str, str]:
        return supply_names(self.atlas)

    # ---- solving --------------------------------------------------------------------------
    def request_solve(self) -> None:
        """Snapshot the scenario on the GUI thread, evaluate it (sites, solve, baseline) on the
        worker. Projections (site provinces, prefecture points, a [base] atlas) happen here:
        pyproj must not start on a Qt worker thread."""
        from dataclasses import replace

        from app.engine.costs.site_inputs import locate_sites

        scenario = self.model.scenario
        snapshot = replace(scenario, sites=list(scenario.sites))
        regions = scenario.solver.regions
        try:
            atlas = self._atlas_for(snapshot)
            locate_sites(atlas, snapshot.sites)
            if regions == "prefecture":
                self.names.update(
                    {str(c): n for c, n in atlas.prefecture_points["name_zh"].items()}
                )
        except (OSError, ValueError) as exc:  # a bad [base] file: say which, keep running
            self._on_failed(str(exc))
            return
        for site in snapshot.sites:
            self.names[site.id] = site.name
        if self.dragging:
            self._full_owed = True
            self.runner.submit(  # no progress reports: each moves the status bar's progress
                lambda _progress, cancelled: _drag_frame(  # bar, ~1 ms apiece, for a ~10 ms job
                    evaluate(snapshot, None, cancelled, atlas=atlas, free=False)
                )
            )
            self.paint_hold.hold()
            return
        self._full_owed = False
        self.runner.submit(
            lambda progress, cancelled: _with_moves(
                evaluate(snapshot, progress, cancelled, atlas=atlas)
            )
        )

    def _on_drag(self, site_id: str, _x: float, _y: float, finished: bool) -> None:
        """Drag frames while the site moves (the final step's too); with auto-solve on, each
        frame (and the release's full evaluation) brings the site's card."""
        if not self.dragging:  # the layers that stay as they are while the site moves
            self.view.cache_layers(self._still_layers(), True)
        self.dragging = True
        self.placement.cards_from_frames = self.auto_action.isChecked()
        if self.placement.cards_from_frames:
            self._card_owed = site_id

    def _after_drag_step(self, _site_id: str, _x: float, _y: float, finished: bool) -> None:
        """Once the site is let go: the full evaluation of where it lies."""
        if finished:
            self.dragging = False
            self.placement.cards_from_frames = False
            self.view.cache_layers(self._still_layers(), False)
            if self._full_owed and self.auto_action.isChecked():
                self.request_solve()

    def _still_layers(self) -> list[str]:
        """Every map layer but the allocation's flows and loads (the dragged marker is not
        in a layer)."""
        return [e.key for e in self.view.layers() if e.key not in ("flows", "loads")]

    def _atlas_for(self, scenario) -> Atlas:
        """The window's atlas, or the one the scenario's [base] names (built here, cached)."""
        if all(v == "builtin" for v in scenario.base.values()):
            return self.atlas
        from app.datasets.base_atlas import atlas_for_base

        atlas = atlas_for_base(scenario.base)
        atlas.province_points  # noqa: B018 - projected on the GUI thread
        return atlas

    def _on_failed(self, message: str) -> None:
        """Every worker error is shown (status bar) and logged, never swallowed."""
        self.paint_hold.release()
        if self._card_owed is not None:  # no frame brings the dragged site's card: its own
            self.placement.show_own_card(self._card_owed)
            if not self.dragging:
                self._card_owed = None
        text = tr("Evaluation failed: {msg}").format(msg=message)
        _log.error("%s\n%s", text, self.runner.last_traceback)
        self.last_error = text
        self.sigMessage.emit(text)
        self.sigFailed.emit(text)

    def _set_regions(self, regions: str) -> None:
        from dataclasses import replace

        new = replace(self.model.scenario.solver, regions=regions)
        self.undo.push(SetSolverCommand(self.model, new, tr("Set demand regions")))

    def _auto(self) -> None:
        if self.auto_action.isChecked():
            self.request_solve()

    def _on_assumptions_changed(self) -> None:
        self._show_assumptions()
        self._auto()

    def _on_reset(self) -> None:
        self.auto_action.setChecked(self.model.scenario.solver.auto_solve)
        self._show_assumptions()  # the sites' re-evaluation triggers the (auto) solve
        if not self.auto_action.isChecked():
            self.request_solve()  # the site cards come from the evaluation

    def _show_assumptions(self) -> None:
        """The model's assumptions in the panel. A slot: nothing escapes it. Assumptions the
        tables cannot be derived from (the widgets refuse such values; a scenario could still
        hold them) are shown without demand and capacities, with the reason in the status bar,
        so the panel's next edit still starts from the model's values."""
        self.assumptions.show_regions(self.model.scenario.solver.regions)
        a = self.model.scenario.assumptions
        names = {
            int(c): self.atlas.province_name(int(c), language()) for c in self.atlas.provinces.index
        }
        try:
            demand = demand_table(self.atlas, a)
            capacity = pd.concat(
                [
                    cluster_capacity(self.atlas, a).rename(lambda c: f"cluster:{c}"),
                    stock_capacity(self.atlas, a).rename(lambda c: f"stock:{c}"),
                ]
            )
        except ValueError as exc:
            _log.exception("assumptions not shown in full")
            self.last_error = str(exc)
            self.sigMessage.emit(str(exc))
            demand, capacity = pd.DataFrame(), pd.Series(dtype=float)
        self.assumptions.show_assumptions(a, demand, names, capacity)

    def _on_done(self, evaluation: Evaluation | DragFrame | None) -> None:
        try:
            self._show(evaluation)
        finally:  # the held marker is painted with what was shown (or alone)
            self.paint_hold.release_soon()

    def _show(self, evaluation: Evaluation | DragFrame | None) -> None:
        if evaluation is None:  # cancelled
            return
        if isinstance(evaluation, DragFrame):
            self._show_drag_frame(evaluation.evaluation)
            return
        self._card_owed = None  # every card comes with the full evaluation
        self.evaluation = evaluation
        self.placement.set_evaluation(evaluation)
        preview = self._show_view()
        self._report_solve(evaluation)
        self.sigSolved.emit(preview)
        self.sigEvaluated.emit(evaluation)

    def _show_drag_frame(self, ev: Evaluation) -> None:
        """A drag step: what moves with the site (flows, loads, its card, the headline);
        no tables, moves, policy or autosave until the release."""
        self.evaluation = ev
        self.placement.set_evaluation(ev)
        self.preview = ev.preview
        self._draw(ev.preview)
        self.results.set_headline(ev.preview, [effect_line(ev)])
        self._report_solve(ev)
        self.sigDragShown.emit(ev)

    def _report_solve(self, evaluation: Evaluation) -> None:
        res = evaluation.result
        left_out = [e for e in evaluation.sites if e.solved is None]
        self.sigMessage.emit(
            tr("Solved ({status}) in {ms:.0f} ms").format(
                status=describe.status_label(res.status), ms=(res.build_s + res.solve_s) * 1000
            )
            + (
                tr("; {n} site(s) left out: {names}").format(
                    n=len(left_out), names=", ".join(e.site.name for e in left_out[:5])
                )
                if left_out
                else ""
            )
        )
        for flag in evaluation.flags:
            _log.info(flag)

    def _show_view(self) -> Preview | None:
        """Map and tables show status quo -> scenario, or status quo -> the scenario if moving
        were free (the results dock's view combo)."""
        ev = self.evaluation
        if ev is None:
            return None
        free = self.results.migration.mode == "free" and ev.free_preview is not None
        self.preview = preview = ev.free_preview if free else ev.preview
        self._draw(preview)
        self.results.set_preview(preview, headline(ev))
        self.results.migration.set_migration(
            ev.migration, None if ev.free_preview is None else ev.free_preview.moved_mw
        )
        self.national.extra_values = {
            "net_import": {int(k): v for k, v in preview.net_import_mw().items()},
            "net_import_change": {int(k): v for k, v in preview.net_import_change_mw().items()},
        }
        return preview

    def export_mps(self, path: str) -> str | None:
        """Write the last solved scenario's LP as MPS (for inspection in any solver)."""
        if self.preview is None:
            self.sigMessage.emit(tr("Solve first (F5), then export the LP"))
            return None
        from app.io.exports import ReportError, write_mps_file

        try:  # its own temp name, checked, then renamed: a failure leaves the old file
            write_mps_file(self.preview.scenario.problem, path)
        except ReportError as exc:
            self.sigFailed.emit(str(exc))
            return None
        self.sigMessage.emit(tr("Wrote {path}").format(path=path))
        return path

    def _export_mps_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            None, tr("Export LP as MPS"), "allocation.mps", "MPS (*.mps)"
        )
        if path:
            self.export_mps(path)

    def _draw(self, p: Preview) -> None:
        show_preview(self.flows, self.loads, p, self.names)
