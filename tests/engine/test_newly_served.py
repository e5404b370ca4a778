"""The migration charge is on the MW that leave where they are served today: demand no site
serves today and one serves in the scenario is newly served, neither moved nor charged. A case
worked by hand, the base-year examples unchanged (figures recorded before the charge moved
from arrivals to departures), and an independent LP with explicit decrease variables."""

from __future__ import annotations

from dataclasses import replace

import highspy
import numpy as np
import pytest

from app.engine.allocation.allocation import (
    AllocationProblem,
    Regions,
    Sites,
    WorkloadClass,
    build,
    solve,
)
from app.engine.allocation.migration import Migration
from app.engine.allocation.network import BandwidthTier, NetworkParams
from app.engine.evaluate import demand_bound_flags, evaluate
from app.engine.references.migration_preview import preview_of
from app.io.scenario_file import load_scenario
from app.paths import DATA_DIR

H = 8760.0
NET = NetworkParams(route_factor=1.0, tiers={"T": BandwidthTier("T", 1.0, 100.0)})
JOB = WorkloadClass("job", "Job", None, "anywhere", 0.0, 1.0, "T")  # no transport
# per MW-year served: PUE x 8760 h x 1000 kWh/MWh x tariff (CNY/kWh)
COST_A, COST_B, COST_C = 1.2 * H * 600, 1.2 * H * 500, 1.2 * H * 700  # 6.31, 5.26, 7.36 M
COST_P = 1.1 * H * 300  # 2.89 M
CHARGE = 1_000_000.0 / 2.0  # one-off 1 M CNY per MW moved, repaid over 2 years


def grown_provinces() -> AllocationProblem:
    """Provinces A, B, C; A and B 100 MW of demand each, C 200 MW (grown). Today each is
    served by its own 100 MW stock, so 100 MW of C's demand is served nowhere. The planner's
    site P (150 MW, 0.3 CNY/kWh, PUE 1.1) is the cheapest hall."""
    ids = ["A", "B", "C"]
    regions = Regions(ids, ids, [30.0] * 3, [100.0, 101.0, 102.0], ids)
    sites = Sites(
        ["stock:A", "stock:B", "stock:C", "P"],
        ["A", "B", "C", "P"],
        [30.0] * 4,
        [100.0, 101.0, 102.0, 103.0],
        ["A", "B", "C", "C"],
        [100.0, 100.0, 100.0, 150.0],
        [1.2, 1.2, 1.2, 1.1],
        [0.6, 0.5, 0.7, 0.3],
    )
    today = Migration(ids, ["job"] * 3, ["stock:A", "stock:B", "stock:C"], [100.0] * 3,
                      cost_cny_per_mw=1_000_000.0, payback_years=2.0)  # fmt: skip
    demand = np.array([[100.0], [100.0], [200.0]])
    return AllocationProblem(regions, sites, demand, (JOB,), network=NET, migration=today)


def test_newly_served_demand_is_not_charged_and_a_real_move_is():
    """Every MW is served (the penalty). The halls fill cheapest first: P 150, B 100, A 100,
    C 50. A and B keep their load (staying is free); of C's 100 MW at its stock 50 stay and 50
    leave for P, saving 7.36 M - 2.89 M a MW-year, more than the 0.5 M charge: a move. The
    other 100 MW at P are C's demand that no hall serves today: newly served, not charged (the
    old LP charged all 150 MW arriving at P)."""
    pb = grown_provinces()
    res = solve(pb)
    assert res.ok
    f = res.flows.set_index(["region", "site"])["mw"].to_dict()
    assert f == pytest.approx(
        {
            ("A", "stock:A"): 100.0,
            ("B", "stock:B"): 100.0,
            ("C", "stock:C"): 50.0,
            ("C", "P"): 150.0,
        }  # fmt: skip
    )
    assert res.totals["unserved_mw"] == pytest.approx(0.0)
    assert res.totals["moved_mw"] == pytest.approx(50.0)
    assert res.totals["migration_cost"] == pytest.approx(50 * CHARGE)
    serving = 100 * COST_A + 100 * COST_B + 50 * COST_C + 150 * COST_P
    assert res.objective_cny == pytest.approx(serving + 50 * CHARGE, rel=1e-12)
    assert res.totals["cost_cny"] == pytest.approx(res.objective_cny, rel=1e-12)
    # the charge belongs to the hall the MW leave
    parts = dict(zip(pb.sites.ids.tolist(), res.site_cost_parts["migration_cost"], strict=True))
    assert parts == pytest.approx({"stock:A": 0.0, "stock:B": 0.0, "stock:C": 50 * CHARGE,
                                   "P": 0.0})  # fmt: skip
    # the preview: one move of 50 MW, 100 MW newly served with no one-off cost and no payback
    pv = preview_of(pb, res, free=False)
    assert pv.moved_mw == pytest.approx(50.0)
    assert pv.moved_by("class") == pytest.approx({"job": 50.0})
    assert pv.newly_served_mw == pytest.approx(100.0)
    assert pv.one_off_cny == pytest.approx(50 * 1_000_000.0)
    assert pv.payback_years == pytest.approx(1e6 / (COST_C - COST_P))
    routes = pv.moves_by_route().set_index(["from_site", "to_site"])
    assert routes.loc[("stock:C", "P"), "mw"] == pytest.approx(50.0)
    assert routes.loc[("", "P"), "mw"] == pytest.approx(100.0)
    assert np.isnan(routes.loc[("", "P"), "payback_years"])


