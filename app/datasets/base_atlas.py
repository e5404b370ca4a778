"""The atlas a scenario's ``[base]`` names: each dataset built in or the planner's own file.

Tables (provinces, tariffs, hubs, clusters, normals) are CSVs with the columns of the built-in
table of the same kind (``data/README.md``); boundaries are a GeoJSON/GeoPackage/Shapefile in
any CRS with an ``adcode`` attribute per province. A bad file raises :class:`BaseDataError`
naming the file, the row (header = row 1) and the column. Files are read through
``app.domain.safe_read``: regular files only (a pipe, device or folder is refused without
blocking), size-capped, and no message quotes more than a short cell. Atlases are cached by
the files' paths and modification times.
"""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from app.datasets import reference, tariffs
from app.datasets.atlas import Atlas, _stations, load_atlas
from app.datasets.boundaries import BoundarySet, load_boundaries
from app.domain.safe_read import MB, FileRefused, check_file, read_bytes

BUILTIN = "builtin"
#: Size caps for a planner's [base] files: the built-in tables are under 1 MB and the
#: province boundaries a few MB; the caps leave room for finer data, not for a disk image.
MAX_TABLE_BYTES = 50 * MB
MAX_BOUNDARY_BYTES = 200 * MB
#: [base] key -> built-in table whose columns a planner's file must have.
TABLE_SCHEMAS = {
    "provinces": "provinces.csv",
    "tariffs": "tariffs.csv",
    "hubs": "hubs.csv",
    "clusters": "clusters.csv",
    "normals": "climate_normals.csv",
}


class BaseDataError(ValueError):
    """A ``[base]`` file cannot be used: the message names file, row and column."""


def read_table(path: str | Path, kind: str) -> pd.DataFrame:
    """A planner's CSV for ``kind`` (a key of :data:`TABLE_SCHEMAS`), typed like the
    built-in table."""
    path = Path(path)
    schema = reference._SCHEMAS[TABLE_SCHEMAS[kind]]
    try:  # read once, checked on the open file: no pipe, device, folder or giant reaches pandas
        data = read_bytes(path, max_bytes=MAX_TABLE_BYTES, expected=f"a {kind} table (CSV)")
    except FileRefused as exc:
        raise BaseDataError(str(exc)) from None
    try:
        table = pd.read_csv(
            io.BytesIO(data), encoding="utf-8-sig", dtype=str, keep_default_na=False, na_values=[""]
        )
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise BaseDataError(f"{path}: not a readable UTF-8 CSV ({_short(str(exc), 120)})") from None
    missing = [c for c in schema if c not in table.columns]
    if missing:
        raise BaseDataError(f"{path}: row 1: missing column(s) {', '.join(missing)}")
    for column, dtype in schema.items():
        if dtype == "str":
            continue
        raw = table[column]
        if dtype == "bool":
            values = raw.str.strip().str.lower().map({"true": True, "false": False})
            bad = np.flatnonzero(values.isna().to_numpy())
        else:
            values = pd.to_numeric(raw, errors="coerce")
            bad = np.flatnonzero((values.isna() & raw.notna()).to_numpy())
            if dtype == "int64":
                bad = np.union1d(bad, np.flatnonzero(raw.isna().to_numpy()))
        if len(bad):
            i = int(bad[0])
            raise BaseDataError(
                f"{path}: row {i + 2}, column {column!r}: "
                f"not a {'True/False' if dtype == 'bool' else 'number'}: "
                f"{_short(str(raw.iloc[i]))!r}"
            )
        table[column] = values.astype(dtype)
    return table


def _short(text: str, limit: int = 40) -> str:
    """A cell as a message may quote it: never more than ``limit`` characters."""
    return text if len(text) <= limit else text[:limit] + "…"


