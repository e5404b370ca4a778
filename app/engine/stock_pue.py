"""PUE of each province's existing data-centre stock, from a facility class and its climate.

The stock outside the national clusters is mostly carrier, enterprise and colocation halls of
the 2010s: class ``midsize`` (2N tower UPS, room CRAH on raised floors, 7-12 degC chilled
water), water-cooled chillers with towers, run at the national rack utilisation (~60 %).
Evaluated at the province capital's station (else the province's first station), the share of
large halls (0.55) brings the stock's capacity-weighted national mean to 1.50 at that
utilisation, and the country's (with the clusters at their targets) to about 1.46, near the
published average: 1.49 for all data centres in 2021 (facility_pue_china.csv, MODB_2021).
A province's class can be changed (``classes``); the
planner's single ``stock_pue`` still overrides every province.
"""

from __future__ import annotations

import pandas as pd

from app.datasets.assumptions import default
from app.engine.climate import all_normals_from_frame, synthesize_many
from app.engine.pue import evaluate_many

STOCK_MIX = {"midsize": 0.45, "large": 0.55}
STOCK_COOLING = "chiller_tower"
STOCK_UTILIZATION = default("assumptions.stock_utilisation")
STOCK_SOURCE = (
    "existing stock: 45 % mid-size, 55 % large halls, chiller + tower, at the share of its "
    "rating drawn today (0.40), at the capital's climate; the share of large halls brings the "
    "stock's national mean to 1.50 (published national averages: 1.49 in 2021)"
)
_CACHE: dict[tuple, dict[int, float]] = {}


def _station(atlas, code: int) -> str | None:
    capital = str(atlas.provinces.at[code, "capital"])
    if capital in atlas.stations.index:
        return capital
    inside = atlas.stations.index[atlas.stations["province_adcode"] == code]
    return str(inside[0]) if len(inside) else None


def stock_pue_by_province(
    atlas,
    classes: dict[int, str] | None = None,
    cooling: str = STOCK_COOLING,
    utilization: float = STOCK_UTILIZATION,
) -> dict[int, float]:
    """adcode -> annual PUE of the province's existing stock (provinces without a station
    get the mean of the others). ``classes`` overrides the class of some provinces."""
    classes = classes or {}
    key = (id(atlas.normals), tuple(sorted(classes.items())), cooling, utilization)
    if key in _CACHE:
        return dict(_CACHE[key])
    stations = {int(c): _station(atlas, int(c)) for c in atlas.provinces.index}
    names = sorted({s for s in stations.values() if s is not None})
    normals = all_normals_from_frame(atlas.normals[atlas.normals["station"].isin(names)])
    weathers = synthesize_many(normals)
    by_class = {
        f: dict(
            zip(
                [n.name for n in normals],
                [r.annual_pue for r in evaluate_many(weathers, cooling, utilization, facility=f)],
                strict=True,
            )
        )
        for f in {*STOCK_MIX, *classes.values()}
    }
    out: dict[int, float] = {}
    for code, station in stations.items():
        if station is not None:
            mix = {classes[code]: 1.0} if code in classes else STOCK_MIX
            out[code] = sum(share * by_class[f][station] for f, share in mix.items())
    mean = sum(out.values()) / len(out)
    for code in atlas.provinces.index:
        out.setdefault(int(code), mean)
    _CACHE[key] = out
    return dict(out)


def national_mean(pue: dict[int, float], capacity_mw: pd.Series) -> float:
    """Capacity-weighted national mean of a per-province PUE."""
    w = capacity_mw.reindex(list(pue)).fillna(0.0)
    return float(sum(pue[c] * w[c] for c in pue) / w.sum())
