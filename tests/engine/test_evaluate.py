"""evaluate(scenario): resolved site inputs, unpriced sites left out, energy consistent with the
LP, baseline = today's status quo under the same assumptions (placed sites serve nothing)."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pytest

from app.domain.assumptions import AllocationAssumptions
from app.domain.scenario import Scenario, SolverSettings
from app.domain.site import Site
from app.engine.allocation.allocation import Solver
from app.engine.costs.site_energy import site_energy_split
from app.engine.costs.site_eval import station_weather
from app.engine.evaluate import build_problem, evaluate
from app.engine.pue.pue import evaluate_pue
from app.engine.references.status_quo import build_status_quo, params_from, status_quo_result

ULANQAB = Site("ulanqab", "Ulanqab", 113.13, 41.03, capacity_mw=300.0)
SHANGHAI = Site("qingpu", "Qingpu", 121.12, 31.15, capacity_mw=120.0, cooling="chiller_tower")


def scenario(*sites: Site, **assumptions) -> Scenario:
    return Scenario(sites=list(sites), assumptions=AllocationAssumptions(**assumptions))


def test_split_is_exact_at_design_and_full_load_and_linear_between(atlas):
    weather = station_weather(atlas, "Ulanqab")
    split = site_energy_split(weather, "indirect_evaporative", 0.7)
    for u in (0.7, 1.0):  # exact where the PUE engine was run
        direct = evaluate_pue(weather, "indirect_evaporative", u)
        assert split.at(u).facility_mwh_per_mw == pytest.approx(direct.facility_mwh_per_mw_year)
    assert split.fixed_mwh_per_mw_rated > 0  # losses that run at any load
    assert 1.0 < split.marginal_pue < split.at(0.7).annual_pue  # margin excludes fixed losses
    # the engine's own PUE at half load is close to the line (part-load physics is smooth)
    half = evaluate_pue(weather, "indirect_evaporative", 0.5).annual_pue
    assert split.at(0.5).annual_pue == pytest.approx(half, abs=0.01)


def test_sites_outside_provinces_are_flagged_and_left_out(atlas):
    hong_kong = Site("hk", "Hong Kong", 114.17, 22.30)
    taipei = Site("tw", "Taipei", 121.56, 25.04, tariff_cny_per_kwh=0.5)
    at_sea = Site("sea", "East China Sea", 125.0, 29.0)
    ev = evaluate(scenario(ULANQAB, hong_kong, taipei, at_sea), atlas=atlas)
    lp_ids = set(ev.result.problem.sites.ids.tolist())
    assert "ulanqab" in lp_ids
    for sid in ("hk", "tw", "sea"):
        e = ev.site[sid]
        assert sid not in lp_ids and e.solved is None and e.flags
        assert any(sid_name in f for f in ev.flags for sid_name in (e.site.name,))
    # Ulanqab is in the solve: no input flag (how much it serves may flag its load)
    assert ev.site["ulanqab"].solved is not None and not ev.site["ulanqab"].inputs.flags


def test_site_without_a_price_is_flagged_never_free(atlas):
    provinces = atlas.provinces.copy()
    provinces.loc[150000, "price_cny_per_kwh"] = np.nan  # Inner Mongolia: no tariff known
    no_price = replace(atlas, provinces=provinces)
    ev = evaluate(scenario(ULANQAB), atlas=no_price)
    e = ev.site["ulanqab"]
    assert e.solved is None and "ulanqab" not in ev.result.problem.sites.ids
    assert any("price" in f for f in e.flags)
    assert e.design.energy_cost_cny is None  # unknown, not 0
    priced = evaluate(scenario(replace(ULANQAB, tariff_cny_per_kwh=0.3)), atlas=no_price)
    assert priced.site["ulanqab"].solved is not None


def test_green_power_reaches_the_lp(atlas):
    green = replace(ULANQAB, green_share=1.0, green_price_cny_per_kwh=0.2)
    half = replace(ULANQAB, green_share=0.5, green_price_cny_per_kwh=0.2)
    for site in (green, half):
        ev = evaluate(scenario(site), atlas=atlas)
        sites = ev.result.problem.sites
        i = list(sites.ids).index("ulanqab")
        grid = float(atlas.provinces.at[150000, "price_cny_per_kwh"])
        factor = float(atlas.provinces.at[150000, "grid_ef_2023_kgco2_per_kwh"])
        g = site.green_share
        assert sites.tariff_cny_per_kwh[i] == pytest.approx(g * 0.2 + (1 - g) * grid)
        assert sites.emission_kg_per_kwh[i] == pytest.approx((1 - g) * factor)
        solved = ev.site["ulanqab"].solved
        assert solved.carbon_t == pytest.approx(solved.energy_mwh * (1 - g) * factor)


def test_solver_settings_reach_the_lp(atlas):
    s = scenario(ULANQAB)
    s.solver = SolverSettings(unserved_penalty_cny_per_mw_year=1.0)
    ev = evaluate(s, atlas=atlas)
    assert ev.result.problem.unserved_penalty_cny_per_mw_year == 1.0
    assert ev.result.totals["unserved_mw"] > 0.99 * ev.result.problem.demand_mw.sum()
    s.solver = SolverSettings(regions="prefecture")
    ev = evaluate(s, atlas=atlas)
    assert len(ev.result.problem.regions) > 300 and len(ev.baseline.problem.regions) > 300


def test_figures_are_at_the_solved_load_and_add_up_to_the_totals(atlas):
    ev = evaluate(scenario(ULANQAB, SHANGHAI), atlas=atlas)
    res = ev.result
    table = res.sites_table
    placed_energy = 0.0
    for e in ev.sites:
        load = float(table.at[e.site.id, "load_mw"])
        s = e.solved
        assert s.load_mw == pytest.approx(load)
        assert s.utilisation == pytest.approx(load / e.site.capacity_mw)
        assert e.design.utilisation == e.site.utilization  # side by side
        expected = (
            e.split.fixed_mwh_per_mw_rated * e.site.capacity_mw
            + e.split.marginal_pue * load * 8760.0
        )
        assert s.energy_mwh == pytest.approx(expected, rel=1e-9)
        assert s.energy_cost_cny == pytest.approx(s.energy_mwh * 1000 * e.inputs.price_cny_per_kwh)
        if load > 0:
            assert s.pue == pytest.approx(s.energy_mwh / (load * 8760.0))
        placed_energy += s.energy_mwh
    # totals = the other sites at their marginal PUE plus their halls' fixed energy (idle or
    # not) + the placed sites as reported per site
    pb = res.problem
    others = ~np.isin(pb.sites.ids, [e.site.id for e in ev.sites])
    marginal = res.site_load_mw * pb.sites.annual_pue * 8760.0
    fixed = pb.sites.fixed_mwh_per_mw_rated * pb.sites.capacity_mw
    other_energy = float((marginal + fixed)[others].sum())
    assert res.totals["energy_mwh"] == pytest.approx(other_energy + placed_energy, rel=1e-9)
    assert res.site_energy["energy_mwh"][others].sum() == pytest.approx(other_energy, rel=1e-9)


def test_baseline_is_todays_status_quo_at_the_same_assumptions(atlas):
    s = scenario(ULANQAB, SHANGHAI, carbon_price_cny_per_t=200.0)
    ev = evaluate(s, atlas=atlas)
    # hand run, independently of evaluate's cache: today's allocation of the same problem
    # without the placed sites, and the scenario solved with the friction of leaving it
    without = build_problem(atlas, s, [])
    sq = build_status_quo(without, params_from(s.assumptions))
    base = status_quo_result(without, sq)
    scen = Solver().solve(ev.result.problem)
    assert ev.baseline.totals["cost_cny"] == pytest.approx(base.totals["cost_cny"], rel=1e-9)
    assert ev.baseline.totals["served_mw"] == pytest.approx(base.totals["served_mw"], rel=1e-9)
    assert ev.result.problem.migration is not None  # the scenario pays for moving
    fixed = ev.result.totals["fixed_energy_mwh"]
    after, change = ev.preview.totals_change("carbon_t")
    # the placed sites' fixed energy is in the LP's totals (a constant of the problem)
    assert change == pytest.approx(scen.totals["carbon_t"] - base.totals["carbon_t"], rel=1e-6)
    placed_fixed = sum(e.split.fixed_mwh_per_mw_rated * e.site.capacity_mw for e in ev.sites)
    assert fixed - base.totals["fixed_energy_mwh"] == pytest.approx(placed_fixed, rel=1e-9)
    # placed sites serve nothing today
    assert not set(ev.baseline.flows["site"]) & {"ulanqab", "qingpu"}
    # the baseline follows the assumptions: another utilisation of the stock is another today
    other = evaluate(
        scenario(ULANQAB, SHANGHAI, carbon_price_cny_per_t=200.0, stock_utilisation=0.6),
        atlas=atlas,
    )
    assert not math.isclose(other.baseline.totals["cost_cny"], ev.baseline.totals["cost_cny"])
    # today's allocation is feasible for the friction LP, so the scenario's objective (cost +
    # migration annuity + unserved penalty, without what is outside the dispatch: the placed
    # sites' fixed energy and capex annuity) never exceeds today's
    empty = evaluate(scenario(carbon_price_cny_per_t=200.0), atlas=atlas)
    for e in (ev, empty):
        t, b = e.result.totals, e.baseline.totals
        placed_fixed = t["fixed_energy_cost"] - b["fixed_energy_cost"]
        assert (t["cost_cny"] - t["capex_cost"] - placed_fixed + t["unserved_penalty_cny"]) <= (
            b["cost_cny"] + b["unserved_penalty_cny"]
        ) * (1 + 1e-9)
    # with free moves the same scenario costs no more than with friction
    assert ev.free.totals["cost_cny"] <= ev.result.totals["cost_cny"] * (1 + 1e-9)
    assert ev.free_preview.moved_mw >= ev.migration.moved_mw - 1e-6


def test_cancel_returns_none(atlas):
    assert evaluate(scenario(ULANQAB), atlas=atlas, cancel=lambda: True) is None


def test_progress_reaches_one(atlas):
    seen: list[float] = []
    evaluate(scenario(ULANQAB), atlas=atlas, progress=seen.append)
    assert seen[-1] == 1.0 and seen == sorted(seen)


def test_cards_carry_the_facility_class_and_its_pue_band(atlas):
    small = replace(ULANQAB, id="small", facility="small")
    ev = evaluate(scenario(ULANQAB, small), atlas=atlas)
    large, midsize = ev.sites[0].metrics, ev.sites[1].metrics
    assert (large.facility, midsize.facility) == ("large", "small")
    for m in (large, midsize):
        assert m.pue_p5 <= m.annual_pue <= m.pue_p95
    assert midsize.annual_pue > large.annual_pue  # a small facility's losses are larger
    # the split follows the class: the same climate, a different line
    assert ev.sites[1].split.fixed_mwh_per_mw_rated != ev.sites[0].split.fixed_mwh_per_mw_rated


def test_placed_sites_cost_their_capex_annuity_against_the_status_quo(atlas):
    """Building the placed sites is a cost of the scenario (sunk for the LP, which dispatches
    built capacity): capacity x annuity per MW by cooling and class; a site left out of the
    solve is not counted, and today's status quo has none."""
    from app.engine.costs.costs import capex_cny_per_mw_year

    small = replace(SHANGHAI, facility="small")
    at_sea = Site("sea", "East China Sea", 125.0, 29.0)
    ev = evaluate(scenario(ULANQAB, small, at_sea), atlas=atlas)
    expected = 300.0 * capex_cny_per_mw_year("indirect_evaporative") + 120.0 * (
        capex_cny_per_mw_year("chiller_tower", facility="small")
    )
    assert ULANQAB.cooling == "indirect_evaporative"
    t, base = ev.result.totals, ev.baseline.totals
    assert t["capex_cost"] == pytest.approx(expected, rel=1e-9)
    assert base["capex_cost"] == 0.0
    # the card's annual cost bar carries the same annuity, whatever the cost per token counts
    assert not ev.scenario.assumptions.token_cost_includes_capex
    assert ev.annuity_by_site == pytest.approx(
        {e.site.id: e.metrics.capex_annuity_mcny * 1e6 for e in ev.sites if e.solved}, rel=1e-9
    )
    parts = ("energy_cost", "carbon_cost", "transport_cost", "capex_cost", "migration_cost")
    assert t["cost_cny"] == pytest.approx(sum(t[k] for k in parts), rel=1e-9)


