"""Graphics items for the planner's own layers (polygons, lines, points).

A large layer is drawn simplified: vertices closer than a fraction of a screen pixel at the
national view are dropped, and its features are drawn as a few merged paths (one colour for
all), so a 100,000-polygon layer repaints like a small one."""

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


#: Above this many vertices a layer is simplified for drawing; above this many features its
#: paths are merged into :data:`MERGED_PATHS` (each path is one draw call per repaint).
SIMPLIFY_VERTICES = 200_000
MERGE_FEATURES = 2_000
MERGED_PATHS = 64
SIMPLIFY_M = 500.0
"""Tolerance (m): China spans ~5,000 km, a 1,400-pixel map shows ~3.5 km per pixel."""


def drawn_paths(geometries: np.ndarray) -> list[QPainterPath]:
    """The paths that draw ``geometries`` (map metres), simplified and merged when large."""
    if shapely.get_num_coordinates(geometries).sum() > SIMPLIFY_VERTICES:
        simple = shapely.simplify(geometries, SIMPLIFY_M, preserve_topology=True)
        geometries = simple[~shapely.is_empty(simple)]
    if len(geometries) <= MERGE_FEATURES:
        return [geometry_path(g) for g in geometries]
    chunks = np.array_split(shapely.get_parts(geometries), MERGED_PATHS)
    return [geometry_path(shapely.geometrycollection(list(chunk))) for chunk in chunks]


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
    paths = drawn_paths(layer.geometries)
    item = PolygonLayer(paths=paths, outline=pg.mkPen(color, width=1.5), name=layer.name)
    if layer.kind == "polygons":
        fill = QColor(color)
        fill.setAlpha(70)
        item.set_fills([fill] * len(paths))
    return [item]
