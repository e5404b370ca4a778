"""The policy scorecard: national targets scored for every placed site, cluster, hub and the
nation, from the one evaluation. The issue's cases (a small water-cooled-chiller site in the
Ningxia hub fails its PUE targets; the same site as a hyperscale indirect-evaporative one with
90 % green power passes them), hand-computed aggregates, invariants against the LP's totals,
the two green-power bases kept apart, and the scenario's own targets."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from app.cli.solve import as_json
from app.datasets.targets import (
    TargetError,
    builtin_targets,
    province_renewable_share,
    read_targets,
)
from app.domain.assumptions import AllocationAssumptions
from app.domain.policy import PolicySettings
from app.domain.scenario import Scenario
from app.domain.site import Site
from app.engine.allocation.demand import DRAW_PER_FILLED_RACK
from app.engine.evaluate import evaluate
from app.engine.policy.green_power import green
from app.engine.policy.policy import FAILS_AT_P95, PASSES_AT_P5, _band, _Scorer, targets_for
from app.io.scenario_file import loads_scenario
from app.paths import DATA_DIR

ZHONGWEI = dict(lon=105.19, lat=37.51, capacity_mw=100.0, utilization=0.7)
NINGXIA = 640000


def _evaluate(atlas, site: Site, **scenario):
    return evaluate(
        Scenario(sites=[site], assumptions=AllocationAssumptions(), **scenario), atlas=atlas
    )


@pytest.fixture(scope="module")
def small(atlas):
    # cheap power, so the allocation loads it (a site serving nothing has no PUE to score)
    site = Site("zw", "Zhongwei small", cooling="chiller_tower", facility="small",
                tariff_cny_per_kwh=0.1, **ZHONGWEI)  # fmt: skip
    return _evaluate(atlas, site)


@pytest.fixture(scope="module")
def hyperscale(atlas):
    site = Site(
        "zw", "Zhongwei hyperscale", cooling="indirect_evaporative", facility="hyperscale",
        green_share=0.9, **ZHONGWEI,
    )  # fmt: skip
    return _evaluate(atlas, site)


def _item(ev, tid, scope="zw", reference="scenario"):
    found = [i for i in ev.policy.of(reference) if i.target.id == tid and i.scope == scope]
    assert len(found) == 1, (tid, scope, [(i.target.id, i.scope) for i in ev.policy.items])
    return found[0]


def test_small_chiller_site_in_ningxia_fails_its_pue_targets_in_solve_json(small):
    policy = json.loads(json.dumps(as_json(small), allow_nan=False))["policy"]
    mine = {(p["id"], p["scope"]): p for p in policy}
    for tid in ("pue.hub_new", "pue.new_large"):
        p = mine[(tid, "zw")]
        assert p["pass"] is False and p["value"] > p["target"] and p["margin"] < 0
        assert "发改高技〔2021〕1742号" in p["source"]
        assert p["value"] == pytest.approx(small.site["zw"].solved.pue)
    assert mine[("pue.hub_new", "ningxia")]["pass"] is False  # the hub's new-site mean too
    assert mine[("green_share.hub_new", "zw")]["pass"] is False  # no green power declared


def test_hyperscale_indirect_evaporative_with_90_percent_green_passes(hyperscale):
    for tid in ("pue.hub_new", "pue.new_large", "green_share.hub_new"):
        item = _item(hyperscale, tid)
        assert item.passed is True and item.margin > 0, tid
    assert _item(hyperscale, "green_share.hub_new").value == pytest.approx(0.9)
    assert _item(hyperscale, "green_share.hub_new", "ningxia").passed is True


def test_national_items_exist_and_every_item_names_its_document(small):
    national = {i.target.metric for i in small.policy.of("scenario") if i.scope == "national"}
    assert {"utilisation", "pue", "new_capacity_in_hubs", "green_share_growth"} <= national
    for i in small.policy.items:
        assert i.target.document and i.target.publisher and i.target.date
        assert i.target.document in i.target.source


def test_national_figures_agree_with_the_lp_totals(small):
    """Independent path: the scorecard sums its own rows; the LP's totals sum its columns."""
    t, pb = small.totals, small.result.problem
    hours = pb.hours_per_year
    util = _item(small, "utilisation.national", "national").value  # racks holding servers
    drawn = t["served_mw"] / pb.sites.capacity_mw.sum()
    assert util == pytest.approx(drawn / DRAW_PER_FILLED_RACK, rel=1e-9)
    mean_pue = _item(small, "pue.national_mean", "national").value
    assert mean_pue == pytest.approx(t["energy_mwh"] / (t["served_mw"] * hours), rel=1e-6)
    # one placed site, in a hub: all new capacity is in hubs
    assert _item(small, "new_capacity_in_hubs.national", "national").value == 1.0
    # the same national targets are scored today and without the placed sites
    today = _item(small, "utilisation.national", "national", "today").value
    today_drawn = (
        small.baseline.totals["served_mw"] / small.baseline.problem.sites.capacity_mw.sum()
    )
    assert today == pytest.approx(today_drawn / DRAW_PER_FILLED_RACK)
    assert _item(small, "pue.national_mean", "national", "without_sites").value > 1.0


