"""The allocation's editable assumptions: what a scenario's ``[assumptions]`` holds.

Plain data; every default is a sourced row of ``data/assumptions.csv`` (:mod:`app.domain.sourced`)
or a built-in workload class (:func:`app.domain.workload.default_classes`). The engine's
national problem (``app.engine.allocation.national_problem``) reads them; the basis of each is
in its ``ASSUMPTION_NOTES``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial

from app.domain.sourced import assumption, assumption_keys, default
from app.domain.workload import WorkloadClass, default_classes


def base_year() -> int:
    """The model's base year: the year of the rack statistic behind demand (2023)."""
    return int(assumption("stock.national_racks").year or 2023)


def _sourced(key: str) -> float:
    return field(default_factory=partial(default, key))


@dataclass(frozen=True)
class AllocationAssumptions:
    """Editable inputs of the national problem (MW of IT load, CNY, kgCO2)."""

    national_it_mw: float = _sourced("demand.national_it_mw")  # IT load drawn, base year
    year: int = field(default_factory=base_year)  # demand grows, clusters built to this year
    demand_proxy: str = "gdp_2023_billion_cny"  # or "population_2023_million"
    classes: tuple[WorkloadClass, ...] = field(default_factory=default_classes)
    carbon_price_cny_per_t: float = _sourced("assumptions.carbon_price_cny_per_t")
    kw_per_rack: float = _sourced("assumptions.kw_per_rack")
    stock_pue: float | None = None  # None: per province (app.engine.pue.stock_pue)
    stock_mw: dict[int, float] = field(default_factory=dict)  # per-province overrides
    cluster_mw: dict[str, float] = field(default_factory=dict)  # capacity in the year
    cluster_built_mw: dict[str, float] = field(default_factory=dict)  # base-year overrides
    cluster_planned_mw: dict[str, float] = field(default_factory=dict)  # plan overrides
    tariff_cny_per_kwh: dict[int, float] = field(default_factory=dict)  # province overrides
    demand_mw: dict[int, float] = field(default_factory=dict)  # per-province total overrides
    emission_kg_per_kwh: dict[int, float] = field(default_factory=dict)  # province grid factors
    #: circuit price per tier ("10G", "100G", "400G"), CNY per route-km-year (the reasoned
    #: defaults of ``app.engine.allocation.network.default_tiers`` otherwise)
    bandwidth_price_cny_per_km_year: dict[str, float] = field(default_factory=dict)
    #: add the facility capex annuity (``app.engine.costs.costs.capex_cny_per_mw_year``) to each
    #: placed site's year and to its cost per million tokens
    token_cost_includes_capex: bool = False
    #: today's allocation and the friction of leaving it (app.engine.references.status_quo,
    #: app.engine.allocation.migration)
    stock_utilisation: float = _sourced("assumptions.stock_utilisation")
    cluster_utilisation: float = _sourced("assumptions.cluster_utilisation")
    migration_cost_cny_per_mw: float = _sourced("assumptions.migration_cost_cny_per_mw")
    payback_years: float = _sourced("assumptions.payback_years")
    frozen_classes: tuple[str, ...] = ()  # class ids kept where they are served today
    #: (region id, class id) -> {site id: share of that demand served there today}
    status_quo_shares: dict[tuple[str, str], dict[str, float]] = field(default_factory=dict)
    #: an existing hall that load leaves is switched off (its fixed energy goes with it);
    #: False keeps every hall's load-independent energy (see ``existing_energy``)
    retire_idle_halls: bool = False

    def built_today_mw(self) -> dict[str, float]:
        """MW built in the base year per cluster site id ("cluster:<id>") for the clusters of
        the built-in table; today's status quo uses no more (app.engine.references.status_quo)."""
        out = {}
        for key in assumption_keys("cluster."):
            if key.endswith(".built_racks"):
                name = key.split(".")[1]
                mw = self.cluster_built_mw.get(name, default(key) * self.kw_per_rack / 1000.0)
                out[f"cluster:{name}"] = mw
        return out
