"""What the placed sites are worth: a three-province case worked by hand, then the shipped
examples (no sites: exactly zero; western expansion: the file without its sites, solved on its
own; eastern inference: idle sites flagged), idle halls that still use energy, and a tariff
rise that never lowers the cost."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pytest

from app.engine.allocation.allocation import (
    AllocationProblem,
    Regions,
    Sites,
    Solver,
    WorkloadClass,
)
from app.engine.allocation.migration import Migration
from app.engine.allocation.network import BandwidthTier, NetworkParams
from app.engine.costs.costs import DISCOUNT_RATE, LIFE_YEARS
from app.engine.evaluate import evaluate
from app.engine.references.sites_effect import annuity_factor, sites_effect
from app.io.scenario_file import load_scenario
from app.paths import DATA_DIR

H = 8760.0
NET = NetworkParams(route_factor=1.0, tiers={"T": BandwidthTier("T", 1.0, 100.0)})
# no bandwidth: no transport cost, so every figure below is energy and migration
JOB = WorkloadClass("job", "Job", None, "anywhere", 0.0, 1.0, "T")
# per MW-year served: PUE x 8760 h x 1000 kWh/MWh x tariff (CNY/kWh)
COST_A, COST_B, COST_C = 1.2 * H * 600, 1.2 * H * 500, 1.2 * H * 700  # 6.31, 5.26, 7.36 M
COST_P = 1.1 * H * 300  # 2.89 M
CHARGE = 1_000_000.0 / 2.0  # one-off 1 M CNY per MW moved, repaid over 2 years


def three_provinces(with_site: bool, cap_p: float = 50.0) -> AllocationProblem:
    """Provinces A, B, C, 100 MW of demand each, served today by their own stock (A and B
    full, C 150 MW, 1,000 MWh per MW-year of load-independent energy in every hall); the
    planner's site P (0.3 CNY/kWh, PUE 1.1, 500 MWh per MW-year fixed) is optional."""
    ids = ["A", "B", "C"]
    regions = Regions(ids, ids, [30.0] * 3, [100.0, 101.0, 102.0], ids)
    n = 4 if with_site else 3
    sites = Sites(
        ["stock:A", "stock:B", "stock:C", "P"][:n],
        ["A", "B", "C", "P"][:n],
        [30.0] * n,
        [100.0, 101.0, 102.0, 103.0][:n],
        ["A", "B", "C", "C"][:n],
        [100.0, 100.0, 150.0, cap_p][:n],
        [1.2, 1.2, 1.2, 1.1][:n],
        [0.6, 0.5, 0.7, 0.3][:n],
        emission_kg_per_kwh=[0.5] * n,
        fixed_mwh_per_mw_rated=[1000.0, 1000.0, 1000.0, 500.0][:n],
    )
    today = Migration(ids, ["job"] * 3, ["stock:A", "stock:B", "stock:C"], [100.0] * 3,
                      cost_cny_per_mw=1_000_000.0, payback_years=2.0)  # fmt: skip
    return AllocationProblem(
        regions, sites, np.full((3, 1), 100.0), (JOB,), network=NET, migration=today
    )


