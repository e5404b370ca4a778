"""PUE of each province's existing data-centre stock, from a facility class and its climate.

The stock outside the national clusters is mostly carrier, enterprise and colocation halls of
the 2010s: class ``midsize`` (2N tower UPS, room CRAH on raised floors, 7-12 degC chilled
water), water-cooled chillers with towers, run at the share of its rating the stock draws
today (``assumptions.stock_utilisation``, 0.40).
Evaluated at the province capital's station (else the province's first station), the share of
large halls (0.45, refitted when the large class gained variable-speed fans and pumps and
UPS module management) brings the stock's capacity-weighted national mean to 1.49 at that
utilisation, and the country's (with the clusters at their targets) to about 1.45, near the
published average: 1.49 for all data centres in 2021 (facility_pue_china.csv, MODB_2021).
A province's class can be changed (``classes``); the
planner's single ``stock_pue`` still overrides every province.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from app.domain.sourced import default
from app.engine.climate.climate import all_normals_from_frame, synthesize_many
from app.engine.pue.pue import evaluate_many

STOCK_MIX = {"midsize": 0.55, "large": 0.45}
STOCK_COOLING = "chiller_tower"
STOCK_UTILIZATION = default("assumptions.stock_utilisation")
STOCK_SOURCE = (
    "existing stock: 55 % mid-size, 45 % large halls, chiller + tower, at the share of its "
    "rating drawn today (0.40), at the capital's climate; the share of large halls brings the "
    "stock's national mean to 1.49 (published national averages: 1.49 in 2021)"
)
_CACHE: dict[tuple, dict[int, float]] = {}
_YEARS: dict[tuple, dict[str, Any]] = {}


def _station(atlas, code: int) -> str | None:
    capital = str(atlas.provinces.at[code, "capital"])
    if capital in atlas.stations.index:
        return capital
    inside = atlas.stations.index[atlas.stations["province_adcode"] == code]
    return str(inside[0]) if len(inside) else None


def _station_years(atlas, facility: str, cooling: str, utilization: float) -> dict[str, Any]:
    """station -> the PUE engine's year of a ``facility`` hall there (cached per normals)."""
    key = (id(atlas.normals), facility, cooling, utilization)
    if key not in _YEARS:
        names = sorted({s for s in _stations(atlas).values() if s is not None})
        normals = all_normals_from_frame(atlas.normals[atlas.normals["station"].isin(names)])
        results = evaluate_many(synthesize_many(normals), cooling, utilization, facility=facility)
        _YEARS[key] = dict(zip([n.name for n in normals], results, strict=True))
    return _YEARS[key]


def _stations(atlas) -> dict[int, str | None]:
    return {int(c): _station(atlas, int(c)) for c in atlas.provinces.index}


def _per_province(atlas, value, mix_of) -> dict[int, float]:
    """adcode -> sum over the province's class mix of ``value(class, station)``; provinces
    without a station get the mean of the others."""
    out: dict[int, float] = {}
    for code, station in _stations(atlas).items():
        if station is not None:
            out[code] = sum(share * value(f, station) for f, share in mix_of(code).items())
    mean = sum(out.values()) / len(out)
    for code in atlas.provinces.index:
        out.setdefault(int(code), mean)
    return out


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

    def pue(facility: str, station: str) -> float:
        return _station_years(atlas, facility, cooling, utilization)[station].annual_pue

    out = _per_province(atlas, pue, lambda c: {classes[c]: 1.0} if c in classes else STOCK_MIX)
    _CACHE[key] = out
    return dict(out)


def fixed_share_by_province(
    atlas, mix: dict[str, float] | None = None, utilization: float = STOCK_UTILIZATION
) -> dict[int, float]:
    """adcode -> share of a hall's facility energy at ``utilization`` that runs at any load
    (UPS no-load loss, lighting, fans and pumps at their floor), from the PUE engine at the
    province's station: a straight line through the year at that utilisation and at full
    load, read at zero load (as :mod:`app.engine.costs.site_energy` does for placed sites; at half
    load when ``utilization`` is 0 or full). ``mix``: class shares (default the stock's)."""
    mix = mix or STOCK_MIX
    u = utilization if 0.0 < utilization < 1.0 - 1e-6 else 0.5

    def share(facility: str, station: str) -> float:
        lo = _station_years(atlas, facility, STOCK_COOLING, u)[station]
        hi = _station_years(atlas, facility, STOCK_COOLING, 1.0)[station]
        slope = (hi.facility_mwh_per_mw_year - lo.facility_mwh_per_mw_year) / (
            hi.it_mwh_per_mw_year - lo.it_mwh_per_mw_year
        )
        fixed = lo.facility_mwh_per_mw_year - slope * lo.it_mwh_per_mw_year
        return fixed / lo.facility_mwh_per_mw_year

    return _per_province(atlas, share, lambda c: mix)


def national_mean(pue: dict[int, float], capacity_mw: pd.Series) -> float:
    """Capacity-weighted national mean of a per-province PUE."""
    w = capacity_mw.reindex(list(pue)).fillna(0.0)
    return float(sum(pue[c] * w[c] for c in pue) / w.sum())
