"""PUE engine: hand-checkable floors, climate ranking, monotonicity, load, energy balance."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.engine.climate import psychro
from app.engine.climate.climate import HourlyWeather, MonthlyNormals, synthesize_year
from app.engine.pue.pue import (
    COOLING_TECHS,
    DEFAULT_PARAMS,
    TECH_LABELS,
    ElectricalParams,
    evaluate_many,
    evaluate_pue,
    parameter_table,
    with_params,
)

GUANGZHOU = MonthlyNormals(
    "Guangzhou", 23.117, 113.25, 10.0,
    np.array([18.3, 18.5, 21.6, 25.7, 29.3, 31.5, 32.8, 32.7, 31.5, 28.8, 24.5, 20.6]),
    np.array([13.9, 15.2, 18.1, 22.4, 25.8, 27.8, 28.9, 28.8, 27.5, 24.7, 20.1, 15.5]),
    np.array([10.3, 11.7, 15.2, 19.5, 22.7, 24.8, 25.5, 25.4, 24.0, 20.8, 15.9, 11.5]),
    np.array([72.0, 78, 82, 84, 84, 84, 82, 82, 78, 72, 66, 66]),
)  # fmt: skip
HOHHOT = MonthlyNormals(
    "Huhehaote", 40.811, 111.652, 1064.0,
    np.array([-4.9, 0.4, 7.5, 16.7, 23.4, 27.7, 29.1, 26.7, 21.9, 14.5, 4.5, -3.2]),
    np.array([-11.0, -6.1, 0.9, 9.6, 16.6, 21.3, 23.3, 21.0, 15.4, 7.6, -1.7, -9.0]),
    np.array([-15.8, -11.4, -4.9, 2.5, 9.2, 14.5, 17.3, 15.4, 9.3, 1.8, -6.4, -13.4]),
    np.array([58.0, 50, 43, 36, 38, 46, 57, 62, 59, 56, 55, 58]),
)  # fmt: skip
DRY_TECHS = ("air_chiller", "liquid_cold_plate", "immersion")


def _weather(tdb, tdp, pressure_pa: float = 101325.0) -> HourlyWeather:
    """An 8760-h year repeating the given hours (wet-bulb computed on the short list)."""
    tdb, tdp = np.asarray(tdb, dtype=float), np.minimum(np.asarray(tdp, dtype=float), tdb)
    twb = psychro.wet_bulb_from_dew_point(tdb, tdp, pressure_pa)
    rh = psychro.rel_hum_from_dew_point(tdb, tdp)
    tile = lambda a: np.resize(a, 8760)  # noqa: E731
    return HourlyWeather(tile(tdb), tile(rh), tile(twb), tile(tdp), pressure_pa, "test")


@pytest.fixture(scope="module")
def beijing() -> HourlyWeather:
    return synthesize_year(
        MonthlyNormals(
            "Beijing",
            39.9,
            116.4,
            26.0,
            np.array([2.1, 5.8, 12.6, 20.7, 26.9, 30.5, 31.5, 30.5, 26.2, 19.4, 10.3, 3.8]),
            np.array([-2.9, 0.4, 7.0, 14.9, 21.0, 25.0, 26.9, 25.8, 20.8, 13.8, 5.1, -0.9]),
            np.array([-7.1, -4.3, 1.6, 8.9, 14.9, 19.8, 22.7, 21.7, 16.0, 8.8, 0.6, -4.9]),
            np.array([44.0, 43, 41, 43, 49, 59, 70, 72, 65, 58, 54, 47]),
        )  # fmt: skip
    )


# ----------------------------------------------------------------------------- floor by hand


def _fan(dp_pa: float, eff: float, dt_k: float) -> float:
    """kW per kW of heat moved by air: V = Q / (1.2 kg/m3 x 1.006 kJ/kgK x dT), P = V dp / eta."""
    return dp_pa / eff / (1.2 * 1.006 * dt_k) / 1000.0


def _pump(head_kpa: float, eff: float, dt_k: float) -> float:
    """kW per kW of heat moved by water: V = Q / (1000 kg/m3 x 4.19 kJ/kgK x dT)."""
    return head_kpa / eff / (4.19 * dt_k) / 1000.0


def test_cold_climate_gives_the_hand_computed_floor() -> None:
    """-10 degC, dew point -20 degC all year: every technology cools for free; with the load at
    rated power and no fixed fan share, PUE = heat x (1 + fans/pumps) by hand."""
    el = ElectricalParams()
    heat = 1 + el.ups_fixed_loss + (1 / el.ups_efficiency - 1) + el.distribution_loss / (1 - el.distribution_loss) + el.misc_fixed  # fmt: skip
    w = _weather([-10.0], [-20.0])
    ct, ac = DEFAULT_PARAMS["chiller_tower"], DEFAULT_PARAMS["air_chiller"]
    da, ie = DEFAULT_PARAMS["direct_air"], DEFAULT_PARAMS["indirect_evaporative"]
    lq = DEFAULT_PARAMS["liquid_cold_plate"]
    # Dry-cooler fans at their 20 % minimum speed (power ~ speed^2) in this cold.
    ac_aux = _fan(200, 0.7, 12) + _pump(150, 0.75, 6) + 0.012 * 0.2**2
    # Scavenger fans of the IEC at the speed needed: 12 K / (0.65 x (37 - -10) K).
    ie_speed = 12 / (0.65 * 47)
    residual_air = heat - lq.liquid_share
    expected = {
        "chiller_tower": heat * (1 + _fan(200, 0.7, 12) + _pump(150, 0.75, 6) + _pump(120, 0.75, 5) + 0.006),
        "air_chiller": heat * (1 + ac_aux),
        "direct_air": heat * (1 + _fan(300, 0.7, 12)),
        "indirect_evaporative": heat * (1 + _fan(350, 0.7, 12) * (1 + ie_speed**2)),
        "liquid_cold_plate": heat + 0.75 * (0.012 + 0.012 * 0.2**2) + residual_air * ac_aux,
    }  # fmt: skip
    params = {"chiller_tower": ct, "air_chiller": ac, "direct_air": da, "indirect_evaporative": ie, "liquid_cold_plate": lq}  # fmt: skip
    for tech, value in expected.items():
        result = evaluate_pue(
            w, tech, utilization=1.0, params=replace(params[tech], aux_fixed_share=0.0)
        )
        assert result.annual_pue == pytest.approx(value, rel=1e-9), tech
        assert result.mode_hours == {"free": 8760, "partial": 0, "mechanical": 0}
        assert result.breakdown_kwh_per_kwh_it["cooling_compressors"] == 0.0


# ----------------------------------------------------------------------------- climate


def test_hot_humid_climate_penalises_evaporative_cooling_most() -> None:
    gz, hh = synthesize_year(GUANGZHOU), synthesize_year(HOHHOT)
    pue = {(c, t): evaluate_pue(w, t).annual_pue for c, w in (("gz", gz), ("hh", hh)) for t in COOLING_TECHS}  # fmt: skip
    for tech in COOLING_TECHS:
        assert pue["gz", tech] > pue["hh", tech], tech
    # Indirect evaporative cooling loses more of its edge over a chiller plant in Guangzhou.
    edge = lambda c: pue[c, "chiller_tower"] - pue[c, "indirect_evaporative"]  # noqa: E731
    assert edge("hh") > edge("gz")
    # Outside air suffers most from heat plus humidity; warm-water liquid cooling least.
    penalty = {t: pue["gz", t] - pue["hh", t] for t in COOLING_TECHS}
    assert max(penalty, key=penalty.get) == "direct_air"
    assert min(penalty, key=penalty.get) == "immersion"
    assert pue["gz", "direct_air"] > pue["gz", "chiller_tower"]


@settings(max_examples=150, deadline=None)
@given(
    hours=st.lists(st.tuples(st.floats(-30, 45), st.floats(0, 30)), min_size=1, max_size=12),
    k=st.floats(0.1, 10.0),
    elevation=st.floats(0, 4000),
    utilization=st.floats(0.2, 1.0),
    tech=st.sampled_from(COOLING_TECHS),
    wet_liquid=st.booleans(),
)
def test_warmer_never_lowers_pue(hours, k, elevation, utilization, tech, wet_liquid) -> None:
    """+k degC on dry-bulb and dew point (same depression) never lowers any hour's PUE."""
    tdb = np.array([h[0] for h in hours])
    tdp = tdb - np.array([h[1] for h in hours])
    p = float(psychro.station_pressure_pa(elevation))
    params = None
    if wet_liquid and tech in ("liquid_cold_plate", "immersion"):
        params = replace(DEFAULT_PARAMS[tech], adiabatic_assist=True)
    run = lambda t, d: evaluate_pue(_weather(t, d, p), tech, utilization, params).hourly_pue  # noqa: E731
    base = run(tdb, tdp)
    assert np.all(run(tdb + k, tdp + k) >= base - 1e-12)
    # ... and more humid air at the same temperature does not help either.
    assert np.all(run(tdb, tdp + k) >= base - 1e-12)


