"""Allocation results: the solution and duals written back onto the problem's arrays.

:func:`make_result` turns a solved HiGHS model into an :class:`AllocationResult` (flows, site
loads, duals, totals); DataFrame views are built lazily. See :mod:`app.engine.allocation.allocation`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import highspy
import numpy as np
import pandas as pd
from numpy.typing import NDArray

from app.engine.allocation.allocation_build import BuiltModel
from app.engine.allocation.allocation_problem import (
    NATIONAL_EMISSION_KG_PER_KWH,
    AllocationProblem,
)

#: MW below which a pair's flow is solver noise, not a flow (every view of the flows uses it).
FLOW_MIN_MW = 1e-9
#: MW below which a flow's change between two allocations is solver noise, not a move
#: (:func:`moved_between` and the moves table of the migration preview).
CHANGE_MIN_MW = 1e-6


@dataclass
class AllocationResult:
    """Solution of one allocation problem. Arrays are numpy; DataFrames are built lazily.

    ``status`` is "optimal" or HiGHS's model status in lower case (never raised). Flow arrays
    run over the admissible pairs ``pair_region/pair_class/pair_site`` (indices into the
    problem's regions, classes and sites). Duals: ``site_dual_cny_per_mw_year[s]`` is the value
    of one more MW of capacity at site ``s`` (minus the capacity row dual, >= 0);
    ``region_marginal_cost_cny_per_mw_year[p, k]`` is the cost of one more MW of demand (the
    demand row dual; equals the penalty where demand goes unserved).
    """

    status: str
    objective_cny: float
    problem: AllocationProblem
    pair_region: NDArray[np.int32]
    pair_class: NDArray[np.int32]
    pair_site: NDArray[np.int32]
    flow_mw: NDArray[np.float64]
    pair_cost_cny_per_mw_year: NDArray[np.float64]
    pair_rtt_ms: NDArray[np.float64]
    site_load_mw: NDArray[np.float64]
    utilisation: NDArray[np.float64]
    site_dual_cny_per_mw_year: NDArray[np.float64]
    region_marginal_cost_cny_per_mw_year: NDArray[np.float64]
    unserved_mw: NDArray[np.float64]
    totals: dict[str, float]
    flags: list[str]
    build_s: float = 0.0
    solve_s: float = 0.0
    warm_started: bool = False
    site_cost_parts: dict[str, NDArray[np.float64]] = field(default_factory=dict)
    """Per site, the parts of ``totals``' cost lines (:func:`site_cost_parts`)."""
    pivots: int = 0
    n_columns: int = 0
    """Flow columns HiGHS held at the end (the rest were priced out)."""

    @property
    def ok(self) -> bool:
        return self.status == "optimal"

    @cached_property
    def flowing(self) -> NDArray[np.intp]:
        """Indices of the pairs that carry a flow (more than :data:`FLOW_MIN_MW`)."""
        return np.flatnonzero(self.flow_mw > FLOW_MIN_MW)

    @cached_property
    def flows(self) -> pd.DataFrame:
        """Non-zero flows: region, class, site, site_province, mw, cost_cny_per_mw_year,
        cost_cny (per year), rtt_ms."""
        j = self.flowing
        pb, s = self.problem, self.pair_site[j]
        return pd.DataFrame({
            "region": pb.regions.ids[self.pair_region[j]],
            "class": np.array([c.id for c in pb.classes], dtype=str)[self.pair_class[j]],
            "site": pb.sites.ids[s], "site_province": pb.sites.province_id[s],
            "mw": self.flow_mw[j], "cost_cny_per_mw_year": self.pair_cost_cny_per_mw_year[j],
            "cost_cny": self.flow_mw[j] * self.pair_cost_cny_per_mw_year[j],
            "rtt_ms": self.pair_rtt_ms[j],
        })  # fmt: skip

    @cached_property
    def sites_table(self) -> pd.DataFrame:
        """Per site: province, capacity_mw, load_mw, utilisation, dual_cny_per_mw_year."""
        s = self.problem.sites
        return pd.DataFrame({
            "province": s.province_id, "capacity_mw": s.capacity_mw, "load_mw": self.site_load_mw,
            "utilisation": self.utilisation, "dual_cny_per_mw_year": self.site_dual_cny_per_mw_year,
        }, index=pd.Index(s.ids, name="site"))  # fmt: skip

    @cached_property
    def site_energy(self) -> pd.DataFrame:
        """Per site at its solved load, load-independent part included: energy_mwh,
        energy_cost_cny, carbon_t (the same accounting as ``totals``)."""
        pb, fixed = self.problem, site_fixed(self.problem)
        s = pb.sites
        mwh = self.site_load_mw * pb.hours_per_year * s.annual_pue + fixed["energy_mwh"]
        ef = np.where(np.isnan(s.emission_kg_per_kwh), NATIONAL_EMISSION_KG_PER_KWH,
                      s.emission_kg_per_kwh)  # fmt: skip
        return pd.DataFrame({
            "energy_mwh": mwh, "energy_cost_cny": mwh * 1000.0 * s.tariff_cny_per_kwh,
            "carbon_t": mwh * ef,
        }, index=pd.Index(s.ids, name="site"))  # fmt: skip

    @cached_property
    def regions_table(self) -> pd.DataFrame:
        """Per region and class: demand_mw, served_mw, unserved_mw, marginal_cost_cny_per_mw_year."""
        pb = self.problem
        idx = pd.MultiIndex.from_product(
            [pb.regions.ids, [c.id for c in pb.classes]], names=["region", "class"]
        )
        demand = np.asarray(pb.demand_mw, dtype=float).ravel()
        return pd.DataFrame({
            "demand_mw": demand, "served_mw": demand - self.unserved_mw.ravel(),
            "unserved_mw": self.unserved_mw.ravel(),
            "marginal_cost_cny_per_mw_year": self.region_marginal_cost_cny_per_mw_year.ravel(),
        }, index=idx)  # fmt: skip


def _totals(
    pb: AllocationProblem, b: BuiltModel, flow: NDArray, load: NDArray, unserved: NDArray
) -> dict[str, float]:
    """Totals per year: CNY, MWh, tCO2, MW; ``mean_rtt_ms`` weighted by served MW.

    Energy is every site's at its load: the load-independent part of each hall
    (``fixed_energy_*``, a constant of the LP) plus the marginal part per MW served.
    ``cost_cny`` includes the annualised migration charge (one-off cost of the MW moved from
    today, :func:`moved_from`, divided by the payback years), so it never falls when a price
    rises."""
    nz = np.flatnonzero(flow)  # few pairs carry flow; avoid gathers over all of them
    served = float(load.sum())
    fixed = site_fixed(pb)
    energy = float(load @ b.site_energy_cny) + float(fixed["energy_cny"].sum())
    carbon_t = float(load @ b.site_carbon_t) + float(fixed["carbon_t"].sum())
    transport = float(flow[nz] @ b.pair_transport_cny[nz])
    capex = float(load @ b.site_capex_cny)
    carbon_cost = carbon_t * pb.carbon_price_cny_per_t
    short = float(np.sum(unserved))
    moved = float(moved_from(b, flow).sum())
    migration = moved * b.migration_cny_per_mw_year
    return {
        "moved_mw": moved, "migration_cost": migration,
        "cost_cny": energy + carbon_cost + transport + capex + migration,
        "energy_cost": energy,
        "energy_mwh": float(load @ b.site_energy_mwh) + float(fixed["energy_mwh"].sum()),
        "fixed_energy_mwh": float(fixed["energy_mwh"].sum()),
        "fixed_energy_cost": float(fixed["energy_cny"].sum()),
        "carbon_t": carbon_t, "carbon_cost": carbon_cost, "transport_cost": transport,
        "capex_cost": capex, "unserved_mw": short, "unserved_penalty_cny": short * b.penalty,
        "served_mw": served,
        "mean_rtt_ms": float(flow[nz] @ b.pair_rtt_ms[nz]) / served if served > 0 else float("nan"),
    }  # fmt: skip


def site_cost_parts(
    pb: AllocationProblem, b: BuiltModel, flow: NDArray, load: NDArray
) -> dict[str, NDArray[np.float64]]:
    """Per site, every cost line of :func:`_totals` that a site carries (CNY, MWh, tCO2 a
    year): the fixed energy of its rated capacity and the marginal energy of its load, its
    carbon, the transport of the flows it serves, its capex and the migration charge of the
    MW moved away from it (the hall a MW leaves carries its charge, :func:`moved_from`). Each
    part summed over the sites is the total of the same name (but for MW that leave a site the
    problem no longer has, which only a hand-made status quo can name)."""
    n_s, fixed = len(pb.sites), site_fixed(pb)
    carbon_t = load * b.site_carbon_t + fixed["carbon_t"]
    return {
        "fixed_energy_mwh": fixed["energy_mwh"],
        "marginal_energy_mwh": load * b.site_energy_mwh,
        "fixed_energy_cost": fixed["energy_cny"],
        "marginal_energy_cost": load * b.site_energy_cny,
        "carbon_t": carbon_t,
        "carbon_cost": carbon_t * pb.carbon_price_cny_per_t,
        "transport_cost": np.bincount(b.pair_site, flow * b.pair_transport_cny, n_s).astype(
            np.float64
        ),
        "capex_cost": load * b.site_capex_cny,
        "migration_cost": moved_by_site(b, flow) * np.float64(b.migration_cny_per_mw_year),
    }


def site_fixed(pb: AllocationProblem) -> dict[str, NDArray[np.float64]]:
    """Per site: the load-independent energy of its rated capacity (MWh, CNY, tCO2 a year)."""
    s = pb.sites
    mwh = s.fixed_mwh_per_mw_rated * s.capacity_mw
    ef = np.where(np.isnan(s.emission_kg_per_kwh), NATIONAL_EMISSION_KG_PER_KWH,
                  s.emission_kg_per_kwh)  # fmt: skip
    return {"energy_mwh": mwh, "energy_cny": mwh * 1000.0 * s.tariff_cny_per_kwh,
            "carbon_t": mwh * ef}  # fmt: skip


def left_mw(b: BuiltModel, flow: NDArray) -> NDArray[np.float64]:
    """Per non-frozen status-quo flow (``b.leave_*``): the MW that leave it,
    ``max(0, today - flow)`` (all of it where its pair is not admissible or its site gone)."""
    stays = np.where(b.leave_pair >= 0, flow[np.maximum(b.leave_pair, 0)], 0.0)
    return np.maximum(b.leave_mw - stays, 0.0)


def lp_objective(b: BuiltModel, flow: NDArray, unserved: NDArray) -> float:
    """The LP's objective at ``flow`` (CNY per year): serving cost, unserved penalty and the
    charge on every MW that leaves a status-quo flow. The same as HiGHS's value, summed term
    by term: there the objective offset (the charge on all of today's MW) cancels against the
    stay columns' credit, which loses digits when the charge is large."""
    nz = np.flatnonzero(flow)
    charge = float(left_mw(b, flow).sum()) * b.migration_cny_per_mw_year
    return float(flow[nz] @ b.pair_cost[nz]) + b.penalty * float(np.sum(unserved)) + charge


def moved_from(b: BuiltModel, flow: NDArray) -> NDArray[np.float64]:
    """Per non-frozen status-quo flow (``b.leave_*``): the MW moved away from it.

    Per (region, class), ``D`` MW leave today's sites (``max(0, today - flow)`` at each, all of
    it where the pair is no longer admissible or the site is gone) and ``I`` MW are served at
    sites beyond today (``max(0, flow - today)``): ``min(I, D)`` MW moved, shared over the
    flows they leave in proportion to what leaves each. Newly served demand (``I - min``) and
    load that leaves for no site (``D - min``) are not moves. Empty when the problem has no
    status quo (``migration`` None: nothing to move from)."""
    if not len(b.leave_mw):
        return np.zeros(0)
    leave = left_mw(b, flow)
    sq = b.pair_status_quo_mw if b.pair_status_quo_mw is not None else np.zeros(len(flow))
    down = np.bincount(b.leave_row, leave, b.n_demand)
    up = np.bincount(b.pair_row, np.maximum(flow - sq, 0.0), b.n_demand)
    share = np.divide(np.minimum(up, down), down, out=np.zeros(b.n_demand), where=down > 0)
    return leave * share[b.leave_row]


def moved_by_site(b: BuiltModel, flow: NDArray) -> NDArray[np.float64]:
    """MW moved away from each site (:func:`moved_from`), per site of the problem."""
    moved, site = moved_from(b, flow), b.leave_site
    known = site >= 0
    return np.bincount(site[known], moved[known], b.shape[2]).astype(np.float64)


def make_result(
    pb: AllocationProblem, b: BuiltModel, h: highspy.Highs, status: str, cols: NDArray[np.int64]
) -> AllocationResult:
    """Write the solution and duals of ``h`` back onto the problem's arrays."""
    n_p, n_k, n_s = b.shape
    flow, unserved = np.zeros(b.n_pairs), np.full(b.n_demand, np.nan)
    y, objective = np.full(b.n_rows, np.nan), float("nan")
    if status == "optimal":
        sol = h.getSolution()
        x = np.maximum(np.asarray(sol.col_value), 0.0)  # drop -1e-12 round-off
        y, unserved = np.asarray(sol.row_dual), x[: b.n_demand]
        live = cols >= 0
        flow[cols[live]] = x[b.n_lead :][live]
        np.add.at(flow, b.stay_pair, x[b.n_demand : b.n_lead])
        objective = lp_objective(b, flow, unserved)
        if not np.isfinite(float(h.getInfo().objective_function_value)):
            objective = float("nan")
    load = np.bincount(b.pair_site, flow, n_s).astype(np.float64)
    cap = pb.sites.capacity_mw
    util = np.divide(load, cap, out=np.full(n_s, np.nan), where=cap > 0)
    return AllocationResult(
        status=status, objective_cny=objective, problem=pb, pair_region=b.pair_region,
        pair_class=b.pair_class, pair_site=b.pair_site, flow_mw=flow,
        pair_cost_cny_per_mw_year=b.serving_cost, pair_rtt_ms=b.pair_rtt_ms, site_load_mw=load,
        utilisation=util, site_dual_cny_per_mw_year=-y[b.n_demand :] + 0.0,
        region_marginal_cost_cny_per_mw_year=y[: b.n_demand].reshape(n_p, n_k),
        unserved_mw=unserved.reshape(n_p, n_k), totals=_totals(pb, b, flow, load, unserved),
        flags=list(b.flags), n_columns=int(np.count_nonzero(cols >= 0)),
        site_cost_parts=site_cost_parts(pb, b, flow, load),
    )  # fmt: skip


def moved_between(before: AllocationResult, after: AllocationResult) -> float:
    """MW served somewhere else in ``after`` than in ``before``: per (region, class), the
    smaller of the MW served at sites beyond ``before`` (``I``, the sum over sites of
    ``max(0, after - before)``) and the MW that leave ``before``'s sites (``D``, of
    ``max(0, before - after)``), summed. Demand served in ``after`` and not in ``before``
    (``I - min``) is newly served, not moved; load that leaves and no site takes (``D - min``)
    is not moved either. The one definition of "moved" every view, report and JSON uses
    (today -> scenario, today -> if moving were free); the same as :func:`moved_from` and the
    migration charge."""
    a, b = mw_by_key(after), mw_by_key(before)
    up: dict[tuple[str, str], float] = {}
    down: dict[tuple[str, str], float] = {}
    for key in sorted(a.keys() | b.keys()):
        change = a.get(key, 0.0) - b.get(key, 0.0)
        if abs(change) <= CHANGE_MIN_MW:
            continue
        side = up if change > 0 else down
        side[key[:2]] = side.get(key[:2], 0.0) + abs(change)
    return float(sum(min(mw, down.get(rk, 0.0)) for rk, mw in sorted(up.items())))


def mw_by_key(res: AllocationResult) -> dict[tuple[str, str, str], float]:
    """MW per (region, class, site) id over the non-zero flows; from the pair arrays, not
    ``flows`` (a drag step computes this; pandas groupbys cost ~10 ms)."""
    j = res.flowing
    pb = res.problem
    classes = np.array([c.id for c in pb.classes], dtype=object)
    keys = zip(
        pb.regions.ids[res.pair_region[j]].tolist(),
        classes[res.pair_class[j]].tolist(),
        pb.sites.ids[res.pair_site[j]].tolist(),
        strict=True,
    )
    out: dict[tuple[str, str, str], float] = {}
    for key, mw in zip(keys, res.flow_mw[j].tolist(), strict=True):
        out[key] = out.get(key, 0.0) + mw
    return out
