"""A site's card on the fast path (normals parsed once per atlas, station and province tables
read once, sites resolved and evaluated in one batch) gives the previous path's figures: each
station parsed from the table on its own, stations searched in the pandas table, each site
evaluated alone with every cache cleared."""

from __future__ import annotations

import math

import numpy as np
import pytest

from app.domain.ids import COOLING_TECH_IDS
from app.domain.scenario import Scenario
from app.domain.site import Site
from app.engine.allocation.network import haversine_km
from app.engine.climate.normals import normals_by_station, normals_from_frame
from app.engine.costs import site_inputs
from app.engine.costs.site_evaluation import site_cards
from app.engine.costs.site_figures import DEFAULT_CACHE

STEP = 23  # every 23rd of the ~300 stations: 13 stations x 6 technologies, a few seconds
TOL = {"rel": 1e-12, "abs": 1e-12}
BAND = {"pue_p5", "pue_p95"}


def _stations_by_pandas(atlas, lats, lons) -> tuple[list[str], np.ndarray]:
    """The previous nearest-station search, on the pandas table for every call."""
    st = atlas.stations
    km = haversine_km(
        lats[:, None], lons[:, None], st["lat"].to_numpy()[None, :], st["lon"].to_numpy()[None, :]
    )
    i = np.argmin(km, axis=1)
    return [str(n) for n in st.index[i]], km[np.arange(len(lats)), i]


def test_normals_parsed_once_equal_each_station_parsed_alone(atlas) -> None:
    parsed = normals_by_station(atlas.normals)
    for name in list(atlas.stations.index)[::STEP]:
        alone = normals_from_frame(atlas.normals, str(name))
        once = parsed[str(name)]
        for field, value in vars(alone).items():
            np.testing.assert_array_equal(np.asarray(getattr(once, field)), np.asarray(value))


def test_nearest_station_from_cached_arrays_equals_the_pandas_search(atlas) -> None:
    rng = np.random.default_rng(21)
    lats, lons = rng.uniform(20.0, 50.0, 200), rng.uniform(75.0, 133.0, 200)
    sites = [
        Site(f"s{i}", "s", float(lo), float(la))
        for i, (la, lo) in enumerate(zip(lats, lons, strict=True))
    ]
    site_inputs._TABLE_CACHE.clear()
    names, km = site_inputs.nearest_stations(atlas, sites)
    again, km_again = site_inputs.nearest_stations(atlas, sites)  # from the cached arrays
    ref_names, ref_km = _stations_by_pandas(atlas, lats, lons)
    assert names == again == ref_names
    np.testing.assert_allclose(km, ref_km, rtol=1e-12)
    np.testing.assert_array_equal(km_again, km)


def _figures(card) -> dict[str, float]:
    out = {}
    for key, value in vars(card).items():
        if isinstance(value, float) and math.isfinite(value):
            out[key] = value
    out.update({f"month{m}": float(v) for m, v in enumerate(card.monthly_pue)})
    return out


def test_batched_cards_equal_each_site_alone_with_caches_cleared(atlas) -> None:
    a = Scenario().assumptions
    stations = atlas.stations.iloc[::STEP]
    sites = [
        Site(f"{name}-{tech}", str(name), float(row.lon), float(row.lat), cooling=tech)
        for name, row in stations.iterrows()
        for tech in COOLING_TECH_IDS
    ]
    batch = site_cards(atlas, sites, a)  # one batch, caches warm after the first stations
    for site, card in zip(sites, batch, strict=True):
        DEFAULT_CACHE.clear()
        site_inputs._TABLE_CACHE.clear()
        alone = site_cards(atlas, [site], a)[0]
        assert card.station == alone.station == site.name
        fast, slow = _figures(card), _figures(alone)
        # a batch bands the first BAND_LIMIT combinations, the rest in later evaluations
        assert set(fast) - BAND == set(slow) - BAND and set(fast) <= set(slow)
        slow = {k: v for k, v in slow.items() if k in fast}
        assert fast == pytest.approx(slow, **TOL), site.id