# ----------------------------------------------------------------------------- load, balance


def test_half_empty_hall_has_a_worse_pue(beijing) -> None:
    for tech in COOLING_TECHS:
        full = evaluate_pue(beijing, tech, utilization=1.0).annual_pue
        half = evaluate_pue(beijing, tech, utilization=0.5).annual_pue
        assert half > full + 0.005, tech


def test_energy_balance_and_mode_hours(beijing) -> None:
    rng = np.random.default_rng(3)
    load = rng.uniform(0.3, 1.0, 8760)
    for tech in COOLING_TECHS:
        r = evaluate_pue(beijing, tech, utilization=load)
        np.testing.assert_allclose(r.hourly_it_kw_per_kw, load)
        facility = np.sum(r.hourly_it_kw_per_kw * r.hourly_pue)
        assert r.facility_mwh_per_mw_year == pytest.approx(facility)
        assert r.annual_pue == pytest.approx(facility / load.sum())
        assert sum(r.mode_hours.values()) == 8760
        assert 1 + sum(r.breakdown_kwh_per_kwh_it.values()) == pytest.approx(r.annual_pue)
        assert r.monthly_pue.shape == (12,)
        assert r.monthly_pue.min() <= r.annual_pue <= r.monthly_pue.max()


def test_water_use(beijing) -> None:
    results = {t: evaluate_pue(beijing, t) for t in COOLING_TECHS}
    for tech in DRY_TECHS:
        assert results[tech].wue_l_per_kwh == 0.0
        assert results[tech].water_m3_per_mw_it_year == 0.0
    assert 0.8 < results["chiller_tower"].wue_l_per_kwh < 2.5  # towers evaporate all year
    for tech in ("direct_air", "indirect_evaporative"):
        assert results[tech].wue_l_per_kwh > 0.0
    assert results["indirect_evaporative"].wue_l_per_kwh < results["chiller_tower"].wue_l_per_kwh
    wet = with_params("liquid_cold_plate", adiabatic_assist=True)
    assert (
        evaluate_pue(synthesize_year(GUANGZHOU), "liquid_cold_plate", params=wet).wue_l_per_kwh > 0
    )


