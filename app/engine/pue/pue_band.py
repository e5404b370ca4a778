"""How sure the annual PUE is (p5-p95 band), and the marginal vs fixed energy a site adds.

Band: parameter uncertainty and facility-to-facility spread together. The uncertain
parameters of the facility class (``FacilityClass.uncertain``) are drawn uniformly inside their
ranges (Latin hypercube, fixed seed: the same site always shows the same band) and the year is
evaluated for each draw; each draw's overhead ratio is combined with the spread of real
facilities around the model (:mod:`app.engine.pue.pue_spread`, calibrated so that about nine in
ten facilities fall inside). The band is cached per weather year (station), technology, class
and utilisation (to 0.05).

Marginal: the facility's energy is linear in IT energy only with a fixed part; around the
operating utilisation it is ``fixed_mwh_per_mw_year x rated MW + marginal x IT MWh`` (central
difference of two evaluations). The allocation charges the marginal part per MW served and
the fixed part per MW built.
"""

from __future__ import annotations

import functools
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np

from app.engine.climate.climate import HourlyWeather
from app.engine.pue.facility import CLASSES, DEFAULT_FACILITY, facility_params, uncertain_range
from app.engine.pue.pue import DEFAULT_UTILIZATION, ElectricalParams, annual_pue_sets, evaluate_pue
from app.engine.pue.pue_spread import band_ratios

N_DRAWS = 32
SEED = 9
_BAND_CACHE: OrderedDict[tuple, tuple[float, float, float]] = OrderedDict()
_BAND_CACHE_SIZE = 4096


@dataclass(frozen=True)
class PueBand:
    """Annual PUE with its p5 and p95: the class's parameter ranges and the spread of real
    facilities around the model together."""

    annual_pue: float
    p5: float
    p95: float

    def text(self) -> str:
        """``1.24 (1.18-1.31)``"""
        return f"{self.annual_pue:.2f} ({self.p5:.2f}-{self.p95:.2f})"


def _draws(tech: str, facility: str) -> list[dict[str, float]]:
    """N_DRAWS parameter sets (Latin hypercube over the class's uncertain fields)."""
    params, el = facility_params(tech, facility)
    ranges = {}
    for name in CLASSES[facility].uncertain:
        value = getattr(params, name, getattr(el, name, None))
        bounds = uncertain_range(facility, name, value) if value is not None else None
        if bounds is not None:
            ranges[name] = bounds
    rng = np.random.default_rng(SEED)
    draws: list[dict[str, float]] = [{} for _ in range(N_DRAWS)]
    for name, (low, high) in ranges.items():
        strata = (rng.permutation(N_DRAWS) + rng.random(N_DRAWS)) / N_DRAWS
        for i, s in enumerate(strata):
            draws[i][name] = float(low + s * (high - low))
    return draws


@functools.lru_cache(maxsize=32)
def _draw_sets(tech: str, facility: str) -> tuple[tuple[object, ElectricalParams], ...]:
    """The draws as parameter sets, made once per technology and class (frozen, shared)."""
    return tuple(facility_params(tech, facility, changes) for changes in _draws(tech, facility))


def parameter_ratios(
    weather: HourlyWeather, tech: str, facility: str, utilization: float
) -> list[float]:
    """Overhead of each parameter draw / the central overhead at ``utilization``."""
    sets = (facility_params(tech, facility), *_draw_sets(tech, facility))
    central, *values = annual_pue_sets(weather, tech, utilization, sets).tolist()
    return [(value - 1.0) / (central - 1.0) for value in values]


def _relative_band(
    weather: HourlyWeather, tech: str, facility: str, utilization: float, key: object
) -> tuple[float, float, float]:
    u = min(max(round(utilization * 20.0) / 20.0, 0.05), 1.0)
    cache_key = (key if key is not None else id(weather), tech, facility, u)
    if cache_key in _BAND_CACHE:
        _BAND_CACHE.move_to_end(cache_key)
        return _BAND_CACHE[cache_key]
    # As overhead ratios, so a site at another utilisation in the bucket scales sensibly.
    lo, hi = band_ratios(parameter_ratios(weather, tech, facility, u))
    rel = (1.0, lo, hi)
    _BAND_CACHE[cache_key] = rel
    if len(_BAND_CACHE) > _BAND_CACHE_SIZE:
        _BAND_CACHE.popitem(last=False)
    return rel


def pue_band(
    weather: HourlyWeather,
    tech: str,
    facility: str = DEFAULT_FACILITY,
    utilization: float = DEFAULT_UTILIZATION,
    annual_pue: float | None = None,
    key: object = None,
) -> PueBand:
    """p5-p95 band of the annual PUE; ``annual_pue`` the central value if already computed;
    ``key`` names the weather year for the cache (e.g. the station), else its identity."""
    if annual_pue is None:
        annual_pue = evaluate_pue(weather, tech, utilization, facility=facility).annual_pue
    _, lo, hi = _relative_band(weather, tech, facility, utilization, key)
    overhead = annual_pue - 1.0
    return PueBand(annual_pue, 1.0 + overhead * min(lo, 1.0), 1.0 + overhead * max(hi, 1.0))


@dataclass(frozen=True)
class MarginalPue:
    """Facility energy = ``fixed_mwh_per_mw_year`` x rated MW + ``marginal_mwh_per_mwh_it`` x
    IT MWh, linearised at ``utilization``; ``average_pue`` is the annual PUE there."""

    utilization: float
    average_pue: float
    marginal_mwh_per_mwh_it: float
    fixed_mwh_per_mw_year: float


def marginal_pue(
    weather: HourlyWeather,
    tech: str,
    facility: str = DEFAULT_FACILITY,
    utilization: float = DEFAULT_UTILIZATION,
    step: float = 0.05,
) -> MarginalPue:
    """Marginal facility energy per extra MWh of IT (fixed losses excluded) and the fixed
    energy per MW of rated IT per year, at ``utilization`` (central difference +-``step``)."""
    lo, hi = max(utilization - step, 0.01), min(utilization + step, 1.5)
    at = [evaluate_pue(weather, tech, u, facility=facility) for u in (lo, utilization, hi)]
    slope = (at[2].facility_mwh_per_mw_year - at[0].facility_mwh_per_mw_year) / (
        at[2].it_mwh_per_mw_year - at[0].it_mwh_per_mw_year
    )
    fixed = at[1].facility_mwh_per_mw_year - slope * at[1].it_mwh_per_mw_year
    return MarginalPue(utilization, at[1].annual_pue, float(slope), float(fixed))
