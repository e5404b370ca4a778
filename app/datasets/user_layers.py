"""The planner's own map layers: boundaries, lines or points from GeoJSON, GeoPackage,
Shapefile, CSV or XLSX. Anything wrong with a file raises ``UserDataError`` with one sentence
naming the file and the problem (never a library's internals); a file with several geometry
types becomes one layer per type.

Files are checked before a library opens them (:mod:`app.domain.safe_read`): regular files only,
at most :data:`MAX_LAYER_MB` MB, so the window never stalls on a pipe or a huge table.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

from app.datasets.gdal_path import gdal_path, plain_error
from app.datasets.user_data import UserDataError, UserLayer, check_feature_count
from app.datasets.user_tables import read_points_table
from app.domain.ranges import Range
from app.domain.safe_read import MB, FileRefused, check_file
from app.domain.text import tr

VECTOR_SUFFIXES = {".geojson", ".json", ".gpkg", ".shp"}
TABLE_SUFFIXES = {".csv", ".xlsx", ".xls"}
MAX_LAYER_MB = 50
"""Bigger files are refused unread (reading 200 MB took minutes and gigabytes)."""
KIND_OF = {
    "Polygon": "polygons",
    "MultiPolygon": "polygons",
    "Point": "points",
    "MultiPoint": "points",
    "LineString": "lines",
    "MultiLineString": "lines",
}


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
def _read_vector(path: Path, layer: str | None = None):
    """Read (one ``layer`` of a GeoPackage) with GDAL; shapefiles without a .cpg are tried as UTF-8, then GBK (Chinese
    shapefiles often come GBK-encoded with nothing saying so; GDAL would guess Latin-1)."""
    import geopandas as gpd
    import pyogrio

    guesses: list[str | None] = [None]
    if path.suffix.lower() == ".shp" and not path.with_suffix(".cpg").exists():
        guesses = ["utf-8", "gbk"]
    with gdal_path(path) as source:  # a name GDAL takes as given (";" cuts it otherwise)
        for encoding in guesses:
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")  # GDAL's own notes; problems raise below
                    return gpd.read_file(source, engine="pyogrio", encoding=encoding, layer=layer)
            except UnicodeDecodeError:
                continue
            except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as exc:
                error = plain_error(_first_line(exc), source, path)
                raise UserDataError(
                    path, tr("not a readable vector file ({error})").format(error=error)
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


def check_coordinates(frame, path: Path, extent: dict[str, Range] | None = None) -> None:
    """Every coordinate a finite number inside the area where the file's CRS is valid and,
    given an ``extent`` (lon and lat ranges, e.g. :data:`app.domain.ranges.CHINA_EXTENT`),
    inside it once in degrees: degrees labelled as metres pass the CRS's area but land at 0°E,
    0°N."""
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
    lonlat = frame.total_bounds if crs.is_geographic else None
    if crs.is_geographic:
        ok = west >= -180.0 and east <= 180.0 and south >= -90.0 and north <= 90.0
    else:
        area = crs.area_of_use
        lonlat = frame.to_crs("EPSG:4326").total_bounds if area is not None or extent else None
        ok = area is None or (
            lonlat is not None
            and np.isfinite(lonlat).all()
            and area.west - 1 <= lonlat[0]
            and lonlat[2] <= area.east + 1
            and area.south - 1 <= lonlat[1]
            and lonlat[3] <= area.north + 1
        )
    corners = {
        "west": f"{west:.6g}",
        "south": f"{south:.6g}",
        "east": f"{east:.6g}",
        "north": f"{north:.6g}",
        "crs": crs.to_string(),
    }
    if not ok:
        raise UserDataError(
            path,
            tr(
                "coordinates ({west}, {south}) to ({east}, {north}) lie outside the area "
                "where {crs} is valid; is the coordinate system right?"
            ).format(**corners),
        )
    if extent is not None and lonlat is not None and not _within(lonlat, extent):
        raise UserDataError(
            path,
            tr(
                "coordinates ({west}, {south}) to ({east}, {north}) in {crs} lie at "
                "{lon0}°E to {lon1}°E, {lat0}°N to {lat1}°N, outside China ({lon_range}, "
                "{lat_range}); is the coordinate system right?"
            ).format(
                **corners,
                lon0=f"{lonlat[0]:.4g}",
                lon1=f"{lonlat[2]:.4g}",
                lat0=f"{lonlat[1]:.4g}",
                lat1=f"{lonlat[3]:.4g}",
                lon_range=_span(extent["lon"], "°E"),
                lat_range=_span(extent["lat"], "°N"),
            ),
        )


def _within(lonlat, extent: dict[str, Range]) -> bool:
    west, south, east, north = (float(v) for v in lonlat)
    return bool(np.isfinite(lonlat).all()) and not any(
        extent[axis].problem(v)
        for axis, v in (("lon", west), ("lon", east), ("lat", south), ("lat", north))
    )


def _span(rng: Range, unit: str) -> str:
    return f"{rng.ge:g}–{rng.le:g}{unit}"  # no words: the sentence around it is translated


def feature_name(row: int, layer: str | None = None) -> str:
    """'feature 3' (``row`` counted from 0), or 'feature 3 of layer 'roads'' in a
    GeoPackage of several layers."""
    if layer is None:
        return tr("feature {n}").format(n=row + 1)
    return tr("feature {n} of layer {layer}").format(n=row + 1, layer=repr(layer))


def check_polygons(path: Path, geoms: np.ndarray) -> None:
    """Every feature a polygon with an area (a province, a zone): refuse the first with no
    geometry (null or empty), of another kind (a point, a line) or of no area, naming it."""
    import shapely

    for i, geom in enumerate(geoms):
        if shapely.is_missing(geom) or shapely.is_empty(geom):
            problem = tr("{feature} has no geometry (null or empty); it must be a polygon")
        elif shapely.get_dimensions(geom) != 2:
            problem = tr("{feature} is a {kind}, not a polygon")
        elif not shapely.area(geom if shapely.is_valid(geom) else repair(np.array([geom]))[0]) > 0:
            problem = _no_area()  # a bow tie's signed halves cancel: its repair has an area
        else:
            continue
        kind = "" if geom is None else geom.geom_type
        raise UserDataError(path, problem.format(feature=feature_name(i), kind=kind, more=""))


def _no_area() -> str:
    return tr(
        "{feature} is a polygon with no area (its points are the same or on one line); "
        "fix or delete it{more}"
    )


def _feature_count(path: Path, layer: str | None = None) -> int:
    """Features in a layer (default: the first), from its header (0 when GDAL cannot tell)."""
    import pyogrio

    try:
        with warnings.catch_warnings(), gdal_path(path) as source:
            warnings.simplefilter("ignore")
            return max(int(pyogrio.read_info(source, layer=layer).get("features", 0)), 0)
    except Exception:  # noqa: BLE001 - unreadable files are reported by the read itself
        return 0


def layer_names(path: Path) -> list[str | None]:
    """The layers of a GeoPackage, all of them (None: a one-layer format)."""
    if path.suffix.lower() != ".gpkg":
        return [None]
    import pyogrio

    with warnings.catch_warnings(), gdal_path(path) as source:
        warnings.simplefilter("ignore")
        try:
            names = [str(row[0]) for row in pyogrio.list_layers(source)]
        except Exception as exc:  # noqa: BLE001 - GDAL's errors: one sentence
            error = plain_error(_first_line(exc), source, path)
            raise UserDataError(
                path, tr("not a readable vector file ({error})").format(error=error)
            ) from exc
    if not names:
        raise UserDataError(path, tr("the file has no layers"))
    return names  # type: ignore[return-value]


def read_vectors(path: Path, cancelled=lambda: False):
    """Read and check every layer of a vector file (no projection: pyproj stays on the
    caller's thread); returns ``finish() -> list[UserLayer]``, which projects them."""
    _check_not_empty(path)
    if path.suffix.lower() in (".geojson", ".json"):
        _check_geojson_crs(path)
    names = layer_names(path)
    for name in names:
        check_feature_count(path, _feature_count(path, name))
    frames = []
    for name in names:
        if cancelled():
            return lambda: []
        title = path.stem if name is None or len(names) == 1 else f"{path.stem}: {name}"
        layer = None if len(names) == 1 else name
        frames.append((title, _checked_frame(path, _read_vector(path, name), layer)))
    return lambda: [layer for title, frame in frames for layer in _project(path, title, frame)]


def load_vectors(path: Path) -> list[UserLayer]:
    """Read a vector file in any CRS and project it to the map: one layer per geometry kind
    (and per layer of a GeoPackage)."""
    return read_vectors(path)()


def _check_not_empty(path: Path) -> None:
    """A file of no bytes (or only blanks) is empty, said as for an empty table (GDAL would
    call it 'not recognized as being in a supported file format')."""
    with open(path, "rb") as f:
        head = f.read(4096)
    if not head.strip():
        raise UserDataError(path, tr("the file is empty"))


def _checked_frame(path: Path, frame, layer: str | None = None):
    """Features with a geometry, inside China's area, repaired where invalid; a feature
    that repair would turn into another kind (a polygon of no area into a point or a line,
    a line of no length into a point) is refused, naming the feature."""
    import shapely

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
    check_coordinates(frame, path)
    invalid = np.flatnonzero(~np.asarray(frame.geometry.is_valid))
    if invalid.size:  # make_valid repairs self-intersections
        frame = frame.copy()
        rows = frame.index[invalid]
        before = np.asarray(frame.geometry.iloc[invalid].values)
        fixed = repair(before)
        _refuse_collapsed(path, before, fixed, np.asarray(rows), layer)
        frame.loc[rows, "geometry"] = fixed
    return frame


def _refuse_collapsed(path: Path, before, fixed, rows, layer: str | None) -> None:
    """Refuse the first geometry that has no area (a polygon) or no length (a line), which
    repair would leave empty or of a lower dimension: the layer's kind stays the file's."""
    import shapely

    dims = shapely.get_dimensions(before)
    lost = shapely.is_empty(fixed) | (shapely.get_dimensions(fixed) < dims)
    if not lost.any():
        return
    first = int(np.flatnonzero(lost)[0])
    feature = feature_name(int(rows[first]), layer)
    more = int(lost.sum()) - 1
    more_text = " " + tr("(and {n} more features)").format(n=more) if more else ""
    problem = (
        _no_area()
        if dims[first] == 2
        else tr(
            "{feature} is a line with no length (its points are all the same); "
            "fix or delete it{more}"
        )
    )
    raise UserDataError(path, problem.format(feature=feature, more=more_text))


def repair(geoms: np.ndarray) -> np.ndarray:
    """``make_valid`` that keeps each geometry's own kind: a polygon whose repair leaves a
    GeometryCollection (a spike becomes a polygon and a line) keeps only its polygons, so
    the layer keeps a type the map draws; nothing left: an empty geometry (the caller refuses
    it, as it does a polygon repaired into a point or a line)."""
    import shapely

    fixed = shapely.make_valid(geoms)
    for i in np.flatnonzero(shapely.get_type_id(fixed) == 7):  # GeometryCollection
        dim = shapely.get_dimensions(geoms[i])
        parts = shapely.get_parts(fixed[i])
        parts = parts[shapely.get_dimensions(parts) == dim]
        fixed[i] = shapely.union_all(parts) if len(parts) else shapely.from_wkt("POLYGON EMPTY")
    return fixed


def _project(path: Path, title: str, frame) -> list[UserLayer]:
    from app.datasets.projection import ALBERS_CHINA

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
        name = title if len(found) == 1 else f"{title} ({kind})"
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


# ---- any file ------------------------------------------------------------------------------
def read_user_layers(path: str | Path, cancelled=lambda: False):
    """Read and check every layer in a supported file (slow, no projection: a worker may run
    it); returns ``finish() -> list[UserLayer]`` (projects; the GUI thread calls it). Raises
    UserDataError with a planner-readable reason, and nothing else, from either."""
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
    read = read_vectors if suffix in VECTOR_SUFFIXES else read_points_table
    finish = _one_sentence(path, lambda: read(path, cancelled))
    return lambda: _one_sentence(path, finish)


def _one_sentence(path: Path, step):
    try:
        return step()
    except UserDataError:
        raise
    except MemoryError:
        raise UserDataError(path, tr("too big to load in the memory available")) from None
    except Exception as exc:  # noqa: BLE001 - still one sentence, never a traceback
        raise UserDataError(
            path, tr("cannot be read as a map layer ({error})").format(error=type(exc).__name__)
        ) from exc


def load_user_layers(path: str | Path) -> list[UserLayer]:
    """Every layer in a supported file (one per geometry kind and GeoPackage layer)."""
    return read_user_layers(path)()


def load_user_layer(path: str | Path) -> UserLayer:
    """The layer of a file with one geometry kind (the first one, polygons before lines
    before points, of a mixed file)."""
    return load_user_layers(path)[0]
