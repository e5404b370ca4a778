"""Migration friction in the allocation LP: a hand-sized case, the monotone property, the limits
(prohibitive cost, zero cost), frozen classes, warm starts, and an independent scipy model."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from scipy import sparse
from scipy.optimize import linprog

from app.engine.allocation.allocation import (
    AllocationProblem,
    Regions,
    Sites,
    Solver,
    WorkloadClass,
    build,
    solve,
    write_mps,
)
from app.engine.allocation.migration import Migration
from app.engine.allocation.network import BandwidthTier, NetworkParams

L_KM = 6371.0088 * np.pi / 180  # one degree of longitude on the equator, km
NET = NetworkParams(route_factor=1.0, tiers={"T": BandwidthTier("T", 1.0, 100.0)})
BATCH = WorkloadClass("batch", "Batch", None, "anywhere", 1.0, 1.0, "T")
HOP = 100.0 * L_KM  # transport over one degree, CNY per MW-year (11,119.5)


def hand_problem(mw_today_s1: float = 100.0, annual: float = 100_000.0) -> AllocationProblem:
    """Region A (lon 0), 100 MW of batch demand, served today at S1 (lon 0, 0.5 CNY/kWh).

    S2 (lon 1, 0.3 CNY/kWh, 60 MW) is new. 1000 h, PUE 1: serving A at S1 costs 500,000 and at
    S2 300,000 + 11,119.5 CNY per MW-year, a saving of 188,880.5 per MW moved.
    """
    regions = Regions(["A"], ["A"], [0.0], [0.0], ["P1"])
    sites = Sites(
        ["S1", "S2"],
        ["S1", "S2"],
        [0.0, 0.0],
        [0.0, 1.0],
        ["P1", "P2"],
        [100.0, 60.0],
        [1.0, 1.0],
        [0.5, 0.3],
    )
    mig = Migration(["A"], ["batch"], ["S1"], [mw_today_s1], annual * 3, 3.0)
    return AllocationProblem(
        regions,
        sites,
        np.array([[100.0]]),
        (BATCH,),
        network=NET,
        hours_per_year=1000.0,
        migration=mig,
    )


def flows(res) -> dict[str, float]:
    f = res.flows
    return dict(zip(f["site"], f["mw"], strict=True))


def test_hand_case_moves_when_the_saving_repays_the_cost():
    res = solve(hand_problem(annual=100_000.0))
    assert res.ok
    assert flows(res) == pytest.approx({"S1": 40.0, "S2": 60.0})
    assert res.totals["moved_mw"] == pytest.approx(60.0)
    assert res.totals["migration_cost"] == pytest.approx(60 * 100_000.0)
    # the cost includes the annualised migration charge, as the objective does
    assert res.totals["cost_cny"] == pytest.approx(
        40 * 500_000 + 60 * (300_000 + HOP) + 60 * 100_000.0
    )
    assert res.objective_cny == pytest.approx(res.totals["cost_cny"])


def test_hand_case_stays_when_the_move_does_not_pay_back():
    res = solve(hand_problem(annual=188_880.5 + 1.0))
    assert flows(res) == pytest.approx({"S1": 100.0})
    assert res.totals["moved_mw"] == pytest.approx(0.0)
    assert res.totals["migration_cost"] == 0.0


def test_existing_capacity_is_sunk_and_a_new_site_carries_its_capex():
    """S1 (today's) has no capex: its capacity is sunk. S2 carries 150,000 CNY per MW-year of
    capex, so a move saves 188,880.5 - 150,000 = 38,880.5 a year: not worth 100,000."""
    pb = hand_problem(annual=100_000.0)
    capex = np.array([0.0, 150_000.0])
    res = solve(replace(pb, sites=replace(pb.sites, capex_cny_per_mw_year=capex)))
    assert flows(res) == pytest.approx({"S1": 100.0})
    res = solve(
        replace(
            pb,
            sites=replace(pb.sites, capex_cny_per_mw_year=capex),
            migration=replace(pb.migration, cost_cny_per_mw=3 * 30_000.0),
        )
    )
    assert flows(res) == pytest.approx({"S1": 40.0, "S2": 60.0})  # 30,000 < 38,880.5
    assert res.totals["capex_cost"] == pytest.approx(60 * 150_000.0)


def test_newly_served_demand_is_neither_moved_nor_charged():
    """30 MW are served at S1 today, 70 MW nowhere. Keeping the 30 at S1 costs 500,000 a
    MW-year; moving them to S2 311,119.5 + the 1e6 charge, so they stay. The 70 newly served
    MW leave no site: no charge, not moved; 60 take the cheaper S2 and 10 the rest of S1."""
    res = solve(hand_problem(mw_today_s1=30.0, annual=1e6))
    assert flows(res) == pytest.approx({"S1": 40.0, "S2": 60.0})
    assert res.totals["moved_mw"] == pytest.approx(0.0)
    assert res.totals["migration_cost"] == pytest.approx(0.0)
    assert res.objective_cny == pytest.approx(40 * 500_000 + 60 * (300_000 + HOP))


CLASSES = (
    WorkloadClass("rt", "Real-time", 8.0, "anywhere", 0.5, 0.2, "10G"),
    WorkloadClass("web", "Interactive", 25.0, "anywhere", 1.0, 0.4, "100G"),
    WorkloadClass("batch", "Training", None, "anywhere", 0.1, 0.3, "400G"),
    WorkloadClass("sens", "Sensitive", None, "province", 0.5, 0.1, "10G"),
)


def random_case(seed: int, n_p: int = 12, n_s: int = 9) -> tuple[AllocationProblem, Migration]:
    """A scenario and a status quo: the free optimum under other tariffs, so it is feasible
    in the scenario but not its optimum."""
    rng = np.random.default_rng(seed)
    c_lat, c_lon = rng.uniform(22, 45, 5), rng.uniform(85, 125, 5)
    rp, sp = rng.integers(0, 5, n_p), rng.integers(0, 5, n_s)
    sp[:5] = np.arange(5)  # every province has a site (sensitive data stays in province)
    rid, sid = [f"r{i}" for i in range(n_p)], [f"s{i}" for i in range(n_s)]
    regions = Regions(
        rid,
        rid,
        c_lat[rp] + rng.normal(0, 1, n_p),
        c_lon[rp] + rng.normal(0, 1, n_p),
        rp.astype(str),
    )
    demand = rng.gamma(2.0, 30.0, n_p)[:, None] * np.array([c.share for c in CLASSES])
    sites = Sites(
        sid,
        sid,
        c_lat[sp] + rng.normal(0, 1, n_s),
        c_lon[sp] + rng.normal(0, 1, n_s),
        sp.astype(str),
        rng.dirichlet(np.ones(n_s) * 3) * demand.sum() * 1.5,
        rng.uniform(1.1, 1.6, n_s),
        rng.uniform(0.3, 0.8, n_s),
    )
    pb = AllocationProblem(regions, sites, demand, CLASSES, 80.0, 5e7)
    today = solve(replace(pb, sites=replace(sites, tariff_cny_per_kwh=rng.uniform(0.3, 0.8, n_s))))
    f = today.flows
    mig = Migration(f["region"], f["class"], f["site"], f["mw"], 0.0, 3.0)
    return replace(pb, migration=mig), mig


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_moved_mw_never_rises_with_the_migration_cost(seed):
    pb, mig = random_case(seed)
    free = solve(replace(pb, migration=None))
    costs = [0.0, 1e4, 1e5, 3e5, 1e6, 3e6, 1e7, 3e7, 1e8, 1e12]
    moved, objective = [], []
    solver = Solver()  # warm across the grid: pure cost changes
    for cost in costs:
        res = solver.solve(replace(pb, migration=replace(mig, cost_cny_per_mw=cost)))
        assert res.ok
        moved.append(res.totals["moved_mw"])
        objective.append(res.objective_cny)
        cold = solve(replace(pb, migration=replace(mig, cost_cny_per_mw=cost)))
        assert res.objective_cny == pytest.approx(cold.objective_cny, rel=1e-9)
    assert all(b <= a + 1e-6 for a, b in zip(moved, moved[1:], strict=False)), moved
    assert all(b >= a - 1e-6 for a, b in zip(objective, objective[1:], strict=False))
    assert moved[0] > 1.0  # the status quo is not the scenario's optimum
    # zero cost: today's free optimum
    assert objective[0] == pytest.approx(free.objective_cny, rel=1e-9)
    # a prohibitive cost moves nothing: every flow is today's
    assert moved[-1] == pytest.approx(0.0, abs=1e-6)
    last = solve(replace(pb, migration=replace(mig, cost_cny_per_mw=1e12)))
    today = {
        (r, k, s): v for r, k, s, v in zip(mig.region, mig.klass, mig.site, mig.mw, strict=True)
    }
    got = {
        (r, k, s): v
        for r, k, s, v in last.flows[["region", "class", "site", "mw"]].itertuples(index=False)
    }
    assert got.keys() == today.keys()
    assert [got[k] for k in today] == pytest.approx(list(today.values()))


def test_frozen_classes_stay_exactly_where_they_are_today():
    pb, mig = random_case(4)
    res = solve(replace(pb, migration=replace(mig, frozen_classes=("sens", "rt"))))
    assert res.ok
    f = res.flows
    for cid in ("sens", "rt"):
        got = f[f["class"] == cid].set_index(["region", "site"])["mw"].sort_index()
        m = mig.klass == cid
        want = (np.asarray(mig.mw)[m], list(zip(mig.region[m], mig.site[m], strict=True)))
        assert dict(got) == pytest.approx(dict(zip(want[1], want[0], strict=True)))
    free = solve(replace(pb, migration=replace(mig, frozen_classes=())))
    assert res.objective_cny >= free.objective_cny - 1e-6


def test_a_removed_site_forces_its_demand_to_move():
    pb, mig = random_case(5)
    used = mig.site[np.argmax(mig.mw)]
    keep = pb.sites.ids != used
    s = pb.sites
    sites = Sites(
        s.ids[keep],
        s.names[keep],
        s.lat[keep],
        s.lon[keep],
        s.province_id[keep],
        s.capacity_mw[keep],
        s.annual_pue[keep],
        s.tariff_cny_per_kwh[keep],
    )
    res = solve(replace(pb, sites=sites, migration=replace(mig, cost_cny_per_mw=1e12)))
    assert res.ok
    assert any("not in the problem" in f for f in res.flags)
    lost = float(np.asarray(mig.mw)[mig.site == used].sum())
    # what was served there now goes elsewhere (charged) or unserved, nothing else moves
    assert res.totals["moved_mw"] + res.totals["unserved_mw"] == pytest.approx(lost, rel=1e-6)


def scipy_objective(pb: AllocationProblem) -> float:
    """The friction LP in another form: min c.x + m * sum(t) + M * u with t >= x - q (one t per
    admissible pair), assembled here from the built costs and solved by scipy's HiGHS."""
    b = build(replace(pb, migration=None))
    m = pb.migration
    keys = {k: i for i, k in enumerate(b.pair_key.tolist())}
    n_k, n_s = b.shape[1], b.shape[2]
    r_ix = {v: i for i, v in enumerate(pb.regions.ids.tolist())}
    k_ix = {c.id: i for i, c in enumerate(pb.classes)}
    s_ix = {v: i for i, v in enumerate(pb.sites.ids.tolist())}
    q = np.zeros(b.n_pairs)
    for r, k, s, v in zip(m.region, m.klass, m.site, m.mw, strict=True):
        q[keys[(r_ix[r] * n_k + k_ix[k]) * n_s + s_ix[s]]] += v
    n, j = b.n_demand, b.n_pairs
    # columns: u (n), x (j), t (j)
    c = np.concatenate([np.full(n, b.penalty), b.pair_cost, np.full(j, m.annual_cny_per_mw_year)])
    a_eq = sparse.hstack(
        [
            sparse.identity(n),
            sparse.csr_matrix((np.ones(j), (b.pair_row, np.arange(j))), shape=(n, j)),
            sparse.csr_matrix((n, j)),
        ]
    )
    cap = sparse.csr_matrix((np.ones(j), (b.pair_site, np.arange(j))), shape=(n_s, j))
    a_ub = sparse.vstack(
        [
            sparse.hstack([sparse.csr_matrix((n_s, n)), cap, sparse.csr_matrix((n_s, j))]),
            sparse.hstack([sparse.csr_matrix((j, n)), sparse.identity(j), -sparse.identity(j)]),
        ]
    )
    b_ub = np.concatenate([pb.sites.capacity_mw, q])
    res = linprog(c, A_ub=a_ub, b_ub=b_ub, A_eq=a_eq, b_eq=b.row_upper[:n], method="highs")
    assert res.status == 0
    return float(res.fun)


@pytest.mark.parametrize("seed,cost", [(6, 3e5), (7, 1e6), (8, 4e6)])
def test_matches_scipy_linprog(seed, cost):
    pb, mig = random_case(seed)
    pb = replace(pb, migration=replace(mig, cost_cny_per_mw=cost))
    res = solve(pb)
    assert res.objective_cny == pytest.approx(scipy_objective(pb), rel=1e-7)
    assert res.totals["moved_mw"] > 0


def test_warm_start_after_a_site_is_added_matches_cold(tmp_path):
    pb, mig = random_case(9)
    pb = replace(pb, migration=replace(mig, cost_cny_per_mw=1e6))
    solver = Solver()
    solver.solve(pb)
    s = pb.sites
    grown = Sites(
        np.append(s.ids, "new"),
        np.append(s.names, "new"),
        np.append(s.lat, s.lat[0]),
        np.append(s.lon, s.lon[0]),
        np.append(s.province_id, s.province_id[0]),
        np.append(s.capacity_mw, 100.0),
        np.append(s.annual_pue, 1.1),
        np.append(s.tariff_cny_per_kwh, 0.2),
    )
    pb2 = replace(pb, sites=grown)
    warm, cold = solver.solve(pb2), solve(pb2)
    assert warm.warm_started and warm.ok
    assert warm.objective_cny == pytest.approx(cold.objective_cny, rel=1e-9)
    assert warm.site_load_mw[-1] > 0  # demand moves to the cheap new site
    pb3 = replace(pb2, carbon_price_cny_per_t=300.0)  # same ids: edited in place
    assert solver.solve(pb3).objective_cny == pytest.approx(solve(pb3).objective_cny, rel=1e-9)
    path = tmp_path / "m.mps"  # the exported LP (with its stay columns) has the same optimum
    assert write_mps(pb3, str(path)) == "ok"
    import highspy

    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.readModel(str(path))
    h.run()
    assert h.getInfo().objective_function_value == pytest.approx(solve(pb3).objective_cny, rel=1e-7)


def test_warm_re_solves_after_status_quo_edits_match_cold():
    """Same ids, same status-quo pairs, other MW (bounds of stay and frozen columns change in
    place); then fewer status-quo pairs (the stay columns change: the basis is mapped)."""
    pb, mig = random_case(10)
    mig = replace(mig, cost_cny_per_mw=2e6, frozen_classes=("sens",))
    solver = Solver()
    solver.solve(replace(pb, migration=mig))
    for scale in (0.8, 0.5, 1.0):
        edited = replace(pb, migration=replace(mig, mw=mig.mw * scale))
        warm, cold = solver.solve(edited), solve(edited)
        assert warm.warm_started and warm.ok
        assert warm.objective_cny == pytest.approx(cold.objective_cny, rel=1e-9)
    keep = np.arange(len(mig.mw)) % 2 == 0
    fewer = Migration(mig.region[keep], mig.klass[keep], mig.site[keep], mig.mw[keep],
                      2e6, 3.0, ("sens",))  # fmt: skip
    edited = replace(pb, migration=fewer)
    warm, cold = solver.solve(edited), solve(edited)
    assert warm.ok and warm.objective_cny == pytest.approx(cold.objective_cny, rel=1e-9)
