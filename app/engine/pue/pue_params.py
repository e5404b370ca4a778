"""Default parameters of the PUE model, with units and the reasoning or source of each value.

One frozen dataclass per technology (shared fields by inheritance) and ``ElectricalParams``
for the power chain. ``UNITS`` and ``SOURCES`` give every field's unit and why it has its
default; ``TECH_SOURCES`` overrides a shared field's source where a technology differs.
"Calibrated" means the value was chosen, inside the range quoted, against the published PUE of
real facilities (``tools/pue_calibration.py``, ``docs/model-validation.md``); the same
value serves every site, nothing is tuned per site.

Literature: Lei & Masanet, "Statistical analysis for predicting location-specific data center
PUE and its improvement potential", Energy 201 (2020) 117556, Table A.1 and the example
parameter sets of their public tool (github.com/nuoaleon/Data-center-PUE-prediction-tool).
"""

from __future__ import annotations

from dataclasses import dataclass, fields

#: IT load / rated IT power assumed when none is given.
DEFAULT_UTILIZATION = 0.75
UTILIZATION_SOURCE = (
    "Mature halls run at 60-80 % of rated IT power; the national target for average rack "
    "utilisation in the cluster start areas is >= 65 % (policy_and_network.md)."
)


@dataclass(frozen=True)
class ElectricalParams:
    """Power-chain losses shared by all cooling technologies."""

    ups_efficiency: float = 0.98
    ups_fixed_loss: float = 0.004
    distribution_loss: float = 0.01
    misc_fixed: float = 0.005
    transformer_fixed_loss: float = 0.0
    chain_redundancy: float = 1.0
    design_oversize: float = 1.0


@dataclass(frozen=True)
class _CoolingBase:
    aux_fixed_share: float = 0.2


@dataclass(frozen=True)
class _AirLoop(_CoolingBase):
    supply_air_c: float = 25.0
    delta_t_air_k: float = 12.0
    fan_pressure_pa: float = 200.0
    fan_efficiency: float = 0.7


@dataclass(frozen=True)
class _WaterLoop(_AirLoop):
    coil_effectiveness: float = 0.85
    delta_t_water_k: float = 6.0
    pump_head_kpa: float = 150.0
    pump_efficiency: float = 0.75
    hx_approach_k: float = 1.5
    chiller_design_plr: float = 0.8
    chiller_cop_factor: float = 1.0
    chiller_cop_max: float = 15.0
    chilled_water_c: float | None = None


@dataclass(frozen=True)
class ChillerTowerParams(_WaterLoop):
    """Water-cooled chiller + open cooling tower, water-side economiser through a plate HX."""

    tower_approach_k: float = 4.0
    condenser_range_k: float = 5.0
    condenser_pump_head_kpa: float = 120.0
    tower_fan_kw_per_kw: float = 0.006
    min_condenser_c: float = 15.0
    cycles_of_concentration: float = 4.0


@dataclass(frozen=True)
class AirChillerParams(_WaterLoop):
    """Air-cooled chiller with a dry cooler (or integrated free-cooling coil); no water."""

    dry_cooler_approach_k: float = 6.0
    dry_cooler_fan_kw_per_kw: float = 0.012
    carnot_fraction: float = 0.45
    condenser_delta_k: float = 15.0


@dataclass(frozen=True)
class DirectAirParams(_AirLoop):
    """Outdoor air straight into the hall, evaporative pads when hot and dry, DX backup."""

    supply_air_c: float = 24.0
    fan_pressure_pa: float = 300.0
    max_supply_dewpoint_c: float = 15.0
    evaporative_effectiveness: float = 0.85
    carnot_fraction: float = 0.3
    evaporator_delta_k: float = 10.0
    condenser_delta_k: float = 12.0
    water_bleed_factor: float = 1.2


@dataclass(frozen=True)
class IndirectEvapParams(_AirLoop):
    """Air-to-air heat exchanger, dry or with sprayed secondary air, DX trim."""

    fan_pressure_pa: float = 350.0
    dry_effectiveness: float = 0.65
    wet_effectiveness: float = 0.75
    secondary_fan_ratio: float = 1.0
    carnot_fraction: float = 0.3
    evaporator_delta_k: float = 8.0
    condenser_delta_k: float = 12.0
    latent_share: float = 0.8
    water_bleed_factor: float = 1.2


@dataclass(frozen=True)
class LiquidParams(_CoolingBase):
    """Warm-water liquid loop to dry coolers with chiller trim on the hottest hours; the
    residual air-borne heat goes to an air-cooled chiller plant (``AirChillerParams``)."""

    liquid_share: float = 0.75
    supply_c: float = 35.0
    delta_t_k: float = 10.0
    dry_cooler_approach_k: float = 8.0
    dry_cooler_fan_kw_per_kw: float = 0.012
    pump_kw_per_kw: float = 0.012
    carnot_fraction: float = 0.45
    adiabatic_assist: bool = False
    adiabatic_effectiveness: float = 0.7


