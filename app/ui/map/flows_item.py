"""Allocation results on the map: flow lines (width ∝ MW, colour by workload class) and
allocation sites (size ∝ load, colour by utilisation)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from app.ui.map import colors

CLASS_COLORS = {"realtime": "#d62728", "interactive": "#ff7f0e", "training": "#1f77b4",
                "sensitive": "#2ca02c"}


class FlowsItem(pg.GraphicsObject):
    """Straight lines from demand point to serving site; only flows that leave the province."""

    MAX_WIDTH_PX = 9.0

    def __init__(self) -> None:
        super().__init__()
        self._lines: list[tuple[QLineF, QPen]] = []
        self._rect = QRectF()
        self.count = 0

    def set_flows(self, x0, y0, x1, y1, mw, classes) -> None:
        """Arrays in map metres and MW; ``classes`` is the class id per flow."""
        self.prepareGeometryChange()
        self._lines = []
        mw = np.asarray(mw, float)
        top = float(mw.max()) if len(mw) else 1.0
        order = np.argsort(-mw)  # thick lines first, thin ones stay visible on top
        for i in order:
            pen = QPen(QColor(CLASS_COLORS.get(str(classes[i]), "#7f7f7f")))
            pen.setCosmetic(True)
            pen.setWidthF(max(1.0, self.MAX_WIDTH_PX * np.sqrt(mw[i] / top)))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            color = pen.color()
            color.setAlpha(190)
            pen.setColor(color)
            self._lines.append((QLineF(x0[i], y0[i], x1[i], y1[i]), pen))
        self.count = len(self._lines)
        xs = np.concatenate([x0, x1]) if len(x0) else np.array([0.0])
        ys = np.concatenate([y0, y1]) if len(y0) else np.array([0.0])
        self._rect = QRectF(xs.min(), ys.min(), xs.max() - xs.min(), ys.max() - ys.min())
        self.update()

    def paint(self, painter: QPainter, *args) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for line, pen in self._lines:
            painter.setPen(pen)
            painter.drawLine(line)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-50_000, -50_000, 50_000, 50_000)


def load_sites_item() -> pg.ScatterPlotItem:
    return pg.ScatterPlotItem(pxMode=True, hoverable=True, tip=None)


def set_load_sites(item: pg.ScatterPlotItem, x, y, load_mw, utilisation, ids) -> None:
    """Markers sized by load (area ∝ MW) and coloured by utilisation (green low, red full)."""
    load = np.asarray(load_mw, float)
    top = float(load.max()) if len(load) and load.max() > 0 else 1.0
    ramp = colors.ramp("rdylgn_r", 5)
    brushes = []
    for u in np.asarray(utilisation, float):
        color = QColor(ramp[min(4, int(u * 5 - 1e-9))] if u > 0 else colors.MISSING)
        color.setAlpha(170)  # translucent: the provinces underneath stay readable
        brushes.append(pg.mkBrush(color))
    item.setData(x=x, y=y, size=6 + 26 * np.sqrt(load / top), brush=brushes,
                 pen=pg.mkPen("#303030", width=1), data=list(ids))


def show_preview(flows: FlowsItem, loads: pg.ScatterPlotItem, preview) -> None:
    """Draw a solved ``Preview``: flows that leave their province, and every site's load."""
    from app.datasets.projection import to_map

    res = preview.scenario
    regions, sites = res.problem.regions, res.problem.sites
    f = res.flows
    f = f[f["region"] != f["site_province"]]
    r_index = {rid: i for i, rid in enumerate(regions.ids)}
    s_index = {sid: i for i, sid in enumerate(sites.ids)}
    ri = np.array([r_index[r] for r in f["region"]], int)
    si = np.array([s_index[s] for s in f["site"]], int)
    x0, y0 = to_map(regions.lon[ri], regions.lat[ri])
    x1, y1 = to_map(sites.lon[si], sites.lat[si])
    flows.set_flows(np.atleast_1d(x0), np.atleast_1d(y0), np.atleast_1d(x1), np.atleast_1d(y1),
                    f["mw"].to_numpy(), f["class"].to_numpy())
    sx, sy = to_map(sites.lon, sites.lat)
    set_load_sites(loads, sx, sy, res.site_load_mw, res.utilisation, sites.ids)
