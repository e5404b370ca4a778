"""What the planner's placed sites are worth: the scenario against the same network without them.

The three references every view names the same way (docs/glossary.md):

- *today* - the status quo, where demand is served now (:mod:`app.engine.references.status_quo`);
- *without the placed sites* - the same scenario, same assumptions, same status quo and
  friction of moving from it, with its placed sites removed;
- *if moving were free* - the scenario with no migration friction.

The sites' effect is the scenario minus *without the placed sites*, total by total (CNY, MWh,
tCO2, m3 per year), plus the one-off investment of building the sites, its simple payback
(investment over the yearly operating saving) and the net present value over the capex life
at the capex discount rate (``capex.life_years``, ``capex.discount_rate``). A scenario with no
placed sites has an effect of exactly zero: its *without the placed sites* is itself.
"""

from __future__ import annotations

import math

from app.engine.allocation.allocation import AllocationResult
from app.engine.costs.costs import (
    DISCOUNT_RATE,
    LIFE_YEARS,
    capex_cny_per_mw,
    capital_recovery_factor,
)

EXTRA_KEYS = ("investment_cny", "npv_cny", "payback_years")
"""Keys of ``sites_effect`` besides those of ``totals``."""


def investment_cny(sites) -> float:
    """One-off cost of building ``sites`` (placed sites in the solve): capex per MW by
    cooling and facility class x rated MW."""
    return float(sum(capex_cny_per_mw(s.cooling, s.facility) * s.capacity_mw for s in sites))


def annuity_factor(rate: float = DISCOUNT_RATE, years: float = LIFE_YEARS) -> float:
    """Present value of 1 CNY a year for ``years`` at ``rate`` (1 / capital recovery factor)."""
    return 1.0 / capital_recovery_factor(rate, years)


def sites_effect(
    scenario: AllocationResult, without: AllocationResult, investment: float
) -> dict[str, float]:
    """Scenario minus *without the placed sites* for every total, plus ``investment_cny``,
    ``payback_years`` (investment / yearly operating saving; NaN when nothing is saved) and
    ``npv_cny`` (operating saving over the capex life, discounted, minus the investment;
    the operating saving is the change of ``cost_cny`` without the capex annuity)."""
    t, w = scenario.totals, without.totals
    effect = {k: float(t[k]) - float(w.get(k, 0.0)) for k in t}
    saving = -(effect["cost_cny"] - effect.get("capex_cost", 0.0))
    effect["investment_cny"] = investment
    effect["payback_years"] = investment / saving if saving > 0 else math.nan
    effect["npv_cny"] = saving * annuity_factor() - investment
    return effect


__all__ = ["EXTRA_KEYS", "annuity_factor", "investment_cny", "sites_effect"]
