"""Weather data for the PUE engine: the two data classes and measured hourly files.

- :class:`MonthlyNormals` (12 monthly values per station) and :class:`HourlyWeather`
  (one 8760-hour year at station pressure, with notes on every fallback used);
- :func:`read_epw` (EnergyPlus weather) and :func:`read_hourly_csv` (8760 rows of
  ``tdb_c, rh_pct``): a measured year replaces the synthesis of :mod:`app.engine.climate.climate`;
- the monthly-normals table is read and validated in :mod:`app.engine.climate.normals`.

:mod:`app.engine.climate.climate` re-exports all of these, so callers need only that module.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import numpy as np
import pandas as pd

from app.domain.safe_read import MB, check_file, read_bytes
from app.domain.text import tr
from app.engine.climate import psychro
from app.engine.climate.psychro import FloatArray

MONTH_DAYS = np.array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
#: Month index (0-11) of each day and of each hour of the 365-day year.
DAY_MONTH = np.repeat(np.arange(12), MONTH_DAYS)
HOUR_MONTH = np.repeat(DAY_MONTH, 24)
HOURS_PER_YEAR = 8760
MAX_WEATHER_BYTES = 20 * MB
"""Bigger weather files are refused unread (an EPW year is about 1.6 MB)."""
TEMP_RANGE_C = (-60.0, 60.0)
RH_FALLBACK_NOTE = (
    "relative humidity missing: dew point estimated as mean daily minimum minus "
    "clip(0.36 x daily range - 1.6, 0, 8) K (typical error 1-2 K)"
)
ELEVATION_FALLBACK_NOTE = (
    "elevation missing: sea-level pressure 101325 Pa assumed "
    "(wet-bulb 0.2-0.4 K high per 1000 m of real elevation)"
)


@dataclass(frozen=True, eq=False)
class MonthlyNormals:
    """Monthly climate normals of one station; every array has 12 values (Jan..Dec).

    Temperatures in degC (mean daily maximum, daily mean, mean daily minimum), ``rh_pct`` mean
    relative humidity in % (NaN where unknown), ``elevation_m`` metres (None if unknown).
    """

    name: str
    lat: float
    lon: float
    elevation_m: float | None
    tmax_c: FloatArray
    tmean_c: FloatArray
    tmin_c: FloatArray
    rh_pct: FloatArray


@dataclass
class HourlyWeather:
    """One 8760-hour year: dry-bulb, RH, wet-bulb, dew point (degC / %), station pressure (Pa).

    ``source`` says where it came from ("synthetic: <station>", "epw: <file>", ...);
    ``notes`` lists every fallback or repair applied, in words a planner can read.
    """

    tdb_c: FloatArray
    rh_pct: FloatArray
    twb_c: FloatArray
    dewpoint_c: FloatArray
    pressure_pa: float
    source: str
    notes: list[str] = field(default_factory=list)

    @cached_property
    def humidity_ratio(self) -> FloatArray:
        """Outdoor humidity ratio (kg water per kg dry air), hour by hour: computed once per
        year, however many PUE years use it."""
        pw = psychro.sat_vapour_pressure_pa(self.dewpoint_c)
        return psychro.humidity_ratio_from_vapour_pressure(pw, np.asarray(self.pressure_pa))

    @property
    def rh_fallback(self) -> bool:
        """True when humidity was estimated because the normals had none."""
        return RH_FALLBACK_NOTE in self.notes

    @property
    def elevation_fallback(self) -> bool:
        """True when sea-level pressure was assumed because the elevation was unknown."""
        return ELEVATION_FALLBACK_NOTE in self.notes


# ----------------------------------------------------------------------------- files


def _from_dry_bulb_and_dew_point(
    tdb: FloatArray, tdp: FloatArray, pressure: FloatArray | float, source: str, notes: list[str]
) -> HourlyWeather:
    """Complete a measured year: RH and wet-bulb from dry-bulb, dew point and pressure."""
    tdp = np.minimum(tdp, tdb)
    p = np.asarray(pressure, dtype=float)
    return HourlyWeather(
        tdb_c=tdb,
        rh_pct=psychro.rel_hum_from_dew_point(tdb, tdp),
        twb_c=psychro.wet_bulb_from_dew_point(tdb, tdp, p),
        dewpoint_c=tdp,
        pressure_pa=float(np.mean(p)),
        source=source,
        notes=notes,
    )


def _fill_missing(values: FloatArray, missing: np.ndarray) -> FloatArray:
    """Linear interpolation over missing hours (periodic across the year end)."""
    if not missing.any():
        return values
    hours = np.arange(len(values))
    return np.interp(hours, hours[~missing], values[~missing], period=len(values))


def _epw_data(path: Path, lines: list[str]) -> np.ndarray:
    """(8760, 5) month, day, dry-bulb, dew point, pressure of the data rows (29 Feb dropped)."""
    rows = []
    for number, line in enumerate(lines[8:], start=9):
        if not line.strip():
            continue
        fields = line.split(",")
        try:
            month, day = int(fields[1]), int(fields[2])
            rows.append((month, day, float(fields[6]), float(fields[7]), float(fields[9])))
        except (IndexError, ValueError):
            raise ValueError(
                tr("{path}: row {row}: month/day/dry-bulb/dew-point/pressure not readable").format(
                    path=path, row=number
                )
            ) from None
    data = np.array([r for r in rows if not (r[0] == 2 and r[1] == 29)], dtype=float)
    if len(data) != HOURS_PER_YEAR:
        raise ValueError(
            tr("{path}: {n} hourly rows; an EPW year has 8760 (or 8784)").format(
                path=path, n=len(rows)
            )
        )
    return data


def read_epw(path: str | Path) -> HourlyWeather:
    """Read an EnergyPlus weather file (8760 or 8784 hourly rows; 29 February is dropped).

    Uses dry-bulb, dew point and station pressure (fields 7, 8, 10); RH and wet-bulb are
    recomputed from them so that all four agree. Missing-value codes (99.9 / 999999) are
    filled by linear interpolation and counted in ``notes``; a missing pressure becomes the
    standard atmosphere at the LOCATION line's elevation. Raises ValueError naming the file
    and row on a malformed file.
    """
    path = Path(path)
    data = read_bytes(
        path, max_bytes=MAX_WEATHER_BYTES, expected=tr("an EPW weather file"), suffixes={".epw"}
    )  # a regular file, size-capped: never /dev/zero
    lines = data.decode("utf-8", errors="replace").splitlines()
    if not lines or not lines[0].upper().startswith("LOCATION"):
        raise ValueError(
            tr("{path}: not an EPW file (first line must start with LOCATION)").format(path=path)
        )
    if len(lines) < 9:
        raise ValueError(
            tr(
                "{path}: cut short: {n} line(s); an EPW file has 8 header lines and 8760 "
                "(or 8784) hourly rows"
            ).format(path=path, n=len(lines))
        )
    location = lines[0].split(",")
    try:
        elevation = float(location[9])
    except (IndexError, ValueError):
        raise ValueError(
            tr("{path}: row 1 (LOCATION): elevation (field 10) is not a number").format(path=path)
        ) from None
    table = _epw_data(path, lines)
    notes = []
    tdb, tdp, pres = table[:, 2].copy(), table[:, 3].copy(), table[:, 4].copy()
    for name, values, bad in (("dry-bulb", tdb, tdb >= 99.9), ("dew point", tdp, tdp >= 99.9)):
        if bad.all():
            raise ValueError(
                tr("{path}: every {name} value is missing").format(path=path, name=name)
            )
        if bad.any():
            notes.append(f"{bad.sum()} missing {name} hours interpolated")
            values[:] = _fill_missing(values, bad)
    bad_p = (pres < 40000) | (pres > 110000)
    if bad_p.any():
        notes.append(f"{bad_p.sum()} missing pressure hours set to the standard atmosphere")
        pres = np.where(bad_p, psychro.station_pressure_pa(elevation), pres)
    return _from_dry_bulb_and_dew_point(tdb, tdp, pres, f"EPW file: {path.name}", notes)


def read_hourly_csv(path: str | Path, elevation_m: float | None = None) -> HourlyWeather:
    """Read an 8760-row CSV with columns ``tdb_c`` (degC) and ``rh_pct`` (%).

    An optional ``pressure_pa`` column is used when present; otherwise the standard atmosphere
    at ``elevation_m`` (sea level when None, noted). Raises ValueError naming the file, the row
    (1 = header) and the column of the first bad value.
    """
    path = Path(path)
    check_file(
        path, max_bytes=MAX_WEATHER_BYTES, expected=tr("an hourly weather CSV"), suffixes={".csv"}
    )
    try:
        frame = pd.read_csv(path)
    except (OSError, pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError):
        raise ValueError(
            tr(
                "{path}: cannot be read as CSV (expected an hourly weather CSV with "
                "columns tdb_c, rh_pct)"
            ).format(path=path)
        ) from None
    for column in ("tdb_c", "rh_pct"):
        if column not in frame.columns:  # the header is not echoed: it may be anything
            raise ValueError(
                tr(
                    "{path}: column '{column}' missing (an hourly weather CSV has "
                    "columns tdb_c, rh_pct and optionally pressure_pa)"
                ).format(path=path, column=column)
            )
    if len(frame) != HOURS_PER_YEAR:
        raise ValueError(
            tr("{path}: {n} data rows; an hourly year needs 8760").format(path=path, n=len(frame))
        )
    limits = {"tdb_c": TEMP_RANGE_C, "rh_pct": (0.0, 100.0), "pressure_pa": (40000.0, 110000.0)}
    values = {}
    for column, (lo, hi) in limits.items():
        if column not in frame.columns:
            continue
        numeric = pd.to_numeric(frame[column], errors="coerce").to_numpy(dtype=float)
        bad = ~np.isfinite(numeric) | (numeric < lo) | (numeric > hi)
        if bad.any():
            i = int(np.argmax(bad))
            value = (
                tr("value {value}").format(value=f"{numeric[i]:g}")
                if np.isfinite(numeric[i])
                else tr("the value")
            )
            raise ValueError(
                tr(
                    "{path}: row {row}, column '{column}': {value} is not a number in {range}"
                ).format(path=path, row=i + 2, column=column, value=value, range=f"{lo:g}..{hi:g}")
            )
        values[column] = numeric
    notes = []
    if "pressure_pa" in values:
        pressure: FloatArray | float = values["pressure_pa"]
    else:
        if elevation_m is None:
            notes.append(ELEVATION_FALLBACK_NOTE)
        pressure = float(psychro.station_pressure_pa(elevation_m or 0.0))
    tdb = values["tdb_c"]
    tdp = psychro.dew_point_from_rel_hum(tdb, np.maximum(values["rh_pct"], 0.5))
    return _from_dry_bulb_and_dew_point(tdb, tdp, pressure, f"hourly CSV: {path.name}", notes)


# ----------------------------------------------------------------------------- normals table
