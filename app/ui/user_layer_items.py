"""Graphics items for the planner's own layers (polygons, lines, points).

A large layer is drawn simplified: vertices closer than a fraction of a screen pixel at the
national view are dropped, and its features are drawn as a few merged paths (one colour for
all), so a 100,000-polygon layer repaints like a small one."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import shapely
from PySide6.QtGui import QColor, QPainterPath

from app.datasets.user_data import UserLayer
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
SIMPLIFY_M = 1_000.0
"""Tolerance (m): China spans ~5,000 km, a 1,400-pixel map shows ~3.5 km per pixel."""


def drawn_paths(geometries: np.ndarray) -> list[QPainterPath]:
    """The paths that draw ``geometries`` (map metres), simplified and merged when large."""
    if shapely.get_num_coordinates(geometries).sum() > SIMPLIFY_VERTICES:
        # topology need not survive a drawing (5x faster); a feature smaller than the
        # tolerance keeps its own shape rather than vanish
        simple = shapely.simplify(geometries, SIMPLIFY_M, preserve_topology=False)
        geometries = np.where(shapely.is_empty(simple), geometries, simple)
    if len(geometries) <= MERGE_FEATURES:
        return [geometry_path(g) for g in geometries]
    chunks = np.array_split(shapely.get_parts(geometries), MERGED_PATHS)
    return [merged_path(chunk) for chunk in chunks]


def merged_path(parts: np.ndarray) -> QPainterPath:
    """One path of many single polygons or lines, built from their coordinates at once."""
    polygons = shapely.get_type_id(parts) == 3
    lines = np.concatenate([shapely.get_rings(parts[polygons]), parts[~polygons]])
    xy, index = shapely.get_coordinates(lines, return_index=True)
    if not len(xy):
        return QPainterPath()
    connect = np.ones(len(xy), dtype=np.int32)
    connect[np.r_[index[1:] != index[:-1], True]] = 0  # no segment from one ring to the next
    return pg.arrayToQPath(xy[:, 0], xy[:, 1], connect=connect, finiteCheck=False)


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
    # a 1-px pen keeps Qt's cosmetic fast path (wider ones cost ~10x per segment)
    width = 1.0 if len(paths) < len(layer.geometries) else 1.5
    item = PolygonLayer(paths=paths, outline=pg.mkPen(color, width=width), name=layer.name)
    if layer.kind == "polygons":
        fill = QColor(color)
        fill.setAlpha(70)
        item.set_fills([fill] * len(paths))
    return [item]
