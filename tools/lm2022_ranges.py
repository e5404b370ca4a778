"""Our facility classes against a published model by climate zone, size and cooling system.

Lei & Masanet (Resour. Conserv. Recycl. 182 (2022) 106323) give the 5th-95th percentile of
annual PUE for large-scale, midsize and small data centres by cooling system in each U.S.
climate zone of ASHRAE 169 (copy: ``tests/data/reference/lm2022_pue_ranges.csv``, source in its
README). Each of our stations is given its ASHRAE 169 thermal zone from its own weather year
(heating degree-days base 18 degC and cooling degree-days base 10 degC of the daily means);
the moisture letter needs precipitation, which the built-in normals lack, so it is stated per
city (:data:`MOISTURE`: "A", moist, for the monsoon east; "B", dry, for the arid north-west).

Run ``python -m tools.lm2022_ranges`` (``--markdown`` prints the table of
docs/model-validation.md).
"""

from __future__ import annotations

import argparse

import numpy as np
import pandas as pd

from app.engine.climate import climate
from app.engine.pue.pue import evaluate_pue
from app.paths import DATA_DIR
from tools.lm2020_reference import CITIES, MORE_CITIES
from tools.pue_calibration import REFERENCE_COPY

#: Our class, technology and utilisation -> their case (1 = large-scale air-side economiser +
#: adiabatic cooling, 2 = large-scale water-cooled chiller with water-side economiser,
#: 4 = midsize the same, 8 = small water-cooled chiller).
COMPARED = (
    ("hyperscale", "chiller_tower", 0.75, 2),
    ("large", "chiller_tower", 0.7, 2),
    ("large", "chiller_tower", 1.0, 2),
    ("midsize", "chiller_tower", 0.7, 4),
    ("small", "chiller_tower", 0.7, 8),
    ("hyperscale", "direct_air", 0.75, 1),
    ("large", "direct_air", 0.7, 1),
)
#: ASHRAE 169 moisture letter of the compared cities: B where the annual rain is below
#: 2 x (mean temperature + 7) cm (Lanzhou, ~32 cm at 10 degC); the others are moist (A).
MOISTURE = {city: "A" for city in CITIES + MORE_CITIES} | {"Lanzhou": "B"}
#: Thermal zones ASHRAE 169 calls warm, mixed and cool: "temperate" in issue 18.
TEMPERATE = ("3A", "4A", "5A")


def thermal_zone(weather: climate.HourlyWeather) -> str:
    """ASHRAE 169-2013 thermal zone number (Table A-3) from the daily means of a year."""
    daily = np.asarray(weather.tdb_c, dtype=float).reshape(-1, 24).mean(axis=1)
    hdd18 = float(np.clip(18.0 - daily, 0.0, None).sum())
    cdd10 = float(np.clip(daily - 10.0, 0.0, None).sum())
    for cdd_above, zone in ((6000, "0"), (5000, "1"), (3500, "2")):
        if cdd10 > cdd_above:
            return zone
    for hdd_at_most, zone in ((2000, "3"), (3000, "4"), (4000, "5"), (5000, "6"), (7000, "7")):
        if hdd18 <= hdd_at_most:
            return zone
    return "8"


def climate_zone(city: str, weather: climate.HourlyWeather) -> str:
    """Thermal zone and moisture letter (zones 7 and 8 have none)."""
    number = thermal_zone(weather)
    return number if number in ("7", "8") else number + MOISTURE[city]


def published_ranges() -> pd.DataFrame:
    """(case, climate_zone) -> pue_p5, pue_p95."""
    frame = pd.read_csv(REFERENCE_COPY / "lm2022_pue_ranges.csv", dtype={"climate_zone": str})
    return frame.set_index(["case", "climate_zone"])


def comparison(cities: tuple[str, ...] = CITIES + MORE_CITIES) -> pd.DataFrame:
    """Per city and compared class: our annual PUE, their p5-p95 in the city's zone and the
    position in it (0 = p5, 1 = p95)."""
    normals = pd.read_csv(DATA_DIR / "climate_normals.csv")
    ranges = published_ranges()
    rows = []
    for city in cities:
        weather = climate.synthesize_year(climate.normals_from_frame(normals, city))
        zone = climate_zone(city, weather)
        for facility, tech, utilization, case in COMPARED:
            lo, hi = ranges.loc[(case, zone), ["pue_p5", "pue_p95"]]
            pue = evaluate_pue(weather, tech, utilization, facility=facility).annual_pue
            rows.append(
                {
                    "city": city,
                    "zone": zone,
                    "facility": facility,
                    "tech": tech,
                    "utilization": utilization,
                    "case": case,
                    "p5": float(lo),
                    "p95": float(hi),
                    "pue": pue,
                    "position": (pue - lo) / (hi - lo),
                }
            )
    return pd.DataFrame(rows)


def markdown(frame: pd.DataFrame) -> str:
    """Chiller + water-side economiser: one row per city with their case-2 range, our
    hyperscale and large (positions) and midsize in its own range; then direct air (case 1)."""
    lines = [
        "| station | zone | large-scale chiller + WSE p5 / p95 | hyperscale (0.75) "
        "| large (0.7) | large at full load | midsize (0.7) in their midsize range |",
        "|---|---|---|---|---|---|---|",
    ]
    air = [
        "| station | zone | large-scale air-side economiser p5 / p95 | hyperscale direct air "
        "(0.75) | large direct air (0.7) |",
        "|---|---|---|---|---|",
    ]
    for city, rows in frame.groupby("city", sort=False):
        get = {(r.facility, r.tech, r.utilization): r for r in rows.itertuples(index=False)}
        water = [
            get["hyperscale", "chiller_tower", 0.75],
            get["large", "chiller_tower", 0.7],
            get["large", "chiller_tower", 1.0],
            get["midsize", "chiller_tower", 0.7],
        ]
        direct = [get["hyperscale", "direct_air", 0.75], get["large", "direct_air", 0.7]]
        lines.append(_row(city, water))
        air.append(_row(city, direct))
    return "\n".join(lines + [""] + air)


def _row(city: str, rows: list) -> str:
    cells = " | ".join(f"{r.pue:.3f} ({r.position:+.2f})" for r in rows)
    return f"| {city} | {rows[0].zone} | {rows[0].p5:.3f} / {rows[0].p95:.3f} | {cells} |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--markdown", action="store_true", help="print the comparison table")
    args = parser.parse_args(argv)
    frame = comparison()
    print(markdown(frame) if args.markdown else frame.to_string(index=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
