"""The planner's own map layers: boundaries or points from GeoJSON, GeoPackage, Shapefile,
CSV or XLSX. Anything wrong with a file raises ``UserDataError`` naming the file and problem.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

VECTOR_SUFFIXES = {".geojson", ".json", ".gpkg", ".shp"}
TABLE_SUFFIXES = {".csv", ".xlsx", ".xls"}
LON_NAMES = ("lon", "lng", "longitude", "x", "经度")
LAT_NAMES = ("lat", "latitude", "y", "纬度")


class UserDataError(ValueError):
    """A planner's file cannot be used; the message names the file and the problem."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path, self.problem = Path(path), problem
        super().__init__(f"{Path(path).name}: {problem}")


@dataclass(frozen=True)
class UserLayer:
    """A loaded layer in map metres. ``kind`` is 'polygons', 'lines' or 'points'."""

    name: str
    path: Path
    kind: str
    geometries: np.ndarray  # shapely geometries in map metres
    attributes: pd.DataFrame  # one row per feature
    source_crs: str


def _read_vector(path: Path):
    """Read with GDAL; shapefiles without a .cpg are tried as UTF-8, then GBK (Chinese
    shapefiles often come GBK-encoded with nothing saying so; GDAL would guess Latin-1)."""
    import geopandas as gpd
    import pyogrio

    guesses: list[str | None] = [None]
    if path.suffix.lower() == ".shp" and not path.with_suffix(".cpg").exists():
        guesses = ["utf-8", "gbk"]
    for encoding in guesses:
        try:
            return gpd.read_file(path, engine="pyogrio", encoding=encoding)
        except UnicodeDecodeError:
            continue
        except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as exc:
            raise UserDataError(path, f"not a readable vector file ({_first_line(exc)})") from exc
    raise UserDataError(path, "attributes are neither UTF-8 nor GBK text")


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def load_vector(path: Path) -> UserLayer:
    """Read a vector file in any CRS and project it to the map."""
    import shapely

    from app.datasets.projection import ALBERS_CHINA

    frame = _read_vector(path)
    if frame.empty:
        raise UserDataError(path, "the file has no features")
    if frame.crs is None:
        raise UserDataError(path, "unknown coordinate reference system (no .prj / crs member)")
    geoms = frame.geometry.values
    missing = np.flatnonzero(shapely.is_missing(np.asarray(geoms)) | np.asarray(frame.geometry.is_empty))
    if missing.size == len(frame):
        raise UserDataError(path, "every feature has an empty geometry")
    invalid = np.flatnonzero(~np.asarray(frame.geometry.is_valid))
    if invalid.size:
        # make_valid repairs self-intersections; a row that cannot be repaired is reported.
        frame.loc[frame.index[invalid], "geometry"] = frame.geometry.iloc[invalid].make_valid()
    try:
        projected = frame.to_crs(ALBERS_CHINA)
    except Exception as exc:  # noqa: BLE001
        raise UserDataError(path, f"cannot project from {frame.crs}: {_first_line(exc)}") from exc
    kind = _kind(projected.geometry.geom_type.dropna().unique(), path)
    keep = ~np.asarray(projected.geometry.is_empty | projected.geometry.isna())
    return UserLayer(path.stem, path, kind, np.asarray(projected.geometry.values[keep]),
                     pd.DataFrame(projected.drop(columns="geometry")[keep]).reset_index(drop=True),
                     str(frame.crs.to_string()))


def _kind(types: np.ndarray, path: Path) -> str:
    families = {"Polygon": "polygons", "MultiPolygon": "polygons", "Point": "points",
                "MultiPoint": "points", "LineString": "lines", "MultiLineString": "lines"}
    kinds = {families.get(t) for t in types}
    if None in kinds or len(kinds) != 1:
        raise UserDataError(path, f"mixed or unsupported geometry types: {', '.join(types)}")
    return kinds.pop()


def _find(columns: list[str], names: tuple[str, ...]) -> str | None:
    lowered = {str(c).strip().lower(): c for c in columns}
    return next((lowered[n] for n in names if n in lowered), None)


def read_table(path: Path) -> pd.DataFrame:
    """CSV (UTF-8 or GBK) or XLSX as a DataFrame, with file-named errors."""
    try:
        if path.suffix.lower() == ".csv":
            try:
                return pd.read_csv(path, encoding="utf-8-sig")
            except UnicodeDecodeError:
                return pd.read_csv(path, encoding="gbk")
        return pd.read_excel(path)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError, OSError) as exc:
        raise UserDataError(path, f"cannot read the table ({_first_line(exc)})") from exc


def load_points_table(path: Path) -> UserLayer:
    """Points from a table with lon/lat columns (WGS-84 degrees)."""
    import shapely

    from app.datasets.projection import to_map

    table = read_table(path)
    if table.empty:
        raise UserDataError(path, "the table has no rows")
    lon_col, lat_col = _find(list(table.columns), LON_NAMES), _find(list(table.columns), LAT_NAMES)
    if lon_col is None or lat_col is None:
        raise UserDataError(path, "missing columns: need 'lon' and 'lat' (or longitude/latitude)")
    lon = pd.to_numeric(table[lon_col], errors="coerce")
    lat = pd.to_numeric(table[lat_col], errors="coerce")
    bad = np.flatnonzero(~(lon.between(-180, 180) & lat.between(-90, 90)).to_numpy())
    if bad.size:
        row = int(bad[0])
        raise UserDataError(path, f"row {row + 2}: '{lon_col}'/'{lat_col}' are not valid degrees "
                                  f"({table[lon_col].iloc[row]!r}, {table[lat_col].iloc[row]!r})")
    x, y = to_map(lon.to_numpy(), lat.to_numpy())
    return UserLayer(path.stem, path, "points", shapely.points(x, y),
                     table.reset_index(drop=True), "EPSG:4326")


def load_user_layer(path: str | Path) -> UserLayer:
    """Load any supported file; raises UserDataError with a planner-readable reason."""
    path = Path(path)
    if not path.exists():
        raise UserDataError(path, f"file not found ({path})")
    suffix = path.suffix.lower()
    if suffix in VECTOR_SUFFIXES:
        return load_vector(path)
    if suffix in TABLE_SUFFIXES:
        return load_points_table(path)
    supported = ", ".join(sorted(VECTOR_SUFFIXES | TABLE_SUFFIXES))
    raise UserDataError(path, f"unsupported file type '{suffix}' (supported: {supported})")
