"""The planner's own map layers: boundaries, lines or points from GeoJSON, GeoPackage,
Shapefile, CSV or XLSX. Anything wrong with a file raises ``UserDataError`` with one sentence
naming the file and the problem (never a library's internals); a file with several geometry
types becomes one layer per type.

Files are checked before a library opens them (:mod:`app.domain.safe_read`): regular files only,
at most :data:`MAX_LAYER_MB` MB, so the window never stalls on a pipe or a huge table.
"""

from __future__ import annotations

import math
import re
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from app.domain.safe_read import MB, FileRefused, check_file
from app.domain.text import tr

VECTOR_SUFFIXES = {".geojson", ".json", ".gpkg", ".shp"}
TABLE_SUFFIXES = {".csv", ".xlsx", ".xls"}
LON_NAMES = ("lon", "lng", "longitude", "x", "经度")
LAT_NAMES = ("lat", "latitude", "y", "纬度")
MAX_LAYER_MB = 50
"""Bigger files are refused unread (reading 200 MB took minutes and gigabytes)."""
MAX_FEATURES = 200_000
"""More features are refused (counted before reading where the format allows): the map
could not draw them usefully, and reading them would hold up the window."""
KIND_OF = {
    "Polygon": "polygons",
    "MultiPolygon": "polygons",
    "Point": "points",
    "MultiPoint": "points",
    "LineString": "lines",
    "MultiLineString": "lines",
}


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


# ---- checks before reading -----------------------------------------------------------------
def _check_size(path: Path) -> None:
    """Regular file(s) under the cap; a shapefile's attribute table (.dbf) counts too."""
    expected = tr("a map layer (GeoJSON, GeoPackage, Shapefile, CSV or XLSX)")
    try:
        check_file(path, max_bytes=MAX_LAYER_MB * MB, expected=expected)
        if path.suffix.lower() == ".shp" and path.with_suffix(".dbf").exists():
            check_file(path.with_suffix(".dbf"), max_bytes=MAX_LAYER_MB * MB, expected=expected)
    except FileRefused as exc:
        raise UserDataError(exc.path, exc.problem) from None


_GEOJSON_CRS = re.compile(r'"crs"\s*:\s*\{.*?"name"\s*:\s*"([^"]{1,200})"', re.S)


def _check_geojson_crs(path: Path) -> None:
    """GDAL takes a GeoJSON ``crs`` member it cannot resolve as WGS-84 without a word; the
    member sits before the features, so the first 64 KB tell."""
    with open(path, "rb") as f:
        head = f.read(65536).decode("utf-8", "replace")
    match = _GEOJSON_CRS.search(head)
    if match is None:
        return
    from pyproj import CRS
    from pyproj.exceptions import CRSError

    try:
        CRS.from_user_input(match.group(1))
    except CRSError:
        raise UserDataError(
            path,
            tr(
                "unknown coordinate reference system {crs}; "
                "save the file in a known one (e.g. EPSG:4326)"
            ).format(crs=repr(match.group(1))),
        ) from None


# ---- vector files --------------------------------------------------------------------------
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
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # GDAL's own notes; problems raise below
                return gpd.read_file(path, engine="pyogrio", encoding=encoding)
        except UnicodeDecodeError:
            continue
        except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as exc:
            raise UserDataError(
                path, tr("not a readable vector file ({error})").format(error=_first_line(exc))
            ) from exc
        except Exception as exc:  # noqa: BLE001 - GEOS on a broken geometry, and the like
            raise UserDataError(path, _geometry_problem(exc)) from exc
    raise UserDataError(path, tr("attributes are neither UTF-8 nor GBK text"))


