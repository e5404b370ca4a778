"""Hourly PUE of a data hall for six cooling technologies, driven by an hourly weather year.

``PUE(t) = (P_IT + P_cooling(t) + P_electrical + P_misc) / P_IT``; annual and monthly PUE are
energy-weighted. Everything is computed per kW of *rated* IT capacity, so ``utilization``
(IT load / rated IT) sets how much the fixed losses weigh: a half-empty hall has a worse PUE.

Formula set (after Lei & Masanet, Energy 201 (2020) 117556, and their public tool
``nuoaleon/Data-center-PUE-prediction-tool``):

- heat to remove = IT + UPS and distribution losses + lighting/misc (all inside the building);
- fans ``V * dp / eta`` with ``V = Q / (rho cp dT_air)``, pumps ``m/rho * dp / eta``;
- water-side economiser: supply water ``T_ra - (T_ra - T_sa)/coil_effectiveness``; free
  cooling while ``T_wb + tower approach + HX approach <= supply water``, then *linear partial
  free cooling* up to the return water temperature, chiller beyond;
- water-cooled chiller COP from their regression in part-load ratio and entering condenser
  water temperature. That regression was fitted for ~7 degC chilled water, so it is scaled by
  the Carnot ratio of the actual to the 7 degC lift (warm chilled water), capped, and held
  within 15..38 degC condenser water where it is physical;
- air economisers by the enthalpy rule: outdoor air is used while it (after evaporative
  assist, limited by the supply dew-point ceiling) is cooler than the return air.

Air-cooled compressors (air-cooled chiller, DX trim) use a fraction of the Carnot COP, as the
feasibility study in DESIGN.md 3.2 suggests. Defaults, units and the source or reasoning of
every parameter are in :mod:`app.engine.pue.pue_params`; :func:`parameter_table` lists them.
The plant physics of each technology is in :mod:`app.engine.pue.cooling`.
Modes: *free* = no compressor work that hour, *mechanical* = compressors carry all heat,
*partial* = in between. Water: cooling-tower make-up, evaporative pads/sprays (L per kWh IT).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace
from typing import cast

import numpy as np

from app.domain.ids import COOLING_TECH_IDS, COOLING_TECH_LABELS
from app.engine.climate.climate import HOUR_MONTH, HourlyWeather
from app.engine.climate.psychro import FloatArray
from app.engine.pue import pue_params
from app.engine.pue.cooling import TECH_FUNCS, Air, Load, liquid
from app.engine.pue.facility import facility_params
from app.engine.pue.pue_params import (
    DEFAULT_PARAMS,
    DEFAULT_UTILIZATION,
    AirChillerParams,
    ChillerTowerParams,
    DirectAirParams,
    ElectricalParams,
    IndirectEvapParams,
    LiquidParams,
)

__all__ = [
    "COOLING_TECHS", "TECH_LABELS", "TECH_SHORT", "DEFAULT_PARAMS", "DEFAULT_UTILIZATION", "AirChillerParams",
    "ChillerTowerParams", "DirectAirParams", "ElectricalParams", "IndirectEvapParams",
    "LiquidParams", "PueResult", "evaluate_pue", "evaluate_many", "annual_pue_many", "annual_pue_sets",
    "parameter_table", "with_params",
]  # fmt: skip

COOLING_TECHS = COOLING_TECH_IDS  # the ids live in the domain; the engine gives them meaning
TECH_LABELS: dict[str, tuple[str, str]] = COOLING_TECH_LABELS  # English, Chinese
#: Short names for table columns and reports (same order of languages).
TECH_SHORT: dict[str, tuple[str, str]] = {
    "chiller_tower": ("Chiller + tower", "水冷冷机+冷却塔"),
    "air_chiller": ("Air-cooled chiller", "风冷冷机"),
    "direct_air": ("Direct air", "直接新风"),
    "indirect_evaporative": ("Indirect evaporative", "间接蒸发"),
    "liquid_cold_plate": ("Cold plate", "冷板液冷"),
    "immersion": ("Immersion", "浸没液冷"),
}


def _check_tech(tech: str) -> str:
    if tech not in COOLING_TECHS:
        raise ValueError(
            f"unknown cooling technology {tech!r}; choose one of {', '.join(COOLING_TECHS)}"
        )
    return tech


def parameter_table(tech: str) -> list[dict[str, object]]:
    """Default parameters of ``tech`` and the electrical chain: name, value, unit, source."""
    return pue_params.parameter_table(_check_tech(tech))


_MONTH_STARTS = np.concatenate([[0], np.flatnonzero(np.diff(HOUR_MONTH)) + 1])
_MONTH_HOURS = np.bincount(HOUR_MONTH).astype(float)


# ----------------------------------------------------------------------------- evaluation


@dataclass
class PueResult:
    """Annual PUE evaluation of one technology on one weather year.

    Energies are per MW of rated IT capacity; ``breakdown_kwh_per_kwh_it`` splits the
    overhead (it sums to ``annual_pue - 1``); ``hourly_*_kw_per_kw`` are hourly IT and facility
    power per kW of rated IT (facility energy = sum(IT x PUE) hour by hour).
    """

    tech: str
    utilization: float
    hourly_pue: FloatArray
    monthly_pue: FloatArray
    annual_pue: float
    mode_hours: dict[str, int]
    wue_l_per_kwh: float
    water_m3_per_mw_it_year: float
    it_mwh_per_mw_year: float
    facility_mwh_per_mw_year: float
    breakdown_kwh_per_kwh_it: dict[str, float]
    hourly_it_kw_per_kw: FloatArray
    hourly_facility_kw_per_kw: FloatArray
    notes: list[str]
    monthly_it_kwh_per_kw: FloatArray
    """Month by month (12) IT and facility energy per kW of rated IT."""
    monthly_facility_kwh_per_kw: FloatArray


def _resolve(
    tech: str, params: object | None, electrical: ElectricalParams | None, facility: str | None
) -> tuple[object, ElectricalParams]:
    """Parameters to use: explicit ones win; else the facility class's; else the defaults."""
    if facility is not None:
        class_params, class_el = facility_params(_check_tech(tech), facility)
        params, electrical = params or class_params, electrical or class_el
    return _params_for(tech, params), electrical or ElectricalParams()


