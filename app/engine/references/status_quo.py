"""Today as the baseline: a deterministic construction of how each region's demand is served now.

No published table says which data centres serve which province's demand, so the status quo is
built from the allocation problem itself, in four documented passes (MW of IT load):

1. **Given shares.** Where the planner gives today's pattern (``StatusQuoParams.shares``: per
   region and class, the share of its demand served at each site), it is used first.
2. **Local stock.** Each region's own province stock serves its demand first, up to the
   stock's utilisation (``stock_utilisation``); the most restricted classes first (residency,
   then the tightest latency limit), and regions sharing a stock (prefectures) in proportion
   to their demand.
3. **Nearest first.** What is left goes to the nearest admissible sites (clusters, other
   provinces' stock) up to their utilisation (``cluster_utilisation``): all admissible
   (region, class, site) pairs in order of round-trip time, each taking what both sides have
   left. Latency limits and residency rules hold throughout.
4. **Overflow.** Demand still left fills the capacity above the utilisation, nearest first;
   only what no admissible site can take is unserved.

Sites are told apart by the national problem's ids: ``stock:<adcode>`` (a province's existing
stock), ``cluster:<id>`` (a national cluster); any other site is new (a placed site) and serves
nothing today. The result has the shape of an allocation's flows, so it can be the baseline of
the shift preview (:func:`status_quo_result`) and the reference of the migration friction
(:meth:`StatusQuo.migration`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property

import numpy as np
import pandas as pd
from numpy.typing import NDArray

from app.domain.assumptions import AllocationAssumptions
from app.domain.sourced import default
from app.domain.text import tr
from app.engine.allocation.allocation import (
    AllocationProblem,
    AllocationResult,
    build,
    define_admissible,
)
from app.engine.allocation.allocation_result import _totals, site_cost_parts
from app.engine.allocation.migration import (
    DEFAULT_MIGRATION_COST_CNY_PER_MW,
    DEFAULT_PAYBACK_YEARS,
    Migration,
)
from app.engine.allocation.network import distance_matrix_km

DEFAULT_STOCK_UTILISATION = default("assumptions.stock_utilisation")
"""0.40 (data/assumptions.csv). Share of a province's stock rating drawn today. The stock is
rated from racks in use (8.1 M at end-2023, MIIT, minus the clusters' 1.05 M, NDA) x 2.5 kW; it
draws the fill rate outside the clusters (0.57) x the mean draw of a filled rack (0.70). Range
0.25-0.59."""
DEFAULT_CLUSTER_UTILISATION = default("assumptions.cluster_utilisation")
"""0.43 (data/assumptions.csv). Share of a national cluster's built rating drawn today: the
hubs' fill rate 61.9 % at end-2023 (NDA) x the mean draw 0.70. Range 0.31-0.59."""
BASIS = ("given share", "local stock", "nearest", "overflow")
"""How each status-quo flow was assigned (the four passes, in order)."""


@dataclass(frozen=True)
class StatusQuoParams:
    """Parameters of the status-quo construction (see the module docstring)."""

    stock_utilisation: float = DEFAULT_STOCK_UTILISATION
    cluster_utilisation: float = DEFAULT_CLUSTER_UTILISATION
    site_utilisation: dict[str, float] = field(default_factory=dict)
    """Per site id, overrides the two above."""
    built_mw: dict[str, float] = field(default_factory=dict)
    """Per site id, the capacity standing today when the scenario's year has more (clusters
    grown after the base year): today's allocation uses no more than this."""
    shares: dict[tuple[str, str], dict[str, float]] = field(default_factory=dict)
    """(region id, class id) -> {site id: share of that demand served there today}."""


def site_kind(site_ids: NDArray) -> NDArray:
    """ "stock", "cluster" or "new" per site id (the national problem's id convention)."""
    ids = np.asarray(site_ids, dtype=str)
    kind = np.full(len(ids), "new", dtype=object)
    kind[np.char.startswith(ids, "stock:")] = "stock"
    kind[np.char.startswith(ids, "cluster:")] = "cluster"
    return kind.astype(str)


@dataclass
class StatusQuo:
    """Today's allocation: ``flows`` (region, class, site, site_province, mw, basis; one row per
    pass that assigned MW to a region's class at a site, see :data:`BASIS`) and the
    demand no existing site can take, ``unserved_mw`` (regions x classes)."""

    flows: pd.DataFrame
    unserved_mw: NDArray[np.float64]
    params: StatusQuoParams
    flags: list[str]

    def migration(
        self,
        cost_cny_per_mw: float = DEFAULT_MIGRATION_COST_CNY_PER_MW,
        payback_years: float = DEFAULT_PAYBACK_YEARS,
        frozen_classes: tuple[str, ...] = (),
    ) -> Migration:
        """The LP's friction against moving away from this status quo."""
        return Migration(*self._flow_arrays, cost_cny_per_mw, payback_years, tuple(frozen_classes))

    @cached_property
    def _flow_arrays(self) -> tuple[NDArray, NDArray, NDArray, NDArray[np.float64]]:
        """Region, class and site ids and MW of ``flows`` (read once: every drag step of a
        scenario asks for the migration of the same status quo)."""
        f = self.flows
        arrays = (
            f["region"].to_numpy(str, copy=True),
            f["class"].to_numpy(str, copy=True),
            f["site"].to_numpy(str, copy=True),
            f["mw"].to_numpy(float, copy=True),  # its own memory: the frame stays writable
        )
        for a in arrays:  # shared by every Migration made from them
            a.setflags(write=False)
        return arrays

    @classmethod
    def from_problem(cls, problem: AllocationProblem) -> StatusQuo:
        """The status quo held in ``problem.migration`` (its flows; unserved = the rest)."""
        m = problem.migration
        if m is None:
            raise ValueError("the problem has no status quo (migration is None)")
        province = dict(zip(problem.sites.ids.tolist(), problem.sites.province_id.tolist(),
                            strict=True))  # fmt: skip
        flows = pd.DataFrame({"region": m.region, "class": m.klass, "site": m.site,
                              "site_province": [province.get(s, "") for s in m.site.tolist()],
                              "mw": m.mw, "basis": "given share"})  # fmt: skip
        flows = flows[flows["site"].isin(province)]
        served = flows.groupby(["region", "class"])["mw"].sum()
        idx = pd.MultiIndex.from_product(
            [problem.regions.ids.tolist(), [c.id for c in problem.classes]]
        )
        served = served.reindex(idx).fillna(0.0).to_numpy().reshape(np.shape(problem.demand_mw))
        unserved = np.maximum(np.asarray(problem.demand_mw, dtype=float) - served, 0.0)
        unserved[unserved < 1e-9] = 0.0
        return cls(flows.reset_index(drop=True), unserved, StatusQuoParams(), [])

    def site_load_mw(self, site_ids: NDArray) -> NDArray[np.float64]:
        """Status-quo load per site (0 for sites it does not use, e.g. placed sites)."""
        load = self.flows.groupby("site")["mw"].sum()
        return load.reindex(np.asarray(site_ids, dtype=str)).fillna(0.0).to_numpy()


def _class_order(problem: AllocationProblem) -> NDArray[np.int64]:
    """Classes, most restricted first: residency-bound, then by latency limit, then the rest."""
    rank = [
        (c.residency == "anywhere", np.inf if c.latency_limit_ms is None else c.latency_limit_ms, k)
        for k, c in enumerate(problem.classes)
    ]
    return np.array([k for *_, k in sorted(rank)], dtype=np.int64)


def _available_mw(problem: AllocationProblem, params: StatusQuoParams) -> NDArray[np.float64]:
    s = problem.sites
    kind = site_kind(s.ids)
    util = np.select(
        [kind == "stock", kind == "cluster"],
        [params.stock_utilisation, params.cluster_utilisation],
        0.0,
    )
    for i, sid in enumerate(s.ids.tolist()):
        util[i] = params.site_utilisation.get(sid, util[i])
    return _standing_mw(problem, params) * np.clip(util, 0.0, 1.0)


def _standing_mw(problem: AllocationProblem, params: StatusQuoParams) -> NDArray[np.float64]:
    """Capacity standing today per site: the problem's, or less where ``built_mw`` says so."""
    cap = np.asarray(problem.sites.capacity_mw, dtype=float)
    built = [params.built_mw.get(sid, np.inf) for sid in problem.sites.ids.tolist()]
    return np.minimum(cap, np.asarray(built, dtype=float))


class _Builder:
    """The four passes on dense (regions, classes, sites) arrays."""

    def __init__(self, problem: AllocationProblem, params: StatusQuoParams) -> None:
        self.pb, self.params = problem, params
        r, s = problem.regions, problem.sites
        dist = distance_matrix_km(r.lat, r.lon, s.lat, s.lon)
        self.rtt = problem.network.rtt_ms(dist)
        self.adm = define_admissible(problem, self.rtt)
        self.left = np.asarray(problem.demand_mw, dtype=float).copy()
        self.avail = _available_mw(problem, params)
        existing = (site_kind(s.ids) != "new") | np.isin(s.ids, list(params.site_utilisation))
        standing = _standing_mw(problem, params)
        self.spare = np.where(existing, np.maximum(standing - self.avail, 0.0), 0.0)
        self.given: list[tuple] = []  # (p, k, s, mw, pass) per assignment
        self.flags: list[str] = []

    def give(self, p, k, s, mw, basis: int) -> None:
        self.left[p, k] -= mw
        self.given.append(tuple(np.broadcast_arrays(p, k, s, mw, basis)))

    def shares(self) -> None:
        """Given shares; a province's shares apply to each of its prefectures."""
        r = self.pb.regions
        k_ix = {c.id: i for i, c in enumerate(self.pb.classes)}
        for (rid, cid), split in sorted(self.params.shares.items()):
            rows = np.flatnonzero(r.ids == rid)
            rows = rows if len(rows) else np.flatnonzero(r.province_id == rid)
            k = k_ix.get(cid)
            if not len(rows) or k is None:
                self.flags.append(tr("status quo share for ({region}, {cls}): unknown region or "
                                     "class; ignored").format(region=rid, cls=cid))  # fmt: skip
                continue
            for p in rows.tolist():
                self._share(p, k, split, f"{rid}/{cid}")

    def _share(self, p: int, k: int, split: dict[str, float], label: str) -> None:
        s_ix = {v: i for i, v in enumerate(self.pb.sites.ids.tolist())}
        demand = float(np.asarray(self.pb.demand_mw, dtype=float)[p, k])
        for sid, share in sorted(split.items()):
            s = s_ix.get(sid)
            if s is None or not self.adm[p, k, s]:
                self.flags.append(tr("status quo share {label} at {site}: unknown site or not "
                                     "admissible (latency, residency); ignored").format(
                                         label=label, site=sid))  # fmt: skip
                continue
            mw = min(share * demand, self.left[p, k], self.avail[s] + self.spare[s])
            if mw < share * demand - 1e-9:
                self.flags.append(tr("status quo share {label} at {site}: capped at {mw:,.1f} MW "
                                     "(capacity or demand)").format(
                                         label=label, site=sid, mw=mw))  # fmt: skip
            take = min(mw, self.avail[s])
            self.avail[s] -= take
            self.spare[s] -= mw - take
            self.give(p, k, s, mw, 0)

    def local_stock(self) -> None:
        r, s = self.pb.regions, self.pb.sites
        stock = np.flatnonzero(site_kind(s.ids) == "stock")
        for j in stock.tolist():
            regions = np.flatnonzero(r.province_id == s.province_id[j])
            for k in _class_order(self.pb).tolist():
                ok = regions[self.adm[regions, k, j]]
                need = self.left[ok, k]
                total = need.sum()
                if total <= 0 or self.avail[j] <= 0:
                    continue
                # all of it when the stock has room (no division: a huge stock over a tiny
                # need overflows), else a pro-rata share
                take = need if self.avail[j] >= total else need * (self.avail[j] / total)
                self.avail[j] -= take.sum()
                self.give(ok, k, j, take, 1)

    def nearest(self, cap: NDArray[np.float64], basis: int) -> None:
        rank = np.empty(len(self.pb.classes), dtype=np.int64)
        rank[_class_order(self.pb)] = np.arange(len(rank))
        p, k, s = np.nonzero(self.adm & (self.left[:, :, None] > 0) & (cap[None, None, :] > 0))
        order = np.lexsort((s, p, rank[k], self.rtt[p, s]))
        left, c = self.left, cap
        for i in order.tolist():
            pi, ki, si = int(p[i]), int(k[i]), int(s[i])
            mw = min(left[pi, ki], c[si])
            if mw > 0:
                c[si] -= mw
                self.give(pi, ki, si, mw, basis)

    def result(self) -> StatusQuo:
        pb = self.pb
        cols = [np.concatenate([np.ravel(g[i]) for g in self.given] or [np.zeros(0, int)])
                for i in range(5)]  # fmt: skip
        p, k, s, b = (c.astype(np.int64) for c in (cols[0], cols[1], cols[2], cols[4]))
        flows = pd.DataFrame({
            "region": pb.regions.ids[p], "class": np.array([c.id for c in pb.classes])[k],
            "site": pb.sites.ids[s], "site_province": pb.sites.province_id[s],
            "mw": cols[3].astype(float), "basis": np.array(BASIS)[b],
        })  # fmt: skip
        keys = ["region", "class", "site", "site_province", "basis"]
        flows = flows.groupby(keys, sort=False, as_index=False)["mw"].sum()
        flows = flows.loc[flows["mw"] > 1e-9, ["region", "class", "site", "site_province", "mw",
                                                "basis"]].reset_index(drop=True)  # fmt: skip
        unserved = np.where(self.left > 1e-9, self.left, 0.0)
        if unserved.sum() > 0:
            self.flags.append(
                tr(
                    "status quo: {mw:,.1f} MW of demand has no admissible existing capacity today"
                ).format(mw=unserved.sum())  # fmt: skip
            )
        return StatusQuo(flows, unserved, self.params, self.flags)


def build_status_quo(
    problem: AllocationProblem, params: StatusQuoParams | None = None
) -> StatusQuo:
    """Today's allocation of ``problem``'s demand over its existing sites (module docstring)."""
    b = _Builder(problem, params or StatusQuoParams())
    b.shares()
    b.local_stock()
    b.nearest(b.avail, 2)
    b.nearest(b.spare, 3)
    return b.result()


def status_quo_result(problem: AllocationProblem, sq: StatusQuo) -> AllocationResult:
    """The status quo as an :class:`AllocationResult` of ``problem`` (status "status quo"; no
    duals), with totals on the same cost basis as a solve, so the shift preview can diff it."""
    pb = replace(problem, migration=None)
    b = build(pb)
    n_k, n_s = b.shape[1], b.shape[2]
    r_ix = {v: i for i, v in enumerate(pb.regions.ids.tolist())}
    k_ix = {c.id: i for i, c in enumerate(pb.classes)}
    s_ix = {v: i for i, v in enumerate(pb.sites.ids.tolist())}
    f = sq.flows
    key = np.array(
        [
            (r_ix[a] * n_k + k_ix[c]) * n_s + s_ix[d]
            for a, c, d in zip(f["region"], f["class"], f["site"], strict=True)
        ],
        dtype=np.int64,
    )
    pos = np.searchsorted(b.pair_key, key)
    if len(key) and not np.array_equal(b.pair_key[np.minimum(pos, b.n_pairs - 1)], key):
        raise ValueError("status quo has flows that are not admissible in this problem")
    flow = np.zeros(b.n_pairs)
    np.add.at(flow, pos, f["mw"].to_numpy(float))
    load = np.bincount(b.pair_site, flow, n_s).astype(np.float64)
    cap = pb.sites.capacity_mw
    unserved = np.asarray(sq.unserved_mw, dtype=float)
    totals = _totals(pb, b, flow, load, unserved.ravel())
    return AllocationResult(
        status="status quo", objective_cny=totals["cost_cny"] + totals["unserved_penalty_cny"],
        problem=pb, pair_region=b.pair_region, pair_class=b.pair_class, pair_site=b.pair_site,
        flow_mw=flow, pair_cost_cny_per_mw_year=b.pair_cost, pair_rtt_ms=b.pair_rtt_ms,
        site_load_mw=load, utilisation=np.divide(load, cap, out=np.full(n_s, np.nan),
                                                 where=cap > 0),
        site_dual_cny_per_mw_year=np.full(n_s, np.nan),
        region_marginal_cost_cny_per_mw_year=np.full(unserved.shape, np.nan),
        unserved_mw=unserved, totals=totals, flags=list(b.flags) + list(sq.flags),
        site_cost_parts=site_cost_parts(pb, b, flow, load),
    )  # fmt: skip


def params_from(
    assumptions: AllocationAssumptions, problem: AllocationProblem | None = None
) -> StatusQuoParams:
    """Status-quo parameters from the scenario's assumptions. With ``problem``, a cluster grown
    after the base year serves today only from what was built then."""
    return StatusQuoParams(
        stock_utilisation=assumptions.stock_utilisation,
        cluster_utilisation=assumptions.cluster_utilisation,
        built_mw=_built_today(assumptions, problem),
        shares=dict(assumptions.status_quo_shares),
    )


def _built_today(
    assumptions: AllocationAssumptions, problem: AllocationProblem | None
) -> dict[str, float]:
    """Clusters whose capacity in the scenario's year exceeds what was built in the base
    year: site id -> MW built then (none in the base year itself)."""
    if problem is None:
        return {}
    built = assumptions.built_today_mw()
    return {
        str(sid): built[str(sid)]
        for sid, cap in zip(problem.sites.ids, problem.sites.capacity_mw, strict=True)
        if str(sid) in built and cap > built[str(sid)]
    }


def with_status_quo(
    problem: AllocationProblem, assumptions: AllocationAssumptions
) -> tuple[AllocationProblem, StatusQuo]:
    """``problem`` with the friction of leaving today's allocation, and that status quo.

    The status quo is built on ``problem`` itself: its placed sites are new and serve nothing
    today, so this equals building it on the same scenario without them.
    """
    sq = build_status_quo(problem, params_from(assumptions, problem))
    migration = sq.migration(
        assumptions.migration_cost_cny_per_mw,
        assumptions.payback_years,
        tuple(assumptions.frozen_classes),
    )
    return replace(problem, migration=migration), sq
