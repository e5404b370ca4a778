"""How much does synthesising the year from monthly normals change the annual PUE?

For each of the 27 cities with a real hourly typical year in ``shared/reference/weather``
(``files.tsv`` lists the files; ``monthly_summary.csv`` holds each file's own monthly means),
build :class:`~app.engine.climate.MonthlyNormals` from that file's monthly summary, synthesise
a year from them, and compare the annual PUE of every cooling technology on the synthetic year
with the PUE on the real year. The difference is the error the synthesis itself adds.

Zhengzhou's file has defective humidity (SOURCES.md): it is shown but left out of the means.

Run ``python tools/weather_validation.py`` for the table (a developer script, not part of
the app).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout

from app.engine import climate  # noqa: E402
from app.engine.pue import COOLING_TECHS, evaluate_pue  # noqa: E402


def reference_dir() -> Path:
    """Shared reference folder: ``$CPN_REFERENCE_DIR`` or ``<repo>/../shared/reference``."""
    default = Path(__file__).resolve().parents[2] / "shared" / "reference"
    return Path(os.environ.get("CPN_REFERENCE_DIR", default))


EXCLUDED = {"Zhengzhou": "CSWD file with defective humidity (weather/SOURCES.md)"}


def normals_from_summary(summary: pd.DataFrame) -> climate.MonthlyNormals:
    """Monthly normals of one EPW from its 12 rows of ``monthly_summary.csv``."""
    rows = summary.sort_values("month")
    return climate.MonthlyNormals(
        name=str(rows["city"].iloc[0]),
        lat=float(rows["lat"].iloc[0]),
        lon=float(rows["lon"].iloc[0]),
        elevation_m=float(rows["elevation_m"].iloc[0]),
        tmax_c=rows["tmax_c"].to_numpy(dtype=float),
        tmean_c=rows["tmean_c"].to_numpy(dtype=float),
        tmin_c=rows["tmin_c"].to_numpy(dtype=float),
        rh_pct=rows["rh_pct"].to_numpy(dtype=float),
    )


def validation_frame(
    ref: Path | None = None, techs: tuple[str, ...] = COOLING_TECHS
) -> pd.DataFrame:
    """One row per (city, tech): annual PUE on the synthetic and on the real year, and delta.

    Uses the primary file of each city; ``included`` is False for :data:`EXCLUDED` cities.
    """
    weather_dir = (ref or reference_dir()) / "weather"
    summary = pd.read_csv(weather_dir / "monthly_summary.csv")
    summary = summary[summary["primary_for_city"].astype(str).str.lower() == "true"]
    rows = []
    for city, block in summary.groupby("city", sort=True):
        synthetic = climate.synthesize_year(normals_from_summary(block), utc_offset_h=8.0)
        real = climate.read_epw(weather_dir / str(block["source_file"].iloc[0]))
        for tech in techs:
            pue_syn = evaluate_pue(synthetic, tech).annual_pue
            pue_real = evaluate_pue(real, tech).annual_pue
            rows.append(
                {
                    "city": city,
                    "tech": tech,
                    "synthetic": pue_syn,
                    "real": pue_real,
                    "delta": pue_syn - pue_real,
                    "included": city not in EXCLUDED,
                }
            )
    return pd.DataFrame(rows)


def mean_abs_delta(frame: pd.DataFrame) -> pd.Series:
    """Mean |synthetic - real| annual PUE per technology over the included cities."""
    inc = frame[frame["included"]]
    return inc.groupby("tech", sort=False)["delta"].apply(lambda d: float(np.abs(d).mean()))


def main() -> int:
    """Print synthetic vs real annual PUE per city and technology, and the mean |delta|."""
    frame = validation_frame()
    wide = frame.pivot(index="city", columns="tech", values="delta")[list(COOLING_TECHS)]
    real = frame.pivot(index="city", columns="tech", values="real")[list(COOLING_TECHS)]
    print("Annual PUE on the real typical year:")
    print(real.round(3).to_string())
    print("\nSynthetic minus real annual PUE:")
    print(wide.round(4).to_string())
    for city, why in EXCLUDED.items():
        print(f"(excluded from the means: {city} - {why})")
    print("\nmean |delta| per technology:")
    for tech, value in mean_abs_delta(frame).items():
        worst = frame[frame["included"] & (frame["tech"] == tech)]["delta"].abs().max()
        print(f"  {tech:<22} {value:.4f}   (max {worst:.4f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
