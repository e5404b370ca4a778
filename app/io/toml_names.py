"""Names the scenario format's sections share (province names, TOML keys); a leaf module, so
``scenario_v1`` and ``status_quo_v1`` both use it without importing each other."""

from __future__ import annotations

import csv
from functools import lru_cache

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
