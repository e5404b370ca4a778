"""Names and bounds the scenario format's sections share (province and cluster names, the
override keys, TOML keys); a leaf module, so the section modules (``scenario_v1``,
``assumptions_v1``, ``status_quo_v1``, ``sweep_keys``) use it without importing each other."""

from __future__ import annotations

import csv
from functools import lru_cache

import tomli_w

from app.domain.ranges import PROVINCE_OVERRIDE, Range
from app.paths import DATA_DIR


@lru_cache(maxsize=1)
def province_names() -> dict[str, int]:
    """Adcode, English name (lower case) and Chinese name -> adcode, from provinces.csv."""
    names: dict[str, int] = {}
    try:
        with open(DATA_DIR / "provinces.csv", encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                code = int(row["adcode"])
                for name in (row["adcode"], row["name_en"].lower(), row["name_zh"]):
                    names[name.strip()] = code
    except (OSError, KeyError, ValueError):  # no table: accept any adcode
        return {}
    return names


def toml_key(key: str) -> str:
    """``key`` as TOML writes it (bare or quoted and escaped), by tomli_w."""
    return tomli_w.dumps({key: 0}).removesuffix(" = 0\n")


#: Province override key in the file -> (AllocationAssumptions field, its range).
PROVINCE_OVERRIDES: dict[str, tuple[str, Range]] = {
    file_key: (name, PROVINCE_OVERRIDE[name])
    for file_key, name in (
        ("tariff_cny_per_kwh", "tariff_cny_per_kwh"),
        ("emission_kg_per_kwh", "emission_kg_per_kwh"),
        ("demand_mw", "demand_mw"),
        ("capacity_mw", "stock_mw"),
    )
}
#: Cluster override key in the file -> AllocationAssumptions field (MW each).
CLUSTER_OVERRIDES = {
    "capacity_mw": "cluster_mw",
    "built_mw": "cluster_built_mw",
    "planned_mw": "cluster_planned_mw",
}


@lru_cache(maxsize=1)
def cluster_ids() -> tuple[str, ...]:
    """The national cluster ids of clusters.csv (empty if the table cannot be read)."""
    try:
        with open(DATA_DIR / "clusters.csv", encoding="utf-8", newline="") as f:
            return tuple(row["cluster_id"] for row in csv.DictReader(f))
    except (OSError, KeyError):
        return ()
