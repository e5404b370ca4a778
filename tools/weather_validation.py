"""How much does synthesising the year from monthly normals change the annual PUE?

For each of the 27 cities with a real hourly typical year in ``shared/reference/weather``
(``files.tsv`` lists the files; ``monthly_summary.csv`` holds each file's own monthly means),
build :class:`~app.engine.climate.climate.MonthlyNormals` from that file's monthly summary, synthesise
a year from them, and compare the annual PUE of every cooling technology on the synthetic year
with the PUE on the real year. The difference is the error the synthesis itself adds.

Zhengzhou's file has defective humidity (SOURCES.md): it is shown but left out of the means.

Run ``python tools/weather_validation.py`` for the table, ``--check`` to assert the
tolerances (exit status 1 when one fails). A developer script, not part of the test suite: the
hourly files are not copied into the repository (the reference folder's README asks that they
stay there), so it runs only where ``shared/reference/weather`` is (``CPN_REFERENCE_DIR``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout

from app.engine.climate import climate  # noqa: E402
from app.engine.pue.pue import COOLING_TECHS, evaluate_pue  # noqa: E402


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


def check(ref: Path) -> list[str]:
    """The tolerances the synthesis must keep; one sentence per failure (empty: all hold).

    - ``read_epw`` reproduces the independently computed monthly means of Beijing's file;
    - mean |synthetic - real| annual PUE < 0.01 for every technology, every included city's
      |delta| < 0.03, and Zhengzhou stays excluded.
    """
    weather_dir = ref / "weather"
    summary = pd.read_csv(weather_dir / "monthly_summary.csv")
    rows = summary[summary["city"] == "Beijing"].iloc[:12]
    epw = climate.read_epw(weather_dir / str(rows["source_file"].iloc[0]))
    days = np.bincount(climate.DAY_MONTH)
    tmean = np.bincount(climate.DAY_MONTH, weights=epw.tdb_c.reshape(365, 24).mean(axis=1))
    twb = np.bincount(climate.HOUR_MONTH, weights=epw.twb_c) / np.bincount(climate.HOUR_MONTH)
    failures = []
    if not np.allclose(tmean / days, rows["tmean_c"], atol=0.01):
        failures.append("read_epw: Beijing's monthly mean dry bulb differs from the summary")
    if not np.allclose(twb, rows["twb_mean_c"], atol=0.02):
        failures.append("read_epw: Beijing's monthly mean wet bulb differs from the summary")
    frame = validation_frame(ref)
    errors = mean_abs_delta(frame)
    if frame["city"].nunique() != 27 or set(errors.index) != set(COOLING_TECHS):
        failures.append("the validation does not cover 27 cities and every technology")
    failures += [f"{t}: mean |delta| {e:.4f} >= 0.01" for t, e in errors.items() if e >= 0.01]
    worst = frame[frame["included"]]["delta"].abs().max()
    if worst >= 0.03:
        failures.append(f"worst included |delta| {worst:.4f} >= 0.03")
    return failures


def main() -> int:
    """Print synthetic vs real annual PUE per city and technology, and the mean |delta|."""
    if not (reference_dir() / "weather" / "monthly_summary.csv").is_file():
        print(f"no reference weather in {reference_dir() / 'weather'}: set CPN_REFERENCE_DIR")
        return 2
    if "--check" in sys.argv[1:]:
        failures = check(reference_dir())
        print("\n".join(failures) or "weather validation: all tolerances hold")
        return 1 if failures else 0
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
