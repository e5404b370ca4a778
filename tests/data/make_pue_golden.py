"""Golden values of the climate and PUE arithmetic: ``tests/data/pue_golden.json``.

They guard rewrites of the arithmetic for speed (issue 21: a site's card within 2 ms): the
synthetic years, the hourly PUE of every cooling technology, facility class and utilisation,
the PUE band, the design-load card and the wet-bulb solver must give the same numbers to
floating-point noise (``tests/engine/test_pue_golden.py`` asserts 1e-9 relative). They do not
guard the PUE *parameters*: when a parameter changes on purpose (e.g. issue 18), regenerate:

    PYTHONPATH=. python tests/data/make_pue_golden.py

First produced from the code before the speed rewrite (commit 0dac3e1, branch i21-site);
regenerated with the same script on main at e93b8da (still the code before the rewrite, now
with issue 18's chiller COP cap), and the rewrite gives those values too.
Hourly arrays are kept as summaries (sum, sum of squares, min, max and a weighted sum that
notices hours swapped), so the file stays small.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np

OUT = Path(__file__).with_name("pue_golden.json")

#: Hot and humid, cold, cold/dry without RH normals (dew-point fallback), high altitude,
#: and one with neither RH nor elevation (sea-level fallback).
STATIONS = ("Haikou", "Harbin", "Ulanqab", "Lhasa", "Baicheng")
UTILISATIONS = (0.3, 0.7, 1.0)
#: (station, technology, class, utilisation) of the bands: 33 PUE years each.
BANDS = (
    ("Haikou", "chiller_tower", "large", 0.7),
    ("Ulanqab", "indirect_evaporative", "large", 0.7),
    ("Lhasa", "direct_air", "hyperscale", 1.0),
    ("Harbin", "air_chiller", "midsize", 0.3),
    ("Baicheng", "liquid_cold_plate", "small", 0.7),
    ("Haikou", "immersion", "large", 1.0),
)
#: (station, technology, class, utilisation) of the design-load cards (``site_cards``).
CARDS = (
    ("Ulanqab", "indirect_evaporative", "large", 0.7),
    ("Haikou", "chiller_tower", "large", 0.6),
    ("Lhasa", "direct_air", "hyperscale", 1.0),
    ("Harbin", "air_chiller", "midsize", 0.3),
    ("Baicheng", "liquid_cold_plate", "small", 0.8),
    ("Haikou", "immersion", "large", 0.7),
)
CARD_FIELDS = (
    "annual_pue",
    "pue_p5",
    "pue_p95",
    "wue_l_per_kwh",
    "it_energy_mwh",
    "facility_energy_mwh",
    "energy_cost_mcny",
    "carbon_t",
    "water_m3",
    "cost_per_mtok_cny",
    "facility_kwh_per_mtok",
)


def summary(values) -> list[float]:
    """sum, sum of squares, min, max and a weighted sum of an array (floats)."""
    x = np.asarray(values, dtype=float).ravel()
    weights = 1.5 + np.sin(0.37 * np.arange(x.size))
    return [float(v) for v in (x.sum(), (x * x).sum(), x.min(), x.max(), (x * weights).sum())]


def weather_values(weather) -> dict:
    return {
        "tdb_c": summary(weather.tdb_c),
        "twb_c": summary(weather.twb_c),
        "rh_pct": summary(weather.rh_pct),
        "dewpoint_c": summary(weather.dewpoint_c),
        "pressure_pa": float(weather.pressure_pa),
        "notes": list(weather.notes),
    }


def pue_values(r) -> dict:
    return {
        "hourly_pue": summary(r.hourly_pue),
        "monthly_pue": summary(r.monthly_pue),
        "annual_pue": float(r.annual_pue),
        "facility_mwh_per_mw_year": float(r.facility_mwh_per_mw_year),
        "it_mwh_per_mw_year": float(r.it_mwh_per_mw_year),
        "water_m3_per_mw_it_year": float(r.water_m3_per_mw_it_year),
        "wue_l_per_kwh": float(r.wue_l_per_kwh),
        "mode_hours": dict(r.mode_hours),
        "breakdown": {k: float(v) for k, v in r.breakdown_kwh_per_kwh_it.items()},
    }


def pue_key(station: str, tech: str, facility: str, utilisation: float) -> str:
    return f"{station}|{tech}|{facility}|{utilisation:g}"


def wet_bulb_grid() -> dict:
    """The wet-bulb solver on a grid of dry-bulb, dew-point depression and pressure, both
    with the final Newton step (measured files) and without (synthesis)."""
    from app.engine.climate import psychro

    tdb, depression, p = np.meshgrid(
        np.arange(-30.0, 46.0, 2.5), [0.0, 0.5, 3.0, 8.0, 15.0, 30.0], [101325.0, 85000.0, 64000.0]
    )
    tdp = tdb - depression
    return {
        "iterations_1": summary(psychro.wet_bulb_from_dew_point(tdb, tdp, p)),
        "iterations_0": summary(psychro.wet_bulb_from_dew_point(tdb, tdp, p, iterations=0)),
        "from_rel_hum": summary(psychro.wet_bulb_from_rel_hum(tdb, 40.0 + tdp % 60.0, p)),
        "dew_point": summary(psychro.dew_point_from_rel_hum(tdb, 5.0 + tdp % 95.0)),
    }


def station_weathers(atlas) -> dict:
    from app.engine.climate.climate import synthesize_year
    from app.engine.climate.normals import normals_by_station

    normals = normals_by_station(atlas.normals)
    return {name: synthesize_year(normals[name]) for name in STATIONS}


def golden(atlas) -> dict:
    """Every golden value, computed with the code as it is now."""
    from app.engine.allocation import national_problem  # noqa: F401 (Scenario's defaults)
    from app.engine.pue.facility import FACILITY_CLASSES
    from app.engine.pue.pue import COOLING_TECHS, evaluate_pue
    from app.engine.pue.pue_band import pue_band

    weathers = station_weathers(atlas)
    pue = {}
    for name, weather in weathers.items():
        for tech in COOLING_TECHS:
            for facility in FACILITY_CLASSES:
                for u in UTILISATIONS:
                    r = evaluate_pue(weather, tech, u, facility=facility)
                    pue[pue_key(name, tech, facility, u)] = pue_values(r)
    bands = {}
    for name, tech, facility, u in BANDS:
        band = pue_band(weathers[name], tech, facility, u, key=("golden", name))
        bands[pue_key(name, tech, facility, u)] = [band.annual_pue, band.p5, band.p95]
    return {
        "weather": {name: weather_values(w) for name, w in weathers.items()},
        "pue": pue,
        "band": bands,
        "cards": cards(atlas),
        "wet_bulb": wet_bulb_grid(),
    }


def cards(atlas) -> dict:
    from app.domain.scenario import Scenario
    from app.domain.site import Site
    from app.engine.climate.normals import normals_by_station
    from app.engine.costs.site_evaluation import site_cards

    normals = normals_by_station(atlas.normals)
    sites = [
        Site(
            f"g{i}",
            name,
            normals[name].lon,
            normals[name].lat,
            capacity_mw=80.0,
            utilization=u,
            cooling=tech,
            facility=facility,
        )
        for i, (name, tech, facility, u) in enumerate(CARDS)
    ]
    out = {}
    for spec, card in zip(CARDS, site_cards(atlas, sites, Scenario().assumptions), strict=True):
        values = {f: getattr(card, f) for f in CARD_FIELDS}
        values = {f: None if v is None else float(v) for f, v in values.items()}
        values["monthly_pue"] = [float(v) for v in card.monthly_pue]
        values["mode_hours"] = dict(card.mode_hours)
        values["station"] = card.station
        out[pue_key(*spec)] = values
    return out


def dumps(data: dict) -> str:
    """JSON with one line per entry of each section (small, and diffs read line by line)."""
    lines = ["{"]
    for i, (section, value) in enumerate(sorted(data.items())):
        end = "," if i < len(data) - 1 else ""
        if not isinstance(value, dict):
            lines.append(f" {json.dumps(section)}: {json.dumps(value)}{end}")
            continue
        entries = [f"  {json.dumps(k)}: {json.dumps(v, sort_keys=True)}" for k, v in value.items()]
        lines += [f" {json.dumps(section)}: {{", ",\n".join(entries), f" }}{end}"]
    return "\n".join([*lines, "}"]) + "\n"


def main() -> None:
    from app.datasets.atlas import load_atlas

    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    ).stdout.strip()
    data = {"produced_by": "tests/data/make_pue_golden.py", "commit": commit}
    data.update(golden(load_atlas()))
    tmp = OUT.with_name(f".{OUT.name}.{os.getpid()}.tmp")  # atomic: own name, fsync, rename
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(dumps(data))
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, OUT)
    print(f"wrote {OUT} ({len(data['pue'])} PUE years) at {commit}", file=sys.stderr)


if __name__ == "__main__":
    main()