DEFAULT_PARAMS: dict[str, _CoolingBase] = {
    "chiller_tower": ChillerTowerParams(),
    "air_chiller": AirChillerParams(),
    "direct_air": DirectAirParams(),
    "indirect_evaporative": IndirectEvapParams(),
    "liquid_cold_plate": LiquidParams(),
    "immersion": LiquidParams(liquid_share=1.0, delta_t_k=8.0, pump_kw_per_kw=0.015),
}

LM = "Lei & Masanet 2020"
UNITS = {
    "ups_fixed_loss": "kW/kW UPS rating", "misc_fixed": "kW/kW design IT",
    "transformer_fixed_loss": "kW/kW transformer rating", "chain_redundancy": "x design IT",
    "design_oversize": "design IT / rated IT", "chilled_water_c": "degC",
    "supply_air_c": "degC", "delta_t_air_k": "K", "fan_pressure_pa": "Pa",
    "delta_t_water_k": "K", "pump_head_kpa": "kPa", "hx_approach_k": "K",
    "tower_approach_k": "K", "condenser_range_k": "K", "condenser_pump_head_kpa": "kPa",
    "tower_fan_kw_per_kw": "kW/kW rejected", "min_condenser_c": "degC",
    "dry_cooler_approach_k": "K", "dry_cooler_fan_kw_per_kw": "kW/kW rejected",
    "condenser_delta_k": "K", "max_supply_dewpoint_c": "degC", "evaporator_delta_k": "K",
    "supply_c": "degC", "delta_t_k": "K", "pump_kw_per_kw": "kW/kW liquid heat",
}  # fmt: skip
SOURCES = {
    "ups_efficiency": f"Modular UPS in high-efficiency mode or 240/336 V HVDC 0.96-0.99 ({LM} range 0.93-0.99, example 0.98). Calibrated 0.98.",
    "ups_fixed_loss": "UPS no-load loss 0.3-1 % of rated power (modern modular UPS): the loss that makes a half-empty hall worse.",
    "distribution_loss": f"Transformers, PDUs, cabling 0.5-3 % of IT ({LM} example 0.56 %).",
    "transformer_fixed_loss": "Transformer no-load (core) loss; hyperscale: inside the calibrated UPS no-load loss (0).",
    "chain_redundancy": "Installed UPS/transformer rating per kW of design IT: 1 = N or distributed redundancy (hyperscale); 2 = 2N, each path at <= 50 % load.",
    "design_oversize": "Design IT of the plant / rated IT installed: 1 = built to the load (hyperscale); fixed losses and part-load follow the design.",
    "chilled_water_c": "Chilled-water supply setpoint; empty = the warmest the coil allows (hyperscale: supply air - coil approach).",
    "misc_fixed": f"Lighting, offices, security, BMS, fixed: hyperscale 0.2-1 % of rated IT ({LM} lighting 0.18 %).",
    "aux_fixed_share": "Share of design fan/pump power drawn whatever the load (minimum speeds, N+1 units running); engineering judgement.",
    "supply_air_c": "Cold-aisle supply: ASHRAE recommended 18-27 degC, GB 50174-2017 cold aisle 18-27 degC; 25 degC is a common Chinese design value (calibration prefers 25-27).",
    "delta_t_air_k": f"Server air temperature rise 10-15 K with aisle containment ({LM} example 18.9 K).",
    "fan_pressure_pa": f"Fan walls / large air handlers with containment 150-300 Pa ({LM} room CRAC units 400-700 Pa). Calibrated 200 Pa.",
    "fan_efficiency": f"Fan + motor + drive 0.6-0.8 ({LM} example 0.71).",
    "coil_effectiveness": f"Air-to-water coil effectiveness, HTE in {LM} (example 0.82).",
    "delta_t_water_k": f"Chilled/facility water range 5-8 K ({LM} example 7.5 K).",
    "pump_head_kpa": f"Chilled-water pump head 120-250 kPa ({LM} example 156-172 kPa). Calibrated 150.",
    "pump_efficiency": f"Pump + motor 0.65-0.8 ({LM} example 0.67-0.75).",
    "hx_approach_k": f"Plate heat-exchanger approach 1-2.5 K ({LM} AT_HE example 2.3 K).",
    "chiller_design_plr": "Chiller part-load ratio at full IT load in full mechanical mode (N+1 plant sized ~1.25x the load).",
    "chiller_cop_factor": f"Scales the regression COP ({LM} pCOP, +-10 %).",
    "chiller_cop_max": "Cap of the warm-water-corrected COP; magnetic-bearing centrifugal chillers reach ~15 at low lift.",
    "tower_approach_k": f"Cooling-tower approach to wet-bulb 3-6 K ({LM} example 6.5 K).",
    "condenser_range_k": "Condenser water range, AHRI 550/590 rating 29.4 -> 35 degC.",
    "condenser_pump_head_kpa": f"Condenser/tower pump head 100-210 kPa ({LM} example 210 kPa). Calibrated 120.",
    "tower_fan_kw_per_kw": f"Induced-draft tower fans 0.005-0.01 kW per kW rejected ({LM} example ~0.009).",
    "min_condenser_c": "Lowest entering condenser water a chiller accepts; towers are throttled to hold it.",
    "cycles_of_concentration": "Tower cycles of concentration 3-6; blow-down = evaporation / (cycles - 1).",
    "dry_cooler_approach_k": "Dry-cooler approach of the leaving fluid to ambient dry-bulb, 4-8 K.",
    "dry_cooler_fan_kw_per_kw": "Dry-cooler fans 0.01-0.02 kW/kW rejected at design; square law with the airflow needed.",
    "carnot_fraction": "Second-law efficiency of the compressor: air-cooled chillers incl. condenser fans 0.4-0.5 (COP 2.8-3.2 at 35/7 degC).",
    "condenser_delta_k": "Condensing temperature above outdoor dry-bulb.",
    "max_supply_dewpoint_c": "ASHRAE recommended envelope upper dew point 15 degC; wetter outdoor air is dehumidified (enthalpy rule).",
    "evaporative_effectiveness": "Rigid-media evaporative pads 0.8-0.9.",
    "evaporator_delta_k": "Evaporator below supply air (dehumidifying coil).",
    "water_bleed_factor": "Make-up = evaporation x 1.2 (bleed-off keeps the media clean).",
    "dry_effectiveness": "Dry air-to-air HX effectiveness 0.6-0.7 (plate/tube IEC units).",
    "wet_effectiveness": "Wet-bulb effectiveness with sprayed secondary air 0.7-0.8.",
    "secondary_fan_ratio": "Secondary (scavenger) fan power / primary fan power at full speed; it slows (square law) in cold weather.",
    "latent_share": "Share of wet-mode HX heat carried off as evaporated water.",
    "liquid_share": "Share of IT heat captured by cold plates 0.7-0.85 (CPU/GPU/memory); the rest is air-cooled.",
    "supply_c": "Facility water to the CDUs, ASHRAE W32-W40; Chinese cold-plate designs 35/45 degC.",
    "delta_t_k": "Liquid loop supply-return range, 8-10 K (e.g. 35/45 degC cold-plate designs).",
    "pump_kw_per_kw": "CDU secondary pump (cold plates 150-250 kPa) + facility pump, ~1-1.5 % of the liquid heat.",
    "adiabatic_assist": "Wet pads on the dry coolers for the hottest hours; off by default (water-free design).",
    "adiabatic_effectiveness": "Adiabatic pre-cooler effectiveness 0.6-0.8.",
}
TECH_SOURCES = {
    ("direct_air", "supply_air_c"): "Direct-air halls kept inside the ASHRAE recommended envelope with margin: 24 degC. Calibrated (AWS regions).",
    ("direct_air", "fan_pressure_pa"): "Louvres + filters + pads + fans, 250-400 Pa.",
    ("direct_air", "carnot_fraction"): "Packaged DX / air-cooled backup 0.3-0.45 of Carnot. Calibrated 0.3 (AWS regions in hot climates).",
    ("indirect_evaporative", "fan_pressure_pa"): "Primary air through the HX and filters, 300-450 Pa.",
    ("indirect_evaporative", "carnot_fraction"): "DX trim inside the unit, as the direct-air DX backup (0.3).",
    ("liquid_cold_plate", "carnot_fraction"): "Trim chiller, like the air-cooled chiller (0.45).",
    ("immersion", "liquid_share"): "Single-phase immersion: all server heat goes to the dielectric fluid.",
    ("immersion", "delta_t_k"): "Facility loop range 8 K behind the immersion CDU.",
    ("immersion", "pump_kw_per_kw"): "Dielectric fluid pumps (viscous, cp ~2.2 kJ/kgK) + facility pump, ~1.5 %.",
}  # fmt: skip


def parameter_table(tech: str) -> list[dict[str, object]]:
    """Rows (name, value, unit, source) of ``tech``'s defaults followed by the electrical ones."""
    rows: list[dict[str, object]] = []
    for obj in (DEFAULT_PARAMS[tech], ElectricalParams()):
        for f in fields(obj):
            source = TECH_SOURCES.get((tech, f.name), SOURCES[f.name])
            unit = UNITS.get(f.name, "-")
            rows.append(
                {"name": f.name, "value": getattr(obj, f.name), "unit": unit, "source": source}
            )
    return rows
