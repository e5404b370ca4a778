"""The monthly-normals table (``data/climate_normals.csv`` or a planner's file) read into
:class:`~app.engine.climate.weather.MonthlyNormals`: validated once per table, with errors naming
station, month and column, and a station looked up by name (close names suggested).
"""

from __future__ import annotations

import difflib
import threading
from collections import OrderedDict

import numpy as np
import pandas as pd

from app.domain.text import tr
from app.engine.climate.weather import TEMP_RANGE_C, MonthlyNormals


class UnknownStationError(ValueError):
    """The requested station/city is not in the table; ``suggestions`` holds close names."""

    def __init__(self, name: str, suggestions: list[str]) -> None:
        hint = (
            tr("; did you mean {names}?").format(names=", ".join(repr(s) for s in suggestions))
            if suggestions
            else ""
        )
        super().__init__(
            tr("station/city {name} not found{hint}").format(name=repr(name), hint=hint)
        )
        self.name = name
        self.suggestions = suggestions


_NORMAL_COLUMNS = ("lat", "lon", "month", "tmax_c", "tmean_c", "tmin_c", "rh_pct")
_TEMPS = ("tmax_c", "tmean_c", "tmin_c")


def _name_column(df: pd.DataFrame) -> str:
    """``station`` or ``city``; ValueError when the table has neither or lacks a column."""
    name_col = "station" if "station" in df.columns else "city" if "city" in df.columns else None
    if name_col is None:
        raise ValueError(tr("normals table needs a 'station' or 'city' column"))
    missing = [c for c in _NORMAL_COLUMNS if c not in df.columns]
    if missing:
        raise ValueError(tr("normals table lacks column(s) {columns}").format(columns=missing))
    return name_col


def normals_from_frame(df: pd.DataFrame, station: str) -> MonthlyNormals:
    """Monthly normals of ``station`` from a long table (one row per station and month).

    Columns: ``station`` or ``city`` (name), ``lat, lon, month, tmax_c, tmean_c, tmin_c,
    rh_pct`` and optionally ``elevation_m``. ``rh_pct`` may be empty (fallback applies).
    Raises :class:`UnknownStationError` (with close matches) or ValueError naming the
    station, month and column of the first problem.
    """
    names = df[_name_column(df)].astype(str)
    rows = df[names == station]
    if rows.empty:
        rows = df[names.str.casefold() == station.strip().casefold()]
    if rows.empty:
        close = difflib.get_close_matches(station, sorted(set(names)), n=5, cutoff=0.6)
        raise UnknownStationError(station, close)
    return all_normals_from_frame(rows)[0]


#: Parsed normals per table (the table kept alive so its id stays its own); a few atlases.
_PARSED: OrderedDict[int, tuple[pd.DataFrame, dict[str, MonthlyNormals]]] = OrderedDict()
_PARSED_LOCK = threading.Lock()


def normals_by_station(df: pd.DataFrame) -> dict[str, MonthlyNormals]:
    """Every station of ``df`` parsed and validated once per table (a site's evaluation then
    only looks its station up: parsing the table took most of a new site's time)."""
    with _PARSED_LOCK:
        hit = _PARSED.get(id(df))
        if hit is not None and hit[0] is df:
            return hit[1]
    parsed = {n.name: n for n in all_normals_from_frame(df)}
    with _PARSED_LOCK:
        _PARSED[id(df)] = (df, parsed)
        while len(_PARSED) > 4:
            _PARSED.popitem(last=False)
    return parsed


