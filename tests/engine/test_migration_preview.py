"""What moves, its saving and payback, and why the rest stays: a hand-sized case."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from app.engine.allocation.allocation import AllocationProblem, Regions, Sites, WorkloadClass, solve
from app.engine.allocation.migration import Migration
from app.engine.allocation.network import BandwidthTier, NetworkParams
from app.engine.references.migration_preview import free_problem, migration_preview, preview_of
from app.engine.references.status_quo import StatusQuo, status_quo_result

NET = NetworkParams(route_factor=1.0, tiers={"T": BandwidthTier("T", 1.0, 0.0)})
CLASSES = (
    WorkloadClass("local", "Sensitive", None, "province", 0.0, 1 / 3, "T"),
    WorkloadClass("rt", "Real-time", 5.0, "anywhere", 0.0, 1 / 3, "T"),
    WorkloadClass("batch", "Batch", None, "anywhere", 0.0, 1 / 3, "T"),
)


def problem(cost_cny_per_mw: float, frozen: tuple[str, ...] = ()) -> AllocationProblem:
    """Region A (lon 0, PA), 10 MW per class, all served today at stock:A (0.6 CNY/kWh).

    cluster:near (lon 1, other province, 0.2 CNY/kWh, 5 MW) is within real-time reach;
    cluster:far (lon 20, 0.1 CNY/kWh, 100 MW) is not (~22 ms). 1000 h, PUE 1, no transport
    cost: serving costs 600,000 / 200,000 / 100,000 CNY per MW-year.
    """
    regions = Regions(["A"], ["A"], [0.0], [0.0], ["PA"])
    ids = ["stock:A", "cluster:near", "cluster:far"]
    sites = Sites(ids, ids, np.zeros(3), [0.0, 1.0, 20.0], ["PA", "PX", "PY"],
                  [30.0, 5.0, 100.0], np.ones(3), [0.6, 0.2, 0.1])  # fmt: skip
    mig = Migration(["A"] * 3, ["local", "rt", "batch"], ["stock:A"] * 3, [10.0] * 3,
                    cost_cny_per_mw, 3.0, frozen)  # fmt: skip
    return AllocationProblem(regions, sites, np.array([[10.0, 10.0, 10.0]]), CLASSES,
                             network=NET, hours_per_year=1000.0, migration=mig)  # fmt: skip


def test_moves_with_saving_and_payback_and_reasons_to_stay():
    pb = problem(600_000.0)  # 200,000 CNY per MW-year over 3 years
    pv = preview_of(pb, solve(pb))
    m = pv.moves.set_index(["class", "from_site", "to_site"])
    assert m.loc[("batch", "stock:A", "cluster:far"), "mw"] == pytest.approx(10.0)
    assert m.loc[("batch", "stock:A", "cluster:far"), "saving_cny_per_mw_year"] == (
        pytest.approx(500_000.0)
    )
    assert m.loc[("batch", "stock:A", "cluster:far"), "payback_years"] == pytest.approx(1.2)
    assert m.loc[("rt", "stock:A", "cluster:near"), "mw"] == pytest.approx(5.0)
    assert m.loc[("rt", "stock:A", "cluster:near"), "payback_years"] == pytest.approx(1.5)
    assert pv.moved_mw == pytest.approx(15.0)
    assert pv.moved_by("class") == pytest.approx({"batch": 10.0, "rt": 5.0})
    why = pv.stays.set_index("class")
    assert why.loc["local", "reason"] == "residency" and why.loc["local", "mw"] == 10.0
    assert why.loc["rt", "reason"] == "capacity" and why.loc["rt", "mw"] == pytest.approx(5.0)


def test_a_move_that_does_not_pay_back_stays_and_says_so():
    pb = problem(1_800_000.0)  # 600,000 a year: more than any saving
    res = solve(pb)
    pv = migration_preview(status_quo_result(pb, StatusQuo.from_problem(pb)), res,
                           solve(free_problem(pb)))  # fmt: skip
    assert pv.moved_mw == pytest.approx(0.0) and pv.moves.empty
    why = dict(zip(pv.stays["class"], pv.stays["reason"], strict=True))
    assert why == {"local": "residency", "rt": "not worth the migration cost",
                   "batch": "not worth the migration cost"}  # fmt: skip


def test_frozen_and_latency_reasons():
    pb = problem(0.0, frozen=("batch",))
    pb = replace(pb, sites=replace(pb.sites, capacity_mw=np.array([30.0, 0.0, 100.0])))
    why = dict(zip(*preview_of(pb, solve(pb)).stays[["class", "reason"]].T.values, strict=True))
    # batch is frozen; rt's cheaper sites: near (admissible, no room) and far (out of reach)
    assert why == {"batch": "frozen", "local": "residency", "rt": "capacity"}
    # near dearer than the stock: the only cheaper site is out of real-time reach
    pb = replace(pb, sites=replace(pb.sites, tariff_cny_per_kwh=np.array([0.6, 0.9, 0.1])))
    why = dict(zip(*preview_of(pb, solve(pb)).stays[["class", "reason"]].T.values, strict=True))
    assert why["rt"] == "latency"
