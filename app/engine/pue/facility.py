"""Facility classes: the same cooling physics with the power chain, air/water loop and plant of
a hyperscale campus, a typical new large Chinese data centre, a mid-size and a small one.

A class is a set of physical parameters, each with its source or reasoning (``source``); the
uncertain ones have a plausible range (``uncertain``) from which :mod:`app.engine.pue.pue_band`
samples the p5-p95 band. Nothing is tuned per site. ``hyperscale`` is the parameter set
calibrated on Google's campuses (``pue_params`` defaults, unchanged); ``large`` is the default
for placed sites and the national clusters. Size classes after Lei & Masanet (Energy 201
(2020) 117556; their 2022 U.S. study uses the same small / mid-size / large / hyperscale
split); Chinese classes by GB 50174-2017 (A-class = fault tolerant, 2N power) and the MIIT
size classes (large >= 3,000 standard racks).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field, fields, replace
from typing import TYPE_CHECKING, TypeVar

from app.engine.pue import pue_params
from app.engine.pue.pue_params import DEFAULT_PARAMS, ElectricalParams, _CoolingBase

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

_Params = TypeVar("_Params", bound="DataclassInstance")

FACILITY_CLASSES = ("hyperscale", "large", "midsize", "small")
DEFAULT_FACILITY = "large"
FACILITY_LABELS: dict[str, tuple[str, str]] = {
    "hyperscale": ("Hyperscale (best practice)", "超大型(最佳实践)"),
    "large": ("Large (typical new Chinese DC)", "大型(国内典型新建)"),
    "midsize": ("Mid-size", "中型"),
    "small": ("Small", "小型"),
}


@dataclass(frozen=True)
class FacilityClass:
    """Parameters that differ from the hyperscale defaults, with sources and ranges.

    ``electrical`` replaces the power chain; ``common`` sets a field on every technology that
    has it, ``per_tech`` on one technology; ``uncertain`` maps a field to (low, high).
    """

    key: str
    electrical: ElectricalParams
    common: dict[str, float] = field(default_factory=dict)
    per_tech: dict[str, dict[str, float]] = field(default_factory=dict)
    source: dict[object, str] = field(default_factory=dict)  # field or (tech, field)
    uncertain: dict[str, tuple[float, float]] = field(default_factory=dict)


_LARGE = FacilityClass(
    key="large",
    electrical=ElectricalParams(
        ups_efficiency=0.97,
        ups_fixed_loss=0.008,
        distribution_loss=0.02,
        misc_fixed=0.01,
        transformer_fixed_loss=0.0015,
        chain_redundancy=2.0,
        design_oversize=1.15,
        ups_module_load=0.5,
    ),
    common={
        "supply_air_c": 23.0,
        "delta_t_air_k": 11.0,
        "fan_pressure_pa": 350.0,
        "fan_efficiency": 0.65,
        "pump_head_kpa": 250.0,
        "pump_efficiency": 0.7,
        "condenser_pump_head_kpa": 200.0,
        "aux_fixed_share": 0.2,
        "aux_flow_exponent": 1.74,
        "chilled_water_c": 19.0,
        "chiller_cop_max": 12.6,
        "hx_approach_k": 2.0,
        "tower_approach_k": 5.0,
        "dry_cooler_approach_k": 8.0,
    },
    per_tech={
        "direct_air": {"supply_air_c": 22.0},
        "indirect_evaporative": {"fan_pressure_pa": 400.0},
    },
    source={
        "ups_efficiency": "Double-conversion modular UPS or 240 V HVDC at 25-50 % module load: 94-96 % overall; proportional part 0.97 (vendor curves; YD/T 2378 HVDC >= 0.94).",
        "ups_fixed_loss": "UPS/HVDC no-load loss 0.8-1.5 % of module rating (modular UPS datasheets).",
        "distribution_loss": "10/0.4 kV transformer load loss at <= 50 % load, LV switchgear, busway, cabling and PDUs: 1.5-3 % of IT.",
        "transformer_fixed_loss": "Dry-type transformer no-load loss 0.1-0.2 % of rating (GB 20052-2020 grade 2, 1600-2500 kVA).",
        "chain_redundancy": "GB 50174-2017 A-class (fault tolerant): 2N power paths, each UPS/transformer at <= 50 % load.",
        "design_oversize": "Plant and halls built for the design load, racks filled over years; China's rack utilisation ~60 % (policy_and_network.md): 1.1-1.3.",
        "misc_fixed": "Lighting (GB 50174 500 lx), offices, security, BMS, humidity control: 0.8-2 % of design IT.",
        "supply_air_c": "Cold aisle 22-24 degC: GB 50174-2017 recommends 18-27 degC; Chinese designs keep margin.",
        "delta_t_air_k": "In-row or fan-wall units with cold-aisle containment: 10-12 K (some bypass and recirculation).",
        "fan_pressure_pa": "CRAH / in-row units with filters and coils 300-450 Pa (Lei & Masanet room units 400-700 Pa).",
        "fan_efficiency": "EC fan + motor 0.6-0.7.",
        "pump_head_kpa": "Chilled-water pumps in multi-storey buildings 200-300 kPa.",
        "pump_efficiency": "Pump + motor + VFD 0.65-0.75.",
        "condenser_pump_head_kpa": "Condenser pumps to roof towers 180-250 kPa (Lei & Masanet example 210 kPa).",
        "ups_module_load": "Eaton, 9395P/93PS UPS user's and installation guides (Variable Module Management System): modular UPS keep only the modules the load needs on line, each up to 80 % of its rating by default, the rest suspended. Average load of the modules on line, allowing for one redundant module per path: 0.5 (0.35-0.7), reasoned.",
        "aux_fixed_share": "Variable-speed fans and pumps have no fixed share of their own: N+1 units share the flow at lower speed (ASHRAE 90.1-2016 6.5.3.2.1, 6.5.4.2). What does not follow the IT heat: cooling of the 2N UPS, battery and switchgear rooms, chillers' minimum evaporator flow, fans' minimum speed: 0.1-0.3 of design, 0.2 as the hyperscale class (reasoned).",
        "aux_flow_exponent": "ASHRAE 90.1-2016 section 6.5.3.2.1 (fans) and 6.5.4.2 (chilled-water pumps): at most 30 % of design power at 50 % of design flow, i.e. power ~ flow^1.74, the least efficient compliant curve; pure affinity laws give 3. Range 1.5 (below the code) to 2.5 (containment pressure control, near the affinity law).",
        "chilled_water_c": "Fitted on operating data (tools/pue_calibration.py): the supply temperature that best reproduces the class's 11 operating facilities (AWS regions, Chinese halls; 18-19 degC with each operator group left out), no primary source giving what Chinese halls run. Between ASHRAE 90.1-2019's 12.2 degC code baseline (Appendix G3.1.3.9) and Lei & Masanet's large-scale 20-30 degC (Resour. Conserv. Recycl. 182 (2022) 106323); range 15 (15/21 designs) to 21 (the warmest the class's 23 degC supply air allows).",
        "chiller_cop_max": "U.S. DOE EnergyPlus reference chillers (Chillers.idf, CoolTools curves) as carried by LBNL's Modelica Buildings Library: the 37 variable-speed centrifugal chillers at their warmest rated chilled water (8.9-12.8 degC) and 15 degC condenser water reach a best part-load COP of median 12.6 (quartiles 11.4-15.4; tools/chiller_cop_cap.py). Not magnetic bearing (hyperscale: 15).",
        "hx_approach_k": "Plate heat exchanger approach 1.5-3 K.",
        "tower_approach_k": "Cooling-tower approach 4-6 K (Lei & Masanet example 6.5 K).",
        "dry_cooler_approach_k": "Dry-cooler approach 6-10 K.",
        (
            "direct_air",
            "supply_air_c",
        ): "Direct-air halls at 22 degC (margin inside GB 50174 18-27 degC).",
        (
            "indirect_evaporative",
            "fan_pressure_pa",
        ): "IEC units: primary air through HX, filters and coil, 350-450 Pa.",
    },
    uncertain={
        "ups_efficiency": (0.96, 0.98),
        "ups_fixed_loss": (0.005, 0.012),
        "distribution_loss": (0.015, 0.025),
        "misc_fixed": (0.006, 0.015),
        "design_oversize": (1.05, 1.25),
        "fan_pressure_pa": (275.0, 425.0),
        "supply_air_c": (21.0, 25.0),
        "chilled_water_c": (15.0, 21.0),
        "chiller_cop_factor": (0.9, 1.1),
        "aux_fixed_share": (0.1, 0.3),
        "aux_flow_exponent": (1.5, 2.5),
        "ups_module_load": (0.35, 0.7),
        "chiller_cop_max": (11.4, 15.4),
    },
)

_MIDSIZE = FacilityClass(
    key="midsize",
    electrical=ElectricalParams(
        ups_efficiency=0.96,
        ups_fixed_loss=0.015,
        distribution_loss=0.03,
        misc_fixed=0.025,
        transformer_fixed_loss=0.002,
        chain_redundancy=2.0,
        design_oversize=1.3,
    ),
    common={
        "supply_air_c": 21.0,
        "delta_t_air_k": 9.0,
        "fan_pressure_pa": 500.0,
        "fan_efficiency": 0.55,
        "pump_head_kpa": 300.0,
        "pump_efficiency": 0.65,
        "condenser_pump_head_kpa": 220.0,
        "aux_fixed_share": 0.4,
        "chilled_water_c": 10.0,
        "chiller_cop_factor": 0.9,
        "chiller_cop_max": 8.0,
        "hx_approach_k": 2.5,
        "tower_approach_k": 5.5,
        "dry_cooler_approach_k": 9.0,
    },
    source={
        "ups_efficiency": "Tower UPS of the 2010s, 2N at 20-40 % load: 92-95 % overall.",
        "ups_fixed_loss": "No-load loss of tower UPS 1-2 % of rating.",
        "distribution_loss": "Older transformers, long LV runs, PDUs: 2-4 % of IT.",
        "transformer_fixed_loss": "Older dry-type transformers, no-load 0.2-0.3 % of rating.",
        "chain_redundancy": "2N power paths (GB 50174 A/B class enterprise and carrier rooms).",
        "design_oversize": "Built for a design load rarely reached: 1.2-1.5.",
        "misc_fixed": "Lighting, offices, humidifiers in the hall: 2-3 % of design IT.",
        "supply_air_c": "Cold supply 20-22 degC, partial containment.",
        "delta_t_air_k": "Raised floor without full containment: 8-10 K.",
        "fan_pressure_pa": "Room CRAH/CRAC with raised floor 400-600 Pa (Lei & Masanet 400-700 Pa).",
        "fan_efficiency": "AC fans with belts or older EC fans 0.5-0.6.",
        "pump_head_kpa": "Constant-flow chilled-water pumps 250-350 kPa.",
        "pump_efficiency": "Pump + motor 0.6-0.7.",
        "condenser_pump_head_kpa": "Condenser pumps 200-250 kPa.",
        "aux_fixed_share": "Fixed-speed units, N+1/N+2 running: 0.3-0.5.",
        "chilled_water_c": "7/12 to 10/15 degC chilled water: 10 degC supply.",
        "chiller_cop_factor": "Screw/centrifugal chillers of GB 19577 grade 2-3: ~0.9 of the regression.",
        "chiller_cop_max": "Fixed-speed chillers: COP cap ~8 at low lift.",
        "hx_approach_k": "Plate HX approach 2-3 K.",
        "tower_approach_k": "Cooling-tower approach 5-6 K.",
        "dry_cooler_approach_k": "Dry-cooler approach 8-10 K.",
    },
    uncertain={
        "ups_efficiency": (0.945, 0.975),
        "ups_fixed_loss": (0.01, 0.02),
        "distribution_loss": (0.02, 0.04),
        "misc_fixed": (0.015, 0.035),
        "design_oversize": (1.15, 1.45),
        "fan_pressure_pa": (400.0, 600.0),
        "chilled_water_c": (8.0, 12.0),
        "chiller_cop_factor": (0.8, 1.0),
    },
)

_SMALL = FacilityClass(
    key="small",
    electrical=ElectricalParams(
        ups_efficiency=0.94,
        ups_fixed_loss=0.02,
        distribution_loss=0.04,
        misc_fixed=0.04,
        transformer_fixed_loss=0.003,
        chain_redundancy=2.0,
        design_oversize=1.5,
    ),
    common={
        "supply_air_c": 19.0,
        "delta_t_air_k": 8.0,
        "fan_pressure_pa": 600.0,
        "fan_efficiency": 0.5,
        "pump_head_kpa": 300.0,
        "pump_efficiency": 0.6,
        "condenser_pump_head_kpa": 220.0,
        "aux_fixed_share": 0.5,
        "chilled_water_c": 7.0,
        "chiller_cop_factor": 0.8,
        "chiller_cop_max": 6.0,
        "hx_approach_k": 3.0,
        "tower_approach_k": 6.0,
        "dry_cooler_approach_k": 10.0,
    },
    source={
        "ups_efficiency": "Small UPS at low load: 90-94 % overall.",
        "ups_fixed_loss": "No-load loss of small UPS 1.5-3 % of rating.",
        "distribution_loss": "3-5 % of IT (small transformers or none, long cable runs).",
        "transformer_fixed_loss": "Small transformers, no-load 0.3 % of rating.",
        "chain_redundancy": "2N UPS common even in server rooms.",
        "design_oversize": "Server rooms built for growth: 1.3-2.",
        "misc_fixed": "Lighting, humidifiers, reheat: 3-5 % of design IT.",
        "supply_air_c": "Room cooled to 18-20 degC.",
        "delta_t_air_k": "No containment: 6-10 K.",
        "fan_pressure_pa": "Room CRAC units 500-700 Pa (Lei & Masanet 400-700 Pa).",
        "fan_efficiency": "AC fans 0.45-0.55.",
        "pump_head_kpa": "Chilled-water pumps 250-350 kPa.",
        "pump_efficiency": "Pump + motor 0.55-0.65.",
        "condenser_pump_head_kpa": "Condenser pumps 200-250 kPa.",
        "aux_fixed_share": "Fixed-speed units: 0.4-0.6.",
        "chilled_water_c": "7/12 degC chilled water.",
        "chiller_cop_factor": "Small screw or scroll chillers: ~0.8 of the regression.",
        "chiller_cop_max": "COP cap ~6.",
        "hx_approach_k": "Plate HX approach 3 K.",
        "tower_approach_k": "Cooling-tower approach 6 K.",
        "dry_cooler_approach_k": "Dry-cooler approach 10 K.",
    },
    uncertain={
        "ups_efficiency": (0.92, 0.96),
        "ups_fixed_loss": (0.015, 0.025),
        "distribution_loss": (0.03, 0.05),
        "misc_fixed": (0.03, 0.05),
        "design_oversize": (1.3, 1.7),
        "fan_pressure_pa": (500.0, 700.0),
        "chiller_cop_factor": (0.7, 0.9),
    },
)

_HYPERSCALE = FacilityClass(
    key="hyperscale",
    electrical=ElectricalParams(),
    uncertain={
        "ups_efficiency": (0.97, 0.99),
        "ups_fixed_loss": (0.002, 0.006),
        "distribution_loss": (0.005, 0.015),
        "misc_fixed": (0.003, 0.01),
        "fan_pressure_pa": (150.0, 250.0),
        "supply_air_c": (24.0, 27.0),
        "chiller_cop_factor": (0.9, 1.1),
        "aux_fixed_share": (0.1, 0.3),
    },
)

CLASSES: dict[str, FacilityClass] = {c.key: c for c in (_HYPERSCALE, _LARGE, _MIDSIZE, _SMALL)}


def check_facility(facility: str) -> str:
    """``facility`` if it is a known class, else a ValueError naming the choices."""
    if facility not in CLASSES:
        raise ValueError(
            f"unknown facility class {facility!r}; choose one of {', '.join(FACILITY_CLASSES)}"
        )
    return facility


def _apply(obj: _Params, changes: dict[str, float]) -> _Params:
    names = {f.name for f in fields(obj)}
    return replace(obj, **{k: v for k, v in changes.items() if k in names})


def facility_params(
    tech: str, facility: str = DEFAULT_FACILITY, changes: dict[str, float] | None = None
) -> tuple[_CoolingBase, ElectricalParams]:
    """Cooling parameters of ``tech`` and the power chain of ``facility``; ``changes`` (any
    field of either) override them (the uncertainty sampling uses this)."""
    params, electrical = _class_params(tech, check_facility(facility))
    if changes:
        params, electrical = _apply(params, changes), _apply(electrical, changes)
    return params, electrical


@functools.lru_cache(maxsize=64)
def _class_params(tech: str, facility: str) -> tuple[_CoolingBase, ElectricalParams]:
    """A class's parameters of ``tech``, made once (frozen: every caller may share them)."""
    cls = CLASSES[facility]
    return _apply(
        DEFAULT_PARAMS[tech], {**cls.common, **cls.per_tech.get(tech, {})}
    ), cls.electrical


