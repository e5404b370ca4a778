"""Prefecture-scale demand regions (about 340 mainland prefectures).

Each province's demand is split among its prefectures in proportion to their 2020 census
population (``data/prefecture_population.csv``, :func:`app.engine.allocation.demand.prefecture_shares`);
prefectures the census table does not list get the mean of their province's listed ones
(flagged in the basis). A planner can replace the split with a demand CSV. Demand points are
points inside each prefecture polygon (``Atlas.prefecture_points``).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd

from app.datasets.atlas import Atlas
from app.engine.allocation.allocation import AllocationProblem, Regions
from app.engine.allocation.demand import prefecture_shares

ASSUMPTION = (
    "prefecture demand = province demand x the prefecture's share of the province's "
    "2020 census population (unlisted prefectures: the province's mean)"
)


def prefecture_table(atlas: Atlas, province_ids: list[str]) -> pd.DataFrame:
    """Prefectures of ``province_ids`` with point, name, population, share and its basis."""
    pts = atlas.prefecture_points
    pts = pts[pts["province"].astype(str).isin(province_ids)]
    shares = prefecture_shares(pts)
    return pts.join(shares[["population", "share", "basis"]])


def to_prefectures(atlas: Atlas, problem: AllocationProblem) -> AllocationProblem:
    """The same problem with its province regions replaced by their prefectures."""
    province_ids = [str(p) for p in problem.regions.ids]
    pts = prefecture_table(atlas, province_ids)
    parent = pts["province"].astype(str).to_numpy()
    index = {p: i for i, p in enumerate(province_ids)}
    demand = np.asarray(problem.demand_mw, float)
    pref_demand = demand[[index[p] for p in parent]] * pts["share"].to_numpy()[:, None]
    hub = {str(r): h for r, h in zip(problem.regions.ids, problem.regions.hub_id, strict=True)}
    regions = Regions(
        ids=pts.index.astype(str).to_numpy(),
        names=pts["name_zh"].to_numpy(str),
        lat=pts["lat"].to_numpy(),
        lon=pts["lon"].to_numpy(),
        province_id=parent,
        hub_id=np.array([hub[p] for p in parent]),
    )
    return replace(problem, regions=regions, demand_mw=pref_demand)
