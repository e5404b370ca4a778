"""Default demand for the allocation: a national total spread over regions by a proxy.

National total: ``demand.national_it_mw`` of ``data/assumptions.csv``, the IT load actually
drawn in the base year (2023, the year of the rack statistic): installed racks (8.1 M, MIIT) x 2.5 kW
rated x the fill rate (0.58) x the mean draw of a filled rack (0.70 of its rating) = 8,221.5 MW.
Racks in use are not racks drawing rated power: most hold fewer servers than they could and a
filled rack draws well below its rating (each factor is a sourced or reasoned row with a range).
A later scenario year grows it at ``demand.growth_per_year`` (:func:`demand_in_year`).

Spatial split. The proxy is a parameter (GDP, population or any planner series): demand is
allocated in proportion to it. Class split: the shares of
:data:`app.engine.allocation.allocation.DEFAULT_CLASSES` (``demand.class_share.*`` in the same table).
Prefectures: a province's demand is split by 2020 census population
(:func:`prefecture_shares`).

A planner can instead give a CSV (:func:`read_demand_csv`): a ``region`` column and either a
``total_mw`` column (split by class shares) or one column per class id, in MW of IT load.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd
from numpy.typing import ArrayLike, NDArray

from app.datasets.reference import load_prefecture_population
from app.domain.assumptions import base_year
from app.domain.sourced import assumption, default
from app.engine.allocation.allocation import WorkloadClass

NATIONAL_RACKS_END_2023 = default("stock.national_racks")
"""Standard racks in use at end-2023 (``stock.national_racks``, MIIT)."""
STANDARD_RACK_KW = default("assumptions.kw_per_rack")
"""Rated power of one standard rack, kW (MIIT's definition used in the same statistic)."""
FILL_RATE = default("demand.fill_rate")
"""Share of racks in use that hold servers (上架率), ``demand.fill_rate``."""
DRAW_PER_FILLED_RACK = default("demand.draw_per_filled_rack")
"""Mean draw of a filled rack as a share of its rating, ``demand.draw_per_filled_rack``."""
NATIONAL_IT_MW = default("demand.national_it_mw")
"""IT load drawn in the base year, MW (``demand.national_it_mw``): racks x kW x fill x draw."""
NATIONAL_IT_MW_SOURCE = assumption("demand.national_it_mw").note
BASE_YEAR = base_year()
"""The base year: the year of the rack statistic behind demand (2023)."""
GROWTH_PER_YEAR = default("demand.growth_per_year")
"""Annual growth of demand after the base year (MIIT's racks in use, 2021-2023)."""


def national_load_mw(
    racks: float = NATIONAL_RACKS_END_2023,
    kw_per_rack: float = STANDARD_RACK_KW,
    fill_rate: float = FILL_RATE,
    draw: float = DRAW_PER_FILLED_RACK,
) -> float:
    """IT load drawn nationally (MW): installed racks x rated kW x fill rate x mean draw."""
    return racks * kw_per_rack * fill_rate * draw / 1000.0


def demand_in_year(base_mw: float, year: int, growth: float = GROWTH_PER_YEAR) -> float:
    """Demand (MW) in ``year`` from the base year's ``base_mw``; years before the base year are
    not modelled (the base year's demand)."""
    return base_mw * (1.0 + growth) ** max(0, int(year) - BASE_YEAR)


CSV_ENCODINGS = ("utf-8-sig", "gbk")
"""Encodings tried in order when reading a planner CSV (UTF-8 with or without BOM, then GBK)."""


class DemandFileError(ValueError):
    """A demand file problem, with the file, the 1-based row (header = row 1) and the column."""

    def __init__(
        self, path: str | Path, message: str, row: int | None = None, column: str | None = None
    ):
        where = [str(path)]
        if row is not None:
            where.append(f"row {row}")
        if column is not None:
            where.append(f"column {column!r}")
        super().__init__(f"{', '.join(where)}: {message}")
        self.path, self.row, self.column = str(path), row, column


def distribute_national_total(total_mw: float, weights: pd.Series) -> pd.Series:
    """Split ``total_mw`` (MW of IT load) over the index of ``weights`` in proportion to it.

    ``weights`` is any non-negative proxy (GDP, population, ...); raises ``ValueError`` on a
    missing, negative or all-zero proxy.
    """
    w = pd.to_numeric(weights, errors="coerce").astype(float)
    bad = w.index[~np.isfinite(w.to_numpy()) | (w.to_numpy() < 0)]
    if len(bad):
        raise ValueError(f"proxy weights missing or negative for: {', '.join(map(str, bad[:10]))}")
    if not np.isfinite(total_mw) or total_mw < 0:
        raise ValueError(f"total_mw must be finite and >= 0, got {total_mw}")
    if w.sum() <= 0:
        raise ValueError("proxy weights sum to zero")
    return (total_mw * w / w.sum()).rename("demand_mw")


def class_shares(classes: Sequence[WorkloadClass]) -> NDArray[np.float64]:
    """The classes' default shares normalised to sum to 1."""
    s = np.array([c.share for c in classes], dtype=float)
    if np.any(~np.isfinite(s) | (s < 0)) or s.sum() <= 0:
        raise ValueError("class shares must be finite, >= 0 and not all zero")
    return s / s.sum()


def split_classes(region_mw: ArrayLike, classes: Sequence[WorkloadClass]) -> NDArray[np.float64]:
    """Demand matrix (regions x classes), MW: each region's total split by the class shares."""
    d = np.asarray(region_mw, dtype=float)
    return d[:, None] * class_shares(classes)[None, :]


def default_demand(
    proxy: pd.Series, classes: Sequence[WorkloadClass], total_mw: float = NATIONAL_IT_MW
) -> NDArray[np.float64]:
    """``D[p, k]`` in MW for the regions of ``proxy`` (in its order): national total x proxy
    share x class share."""
    return split_classes(distribute_national_total(total_mw, proxy).to_numpy(), classes)


def _read_csv(path: Path) -> pd.DataFrame:
    if not path.is_file():
        raise DemandFileError(path, "file not found")
    last: Exception | None = None
    for enc in CSV_ENCODINGS:
        try:
            return pd.read_csv(path, dtype=str, encoding=enc, keep_default_na=False)
        except UnicodeDecodeError as exc:
            last = exc
        except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
            raise DemandFileError(path, f"not a readable CSV ({exc})") from exc
    raise DemandFileError(path, f"not UTF-8 or GBK text ({last})")


def read_demand_csv(path: str | Path) -> pd.DataFrame:
    """Read a planner demand CSV into a DataFrame indexed by region id (str), float MW columns.

    Columns: ``region`` (required, unique, non-empty) and either ``total_mw`` or class-id
    columns. Values must be numbers >= 0; empty cells count as 0. Errors name file, row, column.
    """
    path = Path(path)
    raw = _read_csv(path)
    raw.columns = [str(c).strip() for c in raw.columns]
    if "region" not in raw.columns:
        raise DemandFileError(path, "missing required column", row=1, column="region")
    value_cols = [c for c in raw.columns if c != "region"]
    if not value_cols:
        raise DemandFileError(path, "no demand columns (total_mw or class ids)", row=1)
    regions = raw["region"].str.strip()
    for i, r in enumerate(regions):
        if not r:
            raise DemandFileError(path, "empty region id", row=i + 2, column="region")
    dup = regions[regions.duplicated()]
    if len(dup):
        raise DemandFileError(
            path, f"duplicate region {dup.iloc[0]!r}", row=int(dup.index[0]) + 2, column="region"
        )
    out = pd.DataFrame(index=pd.Index(regions.to_numpy(), name="region"))
    for col in value_cols:
        text = raw[col].str.strip().replace("", "0")
        vals = pd.to_numeric(text, errors="coerce").to_numpy(dtype=float)
        bad = np.nonzero(~np.isfinite(vals) | (vals < 0))[0]
        if len(bad):
            i = int(bad[0])
            raise DemandFileError(
                path, f"not a number >= 0: {raw[col].iloc[i]!r}", row=i + 2, column=col
            )
        out[col] = vals
    return out


def demand_matrix(
    table: pd.DataFrame, region_ids: Sequence[str], classes: Sequence[WorkloadClass]
) -> NDArray[np.float64]:
    """``D[p, k]`` (MW) from a :func:`read_demand_csv` table, in ``region_ids`` order.

    Regions absent from the table get 0; regions or columns the model does not know are errors.
    """
    ids = [c.id for c in classes]
    unknown_r = table.index.difference(pd.Index(region_ids))
    if len(unknown_r):
        raise ValueError(f"demand table: unknown regions {list(unknown_r[:10])}")
    t = table.reindex(pd.Index(region_ids)).fillna(0.0)
    if "total_mw" in t.columns:
        if len(t.columns) > 1:
            raise ValueError("demand table: give either total_mw or class columns, not both")
        return split_classes(t["total_mw"].to_numpy(), classes)
    unknown_c = [c for c in t.columns if c not in ids]
    if unknown_c:
        raise ValueError(f"demand table: unknown class columns {unknown_c}; classes are {ids}")
    return t.reindex(columns=ids).fillna(0.0).to_numpy(dtype=float)


def prefecture_shares(units: pd.DataFrame, population: pd.DataFrame | None = None) -> pd.DataFrame:
    """Each prefecture's share of its province's demand, from 2020 census population.

    ``units``: index prefecture adcode, column ``province`` (parent adcode). Returns, in the
    same order, ``population`` (people), ``share`` (sums to 1 in every province) and ``basis``:
    "census 2020" where the table has a usable figure; "imputed: mean of N census prefectures
    of the province" where it has none (autonomous prefectures and leagues the source does not
    list, rows it flags as inconsistent); "equal split" when no prefecture of the province has
    a figure.
    """
    pop = load_prefecture_population() if population is None else population
    usable = pop[pop["flag"].isna() | (pop["flag"].astype(str) == "")]
    known = usable.set_index("adcode")["population_2020"].astype(float)
    out = pd.DataFrame(index=units.index)
    out["province"] = units["province"].astype(int).to_numpy()
    out["population"] = known.reindex(units.index.astype(int)).to_numpy()
    out["basis"] = np.where(out["population"].notna(), "census 2020", "")
    for _province, group in out.groupby("province"):
        missing = group.index[group["population"].isna()]
        if not len(missing):
            continue
        have = group["population"].dropna()
        if len(have):
            out.loc[missing, "population"] = have.mean()
            out.loc[missing, "basis"] = (
                f"imputed: mean of {len(have)} census prefectures of the province"
            )
        else:
            out.loc[missing, "population"] = 1.0
            out.loc[missing, "basis"] = "equal split (no census figure in the province)"
    totals = out.groupby("province")["population"].transform("sum")
    out["share"] = out["population"] / totals
    return out[["province", "population", "share", "basis"]]
