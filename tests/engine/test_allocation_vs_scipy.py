"""The column-generation solve must reach the optimum of the full LP, assembled here
independently (loops, scipy.sparse) and solved by ``scipy.optimize.linprog(method="highs")``."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse
from scipy.optimize import linprog

from app.engine.allocation.allocation import (
    NATIONAL_EMISSION_KG_PER_KWH,
    AllocationProblem,
    Regions,
    Sites,
    WorkloadClass,
    solve,
)
from app.engine.allocation.network import haversine_km

CLASSES = (
    WorkloadClass("rt", "Real-time", 8.0, "anywhere", 0.5, 0.2, "10G"),
    WorkloadClass("web", "Interactive", 25.0, "anywhere", 1.0, 0.4, "100G"),
    WorkloadClass("batch", "Training", None, "anywhere", 0.1, 0.3, "400G"),
    WorkloadClass("sens", "Sensitive", None, "province", 0.5, 0.1, "10G"),
)


def problem(seed: int, n_p: int, n_s: int, cap_ratio: float) -> AllocationProblem:
    """Regions and sites scattered around 8 province centres in China's lon/lat box."""
    rng = np.random.default_rng(seed)
    c_lat, c_lon = rng.uniform(22, 45, 8), rng.uniform(85, 125, 8)
    rp, sp = rng.integers(0, 8, n_p), rng.integers(0, 8, n_s)
    hub = np.array(["h0", "h1", "h2", "", "", "h0", "h1", ""])
    rid, sid = [f"r{i}" for i in range(n_p)], [f"s{i}" for i in range(n_s)]
    regions = Regions(
        rid, rid, c_lat[rp] + rng.normal(0, 1, n_p), c_lon[rp] + rng.normal(0, 1, n_p),
        rp.astype(str), hub[rp],
    )  # fmt: skip
    demand = rng.gamma(2.0, 30.0, n_p)[:, None] * np.array([c.share for c in CLASSES])
    sites = Sites(
        sid, sid, c_lat[sp] + rng.normal(0, 1, n_s), c_lon[sp] + rng.normal(0, 1, n_s),
        sp.astype(str), rng.dirichlet(np.ones(n_s)) * demand.sum() * cap_ratio,
        rng.uniform(1.1, 1.6, n_s), rng.uniform(0.3, 0.8, n_s),
        np.where(rng.random(n_s) < 0.2, np.nan, rng.uniform(0.1, 0.9, n_s)),
        rng.uniform(0, 1e6, n_s), hub[sp],
    )  # fmt: skip
    return AllocationProblem(regions, sites, demand, CLASSES, 80.0, 5e7)


def scipy_objective(pb: AllocationProblem) -> float:
    r, s, net = pb.regions, pb.sites, pb.network
    n_p, n_k, n_s = len(r), len(pb.classes), len(s)
    cost, rows, cols_site = [], [], []
    for p in range(n_p):
        for k, c in enumerate(pb.classes):
            for j in range(n_s):
                d = float(haversine_km(r.lat[p], r.lon[p], s.lat[j], s.lon[j]))
                rtt = 2 * d * net.route_factor / net.fibre_km_per_ms + net.equipment_ms
                if c.latency_limit_ms is not None and rtt > c.latency_limit_ms:
                    continue
                if c.residency == "province" and r.province_id[p] != s.province_id[j]:
                    continue
                mwh = pb.hours_per_year * s.annual_pue[j]
                ef = s.emission_kg_per_kwh[j]
                ef = NATIONAL_EMISSION_KG_PER_KWH if np.isnan(ef) else ef
                tier = net.tiers[c.bandwidth_tier]
                transport = (
                    c.bandwidth_gbps_per_mw
                    * d
                    * net.route_factor
                    * (tier.price_cny_per_km_year / tier.capacity_gbps)
                )
                cost.append(
                    mwh * 1000 * s.tariff_cny_per_kwh[j] + pb.carbon_price_cny_per_t * mwh * ef
                    + s.capex_cny_per_mw_year[j] + transport
                )  # fmt: skip
                rows.append(p * n_k + k)
                cols_site.append(j)
    n_j, n_d = len(cost), n_p * n_k
    j = np.arange(n_j)
    a_eq = sparse.hstack([
        sparse.csr_matrix((np.ones(n_j), (rows, j)), shape=(n_d, n_j)), sparse.identity(n_d)
    ])  # fmt: skip
    a_ub = sparse.hstack([
        sparse.csr_matrix((np.ones(n_j), (cols_site, j)), shape=(n_s, n_j)),
        sparse.csr_matrix((n_s, n_d)),
    ])  # fmt: skip
    c = np.concatenate([cost, np.full(n_d, pb.unserved_penalty_cny_per_mw_year)])
    res = linprog(
        c, A_ub=a_ub, b_ub=s.capacity_mw, A_eq=a_eq, b_eq=pb.demand_mw.ravel(), method="highs"
    )
    assert res.status == 0, res.message
    return float(res.fun)


@pytest.mark.parametrize(
    ("seed", "n_p", "n_s", "cap_ratio"),
    [(1, 10, 20, 1.2), (2, 15, 30, 1.1), (3, 8, 12, 0.6), (4, 20, 15, 3.0), (5, 70, 30, 1.1)],
)
def test_objective_matches_scipy(seed: int, n_p: int, n_s: int, cap_ratio: float) -> None:
    pb = problem(seed, n_p, n_s, cap_ratio)
    res = solve(pb)
    assert res.ok
    assert res.objective_cny == pytest.approx(scipy_objective(pb), rel=1e-7)
    # the objective reported by HiGHS equals the cost rebuilt from the flows
    expected = res.totals["cost_cny"] + res.totals["unserved_penalty_cny"]
    assert res.objective_cny == pytest.approx(expected, rel=1e-9)


def test_prefecture_scale_cold_start_uses_merged_prices(monkeypatch: pytest.MonkeyPatch) -> None:
    import app.engine.allocation.allocation_solver as allocation

    calls = []
    original = allocation._coarse_site_prices

    def spy(*args, **kwargs):
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(allocation, "_coarse_site_prices", spy)
    pb = problem(6, 70, 25, 1.05)
    assert solve(pb).objective_cny == pytest.approx(scipy_objective(pb), rel=1e-7)
    assert calls == [1]
