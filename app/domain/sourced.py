"""The sourced defaults: ``data/assumptions.csv``, one row per key with its value, range and
provenance (built by ``data/sources/assumptions_rows.py``; sources and method in
``data/README.md``).

Keys follow the scenario format where the scenario has the value (``demand.national_it_mw``,
``assumptions.stock_pue``, ``assumptions.bandwidth_price_cny_per_km_year.100G``) and are
namespaced the same way otherwise (``demand.class_share.training``, ``capex.*``), so a sweep
can sample :func:`ranges` without anyone typing a range again.

Read here, in the domain, with the standard library: a scenario's default assumptions are these
values, and the domain imports nothing of the layers above it. The table a report or the
assumptions dock shows is ``app.datasets.assumptions.assumptions_table``.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from functools import lru_cache

from app import paths

#: The file and its columns, in order.
FILE = "assumptions.csv"
COLUMNS = ("key", "value", "unit", "low", "high", "kind", "year", "source", "note", "used_by")


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


def _number(text: str, where: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise ValueError(f"{where}: {text!r} is not a number") from None
    if not math.isfinite(value):
        raise ValueError(f"{where}: {text!r} is not a finite number")
    return value


def _year(text: str, where: str) -> int | None:
    if not text.strip():
        return None
    value = _number(text, where)
    if value != int(value):
        raise ValueError(f"{where}: {text!r} is not a whole year")
    return int(value)


def _row(raw: dict[str, str], where: str) -> Assumption:
    def at(column: str) -> str:
        return f"{where}, column {column!r}"

    return Assumption(
        raw["key"],
        _number(raw["value"], at("value")),
        raw["unit"],
        _number(raw["low"], at("low")),
        _number(raw["high"], at("high")),
        raw["kind"],
        _year(raw["year"], at("year")),
        raw["source"],
        raw["note"],
        raw["used_by"],
    )


@lru_cache(maxsize=1)
def sourced_rows() -> dict[str, Assumption]:
    """Every row by key, in table order; ``ValueError`` naming the file, row and column of a
    missing column, a value that is not a number or a duplicate key."""
    path = paths.DATA_DIR / FILE
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in COLUMNS if c not in (reader.fieldnames or ())]
        if missing:
            raise ValueError(f"{path}: missing column(s) {', '.join(missing)}")
        rows: dict[str, Assumption] = {}
        for number, raw in enumerate(reader, start=2):  # row 1 is the header
            where = f"{path}, row {number}"
            row = _row({c: raw[c] or "" for c in COLUMNS}, where)
            if row.key in rows:
                raise ValueError(f"{where}: duplicate key {row.key!r}")
            rows[row.key] = row
    return rows


def assumption(key: str) -> Assumption:
    """The row of ``key``; ``KeyError`` naming the key and the file when it is absent."""
    try:
        return sourced_rows()[key]
    except KeyError:
        raise KeyError(f"no assumption {key!r} in data/{FILE}") from None


def default(key: str) -> float:
    """The default value of ``key`` (its unit is in :func:`assumption`)."""
    return assumption(key).value


def assumption_keys(prefix: str = "") -> list[str]:
    """All keys, or those starting with ``prefix``, in table order."""
    return [k for k in sourced_rows() if k.startswith(prefix)]


def ranges(prefix: str = "") -> dict[str, tuple[float, float]]:
    """``key -> (low, high)`` for a sweep to sample."""
    return {k: (a.low, a.high) for k, a in sourced_rows().items() if k.startswith(prefix)}
