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
from app.datasets.base_checks import (  # noqa: F401 - BaseDataError re-exported
    MAX_WHOLE,
    BaseDataError,
    check_codes,
    check_prices,
    check_table,
    check_whole,
    split_codes,
)
from app.datasets.boundaries import BoundarySet, load_boundaries
from app.datasets.user_tables import TableRefused, check_field_counts
from app.domain.safe_read import MB, FileRefused, check_file, not_utf8, read_bytes
from app.domain.text import tr

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


def read_table(path: str | Path, kind: str) -> pd.DataFrame:
    """A planner's CSV for ``kind`` (a key of :data:`TABLE_SCHEMAS`), typed like the
    built-in table, its values in range and its keys unique (:mod:`app.datasets.base_checks`;
    codes that refer to other tables are checked when the atlas is put together)."""
    path = Path(path)
    schema = reference._SCHEMAS[TABLE_SCHEMAS[kind]]
    try:  # read once, checked on the open file: no pipe, device, folder or giant reaches pandas
        data = read_bytes(
            path, max_bytes=MAX_TABLE_BYTES, expected=tr("a {kind} table (CSV)").format(kind=kind)
        )
    except FileRefused as exc:
        raise BaseDataError(str(exc)) from None
    table = _parse_csv(path, data)
    missing = [c for c in schema if c not in table.columns]
    if missing:
        raise BaseDataError(
            tr("{file}: row 1: missing column(s) {columns}").format(
                file=path, columns=", ".join(missing)
            )
        )
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
            problem = (
                tr("{file}: row {row}, column {column}: not True or False: {value}")
                if dtype == "bool"
                else tr("{file}: row {row}, column {column}: not a number: {value}")
            )
            raise BaseDataError(
                problem.format(
                    file=path, row=i + 2, column=repr(column), value=repr(_short(str(raw.iloc[i])))
                )
            )
        if dtype in ("int64", "Int64"):
            check_whole(path, column, values)
        table[column] = values.astype(dtype)
    check_table(path, kind, table)
    return table


