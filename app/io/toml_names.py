"""Names and bounds the scenario format's sections share (province and cluster names, the
override keys, TOML keys); a leaf module, so the section modules (``scenario_v1``,
``assumptions_v1``, ``status_quo_v1``, ``sweep_keys``) use it without importing each other."""

from __future__ import annotations

import csv
from functools import lru_cache
from typing import Any

import tomli_w

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


MAX_MW = 1_000_000.0
"""National, province and cluster MW (1,000 GW): far beyond any real plan (China's whole
stock is about 20 GW), small enough that the solver stays accurate."""
#: Province override key in the file -> (AllocationAssumptions field, range keywords).
PROVINCE_OVERRIDES: dict[str, tuple[str, dict[str, Any]]] = {
    "tariff_cny_per_kwh": ("tariff_cny_per_kwh", {"gt": 0.0, "lt": 10.0, "unit": "CNY/kWh"}),
    "emission_kg_per_kwh": ("emission_kg_per_kwh", {"ge": 0.0, "lt": 5.0, "unit": "kgCO2/kWh"}),
    "demand_mw": ("demand_mw", {"ge": 0.0, "le": MAX_MW, "unit": "MW"}),
    "capacity_mw": ("stock_mw", {"ge": 0.0, "le": MAX_MW, "unit": "MW"}),
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