def test_a_site_whose_value_is_known_by_hand():
    """P (50 MW) takes 50 MW of C's load, the dearest; nothing else moves. Per MW moved it
    saves C's 7,358,400 less P's 2,890,800 less the 500,000 charge = 3,967,600 CNY a year, and
    one more MW at P would save the same: its value (dual). C keeps its hall's fixed energy."""
    without = Solver().solve(three_provinces(False))
    scenario = Solver().solve(three_provinces(True))
    assert without.ok and scenario.ok
    assert without.totals["moved_mw"] == 0.0  # nothing cheaper has room: today stays
    assert scenario.totals["moved_mw"] == pytest.approx(50.0)
    fixed = 100e3 * 600 + 100e3 * 500 + 150e3 * 700  # halls' fixed MWh x CNY/MWh
    assert without.totals["energy_cost"] == pytest.approx(100 * (COST_A + COST_B + COST_C) + fixed)
    effect = sites_effect(scenario, without, investment=50 * 10e6, migration_cny_per_mw=1e6)
    saving_per_mw = COST_C - COST_P - CHARGE  # 3,967,600
    assert saving_per_mw == pytest.approx(3_967_600.0)
    p_fixed = 50 * 500 * 300.0  # P's own fixed energy, CNY a year
    assert effect["energy_cost"] == pytest.approx(-50 * (COST_C - COST_P) + p_fixed)
    assert effect["migration_cost"] == pytest.approx(50 * CHARGE)
    assert effect["cost_cny"] == pytest.approx(-50 * saving_per_mw + p_fixed)
    # energy: C loses 50 MW at its marginal PUE, P gains 50 MW and its fixed part
    assert effect["energy_mwh"] == pytest.approx(-50 * 1.2 * H + 50 * 1.1 * H + 50 * 500)
    # payback and NPV count the move once (50 MW x 1 M), not its 2-year charge every year:
    # the yearly saving is C's cost less P's, without the charge
    assert effect["migration_one_off_cny"] == pytest.approx(50e6)
    saving = 50 * (COST_C - COST_P) - p_fixed
    assert effect["payback_years"] == pytest.approx((500e6 + 50e6) / saving)
    assert effect["npv_cny"] == pytest.approx(saving * annuity_factor() - 500e6 - 50e6)
    # the same year by year: both one-off costs in year 0, the saving in years 1-15
    years = np.arange(1, LIFE_YEARS + 1)
    by_year = -550e6 + float((saving / (1 + DISCOUNT_RATE) ** years).sum())
    assert effect["npv_cny"] == pytest.approx(by_year, rel=1e-12)
    dual = dict(zip(scenario.problem.sites.ids, scenario.site_dual_cny_per_mw_year, strict=True))
    assert dual["P"] == pytest.approx(saving_per_mw)


def test_an_empty_hall_still_uses_energy():
    """A 100 MW site empties C; C's hall keeps its load-independent energy."""
    res = Solver().solve(three_provinces(True, cap_p=100.0))
    energy = res.site_energy
    assert res.sites_table.at["stock:C", "load_mw"] == pytest.approx(0.0, abs=1e-9)
    assert energy.at["stock:C", "energy_mwh"] == pytest.approx(150 * 1000.0)
    assert energy.at["stock:C", "energy_cost_cny"] == pytest.approx(150e3 * 700)
    assert energy.at["stock:C", "carbon_t"] == pytest.approx(150e3 * 0.5)
    assert res.totals["energy_mwh"] == pytest.approx(float(energy["energy_mwh"].sum()))


@pytest.fixture(scope="module")
def examples(atlas):
    return {
        name: load_scenario(DATA_DIR / "scenarios" / f"{name}.toml")
        for name in ("baseline", "western-expansion", "eastern-inference")
    }


def test_no_placed_sites_have_an_effect_of_exactly_zero(examples, atlas):
    ev = evaluate(examples["baseline"], atlas=atlas)
    effect = ev.sites_effect
    extra = {"investment_cny", "migration_one_off_cny", "npv_cny", "payback_years"}
    assert set(effect) == set(ev.totals) | extra
    assert all(effect[k] == 0.0 for k in ev.totals if k != "mean_rtt_ms")
    assert effect["investment_cny"] == 0.0 and effect["npv_cny"] == 0.0
    assert effect["migration_one_off_cny"] == 0.0
    assert math.isnan(effect["payback_years"])  # nothing to pay back


def test_without_sites_is_the_file_without_its_sites(examples, atlas):
    western = examples["western-expansion"]
    ev = evaluate(western, atlas=atlas)
    alone = evaluate(replace(western, sites=[]), atlas=atlas)
    w, a = ev.without_sites.totals, alone.result.totals
    for key in ("cost_cny", "energy_mwh", "carbon_t", "moved_mw", "migration_cost"):
        assert w[key] == pytest.approx(a[key], rel=1e-6, abs=1e-6), key
        assert ev.sites_effect[key] == pytest.approx(ev.totals[key] - a[key], rel=1e-6, abs=1e-3)
    # the campuses' one-off investment, and the capex annuity is the only capex change
    assert ev.sites_effect["investment_cny"] > 0
    assert ev.sites_effect["capex_cost"] == pytest.approx(ev.totals["capex_cost"])
    # moved MW: one definition; the free reference's totals agree with its moved MW
    assert ev.totals["moved_mw"] == pytest.approx(ev.migration.moved_mw, abs=1e-6)
    assert ev.free.totals["moved_mw"] == pytest.approx(ev.free_preview.moved_mw)
    assert ev.free.totals["moved_mw"] > ev.totals["moved_mw"]
    # cost_cny includes the annualised migration charge
    parts = ("energy_cost", "transport_cost", "carbon_cost", "capex_cost", "migration_cost")
    assert ev.totals["cost_cny"] == pytest.approx(sum(ev.totals[k] for k in parts), rel=1e-12)