def _parse_csv(path: Path, data: bytes) -> pd.DataFrame:
    """The CSV's cells as text ("" read as missing): UTF-8 (a byte-order mark allowed), every
    row as many fields as the header, no column name twice, commas between the columns. The
    first column is never taken as an index (pandas would, for rows one field longer than the
    header, and shift every cell under the wrong column)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BaseDataError(
            tr("{file}: {problem}; save it as a UTF-8 CSV").format(
                file=path, problem=not_utf8(data, exc)
            )
        ) from None
    try:
        check_field_counts(text, exact=True)
    except TableRefused as exc:
        raise BaseDataError(f"{path}: {exc.problem}") from None
    try:
        return pd.read_csv(
            io.StringIO(text),
            index_col=False,
            dtype=str,
            keep_default_na=False,
            na_values=[""],
        )
    except pd.errors.EmptyDataError:
        raise BaseDataError(f"{path}: {tr('the file is empty')}") from None
    except pd.errors.ParserError:
        raise BaseDataError(
            tr(
                "{file}: not a readable CSV (a quote is not closed, or a row cannot be split "
                "into fields)"
            ).format(file=path)
        ) from None


def _short(text: str, limit: int = 40) -> str:
    """A cell as a message may quote it: never more than ``limit`` characters."""
    return text if len(text) <= limit else text[:limit] + "…"


def read_boundaries(path: str | Path) -> BoundarySet:
    """Province polygons from a vector file with an ``adcode`` attribute (any CRS)."""
    import shapely

    from app.datasets.boundaries import _as_multipolygon
    from app.datasets.projection import ALBERS_CHINA
    from app.datasets.user_data import UserDataError
    from app.datasets.user_layers import _read_vector, check_coordinates, check_polygons
    from app.domain.ranges import CHINA_EXTENT

    path = Path(path)
    expected = tr("province boundaries (GeoJSON, GeoPackage or Shapefile)")
    try:  # GDAL opens the path itself: check it first (a shapefile's .dbf too)
        check_file(path, max_bytes=MAX_BOUNDARY_BYTES, expected=expected)
        if path.suffix.lower() == ".shp" and path.with_suffix(".dbf").exists():
            check_file(path.with_suffix(".dbf"), max_bytes=MAX_BOUNDARY_BYTES, expected=expected)
    except FileRefused as exc:
        raise BaseDataError(str(exc)) from None
    try:
        frame = _read_vector(path)
        codes = _adcodes(path, frame)
        if frame.crs is None:
            raise BaseDataError(tr("{file}: no coordinate reference system").format(file=path))
        check_polygons(path, np.asarray(frame.geometry.values))
        check_coordinates(frame, path, CHINA_EXTENT)
    except UserDataError as exc:
        raise BaseDataError(f"{path}: {exc.problem}") from None
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


def _adcodes(path: Path, frame) -> pd.Series:
    """The features' ``adcode`` attribute: a whole number each (110000.7 is no province)."""
    from app.datasets.user_layers import feature_name

    if "adcode" not in frame.columns:
        raise BaseDataError(
            tr("{file}: column 'adcode': missing (one province per feature)").format(file=path)
        )
    codes = pd.to_numeric(frame["adcode"], errors="coerce")
    x = codes.to_numpy(dtype=float, na_value=np.nan)
    with np.errstate(invalid="ignore"):
        wrong = np.isnan(x) | ~np.isfinite(x) | (np.abs(x) > MAX_WHOLE) | (x != np.round(x))
    if wrong.any():
        i = int(np.flatnonzero(wrong)[0])
        problem = (
            tr("{file}: {feature}, column 'adcode': not a number")
            if np.isnan(x[i])
            else tr("{file}: {feature}, column 'adcode': must be a whole number, got {value}")
        )
        raise BaseDataError(
            problem.format(file=path, feature=feature_name(i), value=f"{x[i]:.10g}")
        )
    return codes


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
    own = {kind: value for kind, value in base.items() if value != BUILTIN}

    def table(kind: str, builtin) -> pd.DataFrame:
        return _as(kind, read_table, own[kind], kind) if kind in own else builtin()

    boundaries = (
        _as("boundaries", read_boundaries, own["boundaries"])
        if "boundaries" in own
        else load_boundaries("province")
    )
    normals = table("normals", reference.load_climate_normals)
    provinces = table("provinces", reference.load_provinces)
    _check_boundaries(own, provinces, boundaries)
    provinces = provinces.set_index("adcode")
    known = {int(c) for c in provinces.index}
    tariff_rows = table("tariffs", reference.load_tariffs)
    hubs = table("hubs", reference.load_hubs)
    clusters = table("clusters", reference.load_clusters)
    if "tariffs" in own:
        _as("tariffs", check_codes, own["tariffs"], "adcode", _codes(tariff_rows["adcode"]), known)
    if "hubs" in own:
        codes = _as("hubs", split_codes, own["hubs"], "province_adcodes", hubs["province_adcodes"])
        _as("hubs", check_codes, own["hubs"], "province_adcodes", codes, known)
    if "clusters" in own:
        codes = _codes(clusters["province_adcode"])
        _as("clusters", check_codes, own["clusters"], "province_adcode", codes, known)
    prices = tariffs.default_tariffs(tariff_rows, provinces)
    if "tariffs" in own or "provinces" in own:  # provinces decide the hydro calibration group
        names = dict(zip(provinces.index, provinces["name_en"].astype(str), strict=True))
        source = own.get("tariffs", own.get("provinces"))
        _as("tariffs" if "tariffs" in own else "provinces", check_prices, source, prices, names)
    provinces = provinces.join(prices.set_index("adcode"), how="left")
    stations = _stations(normals, boundaries)
    by_province = stations[stations["province_adcode"] > 0].groupby("province_adcode")
    provinces["tmean_annual_c"] = by_province["tmean_annual_c"].mean()
    provinces["tmean_station_count"] = by_province.size().reindex(provinces.index).fillna(0)
    return Atlas(
        boundaries=boundaries,
        provinces=provinces,
        hubs=hubs.set_index("hub_id"),
        clusters=clusters.set_index("cluster_id"),
        stations=stations,
        normals=normals,
    )


def _as(kind: str, step, *args):
    """``step(*args)``; a :class:`BaseDataError` it raises names the ``[base]`` key too."""
    try:
        return step(*args)
    except BaseDataError as exc:
        raise BaseDataError(f"base.{kind}: {exc}") from None


def _codes(column: pd.Series) -> list[list[int]]:
    return [[int(c)] for c in column]


def _check_boundaries(own: dict[str, str], provinces: pd.DataFrame, boundaries) -> None:
    """Every province has a boundary: the planner's provinces row (or boundaries file) named."""
    have = set(boundaries.codes.tolist())
    missing = [i for i, c in enumerate(provinces["adcode"]) if int(c) not in have]
    if not missing:
        return
    if "provinces" in own:
        i = missing[0]
        raise BaseDataError(
            "base.provinces: "
            + tr(
                "{file}: row {row}, column 'adcode': no province boundary has adcode {code} "
                "(boundaries: {boundaries})"
            ).format(
                file=own["provinces"],
                row=i + 2,
                code=int(provinces["adcode"].iloc[i]),
                boundaries=own.get("boundaries", tr("built in")),
            )
        )
    codes = ", ".join(str(int(provinces["adcode"].iloc[i])) for i in missing[:10])
    raise BaseDataError(
        "base.boundaries: "
        + tr("{file}: no boundary for province adcode(s) {codes}").format(
            file=own.get("boundaries", BUILTIN), codes=codes
        )
    )