def all_normals_from_frame(df: pd.DataFrame) -> list[MonthlyNormals]:
    """Every station of a long normals table (see :func:`normals_from_frame`), validated at once
    (about 1 ms per 100 stations), in order of first appearance."""
    name_col = _name_column(df)
    table = df.copy()
    table[name_col] = table[name_col].astype(str)
    for column in (*_NORMAL_COLUMNS, "elevation_m"):
        if column in table.columns:
            _to_number(table, name_col, column)
    _check_months(table, name_col)
    _check_values(table, name_col)
    order = pd.unique(table[name_col])
    table = table.set_index([name_col, "month"]).sort_index()
    get = lambda col: table[col].to_numpy(dtype=float).reshape(-1, 12)  # noqa: E731
    stations = table.index.get_level_values(0)[::12]
    values = {col: get(col) for col in ("lat", "lon", *_TEMPS, "rh_pct")}
    elev = get("elevation_m") if "elevation_m" in table.columns else None
    by_name = {}
    for i, name in enumerate(stations):
        e = None if elev is None else elev[i][np.isfinite(elev[i])]
        by_name[name] = MonthlyNormals(
            name=name,
            lat=float(values["lat"][i, 0]),
            lon=float(values["lon"][i, 0]),
            elevation_m=float(e[0]) if e is not None and len(e) else None,
            tmax_c=values["tmax_c"][i],
            tmean_c=values["tmean_c"][i],
            tmin_c=values["tmin_c"][i],
            rh_pct=values["rh_pct"][i],
        )
    return [by_name[name] for name in order]


def _to_number(table: pd.DataFrame, name_col: str, column: str) -> None:
    """Convert ``column`` to float in place; ValueError naming station/month on text."""
    raw = table[column]
    number = pd.to_numeric(raw, errors="coerce")
    bad = number.isna() & raw.notna() & (raw.astype(str).str.strip() != "")
    if bad.any():
        row = table[bad].iloc[0]
        raise ValueError(
            tr("{station}: month {month}, column {column}: {value} is not a number").format(
                station=row[name_col], month=row["month"], column=column, value=repr(row[column])
            )
        )
    table[column] = number


def _check_months(table: pd.DataFrame, name_col: str) -> None:
    """Every station has months 1..12 exactly once."""
    if table["month"].isna().any():
        raise ValueError(
            tr("{station}: a row has no month").format(
                station=table[table["month"].isna()][name_col].iloc[0]
            )
        )
    for name, months in table.groupby(name_col, sort=False)["month"]:
        present = months.astype(int)
        dupes = sorted(set(present[present.duplicated()]))
        if dupes:
            raise ValueError(
                tr("{station}: month(s) {months} appear more than once").format(
                    station=name, months=dupes
                )
            )
        absent = sorted(set(range(1, 13)) - set(present))
        if absent or len(present) != 12:
            raise ValueError(
                tr("{station}: month(s) {months} missing or invalid (need 1..12)").format(
                    station=name, months=absent or sorted(set(present) - set(range(1, 13)))
                )
            )


def _check_values(table: pd.DataFrame, name_col: str) -> None:
    """Vectorised range checks; ValueError naming station, month and column of the first."""
    lo, hi = TEMP_RANGE_C
    checks = (
        [(table[c].isna(), c, tr("is empty")) for c in ("lat", "lon", *_TEMPS)]
        + [
            (
                (table[c] < lo) | (table[c] > hi),
                c,
                tr("is outside {range} degC").format(range=f"{lo:g}..{hi:g}"),
            )
            for c in _TEMPS
        ]
        + [
            (table["tmin_c"] > table["tmax_c"], "tmin_c", tr("is above tmax_c")),
            (
                (table["tmean_c"] < table["tmin_c"] - 0.5)
                | (table["tmean_c"] > table["tmax_c"] + 0.5),
                "tmean_c",
                tr("is not between tmin_c and tmax_c"),
            ),
            ((table["rh_pct"] < 0) | (table["rh_pct"] > 100), "rh_pct", tr("is outside 0..100 %")),
        ]
    )
    for bad, column, problem in checks:
        if bad.any():
            row = table[bad].iloc[0]
            raise ValueError(
                tr("{station}: month {month}, column {column} = {value} {problem}").format(
                    station=row[name_col],
                    month=int(row["month"]),
                    column=column,
                    value=f"{row[column]:g}",
                    problem=problem,
                )
            )
