"""Allocation cases small enough to solve by hand (cf. PyPSA's test_lopf_storage)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from app.engine.allocation.allocation import (
    NATIONAL_EMISSION_KG_PER_KWH,
    AllocationProblem,
    Regions,
    Sites,
    Solver,
    WorkloadClass,
    build,
    solve,
)
from app.engine.allocation.network import BandwidthTier, NetworkParams

# One degree of longitude on the equator, km (mean Earth radius 6371.0088 km)
L_KM = 6371.0088 * np.pi / 180  # 111.195 km
# Transport priced at 100 CNY per Gbps-km-year, 1 Gbps per MW, route factor 1:
# serving across one degree costs 100 * L = 11,119.5 CNY per MW-year
NET = NetworkParams(route_factor=1.0, tiers={"T": BandwidthTier("T", 1.0, 100.0)})
BATCH = WorkloadClass("batch", "Batch", None, "anywhere", 1.0, 1.0, "T")


def regions(lons, provinces, hubs=None) -> Regions:
    n = len(lons)
    ids = [f"R{i}" for i in range(n)]
    return Regions(ids, ids, np.zeros(n), lons, provinces, hubs)


def sites(lons, cap, tariff, provinces, hubs=None, ef=None, capex=None) -> Sites:
    n = len(lons)
    ids = [f"S{i + 1}" for i in range(n)]
    return Sites(ids, ids, np.zeros(n), lons, provinces, cap, np.ones(n), tariff, ef, capex, hubs)


def hand_problem(cap_s1: float = 80.0) -> AllocationProblem:
    """Regions A (lon 0) and B (lon 1), sites S1 (lon 0, 80 MW) and S2 (lon 1, 100 MW).

    1000 h/year and PUE 1: energy cost = 1e6 x tariff CNY per MW-year. Serving costs:
    A@S1 300,000; A@S2 500,000 + 11,119.5; B@S1 300,000 + 11,119.5; B@S2 500,000.
    Demand A 60 MW, B 50 MW.
    """
    return AllocationProblem(
        regions=regions([0.0, 1.0], ["P1", "P2"]),
        sites=sites([0.0, 1.0], [cap_s1, 100.0], [0.3, 0.5], ["P1", "P2"], ef=[0.5, 0.5]),
        demand_mw=np.array([[60.0], [50.0]]),
        classes=(BATCH,),
        network=NET,
        hours_per_year=1000.0,
    )


def flow(res, region: int, site: int) -> float:
    m = (res.pair_region == region) & (res.pair_site == site)
    return float(res.flow_mw[m].sum())


def test_two_by_two_known_optimum_and_duals() -> None:
    res = solve(hand_problem())
    assert res.status == "optimal"
    t = 100.0 * L_KM  # 11,119.5
    # S1 (cheap) fills. A saves 500,000 + t - 300,000 = 211,119.5 per MW by using S1, B saves
    # only 500,000 - 300,000 - t = 188,880.5, so A takes 60 MW of S1, B the other 20 and
    # 30 MW at S2.
    assert flow(res, 0, 0) == pytest.approx(60.0)
    assert flow(res, 0, 1) == pytest.approx(0.0, abs=1e-9)
    assert flow(res, 1, 0) == pytest.approx(20.0)
    assert flow(res, 1, 1) == pytest.approx(30.0)
    # objective = 60 x 300,000 + 20 x (300,000 + t) + 30 x 500,000 = 39,222,390
    assert res.objective_cny == pytest.approx(60 * 3e5 + 20 * (3e5 + t) + 30 * 5e5, rel=1e-12)
    # duals: S2 has spare capacity (value 0); B is split so its marginal cost is 500,000
    # (served at S2) = (300,000 + t) + w1, hence w1 = 188,880.5: one more MW at S1 moves
    # 1 MW of B from S2 to S1. One more MW of A: A takes it at S1 and B moves to S2:
    # 300,000 + w1 = 488,880.5.
    w1 = 5e5 - 3e5 - t
    np.testing.assert_allclose(res.site_dual_cny_per_mw_year, [w1, 0.0], rtol=1e-9, atol=1e-6)
    np.testing.assert_allclose(
        res.region_marginal_cost_cny_per_mw_year, [[3e5 + w1], [5e5]], rtol=1e-9
    )
    np.testing.assert_allclose(res.site_load_mw, [80.0, 30.0])
    np.testing.assert_allclose(res.utilisation, [1.0, 0.3])
    tot = res.totals
    assert tot["served_mw"] == pytest.approx(110.0)
    assert tot["unserved_mw"] == pytest.approx(0.0, abs=1e-9)
    assert tot["energy_cost"] == pytest.approx(80 * 3e5 + 30 * 5e5)
    assert tot["transport_cost"] == pytest.approx(20 * t)
    assert tot["carbon_t"] == pytest.approx(110 * 1000 * 0.5)  # 1000 MWh/MW x 0.5 t/MWh
    assert tot["cost_cny"] == pytest.approx(res.objective_cny)
    # RTT: equipment 1 ms; across one degree 2 x 111.195 km / 200 km/ms + 1 = 2.112 ms
    assert tot["mean_rtt_ms"] == pytest.approx((90 * 1.0 + 20 * (2 * L_KM / 200 + 1)) / 110)


def test_flows_table_is_tidy() -> None:
    df = solve(hand_problem()).flows
    assert list(df.columns) == [
        "region", "class", "site", "site_province", "mw", "cost_cny_per_mw_year", "cost_cny",
        "rtt_ms",
    ]  # fmt: skip
    assert len(df) == 3
    assert df["mw"].sum() == pytest.approx(110.0)
    row = df[(df.region == "R1") & (df.site == "S1")].iloc[0]
    assert row["class"] == "batch" and row["site_province"] == "P1"


def test_cost_components_by_hand() -> None:
    # 1 region at the site; 8760 h, PUE 1.25, 0.4 CNY/kWh -> 10,950 MWh and 4,380,000 CNY
    # per MW-year; missing emission factor -> national 0.5306 t/MWh -> 5,810.07 t x 50 CNY/t
    # = 290,503.5; capex 1,000,000. Site at lon 1: 111.195 km x 1.5 route x 0.5 Gbps/MW
    # x (4,000 / 100) CNY per Gbps-km = 3,335.85.
    cls = WorkloadClass("c", "C", None, "anywhere", 0.5, 1.0, "100G")
    s = Sites(["S"], ["S"], [0.0], [1.0], ["P"], [100.0], [1.25], [0.4], None, [1e6])
    pb = AllocationProblem(regions([0.0], ["P"]), s, np.array([[10.0]]), (cls,), 50.0)
    b = build(pb)
    carbon = 8760 * 1.25 * NATIONAL_EMISSION_KG_PER_KWH
    transport = L_KM * 1.5 * 0.5 * 40.0
    assert b.pair_cost[0] == pytest.approx(4.38e6 + carbon * 50 + 1e6 + transport)
    assert any("national average" in f for f in b.flags)
    res = solve(pb)
    assert res.totals["carbon_t"] == pytest.approx(10 * carbon)
    assert res.totals["capex_cost"] == pytest.approx(1e7)
    assert res.totals["transport_cost"] == pytest.approx(10 * transport)
    no_capex = solve(replace(pb, include_capex=False))
    assert no_capex.objective_cny == pytest.approx(res.objective_cny - 1e7)


def test_latency_forces_unserved() -> None:
    # RTT limit 5 ms with 1 ms equipment: reach = (5 - 1) x 200 / (2 x 1.5) = 266.7 km.
    # S1 sits on the region (10 MW), S2 five degrees (556 km, RTT 9.3 ms) away with plenty.
    rt = WorkloadClass("rt", "Real-time", 5.0, "anywhere", 0.0, 1.0, "10G")
    pb = AllocationProblem(
        regions([0.0], ["P"]),
        sites([0.0, 5.0], [10.0, 100.0], [0.5, 0.1], ["P", "P"]),
        np.array([[30.0]]),
        (rt,),
        hours_per_year=1000.0,
        unserved_penalty_cny_per_mw_year=1e7,
    )
    res = solve(pb)
    assert res.ok
    assert res.unserved_mw[0, 0] == pytest.approx(20.0)
    np.testing.assert_allclose(res.site_load_mw, [10.0, 0.0], atol=1e-9)
    assert not np.any(res.pair_site == 1)  # S2 is not even a column
    assert res.region_marginal_cost_cny_per_mw_year[0, 0] == pytest.approx(1e7)
    assert res.site_dual_cny_per_mw_year[0] == pytest.approx(1e7 - 5e5)
    assert res.totals["mean_rtt_ms"] == pytest.approx(1.0)
    assert res.objective_cny == pytest.approx(10 * 5e5 + 20 * 1e7)


@pytest.mark.parametrize(
    ("residency", "expected_site"),
    [("anywhere", 0), ("province", 1), ("hub", 2)],
)
def test_residency(residency: str, expected_site: int) -> None:
    # Region in province P1, hub H. S1: P2, no hub, cheapest. S2: P1, dearest. S3: P3 in hub H.
    cls = WorkloadClass("sens", "Sensitive", None, residency, 0.0, 1.0, "10G")
    pb = AllocationProblem(
        regions([0.0], ["P1"], ["H"]),
        sites([0.0] * 3, [100.0] * 3, [0.1, 0.5, 0.3], ["P2", "P1", "P3"], ["", "", "H"]),
        np.array([[40.0]]),
        (cls,),
    )
    res = solve(pb)
    np.testing.assert_allclose(res.site_load_mw, np.eye(3)[expected_site] * 40.0, atol=1e-9)


def test_empty_hub_does_not_match_empty_hub() -> None:
    cls = WorkloadClass("sens", "Sensitive", None, "hub", 0.0, 1.0, "10G")
    pb = AllocationProblem(
        regions([0.0], ["P1"], [""]),
        sites([0.0], [100.0], [0.1], ["P2"], [""]),
        np.array([[5.0]]),
        (cls,),
    )
    res = solve(pb)
    assert res.unserved_mw[0, 0] == pytest.approx(5.0)
    assert len(res.pair_site) == 0 and res.ok


def test_inconsistent_input_raises_with_all_messages() -> None:
    pb = hand_problem()
    bad = replace(pb, demand_mw=np.array([[1.0, 2.0]]))
    with pytest.raises(ValueError, match=r"demand_mw: shape"):
        build(bad)
    s = sites([0.0], [-1.0], [0.3], ["P"])
    with pytest.raises(ValueError, match="capacity_mw"):
        build(replace(pb, sites=s))


def test_zero_demand_and_zero_capacity_solve() -> None:
    pb = hand_problem(cap_s1=0.0)
    res = Solver().solve(replace(pb, demand_mw=np.zeros((2, 1))))
    assert res.ok and res.objective_cny == pytest.approx(0.0)
    assert np.isnan(res.utilisation[0])


def test_no_sites_or_no_regions() -> None:
    pb = hand_problem()
    none = Sites([], [], [], [], [], [], [], [])
    res = solve(replace(pb, sites=none))
    assert res.ok and res.unserved_mw.sum() == pytest.approx(110.0)
    assert res.flows.empty and res.sites_table.empty
    no_regions = replace(pb, regions=regions([], []), demand_mw=np.zeros((0, 1)))
    res = solve(no_regions)
    assert res.ok and res.objective_cny == 0.0
    np.testing.assert_allclose(res.site_load_mw, 0.0)
