"""Vectorised psychrometrics against psychrolib (ASHRAE 2017), value by value."""

from __future__ import annotations

import numpy as np
import psychrolib
import pytest

from app.engine.climate import psychro

psychrolib.SetUnitSystem(psychrolib.SI)

T_C = np.linspace(-30.0, 45.0, 16)
RH_PCT = np.array([5, 10, 20, 30, 45, 60, 75, 85, 95, 100], dtype=float)
ELEV_M = np.array([0.0, 1000.0, 2500.0, 4000.0])


@pytest.fixture(scope="module")
def grid() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    t, rh, z = np.meshgrid(T_C, RH_PCT, ELEV_M, indexing="ij")
    return t, rh, psychro.station_pressure_pa(z)


def _ref(func, *arrays):
    return np.vectorize(func)(*arrays)


def test_station_pressure_matches_standard_atmosphere() -> None:
    ours = psychro.station_pressure_pa(ELEV_M)
    ref = [psychrolib.GetStandardAtmPressure(z) for z in ELEV_M]
    np.testing.assert_allclose(ours, ref, rtol=1e-12)
    assert ours[0] == pytest.approx(101325.0)


def test_saturation_pressure_both_branches() -> None:
    t = np.concatenate([T_C, [0.0, 0.01, 0.02, -0.01]])
    ref = [psychrolib.GetSatVapPres(x) for x in t]
    np.testing.assert_allclose(psychro.sat_vapour_pressure_pa(t), ref, rtol=1e-12)
    assert psychro.sat_vapour_pressure_pa(25.0) == pytest.approx(psychrolib.GetSatVapPres(25.0))


def test_wet_bulb_matches_psychrolib_to_a_tenth_of_a_kelvin(grid) -> None:
    t, rh, p = grid
    ours = psychro.wet_bulb_from_rel_hum(t, rh, p)
    ref = _ref(lambda a, b, c: psychrolib.GetTWetBulbFromRelHum(a, b / 100.0, c), t, rh, p)
    assert ours.shape == t.shape
    assert np.max(np.abs(ours - ref)) < 0.1
    # The solver is in fact much closer than the requirement (psychrolib's own tolerance).
    assert np.max(np.abs(ours - ref)) < 0.005


def test_wet_bulb_from_dew_point_fast_path(grid) -> None:
    t, rh, p = grid
    tdp = psychro.dew_point_from_rel_hum(t, rh)
    ref = _ref(lambda a, b, c: psychrolib.GetTWetBulbFromRelHum(a, b / 100.0, c), t, rh, p)
    for iterations in (0, 1):
        ours = psychro.wet_bulb_from_dew_point(t, tdp, p, iterations=iterations)
        assert np.max(np.abs(ours - ref)) < 0.01


def test_wet_bulb_lies_between_dew_point_and_dry_bulb(grid) -> None:
    t, rh, p = grid
    twb = psychro.wet_bulb_from_rel_hum(t, rh, p)
    tdp = psychro.dew_point_from_rel_hum(t, rh)
    assert np.all(twb <= t + 1e-9)
    assert np.all(twb >= tdp - 1e-3)
    saturated = rh == 100.0
    np.testing.assert_allclose(twb[saturated], t[saturated], atol=2e-3)


def test_dew_point_and_relative_humidity_round_trip(grid) -> None:
    t, rh, _ = grid
    tdp = psychro.dew_point_from_rel_hum(t, rh)
    ref = _ref(lambda a, b: psychrolib.GetTDewPointFromRelHum(a, b / 100.0), t, rh)
    assert np.max(np.abs(tdp - ref)) < 0.01
    np.testing.assert_allclose(psychro.rel_hum_from_dew_point(t, tdp), rh, atol=1e-6)
    # A dew point above the dry-bulb means saturation, not RH > 100.
    assert psychro.rel_hum_from_dew_point(20.0, 25.0) == pytest.approx(100.0)


def test_humidity_ratio_and_enthalpy(grid) -> None:
    t, rh, p = grid
    w = psychro.humidity_ratio_from_vapour_pressure(rh / 100 * psychro.sat_vapour_pressure_pa(t), p)
    ref_w = _ref(lambda a, b, c: psychrolib.GetHumRatioFromRelHum(a, b / 100.0, c), t, rh, p)
    np.testing.assert_allclose(w, ref_w, rtol=1e-9)
    h = psychro.moist_air_enthalpy_kj_per_kg(t, w)
    ref_h = _ref(psychrolib.GetMoistAirEnthalpy, t, w) / 1000.0
    np.testing.assert_allclose(h, ref_h, rtol=1e-12)
    twb = psychro.wet_bulb_from_humidity_ratio(t, w, p)
    np.testing.assert_allclose(psychro.humidity_ratio_from_twb(t, twb, p), w, atol=2e-6)


def test_scalars_and_shapes() -> None:
    assert np.ndim(psychro.wet_bulb_from_rel_hum(30.0, 50.0, 101325.0)) == 0
    block = np.full((3, 5), 20.0)
    assert psychro.wet_bulb_from_dew_point(block, block - 5, np.full((3, 1), 90000.0)).shape == (
        3,
        5,
    )


def _bisect_step_by_step(tdb, w, p, tdp):
    """psychrolib's bisection one midpoint at a time (the reference for the lookahead)."""
    inf, sup = tdp.copy(), tdb.copy()
    mid = (inf + sup) / 2
    while np.any(sup - inf > 0.001):
        active = sup - inf > 0.001
        high = psychro._w_of_twb(tdb, mid, p) > w
        sup = np.where(active & high, mid, sup)
        inf = np.where(active & ~high, mid, inf)
        mid = np.where(active, (inf + sup) / 2, mid)
    return mid


@pytest.mark.parametrize("depth", [1, 3, 4])
def test_bisection_with_lookahead_takes_psychrolibs_path(depth) -> None:
    """Dry air straddling 0 degC (a root on each branch): the midpoints evaluated a tree at a
    time lead to the very root the one-at-a-time bisection finds."""
    rng = np.random.default_rng(5)
    tdb, tdp = rng.uniform(0.01, 15.0, 2000), rng.uniform(-40.0, -0.01, 2000)
    p = rng.choice([101325.0, 85000.0, 64000.0], 2000)
    w = psychro.humidity_ratio_from_vapour_pressure(psychro.sat_vapour_pressure_pa(tdp), p)
    got = psychro._bisect_wet_bulb(tdb, w, p, tdp, depth=depth)
    np.testing.assert_array_equal(got, _bisect_step_by_step(tdb, w, p, tdp))