def _params_for(tech: str, params: object | None) -> object:
    expected = type(DEFAULT_PARAMS[tech])
    if params is None:
        return DEFAULT_PARAMS[tech]
    if not isinstance(params, expected):
        raise TypeError(f"{tech} needs {expected.__name__}, got {type(params).__name__}")
    return params


def _no_load_losses(el: ElectricalParams, it: FloatArray | float) -> FloatArray | float:
    """UPS and transformer no-load losses (kW per kW rated IT) at IT load ``it``.

    They follow the installed chain (2N: twice the design IT); with UPS module management
    (``ups_module_load`` > 0) only the modules the load needs stay on line."""
    installed = el.design_oversize * el.chain_redundancy
    module_load = el.ups_module_load
    online: FloatArray | float = installed
    if isinstance(module_load, np.ndarray) or not module_load <= 0.0:  # arrays: one per set
        online = np.minimum(installed, it / module_load)
    return online * el.ups_fixed_loss + installed * el.transformer_fixed_loss


def _utilisation(utilization: float | FloatArray, shape: tuple[int, ...]) -> FloatArray | float:
    """IT load / rated IT, checked once: a float for a constant load (the power chain is then
    worked out once, not hour by hour), else hourly values broadcast to ``shape``."""
    u = np.asarray(utilization, dtype=float)
    if u.ndim == 0:
        if u <= 0.0 or u > 1.5:
            raise ValueError("utilization must be in (0, 1.5] (IT load / rated IT power)")
        return float(u)
    u = np.broadcast_to(u, shape)
    if np.any(u <= 0.0) or np.any(u > 1.5):
        raise ValueError("utilization must be in (0, 1.5] (IT load / rated IT power)")
    return u


@dataclass(frozen=True)
class _Hours:
    """Hourly powers (kW per kW rated) and water (L/h per kW) of one or many years (rows);
    ``Load`` fields are one number when the IT load is constant."""

    it: Load
    facility: FloatArray
    electrical: Load
    compressor: FloatArray
    aux: Load
    mech: FloatArray
    misc: float
    water: Callable[[], FloatArray]  # worked out when asked (the PUE band never asks)

    def row(self, i: int) -> _Hours:
        """Year ``i`` of a batch."""
        pick = lambda v: v[i] if isinstance(v, np.ndarray) and v.ndim else v  # noqa: E731
        values = {f.name: pick(getattr(self, f.name)) for f in fields(self) if f.name != "water"}
        return _Hours(**values, water=lambda: self.water()[i])