def test_without_growth_nothing_is_newly_served_and_moves_are_charged_as_before():
    """The same network with C at 100 MW: C's 100 MW and 50 of A's move to P (each saves more
    than the 0.5 M charge), charged as the old LP did (arrivals = departures when every MW is
    served today and in the scenario)."""
    pb = grown_provinces()
    pb = replace(pb, demand_mw=np.array([[100.0], [100.0], [100.0]]))
    res = solve(pb)
    assert res.totals["moved_mw"] == pytest.approx(150.0)
    serving = 50 * COST_A + 100 * COST_B + 150 * COST_P
    assert res.objective_cny == pytest.approx(serving + 150 * CHARGE, rel=1e-12)
    assert preview_of(pb, res, free=False).newly_served_mw == pytest.approx(0.0)


# Recorded with the arrival-charging LP (commit 3588fbe) by `solve --json`: in the base year
# today and the scenario serve every MW, so moving the charge to departures changes nothing.
RECORDED = {
    # objective_cny, totals.cost_cny, totals.moved_mw, totals.migration_cost, sum |site dual|
    "baseline": (53406792930.15055, 62742771752.38576, 603.8307025310107, 1610215206.7493618,
                 1145697.149063157),
    "eastern-inference": (53406792930.15055, 64340332414.77613, 603.8307025310105,
                          1610215206.7493613, 1145697.149063157),
    "western-expansion": (53287944732.7516, 65760491037.553986, 834.3831587758758,
                          2225021756.7356687, 583077.2543362584),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(RECORDED))
def test_base_year_examples_are_unchanged(name):
    ev = evaluate(load_scenario(DATA_DIR / "scenarios" / f"{name}.toml"), free=False)
    assert ev is not None and ev.result.ok
    objective, cost, moved, migration, duals = RECORDED[name]
    t = ev.result.totals
    assert ev.result.objective_cny == pytest.approx(objective, rel=1e-9)
    assert t["cost_cny"] == pytest.approx(cost, rel=1e-9)
    assert t["moved_mw"] == pytest.approx(moved, rel=1e-9)
    assert t["migration_cost"] == pytest.approx(migration, rel=1e-9)
    assert ev.migration.moved_mw == pytest.approx(moved, rel=1e-9)
    assert ev.migration.newly_served_mw == pytest.approx(0.0, abs=1e-6)
    assert np.abs(ev.result.site_dual_cny_per_mw_year).sum() == pytest.approx(duals, rel=1e-9)
    assert sum(ev.result.site_cost_parts["migration_cost"]) == pytest.approx(migration, rel=1e-9)


def random_grown_case(seed: int, n_p: int = 8, n_s: int = 6) -> AllocationProblem:
    """Today: the optimum with a third less capacity (some demand served nowhere); the
    scenario: full capacity, other tariffs and a charge."""
    rng = np.random.default_rng(seed)
    rid, sid = [f"r{i}" for i in range(n_p)], [f"s{i}" for i in range(n_s)]
    prov = rng.integers(0, 3, n_p).astype(str)
    regions = Regions(rid, rid, rng.uniform(25, 40, n_p), rng.uniform(100, 120, n_p), prov)
    classes = (
        WorkloadClass("rt", "Real-time", 12.0, "anywhere", 0.5, 0.3, "T"),
        WorkloadClass("batch", "Batch", None, "anywhere", 0.2, 0.7, "T"),
    )
    demand = rng.gamma(2.0, 20.0, n_p)[:, None] * np.array([0.3, 0.7])
    sites = Sites(
        sid, sid, rng.uniform(25, 40, n_s), rng.uniform(100, 120, n_s),
        rng.integers(0, 3, n_s).astype(str), rng.dirichlet(np.ones(n_s) * 2) * demand.sum(),
        rng.uniform(1.1, 1.6, n_s), rng.uniform(0.3, 0.8, n_s),
    )  # fmt: skip
    pb = AllocationProblem(regions, sites, demand, classes, network=NET)
    small = replace(sites, capacity_mw=sites.capacity_mw * 0.66,
                    tariff_cny_per_kwh=rng.uniform(0.3, 0.8, n_s))  # fmt: skip
    f = solve(replace(pb, sites=small)).flows
    mig = Migration(f["region"], f["class"], f["site"], f["mw"], 3e6, 3.0)
    return replace(pb, migration=mig)