def test_idle_placed_sites_are_flagged_with_what_they_cost(examples, atlas):
    ev = evaluate(examples["eastern-inference"], atlas=atlas)
    idle = [e for e in ev.sites if e.solved is not None and e.solved.utilisation < 0.01]
    assert idle, "eastern inference's sites should serve nothing with the defaults"
    for e in idle:
        (flag,) = [f for f in e.flags if f.startswith("serves nothing")]
        assert "a year" in flag and any(flag in f for f in ev.flags)
        # an idle site still uses its load-independent energy
        assert e.solved.energy_mwh == pytest.approx(
            e.split.fixed_mwh_per_mw_rated * e.site.capacity_mw
        )
        assert e.solved.energy_mwh > 0


def test_raising_a_tariff_never_lowers_the_cost(examples, atlas):
    western = examples["western-expansion"]
    before = evaluate(western, atlas=atlas, free=False).totals["cost_cny"]
    for code in (150000, 310000):  # where the campuses are, and where load leaves
        dearer = dict(western.assumptions.tariff_cny_per_kwh)
        dearer[code] = 2.0
        a = replace(western.assumptions, tariff_cny_per_kwh=dearer)
        after = evaluate(replace(western, assumptions=a), atlas=atlas, free=False)
        assert after.totals["cost_cny"] >= before - 1e-6 * abs(before)


def test_retiring_idle_halls_drops_their_fixed_energy(examples, atlas):
    western = examples["western-expansion"]
    kept = evaluate(western, atlas=atlas, free=False)
    a = replace(western.assumptions, retire_idle_halls=True)
    retired = evaluate(replace(western, assumptions=a), atlas=atlas, free=False)
    # a hall at today's utilisation uses its average PUE either way (the stock: full)
    base = kept.baseline
    table, u = base.sites_table, western.assumptions.stock_utilisation
    at_today = [s for s in table.index if s.startswith("stock:")
                and abs(table.at[s, "load_mw"] - u * table.at[s, "capacity_mw"]) < 1e-6]  # fmt: skip
    assert len(at_today) > 20
    assert retired.baseline.site_energy.loc[at_today, "energy_mwh"].to_numpy() == pytest.approx(
        base.site_energy.loc[at_today, "energy_mwh"].to_numpy(), rel=1e-9
    )
    # only the placed sites' fixed energy is left when the existing halls are retired
    placed = sum(e.split.fixed_mwh_per_mw_rated * e.site.capacity_mw for e in retired.sites)
    assert retired.totals["fixed_energy_mwh"] == pytest.approx(placed, rel=1e-9)
    assert kept.totals["fixed_energy_mwh"] > placed


def test_round_off_is_no_money_to_repay():
    """Amounts below one yuan are the solver's round-off: a 1e-300 MW site has nothing to
    repay and no saving (it got "payback 9.7 years" from two such numbers)."""
    from app.engine.references.sites_effect import payback_years

    assert math.isnan(payback_years(5e-293, 5e-294))
    assert payback_years(5e-293, 1e6) == 0.0  # a real saving, nothing to repay
    assert payback_years(1e6, 1e-7) == math.inf  # a real cost, no real saving
    assert payback_years(1e6, 2e5) == pytest.approx(5.0)


def test_sites_that_serve_unserved_demand_say_what_their_payback_leaves_out(examples, atlas):
    """In 2030 the campuses serve 600 MW the network without them leaves unserved: their
    effect pays for serving it, which no saving repays; the planner is told, not left with a
    bare "payback never"."""
    western = examples["western-expansion"]
    later = replace(western, assumptions=replace(western.assumptions, year=2030))
    ev = evaluate(later, atlas=atlas, free=False)
    assert ev.sites_effect["served_mw"] == pytest.approx(600.0, abs=1.0)
    (flag,) = [f for f in ev.flags if "leaves unserved" in f]
    assert flag.startswith("the placed sites serve 600 MW")
    today = evaluate(western, atlas=atlas, free=False)  # the base year: everything served
    assert not [f for f in today.flags if "leaves unserved" in f]
