"""Cooling-plant physics of the six technologies, hour by hour (numpy arrays of any shape).

Each function takes the outdoor air (:class:`Air`), the heat to remove ``q`` and its value at
rated load ``qd`` (kW per kW of rated IT) and the technology's parameters
(:mod:`app.engine.pue.pue_params`), and returns a :class:`Cooling`: compressor power, fan and pump
power (kW per kW rated IT), the share of heat carried by compressors (0 = free cooling,
1 = fully mechanical) and make-up water (litres per hour per kW rated IT). The formula set is
described in :mod:`app.engine.pue.pue`.

Every output is non-decreasing in outdoor dry-bulb and humidity (tests check it hour by hour).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np

from app.engine.climate import psychro
from app.engine.climate.psychro import FloatArray
from app.engine.climate.weather import HourlyWeather
from app.engine.pue.pue_params import (
    AirChillerParams,
    ChillerTowerParams,
    DirectAirParams,
    IndirectEvapParams,
    LiquidParams,
    _AirLoop,
    _CoolingBase,
    _WaterLoop,
)

#: Heat or load per kW of rated IT: hour by hour, or one number when the IT load is constant.
Load = FloatArray | float

_CP_AIR = 1.006  # kJ/(kg K)
_CP_WATER = 4.19  # kJ/(kg K)
_RHO_AIR = 1.2  # kg/m3 at ~20 degC, sea level (fan volume flow; density change ignored)
_H_FG = 2450.0  # kJ/kg latent heat of evaporation near 20 degC

# ----------------------------------------------------------------------------- physics helpers


@dataclass
class Cooling:
    """Cooling power (kW per kW rated IT) split into compressor and fans/pumps, the share of
    heat carried by compressors (0..1) and make-up water (L per hour per kW rated IT)."""

    compressor_kw: FloatArray
    aux_kw: Load
    mech_frac: FloatArray
    water: Callable[[], FloatArray]
    """Make-up water, worked out when asked (the PUE band's draws never ask)."""

    @cached_property
    def water_l(self) -> FloatArray:
        """Make-up water (L per hour per kW rated IT)."""
        return self.water()


def _fan_kw_per_kw(p: _AirLoop) -> float:
    """Fan power per kW of heat carried by air: V = Q/(rho cp dT), P = V dp / eta."""
    return p.fan_pressure_pa / p.fan_efficiency / (_RHO_AIR * _CP_AIR * p.delta_t_air_k) / 1000.0


def _pump_kw_per_kw(head_kpa: float, efficiency: float, delta_t_k: float) -> float:
    """Water pump power per kW of heat: V = Q/(rho cp dT), P = V dp / eta (rho 1000 kg/m3)."""
    return head_kpa / efficiency / (_CP_WATER * delta_t_k) / 1000.0


def _aux(design_kw_per_kw: float, q: Load, q_design: float, p: _CoolingBase) -> Load:
    """Fans/pumps: a fixed share of design power plus the rest following the flow (= heat)
    to ``aux_flow_exponent``: 1 for staged constant-speed units, ~1.7-3 for variable speed
    (fan and pump affinity laws, power ~ flow^3 less static pressure held by the controls)."""
    flow = q / q_design
    share = p.aux_fixed_share
    return design_kw_per_kw * q_design * (share + (1.0 - share) * flow**p.aux_flow_exponent)


def _lm_chiller_cop(plr: FloatArray, t_cond_c: FloatArray) -> FloatArray:
    """Lei & Masanet (2020) water-cooled chiller COP regression; part-load ratio, entering
    condenser water (degC), fitted for ~7 degC chilled water."""
    t = t_cond_c
    return (
        16.798751
        + 0.008840 * t**2
        - 8.528931 * plr**2
        + 9.885294 * plr
        - 0.760621 * t
        + 0.084615 * plr * t
    )


def _part_load_factor(plr: FloatArray) -> FloatArray:
    """COP at ``plr`` relative to the best part-load point, from the same regression at 30 degC."""
    return (1.938 + 12.423 * plr - 8.528931 * plr**2) / 6.46


def _carnot_cop(
    t_evap_c: FloatArray | float, t_cond_c: FloatArray | float, fraction: float
) -> FloatArray:
    """``fraction`` x Carnot COP between evaporating and condensing temperatures (lift >= 5 K)."""
    lift = np.maximum(t_cond_c - t_evap_c, 5.0)
    return fraction * (t_evap_c + 273.15) / lift


def _free_fraction(t_supply: float, t_return: float, t_available: FloatArray) -> FloatArray:
    """Lei & Masanet linear partial free cooling: 1 below the supply water temperature, 0 at
    or above the return temperature, linear in between."""
    return np.clip((t_return - t_available) / (t_return - t_supply), 0.0, 1.0)


def _water_temps(p: _WaterLoop) -> tuple[float, float]:
    """Supply and return water temperature (degC) of a chilled-water air loop."""
    t_ra = p.supply_air_c + p.delta_t_air_k
    t_sw = t_ra - p.delta_t_air_k / p.coil_effectiveness
    if p.chilled_water_c is not None:  # the operator's setpoint, colder than the coil needs
        t_sw = np.minimum(t_sw, p.chilled_water_c)  # a number, or one per parameter set
    return t_sw, t_sw + p.delta_t_water_k


def _chiller_power(mech_heat: FloatArray, cop: FloatArray) -> FloatArray:
    """Compressor power of the heat carried mechanically (>= 0; none when none is)."""
    return mech_heat / np.maximum(cop, 0.5)


def _compressor_kw(
    mech: FloatArray, heat: Load, cop: Callable[..., FloatArray], *hourly: FloatArray
) -> FloatArray:
    """Compressor power ``mech x heat / COP`` (COP at least 0.5), 0 in free-cooling hours.

    ``cop(mech, heat, *hourly)`` is worked out only on the hours a compressor runs when they
    are few: a cold site has few or none, and the PUE band evaluates 33 years of it. Free
    hours give exactly 0 either way. (Arrays shaped unlike ``mech``, e.g. a column of
    parameter sets, take the whole-year route.)"""
    running = mech > 0.0
    count = np.count_nonzero(running)
    if 4 * count > mech.size or not _shaped_like(mech, heat, *hourly):
        return _chiller_power(mech * heat, cop(mech, heat, *hourly))
    out = np.zeros(mech.shape)
    if count:
        pick = lambda v: v[running] if np.ndim(v) else v  # noqa: E731
        m, h = mech[running], pick(heat)
        out[running] = _chiller_power(m * h, cop(m, h, *map(pick, hourly)))
    return out


def _shaped_like(mech: FloatArray, heat: Load, *hourly: FloatArray) -> bool:
    """Every array has ``mech``'s shape (``heat`` may be a number)."""
    return np.shape(heat) in ((), mech.shape) and all(v.shape == mech.shape for v in hourly)


def _dx_cop(t_sa: float, p: DirectAirParams | IndirectEvapParams) -> Callable[..., FloatArray]:
    """COP of a hall's DX unit at each hour's outdoor dry-bulb (for :func:`_compressor_kw`)."""
    t_evap, condenser, fraction = (
        t_sa - p.evaporator_delta_k,
        p.condenser_delta_k,
        p.carnot_fraction,
    )
    return lambda _mech, _heat, tdb: _carnot_cop(t_evap, tdb + condenser, fraction)


# ----------------------------------------------------------------------------- technologies


@dataclass
class Air:
    """Outdoor conditions (arrays of equal shape): dry-bulb, wet-bulb, dew point (degC), Pa;
    ``year`` the weather year they are (then its psychrometrics are computed once per year)."""

    tdb: FloatArray
    twb: FloatArray
    tdp: FloatArray
    p: FloatArray
    year: HourlyWeather | None = None

    @classmethod
    def of(cls, year: HourlyWeather) -> Air:
        return cls(year.tdb_c, year.twb_c, year.dewpoint_c, np.asarray(year.pressure_pa), year)

    @cached_property
    def w(self) -> FloatArray:
        """Outdoor humidity ratio (kg/kg)."""
        if self.year is not None:
            return self.year.humidity_ratio
        pw = psychro.sat_vapour_pressure_pa(self.tdp)
        return psychro.humidity_ratio_from_vapour_pressure(pw, self.p)


def chiller_tower(a: Air, q: Load, qd: float, p: ChillerTowerParams) -> Cooling:
    t_sw, t_rw = _water_temps(p)
    mech = 1.0 - _free_fraction(t_sw, t_rw, a.twb + p.tower_approach_k + p.hx_approach_k)

    def cop(mech: FloatArray, q: Load, twb: FloatArray) -> FloatArray:  # hours it runs
        t_cond = np.clip(twb + p.tower_approach_k, p.min_condenser_c, 38.0)
        plr = np.maximum(p.chiller_design_plr * mech * q / qd, 0.2)
        # Warm chilled water: scale the 7 degC regression by the Carnot ratio of the two lifts.
        tc = t_cond + p.condenser_range_k + 1.5 + 273.15
        te, te7 = t_sw - 2.0 + 273.15, 5.0 + 273.15
        warm = (te / te7) * (tc - te7) / np.maximum(tc - te, 3.0)
        cop = _lm_chiller_cop(plr, t_cond) * p.chiller_cop_factor * warm
        return np.minimum(cop, p.chiller_cop_max)

    compressor = _compressor_kw(mech, q, cop, a.twb)
    rejected = q + compressor
    pumps = _pump_kw_per_kw(p.pump_head_kpa, p.pump_efficiency, p.delta_t_water_k)
    pumps += _pump_kw_per_kw(p.condenser_pump_head_kpa, p.pump_efficiency, p.condenser_range_k)
    aux = _aux(_fan_kw_per_kw(p) + pumps, q, qd, p) + p.tower_fan_kw_per_kw * rejected
    cycles = p.cycles_of_concentration

    def water() -> FloatArray:
        latent = np.clip(0.6 + 0.01 * a.tdb, 0.4, 0.9)  # evaporative share of tower heat
        return rejected * latent * 3600.0 / _H_FG * cycles / (cycles - 1.0)

    return Cooling(compressor, aux, mech, water)


def air_chiller(a: Air, q: Load, qd: float, p: AirChillerParams) -> Cooling:
    t_sw, t_rw = _water_temps(p)
    free = _free_fraction(t_sw, t_rw, a.tdb + p.dry_cooler_approach_k + p.hx_approach_k)
    mech = 1.0 - free

    def cop(mech: FloatArray, q: Load, tdb: FloatArray) -> FloatArray:  # hours it runs
        plr = np.maximum(p.chiller_design_plr * mech * q / qd, 0.2)
        cop = _carnot_cop(t_sw - 2.0, tdb + p.condenser_delta_k, p.carnot_fraction)
        return np.minimum(cop * _part_load_factor(plr) * p.chiller_cop_factor, p.chiller_cop_max)

    compressor = _compressor_kw(mech, q, cop, a.tdb)
    margin = np.maximum(t_sw - p.hx_approach_k - a.tdb, 1e-3)
    speed = np.clip(p.dry_cooler_approach_k / margin, 0.2, 1.0)  # dry-cooler fans slow when cold
    pumps = _pump_kw_per_kw(p.pump_head_kpa, p.pump_efficiency, p.delta_t_water_k)
    aux = _aux(_fan_kw_per_kw(p) + pumps, q, qd, p)
    aux = aux + p.dry_cooler_fan_kw_per_kw * free * q * speed**2
    return Cooling(compressor, aux, mech, lambda: np.zeros_like(compressor))


def direct_air(a: Air, q: Load, qd: float, p: DirectAirParams) -> Cooling:
    t_sa, dt = p.supply_air_c, p.delta_t_air_k
    w_oa = a.w
    w_max = psychro.humidity_ratio_from_vapour_pressure(
        psychro.sat_vapour_pressure_pa(p.max_supply_dewpoint_c), a.p
    )
    # Dry enough: cool with pads as far as needed and as far as the dew-point ceiling allows.
    pads = a.tdb - p.evaporative_effectiveness * (a.tdb - a.twb)
    ceiling = a.tdb - np.maximum(w_max - w_oa, 0.0) * _H_FG / _CP_AIR
    t_pre = np.where(a.tdb > t_sa, np.maximum(np.maximum(pads, ceiling), t_sa), a.tdb)
    dry_frac = np.clip((t_pre - t_sa) / dt, 0.0, 1.0)
    # Too humid: enthalpy rule against supply air at the ceiling humidity.
    h_oa = psychro.moist_air_enthalpy_kj_per_kg(a.tdb, w_oa)
    h_sa = psychro.moist_air_enthalpy_kj_per_kg(t_sa, w_max)
    humid = w_oa > w_max
    mech = np.where(humid, np.clip((h_oa - h_sa) / (_CP_AIR * dt), 0.0, 1.0), dry_frac)
    compressor = _compressor_kw(mech, q, _dx_cop(t_sa, p), a.tdb)
    aux = _aux(_fan_kw_per_kw(p), q, qd, p)

    def water() -> FloatArray:
        evaporating = ~humid & (t_pre < a.tdb) & (mech < 1.0)
        kg_per_s = np.where(evaporating, q * (a.tdb - t_pre) / (dt * _H_FG), 0.0)
        return kg_per_s * 3600.0 * p.water_bleed_factor

    return Cooling(compressor, aux, mech, water)


def indirect_evaporative(a: Air, q: Load, qd: float, p: IndirectEvapParams) -> Cooling:
    t_sa, dt = p.supply_air_c, p.delta_t_air_k
    t_ra = t_sa + dt
    dry_drop = p.dry_effectiveness * (t_ra - a.tdb)  # the dry exchanger's cooling (K)
    t_dry = t_ra - dry_drop
    t_wet = t_ra - p.wet_effectiveness * (t_ra - a.twb)
    # No masks for "the dry exchanger alone reaches the supply air" (t_dry <= t_sa): there the
    # coldest of the three is at or below the supply air too, so the clip gives no compressor;
    # elsewhere the drop is under dt and the fans' ratio clips to full speed.
    mech = np.clip((np.minimum(np.minimum(t_dry, t_wet), t_ra) - t_sa) / dt, 0.0, 1.0)
    compressor = _compressor_kw(mech, q, _dx_cop(t_sa, p), a.tdb)
    fan = _fan_kw_per_kw(p)
    speed = np.clip(dt / np.maximum(dry_drop, 1e-3), 0.3, 1.0)  # scavenger fans slow when cold
    aux = _aux(fan, q, qd, p) + fan * p.secondary_fan_ratio * q * speed**2

    def water() -> FloatArray:
        wet = (t_dry > t_sa) & (t_wet < t_dry) & (mech < 1.0)
        evaporated = np.where(wet, q * (1.0 - mech) * p.latent_share / _H_FG, 0.0)
        return evaporated * 3600.0 * p.water_bleed_factor

    return Cooling(compressor, aux, mech, water)


def liquid(a: Air, q: Load, qd: float, it: Load, p: LiquidParams) -> Cooling:
    q_liq = p.liquid_share * it
    q_air = q - q_liq
    approach, supply = p.dry_cooler_approach_k, p.supply_c
    t_in = a.tdb
    if p.adiabatic_assist:  # spray only as much as needed to reach the design air inlet
        pads = a.tdb - p.adiabatic_effectiveness * (a.tdb - a.twb)
        t_in = np.minimum(a.tdb, np.maximum(pads, supply - approach))
    mech = np.clip((t_in + approach - supply) / p.delta_t_k, 0.0, 1.0)
    trim_cop = lambda _m, _q, tdb: _carnot_cop(supply - 2.0, tdb + 12.0, p.carnot_fraction)  # noqa: E731
    compressor = _compressor_kw(mech, q_liq, trim_cop, a.tdb)
    speed = np.clip(approach / np.maximum(supply - t_in, 1e-3), 0.2, 1.0)
    aux = _aux(p.pump_kw_per_kw, q_liq, qd * p.liquid_share, p)
    aux = aux + p.dry_cooler_fan_kw_per_kw * q_liq * (1.0 - mech) * speed**2

    def water() -> FloatArray:
        if not p.adiabatic_assist:
            return air.water_l
        sprayed = q_liq * (1.0 - mech) * (a.tdb - t_in) / (10.0 * _H_FG) * 3600.0 * 1.2
        return sprayed + air.water_l

    air = air_chiller(
        a,
        q_air,
        qd - p.liquid_share,
        AirChillerParams(aux_fixed_share=p.aux_fixed_share, aux_flow_exponent=p.aux_flow_exponent),
    )
    return Cooling(
        compressor + air.compressor_kw,
        aux + air.aux_kw,
        (mech * q_liq + air.mech_frac * q_air) / q,
        water,
    )


#: Each takes its own parameter dataclass (DEFAULT_PARAMS[tech]'s type).
TECH_FUNCS: dict[str, Callable[[Air, Load, float, Any], Cooling]] = {
    "chiller_tower": chiller_tower,
    "air_chiller": air_chiller,
    "direct_air": direct_air,
    "indirect_evaporative": indirect_evaporative,
}
