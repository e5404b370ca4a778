"""What the planner's placed sites are worth: the scenario against the same network without them.

The three references every view names the same way (docs/glossary.md):

- *today* - the status quo, where demand is served now (:mod:`app.engine.references.status_quo`);
- *without the placed sites* - the same scenario, same assumptions, same status quo and
  friction of moving from it, with its placed sites removed;
- *if moving were free* - the scenario with no migration friction.

The sites' effect is the scenario minus *without the placed sites*, total by total (CNY, MWh,
tCO2, m3 per year), plus the one-off costs of the sites - the investment of building them and
the migration of the extra MW they draw from today's halls - their simple payback (one-off
costs over the yearly operating saving) and the net present value over the capex life at the
capex discount rate (``capex.life_years``, ``capex.discount_rate``). The yearly totals carry
the migration as the LP prices it, a charge annualised over ``payback_years``; payback and NPV
count it once, as what it is, so a charge paid for three years is not charged for fifteen.
A scenario with no placed sites has an effect of exactly zero: its *without the placed sites*
is itself.
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

EXTRA_KEYS = ("investment_cny", "migration_one_off_cny", "npv_cny", "payback_years")
"""Keys of ``sites_effect`` besides those of ``totals``."""


def investment_cny(sites) -> float:
    """One-off cost of building ``sites`` (placed sites in the solve): capex per MW by
    cooling and facility class x rated MW."""
    return float(sum(capex_cny_per_mw(s.cooling, s.facility) * s.capacity_mw for s in sites))


#: CNY: a one-off cost or yearly saving smaller than this is the solver's round-off, not money
#: (a 1e-300 MW site got "payback 9.7 years" from two such numbers).
ROUND_OFF_CNY = 1.0


def payback_years(one_off: float, saving: float) -> float:
    """Years a yearly ``saving`` takes to repay ``one_off``: +inf when it never does (no
    saving), NaN when there is nothing to repay (no one-off cost and no saving); amounts
    below :data:`ROUND_OFF_CNY` count as none."""
    one_off = one_off if abs(one_off) >= ROUND_OFF_CNY else 0.0
    saving = saving if abs(saving) >= ROUND_OFF_CNY else 0.0
    if saving > 0:
        return one_off / saving
    return math.inf if one_off > 0 else math.nan


def annuity_factor(rate: float = DISCOUNT_RATE, years: float = LIFE_YEARS) -> float:
    """Present value of 1 CNY a year for ``years`` at ``rate`` (1 / capital recovery factor)."""
    return 1.0 / capital_recovery_factor(rate, years)


def sites_effect(
    scenario: AllocationResult,
    without: AllocationResult,
    investment: float,
    migration_cny_per_mw: float = 0.0,
) -> dict[str, float]:
    """Scenario minus *without the placed sites* for every total, plus ``investment_cny``,
    ``migration_one_off_cny`` (the extra MW moved from today x ``migration_cny_per_mw``, the
    one-off cost the ``migration_cost`` total annualises; newly served demand is not moved,
    so a site that serves only demand no hall serves today costs no migration), ``payback_years`` (both one-off
    costs / yearly operating saving; +inf when never repaid, no saving; NaN when there is
    nothing to repay) and ``npv_cny`` (operating saving over the capex life, discounted, minus
    both one-off costs). The operating saving is the fall of ``cost_cny`` without the capex
    annuity and the migration charge, the two yearly stand-ins of the one-off costs."""
    t, w = scenario.totals, without.totals
    effect = {k: float(t[k]) - float(w.get(k, 0.0)) for k in t}
    annualised = effect.get("capex_cost", 0.0) + effect.get("migration_cost", 0.0)
    saving = -(effect["cost_cny"] - annualised)
    migration = effect.get("moved_mw", 0.0) * migration_cny_per_mw
    effect["investment_cny"] = investment
    effect["migration_one_off_cny"] = migration
    effect["payback_years"] = payback_years(investment + migration, saving)
    effect["npv_cny"] = saving * annuity_factor() - investment - migration
    return effect


__all__ = ["EXTRA_KEYS", "annuity_factor", "investment_cny", "payback_years", "sites_effect"]