def uncertain_range(facility: str, name: str, value: float) -> tuple[float, float] | None:
    """Plausible (low, high) of field ``name`` whose value is ``value`` in this technology.

    A range is written for the class's common value; a technology with its own value (e.g.
    a direct-air hall's fan pressure) gets the same relative spread around its value."""
    bounds = CLASSES[check_facility(facility)].uncertain.get(name)
    if bounds is None or value is None:
        return None
    low, high = bounds
    if low <= value <= high:
        return low, high
    scale = value / (0.5 * (low + high))
    return low * scale, high * scale


def parameter_table(tech: str, facility: str = DEFAULT_FACILITY) -> list[dict[str, object]]:
    """Rows (name, value, unit, source, low, high) of ``tech`` in ``facility``: the class's
    source where it sets the field, the hyperscale reasoning otherwise."""
    cls = CLASSES[check_facility(facility)]
    params, electrical = facility_params(tech, facility)
    rows = []
    for obj in (params, electrical):
        for f in fields(obj):
            source = (
                cls.source.get((tech, f.name))
                or cls.source.get(f.name)
                or pue_params.TECH_SOURCES.get((tech, f.name))
                or pue_params.SOURCES[f.name]
            )
            low, high = uncertain_range(facility, f.name, getattr(obj, f.name)) or (None, None)
            rows.append(
                {
                    "name": f.name,
                    "value": getattr(obj, f.name),
                    "unit": pue_params.UNITS.get(f.name, "-"),
                    "source": source,
                    "low": low,
                    "high": high,
                }
            )
    return rows
