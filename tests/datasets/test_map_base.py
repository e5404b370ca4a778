"""The map base (what the first paint needs, without pandas, pyproj or shapely) read from its
cache equals the one computed from the atlas; an edited data file or a damaged cache means
computing it again."""

from __future__ import annotations

import shutil

import numpy as np

from app.datasets import map_base
from app.paths import DATA_DIR


def _same(a: map_base.MapBase, b: map_base.MapBase) -> None:
    assert np.array_equal(a.boundaries.coords, b.boundaries.coords)
    assert np.array_equal(a.boundaries.codes, b.boundaries.codes)
    assert a.boundaries.names_zh == b.boundaries.names_zh
    for col in map_base.FIRST_PAINT_COLUMNS:
        np.testing.assert_array_equal(a.province_columns[col], b.province_columns[col])
    assert list(a.hub_rings) == list(b.hub_rings)
    for hub, rings in a.hub_rings.items():
        assert len(rings) == len(b.hub_rings[hub])
        assert all(np.array_equal(r, s) for r, s in zip(rings, b.hub_rings[hub], strict=True))
    assert a.station_ids == b.station_ids and np.array_equal(a.station_xy, b.station_xy)
    assert a.cluster_ids == b.cluster_ids and np.array_equal(a.cluster_xy, b.cluster_xy)
    assert a.cluster_labels == b.cluster_labels
    assert np.array_equal(a.cluster_planned, b.cluster_planned)


def test_cached_map_base_equals_the_atlas_one(tmp_path, monkeypatch, atlas) -> None:
    monkeypatch.setenv("CPN_CACHE_DIR", str(tmp_path))
    computed, loaded = map_base.load_map_base()  # empty cache: computed from the atlas
    assert loaded is not None
    cached, none = map_base.load_map_base()
    assert none is None  # read from the cache, no atlas loaded
    _same(cached, computed)
    _same(cached, map_base.map_base_from_atlas(atlas))
    # the start colours are the atlas's own figures, NaN where a unit has none (Taiwan)
    prices = cached.province_columns["price_cny_per_kwh"]
    for i, code in enumerate(cached.boundaries.codes):
        if int(code) in atlas.provinces.index:
            assert prices[i] == atlas.provinces.at[int(code), "price_cny_per_kwh"]
        else:
            assert np.isnan(prices[i])
    assert cached.cluster_labels["zh"][0] != cached.cluster_labels["en"][0]


def test_damaged_map_base_cache_is_computed_again(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("CPN_CACHE_DIR", str(tmp_path))
    good, _ = map_base.load_map_base()
    (path,) = tmp_path.glob("map-base-*.npz")
    path.write_bytes(path.read_bytes()[:1000])
    again, loaded = map_base.load_map_base()
    assert loaded is not None  # not read from the damaged file
    _same(again, good)


def test_an_edited_data_file_changes_the_cache_key(tmp_path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data, ignore=shutil.ignore_patterns("reference", "scenarios"))
    before = map_base._fingerprint(data)
    assert map_base._fingerprint(data) == before  # stable
    provinces = data / "provinces.csv"
    provinces.write_text(provinces.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert map_base._fingerprint(data) != before