def read_boundaries(path: str | Path) -> BoundarySet:
    """Province polygons from a vector file with an ``adcode`` attribute (any CRS)."""
    import shapely

    from app.datasets.boundaries import _as_multipolygon
    from app.datasets.projection import ALBERS_CHINA
    from app.datasets.user_layers import _read_vector

    path = Path(path)
    expected = "province boundaries (GeoJSON, GeoPackage or Shapefile)"
    try:  # GDAL opens the path itself: check it first (a shapefile's .dbf too)
        check_file(path, max_bytes=MAX_BOUNDARY_BYTES, expected=expected)
        if path.suffix.lower() == ".shp" and path.with_suffix(".dbf").exists():
            check_file(path.with_suffix(".dbf"), max_bytes=MAX_BOUNDARY_BYTES, expected=expected)
    except FileRefused as exc:
        raise BaseDataError(str(exc)) from None
    frame = _read_vector(path)
    if "adcode" not in frame.columns:
        raise BaseDataError(f"{path}: column 'adcode': missing (one province per feature)")
    codes = pd.to_numeric(frame["adcode"], errors="coerce")
    if codes.isna().any():
        i = int(np.flatnonzero(codes.isna().to_numpy())[0])
        raise BaseDataError(f"{path}: feature {i + 1}, column 'adcode': not a number")
    if frame.crs is None:
        raise BaseDataError(f"{path}: no coordinate reference system")
    geoms = frame.to_crs(ALBERS_CHINA).geometry.to_numpy()
    multi = np.array([_as_multipolygon(g) for g in geoms], dtype=object)
    _, coords, offsets = shapely.to_ragged_array(multi)
    names = frame["name"] if "name" in frame.columns else codes.astype(int).astype(str)
    codes_i = codes.to_numpy(dtype=np.int64)
    return BoundarySet(
        level="province",
        codes=codes_i,
        names_zh=tuple(map(str, names)),
        parent_codes=codes_i,
        coords=coords,
        offsets=(
            np.asarray(offsets[0], dtype=np.int64),
            np.asarray(offsets[1], dtype=np.int64),
            np.asarray(offsets[2], dtype=np.int64),
        ),
        source=str(path),
    )


def _key(base: dict[str, str]) -> tuple:
    out = []
    for kind in sorted(base):
        value = base[kind]
        mtime = Path(value).stat().st_mtime if value != BUILTIN else 0.0
        out.append((kind, value, mtime))
    return tuple(out)


def atlas_for_base(base: dict[str, str] | None) -> Atlas:
    """The atlas of a scenario's ``[base]`` (the built-in one when everything is built in)."""
    if not base or all(v == BUILTIN for v in base.values()):
        return _builtin()
    try:
        return _atlas(_key(base))
    except FileNotFoundError as exc:
        raise BaseDataError(f"{exc.filename}: file not found") from exc


@lru_cache(maxsize=1)
def _builtin() -> Atlas:
    return load_atlas()


@lru_cache(maxsize=4)
def _atlas(key: tuple) -> Atlas:
    base = {kind: value for kind, value, _ in key}

    def table(kind: str, builtin) -> pd.DataFrame:
        value = base.get(kind, BUILTIN)
        return builtin() if value == BUILTIN else read_table(value, kind)

    value = base.get("boundaries", BUILTIN)
    boundaries = load_boundaries("province") if value == BUILTIN else read_boundaries(value)
    normals = table("normals", reference.load_climate_normals)
    provinces = table("provinces", reference.load_provinces).set_index("adcode")
    prices = tariffs.default_tariffs(table("tariffs", reference.load_tariffs), provinces)
    provinces = provinces.join(prices.set_index("adcode"), how="left")
    missing = [int(c) for c in provinces.index if int(c) not in set(boundaries.codes.tolist())]
    if missing:
        raise BaseDataError(
            f"{value}: no boundary for province adcode(s) {', '.join(map(str, missing[:10]))}"
        )
    stations = _stations(normals, boundaries)
    by_province = stations[stations["province_adcode"] > 0].groupby("province_adcode")
    provinces["tmean_annual_c"] = by_province["tmean_annual_c"].mean()
    provinces["tmean_station_count"] = by_province.size().reindex(provinces.index).fillna(0)
    return Atlas(
        boundaries=boundaries,
        provinces=provinces,
        hubs=table("hubs", reference.load_hubs).set_index("hub_id"),
        clusters=table("clusters", reference.load_clusters).set_index("cluster_id"),
        stations=stations,
        normals=normals,
    )
