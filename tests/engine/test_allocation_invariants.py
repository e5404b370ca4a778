"""Invariants of the allocation on random instances (hypothesis drives the seeds and sizes)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from app.engine.allocation.allocation import (
    RESIDENCIES,
    AllocationProblem,
    AllocationResult,
    Regions,
    Sites,
    WorkloadClass,
    solve,
)
from app.engine.allocation.network import haversine_km, rtt_ms

PENALTY = 2.0e7


def random_problem(seed: int, n_p: int, n_s: int, n_k: int) -> AllocationProblem:
    """Points in a 6 x 6 degree box so that latency limits of 2-12 ms bite; 3 provinces,
    2 hubs plus none; capacities between 0.3x and 1.5x total demand."""
    rng = np.random.default_rng(seed)
    prov, hubs = np.array(["A", "B", "C"]), np.array(["h1", "h2", ""])
    classes = tuple(
        WorkloadClass(
            f"k{k}",
            f"K{k}",
            None if rng.random() < 0.3 else float(rng.uniform(2.0, 12.0)),
            str(rng.choice(RESIDENCIES)),
            float(rng.uniform(0, 2)),
            1.0,
            str(rng.choice(["10G", "100G", "400G"])),
        )  # fmt: skip
        for k in range(n_k)
    )
    rid, sid = [f"r{i}" for i in range(n_p)], [f"s{i}" for i in range(n_s)]
    regions = Regions(
        rid, rid, rng.uniform(30, 36, n_p), rng.uniform(110, 116, n_p),
        rng.choice(prov, n_p), rng.choice(hubs, n_p),
    )  # fmt: skip
    demand = rng.uniform(0, 50, (n_p, n_k)) * (rng.random((n_p, n_k)) < 0.9)
    cap = rng.dirichlet(np.ones(n_s)) * demand.sum() * rng.uniform(0.3, 1.5)
    ef = np.where(rng.random(n_s) < 0.2, np.nan, rng.uniform(0.1, 0.9, n_s))
    sites = Sites(
        sid, sid, rng.uniform(30, 36, n_s), rng.uniform(110, 116, n_s), rng.choice(prov, n_s),
        cap, rng.uniform(1.1, 1.8, n_s), rng.uniform(0.2, 0.9, n_s), ef,
        rng.uniform(0, 2e6, n_s), rng.choice(hubs, n_s),
    )  # fmt: skip
    return AllocationProblem(regions, sites, demand, classes, float(rng.uniform(0, 200)), PENALTY)


def admissible(pb: AllocationProblem) -> np.ndarray:
    """Admissibility recomputed pair by pair, independently of the vectorised build."""
    r, s = pb.regions, pb.sites
    ok = np.zeros((len(r), len(pb.classes), len(s)), dtype=bool)
    for p in range(len(r)):
        for k, c in enumerate(pb.classes):
            for j in range(len(s)):
                rtt = rtt_ms(haversine_km(r.lat[p], r.lon[p], s.lat[j], s.lon[j]))
                fast = c.latency_limit_ms is None or rtt <= c.latency_limit_ms
                same_p = r.province_id[p] == s.province_id[j]
                same_h = same_p or (r.hub_id[p] != "" and r.hub_id[p] == s.hub_id[j])
                ok[p, k, j] = fast and {
                    "anywhere": True, "province": same_p, "hub": same_h
                }[c.residency]  # fmt: skip
    return ok


def check(pb: AllocationProblem, res: AllocationResult) -> None:
    n_p, n_k, n_s = len(pb.regions), len(pb.classes), len(pb.sites)
    tol = 1e-6 * max(1.0, pb.demand_mw.sum())
    assert res.status == "optimal"
    adm = admissible(pb)
    # every admissible pair is a column, and only those
    assert len(res.flow_mw) == adm.sum()
    assert adm[res.pair_region, res.pair_class, res.pair_site].all()
    # conservation: served + unserved = demand
    served = np.zeros((n_p, n_k))
    np.add.at(served, (res.pair_region, res.pair_class), res.flow_mw)
    np.testing.assert_allclose(served + res.unserved_mw, pb.demand_mw, atol=tol)
    assert (res.flow_mw >= 0).all() and (res.unserved_mw >= -tol).all()
    # capacity never exceeded
    assert (res.site_load_mw <= pb.sites.capacity_mw + tol).all()
    full = res.site_load_mw >= pb.sites.capacity_mw - tol
    # unserved only when every admissible site is full or dearer than the penalty
    cost = np.full((n_p, n_k, n_s), np.inf)
    cost[res.pair_region, res.pair_class, res.pair_site] = res.pair_cost_cny_per_mw_year
    for p, k in zip(*np.nonzero(res.unserved_mw > tol), strict=True):
        usable = adm[p, k] & ~full & (cost[p, k] < PENALTY)
        assert not usable.any(), (p, k)
    # duals: prices >= 0, positive only at full sites, marginal cost <= penalty
    w, y = res.site_dual_cny_per_mw_year, res.region_marginal_cost_cny_per_mw_year
    assert (w >= -1e-6 * PENALTY).all()
    assert full[w > 1e-6 * PENALTY].all()
    assert (y <= PENALTY * (1 + 1e-9)).all()
    # optimality certificate for the full LP: no admissible column has a negative reduced cost
    rc = res.pair_cost_cny_per_mw_year - y[res.pair_region, res.pair_class] + w[res.pair_site]
    assert (rc >= -1e-6 * PENALTY).all()
    assert abs(res.totals["served_mw"] + res.totals["unserved_mw"] - pb.demand_mw.sum()) <= tol


@settings(max_examples=100, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    n_p=st.integers(1, 6),
    n_s=st.integers(1, 7),
    n_k=st.integers(1, 4),
)
def test_invariants_random(seed: int, n_p: int, n_s: int, n_k: int) -> None:
    pb = random_problem(seed, n_p, n_s, n_k)
    check(pb, solve(pb))


def test_invariants_larger_instance() -> None:
    # big enough that column generation prices columns in over several rounds
    pb = random_problem(7, 40, 60, 4)
    res = solve(pb)
    check(pb, res)
    assert res.n_columns < len(res.flow_mw)