def _evaluate_arrays(
    air: Air, tech: str, utilization: FloatArray | float, params: object, el: ElectricalParams
) -> _Hours:
    """Hourly IT, facility and component powers (kW per kW rated) and water (L/h per kW);
    the IT load and the power chain are plain numbers when the load is constant."""
    it = _utilisation(utilization, air.tdb.shape)
    k_ups, k_dist = (
        1.0 / el.ups_efficiency - 1.0,
        el.distribution_loss / (1.0 - el.distribution_loss),
    )
    over = el.design_oversize
    misc = over * el.misc_fixed
    electrical = _no_load_losses(el, it) + it * (k_ups + k_dist)
    q = it + electrical + misc
    # A number; a column of them when the parameters are columns (one per parameter set).
    q_design = cast(float, over * (1.0 + k_ups + k_dist) + _no_load_losses(el, over) + misc)
    if tech in TECH_FUNCS:
        cool = TECH_FUNCS[tech](air, q, q_design, params)
    else:
        cool = liquid(air, q, q_design, it, params)  # type: ignore[arg-type]
    facility = q + cool.compressor_kw + cool.aux_kw
    return _Hours(
        it,
        facility,
        electrical,
        cool.compressor_kw,
        cool.aux_kw,
        cool.mech_frac,
        misc,
        lambda: cool.water_l,  # worked out once, when first asked
    )


def _total(values: FloatArray | float, hours: int) -> float:
    """Sum over the year of hourly values (a plain number: the same every hour)."""
    if isinstance(values, np.ndarray) and values.ndim:
        return float(values.sum())
    return float(values) * hours


def _monthly_sums(values: FloatArray | float) -> FloatArray:
    if isinstance(values, np.ndarray) and values.ndim:
        return np.add.reduceat(values, _MONTH_STARTS)
    return float(values) * _MONTH_HOURS


def _summarise(tech: str, h: _Hours, notes: list[str]) -> PueResult:
    """Aggregate one station's hourly arrays (8760) into a :class:`PueResult`."""
    facility, mech = h.facility, h.mech
    hours = facility.shape[-1]
    it_kwh, facility_kwh = _total(h.it, hours), float(facility.sum())
    monthly_it, monthly_facility = _monthly_sums(h.it), _monthly_sums(facility)
    free = int(np.count_nonzero(mech <= 1e-9))
    mechanical = int(np.count_nonzero(mech >= 1.0 - 1e-9))
    water_l = _total(h.water(), hours)
    hourly_it = np.array(np.broadcast_to(h.it, facility.shape))
    return PueResult(
        tech=tech,
        utilization=it_kwh / hours,
        hourly_pue=facility / h.it,
        monthly_pue=monthly_facility / monthly_it,
        annual_pue=facility_kwh / it_kwh,
        mode_hours={
            "free": free,
            "partial": len(mech) - free - mechanical,
            "mechanical": mechanical,
        },
        wue_l_per_kwh=water_l / it_kwh,
        water_m3_per_mw_it_year=water_l,  # L per kW rated = m3 per MW rated
        it_mwh_per_mw_year=it_kwh,  # kWh per kW = MWh per MW
        facility_mwh_per_mw_year=facility_kwh,
        breakdown_kwh_per_kwh_it={
            "electrical_losses": _total(h.electrical, hours) / it_kwh,
            "misc": _total(h.misc, hours) / it_kwh,
            "cooling_compressors": _total(h.compressor, hours) / it_kwh,
            "cooling_fans_pumps": _total(h.aux, hours) / it_kwh,
        },
        hourly_it_kw_per_kw=hourly_it,
        hourly_facility_kw_per_kw=facility,
        notes=list(notes),
        monthly_it_kwh_per_kw=monthly_it,
        monthly_facility_kwh_per_kw=monthly_facility,
    )


