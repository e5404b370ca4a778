"""Built-in reference tables (``data/*.csv``) as pandas DataFrames (the default price rule
built on them is :mod:`app.datasets.tariffs`).

Pure pandas, no Qt. Each loader reads its CSV once (``functools.lru_cache``) and returns a
copy, so callers may mutate what they get. Sources, units and caveats of every table are in
``data/README.md``; the scripts under ``data/sources/`` write the sourced rows.

Units: money in CNY, prices in CNY/kWh, GDP in billion CNY, population in million, emission
factors in kgCO2/kWh, temperatures in deg C, relative humidity in %, elevation in m,
coordinates in decimal degrees (WGS-84-ish; see the README for the offsets).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

from app.paths import DATA_DIR

_STR = "str"
_F = "float64"

#: file name -> {column: dtype}; every column listed must be present in the file.
_SCHEMAS: dict[str, dict[str, str]] = {
    "station_names_zh.csv": {"station": _STR, "name_zh": _STR, "named_after": _STR, "source": _STR},
    "provinces.csv": {
        "adcode": "int64",
        "name_en": _STR,
        "name_zh": _STR,
        "capital": _STR,
        "hub_id": _STR,
        "region": _STR,
        "gdp_2023_billion_cny": _F,
        "population_2023_million": _F,
        "grid_ef_2023_kgco2_per_kwh": _F,
        "grid_ef_2022_kgco2_per_kwh": _F,
        "grid_ef_2021_kgco2_per_kwh": _F,
        "source_gdp": _STR,
        "source_population": _STR,
        "source_emission": _STR,
        "notes": _STR,
    },
    "hubs.csv": {
        "hub_id": _STR,
        "name_en": _STR,
        "name_zh": _STR,
        "region": _STR,
        "province_adcodes": _STR,
        "cluster_ids": _STR,
        "role": _STR,
        "pue_target": _F,
        "utilisation_target": _F,
        "approved": _STR,
        "source": _STR,
        "notes": _STR,
    },
    "clusters.csv": {
        "cluster_id": _STR,
        "name_en": _STR,
        "name_zh": _STR,
        "hub_id": _STR,
        "province_adcode": "int64",
        "city": _STR,
        "lon": _F,
        "lat": _F,
        "planned_racks": "Int64",
        "pue_target": _F,
        "utilisation_target": _F,
        "renewable_target": _STR,
        "start_area_zh": _STR,
        "coord_method": _STR,
        "source": _STR,
        "notes": _STR,
    },
    "tariffs.csv": {
        "adcode": "int64",
        "province": _STR,
        "basis": _STR,
        "price_cny_per_kwh": _F,
        "period": _STR,
        "source": _STR,
        "notes": _STR,
    },
    "climate_normals.csv": {
        "station": _STR,
        "lat": _F,
        "lon": _F,
        "elevation_m": _F,
        "elevation_source": _STR,
        "month": "int64",
        "tmax_c": _F,
        "tmean_c": _F,
        "tmin_c": _F,
        "rh_pct": _F,
        "tmean_is_mid_of_max_min": "bool",
        "coord_doubtful": "bool",
        "coord_note": _STR,
    },
    "prefecture_population.csv": {
        "adcode": "int64",
        "name_zh": _STR,
        "province_adcode": "int64",
        "population_2020": "int64",
        "flag": _STR,
        "note": _STR,
        "source": _STR,
    },
}


@lru_cache(maxsize=32)
def _read(name: str, data_dir: str) -> pd.DataFrame:
    """Read and type one built-in table (cached; never hand this object out)."""
    path = Path(data_dir) / name
    schema = _SCHEMAS[name]
    table = pd.read_csv(path, encoding="utf-8", dtype=_STR, keep_default_na=False, na_values=[""])
    missing = [c for c in schema if c not in table.columns]
    if missing:
        raise ValueError(f"{path}: missing column(s) {', '.join(missing)}")
    for column, dtype in schema.items():
        raw = table[column]
        try:
            if dtype == "bool":
                values = raw.str.strip().str.lower().map({"true": True, "false": False})
                if values.isna().any():
                    raise ValueError("expected True/False")
                table[column] = values.astype(bool)
            elif dtype != _STR:  # text columns are already read as text, NaN when empty
                table[column] = pd.to_numeric(raw, errors="raise").astype(dtype)
        except (ValueError, TypeError) as exc:
            bad = _first_bad_row(raw, dtype)
            raise ValueError(f"{path}: column {column!r}, row {bad}: {exc}") from exc
    return table


def _first_bad_row(raw: pd.Series, dtype: str) -> int | str:
    """1-based data row number of the first value that does not parse as ``dtype``."""
    for i, value in enumerate(raw, start=1):
        if pd.isna(value):
            if dtype in ("int64", "bool"):
                return i
            continue
        try:
            if dtype == "bool":
                if str(value).strip().lower() not in ("true", "false"):
                    return i
            else:
                float(value)
                if dtype in ("int64", "Int64") and float(value) != int(float(value)):
                    return i
        except ValueError:
            return i
    return "?"


def _load(name: str) -> pd.DataFrame:
    return _read(name, str(DATA_DIR)).copy()


def load_provinces() -> pd.DataFrame:
    """31 mainland provinces: adcode, names, hub, 2023 GDP (billion CNY), population (million),
    grid emission factors 2021-2023 (kgCO2/kWh; Tibet empty) and their sources."""
    return _load("provinces.csv")


def load_hubs() -> pd.DataFrame:
    """8 national hubs; ``province_adcodes`` and ``cluster_ids`` are ';'-separated text."""
    return _load("hubs.csv")


def load_clusters() -> pd.DataFrame:
    """10 national data-centre clusters with approximate centres (lon/lat, deg) and targets."""
    return _load("clusters.csv")


def load_tariffs() -> pd.DataFrame:
    """All provincial price rows (one per province and basis), CNY/kWh; empty = not found."""
    return _load("tariffs.csv")


def load_prefecture_population() -> pd.DataFrame:
    """2020 census population per prefecture-level unit (``data/prefecture_population.csv``)."""
    return _load("prefecture_population.csv")


@lru_cache(maxsize=1)
def station_names_zh() -> dict[str, str]:
    """Climate station (English name) -> Chinese name, after the county or prefecture it lies in
    (``data/station_names_zh.csv``, made by ``tools/station_names_zh.py``)."""
    table = _read("station_names_zh.csv", str(DATA_DIR))
    return dict(zip(table["station"], table["name_zh"], strict=True))


@lru_cache(maxsize=1)
def prefecture_names_en() -> dict[str, str]:
    """Prefecture (Chinese name) -> English name: the climate station named after it
    ("Ulanqab" for 乌兰察布市), else its pinyin from data/place_names.csv."""
    table = _read("station_names_zh.csv", str(DATA_DIR))
    out: dict[str, str] = {}
    for station, name_zh, how in zip(
        table["station"], table["name_zh"], table["named_after"], strict=True
    ):
        english = re.sub(r"( City)?(, .*)?$", "", station)
        english = {"Huhehaote": "Hohhot"}.get(english, english)  # the usual English spelling
        if how == "prefecture" and name_zh not in out:
            out[name_zh] = english
    # the rest by their pinyin (data/place_names.csv): "Zhongwei" for 中卫市
    places = pd.read_csv(DATA_DIR / "place_names.csv", keep_default_na=False, dtype=str)
    for name_zh, pinyin in zip(places["name_zh"], places["pinyin"], strict=True):
        out.setdefault(name_zh, pinyin)
    return out


def load_climate_normals() -> pd.DataFrame:
    """Monthly normals, long format (318 stations x 12 months): deg C, RH %, elevation m.

    ``coord_doubtful`` marks stations whose reference lat/lon belong to a namesake place;
    exclude them from anything located by coordinates (see ``coord_note``)."""
    return _load("climate_normals.csv")


def hub_province_adcodes(hubs: pd.DataFrame | None = None) -> dict[str, list[int]]:
    """hub_id -> list of member province adcodes."""
    hubs = load_hubs() if hubs is None else hubs
    return {
        str(h): [int(a) for a in str(codes).split(";") if a.strip()]
        for h, codes in zip(hubs["hub_id"], hubs["province_adcodes"], strict=True)
    }


def annual_mean_temperature(normals: pd.DataFrame) -> pd.Series:
    """Annual mean temperature (deg C) per station: plain mean of the 12 monthly ``tmean_c``.

    Stations without all 12 months get NaN. Index: station name."""
    grouped = normals.groupby("station", sort=False)["tmean_c"]
    mean = grouped.mean()
    mean[grouped.count() != 12] = float("nan")
    mean.name = "tmean_annual_c"
    return mean
