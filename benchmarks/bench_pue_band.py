"""Cost of the calibrated PUE band and of the city lookup, each beside a same-run reference.

Run: ``python benchmarks/bench_pue_band.py``. Medians of 7 runs; the band cache is cleared
before each band run (a new station, as when a site is dropped somewhere new).

- band: ``pue_band`` at a new station = 1 central + 32 parameter-draw PUE evaluations and the
  product with the facility spread; reference: one ``evaluate_pue`` (the central value alone)
  and the parameter-only percentile (what the band cost before the spread).
- lookup: ``resolve`` of a cluster city in Chinese; reference: nearest station by distance.
"""

from __future__ import annotations

from statistics import median
from time import perf_counter

import numpy as np
import pandas as pd

from app.engine.climate import climate
from app.engine.climate.city_lookup import resolve
from app.engine.pue import pue_band
from app.engine.pue.pue import evaluate_pue
from app.engine.pue.pue_spread import band_ratios
from app.paths import DATA_DIR

RUNS = 7


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

    ratios = pue_band.parameter_ratios(weather, "chiller_tower", "large", 0.7)
    rows = [
        ("pue_band, new station", _median_s(band)),
        (
            "  ref: one evaluate_pue (central)",
            _median_s(lambda: evaluate_pue(weather, "chiller_tower", 0.7)),
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


if __name__ == "__main__":
    main()