def test_drag_path_sums_equal_the_flow_table_grouped_with_pandas(atlas):
    """The numpy net import and the migration preview's flow tables (drag path) against the
    flow table summed with pandas."""
    from app.engine.references.migration_preview import _both, _flow_table

    ev = evaluate(scenario(ULANQAB, SHANGHAI), atlas=atlas)
    keys = ["region", "class", "site"]
    for res in (ev.result, ev.baseline):
        expected = res.flows.groupby(keys)["mw"].sum()
        assert _flow_table(res).to_dict() == pytest.approx(expected.to_dict())
    both = _both(ev.baseline, ev.result)
    assert both["x"].sum() == pytest.approx(ev.result.flows["mw"].sum())
    assert both["q"].sum() == pytest.approx(ev.baseline.flows["mw"].sum())
    for res in (ev.preview.scenario, ev.preview.base):
        regions = res.problem.regions
        region_province = dict(zip(regions.ids.tolist(), regions.province_id.tolist(), strict=True))
        flows = res.flows.assign(province=res.flows["region"].map(region_province))
        away = flows[flows["province"] != flows["site_province"]]
        out = away.groupby("province")["mw"].sum()
        into = away.groupby("site_province")["mw"].sum()
        net = ev.preview.net_import_mw(res)
        assert set(net) == set(region_province.values())
        for p, value in net.items():
            assert value == pytest.approx(out.get(p, 0.0) - into.get(p, 0.0), abs=1e-6)
        assert sum(net.values()) == pytest.approx(0.0, abs=1e-6)  # every import is an export
    assert any(abs(v) > 1.0 for v in ev.preview.net_import_mw().values())