def test_mechanical_hours_in_summer_only(beijing) -> None:
    r = evaluate_pue(beijing, "chiller_tower")
    assert r.monthly_pue[6] > r.monthly_pue[0]  # July worse than January
    assert r.mode_hours["free"] > 4000 and r.mode_hours["mechanical"] > 0


def test_batched_equals_single(beijing) -> None:
    gz = synthesize_year(GUANGZHOU)
    for tech in ("chiller_tower", "liquid_cold_plate"):
        many = evaluate_many([beijing, gz], tech)
        assert [m.annual_pue for m in many] == pytest.approx(
            [evaluate_pue(w, tech).annual_pue for w in (beijing, gz)], rel=1e-12
        )


def test_bad_inputs(beijing) -> None:
    with pytest.raises(ValueError, match="unknown cooling technology"):
        evaluate_pue(beijing, "chiller")
    with pytest.raises(TypeError, match="ChillerTowerParams"):
        evaluate_pue(beijing, "chiller_tower", params=DEFAULT_PARAMS["direct_air"])
    with pytest.raises(ValueError, match="utilization"):
        evaluate_pue(beijing, "direct_air", utilization=0.0)


def test_every_parameter_is_documented() -> None:
    assert len(COOLING_TECHS) == 6 and set(TECH_LABELS) == set(COOLING_TECHS)
    for tech in COOLING_TECHS:
        en, zh = TECH_LABELS[tech]
        assert en and zh
        rows = parameter_table(tech)
        assert rows and all(len(str(row["source"])) > 20 for row in rows), tech
        assert {"ups_efficiency", "aux_fixed_share"} <= {row["name"] for row in rows}


@pytest.mark.parametrize("running_share", [0.0, 0.1, 0.6])
def test_compressor_power_on_the_running_hours_equals_the_whole_year(running_share) -> None:
    """A year with few compressor hours has its COP worked out on those hours only (the PUE
    band's 33 years at a cold site): the same power as the whole year's formula."""
    from app.engine.pue.cooling import _chiller_power, _compressor_kw

    rng = np.random.default_rng(3)
    mech = np.where(rng.random(8760) < running_share, rng.random(8760), 0.0)
    tdb, heat = rng.uniform(-20.0, 40.0, 8760), rng.uniform(0.5, 1.2, 8760)
    asked: list[int] = []

    def cop(m, h, t):
        asked.append(len(t))
        return 0.3 * (t + 273.15) / np.maximum(t + 15.0, 5.0) * (1.0 - 0.1 * m * h)

    whole = _chiller_power(mech * heat, cop(mech, heat, tdb))
    asked.clear()
    got = _compressor_kw(mech, heat, cop, tdb)
    assert np.array_equal(got, whole)
    running = np.count_nonzero(mech)
    assert asked == ([8760] if running_share > 0.25 else [running] if running else [])
