"""Built-in reference tables (``data/*.csv``) as pandas DataFrames, plus the default price rule.

Pure pandas, no Qt. Each loader reads its CSV once (``functools.lru_cache``) and returns a
copy, so callers may mutate what they get. Sources, units and caveats of every table are in
``data/README.md``; the tables are built by ``data/build/build_tables.py``.

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

#: Grid agency purchase price (代理购电), two-part large industry, 1-10 kV, flat period, 2026-08.
AGENCY_BASIS = "agency_purchase_two_part_large_industry_1-10kV_2026-08_flat"
#: Coal-fired on-grid benchmark (燃煤发电基准价), generator side, 2019 level.
COAL_BASIS = "coal_benchmark_2019"
#: Transmission-distribution energy charge at 1-10 kV, two-part users, 4th period (NDRC 1077号):
#: the voltage level of the published agency prices the composed estimate is checked against.
TD_BASIS = "td_tariff_1-10kV_two_part_energy_4th_period"
#: Government funds and surcharges (政府性基金及附加) per kWh.
FUNDS_BASIS = "govt_funds_surcharges_per_kwh"
#: Government-set catalogue large-industry price (目录电价); only Tibet has one.
CATALOGUE_BASIS = "catalogue_large_industry_flat"
#: The parts of a composed estimate, in the order they are added.
COMPOSED_BASES = (COAL_BASIS, TD_BASIS, FUNDS_BASIS)
#: The one tariff basis of every province, in words (inspector, reports).
TARIFF_BASIS_TEXT = (
    "price a data centre pays at 1-10 kV: grid agency purchase price (代理购电), two-part large "
    "industry, flat period, 2026-08; where none is published, coal benchmark + T&D at 1-10 kV "
    "+ government funds + a calibrated adjustment (losses, system-operation fee, market float)"
)
#: ``price_kind`` values of :func:`default_tariffs`.
PRICE_KINDS = ("agency", "composed_estimate", "catalogue", "missing")

#: Columns returned by :func:`default_tariffs`.
DEFAULT_TARIFF_COLUMNS = [
    "adcode",
    "price_cny_per_kwh",
    "price_kind",
    "price_basis",
    "price_period",
    "agency_price_cny_per_kwh",
    "coal_benchmark_cny_per_kwh",
    "td_tariff_cny_per_kwh",
    "govt_funds_cny_per_kwh",
    "adjustment_cny_per_kwh",
    "price_note",
]

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
    "assumptions.csv": {
        "key": _STR,
        "value": _F,
        "unit": _STR,
        "low": _F,
        "high": _F,
        "kind": _STR,
        "year": "Int64",
        "source": _STR,
        "note": _STR,
        "used_by": _STR,
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


def load_assumptions() -> pd.DataFrame:
    """Sourced default values with ranges, one row per key (``data/assumptions.csv``)."""
    return _load("assumptions.csv")


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


def _month_token(period: object) -> str:
    """'2026-08 onward (...)' -> '2026-08'; '2019 level; ...' -> '2019'."""
    match = re.search(r"\d{4}(-\d{2})?", str(period)) if pd.notna(period) else None
    return match.group(0) if match else ""


_DOUBT_MARKERS = ("DOUBTFUL", "CHECK:", "Interpretation")


def _doubt(row: pd.Series | None) -> bool:
    notes = "" if row is None or pd.isna(row["notes"]) else str(row["notes"])
    return any(marker in notes for marker in _DOUBT_MARKERS)


def default_tariffs(tariffs: pd.DataFrame | None = None) -> pd.DataFrame:
    """Default electricity price per province (CNY/kWh) and how it was obtained.

    One basis for every province (:data:`TARIFF_BASIS_TEXT`): what a data centre pays at 1-10 kV.
    Rule: (1) the grid agency purchase price ``AGENCY_BASIS`` (2026-08, 1-10 kV, flat) where it
    exists -> ``agency``; only this month and voltage count (compare within one month;
    Hubei's 2026-01 and Beijing's 2024-07 rows are listed in the note, not used); (2) otherwise
    coal benchmark + T&D at 1-10 kV + government funds + :func:`tariff_adjustment` (calibrated
    on the provinces that have both) -> ``composed_estimate``; (3) if a part is
    missing, the catalogue large-industry price -> ``catalogue``; (4) else ``missing`` (NaN).
    The three parts are returned for every province that has them, whatever the kind.
    """
    t = load_tariffs() if tariffs is None else tariffs
    dup = t.duplicated(["adcode", "basis"], keep=False)
    if dup.any():
        first = t[dup].iloc[0]
        raise ValueError(
            f"tariff table has more than one row for adcode {first['adcode']}, basis {first['basis']!r}"
        )
    adjustment = tariff_adjustment(t)
    rows = []
    for adcode, group in t.groupby("adcode", sort=True):
        by_basis = {str(r["basis"]): r for _, r in group.iterrows()}

        def price(basis: str, by_basis: dict[str, pd.Series] = by_basis) -> float:
            row = by_basis.get(basis)
            return float("nan") if row is None else float(row["price_cny_per_kwh"])

        agency = price(AGENCY_BASIS)
        parts = {b: price(b) for b in COMPOSED_BASES}
        catalogue = price(CATALOGUE_BASIS)
        notes: list[str] = []
        if pd.notna(agency):
            kind, value, basis = "agency", agency, AGENCY_BASIS
            period = _month_token(by_basis[AGENCY_BASIS]["period"])
            notes.append(
                "Grid agency purchase price (代理购电), two-part large industry, 1-10 kV, flat "
                "period; includes energy, T&D, losses, system-operation fee and funds; excludes "
                "the demand/capacity charge; one month only."
            )
            used = [AGENCY_BASIS]
        elif all(pd.notna(v) for v in parts.values()):
            kind, basis = "composed_estimate", "+".join(COMPOSED_BASES) + "+adjustment"
            value = sum(parts[b] for b in COMPOSED_BASES) + adjustment
            period = "; ".join(
                f"{label} {_month_token(by_basis[b]['period'])}"
                for label, b in zip(("coal", "T&D", "funds"), COMPOSED_BASES, strict=True)
            )
            notes.append(
                "No 2026-08 agency price found: estimate = coal benchmark (generator side) + "
                "T&D at 1-10 kV + government funds + "
                f"{adjustment:.4f} CNY/kWh, the median gap to the 1-10 kV agency price in the "
                "provinces that publish both (line losses, system-operation fee and the market "
                "float), so every province is on the same basis."
            )
            used = list(COMPOSED_BASES)
        elif pd.notna(catalogue):
            kind, value, basis = "catalogue", catalogue, CATALOGUE_BASIS
            period = _month_token(by_basis[CATALOGUE_BASIS]["period"])
            lacking = [b for b in COMPOSED_BASES if pd.isna(parts[b])]
            notes.append(
                "No agency price and no composed estimate (missing: "
                + ", ".join(lacking)
                + "): government catalogue large-industry price."
            )
            used = [CATALOGUE_BASIS]
        else:
            kind, value, basis, period = "missing", float("nan"), "", ""
            notes.append("No agency price, no complete composed estimate, no catalogue price.")
            used = []
        doubtful = [b for b in used if _doubt(by_basis.get(b))]
        if doubtful:
            notes.append("Source doubt flagged on " + ", ".join(doubtful) + " (see tariffs notes).")
        other = [
            f"{b} = {float(r['price_cny_per_kwh']):g}"
            for b, r in by_basis.items()
            if b.startswith("agency_purchase")
            and "2026-08" not in b
            and pd.notna(r["price_cny_per_kwh"])
        ]
        if other:
            notes.append("Other-month agency rows not used: " + "; ".join(other) + ".")
        rows.append(
            {
                "adcode": int(adcode),
                "price_cny_per_kwh": value,
                "price_kind": kind,
                "price_basis": basis,
                "price_period": period,
                "agency_price_cny_per_kwh": agency,
                "coal_benchmark_cny_per_kwh": parts[COAL_BASIS],
                "td_tariff_cny_per_kwh": parts[TD_BASIS],
                "govt_funds_cny_per_kwh": parts[FUNDS_BASIS],
                "adjustment_cny_per_kwh": adjustment if kind == "composed_estimate" else 0.0,
                "price_note": " ".join(notes),
            }
        )
    out = pd.DataFrame(rows, columns=DEFAULT_TARIFF_COLUMNS)
    out["adcode"] = out["adcode"].astype("int64")
    for column in DEFAULT_TARIFF_COLUMNS:
        if column.endswith("_cny_per_kwh"):
            out[column] = out[column].astype("float64")
    return out


def tariff_calibration(tariffs: pd.DataFrame | None = None) -> pd.DataFrame:
    """Provinces with both a 1-10 kV agency price and all parts of a composed estimate:
    ``agency``, ``composed`` (unadjusted), ``gap`` (agency - composed), CNY/kWh; by adcode."""
    t = load_tariffs() if tariffs is None else tariffs
    wide = t.pivot_table(index="adcode", columns="basis", values="price_cny_per_kwh")
    need = [AGENCY_BASIS, *COMPOSED_BASES]
    if any(b not in wide.columns for b in need):
        return pd.DataFrame(columns=["agency", "composed", "gap"], dtype=float)
    both = wide[need].dropna()
    out = pd.DataFrame(
        {"agency": both[AGENCY_BASIS], "composed": both[list(COMPOSED_BASES)].sum(axis=1)}
    )
    out["gap"] = out["agency"] - out["composed"]
    return out


def tariff_adjustment(tariffs: pd.DataFrame | None = None) -> float:
    """CNY/kWh added to a composed estimate to bring it to the 1-10 kV basis: the median gap
    where both exist (the median, so one hydro-priced province does not set it); 0 if none."""
    gaps = tariff_calibration(tariffs)["gap"]
    return float(gaps.median()) if len(gaps) else 0.0


def province_table() -> pd.DataFrame:
    """Provinces joined with their default price columns, indexed by adcode (map choropleth)."""
    provinces = load_provinces().set_index("adcode")
    prices = default_tariffs().set_index("adcode")
    return provinces.join(prices, how="left")
