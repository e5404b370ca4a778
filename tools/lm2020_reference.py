"""An independent published model to hold the PUE engine against: Lei & Masanet's water-side
economiser + water-cooled chiller model ("WEC"), with the parameter ranges they published.

Source: N. Lei, E. Masanet, "Statistical analysis for predicting location-specific data center
PUE and its improvement potential", Energy 201 (2020) 117556, and their public notebooks
(github.com/nuoaleon/Data-center-PUE-prediction-tool, ``F.1.2_WEC_sensitivity analysis``):
the equations and the uniform parameter bounds below are theirs (re-implemented here, not
copied), for hyperscale data centres at full IT load. We run it on our own hourly weather
year of a station, draw their parameters (Latin hypercube, fixed seed) and report the p5, p50
and p95 of the annual PUE: the "published range" our classes are compared with in
docs/model-validation.md.

Run ``python -m tools.lm2020_reference`` (``--markdown`` prints the comparison table;
``--setpoints`` the large class against the chilled-water setpoint, the Guiyang vs Beijing
check of docs/model-validation.md).
"""

from __future__ import annotations

import argparse

import numpy as np
import pandas as pd

from app.engine.climate import climate
from app.engine.pue.facility import facility_params
from app.engine.pue.pue import evaluate_pue
from app.paths import DATA_DIR

#: Lei & Masanet (2020) WEC bounds (uniform): name -> (low, high). Units: UPS/fan/pump
#: efficiencies 0-1, PD loss and lighting shares of IT, degC, K, Pa.
BOUNDS = {
    "ups_e": (0.90, 0.99),
    "pd_loss": (0.0, 0.02),
    "lighting": (0.0, 0.002),
    "t_supply_air": (27.0, 35.0),
    "dt_air": (25 * 5 / 9, 35 * 5 / 9),
    "dt_water": (5.0, 10.0),
    "dt_tower": (4.0, 6.0),
    "fan_pa_crah": (400.0, 600.0),
    "fan_e_crah": (0.65, 0.90),
    "fan_pa_tower": (100.0, 400.0),
    "fan_e_tower": (0.65, 0.90),
    "pump_pa_we": (143658 * 0.8, 143658 * 1.2),
    "pump_e_we": (0.6, 0.8),
    "pump_pa_cw": (143658 * 0.8, 143658 * 1.2),
    "pump_e_cw": (0.6, 0.8),
    "pump_pa_ct": (208660 * 0.8, 208660 * 1.2),
    "pump_e_ct": (0.6, 0.8),
    "approach_tower": (2.8, 6.7),
    "approach_hx": (1.7, 2.8),
    "hte": (0.7, 0.9),
    "shr": (0.95, 0.99),
    "chiller_load": (0.2, 0.8),
    "pcop": (-0.11, 0.11),
    "l_to_g": (1.0, 3.0),
}
N_DRAWS = 64
SEED = 2020
CITIES = ("Beijing", "Shanghai", "Wuhan", "Guiyang", "Shenzhen", "Lanzhou")
#: provincial capitals and other large cities not tuned against (docs/model-validation.md)
MORE_CITIES = (
    "Harbin", "Huhehaote", "Dalian", "Tianjin", "Shijiazhuang", "Taiyuan", "Jinan", "Qingdao",
    "Zhengzhou", "Xi'an", "Nanjing", "Hefei", "Hangzhou", "Nanchang", "Changsha", "Fuzhou",
    "Guangzhou", "Chengdu", "Chongqing", "Kunming",
)  # fmt: skip


def _draws() -> list[dict[str, float]]:
    rng = np.random.default_rng(SEED)
    draws: list[dict[str, float]] = [{} for _ in range(N_DRAWS)]
    for name, (lo, hi) in BOUNDS.items():
        strata = (rng.permutation(N_DRAWS) + rng.random(N_DRAWS)) / N_DRAWS
        for i, s in enumerate(strata):
            draws[i][name] = lo + s * (hi - lo)
    return draws