def _geometry_problem(exc: Exception) -> str:
    text = str(exc)
    if "closed linestring" in text:
        return tr("a polygon's ring is not closed (its last point must repeat the first)")
    if "Unsupported" in text or "NaN" in text or "nan" in text:
        return tr("a geometry has a coordinate that is not a number (NaN)")
    return tr("a geometry cannot be read (broken coordinates)")


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _check_coordinates(frame, path: Path) -> None:
    """Every coordinate a finite number inside the area where the file's CRS is valid."""
    import shapely

    coords = shapely.get_coordinates(np.asarray(frame.geometry.values))
    if coords.size and not np.isfinite(coords).all():
        raise UserDataError(
            path, tr("a geometry has a coordinate that is not a number (NaN or infinite)")
        )
    if not coords.size:
        return
    west, south, east, north = frame.total_bounds
    crs = frame.crs
    if crs.is_geographic:
        ok = west >= -180.0 and east <= 180.0 and south >= -90.0 and north <= 90.0
    else:
        area = crs.area_of_use
        lonlat = frame.to_crs("EPSG:4326").total_bounds if area is not None else None
        ok = lonlat is None or (
            np.isfinite(lonlat).all()
            and area.west - 1 <= lonlat[0]
            and lonlat[2] <= area.east + 1
            and area.south - 1 <= lonlat[1]
            and lonlat[3] <= area.north + 1
        )
    if not ok:
        raise UserDataError(
            path,
            tr(
                "coordinates ({west}, {south}) to ({east}, {north}) lie outside the area "
                "where {crs} is valid; is the coordinate system right?"
            ).format(
                west=f"{west:.6g}",
                south=f"{south:.6g}",
                east=f"{east:.6g}",
                north=f"{north:.6g}",
                crs=crs.to_string(),
            ),
        )


def _feature_count(path: Path) -> int:
    """Features in the file's first layer, from its header (0 when GDAL cannot tell)."""
    import pyogrio

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return max(int(pyogrio.read_info(path).get("features", 0)), 0)
    except Exception:  # noqa: BLE001 - unreadable files are reported by the read itself
        return 0


def _check_count(path: Path, count: int) -> None:
    if count > MAX_FEATURES:
        raise UserDataError(
            path,
            tr(
                "too many features ({count}; a layer may have up to {limit}); "
                "split the file or simplify it"
            ).format(count=f"{count:,}", limit=f"{MAX_FEATURES:,}"),
        )


def load_vectors(path: Path) -> list[UserLayer]:
    """Read a vector file in any CRS and project it to the map: one layer per geometry kind."""
    import shapely

    from app.datasets.projection import ALBERS_CHINA

    if path.suffix.lower() in (".geojson", ".json"):
        _check_geojson_crs(path)
    _check_count(path, _feature_count(path))
    frame = _read_vector(path)
    if frame.empty:
        raise UserDataError(path, tr("the file has no features"))
    if frame.crs is None:
        raise UserDataError(
            path,
            tr(
                "no readable coordinate reference system (a missing or "
                "unreadable .prj, or no crs member)"
            ),
        )
    geoms = np.asarray(frame.geometry.values)
    keep = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    if not keep.any():
        raise UserDataError(path, tr("every feature has an empty geometry"))
    frame = frame[keep]
    _check_coordinates(frame, path)
    invalid = np.flatnonzero(~np.asarray(frame.geometry.is_valid))
    if invalid.size:  # make_valid repairs self-intersections
        frame.loc[frame.index[invalid], "geometry"] = frame.geometry.iloc[invalid].make_valid()
    try:
        projected = frame.to_crs(ALBERS_CHINA)
    except Exception as exc:  # noqa: BLE001 - pyproj's many errors: one sentence
        raise UserDataError(
            path,
            tr("cannot project from {crs}: {error}").format(crs=frame.crs, error=_first_line(exc)),
        ) from exc
    kinds = projected.geometry.geom_type.map(KIND_OF)
    unsupported = sorted(set(projected.geometry.geom_type[kinds.isna()]))
    if unsupported:
        raise UserDataError(
            path,
            tr("unsupported geometry types: {types} (points, lines and polygons work)").format(
                types=", ".join(unsupported)
            ),
        )
    found = [k for k in ("polygons", "lines", "points") if (kinds == k).any()]
    layers = []
    for kind in found:
        part = projected[(kinds == kind).to_numpy()]
        name = path.stem if len(found) == 1 else f"{path.stem} ({kind})"
        layers.append(
            UserLayer(
                name,
                path,
                kind,
                np.asarray(part.geometry.values),
                pd.DataFrame(part.drop(columns="geometry")).reset_index(drop=True),
                str(frame.crs.to_string()),
            )
        )
    return layers


