"""The allocation's editable assumptions as plain data (``app.engine.national_problem`` builds
the problem from them and re-exports the name for older imports).

Circuit prices become network parameters in ``app.engine.national_problem.network_params``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain.workload import DEFAULT_CLASSES, WorkloadClass

STANDARD_RACK_KW = 2.5
"""Power of one standard rack, kW (``app.engine.demand`` holds the sourced statistic)."""
NATIONAL_IT_MW = 8.1e6 * STANDARD_RACK_KW / 1000.0
"""20,250 MW: 8.1 million standard racks in use at end-2023 x 2.5 kW (``app.engine.demand``;
a test checks the two agree)."""
NATIONAL_PUE_2025 = 1.42
"""National average PUE, end-June 2025 (secondary summary of an official briefing,
policy_and_network.md §2)."""


@dataclass(frozen=True)
class AllocationAssumptions:
    """Editable inputs of the national problem (MW of IT load, CNY, kgCO2)."""

    national_it_mw: float = NATIONAL_IT_MW
    demand_proxy: str = "gdp_2023_billion_cny"  # or "population_2023_million"
    classes: tuple[WorkloadClass, ...] = DEFAULT_CLASSES
    carbon_price_cny_per_t: float = 0.0
    kw_per_rack: float = STANDARD_RACK_KW
    stock_pue: float = NATIONAL_PUE_2025
    stock_mw: dict[int, float] = field(default_factory=dict)  # per-province overrides
    cluster_mw: dict[str, float] = field(default_factory=dict)  # per-cluster overrides
    tariff_cny_per_kwh: dict[int, float] = field(default_factory=dict)  # province overrides
    demand_mw: dict[int, float] = field(default_factory=dict)  # per-province total overrides
    emission_kg_per_kwh: dict[int, float] = field(default_factory=dict)  # province grid factors
    #: circuit price per tier ("10G", "100G", "400G"), CNY per route-km-year (placeholders
    #: in ``app.engine.network.default_tiers`` otherwise)
    bandwidth_price_cny_per_km_year: dict[str, float] = field(default_factory=dict)
