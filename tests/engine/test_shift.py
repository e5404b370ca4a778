"""Shift preview on the hand case of test_allocation_hand: cut S1 from 80 to 50 MW."""

from __future__ import annotations

import numpy as np
import pytest

from app.engine.allocation.allocation import (
    AllocationProblem,
    Regions,
    Sites,
    Solver,
    WorkloadClass,
    solve,
)
from app.engine.allocation.network import BandwidthTier, NetworkParams
from app.engine.references.shift import diff

NET = NetworkParams(route_factor=1.0, tiers={"T": BandwidthTier("T", 1.0, 100.0)})
BATCH = WorkloadClass("batch", "Batch", None, "anywhere", 1.0, 1.0, "T")


def hand_problem(cap_s1: float, extra_site: bool = False) -> AllocationProblem:
    """A (lon 0) 60 MW, B (lon 1) 50 MW; S1 at lon 0 (0.3 CNY/kWh, province P1), S2 at lon 1
    (0.5, P2), 100 MW; optionally S3 at lon 1 in P3 (0.4), 10 MW. 1000 h, PUE 1."""
    regions = Regions(["A", "B"], ["A", "B"], [0.0, 0.0], [0.0, 1.0], ["P1", "P2"])
    ids = ["S1", "S2", "S3"][: 3 if extra_site else 2]
    n = len(ids)
    sites = Sites(
        ids, ids, np.zeros(n), [0.0, 1.0, 1.0][:n], ["P1", "P2", "P3"][:n],
        [cap_s1, 100.0, 10.0][:n], np.ones(n), [0.3, 0.5, 0.4][:n], np.full(n, 0.5),
    )  # fmt: skip
    return AllocationProblem(
        regions, sites, np.array([[60.0], [50.0]]), (BATCH,), network=NET, hours_per_year=1000.0
    )


def test_capacity_cut_moves_demand() -> None:
    solver = Solver()
    base = solver.solve(hand_problem(80.0))
    scen = solver.solve(hand_problem(50.0))
    rep = diff(base, scen)
    # before: A 60@S1, B 20@S1 + 30@S2; after: A 50@S1 + 10@S2, B 50@S2
    got = {(r.region, r.site): (r.before_mw, r.after_mw) for r in rep.by_site.itertuples()}
    expected = {
        ("A", "S1"): (60, 50), ("A", "S2"): (0, 10), ("B", "S1"): (20, 0), ("B", "S2"): (30, 50)
    }  # fmt: skip
    assert got.keys() == expected.keys()
    for key, (b, a) in expected.items():
        assert got[key] == pytest.approx((b, a), abs=1e-9)
    assert rep.moved_mw == pytest.approx(30.0)
    prov = rep.by_province.set_index(["region", "province"])["change_mw"]
    assert prov[("A", "P2")] == pytest.approx(10.0) and prov[("B", "P1")] == pytest.approx(-20.0)
    np.testing.assert_allclose(rep.sites["load_change_mw"], [-30.0, 30.0], atol=1e-9)
    assert rep.sites.loc["S1", "capacity_mw_after"] == 50.0
    # every region's change sums to zero (all demand served in both)
    assert rep.by_site.groupby("region")["change_mw"].sum().abs().max() < 1e-9
    t = rep.totals
    assert t.loc["cost_cny", "change"] == pytest.approx(
        scen.totals["cost_cny"] - base.totals["cost_cny"]
    )
    assert t.loc["served_mw", "change"] == pytest.approx(0.0, abs=1e-9)
    assert rep.regions.loc["B", "mean_rtt_ms_after"] == pytest.approx(1.0)
    assert list(rep.region("A")["site"]) in (["S1", "S2"], ["S2", "S1"])


def test_added_site_and_by_class() -> None:
    base = solve(hand_problem(80.0))
    scen = solve(hand_problem(80.0, extra_site=True))
    rep = diff(base, scen, by_class=True)
    assert "class" in rep.by_site.columns
    s3 = rep.sites.loc["S3"]
    assert np.isnan(s3["load_mw_before"]) and s3["load_change_mw"] == pytest.approx(10.0)
    assert s3["province"] == "P3"
    assert rep.by_site.set_index(["region", "site"]).loc[("B", "S3"), "after_mw"].item() == 10.0


def test_regions_must_match() -> None:
    base = solve(hand_problem(80.0))
    other = hand_problem(80.0)
    r = other.regions
    renamed = AllocationProblem(
        Regions(["A", "C"], r.names, r.lat, r.lon, r.province_id), other.sites, other.demand_mw,
        other.classes, network=NET, hours_per_year=1000.0,
    )  # fmt: skip
    with pytest.raises(ValueError, match="same region ids"):
        diff(base, solve(renamed))
