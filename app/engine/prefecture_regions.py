"""Prefecture-scale demand regions (about 340 mainland prefectures).

No sourced demand proxy exists per prefecture in the built-in data, so each province's demand
is split equally among its prefectures: a stated assumption, flagged in the output, that a
planner replaces with a demand CSV. Demand points are points inside each prefecture polygon.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import shapely

from app.datasets.atlas import Atlas
from app.datasets.projection import to_lonlat
from app.engine.allocation import AllocationProblem, Regions

ASSUMPTION = "prefecture demand = province demand split equally among its prefectures"


def to_prefectures(atlas: Atlas, problem: AllocationProblem) -> AllocationProblem:
    """The same problem with its province regions replaced by their prefectures."""
    pref = atlas.prefectures
    province_ids = [str(p) for p in problem.regions.ids]
    keep = np.array([str(int(c)) in province_ids for c in pref.parent_codes])
    rows = np.flatnonzero(keep)
    points = shapely.point_on_surface(pref.geometries[rows])
    lon, lat = to_lonlat(shapely.get_x(points), shapely.get_y(points))
    parent = np.array([str(int(c)) for c in pref.parent_codes[rows]])
    counts = {p: int((parent == p).sum()) for p in province_ids}
    index = {p: i for i, p in enumerate(province_ids)}
    demand = np.asarray(problem.demand_mw, float)
    share = np.array([1.0 / counts[p] for p in parent])
    pref_demand = demand[[index[p] for p in parent]] * share[:, None]
    hub = {str(r): h for r, h in zip(problem.regions.ids, problem.regions.hub_id, strict=True)}
    regions = Regions(ids=np.array([str(int(c)) for c in pref.codes[rows]]),
                      names=np.array([pref.names_zh[i] for i in rows]),
                      lat=np.asarray(lat), lon=np.asarray(lon), province_id=parent,
                      hub_id=np.array([hub[p] for p in parent]))
    return replace(problem, regions=regions, demand_mw=pref_demand)