def wec_pue(weather: climate.HourlyWeather, d: dict[str, float]) -> float:
    """Annual PUE of their WEC model for one parameter set (IT = 1 kW every hour)."""
    twb = np.asarray(weather.twb_c, dtype=float)
    tdb = np.asarray(weather.tdb_c, dtype=float)
    rho_sa = 1.293 * (weather.pressure_pa / 101325) * 273.15 / (273.15 + d["t_supply_air"])
    rho_oa = 1.293 * (weather.pressure_pa / 101325) * 273.15 / (273.15 + tdb)
    ups, pd_ = 1 / d["ups_e"] - 1, 1 / (1 - d["pd_loss"]) - 1
    heat = 1 + ups + pd_ + d["lighting"]
    fan_crah = heat / (1.01 * d["dt_air"]) / rho_sa * d["fan_pa_crah"] / d["fan_e_crah"] / 1000
    cooling = heat / d["shr"]
    t_ra = d["t_supply_air"] + d["dt_air"]
    t_sfw = t_ra - (t_ra - d["t_supply_air"]) / d["hte"]
    t_rfw = t_sfw + d["dt_water"]
    t_avail = twb + d["approach_tower"] + d["approach_hx"]
    free = cooling * np.clip((t_rfw - t_avail) / (t_rfw - t_sfw), 0.0, 1.0)
    t = twb + d["approach_tower"]
    x = d["chiller_load"]
    cop = (16.798751 + 0.008840 * t**2 - 8.528931 * x**2 + 9.885294 * x - 0.760621 * t
           + 0.084615 * x * t) * (1 + d["pcop"])  # fmt: skip
    chiller = (cooling - free) / cop

    def pump(kg_s: np.ndarray | float, pa: float, eff: float) -> np.ndarray | float:
        return pa * kg_s / (1000 * eff * 1000)

    water = 4.2 * d["dt_water"]
    pumps = pump(free / water, d["pump_pa_we"], d["pump_e_we"])
    pumps = pumps + pump((cooling - free) / water, d["pump_pa_cw"], d["pump_e_cw"])
    m_ct = (cooling + chiller) / (4.2 * d["dt_tower"])
    pumps = pumps + pump(m_ct, d["pump_pa_ct"], d["pump_e_ct"])
    fan_ct = m_ct / d["l_to_g"] / rho_oa * d["fan_pa_tower"] / d["fan_e_tower"] / 1000
    total = heat + fan_crah + chiller + pumps + fan_ct
    return float(np.mean(total))


def published_range(weather: climate.HourlyWeather) -> tuple[float, float, float]:
    """p5, p50, p95 of the annual PUE over their parameter ranges."""
    values = [wec_pue(weather, d) for d in _draws()]
    lo, mid, hi = np.percentile(values, [5.0, 50.0, 95.0])
    return float(lo), float(mid), float(hi)


def comparison(cities: tuple[str, ...] = CITIES) -> pd.DataFrame:
    """Per city: their p5/p50/p95 and our chiller + tower classes (hyperscale 0.75, large
    0.7 utilisation, as calibrated), with where each sits in their band (0 = p5, 1 = p95)."""
    frame = pd.read_csv(DATA_DIR / "climate_normals.csv")
    rows = []
    for city in cities:
        weather = climate.synthesize_year(climate.normals_from_frame(frame, city))
        lo, mid, hi = published_range(weather)
        row = {"city": city, "lm_p5": lo, "lm_p50": mid, "lm_p95": hi}
        for facility, u in (("hyperscale", 0.75), ("large", 0.7), ("large_full", 1.0)):
            fac = facility.removesuffix("_full")
            pue = evaluate_pue(weather, "chiller_tower", u, facility=fac).annual_pue
            row[facility] = pue
            row[f"{facility}_position"] = (pue - lo) / (hi - lo)
        rows.append(row)
    return pd.DataFrame(rows)