# ---- point tables --------------------------------------------------------------------------
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
    except UnicodeDecodeError:
        raise UserDataError(path, tr("the text is neither UTF-8 nor GBK")) from None
    except pd.errors.EmptyDataError:
        raise UserDataError(path, tr("the file is empty")) from None
    except pd.errors.ParserError as exc:
        where = re.search(r"line \d+", str(exc))
        raise UserDataError(
            path,
            tr("not a readable CSV table ({line} has a different number of columns)").format(
                line=where.group(0)
            )
            if where
            else tr("not a readable CSV table"),
        ) from None
    except Exception:  # noqa: BLE001 - zip, XML and engine errors of a file that is no workbook
        if path.suffix.lower() == ".csv":
            raise UserDataError(path, tr("not a readable CSV table")) from None
        raise UserDataError(
            path, tr("not a readable Excel workbook ({suffix})").format(suffix=path.suffix)
        ) from None


def _cell(value: object) -> str:
    """A table cell as a planner typed it: 'east', 40, empty."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return tr("empty")
    if isinstance(value, float | np.floating) and float(value).is_integer():
        return str(int(value))
    return repr(str(value)) if isinstance(value, str) else str(value)


def load_points_table(path: Path) -> UserLayer:
    """Points from a table with lon/lat columns (WGS-84 degrees)."""
    import shapely

    from app.datasets.projection import to_map

    table = read_table(path)
    if table.empty:
        raise UserDataError(path, tr("the table has no rows"))
    _check_count(path, len(table))
    lon_col, lat_col = _find(list(table.columns), LON_NAMES), _find(list(table.columns), LAT_NAMES)
    if lon_col is None or lat_col is None:
        raise UserDataError(
            path, tr("missing columns: need 'lon' and 'lat' (or longitude/latitude)")
        )
    lon = pd.to_numeric(table[lon_col], errors="coerce")
    lat = pd.to_numeric(table[lat_col], errors="coerce")
    bad = np.flatnonzero(~(lon.between(-180, 180) & lat.between(-90, 90)).to_numpy())
    if bad.size:
        row = int(bad[0])
        more = " " + tr("(and {n} more rows)").format(n=bad.size - 1) if bad.size > 1 else ""
        raise UserDataError(
            path,
            tr(
                "row {row}: {lon_col} {lon} and {lat_col} {lat} are not "
                "degrees (longitude -180 to 180, latitude -90 to 90){more}"
            ).format(
                row=row + 2,
                lon_col=lon_col,
                lon=_cell(table[lon_col].iloc[row]),
                lat_col=lat_col,
                lat=_cell(table[lat_col].iloc[row]),
                more=more,
            ),
        )
    x, y = to_map(lon.to_numpy(), lat.to_numpy())
    return UserLayer(
        path.stem, path, "points", shapely.points(x, y), table.reset_index(drop=True), "EPSG:4326"
    )


# ---- any file ------------------------------------------------------------------------------
def load_user_layers(path: str | Path) -> list[UserLayer]:
    """Every layer in a supported file (one per geometry kind); raises UserDataError with a
    planner-readable reason, and nothing else."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in VECTOR_SUFFIXES | TABLE_SUFFIXES:
        supported = ", ".join(sorted(VECTOR_SUFFIXES | TABLE_SUFFIXES))
        raise UserDataError(
            path,
            tr("unsupported file type '{suffix}' (supported: {supported})").format(
                suffix=suffix, supported=supported
            ),
        )
    _check_size(path)
    try:
        if suffix in VECTOR_SUFFIXES:
            return load_vectors(path)
        return [load_points_table(path)]
    except UserDataError:
        raise
    except MemoryError:
        raise UserDataError(path, tr("too big to load in the memory available")) from None
    except Exception as exc:  # noqa: BLE001 - still one sentence, never a traceback
        raise UserDataError(
            path, tr("cannot be read as a map layer ({error})").format(error=type(exc).__name__)
        ) from exc


def load_user_layer(path: str | Path) -> UserLayer:
    """The layer of a file with one geometry kind (the first one, polygons before lines
    before points, of a mixed file)."""
    return load_user_layers(path)[0]
