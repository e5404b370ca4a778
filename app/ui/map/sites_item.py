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


class SitesItem(pg.ScatterPlotItem):
    sigSiteClicked = Signal(str)
    sigSiteDragged = Signal(str, float, float, bool)

    def __init__(self) -> None:
        super().__init__(size=14, symbol="o", pxMode=True, hoverable=True, tip=None)
        self._ids: list[str] = []
        self._labels: dict[str, pg.TextItem] = {}
        self._dragging: str | None = None
        self.selected: str | None = None

    def set_sites(self, sites: list[tuple[str, str, float, float]]) -> None:
        """(id, label, x, y) per site; rebuilds markers and labels."""
        self._ids = [s[0] for s in sites]
        xs = np.array([s[2] for s in sites], float)
        ys = np.array([s[3] for s in sites], float)
        brushes = [pg.mkBrush("#00a0ff" if sid == self.selected else "#ffffff")
                   for sid in self._ids]
        self.setData(x=xs, y=ys, data=self._ids, brush=brushes,
                     pen=pg.mkPen("#0b3d91", width=2.5))
        self._sync_labels(sites)

    def _sync_labels(self, sites) -> None:
        font = QFont()
        font.setBold(True)
        keep = {s[0] for s in sites}
        for sid in list(self._labels):
            if sid not in keep:
                label = self._labels.pop(sid)
                if label.scene() is not None:
                    label.scene().removeItem(label)
        for sid, text, x, y in sites:
            label = self._labels.get(sid)
            if label is None:
                label = pg.TextItem(color="#0b3d91", anchor=(0, 1.2),
                                    fill=pg.mkBrush(255, 255, 255, 200))
                label.setFont(font)
                label.setParentItem(self)
                self._labels[sid] = label
            label.setText(text)
            label.setPos(x, y)

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