def test_green_accounting_by_hand():
    rows = pd.DataFrame({
        "energy_mwh": [100.0, 300.0], "renewable_share": [0.2, 0.6],
        "green_share": [0.0, 0.5], "grid_ef": [0.5, 0.4],
    })  # fmt: skip
    g = green(rows)
    assert g.share_location == pytest.approx((20 + 180) / 400)
    assert g.share_market == pytest.approx(150 / 400)
    assert g.carbon_t_location == pytest.approx(50 + 120)  # MWh x kg/kWh = t
    assert g.carbon_t_market == pytest.approx(50 + 300 * 0.5 * 0.4)


def test_the_two_bases_are_never_mixed(small, hyperscale):
    """Buying green power moves the market basis only; the location basis is the province's."""
    weight = province_renewable_share()[NINGXIA]
    for ev, declared in ((small, 0.0), (hyperscale, 0.9)):
        row = ev.policy.green.set_index("scope").loc["zw"]
        assert row["share_location"] == pytest.approx(weight)
        assert row["share_market"] == pytest.approx(declared)
        assert row["carbon_t_market"] == pytest.approx((1 - declared) * row["carbon_t_location"])


def _units(**cols) -> pd.DataFrame:
    base = dict(
        scope=["a", "b", "cluster:c"], name=["A", "B", "C"], kind=["placed", "placed", "cluster"],
        province=[NINGXIA, NINGXIA, NINGXIA], hub=["ningxia", "ningxia", "ningxia"],
        hub_region=["west"] * 3, capacity_mw=[100.0, 300.0, 1000.0], load_mw=[50.0, 300.0, 400.0],
        it_mwh=[50.0 * 8760, 300.0 * 8760, 400.0 * 8760], green_share=[0.0, 1.0, 0.0],
        renewable_share=[0.265] * 3, grid_ef=[0.6] * 3, pue_p5=[1.2, 1.1, float("nan")],
        pue_p95=[1.4, 1.2, float("nan")],
    )  # fmt: skip
    base["energy_mwh"] = [1.3 * base["it_mwh"][0], 1.15 * base["it_mwh"][1], 1.2 * 400 * 8760]
    base.update(cols)
    return pd.DataFrame(base)


def _target(tid):
    return next(t for t in builtin_targets() if t.id == tid)


def test_hub_and_site_items_by_hand():
    scorer = _Scorer(_units(), {"ningxia": "Ningxia"}, today_share=0.25)
    hub_pue = [i for i in scorer.score(_target("pue.hub_new")) if i.level == "hub"][0]
    # new sites only, energy-weighted: (1.3 x 50 + 1.15 x 300) / 350
    assert hub_pue.value == pytest.approx((1.3 * 50 + 1.15 * 300) / 350)
    assert hub_pue.margin == pytest.approx(1.25 - hub_pue.value)
    sites = {i.scope: i for i in scorer.score(_target("pue.hub_new")) if i.level == "site"}
    assert sites["a"].passed is False and sites["b"].passed is True
    # rack utilisation: the draw over the rating, per filled rack's mean draw (0.70)
    d = DRAW_PER_FILLED_RACK
    start_area = _target("utilisation.start_area")  # the replies read: BTH, YRD, GBA, Gansu
    assert scorer.score(start_area) == []  # Ningxia's reply was not read: not scored
    in_gansu = _Scorer(_units(hub=["ningxia", "ningxia", "gansu"]), {}, today_share=0.25)
    (cluster,) = in_gansu.score(start_area)  # 400 MW drawn of 1,000
    assert cluster.scope == "cluster:c" and cluster.value == pytest.approx(0.4 / d)
    assert cluster.passed is (0.4 / d >= 0.65)
    assert cluster.margin == pytest.approx(0.4 / d - 0.65)
    # hub utilisation, clusters and placed sites: 750 MW drawn of 1,400
    (west,) = scorer.score(_target("utilisation.west"))
    assert west.value == pytest.approx(750 / (1400 * d)) and west.passed is True
    # a cluster drawing its full rating has servers in every rack: capped at 1
    full = _Scorer(_units(load_mw=[50.0, 300.0, 1000.0], hub=["gansu"] * 3), {}, 0.25)
    assert full.score(start_area)[0].value == 1.0
    # new capacity in hubs: both placed sites are in the Ningxia hub
    (share,) = scorer.score(_target("new_capacity_in_hubs.national"))
    assert share.value == 1.0
    # the renewable gain over today, location basis: 0.265 / 0.25 - 1
    (gain,) = scorer.score(_target("green_share_growth.national"))
    assert gain.value == pytest.approx(0.265 / 0.25 - 1) and gain.passed is False


