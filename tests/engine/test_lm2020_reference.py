"""The PUE engine against an independent published model (Lei & Masanet 2020, water-side
economiser + chiller, their parameter ranges): hyperscale is the best-practice edge of their
range, the large class lies inside it in temperate cities (at full load and at 0.7), and its
water-side parameters lie inside their published bounds."""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
import pytest

from app.engine.climate import climate
from app.engine.pue.facility import facility_params
from app.engine.pue.pue import evaluate_pue
from app.paths import DATA_DIR
from tools.lm2020_reference import (
    BOUNDS,
    comparison,
    large_at_setpoint,
    published_range,
    wec_pue,
)


def test_their_model_by_hand_in_a_cold_hour() -> None:
    # Wet bulb -20 degC all year: full free cooling, no chiller. Heat = 1 + UPS + PD losses;
    # fans and pumps by their formulas (sea-level air).
    cold = climate.HourlyWeather(
        tdb_c=np.full(8760, -15.0), rh_pct=np.full(8760, 50.0), dewpoint_c=np.full(8760, -20.0),
        twb_c=np.full(8760, -20.0), pressure_pa=101325.0, source="test",
    )  # fmt: skip
    d = {k: lo for k, (lo, hi) in BOUNDS.items()} | {"ups_e": 0.95, "pd_loss": 0.01}
    heat = 1 + (1 / 0.95 - 1) + (1 / 0.99 - 1) + d["lighting"]
    rho_sa = 1.293 * 273.15 / (273.15 + d["t_supply_air"])
    fan = heat / (1.01 * d["dt_air"]) / rho_sa * d["fan_pa_crah"] / d["fan_e_crah"] / 1000
    cooling = heat / d["shr"]
    pump_we = d["pump_pa_we"] * cooling / (4.2 * d["dt_water"]) / (1000 * d["pump_e_we"] * 1000)
    m_ct = cooling / (4.2 * d["dt_tower"])
    pump_ct = d["pump_pa_ct"] * m_ct / (1000 * d["pump_e_ct"] * 1000)
    rho_oa = 1.293 * 273.15 / (273.15 - 15.0)
    fan_ct = m_ct / d["l_to_g"] / rho_oa * d["fan_pa_tower"] / d["fan_e_tower"] / 1000
    assert wec_pue(cold, d) == pytest.approx(heat + fan + pump_we + pump_ct + fan_ct, rel=1e-9)


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    return comparison(("Beijing", "Shanghai", "Wuhan"))


def test_hyperscale_is_the_edge_of_the_published_range(table) -> None:
    for r in table.itertuples(index=False):
        assert r.lm_p5 < r.lm_p50 < r.lm_p95
        # Google-calibrated best practice: at the published p5, not far below it.
        assert abs(r.hyperscale - r.lm_p5) < 0.015, r.city
        assert r.hyperscale < min(r.large, r.large_full), r.city


def test_large_chiller_with_economiser_is_inside_the_published_range(table) -> None:
    # Temperate cities, at full load and at the calibrated utilisation 0.7: inside their
    # p5-p95 (upper part: 19 degC chilled water, fitted on operating facilities, against
    # their 20-30 degC). Before the part-load corrections +1.3 of the band above p5; before
    # the chiller COP cap came from published chiller data, +1.00 to +1.04 at 0.7; with the
    # unsourced 14 degC setpoint +0.96 to +0.99.
    for r in table.itertuples(index=False):
        assert r.lm_p5 < r.large_full <= r.lm_p95, r.city
        assert r.lm_p50 < r.large <= r.lm_p95, r.city
        assert r.large_position <= 1.0, r.city


def test_large_water_side_parameters_inside_their_bounds() -> None:
    params, _ = facility_params("chiller_tower", "large")
    assert BOUNDS["approach_tower"][0] <= params.tower_approach_k <= BOUNDS["approach_tower"][1]
    assert BOUNDS["approach_hx"][0] <= params.hx_approach_k <= BOUNDS["approach_hx"][1]
    assert BOUNDS["dt_water"][0] <= params.delta_t_water_k <= BOUNDS["dt_water"][1]
    assert BOUNDS["hte"][0] <= params.coil_effectiveness <= BOUNDS["hte"][1]


@pytest.fixture(scope="module")
def normals() -> dict[str, climate.MonthlyNormals]:
    frame = pd.read_csv(DATA_DIR / "climate_normals.csv")
    return {city: climate.normals_from_frame(frame, city) for city in ("Beijing", "Guiyang")}


def test_guiyang_above_beijing_is_the_chilled_water_setpoint(normals) -> None:
    # docs/model-validation.md "Guiyang vs Beijing": with cold chilled water Guiyang's
    # mild humid winters cost water-side free cooling; the whole gap is compressor energy
    # (fans and pumps equal), and it closes as the water warms towards what the class's coil
    # accepts (~21 degC), where their warm-water model sits.
    years = {city: climate.synthesize_year(n) for city, n in normals.items()}
    gaps = []
    for setpoint in (14.0, 16.0, 18.0, 21.0):
        gy, bj = (large_at_setpoint(years[c], setpoint) for c in ("Guiyang", "Beijing"))
        gaps.append(gy["pue"] - bj["pue"])
        assert abs(gy["fans_pumps"] - bj["fans_pumps"]) < 0.001, setpoint
    assert gaps[0] > 0.008  # 1.221 vs 1.211 at 14 degC
    assert gaps == sorted(gaps, reverse=True)
    assert abs(gaps[-1]) < 0.001
    # Outside their p95 at 16 degC and colder; inside from 18 degC, so as shipped (19 degC).
    p95 = published_range(years["Guiyang"])[2]
    assert large_at_setpoint(years["Guiyang"], 16.0)["pue"] > p95
    assert large_at_setpoint(years["Guiyang"], 18.0)["pue"] < p95
    shipped = evaluate_pue(years["Guiyang"], "chiller_tower", 0.7, facility="large")
    assert shipped.annual_pue < p95


def test_guiyang_station_elevation_is_not_the_cause(normals) -> None:
    # The wet bulb is computed at the station's pressure: 1,026 m (terrain cell) against the
    # ~1,230 m the observatory's summer pressure of 873.5 hPa implies moves the PUE < 0.0005.
    guiyang = normals["Guiyang"]
    pues = [
        evaluate_pue(
            climate.synthesize_year(dataclasses.replace(guiyang, elevation_m=elevation)),
            "chiller_tower",
            0.7,
            facility="large",
        ).annual_pue
        for elevation in (guiyang.elevation_m, 1230.0)
    ]
    assert guiyang.elevation_m == pytest.approx(1026.0)
    assert abs(pues[0] - pues[1]) < 0.0005
