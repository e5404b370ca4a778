"""Prefecture-scale demand regions (about 340 mainland prefectures).

No sourced demand proxy exists per prefecture in the built-in data, so each province's demand
is split equally among its prefectures: a stated assumption, flagged in the output, that a
planner replaces with a demand CSV. Demand points are points inside each prefecture polygon (``Atlas.prefecture_points``).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from app.datasets.atlas import Atlas
from app.engine.allocation import AllocationProblem, Regions

ASSUMPTION = "prefecture demand = province demand split equally among its prefectures"


def to_prefectures(atlas: Atlas, problem: AllocationProblem) -> AllocationProblem:
    """The same problem with its province regions replaced by their prefectures."""
    pts = atlas.prefecture_points
    province_ids = [str(p) for p in problem.regions.ids]
    pts = pts[pts["province"].astype(str).isin(province_ids)]
    parent = pts["province"].astype(str).to_numpy()
    counts = {p: int((parent == p).sum()) for p in province_ids}
    index = {p: i for i, p in enumerate(province_ids)}
    demand = np.asarray(problem.demand_mw, float)
    share = np.array([1.0 / counts[p] for p in parent])
    pref_demand = demand[[index[p] for p in parent]] * share[:, None]
    hub = {str(r): h for r, h in zip(problem.regions.ids, problem.regions.hub_id, strict=True)}
    regions = Regions(ids=pts.index.astype(str).to_numpy(), names=pts["name_zh"].to_numpy(str),
                      lat=pts["lat"].to_numpy(), lon=pts["lon"].to_numpy(), province_id=parent,
                      hub_id=np.array([hub[p] for p in parent]))
    return replace(problem, regions=regions, demand_mw=pref_demand)