def decrease_lp_objective(pb: AllocationProblem) -> float:
    """The friction LP written another way: min c.x + M u + m sum d with d >= q - x, d >= 0
    (one d per status-quo flow; x there is 0 where the pair is not admissible), solved by
    highspy. Rows: demand (= D), capacity (<= cap), x_j + d_j >= q_j."""
    b = build(replace(pb, migration=None))
    m = pb.migration
    n_k, n_s = b.shape[1], b.shape[2]
    r_ix = {v: i for i, v in enumerate(pb.regions.ids.tolist())}
    k_ix = {c.id: i for i, c in enumerate(pb.classes)}
    s_ix = {v: i for i, v in enumerate(pb.sites.ids.tolist())}
    pos = {k: i for i, k in enumerate(b.pair_key.tolist())}
    flows: dict[int, float] = {}
    for r, k, s, v in zip(m.region, m.klass, m.site, m.mw, strict=True):
        key = (r_ix[r] * n_k + k_ix[k]) * n_s + s_ix[s]
        flows[key] = flows.get(key, 0.0) + float(v)
    n, j, q = b.n_demand, b.n_pairs, len(flows)
    cols: list[list[tuple[int, float]]] = [[(i, 1.0)] for i in range(n)]  # u
    for t in range(j):  # x: demand row, capacity row, its status-quo row if any
        cols.append([(int(b.pair_row[t]), 1.0), (n + int(b.pair_site[t]), 1.0)])
    q_rows = {key: n + n_s + i for i, key in enumerate(sorted(flows))}
    for key, row in q_rows.items():
        if key in pos:
            cols[n + pos[key]].append((row, 1.0))
    for row in q_rows.values():  # d
        cols.append([(row, 1.0)])
    cost = np.concatenate(
        [np.full(n, b.penalty), b.pair_cost, np.full(q, m.annual_cny_per_mw_year)]
    )
    lp = highspy.HighsLp()
    lp.num_col_, lp.num_row_ = len(cols), n + n_s + q
    lp.col_cost_ = cost
    lp.col_lower_, lp.col_upper_ = np.zeros(len(cols)), np.full(len(cols), np.inf)
    q_mw = np.array([flows[k] for k in sorted(flows)])
    lp.row_lower_ = np.concatenate([b.row_upper[:n], np.full(n_s, -np.inf), q_mw])
    lp.row_upper_ = np.concatenate([b.row_upper[:n], pb.sites.capacity_mw, np.full(q, np.inf)])
    lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    lp.a_matrix_.num_col_, lp.a_matrix_.num_row_ = len(cols), n + n_s + q
    lp.a_matrix_.start_ = np.cumsum([0] + [len(c) for c in cols]).astype(np.int32)
    lp.a_matrix_.index_ = np.array([r for c in cols for r, _ in c], dtype=np.int32)
    lp.a_matrix_.value_ = np.array([v for c in cols for _, v in c])
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.passModel(lp)
    h.run()
    assert h.getModelStatus() == highspy.HighsModelStatus.kOptimal
    return float(h.getInfo().objective_function_value)


@pytest.mark.parametrize("seed", [11, 12, 13, 14])
def test_matches_an_lp_with_explicit_decrease_variables(seed):
    pb = random_grown_case(seed)
    res = solve(pb)
    assert res.ok
    today_served = float(pb.migration.mw.sum())
    assert today_served < pb.demand_mw.sum() - 1.0  # some demand is served nowhere today
    assert res.totals["served_mw"] > today_served + 1.0  # and some of it is in the scenario
    assert res.objective_cny == pytest.approx(decrease_lp_objective(pb), rel=1e-9)
    # the moved MW never exceed what leaves today's halls, and are charged at the LP's rate
    assert res.totals["migration_cost"] == pytest.approx(
        res.totals["moved_mw"] * pb.migration.annual_cny_per_mw_year
    )


def test_a_year_past_the_demand_bound_is_flagged():
    """8,221.5 MW grown 24.8 % a year passes 1,000,000 MW from 2045 (8,221.5 x 1.248^22)."""
    a = load_scenario(DATA_DIR / "scenarios" / "baseline.toml").assumptions
    assert demand_bound_flags(replace(a, year=2044)) == []
    (flag,) = demand_bound_flags(replace(a, year=2060))
    assert "2060" in flag and "29,846,315 MW" in flag and "1,000,000 MW" in flag
