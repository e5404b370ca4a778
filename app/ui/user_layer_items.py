"""Graphics items for the planner's own layers (polygons, lines, points)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import shapely
from PySide6.QtGui import QColor, QPainterPath

from app.datasets.user_layers import UserLayer
from app.ui.map.layers import PolygonLayer, rings_to_path


def geometry_path(geom) -> QPainterPath:
    """A QPainterPath for any (multi)polygon or (multi)line geometry in map metres."""
    parts = getattr(geom, "geoms", [geom])
    rings: list[np.ndarray] = []
    for part in parts:
        if part.geom_type == "Polygon":
            rings.append(np.asarray(part.exterior.coords)[:, :2])
            rings.extend(np.asarray(r.coords)[:, :2] for r in part.interiors)
        elif part.geom_type == "LineString":
            rings.append(np.asarray(part.coords)[:, :2])
    return rings_to_path(rings)


def user_layer_items(layer: UserLayer, color: QColor) -> list:
    """Items that draw a user layer in one colour (fills translucent)."""
    if layer.kind == "points":
        xy = shapely.get_coordinates(layer.geometries)
        return [
            pg.ScatterPlotItem(
                x=xy[:, 0],
                y=xy[:, 1],
                size=7,
                pxMode=True,
                pen=pg.mkPen("#202020", width=0.8),
                brush=pg.mkBrush(color),
            )
        ]
    paths = [geometry_path(g) for g in layer.geometries]
    item = PolygonLayer(paths=paths, outline=pg.mkPen(color, width=1.5), name=layer.name)
    if layer.kind == "polygons":
        fill = QColor(color)
        fill.setAlpha(70)
        item.set_fills([fill] * len(paths))
    return [item]