#: Chilled-water supply setpoints (degC) tried: from ASHRAE 90.1's baseline (~12) through the
#: shipped 19 (fitted on operating facilities) to the warmest its own coil accepts (~21).
SETPOINTS = (12.0, 14.0, 16.0, 18.0, 19.0, 21.0)
SETPOINT_CITIES = ("Beijing", "Guiyang", "Shanghai", "Wuhan")


def large_at_setpoint(weather: climate.HourlyWeather, setpoint_c: float) -> dict[str, float]:
    """Large class, chiller + tower at utilisation 0.7 with chilled water at ``setpoint_c``:
    annual PUE and its compressor and fan/pump parts (kWh per kWh IT)."""
    params, electrical = facility_params("chiller_tower", "large", {"chilled_water_c": setpoint_c})
    result = evaluate_pue(weather, "chiller_tower", 0.7, params=params, electrical=electrical)
    parts = result.breakdown_kwh_per_kwh_it
    return {
        "pue": result.annual_pue,
        "compressors": parts["cooling_compressors"],
        "fans_pumps": parts["cooling_fans_pumps"],
    }


def setpoint_table(
    cities: tuple[str, ...] = SETPOINT_CITIES, setpoints: tuple[float, ...] = SETPOINTS
) -> pd.DataFrame:
    """Per city and setpoint: the large class's PUE at 0.7 and their p95 on the same year."""
    frame = pd.read_csv(DATA_DIR / "climate_normals.csv")
    rows = []
    for city in cities:
        weather = climate.synthesize_year(climate.normals_from_frame(frame, city))
        p95 = published_range(weather)[2]
        for setpoint in setpoints:
            rows.append({"city": city, "setpoint_c": setpoint, "lm_p95": p95}
                        | large_at_setpoint(weather, setpoint))  # fmt: skip
    return pd.DataFrame(rows)


def setpoint_markdown(table: pd.DataFrame) -> str:
    """One row per city: PUE at each setpoint, their p95."""
    setpoints = sorted(table.setpoint_c.unique())
    head = " | ".join(f"{s:g} degC" for s in setpoints)
    lines = [f"| station | {head} | their p95 |", "|---|" + "---|" * (len(setpoints) + 1)]
    for city, rows in table.groupby("city", sort=False):
        values = " | ".join(f"{v:.3f}" for v in rows.sort_values("setpoint_c").pue)
        lines.append(f"| {city} | {values} | {rows.lm_p95.iloc[0]:.3f} |")
    return "\n".join(lines)


def markdown(table: pd.DataFrame) -> str:
    lines = [
        "| station | Lei & Masanet WEC p5 / p50 / p95 | hyperscale (0.75) | large (0.7) | "
        "large at full load |",
        "|---|---|---|---|---|",
    ]
    for r in table.itertuples(index=False):
        lines.append(
            f"| {r.city} | {r.lm_p5:.3f} / {r.lm_p50:.3f} / {r.lm_p95:.3f} | "
            f"{r.hyperscale:.3f} ({r.hyperscale_position:+.2f}) | {r.large:.3f} "
            f"({r.large_position:+.2f}) | {r.large_full:.3f} ({r.large_full_position:+.2f}) |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--markdown", action="store_true", help="print the comparison table")
    parser.add_argument(
        "--setpoints", action="store_true", help="the large class against its chilled water"
    )
    parser.add_argument(
        "--cities",
        help="comma-separated stations instead of the six of the doc's first table "
        f"(the doc's second table: {','.join(MORE_CITIES)})",
    )
    args = parser.parse_args(argv)
    if args.setpoints:
        print(setpoint_markdown(setpoint_table()))
        return 0
    table = comparison(tuple(args.cities.split(",")) if args.cities else CITIES)
    print(markdown(table) if args.markdown else table.round(3).to_string(index=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
