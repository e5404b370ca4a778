"""What a click (or the tooltip) on the map picks: one rule, the one a GIS user expects.

The item under the pointer wins by priority: a placed site, then a cluster marker, then a
climate station, then a load circle, and otherwise the province polygon under the pointer.
A marker counts as under the pointer when the pointer is on its drawn symbol, measured in
screen pixels from its centre, with two limits that keep dense provinces clickable:

- a climate station only while the station layer is shown, and only within
  STATION_PICK_PX of the dot's centre (a station dot is an aim, not an area);
- a load circle only within LOAD_PICK_PX of its centre: a large translucent circle over
  Beijing would otherwise swallow Tianjin and half of Hebei.

Among markers of one kind, the nearest centre wins. Markers drawn by ``MarkerItem`` leave
clicks to the map view, which applies this rule (see ``SelectionMixin._on_click``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg

STATION_PICK_PX = 4.0
LOAD_PICK_PX = 8.0
KINDS = ("site", "cluster", "station", "load", "province")


@dataclass(frozen=True)
class Pick:
    """What was picked: ``kind`` in KINDS; ``key`` the site, cluster, station or load id,
    or the province adcode."""

    kind: str
    key: str | int


class MarkerItem(pg.ScatterPlotItem):
    """Map markers that never take a click themselves: the view picks by the rule above."""

    def mouseClickEvent(self, ev) -> None:  # noqa: N802 (pyqtgraph override)
        ev.ignore()


def nearest_marker(item, x: float, y: float, m_per_px: float, reach_px: float) -> str | None:
    """Data of the marker of ``item`` whose centre is nearest map point (x, y), if that is
    within its drawn radius and ``reach_px`` screen pixels; None otherwise."""
    data = item.data
    if not item.isVisible() or not len(data):
        return None
    dist = np.hypot(data["x"] - x, data["y"] - y) / m_per_px
    size = np.where(data["size"] < 0, item.opts["size"], data["size"])
    hit = np.flatnonzero(dist <= np.minimum(size / 2 + 1, reach_px))
    if not len(hit):
        return None
    return data["data"][hit[np.argmin(dist[hit])]]


class MapPicker:
    """Applies the rule to the main window's map layers."""

    def __init__(self, atlas, view, national, allocation, placement=None) -> None:
        self.atlas, self.view, self.national = atlas, view, national
        self.allocation, self.placement = allocation, placement

    def pick(self, x: float, y: float, kinds=KINDS) -> Pick | None:
        """The item at map point (x, y) in metres, of the ``kinds`` asked; None over nothing."""
        m_per_px = max(float(self.view.view_box.viewPixelSize()[0]), 1e-9)
        candidates = {
            "site": (self.placement.item if self.placement else None, float("inf")),
            "cluster": (self._shown("clusters", self.national.clusters), float("inf")),
            "station": (self._shown("stations", self.national.stations), STATION_PICK_PX),
            "load": (self._shown("loads", self.allocation.loads), LOAD_PICK_PX),
        }
        for kind in KINDS:
            if kind not in kinds:
                continue
            if kind == "province":
                code = self.atlas.province_at(x, y)
                return None if code is None else Pick("province", int(code))
            item, reach = candidates[kind]
            key = None if item is None else nearest_marker(item, x, y, m_per_px, reach)
            if key is not None:
                return Pick(kind, str(key))
        return None

    def _shown(self, layer: str, item):
        return item if self.view.has_layer(layer) and self.view.layer(layer).visible else None
