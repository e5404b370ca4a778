"""Value checks of a planner's own ``[base]`` tables (provinces, tariffs, hubs, clusters,
normals): every number in its physical range, every key once, every province code one the
provinces table knows. The ranges are those the scenario format allows for the same quantity
(``docs/scenario-format.md``: a tariff in (0, 10) CNY/kWh, an emission factor in [0, 5)
kgCO2/kWh, a site's lon/lat in China's extent); an empty cell stays "not found" where the
built-in table may have one. Each problem raises :class:`BaseDataError` naming the file, the
row (header = row 1), the column and the value.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pandas as pd

from app.domain.ranges import ASSUMPTION, PRICE, PROVINCE_OVERRIDE, SITE, Range
from app.domain.text import tr


class BaseDataError(ValueError):
    """A ``[base]`` file cannot be used: the message names file, row and column."""


def _outside(rng: Range, values: np.ndarray) -> np.ndarray:
    """Which of ``values`` lie outside ``rng`` (NaN counts as outside; callers skip empty
    cells first)."""
    return np.array([bool(rng.problem(float(v))) for v in values], dtype=bool)


_EMISSION = PROVINCE_OVERRIDE["emission_kg_per_kwh"]
_PUE = ASSUMPTION["stock_pue"]
_SHARE = Range(gt=0.0, le=1.0)  # a utilisation target


#: [base] kind -> column -> allowed range of its non-empty cells.
VALUE_RANGES: dict[str, dict[str, Range]] = {
    "provinces": {
        # a province's GDP and people: above zero, below the world's (about 700,000 bn CNY)
        "gdp_2023_billion_cny": Range(gt=0.0, le=1e6, unit="billion CNY"),
        "population_2023_million": Range(gt=0.0, le=2000.0, unit="million"),
        "grid_ef_2023_kgco2_per_kwh": _EMISSION,
        "grid_ef_2022_kgco2_per_kwh": _EMISSION,
        "grid_ef_2021_kgco2_per_kwh": _EMISSION,
    },
    "tariffs": {"price_cny_per_kwh": PRICE},
    "hubs": {"pue_target": _PUE, "utilisation_target": _SHARE},
    "clusters": {
        "lon": SITE["lon"],  # a site's range: China's extent
        "lat": SITE["lat"],
        "planned_racks": Range(ge=0.0, le=1e8),
        "pue_target": _PUE,
        "utilisation_target": _SHARE,
    },
    "normals": {
        "lat": Range(ge=-90.0, le=90.0, unit="°N"),
        "lon": Range(ge=-180.0, le=180.0, unit="°E"),
        "elevation_m": Range(ge=-500.0, le=9000.0, unit="m"),
        "month": Range(ge=1.0, le=12.0),
        "rh_pct": Range(ge=0.0, le=100.0, unit="%"),
    },
}
#: [base] kind -> the columns that identify a row (each combination once).
ROW_KEYS: dict[str, tuple[str, ...]] = {
    "provinces": ("adcode",),
    "tariffs": ("adcode", "basis"),
    "hubs": ("hub_id",),
    "clusters": ("cluster_id",),
}
#: Whole numbers beyond this are no codes or counts (and past 2**53 lose digits as floats).
MAX_WHOLE = 1e15


def _cell(value: object) -> str:
    if isinstance(value, float | np.floating):
        return f"{value:.10g}"  # 110000.5 in full, 1e+300 short
    if isinstance(value, int | np.integer):
        return str(value)
    return repr(str(value)[:40])


def check_whole(path: Path, column: str, values: pd.Series) -> None:
    """Integer columns: whole numbers a float holds exactly (1e300 is no adcode)."""
    x = values.to_numpy(dtype=float, na_value=np.nan)
    with np.errstate(invalid="ignore"):
        wrong = ~np.isfinite(x) | (np.abs(x) > MAX_WHOLE) | (x != np.round(x))
    bad = np.flatnonzero(~np.isnan(x) & wrong)
    if len(bad):
        i = int(bad[0])
        raise BaseDataError(
            tr(
                "{file}: row {row}, column {column}: must be a whole number of at most 15 "
                "digits, got {value}"
            ).format(file=path, row=i + 2, column=repr(column), value=_cell(float(x[i])))
        )


def check_table(path: Path, kind: str, table: pd.DataFrame) -> None:
    """Rows present, values in range and keys unique in a typed ``kind`` table."""
    if table.empty:
        raise BaseDataError(
            tr("{file}: no data rows (the {kind} table has only its header)").format(
                file=path, kind=kind
            )
        )
    for column, bounds in VALUE_RANGES.get(kind, {}).items():
        x = table[column].to_numpy(dtype=float, na_value=np.nan)
        bad = np.flatnonzero(~np.isnan(x) & _outside(bounds, x))
        if len(bad):
            i = int(bad[0])
            raise BaseDataError(
                tr("{file}: row {row}, column {column}: {rule}, got {value}").format(
                    file=path,
                    row=i + 2,
                    column=repr(column),
                    rule=bounds.problem(x[i]),
                    value=_cell(x[i]),
                )
            )
    keys = list(ROW_KEYS.get(kind, ()))
    if keys:
        dup = np.flatnonzero(table.duplicated(keys, keep="first").to_numpy())
        if len(dup):
            j = int(dup[0])
            same = (table[keys] == table[keys].iloc[j]).all(axis=1).to_numpy()
            i = int(np.flatnonzero(same)[0])
            raise BaseDataError(
                tr(
                    "{file}: row {row}, column(s) {columns}: {value} is already in row {first}"
                ).format(
                    file=path,
                    row=j + 2,
                    columns=", ".join(map(repr, keys)),
                    value=", ".join(_cell(table[k].iloc[j]) for k in keys),
                    first=i + 2,
                )
            )


def split_codes(path: Path, column: str, cells: pd.Series) -> list[list[int]]:
    """';'-separated province codes per row ('110000;130000'; empty: none)."""
    out = []
    for i, cell in enumerate(cells):
        row = []
        for part in ("" if pd.isna(cell) else str(cell)).split(";"):
            if not part.strip():
                continue
            try:
                row.append(int(part.strip()))
            except ValueError:
                raise BaseDataError(
                    tr(
                        "{file}: row {row}, column {column}: {value} is not a province adcode"
                    ).format(file=path, row=i + 2, column=repr(column), value=_cell(part.strip()))
                ) from None
        out.append(row)
    return out


def check_codes(path: Path, column: str, codes: Iterable[Iterable[int]], known: set[int]) -> None:
    """Every province code in ``column`` (one list per row) is a row of the provinces table."""
    for i, row in enumerate(codes):
        unknown = [c for c in row if c not in known]
        if unknown:
            raise BaseDataError(
                tr(
                    "{file}: row {row}, column {column}: unknown province adcode {value} "
                    "(not in the provinces table)"
                ).format(file=path, row=i + 2, column=repr(column), value=unknown[0])
            )


def check_prices(path: str, prices: pd.DataFrame, names: dict[int, str]) -> None:
    """The default price each province gets from a planner's tariff table (published or
    composed from its parts) is in the tariff range, and at least one province has one."""
    price = prices.set_index("adcode")["price_cny_per_kwh"]
    kinds = prices.set_index("adcode")["price_kind"]
    if price.isna().all():
        raise BaseDataError(
            tr(
                "{file}: no province has a price (column 'price_cny_per_kwh'): give the "
                "2026-08 agency price, the three parts of a composed estimate or a catalogue "
                "price"
            ).format(file=path)
        )
    bad = price[price.notna() & _outside(PRICE, price.to_numpy(dtype=float))]
    if len(bad):
        code = int(bad.index[0])
        raise BaseDataError(
            tr("{file}: the price of adcode {code} ({name}, {kind}) {rule}, got {value}").format(
                file=path,
                code=code,
                name=names.get(code, "?"),
                kind=str(kinds.loc[code]).replace("_", " "),
                rule=PRICE.problem(float(bad.iloc[0])),
                value=f"{float(bad.iloc[0]):.4g}",
            )
        )