def evaluate_pue(
    weather: HourlyWeather,
    tech: str,
    utilization: float | FloatArray = DEFAULT_UTILIZATION,
    params: object | None = None,
    electrical: ElectricalParams | None = None,
    facility: str | None = None,
) -> PueResult:
    """Hourly, monthly and annual PUE, mode hours and water use of ``tech`` on ``weather``.

    ``utilization`` is IT load / rated IT power, a number or 8760 hourly values; ``params``
    is the technology's parameter dataclass (defaults in ``DEFAULT_PARAMS``); ``facility`` a
    class of :mod:`app.engine.pue.facility` (None: the hyperscale defaults).
    """
    p, el = _resolve(_check_tech(tech), params, electrical, facility)
    return _summarise(
        tech, _evaluate_arrays(Air.of(weather), tech, utilization, p, el), weather.notes
    )


def evaluate_many(
    weathers: Sequence[HourlyWeather],
    tech: str,
    utilization: float = DEFAULT_UTILIZATION,
    params: object | None = None,
    electrical: ElectricalParams | None = None,
    facility: str | None = None,
) -> list[PueResult]:
    """:func:`evaluate_pue` for many weather years at once (vectorised in blocks of 32)."""
    _check_tech(tech)
    p, el = _resolve(tech, params, electrical, facility)
    out: list[PueResult] = []
    for start in range(0, len(weathers), 32):
        block = weathers[start : start + 32]
        if len(block) == 1:  # one year: its own arrays and psychrometrics, no stacking
            arrays = _evaluate_arrays(Air.of(block[0]), tech, utilization, p, el)
            out.append(_summarise(tech, arrays, block[0].notes))
            continue
        air = Air(
            np.stack([w.tdb_c for w in block]),
            np.stack([w.twb_c for w in block]),
            np.stack([w.dewpoint_c for w in block]),
            np.array([[w.pressure_pa] for w in block]),
        )
        arrays = _evaluate_arrays(air, tech, utilization, p, el)
        for i, w in enumerate(block):
            out.append(_summarise(tech, arrays.row(i), w.notes))
    return out


def annual_pue_many(
    arrays: dict[str, FloatArray],
    tech: str,
    utilization: float = DEFAULT_UTILIZATION,
    params: object | None = None,
    electrical: ElectricalParams | None = None,
    facility: str | None = None,
) -> FloatArray:
    """Annual PUE only, for (n, 8760) weather arrays from ``climate.synthesize_arrays``: the
    fast path for maps of hundreds of stations."""
    air = Air(
        arrays["tdb_c"], arrays["twb_c"], arrays["dewpoint_c"], arrays["pressure_pa"][:, None]
    )
    p, el = _resolve(_check_tech(tech), params, electrical, facility)
    h = _evaluate_arrays(air, tech, utilization, p, el)
    hours = h.facility.shape[-1]
    it = h.it.sum(axis=-1) if isinstance(h.it, np.ndarray) else h.it * hours
    return h.facility.sum(axis=-1) / it


def annual_pue_sets(
    weather: HourlyWeather,
    tech: str,
    utilization: float,
    sets: Sequence[tuple[object, ElectricalParams]],
) -> FloatArray:
    """Annual PUE of ``tech`` on one year under each (parameters, power chain) set, as
    :func:`evaluate_pue` gives it, without the hourly, monthly and mode summaries (the PUE
    band's draws: about half the time). Measured (``benchmarks/bench_pue_band.py
    --together``): the sets side by side as (sets x hours) arrays are 4x slower, each 2.3 MB
    temporary being fresh memory the kernel maps page by page; with that memory kept they
    only tie, since the per-hour arithmetic is the same."""
    air, hours = Air.of(weather), weather.tdb_c.shape[-1]
    out = np.empty(len(sets))
    for i, (params, electrical) in enumerate(sets):
        h = _evaluate_arrays(air, tech, utilization, _params_for(tech, params), electrical)
        out[i] = h.facility.sum() / _total(h.it, hours)
    return out


def with_params(tech: str, **changes: float) -> object:
    """Default parameters of ``tech`` with some fields changed (``dataclasses.replace``)."""
    return replace(DEFAULT_PARAMS[_check_tech(tech)], **changes)
