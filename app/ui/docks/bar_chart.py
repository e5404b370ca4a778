"""Horizontal bar charts whose every bar is named: the results dock's utilisation and
value-per-MW charts (vertical bars named every k-th bar left most of them unnamed)."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint
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
        self.setYRange(-0.6, max(len(y), 1) - 0.4, padding=0)
        self._name_bars()

    def _name_bars(self) -> None:
        """Every bar named while the rows are at least a line high; a long list scrolls (wheel
        or drag) and names every k-th bar when the plot is short."""
        axis = self.getAxis("left")
        view = self.getViewBox()
        span = view.viewRange()[1][1] - view.viewRange()[1][0]
        row_px = view.height() / max(span, 1e-9)
        line_px = QFontMetrics(axis.font()).height()
        self.name_step = max(1, math.ceil(line_px / max(row_px, 1.0)))
        ticks = [(i, name) for i, name in enumerate(self.names) if i % self.name_step == 0]
        axis.setTicks([ticks])
        widest = max(
            (QFontMetrics(axis.font()).horizontalAdvance(n) for n in self.names), default=0
        )
        axis.setWidth(min(widest + 12, 220))

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
