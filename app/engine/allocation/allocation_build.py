"""The allocation LP as numpy arrays: :func:`build` assembles :class:`BuiltModel` from an
:class:`~app.engine.allocation.allocation_problem.AllocationProblem` in ``define_*`` steps
(site costs, admissible pairs, constraints); the solver hands the arrays to HiGHS.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import highspy
import numpy as np
from numpy.typing import NDArray

from app.engine.allocation.allocation_problem import (
    NATIONAL_EMISSION_KG_PER_KWH,
    AllocationProblem,
    check_consistency,
)
from app.engine.allocation.migration import (
    define_migration,
    freeze_mask,
    gone_flows,
    status_quo_keys,
)
from app.engine.allocation.network import distance_matrix_km


@dataclass
class BuiltModel:
    """The full LP as numpy arrays. Columns: unserved ``u[p, k]`` first, then the migration
    stay columns (none without friction), then the admissible flows in increasing ``pair_key``
    ((p, k, s) order); rows: demand ``(p, k)``, then sites."""

    shape: tuple[int, int, int]
    pair_region: NDArray[np.int32]
    pair_class: NDArray[np.int32]
    pair_site: NDArray[np.int32]
    pair_key: NDArray[np.int64]
    """Flat index p*K*S + k*S + s, strictly increasing."""
    pair_cost: NDArray[np.float64]
    """LP cost, CNY per MW-year of serving the pair's (region, class) at its site (the
    migration charge sits on the stay columns and the objective offset, not here)."""
    pair_rtt_ms: NDArray[np.float64]
    pair_transport_cny: NDArray[np.float64]
    site_energy_mwh: NDArray[np.float64]
    site_energy_cny: NDArray[np.float64]
    site_carbon_t: NDArray[np.float64]
    site_capex_cny: NDArray[np.float64]
    penalty: float
    row_lower: NDArray[np.float64]
    row_upper: NDArray[np.float64]
    flags: list[str]
    pair_upper: NDArray[np.float64] | None = None
    """Upper bound per pair column (None: unbounded); frozen classes' status-quo MW."""
    pair_status_quo_mw: NDArray[np.float64] | None = None
    stay_pair: NDArray[np.int64] = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    """Pair index of each stay column (cost: its serving cost minus the migration charge;
    upper: ``stay_upper``)."""
    stay_upper: NDArray[np.float64] = field(default_factory=lambda: np.zeros(0))
    migration_cny_per_mw_year: float = 0.0
    objective_offset: float = 0.0
    """Constant of the objective, CNY per year: the charge on every non-frozen status-quo MW,
    which the stay columns (at cost minus the charge) take back for the MW that stay."""
    leave_row: NDArray[np.int64] = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    """Demand row of each non-frozen status-quo flow (:class:`~app.engine.allocation.
    migration.MigrationTerms`); with ``leave_site`` (-1: gone), ``leave_pair`` (-1: not a
    pair) and ``leave_mw``, what :func:`~app.engine.allocation.allocation_result.moved_from`
    counts."""
    leave_site: NDArray[np.int64] = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    leave_pair: NDArray[np.int64] = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    leave_mw: NDArray[np.float64] = field(default_factory=lambda: np.zeros(0))

    @property
    def n_demand(self) -> int:
        return self.shape[0] * self.shape[1]

    @property
    def n_stay(self) -> int:
        return len(self.stay_pair)

    @property
    def n_lead(self) -> int:
        """Columns before the pair columns: unserved, then stays."""
        return self.n_demand + self.n_stay

    @property
    def serving_cost(self) -> NDArray[np.float64]:
        """Serving cost of each pair, CNY per MW-year (the pair columns' LP cost)."""
        return self.pair_cost

    @property
    def upper(self) -> NDArray[np.float64]:
        """Upper bound of every pair column."""
        return np.full(self.n_pairs, np.inf) if self.pair_upper is None else self.pair_upper

    @property
    def lead_cost(self) -> NDArray[np.float64]:
        stay = self.pair_cost[self.stay_pair] - self.migration_cny_per_mw_year
        return np.concatenate([np.full(self.n_demand, self.penalty), stay])

    @property
    def lead_upper(self) -> NDArray[np.float64]:
        return np.concatenate([np.full(self.n_demand, np.inf), self.stay_upper])

    @property
    def n_pairs(self) -> int:
        return len(self.pair_key)

    @property
    def n_rows(self) -> int:
        return len(self.row_lower)

    @cached_property
    def pair_row(self) -> NDArray[np.int64]:
        """Demand row (p*K + k) of each pair."""
        return self.pair_key // self.shape[2]

    @property
    def col_cost(self) -> NDArray[np.float64]:
        return np.concatenate([self.lead_cost, self.pair_cost])

    def to_lp(self, cols: NDArray[np.int64] | None = None) -> highspy.HighsLp:
        """The LP (or the restriction to pairs ``cols``) as a ``highspy.HighsLp``.

        Whole arrays are assigned to the ``lp`` fields, never single elements.
        """
        cols = np.arange(self.n_pairs) if cols is None else cols
        start, index, value = define_constraints(
            self.pair_row[cols],
            self.pair_site[cols],
            self.n_demand,
            self.shape[2],
            self.pair_row[self.stay_pair],
            self.pair_site[self.stay_pair],
        )
        n = self.n_lead + len(cols)
        lp = highspy.HighsLp()
        lp.num_col_, lp.num_row_ = n, self.n_rows
        lp.offset_ = self.objective_offset
        lp.col_cost_ = np.concatenate([self.lead_cost, self.pair_cost[cols]])
        lp.col_lower_ = np.zeros(n)
        lp.col_upper_ = np.concatenate([self.lead_upper, self.upper[cols]])
        lp.row_lower_, lp.row_upper_ = self.row_lower, self.row_upper
        lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
        lp.a_matrix_.num_col_, lp.a_matrix_.num_row_ = n, self.n_rows
        lp.a_matrix_.start_, lp.a_matrix_.index_, lp.a_matrix_.value_ = start, index, value
        return lp


