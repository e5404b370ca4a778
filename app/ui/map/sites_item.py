"""Placed data-centre sites on the map: markers with labels, click to select, drag to move.

Signals:
    sigSiteClicked(str): a site marker was clicked (site id).
    sigSiteDragged(str, float, float, bool): site id, map x, y (m), and whether the drag ended.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont

from app.ui.map.layers import LabelsItem

# The same objects at every refresh (a drag refreshes at every step): pyqtgraph renders a
# marker once per (symbol, size, pen, brush) object and reuses it.
_SELECTED, _PLAIN = pg.mkBrush("#00a0ff"), pg.mkBrush("#ffffff")
_OUTLINE = pg.mkPen("#0b3d91", width=2.5)


class SitesItem(pg.ScatterPlotItem):
    sigSiteClicked = Signal(str)
    sigSiteDragged = Signal(str, float, float, bool)
    handles_clicks = True  # a click on a marker selects the site (see MapView.sigClicked)

    def __init__(self) -> None:
        super().__init__(size=14, symbol="o", pxMode=True, hoverable=True, tip=None)
        self._ids: list[str] = []
        font = QFont()
        font.setBold(True)
        # The planner's own sites: their labels come first; cluster labels keep clear of them.
        self.labels = LabelsItem([], [], [], font, offset_px=10, color="#0b3d91")
        self.labels.setParentItem(self)
        self._dragging: str | None = None
        self.selected: str | None = None

    def set_sites(self, sites: list[tuple[str, str, float, float]]) -> None:
        """(id, label, x, y) per site; rebuilds markers and labels."""
        self._ids = [s[0] for s in sites]
        xs = np.array([s[2] for s in sites], float)
        ys = np.array([s[3] for s in sites], float)
        brushes = [_SELECTED if sid == self.selected else _PLAIN for sid in self._ids]
        self.setData(x=xs, y=ys, data=self._ids, brush=brushes, pen=_OUTLINE)
        self._sync_labels(sites)

    def _sync_labels(self, sites) -> None:
        self.labels.set_labels([s[2] for s in sites], [s[3] for s in sites], [s[1] for s in sites])

    def site_ids(self) -> list[str]:
        return list(self._ids)

    def _site_at(self, pos) -> str | None:
        points = self.pointsAt(pos)
        return None if len(points) == 0 else str(points[0].data())

    def mouseClickEvent(self, ev) -> None:  # noqa: N802 (pyqtgraph override)
        sid = self._site_at(ev.pos()) if ev.button() == Qt.MouseButton.LeftButton else None
        if sid is None:
            ev.ignore()
            return
        ev.accept()
        self.sigSiteClicked.emit(sid)

    def mouseDragEvent(self, ev) -> None:  # noqa: N802 (pyqtgraph override)
        if ev.button() != Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        if ev.isStart():
            self._dragging = self._site_at(ev.buttonDownPos())
            if self._dragging is None:
                ev.ignore()  # not on a marker: let the view pan
                return
        if self._dragging is None:
            ev.ignore()
            return
        ev.accept()
        pos = ev.pos()
        self.sigSiteDragged.emit(self._dragging, pos.x(), pos.y(), bool(ev.isFinish()))
        if ev.isFinish():
            self._dragging = None
