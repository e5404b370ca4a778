"""The main window: the national map in the middle, layers and inspector docks around it."""

from __future__ import annotations

import re
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QToolTip,
    QWidget,
)

from app import __version__
from app.datasets.atlas import Atlas
from app.datasets.projection import to_lonlat
from app.ui import describe, window_layout
from app.ui.i18n import language, tr
from app.ui.map import colors
from app.ui.map.legend import LegendWidget
from app.ui.map.national import NationalLayers
from app.ui.map.sites_item import SitesItem
from app.ui.map.view import MapView

# Everything else (docks, allocation, documents, the engine and HiGHS behind them) is imported
# in _build_rest: with paint_first the map is painted before those load.


class _AfterFirstPaint(QObject):
    """Calls ``then`` on the event loop's next turn after ``widget``'s first paint."""

    def __init__(self, widget: QWidget, then) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


class MainWindow(QMainWindow):
    """Signal sigReady() once every part is built (at once, or after the first paint)."""

    sigReady = Signal()

    def __init__(
        self, atlas: Atlas, parent: QWidget | None = None, *, paint_first: bool = False
    ) -> None:
        """``paint_first``: build only the map now and the rest (docks, toolbar, menus,
        allocation, documents) after the map's first paint (the app's start-up); otherwise
        build everything here."""
        super().__init__(parent)
        self.atlas = atlas
        self.last_sweep = None  # the last finished sweep (app.sweep.dialog_task.SweepResult)
        self.ready = False
        self.setWindowTitle(f"CPN Planner {__version__}")
        self.resize(1400, 900)
        self.map = MapView()
        self.setCentralWidget(self.map)
        self.national = NationalLayers(self.map, atlas)
        self.legend = LegendWidget(self.map, foldable=True)
        self.legend.set_spec(self.national.set_metric("price"))
        self.user_layers: dict[str, object] = {}  # name -> app.datasets.user_layers.UserLayer
        self.selected_code: int | None = None
        self._hover_row = -1
        self._shown_once = False
        self.undo_stack = QUndoStack(self)
        self.sites_item = SitesItem()
        self.sites_item.setZValue(9500)
        self.map.view_box.addItem(self.sites_item, ignoreBounds=True)
        self.national.cluster_labels[0].avoid.append(self.sites_item.labels)
        if paint_first:
            geometry = QSettings().value(window_layout.GEOMETRY_KEY)
            if geometry is not None:
                self.restoreGeometry(geometry)
            self._after_paint = _AfterFirstPaint(self.map.viewport(), self._build_rest)
        else:
            self._build_rest()

    def _build_rest(self) -> None:
        """Docks, placement, allocation, documents, menus and toolbar; the saved layout."""
        from app.ui.allocation_controller import AllocationController
        from app.ui.commands import ScenarioModel  # a scenario's defaults need the engine
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
        self.placement.sigRefused.connect(lambda msg: self.show_error(tr("Edit refused"), msg))
        self.comparison.sigSiteSelected.connect(self._on_comparison_selected)
        self.comparison.set_clusters(
            [(cid, describe.cluster_label(c, language())) for cid, c in atlas.clusters.iterrows()]
        )
        self.comparison.sigClustersChanged.connect(self._refresh_comparison)
        self.allocation = AllocationController(
            atlas, self.model, self.undo_stack, self.placement, self.map, self.national, self
        )
        self.allocation.sigMessage.connect(lambda m: self.statusBar().showMessage(m, 8000))
        self._build_progress()
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
        self.document.sigMessage.connect(lambda m: self.statusBar().showMessage(m, 6000))
        self.allocation.sigSolved.connect(lambda _p: self.document.autosave())
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
        self._build_actions()
        self._default_layout = self.saveState()
        window_layout.restore(self)
        self._build_status()
        self.layers_panel.refresh()
        self.map.sigHovered.connect(self._on_hover)
        self.map.sigClicked.connect(self._on_click)
        self.map.sigLeft.connect(self._on_leave)
        self.national.clusters.sigClicked.connect(self._on_cluster_clicked)
        self.national.stations.sigClicked.connect(self._on_station_clicked)
        self.tips = MapTips(atlas, self.map, self.national, self.allocation, self.placement)
        self.station_mark = pg.ScatterPlotItem(
            size=15, pxMode=True, symbol="o", pen=pg.mkPen("#00a0ff", width=3), brush=None
        )
        self.station_mark.setZValue(9002)
        self.map.view_box.addItem(self.station_mark, ignoreBounds=True)
        self.placement.place_action.toggled.connect(self._on_placing)
        # One Esc: leave placement, else cancel a solve (two Esc shortcuts would be ambiguous).
        self.allocation.cancel_action.setShortcut(QKeySequence())
        self.escape_action = self._action(
            tr("Stop placing or solving"), self._on_escape, QKeySequence(Qt.Key.Key_Escape)
        )
        self.addAction(self.escape_action)
        self.overrides = OverridesController(
            atlas, self.model, self.undo_stack, self.inspector, self
        )
        self.set_metric("price")
        self.ready = True
        if self._shown_once:  # shown before the docks existed: size them now
            window_layout.first_show(self, self.inspector_dock, self.results_dock)
        self.sigReady.emit()

    # ---- construction ---------------------------------------------------------------------
    def _build_docks(self) -> None:
        from app.engine.pue import COOLING_TECHS
        from app.engine.site_eval import ACCELERATOR_PROFILES
        from app.ui.docks.comparison_dock import ComparisonPanel
        from app.ui.docks.inspector_dock import InspectorPanel
        from app.ui.docks.layers_dock import LayersPanel
        from app.ui.docks.site_editor import SiteEditor

        self.layers_panel = LayersPanel(self.map)
        self.layers_panel.sigVisibilityChanged.connect(self._on_layer_visibility)
        self.inspector = InspectorPanel()
        self.site_editor = SiteEditor(
            [(t, describe.cooling_label(t)) for t in COOLING_TECHS],
            [(k, k) for k in ACCELERATOR_PROFILES],
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

    def _build_actions(self) -> None:
        from app.domain.metrics import ALL_METRICS

        file_menu = self.menuBar().addMenu(tr("&File"))
        d = self.document
        file_menu.addActions([d.actions["new"], d.actions["open"]])
        file_menu.addMenu(d.recent_menu)
        file_menu.addMenu(d.examples_menu)
        file_menu.addActions([d.actions["save"], d.actions["save_as"]])
        file_menu.addSeparator()
        self.export_action = self._action(
            tr("&Export report…"), self.export_dialog, QKeySequence("Ctrl+P")
        )
        file_menu.addAction(self.export_action)
        self.compare_action = self._action(tr("&Compare scenarios…"), self.compare_dialog)
        file_menu.addAction(self.compare_action)
        file_menu.addSeparator()
        self.add_layer_action = self._action(
            tr("Add &layer…"), self.add_layer_dialog, QKeySequence("Ctrl+L")
        )
        file_menu.addAction(self.add_layer_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action(tr("&Quit"), self.close, QKeySequence.StandardKey.Quit))
        edit_menu = self.menuBar().addMenu(tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.placement.place_action, self.placement.delete_action])
        solve_menu = self.menuBar().addMenu(tr("&Allocation"))
        solve_menu.addActions(
            [
                self.allocation.solve_action,
                self.allocation.auto_action,
                self.allocation.cancel_action,
            ]
        )
        solve_menu.addSeparator()
        solve_menu.addAction(self.allocation.mps_action)
        self.sweep_action = self._action(tr("S&weep: how sure are we?…"), self.sweep_dialog)
        solve_menu.addAction(self.sweep_action)
        view_menu = self.menuBar().addMenu(tr("&View"))
        self.zoom_china_action = self._action(
            tr("Zoom to &China"), self.map.zoom_to_china, QKeySequence("Ctrl+0")
        )
        self.zoom_selection_action = self._action(
            tr("Zoom to &selection"), self.zoom_to_selection, QKeySequence("Ctrl+E")
        )
        view_menu.addActions([self.zoom_china_action, self.zoom_selection_action])
        view_menu.addSeparator()
        self.legend_control.add_to_menu(view_menu)
        self.recompute_breaks_action = self.legend_control.recompute_action
        self.flow_class_actions = self.legend_control.flow_class_actions
        view_menu.addSeparator()
        view_menu.addActions(
            [
                self.layers_dock.toggleViewAction(),
                self.inspector_dock.toggleViewAction(),
                self.comparison_dock.toggleViewAction(),
                self.results_dock.toggleViewAction(),
                self.assumptions_dock.toggleViewAction(),
            ]
        )
        self.reset_layout_action = self._action(tr("Reset &layout"), self.reset_layout)
        view_menu.addAction(self.reset_layout_action)
        help_menu = self.menuBar().addMenu(tr("&Help"))
        help_menu.addAction(self._action(tr("&About CPN Planner"), self._about))

        # Key actions first: on a narrow window the toolbar's overflow takes the zoom and
        # add-layer buttons (also in the menus), never Place, Undo or Solve.
        toolbar = self.addToolBar(tr("Map"))
        toolbar.setObjectName("toolbar-map")
        toolbar.addActions([self.placement.place_action, self.undo_action, self.redo_action])
        toolbar.addSeparator()
        toolbar.addActions([self.allocation.solve_action, self.allocation.auto_action])
        toolbar.addSeparator()
        self.metric_label = QLabel(tr("Colour provinces by") + " ")
        toolbar.addWidget(self.metric_label)
        self.metric_combo = QComboBox()
        self.metric_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.metric_combo.setMinimumContentsLength(18)  # long PUE names elide, the list does not
        for m in ALL_METRICS:
            label = self.national.metric_label(m)
            self.metric_combo.addItem(label, m.key)
            self.metric_combo.setItemData(
                self.metric_combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole
            )
        self.metric_combo.view().setMinimumWidth(self.metric_combo.view().sizeHintForColumn(0))
        self.metric_combo.currentIndexChanged.connect(
            lambda i: self.set_metric(self.metric_combo.itemData(i))
        )
        toolbar.addWidget(self.metric_combo)
        toolbar.addSeparator()
        toolbar.addActions(
            [self.zoom_china_action, self.zoom_selection_action, self.add_layer_action]
        )
        for action in toolbar.actions():  # "撤销(&U)" -> "撤销" on a button
            action.setIconText(re.sub(r"\(&\w\)|&", "", action.text()).rstrip("…"))
        self.placement.place_action.setIconText(tr("Place"))
        self.toolbar = toolbar

    def _build_progress(self) -> None:
        """A progress bar and a cancel button in the status bar while a solve runs."""
        runner = self.allocation.runner
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.cancel_button = QToolButton()
        self.cancel_button.setDefaultAction(self.allocation.cancel_action)
        self.cancel_button.hide()
        self.statusBar().addWidget(self.progress)
        self.statusBar().addWidget(self.cancel_button)
        runner.sigStarted.connect(
            lambda: (self.progress.setValue(0), self.progress.show(), self.cancel_button.show())
        )
        runner.sigProgress.connect(lambda f: self.progress.setValue(round(f * 100)))
        runner.sigIdle.connect(lambda: (self.progress.hide(), self.cancel_button.hide()))

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
            self.set_metric(self.national.metric.key)
        if self.layers_panel.list.count() != len(self.map.layers()):
            self.layers_panel.refresh()

    def _action(self, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_status(self) -> None:
        self.coord_label = QLabel()
        self.province_label = QLabel()
        self.statusBar().addPermanentWidget(self.province_label)
        self.statusBar().addPermanentWidget(self.coord_label)
        self.statusBar().showMessage(tr("Built-in national dataset loaded"), 5000)

    # ---- metric ---------------------------------------------------------------------------
    def set_metric(self, key: str) -> None:
        """Colour provinces by ``key`` (see app.domain.metrics) and refresh the legend."""
        spec = self.national.set_metric(key)
        index = self.metric_combo.findData(key)
        if index != self.metric_combo.currentIndex():
            self.metric_combo.blockSignals(True)
            self.metric_combo.setCurrentIndex(index)
            self.metric_combo.blockSignals(False)
        self.legend.set_spec(spec)
        self.legend_control.place()
        self.layers_panel.refresh()  # a PUE metric turns the stations layer on

    def set_class_breaks(self, text: str | None) -> bool:
        """The planner's class breaks for the metric shown (see LegendControl)."""
        return self.legend_control.set_class_breaks(text)

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
            metric=self.national.metric.key,
            visible_layers=tuple(e.key for e in self.map.layers() if e.visible),
            view_lonlat=self.map.view_lonlat(),
        )
        sc.solver = replace(sc.solver, auto_solve=self.allocation.auto_action.isChecked())
        return sc

    def _on_scenario_loaded(self, scenario) -> None:
        from app.domain.metrics import METRICS_BY_KEY

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

    def compare_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, tr("Compare with scenarios"), str(Path.home()), tr("CPN scenarios (*.toml)")
        )
        if paths:
            self.compare_with(paths)

    def compare_with(self, paths) -> QWidget | None:
        """Open a comparison of the current scenario with scenario files, side by side."""
        from app.io.scenario_file import ScenarioError, load_scenario
        from app.ui.compare_dialog import CompareDialog

        scenarios = {tr("Current"): self.current_scenario()}
        for path in paths:
            try:
                scenarios[Path(path).stem] = load_scenario(path)
            except (ScenarioError, OSError) as exc:
                self.show_error(tr("Cannot open scenario"), f"{Path(path).name}: {exc}")
                return None
        from app.ui.report_jobs import compare_reports

        reports = compare_reports(self, scenarios)  # on a worker: progress, Cancel
        if reports is None:
            return None
        dialog = CompareDialog(self.atlas, scenarios, self, reports=reports)
        dialog.show()
        return dialog

    def sweep_dialog(self, client_factory=None) -> QWidget:
        """The sweep dialog on the current scenario; a finished sweep fills the comparison's
        robustness column and is kept for the report (``last_sweep``)."""
        from app.ui.sweep_dialog import SweepDialog

        dialog = SweepDialog(self.current_scenario(), self, client_factory)
        dialog.sigFinished.connect(lambda result: self._sweep_finished(dialog, result))
        dialog.charts.threshold.valueChanged.connect(
            lambda _v: dialog.result is not None and self._sweep_finished(dialog, dialog.result)
        )
        dialog.show()
        return dialog

    def _sweep_finished(self, dialog, result) -> None:
        self.last_sweep = result
        self.comparison.set_robustness(
            dialog.charts.probabilities(), dialog.charts.threshold.value()
        )

    def export_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("Export report"),
            str(Path.home() / "report.pdf"),
            tr(
                "PDF report (*.pdf);;Excel workbook (*.xlsx);;CSV tables (*.csv);;"
                "GeoJSON (*.geojson)"
            ),
        )
        if path:
            self.export_report(path)

    def export_report(self, path: str | Path) -> list[Path]:
        """Write the current scenario's report (format by suffix) and say where; the tables
        are made on a worker (progress, Cancel) while the window repaints."""
        from app.ui.report_jobs import export_report

        return export_report(self, Path(path))

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt override)
        urls = event.mimeData().urls()
        if urls and all(u.toLocalFile().lower().endswith(".toml") for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt override)
        for url in event.mimeData().urls()[:1]:
            self.document.open(url.toLocalFile())

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if not self.ready:  # closed before the rest was built: nothing to save or ask
            super().closeEvent(event)
            return
        if not self.document.closing():
            event.ignore()
            return
        self.allocation.runner.cancel()
        self.allocation.runner.wait()
        self.save_layout()
        super().closeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if not self._shown_once:  # frame China once the map has its real size
            self._shown_once = True
            if self.ready:
                window_layout.first_show(self, self.inspector_dock, self.results_dock)
            self.map.zoom_to_china()

    # ---- hover / selection ----------------------------------------------------------------
    def _on_hover(self, x: float, y: float) -> None:
        """Status bar and tooltip for what is under the cursor: a climate station, a flow or
        a province (with the current metric's value). The tooltip is re-shown on every move,
        so it never goes missing after its first appearance."""
        lon, lat = to_lonlat(x, y)
        self.coord_label.setText(f"{float(lon):.3f}°E  {float(lat):.3f}°N")
        row = int(self.atlas.boundaries.locate(x, y)[0])
        if row != self._hover_row:
            self._hover_row = row
            self.national.highlight(row)
            self.province_label.setText(
                ""
                if row < 0
                else describe.province_title(self.atlas, int(self.atlas.boundaries.codes[row]))
            )
        text = self.hover_text(x, y)
        if not text:
            QToolTip.hideText()
            return
        pos = self.map.mapToGlobal(
            self.map.mapFromScene(self.map.view_box.mapViewToScene(QPointF(x, y)))
        )
        QToolTip.showText(pos + QPoint(14, 14), text, self.map)

    def hover_text(self, x: float, y: float) -> str:
        """The tooltip (HTML) for map point (x, y) in metres; "" over nothing."""
        return self.tips.text(x, y)

    def _on_leave(self) -> None:
        self._hover_row = -1
        self.national.highlight(None)
        self.province_label.setText("")
        QToolTip.hideText()

    def _on_click(self, x: float, y: float, button: int, taken: bool) -> None:
        placing = self.placement.place_action.isChecked()
        if button == Qt.MouseButton.RightButton.value and placing:
            self.leave_placement()
            return
        if button != Qt.MouseButton.LeftButton.value:
            return
        if placing:  # placing wins over markers underneath
            if self.placement.place_at(x, y) is None:
                self.statusBar().showMessage(self.placement.last_error, 4000)
            return
        if taken:  # a site, cluster or station marker handled it
            return
        self.placement.select(None)
        self.mark_station(None)
        self.select_province(self.atlas.province_at(x, y))

    def leave_placement(self) -> None:
        if self.placement.place_action.isChecked():
            self.placement.place_action.setChecked(False)
            self.statusBar().showMessage(tr("Placement ended"), 3000)

    def _on_escape(self) -> None:
        """Esc leaves placement first; otherwise it cancels a running solve."""
        if self.placement.place_action.isChecked():
            self.leave_placement()
        else:
            self.allocation.cancel_action.trigger()

    def _on_placing(self, placing: bool) -> None:
        cursor = Qt.CursorShape.CrossCursor if placing else Qt.CursorShape.ArrowCursor
        self.map.viewport().setCursor(cursor)
        if placing:
            self.statusBar().showMessage(
                tr("Click on the map to place a data centre; Esc or right-click to stop"), 8000
            )

    def mark_station(self, station: str | None) -> None:
        """Ring the selected climate station (None clears)."""
        if station is None:
            self.station_mark.setData([], [])
            return
        s = self.atlas.stations.loc[station]
        self.station_mark.setData([float(s["x"])], [float(s["y"])])

    def _on_site_selected(self, site_id: str | None) -> None:
        self.inspector_stack.setCurrentWidget(self.site_editor if site_id else self.inspector)
        # The stack asks for its widest page; only the site form needs that width (it
        # scrolls in a narrow dock), the attribute table wraps.
        self.inspector_stack.setMinimumWidth(
            self.site_editor.minimumSizeHint().width() if site_id else 240
        )
        self.comparison.select(site_id)
        if site_id:
            self.inspector_dock.setWindowTitle(tr("Site"))
        else:
            self.inspector_dock.setWindowTitle(tr("Inspector"))

    def _refresh_comparison(self) -> None:
        from app.engine.national_problem import cluster_capacity
        from app.engine.site_eval import cluster_reference_site, evaluate_site

        metrics = [
            self.placement.metrics[s.id] for s in self.model.sites if s.id in self.placement.metrics
        ]
        a = self.model.scenario.assumptions
        capacity = cluster_capacity(self.atlas, a)
        for cid in self.comparison.chosen_clusters():
            site = cluster_reference_site(self.atlas, cid, capacity[cid])
            metrics.append(evaluate_site(site, self.atlas, assumptions=a))
        self.comparison.set_metrics(metrics, self.placement.selected)

    def _on_comparison_selected(self, site_id: str | None) -> None:
        if site_id and site_id.startswith("cluster:"):
            cid = site_id.removeprefix("cluster:")
            self.placement.select(None)
            self.inspector.show_rows(
                str(self.atlas.clusters.at[cid, "name_en"]), describe.cluster_rows(self.atlas, cid)
            )
            return
        self.placement.select(site_id)

    def select_province(self, code: int | None) -> None:
        """Select a province by adcode (None clears) and show it in the inspector."""
        if code is not None and code not in self.atlas.boundaries.codes:
            code = code // 10000 * 10000  # a prefecture picked in the results: its province
        self.selected_code = code
        if code is None:
            self.national.highlight(None, selected=True)
            self.inspector.clear()
            return
        row = self.atlas.boundaries.position(code)
        self.national.highlight(row, selected=True)
        self.inspector.show_rows(
            describe.province_title(self.atlas, code), describe.province_rows(self.atlas, code)
        )
        self.overrides.show(code)

    def set_province_override(self, code: int, field: str, value: float | None) -> None:
        """One undo step: province ``code``'s ``field`` override set (None clears it)."""
        self.overrides.set_override(code, field, value)

    def zoom_to_selection(self) -> None:
        if self.selected_code is None:
            self.statusBar().showMessage(tr("Select a province first"), 3000)
            return
        self.map.zoom_to_rect(
            self.national.province_rect(self.atlas.boundaries.position(self.selected_code))
        )

    def _on_cluster_clicked(self, _item, points, _event=None) -> None:
        cid = points[0].data()
        col = "name_zh" if language() == "zh" else "name_en"
        self.inspector.show_rows(
            str(self.atlas.clusters.at[cid, col]), describe.cluster_rows(self.atlas, cid)
        )

    def _on_station_clicked(self, _item, points, _event=None) -> None:
        station = points[0].data()
        self.mark_station(station)
        rows = describe.station_rows(self.atlas, station)
        pue = self.national.station_pue
        if pue is not None:
            rows.insert(0, (tr("Estimated annual PUE"), f"{pue.annual[station]:.3f}"))
        self.inspector.show_rows(f"{tr('Climate station')}: {station}", rows)
        if pue is not None:
            self.inspector.show_curve(pue.monthly[station], tr("Monthly PUE"))

    # ---- layers ---------------------------------------------------------------------------
    def _on_layer_visibility(self, key: str, visible: bool) -> None:
        if key == "prefectures":
            self.national.show_prefectures(visible)
        if key in ("flows", "loads"):
            self.legend_control.show_symbols()

    def add_layer_dialog(self) -> None:
        settings = QSettings()
        start = str(settings.value("paths/last_layer_dir", str(Path.home())))
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("Add layer"),
            start,
            tr("Map layers (*.geojson *.json *.gpkg *.shp *.csv *.xlsx);;All files (*)"),
        )
        if path:
            settings.setValue("paths/last_layer_dir", str(Path(path).parent))
            self.add_layer(path)

    def add_layer(self, path: str | Path):
        """Load a planner's file as a layer (one per geometry kind of a mixed file; the
        first ``UserLayer`` is returned, None on a bad file: say why and keep everything)."""
        from app.datasets.user_layers import UserDataError, load_user_layers
        from app.ui.user_layer_items import user_layer_items

        try:
            layers = load_user_layers(path)
        except UserDataError as exc:
            self.show_error(tr("Cannot add layer"), str(exc))
            return None
        for layer in layers:
            key = f"user:{layer.path}" if len(layers) == 1 else f"user:{layer.path}#{layer.kind}"
            color = colors.categorical(len(self.user_layers) + 3)
            self.user_layers[key] = layer
            self.map.add_layer(
                key, f"{layer.name} ({len(layer.geometries)})", user_layer_items(layer, color)
            )
            self.statusBar().showMessage(
                tr("Added layer {name}: {n} {kind} from {crs}").format(
                    name=layer.name, n=len(layer.geometries), kind=layer.kind, crs=layer.source_crs
                ),
                8000,
            )
        self.layers_panel.refresh()
        return layers[0]

    def show_error(self, title: str, message: str) -> None:
        """A modal message; tests replace it to capture the text."""
        self.last_error = message
        QMessageBox.warning(self, title, message)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            tr("About CPN Planner"),
            tr(
                "CPN Planner {v}: plan data centres on China's national computing-power network.\n"
                "Boundaries: {src}"
            ).format(v=__version__, src=self.atlas.boundaries.source),
        )