def test_band_verdicts_where_the_band_straddles_the_target():
    t = _target("pue.hub_new")  # < 1.25
    assert _band(t, 1.1, 1.3, True, 1.25) == FAILS_AT_P95
    assert _band(t, 1.1, 1.24, True, 1.25) == ""
    assert _band(t, 1.2, 1.4, False, 1.25) == PASSES_AT_P5
    assert _band(t, 1.26, 1.4, False, 1.25) == ""
    # through the scorer: site b (PUE 1.15) with a band reaching 1.3 passes at the centre only
    units = _units(pue_p5=[1.2, 1.1, float("nan")], pue_p95=[1.4, 1.3, float("nan")])
    sites = {i.scope: i for i in _Scorer(units, {}, 0.25).score(t) if i.level == "site"}
    assert sites["b"].band == FAILS_AT_P95 and sites["a"].band == PASSES_AT_P5


def test_scenario_targets_add_replace_and_switch_on(atlas):
    text = """format = "cpn-scenario"
version = 1
[[sites]]
id = "zw"
name = "Zhongwei"
lon = 105.19
lat = 37.51
capacity_mw = 100.0
cooling = "indirect_evaporative"
facility = "hyperscale"
[policy]
year = 2025
[[policy.targets]]
id = "pue.procurement_2025"
enabled = true
[[policy.targets]]
id = "pue.hub_new"
value = 1.05
document = "A stricter provincial plan"
publisher = "Ningxia DRC"
[[policy.targets]]
id = "pue.ningxia"
applies_to = ["site"]
new_or_existing = "new"
region = "province:640000"
metric = "pue"
comparison = "<="
value = 1.5
document = "Ningxia's own target"
publisher = "Ningxia DRC"
"""
    scenario = loads_scenario(text)
    ids = [t.id for t in targets_for(scenario.policy)]
    assert ids.count("pue.hub_new") == 1 and "pue.ningxia" in ids
    ev = evaluate(scenario, atlas=atlas)
    assert _item(ev, "pue.procurement_2025").target_value == 1.3
    stricter = _item(ev, "pue.hub_new")
    assert stricter.target_value == 1.05 and stricter.passed is False
    assert stricter.target.source.startswith("A stricter provincial plan")
    assert _item(ev, "pue.ningxia").passed is True
    # 2032: the 2025 targets are out of force, the 2032 procurement share is still off
    later = Scenario(
        sites=scenario.sites, assumptions=scenario.assumptions, policy=PolicySettings(2032)
    )
    in_force = {t.id for t in targets_for(later.policy) if t.in_force(2032)}
    assert "pue.hub_new" not in in_force and "green_share.procurement_2032" not in in_force


def test_bad_policy_entries_are_sentences_naming_the_key():
    from app.io.scenario_file import ScenarioError

    text = """format = "cpn-scenario"
version = 1
[policy]
year = 1850
[[policy.targets]]
id = "mine"
metric = "pue"
[[policy.targets]]
id = "pue.hub_new"
comparison = "~"
[[policy.targets]]
id = "pue.new_large"
region = "Ningxia"
[[policy.targets]]
id = "pue.hub_new"
region = "hub:bth;"
[[policy.targets]]
id = "utilisation.west"
region = "hub:neimenggu;ningxia"
"""
    with pytest.raises(ScenarioError) as err:
        loads_scenario(text)
    message = str(err.value)
    assert "policy.year" in message
    assert "policy.targets[0]: new target 'mine' needs applies_to" in message
    assert "policy.targets[1]: comparison: '~'" in message
    assert "policy.targets[2]: region: 'Ningxia'; choose national" in message
    assert "policy.targets[3]: region: 'hub:bth;'" in message  # an empty hub id
    assert "policy.targets[4]" not in message  # several hubs


def test_targets_table_is_sourced_and_checked(tmp_path):
    rows = builtin_targets()
    assert len({t.id for t in rows}) == len(rows)
    for t in rows:
        assert t.document and t.publisher and t.date and t.note, t.id
    bad = (DATA_DIR / "targets.csv").read_text(encoding="utf-8").replace(",<,1.3,", ",<,fast,", 1)
    (tmp_path / "targets.csv").write_text(bad, encoding="utf-8")
    with pytest.raises(TargetError, match=r"targets.csv: row 2"):
        read_targets(tmp_path / "targets.csv")
    shares = province_renewable_share()
    assert len(shares) == 30 and all(0 < v <= 1 for v in shares.values())


def test_a_later_scenario_is_judged_in_its_own_year():
    """A 2030 scenario was scored against nine targets that all expire in 2025."""
    from dataclasses import replace

    from app.domain.policy import PolicySettings
    from app.domain.scenario import Scenario
    from app.engine.policy.policy import judged_year

    s = Scenario()
    assert judged_year(s) == 2025  # the base year 2023 is judged by the 2025 targets
    later = replace(s, assumptions=replace(s.assumptions, year=2030))
    assert judged_year(later) == 2030
    assert not [t for t in builtin_targets() if t.in_force(2030) and t.year_until == 2025]
    own = replace(s, policy=PolicySettings(year=2027))
    assert judged_year(own) == 2027  # the planner's later year stands