def define_site_costs(problem: AllocationProblem) -> dict[str, NDArray[np.float64]]:
    """Per site and per MW-year of IT load: energy MWh and CNY, carbon t, capex CNY."""
    s = problem.sites
    energy_mwh = problem.hours_per_year * s.annual_pue
    ef = s.emission_kg_per_kwh
    ef = np.where(np.isnan(ef), NATIONAL_EMISSION_KG_PER_KWH, ef)
    capex = np.nan_to_num(s.capex_cny_per_mw_year) if problem.include_capex else np.zeros(len(s))
    return {
        "energy_mwh": energy_mwh,
        "energy_cny": energy_mwh * 1000.0 * s.tariff_cny_per_kwh,
        "carbon_t": energy_mwh * ef,  # kg/kWh == t/MWh
        "capex_cny": capex,
    }


def define_admissible(problem: AllocationProblem, rtt: NDArray[np.float64]) -> NDArray[np.bool_]:
    """Boolean mask (P, K, S): latency within the class limit and residency respected."""
    r, s, cls = problem.regions, problem.sites, problem.classes
    limits = np.array([np.inf if c.latency_limit_ms is None else c.latency_limit_ms for c in cls])
    ok = rtt[:, None, :] <= limits[None, :, None] + 1e-9
    same_prov = r.province_id[:, None] == s.province_id[None, :]
    same_hub = same_prov | ((r.hub_id[:, None] == s.hub_id[None, :]) & (r.hub_id[:, None] != ""))
    for k, c in enumerate(cls):
        if c.residency == "province":
            ok[:, k, :] &= same_prov
        elif c.residency == "hub":
            ok[:, k, :] &= same_hub
    return ok


