"""Horizontal bar charts whose every bar is named: the results dock's utilisation and
value-per-MW charts (vertical bars named every k-th bar left most of them unnamed)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QToolTip


class NamedBars(pg.PlotWidget):
    """Bars from the top down, each named on the left axis; hovering a bar shows its name and
    value. ``unit`` is shown after values in tooltips ("%", "k CNY/MW-yr")."""

    def __init__(self, title: str, unit: str, decimals: int = 0) -> None:
        super().__init__(background="w")
        self.setLabel("bottom", title)
        self.setMouseEnabled(x=False, y=True)  # scroll a long list, never stretch the bars
        self.setMenuEnabled(False)
        self.unit, self.decimals = unit, decimals
        self.names: list[str] = []
        self.values = np.zeros(0)
        self.name_step = 1
        self._adjusting = False
        self.getViewBox().invertY(True)  # the first bar at the top, like a table
        self.getViewBox().sigResized.connect(lambda *_: self._name_bars())
        self.getViewBox().sigYRangeChanged.connect(lambda *_: self._name_bars())
        self.scene().sigMouseMoved.connect(self._on_hover)

    def set_bars(self, names: list[str], values, brushes) -> None:
        """One bar per name; ``brushes`` a brush or one per bar."""
        self.clear()
        self.names, self.values = list(names), np.asarray(values, float)
        y = np.arange(len(self.names))
        kwargs = {"brushes": brushes} if isinstance(brushes, list) else {"brush": brushes}
        self.addItem(pg.BarGraphItem(x0=0, y=y, height=0.7, width=self.values, **kwargs))
        self.setYRange(-0.6, max(len(y), 1) - 0.4, padding=0)  # _name_bars trims to fit
        self._name_bars()

    def _name_bars(self) -> None:
        """Name every bar: the plot shows as many bars as it has lines of text and scrolls
        (wheel or drag) through the rest."""
        if self._adjusting:
            return
        axis = self.getAxis("left")
        view = self.getViewBox()
        line_px = QFontMetrics(axis.font()).height() + 2
        rows = max(1.0, view.height() / line_px)  # bars that fit, one line each
        top = view.viewRange()[1][0]
        if len(self.names) > rows:  # show ``rows`` bars from the top one shown
            top = min(max(top, -0.6), len(self.names) - rows - 0.4)
            self._adjusting = True
            try:
                view.setYRange(top, top + rows, padding=0)
            finally:
                self._adjusting = False
        self.name_step = 1
        # names take at most 40 % of the chart (and 220 px): a long site name is cut with an
        # ellipsis (its tooltip has it whole) instead of leaving no room for the bars
        metrics = QFontMetrics(axis.font())
        room = max(40, min(220, int(self.width() * 0.4)) - 12)
        shown = [metrics.elidedText(n, Qt.TextElideMode.ElideRight, room) for n in self.names]
        axis.setTicks([list(enumerate(shown))])
        widest = max((metrics.horizontalAdvance(n) for n in shown), default=0)
        axis.setWidth(widest + 12)

    def bar_at(self, y: float) -> int | None:
        """Index of the bar at view height ``y`` (None between or beyond the bars)."""
        i = round(y)
        return i if 0 <= i < len(self.names) and abs(y - i) <= 0.35 else None

    def tooltip(self, i: int) -> str:
        return f"{self.names[i]}: {self.values[i]:,.{self.decimals}f} {self.unit}".rstrip()

    def _on_hover(self, scene_pos) -> None:
        view = self.getViewBox()
        if not view.sceneBoundingRect().contains(scene_pos):
            QToolTip.hideText()
            return
        point = view.mapSceneToView(scene_pos)
        i = self.bar_at(point.y())
        if i is None or point.x() > max(self.values[i], 0.0) * 1.02 + 1e-9:
            QToolTip.hideText()
            return
        pos = self.mapToGlobal(self.mapFromScene(scene_pos)) + QPoint(12, 12)
        QToolTip.showText(pos, self.tooltip(i), self)
