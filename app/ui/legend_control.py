"""The map legend's behaviour in the window: where it sits, when it folds, the flow and
circle symbols after a solve, per-class flow toggles and the planner's class breaks.

The legend sits bottom-left of the map. Unfolded it may not cover much of a small map, so it
starts folded there; a click folds or unfolds it and that choice then holds. While it is
unfolded, framing China widens the view just enough that it covers no province.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMenu

from app.engine.maps.classify import parse_breaks
from app.ui.i18n import tr
from app.ui.map.flows_item import CLASS_COLORS, class_label, symbols
from app.ui.map.legend import LegendWidget, SymbolSpec


class LegendControl(QObject):
    """``set_metric(key)`` re-colours the map (the window's); ``show_error(title, text)``
    reports a refused entry."""

    def __init__(
        self,
        view,
        legend: LegendWidget,
        national,
        allocation,
        set_metric,
        show_error,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view, self.legend, self.national, self.allocation = (
            view,
            legend,
            national,
            allocation,
        )
        self._set_metric, self._show_error = set_metric, show_error
        boundaries = national.atlas.boundaries
        view.occupied = lambda xs, ys: boundaries.locate(xs, ys) >= 0  # inside a province
        self.choice: bool | None = None  # the planner's fold choice, else automatic
        legend.sigFolded.connect(self._on_folded)
        view.installEventFilter(self)  # docks resize the map too: keep the legend placed
        self.breaks_action = QAction(tr("Set class &breaks…"), self)
        self.breaks_action.triggered.connect(self.class_breaks_dialog)
        self.recompute_action = QAction(tr("&Recompute classes"), self)
        self.recompute_action.triggered.connect(lambda: self.set_class_breaks(None))
        self.flow_class_actions: dict[str, QAction] = {}
        for class_id in CLASS_COLORS:
            action = QAction(class_label(class_id), self)
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(lambda on, c=class_id: self.set_flow_class_visible(c, on))
            self.flow_class_actions[class_id] = action

    def add_to_menu(self, menu: QMenu) -> None:
        menu.addActions([self.breaks_action, self.recompute_action])
        classes = menu.addMenu(tr("Flow &classes"))
        classes.addActions(list(self.flow_class_actions.values()))

    # ---- placement --------------------------------------------------------------------------
    def place(self) -> None:
        legend, view = self.legend, self.view
        if self.choice is None:
            legend.set_folded(False)
            area = legend.width() * legend.height()
            legend.set_folded(
                area > 0.2 * view.width() * view.height()
                or legend.height() > 0.7 * view.height()
                or legend.width() > 0.8 * view.width()
            )
        else:
            legend.set_folded(self.choice)
        legend.move(10, max(10, view.height() - legend.height() - 10))
        legend.raise_()
        clear = None if legend.folded else legend.geometry().adjusted(-4, -4, 4, 4)
        if clear != view.keep_clear:
            old, view.keep_clear = view.keep_clear, clear
            # Keep the planner's view when the metric changes; re-frame only when a larger
            # legend would now cover a province.
            grew = clear is not None and (old is None or not old.contains(clear))
            covers = grew and view.occupied is not None and view._clear_area_occupied()
            if view.framing_china and covers:
                view.zoom_to_china()

    def _on_folded(self, folded: bool) -> None:
        self.choice = folded
        self.place()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if obj is self.view and event.type() == QEvent.Type.Resize:
            self.place()
        return False

    # ---- symbols ----------------------------------------------------------------------------
    def show_symbols(self) -> None:
        """Flow and load-circle rows in the legend while those layers are shown."""
        shown = self.view.layer("flows").visible or self.view.layer("loads").visible
        flows = self.allocation.flows
        self.legend.set_symbols(
            symbols(flows, self.allocation.loads) if shown and flows.count else SymbolSpec()
        )
        self.place()

    def set_flow_class_visible(self, class_id: str, visible: bool) -> None:
        """Show or hide one workload class's flows (View > Flow classes)."""
        self.allocation.flows.set_class_visible(class_id, visible)
        self.show_symbols()

    # ---- class breaks -----------------------------------------------------------------------
    def set_class_breaks(self, text: str | None) -> bool:
        """Colour the current metric with the planner's breaks ("0.4, 0.5, 0.6"), kept across
        what-ifs; None recomputes them from the current values. False (and a message) when the
        text is not increasing numbers."""
        key = self.national.metric.key
        if text is None:
            self.national.set_breaks(key, None)
        else:
            try:
                edges = parse_breaks(text)
            except ValueError as exc:
                self._show_error(
                    tr("Class breaks"), tr("Cannot use these breaks: {why}").format(why=exc)
                )
                return False
            self.national.set_breaks(key, edges)
        self._set_metric(key)
        return True

    def class_breaks_dialog(self) -> None:
        current = self.national.fixed_breaks.get(self.national.metric.key)
        start = ", ".join(f"{e:g}" for e in current) if current is not None else ""
        text, ok = QInputDialog.getText(
            self.view.window(),
            tr("Class breaks"),
            tr("Class edges for {metric}, lowest to highest, separated by commas:").format(
                metric=self.national.metric_label(self.national.metric)
            ),
            text=start,
        )
        if ok and text.strip():
            self.set_class_breaks(text)
