"""Cost of the calibrated PUE band and of the city lookup, each beside a same-run reference.

Run: ``python benchmarks/bench_pue_band.py``. Medians of 21 runs; the band cache is cleared
before each band run (a new station, as when a site is dropped somewhere new).

- band: ``pue_band`` at a new station = 1 central + 32 parameter-draw PUE evaluations and the
  product with the facility spread (Shanghai, chiller + tower; and a new site's default,
  indirect evaporative of the large class, at Ulanqab); reference: one ``evaluate_pue`` (the
  central value alone) and the parameter-only percentile (what the band cost before the
  spread).
- lookup: ``resolve`` of a cluster city in Chinese; reference: nearest station by distance.

``--together``: the band's 33 PUE years as the app evaluates them (``annual_pue_sets``, one
year after another) beside one computation of them all, each parameter a column of 33 values
broadcast over (33, hours) arrays through the same physics, over the whole year and in blocks
of hours; process CPU, medians of 41, interleaved, with the largest difference between them.
"""

from __future__ import annotations

import sys
from dataclasses import fields, replace
from statistics import median
from time import perf_counter, process_time

import numpy as np
import pandas as pd

from app.engine.climate import climate
from app.engine.climate.city_lookup import resolve
from app.engine.climate.normals import normals_by_station
from app.engine.pue import pue_band
from app.engine.pue.cooling import Air
from app.engine.pue.facility import facility_params
from app.engine.pue.pue import _evaluate_arrays, annual_pue_sets, evaluate_pue
from app.engine.pue.pue_spread import band_ratios
from app.paths import DATA_DIR

RUNS = 21


def _median_s(fn) -> float:
    times = []
    for _ in range(RUNS):
        start = perf_counter()
        fn()
        times.append(perf_counter() - start)
    return median(times)


def main() -> None:
    normals = pd.read_csv(DATA_DIR / "climate_normals.csv")
    weather = climate.synthesize_year(climate.normals_from_frame(normals, "Shanghai"))

    def band() -> None:
        pue_band._BAND_CACHE.clear()
        pue_band.pue_band(weather, "chiller_tower", "large", 0.7, key="bench")

    cold = climate.synthesize_year(climate.normals_from_frame(normals, "Ulanqab"))

    def card_band() -> None:  # a new site's default: indirect evaporative, large, 0.7
        pue_band._BAND_CACHE.clear()
        pue_band.pue_band(cold, "indirect_evaporative", "large", 0.7, key="bench")

    ratios = pue_band.parameter_ratios(weather, "chiller_tower", "large", 0.7)
    rows = [
        ("pue_band, new station", _median_s(band)),
        (
            "  ref: one evaluate_pue (central)",
            _median_s(lambda: evaluate_pue(weather, "chiller_tower", 0.7)),
        ),
        ("pue_band, Ulanqab, a card's default", _median_s(card_band)),
        (
            "  ref: its one evaluate_pue",
            _median_s(lambda: evaluate_pue(cold, "indirect_evaporative", 0.7, facility="large")),
        ),
        ("  spread product alone", _median_s(lambda: band_ratios(ratios))),
        ("  ref: parameter-only p5/p95", _median_s(lambda: np.percentile(ratios, [5, 95]))),
        ("resolve('中卫')", _median_s(lambda: resolve("中卫", normals))),
        (
            "  ref: nearest station by distance",
            _median_s(lambda: normals.groupby("station")[["lat", "lon"]].first()),
        ),
    ]
    for name, seconds in rows:
        print(f"{name:36s} {seconds * 1000:8.2f} ms")


def _stacked(objs: list) -> object:
    """One parameter object whose fields that differ between ``objs`` are (n, 1) columns."""
    columns = {}
    for f in fields(objs[0]):
        values = [getattr(o, f.name) for o in objs]
        if any(v != values[0] for v in values):
            columns[f.name] = np.array(values, dtype=float)[:, None]
    return replace(objs[0], **columns)


def _together(weather, tech: str, utilisation: float, sets, blocks: int) -> np.ndarray:
    """Annual PUE of every set at once: (sets, hours) arrays, ``blocks`` blocks of hours."""
    params, electrical = _stacked([p for p, _ in sets]), _stacked([e for _, e in sets])
    year, hours = Air.of(weather), weather.tdb_c.shape[-1]
    facility = np.zeros(len(sets))
    edges = np.linspace(0, hours, blocks + 1).astype(int)
    for start, end in zip(edges[:-1], edges[1:], strict=True):
        air = Air(year.tdb[start:end], year.twb[start:end], year.tdp[start:end], year.p)
        air.__dict__["w"] = year.w[start:end]  # the year's humidity ratio, as Air.of keeps it
        h = _evaluate_arrays(air, tech, utilisation, params, electrical)
        facility += np.broadcast_to(h.facility, (len(sets), end - start)).sum(axis=-1)
    return facility / (utilisation * hours)


def _ways(weather, tech: str) -> dict:
    sets = (facility_params(tech, "large"), *pue_band._draw_sets(tech, "large"))
    ways = {"one year at a time (app)": lambda: annual_pue_sets(weather, tech, 0.7, sets)}
    for blocks in (1, 8, 24):
        ways[f"all at once, {blocks} block(s) of hours"] = lambda b=blocks: _together(
            weather, tech, 0.7, sets, b
        )
    return ways


def together() -> None:
    """The band's draws one year at a time (the app) vs all at once (see the docstring)."""
    from app.datasets.atlas import load_atlas

    normals = normals_by_station(load_atlas().normals)
    for station, tech in (("Ulanqab", "indirect_evaporative"), ("Shanghai", "chiller_tower")):
        ways = _ways(climate.synthesize_year(normals[station]), tech)
        times: dict[str, list[float]] = {k: [] for k in ways}
        for _ in range(41):
            for name, fn in ways.items():
                start = process_time()
                fn()
                times[name].append(process_time() - start)
        app = ways["one year at a time (app)"]()
        print(f"{station}, {tech}, large, 33 PUE years (process CPU, median of 41):")
        for name, fn in ways.items():
            diff = np.max(np.abs(fn() / app - 1.0))
            print(f"  {name:34s} {median(times[name]) * 1000:7.2f} ms  (max rel. diff {diff:.0e})")


if __name__ == "__main__":
    together() if "--together" in sys.argv else main()
