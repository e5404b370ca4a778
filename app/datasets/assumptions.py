"""The built-in defaults of the allocation and cost models, each with its source and range.

One table, ``data/assumptions.csv`` (built by ``data/sources/assumptions_rows.py``; sources and
method in ``data/README.md``): per key the value, unit, plausible ``low``/``high``, what kind of
figure it is, the year, the source and a note. Keys follow the scenario format where the
scenario has the value (``demand.national_it_mw``, ``assumptions.stock_pue``,
``assumptions.bandwidth_price_cny_per_km_year.100G``) and are namespaced the same way otherwise
(``demand.class_share.training``, ``accelerator.gpu_700w_70b.tokens_per_s``, ``capex.*``), so a
sweep can sample :func:`ranges` without anyone typing a range again.

Pure pandas, no Qt. The engine reads its defaults through :func:`default`; reports and the
assumptions dock show :func:`assumptions_table`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from app.datasets.reference import load_assumptions

#: What kind of figure a row is, from most to least direct.
KINDS = ("measured", "official statistic", "claim", "estimate", "reasoned")
#: Columns of :func:`assumptions_table`.
TABLE_COLUMNS = ["key", "value", "unit", "low", "high", "kind", "year", "source", "note", "used_by"]


@dataclass(frozen=True)
class Assumption:
    """One default: ``value`` in ``unit``, plausible range ``[low, high]``, provenance."""

    key: str
    value: float
    unit: str
    low: float
    high: float
    kind: str
    year: int | None
    source: str
    note: str
    used_by: str

    def describe(self) -> str:
        """One paragraph for a tooltip or a report cell: range, kind, year, source, note."""
        source = self.source or "no source (reasoned)"
        year = f", {self.year}" if self.year is not None else ""
        return (
            f"{self.key} = {self.value:g} {self.unit} (range {self.low:g}-{self.high:g}; "
            f"{self.kind}{year}). Source: {source}. {self.note}"
        )


def _text(value: object) -> str:
    return "" if pd.isna(value) else str(value)


@lru_cache(maxsize=1)
def _rows() -> dict[str, Assumption]:
    table = load_assumptions()
    dup = table["key"][table["key"].duplicated()]
    if len(dup):
        raise ValueError(f"data/assumptions.csv: duplicate key {dup.iloc[0]!r}")
    rows = {}
    for r in table.itertuples(index=False):
        year = None if pd.isna(r.year) else int(r.year)
        rows[str(r.key)] = Assumption(
            str(r.key),
            float(r.value),
            _text(r.unit),
            float(r.low),
            float(r.high),
            _text(r.kind),
            year,
            _text(r.source),
            _text(r.note),
            _text(r.used_by),
        )
    return rows


def assumption(key: str) -> Assumption:
    """The row of ``key``; ``KeyError`` naming the key and the file when it is absent."""
    try:
        return _rows()[key]
    except KeyError:
        raise KeyError(f"no assumption {key!r} in data/assumptions.csv") from None


def default(key: str) -> float:
    """The default value of ``key`` (its unit is in :func:`assumption`)."""
    return assumption(key).value


def assumption_keys(prefix: str = "") -> list[str]:
    """All keys, or those starting with ``prefix``, in table order."""
    return [k for k in _rows() if k.startswith(prefix)]


def ranges(prefix: str = "") -> dict[str, tuple[float, float]]:
    """``key -> (low, high)`` for a sweep to sample."""
    return {k: (a.low, a.high) for k, a in _rows().items() if k.startswith(prefix)}


def assumptions_table() -> pd.DataFrame:
    """Every built-in assumption with value, unit, range, kind, year, source, note and where it
    is used, one row per key (for reports and the assumptions dock)."""
    return pd.DataFrame([a.__dict__ for a in _rows().values()], columns=TABLE_COLUMNS)