def define_constraints(
    pair_row: NDArray[np.int64],
    pair_site: NDArray[np.int32],
    n_demand: int,
    n_sites: int,
    stay_row: NDArray[np.int64] | None = None,
    stay_site: NDArray[np.int32] | None = None,
) -> tuple[NDArray[np.int32], NDArray[np.int32], NDArray[np.float64]]:
    """CSC arrays: ``n_demand`` unserved columns (1 nonzero), then stay columns and flows (2
    nonzeros each: demand row, capacity row ``n_demand + site``)."""
    if stay_row is not None and len(stay_row):
        pair_row = np.concatenate([stay_row, pair_row])
        pair_site = np.concatenate([stay_site, pair_site])
    j = len(pair_row)
    index = np.empty(n_demand + 2 * j, dtype=np.int32)
    index[:n_demand] = np.arange(n_demand)
    index[n_demand::2] = pair_row
    index[n_demand + 1 :: 2] = n_demand + pair_site
    start = np.concatenate([np.arange(n_demand), n_demand + 2 * np.arange(j + 1)])
    return start.astype(np.int32), index, np.ones(len(index))


def build(problem: AllocationProblem) -> BuiltModel:
    """Check the problem and assemble the LP arrays in bulk (no per-variable Python loop)."""
    flags = check_consistency(problem)
    r, s, cls, net = problem.regions, problem.sites, problem.classes, problem.network
    n_k, n_s = len(cls), len(s)
    dist = distance_matrix_km(r.lat, r.lon, s.lat, s.lon)
    rtt = net.rtt_ms(dist)
    adm = define_admissible(problem, rtt)
    m, class_ids = problem.migration, [c.id for c in cls]
    if m is not None:
        sq_keys, sq_mw, missing = status_quo_keys(m, r.ids, class_ids, s.ids)
        gone_row, gone_mw = gone_flows(m, r.ids, class_ids, s.ids)
        if missing > len(gone_row):
            flags.append(
                f"status quo: {missing - len(gone_row)} flows name regions or classes not in "
                "the problem (ignored)"
            )
        if len(gone_row):
            flags.append(
                f"status quo: {len(gone_row)} flows name sites not in the problem "
                f"({gone_mw.sum():,.1f} MW must move)"
            )
        adm = freeze_mask(adm, m, class_ids, sq_keys)
    pr, pk, ps = (a.astype(np.int32) for a in np.nonzero(adm))
    key = (pr.astype(np.int64) * n_k + pk) * n_s + ps
    price = [
        c.bandwidth_gbps_per_mw * net.price_cny_per_gbps_km_year(c.bandwidth_tier) for c in cls
    ]
    transport = np.asarray(price)[pk] * net.route_km(dist[pr, ps])
    sc = define_site_costs(problem)
    site_cost = sc["energy_cny"] + problem.carbon_price_cny_per_t * sc["carbon_t"] + sc["capex_cny"]
    pair_cost = site_cost[ps] + transport
    penalty = float(problem.unserved_penalty_cny_per_mw_year)
    if len(pair_cost) and pair_cost.max() >= penalty:
        flags.append("unserved penalty is below some serving costs: shortfall may be preferred")
    demand = np.asarray(problem.demand_mw, dtype=float).ravel()
    extra: dict[str, Any] = {}  # the migration columns' fields of BuiltModel
    if m is not None:
        t = define_migration(m, class_ids, key, pk, sq_keys, sq_mw, n_s, gone_row, gone_mw)
        flags += t.flags
        extra = dict(
            pair_upper=t.pair_upper_mw,
            pair_status_quo_mw=t.pair_status_quo_mw,
            stay_pair=t.stay_pair,
            stay_upper=t.stay_upper_mw,
            migration_cny_per_mw_year=m.annual_cny_per_mw_year,
            objective_offset=t.objective_offset,
            leave_row=t.leave_row,
            leave_site=t.leave_site,
            leave_pair=t.leave_pair,
            leave_mw=t.leave_mw,
        )
    return BuiltModel(
        shape=(len(r), n_k, n_s), pair_region=pr, pair_class=pk, pair_site=ps, pair_key=key,
        pair_cost=pair_cost, pair_rtt_ms=rtt[pr, ps], pair_transport_cny=transport,
        site_energy_mwh=sc["energy_mwh"], site_energy_cny=sc["energy_cny"],
        site_carbon_t=sc["carbon_t"], site_capex_cny=sc["capex_cny"], penalty=penalty,
        row_lower=np.concatenate([demand, np.full(n_s, -np.inf)]),
        row_upper=np.concatenate([demand, s.capacity_mw]), flags=flags, **extra,
    )  # fmt: skip
