"""The main window: the national map in the middle, layers and inspector docks around it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from app import __version__
from app.datasets.map_base import MapBase
from app.ui import describe, settings, window_layout, window_menus, window_startup
from app.ui.i18n import language, tr
from app.ui.map.legend import LegendWidget
from app.ui.map.national import NationalLayers
from app.ui.map.picking import MarkerItem
from app.ui.map.sites_item import SitesItem
from app.ui.map.view import MapView
from app.ui.window_files import FilesMixin
from app.ui.window_metric import MetricMixin
from app.ui.window_selection import SelectionMixin

if TYPE_CHECKING:
    from app.datasets.atlas import Atlas

# Everything else (docks, allocation, documents, the engine and HiGHS behind them) is imported
# in _build_rest: with paint_first the map is painted before those load. Built from a MapBase,
# not even the national tables (pandas, pyproj, shapely) are loaded before the first paint.


class MainWindow(MetricMixin, SelectionMixin, FilesMixin, QMainWindow):
    """Signal sigReady() once every part is built (at once, or after the first paint)."""

    sigReady = Signal()
    sigMetricShown = Signal(str)  # the map shows this metric now (after a computation or at once)

    def __init__(
        self, atlas: Atlas | MapBase, parent: QWidget | None = None, *, paint_first: bool = False
    ) -> None:
        """``paint_first``: build only the map now and the rest (docks, toolbar, menus,
        allocation, documents) after the map's first paint (the app's start-up); otherwise
        build everything here. Given a :class:`MapBase` (implies ``paint_first``), the
        national tables load on a worker after the first paint, the status bar saying so."""
        super().__init__(parent)
        loaded = not isinstance(atlas, MapBase)
        paint_first = paint_first or not loaded
        self.atlas = atlas if not isinstance(atlas, MapBase) else None  # type: ignore[assignment]
        # Per document (dropped by forget_document when another one is opened): the last
        # finished sweep (app.sweep.dialog_task.SweepResult) and the dialogs working on it.
        self.last_sweep = self.last_sweep_scenario = self.last_robustness = None
        self.document_dialogs: list[QDialog] = []
        self.ready = False
        self.setWindowTitle(f"{tr('CPN Planner')} {__version__}")
        window_layout.fit_to_screen(self, 1400, 900)  # a saved geometry wins (restore)
        self.map = MapView()
        self.setCentralWidget(self.map)
        self.national = NationalLayers(self.map, atlas)
        self.legend = LegendWidget(self.map, foldable=True)
        self.legend.set_spec(self.national.set_metric("price"))
        self.user_layers: dict[str, object] = {}  # name -> app.datasets.user_data.UserLayer
        self.selected_code: int | None = None
        self._hover_row = -1
        self._shown_once = False
        self.undo_stack = QUndoStack(self)
        self.sites_item = SitesItem()
        self.sites_item.setZValue(9500)
        self.map.view_box.addItem(self.sites_item, ignoreBounds=True)
        self.national.cluster_labels[0].avoid.append(self.sites_item.labels)
        if paint_first:
            geometry = settings.read_bytes(window_layout.GEOMETRY_KEY)
            if geometry is not None:
                self.restoreGeometry(geometry)
            then = self._build_rest if loaded else lambda: window_startup.load_atlas(self)
            self._after_paint = window_startup.AfterFirstPaint(self.map.viewport(), then)
        else:
            self._build_rest()

    def _build_rest(self) -> None:
        """Docks, placement, allocation, documents, menus and toolbar; the saved layout."""
        from app.ui.allocation_controller import AllocationController
        from app.ui.commands import ScenarioModel
        from app.ui.document import DocumentController
        from app.ui.legend_control import LegendControl
        from app.ui.map_tips import MapTips
        from app.ui.placement import SitePlacement
        from app.ui.province_overrides import OverridesController

        atlas = self.atlas
        self.model = ScenarioModel()
        self._build_docks()
        self.placement = SitePlacement(
            atlas, self.model, self.undo_stack, self.sites_item, self.site_editor, self
        )
        self.placement.sigSelected.connect(self._on_site_selected)
        self.placement.sigEvaluated.connect(self._refresh_comparison)
        self.placement.sigMetrics.connect(self._refresh_comparison)
        self.placement.sigRefused.connect(self.refuse_edit)
        self.site_editor.sigRefused.connect(self.refuse_edit)
        self.comparison.sigSiteSelected.connect(self._on_comparison_selected)
        self.comparison.set_clusters(
            [(cid, describe.cluster_label(c, language())) for cid, c in atlas.clusters.iterrows()]
        )
        self.comparison.sigClustersChanged.connect(self._refresh_comparison)
        self.allocation = AllocationController(
            atlas, self.model, self.undo_stack, self.placement, self.map, self.national, self
        )
        self.allocation.sigMessage.connect(lambda m: self.statusBar().showMessage(m, 8000))
        self.allocation.assumptions.sigRefused.connect(self.refuse_edit)
        window_menus.build_progress(self)
        self.allocation.sigSolved.connect(self._on_solved)
        self.allocation.results.sigProvinceSelected.connect(self.select_province)
        self._add_dock(
            tr("Allocation results"),
            self.allocation.results,
            "results",
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        # Tabify as soon as a dock is added: once the layout has run, tabifying leaves a
        # stale tab bar of the old group on screen.
        self.tabifyDockWidget(self.comparison_dock, self.results_dock)
        self._build_policy_dock()
        self._add_dock(
            tr("Assumptions"),
            self.allocation.assumptions,
            "assumptions",
            Qt.DockWidgetArea.RightDockWidgetArea,
            scroll=True,
        )
        self.tabifyDockWidget(self.inspector_dock, self.assumptions_dock)
        self.document = DocumentController(
            self, self.undo_stack, self.current_scenario, self.model.replace_scenario
        )
        self.document.sigLoaded.connect(self._on_scenario_loaded)
        self.document.sigNaming.connect(self._name_after_file)
        self.document.sigMessage.connect(lambda m: self.statusBar().showMessage(m, 6000))
        self.allocation.sigSolved.connect(lambda _p: self.document.autosave())
        self.undo_stack.indexChanged.connect(lambda _i: self.show_robustness())
        self.setAcceptDrops(True)
        self.comparison_dock.raise_()
        self.inspector_dock.raise_()
        self.legend_control = LegendControl(  # show_error late-bound: tests replace it
            self.map,
            self.legend,
            self.national,
            self.allocation,
            self.set_metric,
            lambda title, message: self.show_error(title, message),
            self,
        )
        window_menus.build_actions(self)
        # Added to an already shown window (paint_first), docks and toolbar are not shown yet
        # and the default layout would record them hidden: show them first.
        for widget in (self.toolbar, *self.findChildren(QDockWidget)):
            widget.show()
        self._default_layout = self.saveState()
        window_layout.restore(self)
        window_menus.build_status(self)
        self.layers_panel.refresh()
        self.map.sigHovered.connect(self._on_hover)
        self.map.sigClicked.connect(self._on_click)
        self.map.sigLeft.connect(self._on_leave)
        # queued: placing the legend may re-frame China, which regroups the flows again
        self.allocation.flows.sigZoomChanged.connect(
            self.legend_control.show_symbols, Qt.ConnectionType.QueuedConnection
        )
        self.tips = MapTips(atlas, self.map, self.national, self.allocation, self.placement)
        self.station_mark = MarkerItem(  # the ring takes no click: the map picks
            size=15, pxMode=True, symbol="o", pen=pg.mkPen("#00a0ff", width=3), brush=None
        )
        self.station_mark.setZValue(9002)
        self.map.view_box.addItem(self.station_mark, ignoreBounds=True)
        self.placement.place_action.toggled.connect(self._on_placing)
        # One Esc: leave placement, else cancel a solve (two Esc shortcuts would be ambiguous).
        self.allocation.cancel_action.setShortcut(QKeySequence())
        self.escape_action = window_menus.make_action(
            self, tr("Stop placing or solving"), self._on_escape, QKeySequence(Qt.Key.Key_Escape)
        )
        self.addAction(self.escape_action)
        self.overrides = OverridesController(
            atlas, self.model, self.undo_stack, self.inspector, self
        )
        self.inspector.overrides.sigRefused.connect(self.refuse_edit)
        self.model.assumptionsChanged.connect(self._show_overrides)
        self._build_metric_loader()
        self.set_metric("price")
        self.ready = True
        if self._shown_once:  # shown before the docks existed: size them now
            window_layout.first_show(self, self.inspector_dock, self.results_dock)
        self.sigReady.emit()

    # ---- construction ---------------------------------------------------------------------
    def _build_docks(self) -> None:
        from app.engine.costs.site_eval import ACCELERATOR_PROFILES
        from app.engine.pue.pue import COOLING_TECHS
        from app.ui.docks.comparison_dock import ComparisonPanel
        from app.ui.docks.inspector_dock import InspectorPanel
        from app.ui.docks.layers_dock import LayersPanel
        from app.ui.docks.site_editor import SiteEditor

        self.layers_panel = LayersPanel(self.map)
        self.layers_panel.sigVisibilityChanged.connect(self._on_layer_visibility)
        self.inspector = InspectorPanel()
        self.site_editor = SiteEditor(
            [(t, describe.cooling_label(t)) for t in COOLING_TECHS],
            [(k, describe.accelerator_label(k)) for k in ACCELERATOR_PROFILES],
        )
        self.inspector_stack = QStackedWidget()
        self.inspector_stack.addWidget(self.inspector)
        self.inspector_stack.addWidget(self.site_editor)
        self.inspector_stack.setMinimumWidth(240)
        self.comparison = ComparisonPanel()
        area = Qt.DockWidgetArea
        self._add_dock(
            tr("Inspector"),
            self.inspector_stack,
            "inspector",
            area.RightDockWidgetArea,
            scroll=True,
        ).setMinimumWidth(260)
        self._add_dock(tr("Layers"), self.layers_panel, "layers", area.RightDockWidgetArea)
        self.tabifyDockWidget(self.inspector_dock, self.layers_dock)
        self._add_dock(
            tr("Site comparison"), self.comparison, "comparison", area.BottomDockWidgetArea
        )

    def _build_policy_dock(self) -> None:
        from app.ui.docks.policy_dock import PolicyPanel

        self.policy = PolicyPanel()
        self.map.view_box.addItem(self.policy.rings, ignoreBounds=True)
        self.map.view_box.addItem(self.policy.hub_lines, ignoreBounds=True)
        self.allocation.sigEvaluated.connect(self.policy.set_evaluation)
        self.policy.sigScopeSelected.connect(self._on_comparison_selected)
        area = Qt.DockWidgetArea.BottomDockWidgetArea
        self._add_dock(tr("National targets"), self.policy, "policy", area)
        self.tabifyDockWidget(self.results_dock, self.policy_dock)

    def _add_dock(
        self, title: str, widget: QWidget, name: str, area, *, scroll: bool = False
    ) -> QDockWidget:
        """A dock holding ``widget``; ``scroll`` wraps it so a tall or wide form never
        forces the window (and the map) to grow at 1024x700."""
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{name}")
        if scroll:
            area_widget = QScrollArea()
            area_widget.setWidgetResizable(True)
            area_widget.setFrameShape(QScrollArea.Shape.NoFrame)
            area_widget.setWidget(widget)
            widget = area_widget
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        setattr(self, f"{name}_dock", dock)
        return dock

    # ---- layout (docks remembered between sessions, see window_layout) ------------------
    def save_layout(self) -> None:
        window_layout.save(self)

    def reset_layout(self) -> None:
        window_layout.reset(self, self._default_layout)

    def _on_solved(self, preview) -> None:
        self.legend_control.show_symbols()
        if self.national.metric.key in self.national.extra_values:
            self._show_metric_again()
        if self.layers_panel.list.count() != len(self.map.layers()):
            self.layers_panel.refresh()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._keep_map_large()

    def _keep_map_large(self) -> None:
        if hasattr(self, "results_dock"):  # not while the window is being built
            window_layout.keep_map_large(
                self,
                (self.results_dock, self.comparison_dock),
                (self.inspector_dock, self.layers_dock, self.assumptions_dock),
            )

    # ---- scenario document --------------------------------------------------------------
    def current_scenario(self):
        """The model's scenario with the map view and solver switches as they are now."""
        from dataclasses import replace

        sc = self.model.scenario
        sc.map_view = replace(
            sc.map_view,
            metric=self.metric_loader.wanted or self.national.metric.key,
            visible_layers=tuple(e.key for e in self.map.layers() if e.visible),
            view_lonlat=self.map.view_lonlat(),
        )
        sc.solver = replace(sc.solver, auto_solve=self.allocation.auto_action.isChecked())
        if sc.name in ("", "Untitled") and self.document.path is not None:
            sc.name = self.document.path.stem  # reports and recovery name it after its file
        return sc

    def _name_after_file(self, path) -> None:
        """Save As names a scenario after its file (my-plan.toml -> "my-plan"), unless the
        planner gave it a name of its own: the title of reports, workbooks and recovery."""
        sc, old = self.model.scenario, self.document.path
        if sc.name in ("", "Untitled", tr("Untitled")) or (old is not None and sc.name == old.stem):
            sc.name = path.stem

    def scenario_name(self) -> str:
        """The scenario's name as shown: its own, else its file's, else "Untitled"."""
        name = self.model.scenario.name
        if name in ("", "Untitled") and self.document.path is not None:
            return self.document.path.stem
        return name if name not in ("", "Untitled") else tr("Untitled")

    def _on_scenario_loaded(self, scenario) -> None:
        from app.domain.metrics import METRICS_BY_KEY

        self.forget_document()
        view = scenario.map_view
        self.set_metric(view.metric if view.metric in METRICS_BY_KEY else "price")
        if view.visible_layers is not None:
            for entry in self.map.layers():
                visible = entry.key in view.visible_layers
                if entry.key == "prefectures":
                    self.national.show_prefectures(visible)
                else:
                    self.map.set_visible(entry.key, visible)
            self.layers_panel.refresh()
        self.map.show_lonlat(view.view_lonlat)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if not self.ready:  # closed before the rest was built: nothing to save or ask
            super().closeEvent(event)
            return
        if not self.document.closing():
            event.ignore()  # a sweep or suggestion keeps running
            return
        self.close_document_dialogs()  # else they keep running and the app does not quit
        for runner in (self.allocation.runner, self.metric_loader.runner):
            runner.cancel()
            runner.wait()
        self.save_layout()
        super().closeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if not self._shown_once:  # frame China once the map has its real size
            self._shown_once = True
            if self.ready:
                window_layout.first_show(self, self.inspector_dock, self.results_dock)
            self.map.zoom_to_china()
