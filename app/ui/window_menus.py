"""The main window's menus, toolbar and status bar (built once its docks and controllers exist).

Functions of the window (``self`` is the MainWindow) so that main_window.py stays readable.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QMenu, QProgressBar, QToolButton

from app.ui import plain
from app.ui.i18n import LANGUAGE_KEY, LANGUAGE_NAMES, saved_language, tr


def build_actions(self) -> None:
    """Menus and the toolbar of ``self`` (a MainWindow with its docks and controllers)."""
    from app.domain.metrics import ALL_METRICS

    file_menu = self.menuBar().addMenu(tr("&File"))
    d = self.document
    file_menu.addActions([d.actions["new"], d.actions["open"]])
    file_menu.addMenu(d.recent_menu)
    file_menu.addMenu(d.examples_menu)
    file_menu.addActions([d.actions["save"], d.actions["save_as"]])
    file_menu.addSeparator()
    self.export_action = make_action(
        self, tr("&Export report…"), self.export_dialog, QKeySequence("Ctrl+P")
    )
    file_menu.addAction(self.export_action)
    self.compare_action = make_action(self, tr("&Compare scenarios…"), self.compare_dialog)
    file_menu.addAction(self.compare_action)
    file_menu.addSeparator()
    self.add_layer_action = make_action(
        self, tr("Add &layer…"), self.add_layer_dialog, QKeySequence("Ctrl+L")
    )
    file_menu.addAction(self.add_layer_action)
    file_menu.addSeparator()
    file_menu.addAction(make_action(self, tr("&Quit"), self.close, QKeySequence.StandardKey.Quit))
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
    self.suggest_action = make_action(self, tr("&Suggest sites…"), self.suggest_dialog)
    self.sweep_action = make_action(self, tr("S&weep: how sure are we?…"), self.sweep_dialog)
    solve_menu.addActions([self.suggest_action, self.sweep_action])
    view_menu = self.menuBar().addMenu(tr("&View"))
    self.zoom_china_action = make_action(
        self, tr("Zoom to &China"), self.map.zoom_to_china, QKeySequence("Ctrl+0")
    )
    self.zoom_selection_action = make_action(
        self, tr("Zoom to &selection"), self.zoom_to_selection, QKeySequence("Ctrl+E")
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
            self.policy_dock.toggleViewAction(),
            self.assumptions_dock.toggleViewAction(),
        ]
    )
    self.reset_layout_action = make_action(self, tr("Reset &layout"), self.reset_layout)
    view_menu.addAction(self.reset_layout_action)
    view_menu.addMenu(language_menu(self))
    help_menu = self.menuBar().addMenu(tr("&Help"))
    help_menu.addAction(make_action(self, tr("&About CPN Planner"), self._about))

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
    toolbar.addActions([self.zoom_china_action, self.zoom_selection_action, self.add_layer_action])
    for action in toolbar.actions():  # "撤销(&U)" -> "撤销" on a button
        action.setIconText(re.sub(r"\(&\w\)|&", "", action.text()).rstrip("…"))
    self.placement.place_action.setIconText(tr("Place"))
    self.toolbar = toolbar


def language_menu(self) -> QMenu:
    """View > Language: the choice is saved and applies at the next start (every label,
    table and translator is built once, at start-up)."""
    menu = QMenu(tr("&Language"), self)
    group = QActionGroup(menu)
    self.language_actions = {}
    for code, name in LANGUAGE_NAMES.items():
        action = QAction(name, menu, checkable=True)
        action.setChecked(code == saved_language())
        action.triggered.connect(lambda _=False, c=code: _choose_language(self, c))
        group.addAction(action)
        menu.addAction(action)
        self.language_actions[code] = action
    return menu


def _choose_language(self, code: str) -> None:
    QSettings().setValue(LANGUAGE_KEY, code)
    message = tr("{language} from the next start").format(language=LANGUAGE_NAMES[code])
    self.statusBar().showMessage(message, 10_000)


def build_progress(self) -> None:
    """A progress bar and a cancel button in the status bar while a solve runs."""
    runner = self.allocation.runner
    self.progress = QProgressBar()
    self.progress.setRange(0, 100)
    self.progress.setMaximumWidth(160)
    self.progress.hide()
    self.cancel_button = QToolButton()
    self.cancel_button.setDefaultAction(self.allocation.cancel_action)
    self.cancel_button.hide()
    # permanent (right-hand) widgets: a message such as the placement hint stays readable
    self.statusBar().addPermanentWidget(self.progress)
    self.statusBar().addPermanentWidget(self.cancel_button)

    def started() -> None:
        # A drag frame is a few milliseconds' solve with no progress to report: showing and
        # hiding the bar for each re-laid out and repainted the status bar at every step.
        if not self.allocation.dragging:
            self.progress.setValue(0)
            self.progress.show()
            self.cancel_button.show()

    runner.sigStarted.connect(started)
    runner.sigProgress.connect(lambda f: self.progress.setValue(round(f * 100)))
    runner.sigIdle.connect(lambda: (self.progress.hide(), self.cancel_button.hide()))


def make_action(parent, text: str, slot, shortcut=None) -> QAction:
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(shortcut)
    action.triggered.connect(slot)
    return action


def build_status(self) -> None:
    self.coord_label = QLabel()
    self.province_label = QLabel()
    plain.plain_labels(self.coord_label, self.province_label)  # user boundary names
    self.statusBar().addPermanentWidget(self.province_label)
    self.statusBar().addPermanentWidget(self.coord_label)
    self.statusBar().showMessage(tr("Built-in national dataset loaded"), 5000)
