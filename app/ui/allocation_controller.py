"""Solve the allocation off the GUI thread and show it: flows and loaded sites on the map,
net import choropleths, the results and assumptions docks.

Solves are requested by the Solve action (F5) or, with auto-solve on, by any site or
assumption edit (a drag asks many times a second; the runner only solves the latest).
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack

from app.datasets.atlas import Atlas
from app.engine.national_problem import cluster_capacity, demand_table, stock_capacity
from app.engine.preview import Preview, Previewer, placed_supply
from app.ui.commands import ScenarioModel, SetAssumptionsCommand, SetSolverCommand
from app.ui.describe import supply_names
from app.ui.docks.assumptions_dock import AssumptionsPanel
from app.ui.docks.results_dock import ResultsPanel
from app.ui.i18n import language, tr
from app.ui.map.flows_item import FlowsItem, load_sites_item, show_preview
from app.ui.map.national import NationalLayers
from app.ui.map.view import MapView
from app.ui.placement import SitePlacement
from app.ui.workers import TaskRunner


class AllocationController(QObject):
    """Signals: sigSolved(Preview), sigMessage(str) for the status bar."""

    sigSolved = Signal(object)
    sigMessage = Signal(str)

    def __init__(self, atlas: Atlas, model: ScenarioModel, undo: QUndoStack,
                 placement: SitePlacement, view: MapView, national: NationalLayers,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.atlas, self.model, self.undo = atlas, model, undo
        self.placement, self.view, self.national = placement, view, national
        self.previewer = Previewer(atlas)
        self.runner = TaskRunner(self)
        self.preview: Preview | None = None
        self.names = self._names()
        self.results = ResultsPanel(self.names)
        self.assumptions = AssumptionsPanel()
        self.flows = FlowsItem()
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
        self.runner.sigFailed.connect(lambda msg: self.sigMessage.emit(
            tr("Solve failed: {msg}").format(msg=msg)))
        placement.sigEvaluated.connect(self._auto)
        model.assumptionsChanged.connect(self._on_assumptions_changed)
        model.reset.connect(self._on_reset)
        self.assumptions.sigChanged.connect(
            lambda new, text: undo.push(SetAssumptionsCommand(model, new, text)))
        self.assumptions.sigRegionsChanged.connect(self._set_regions)
        self._show_assumptions()

    def _names(self) -> dict[str, str]:
        return supply_names(self.atlas)

    # ---- solving --------------------------------------------------------------------------
    def request_solve(self) -> None:
        """Snapshot the scenario on the GUI thread, solve it on the worker."""
        a = self.model.scenario.assumptions
        regions = self.model.scenario.solver.regions
        placed = placed_supply(self.model.sites, self.placement.metrics)
        for p in placed:
            self.names[p.id] = p.name
        self.previewer.prepare(regions)  # projections stay on the GUI thread
        if regions == "prefecture":
            self.names.update({str(c): n for c, n in
                               self.atlas.prefecture_points["name_zh"].items()})
        self.runner.submit(lambda progress, cancelled: self.previewer.run(
            a, placed, progress, cancelled, regions))

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

    def _show_assumptions(self) -> None:
        self.assumptions.show_regions(self.model.scenario.solver.regions)
        a = self.model.scenario.assumptions
        names = {int(c): self.atlas.province_name(int(c), language())
                 for c in self.atlas.provinces.index}
        capacity = pd.concat([
            cluster_capacity(self.atlas, a).rename(lambda c: f"cluster:{c}"),
            stock_capacity(self.atlas, a).rename(lambda c: f"stock:{c}")])
        self.assumptions.show_assumptions(a, demand_table(self.atlas, a), names, capacity)

    def _on_done(self, preview: Preview | None) -> None:
        if preview is None:
            return
        self.preview = preview
        self._draw(preview)
        self.results.set_preview(preview)
        self.national.extra_values = {
            "net_import": {int(k): v for k, v in preview.net_import_mw().items()},
            "net_import_change": {int(k): v for k, v in preview.net_import_change_mw().items()},
        }
        res = preview.scenario
        self.sigMessage.emit(tr("Solved ({status}) in {ms:.0f} ms{warm}").format(
            status=res.status, ms=(res.build_s + res.solve_s) * 1000,
            warm=tr(", warm start") if res.warm_started else ""))
        self.sigSolved.emit(preview)

    def export_mps(self, path: str) -> str | None:
        """Write the last solved scenario's LP as MPS (for inspection in any solver)."""
        if self.preview is None:
            self.sigMessage.emit(tr("Solve first (F5), then export the LP"))
            return None
        from app.engine.allocation import write_mps

        write_mps(self.preview.scenario.problem, path)
        self.sigMessage.emit(tr("Wrote {path}").format(path=path))
        return path

    def _export_mps_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(None, tr("Export LP as MPS"), "allocation.mps",
                                              "MPS (*.mps)")
        if path:
            self.export_mps(path)

    def _draw(self, p: Preview) -> None:
        show_preview(self.flows, self.loads, p, self.names)
