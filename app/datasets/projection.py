"""The map projection: Albers equal-area conic for China, in metres.

Everything drawn on the map is in these coordinates; lon/lat go through here.
"""

from __future__ import annotations

import functools
import hashlib
import threading
from typing import TYPE_CHECKING

import numpy as np

from app.datasets.boundary_cache import cache_file, read_cache, write_cache

if TYPE_CHECKING:
    from pyproj import Transformer

#: Albers equal-area conic for China (DESIGN.md §2).
ALBERS_CHINA = "+proj=aea +lat_1=25 +lat_2=47 +lon_0=105 +ellps=WGS84 +units=m +no_defs"

#: Initial view (lon/lat box): mainland China plus Hainan, without the South China Sea
#: islands that would make an auto-fit tiny (Hainan's outline reaches 3.8°N).
CHINA_VIEW_LONLAT = (73.0, 17.5, 135.5, 54.0)


# pyproj objects are not thread-safe: one transformer pair per thread. Even so, creating one on a
# Qt worker thread segfaulted here, so worker code never projects (the allocation uses
# ``Atlas.province_points``, computed on the GUI thread).
_local = threading.local()


def _forward() -> Transformer:
    if not hasattr(_local, "forward"):
        from pyproj import Transformer  # imported on first use: not before the map's first paint

        _local.forward = Transformer.from_crs("EPSG:4326", ALBERS_CHINA, always_xy=True)
    return _local.forward


def _inverse() -> Transformer:
    if not hasattr(_local, "inverse"):
        from pyproj import Transformer

        _local.inverse = Transformer.from_crs(ALBERS_CHINA, "EPSG:4326", always_xy=True)
    return _local.inverse


def to_map(lon: np.ndarray | float, lat: np.ndarray | float) -> tuple[np.ndarray, np.ndarray]:
    """Project lon/lat (degrees, WGS-84) to map x/y (metres)."""
    x, y = _forward().transform(np.asarray(lon, float), np.asarray(lat, float))
    return np.asarray(x), np.asarray(y)


def to_lonlat(x: np.ndarray | float, y: np.ndarray | float) -> tuple[np.ndarray, np.ndarray]:
    """Map x/y (metres) back to lon/lat (degrees)."""
    lon, lat = _inverse().transform(np.asarray(x, float), np.asarray(y, float))
    return np.asarray(lon), np.asarray(lat)


@functools.cache
def china_view_rect() -> tuple[float, float, float, float]:
    """(x0, y0, width, height) in map metres that frames mainland China (cached on disk: the
    map frames China at its first paint, before pyproj is imported)."""
    key = hashlib.sha1(f"{ALBERS_CHINA}{CHINA_VIEW_LONLAT}".encode()).hexdigest()[:12]
    path = cache_file(f"china-view-{key}.npz")
    cached = read_cache(path, lambda z: tuple(float(v) for v in z["rect"][:4]))
    if cached is not None and len(cached) == 4 and all(np.isfinite(cached)):
        return cached
    rect = _china_view_rect()
    write_cache(path, {"rect": np.array(rect)})
    return rect


def _china_view_rect() -> tuple[float, float, float, float]:
    lon0, lat0, lon1, lat1 = CHINA_VIEW_LONLAT
    lons = np.array([lon0, lon1, lon0, lon1, (lon0 + lon1) / 2, (lon0 + lon1) / 2])
    lats = np.array([lat0, lat0, lat1, lat1, lat0, lat1])
    x, y = to_map(lons, lats)
    return float(x.min()), float(y.min()), float(x.max() - x.min()), float(y.max() - y.min())
