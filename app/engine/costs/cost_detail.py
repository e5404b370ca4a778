"""Every cost line of a solve, hall by hall: the detail a finance office sums to the totals.

One row per hall of the allocation (each province's stock, each national cluster, each placed
site) with the parts of :func:`app.engine.allocation.allocation_result.site_cost_parts`, and for a placed
site the capex annuity and one-off investment that :func:`app.engine.evaluate.evaluate` adds
outside the LP (a built site's capex is a constant of the allocation). Every column named
like a total of ``AllocationResult.totals`` sums over the rows to that total.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from app.engine.allocation.allocation import AllocationResult

#: Columns that sum to the total of the same name in ``AllocationResult.totals``.
SUMMED = (
    "fixed_energy_mwh",
    "energy_mwh",
    "fixed_energy_cost",
    "energy_cost",
    "carbon_t",
    "carbon_cost",
    "transport_cost",
    "capex_cost",
    "migration_cost",
    "cost_cny",
)

#: What a hall is, by the prefix of its id in the allocation.
KINDS = (("stock:", "stock"), ("cluster:", "cluster"))


def hall_kind(site_id: str) -> str:
    """'stock', 'cluster' or 'placed'."""
    return next((kind for prefix, kind in KINDS if site_id.startswith(prefix)), "placed")


def cost_detail(
    result: AllocationResult,
    annuity_by_site: dict[str, float] | None = None,
    investment_by_site: dict[str, float] | None = None,
) -> pd.DataFrame:
    """One row per hall of ``result``: site (id), kind, province, capacity_mw, load_mw,
    fixed/marginal energy (MWh and CNY), energy_mwh, energy_cost, carbon_t, carbon_cost,
    transport_cost, capex_cost (``annuity_by_site`` added), migration_cost, cost_cny (their
    sum) and investment_cny (one-off; 0 for the existing halls, whose capex is sunk)."""
    annuity, investment = annuity_by_site or {}, investment_by_site or {}
    s = result.problem.sites
    ids = [str(i) for i in s.ids]
    parts = result.site_cost_parts
    t = pd.DataFrame(
        {
            "site": ids,
            "kind": [hall_kind(i) for i in ids],
            "province": [str(p) for p in s.province_id],
            "capacity_mw": np.asarray(s.capacity_mw, float),
            "load_mw": np.asarray(result.site_load_mw, float),
            **{k: np.asarray(v, float) for k, v in parts.items()},
        }
    )
    t["capex_cost"] = t["capex_cost"] + [annuity.get(i, 0.0) for i in ids]
    t["energy_mwh"] = t["fixed_energy_mwh"] + t["marginal_energy_mwh"]
    t["energy_cost"] = t["fixed_energy_cost"] + t["marginal_energy_cost"]
    t["cost_cny"] = t[
        ["energy_cost", "carbon_cost", "transport_cost", "capex_cost", "migration_cost"]
    ].sum(axis=1)
    t["investment_cny"] = [investment.get(i, 0.0) for i in ids]
    return t


__all__ = ["SUMMED", "cost_detail", "hall_kind"]
