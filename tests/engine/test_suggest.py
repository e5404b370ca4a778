"""Site suggestions: the MIP against brute force, the shipped plan, random plans and the one
evaluation; the heuristic's first answer; alternatives within their tolerance."""

from __future__ import annotations

import itertools
import random
from dataclasses import replace

import pytest

from app.engine.evaluate import evaluate
from app.engine.suggest.suggest import SuggestError, SuggestRequest, apply, plan_cost, suggest
from app.engine.suggest.suggest_candidates import Location
from app.io.scenario_file import load_scenario
from app.paths import DATA_DIR

# A handful of real places: the western campuses' cities, two eastern cities, a southern one.
POINTS = (
    Location("Ulanqab", 113.13, 41.03, "planner"),
    Location("Zhongwei", 105.19, 37.51, "planner"),
    Location("Guiyang", 106.63, 26.65, "planner"),
    Location("Shanghai", 121.47, 31.23, "planner"),
    Location("Hangzhou", 120.16, 30.27, "planner"),
)
SMALL = SuggestRequest(
    add_mw=200.0,
    max_sites=2,
    step_mw=100.0,
    min_site_mw=100.0,
    technologies=("indirect_evaporative", "chiller_tower"),
    facilities=("large",),
    points=POINTS,
    builtin=False,
    time_limit_s=30.0,
)


@pytest.fixture(scope="module")
def baseline():
    return load_scenario(DATA_DIR / "scenarios" / "baseline.toml")


@pytest.fixture(scope="module")
def small(baseline):
    return suggest(baseline, replace(SMALL, alternatives=2, within=0.05))


def evaluated(scenario, sites) -> float:
    """The annual cost the one evaluation charges for ``scenario`` with ``sites`` placed."""
    return plan_cost(evaluate(replace(scenario, sites=[*scenario.sites, *sites]), free=False))


def test_suggestion_costs_what_evaluate_charges(baseline, small):
    assert small.status == "optimal"
    assert small.best.cost_cny == pytest.approx(evaluated(baseline, small.best.sites), rel=1e-7)
    assert small.base_cost_cny == pytest.approx(evaluated(baseline, []), rel=1e-7)
    effect = plan_cost(evaluate(apply(baseline, small.best), free=False)) - small.base_cost_cny
    assert -small.saving_cny == pytest.approx(effect, rel=1e-6, abs=1.0)


def test_mip_equals_brute_force_over_every_plan(baseline, small):
    """Every set of at most two of the five places, each with either cooling, in 100 MW
    steps adding 200 MW, priced by the one evaluation: none is cheaper than the MIP's."""
    techs = SMALL.technologies
    template = small.best.sites[0]
    costs = []
    for k in (1, 2):
        sizes = [(200.0,)] if k == 1 else [(100.0, 100.0)]
        for places in itertools.combinations(POINTS, k):
            for coolings in itertools.product(techs, repeat=k):
                for size in sizes:
                    sites = [
                        replace(template, id=f"b{i}", name=p.name, lon=p.lon, lat=p.lat,
                                cooling=c, capacity_mw=s)
                        for i, (p, c, s) in enumerate(zip(places, coolings, size, strict=True))
                    ]  # fmt: skip
                    costs.append(evaluated(baseline, sites))
    assert len(costs) == 5 * 2 + 10 * 4
    assert small.best.cost_cny == pytest.approx(min(costs), rel=1e-7)


def test_first_answer_is_feasible_and_bounded(baseline, small):
    first, req = small.first, SMALL
    assert sum(s.capacity_mw for s in first.sites) == pytest.approx(req.add_mw)
    assert 1 <= len(first.sites) <= req.max_sites
    assert len(first.locations) == len(first.sites)
    for s in first.sites:
        assert s.capacity_mw % req.step_mw == 0 and s.capacity_mw >= req.min_site_mw
    assert first.cost_cny == pytest.approx(evaluated(baseline, first.sites), rel=1e-7)
    assert small.dual_bound_cny <= small.best.cost_cny * (1 + 1e-6) <= first.cost_cny * (1 + 1e-6)


def test_alternatives_are_distinct_and_within_tolerance(baseline, small):
    assert small.alternatives, "five places and two coolings leave room for alternatives"
    seen = {small.best.locations}
    for alt in small.alternatives:
        assert alt.locations not in seen
        seen.add(alt.locations)
        assert alt.cost_cny <= small.best.cost_cny + small.tolerance_cny * (1 + 1e-9)
        assert alt.cost_cny == pytest.approx(evaluated(baseline, alt.sites), rel=1e-7)
        assert sum(s.capacity_mw for s in alt.sites) == pytest.approx(SMALL.add_mw)


def test_never_dearer_than_the_shipped_campuses_or_random_plans(baseline):
    """600 MW as the western-expansion example builds it (two 300 MW indirect-evaporative
    campuses at Ulanqab and Zhongwei) or as random plans over the same places: the
    suggestion over those places is never dearer."""
    western = load_scenario(DATA_DIR / "scenarios" / "western-expansion.toml")
    req = replace(SMALL, add_mw=600.0, max_sites=3, step_mw=100.0, max_site_mw=400.0)
    s = suggest(baseline, req)
    assert s.best.cost_cny <= evaluated(baseline, western.sites) * (1 + 1e-9)
    rng = random.Random(7)
    template = s.best.sites[0]
    for _ in range(4):
        places = rng.sample(POINTS, 2)
        sites = [
            replace(template, id=f"r{i}", name=p.name, lon=p.lon, lat=p.lat,
                    cooling=rng.choice(req.technologies), capacity_mw=300.0)
            for i, p in enumerate(places)
        ]  # fmt: skip
        assert s.best.cost_cny <= evaluated(baseline, sites) * (1 + 1e-9)


def test_water_caps_and_exclusions_are_respected(baseline):
    no_water = frozenset({640000, 150000})  # Ningxia, Inner Mongolia
    s = suggest(baseline, replace(SMALL, no_water_provinces=no_water))
    for site, option in zip(s.best.sites, s.best.options, strict=True):
        if option.inputs.province_adcode in no_water:
            assert option.water_m3_per_mw == 0, site
    with pytest.raises(SuggestError, match="no plan"):  # both coolings use water
        suggest(baseline, replace(SMALL, water_m3_per_site=1.0))
    dry = (*SMALL.technologies, "air_chiller")
    capped = suggest(baseline, replace(SMALL, technologies=dry, water_m3_per_site=1.0))
    assert {o.site.cooling for o in capped.best.options} == {"air_chiller"}
    assert all(o.water_m3_per_mw * site.capacity_mw <= 1.0
               for site, o in zip(capped.best.sites, capped.best.options, strict=True))  # fmt: skip


def test_bad_requests_name_the_setting(baseline):
    with pytest.raises(SuggestError, match="add_mw"):
        suggest(baseline, replace(SMALL, add_mw=-5.0))
    with pytest.raises(SuggestError, match="max_sites"):
        suggest(baseline, replace(SMALL, max_sites=1, max_site_mw=100.0))
    with pytest.raises(SuggestError, match="technologies"):
        suggest(baseline, replace(SMALL, technologies=("fan_wall",)))


def test_cancel_returns_none(baseline):
    assert suggest(baseline, SMALL, cancel=lambda: True) is None


def test_on_top_of_placed_sites_the_cost_is_still_the_evaluations():
    """A scenario with its own campuses: the suggestion adds to them, and its cost is what
    the one evaluation charges for the scenario with both."""
    western = load_scenario(DATA_DIR / "scenarios" / "western-expansion.toml")
    s = suggest(western, SMALL)
    assert len(apply(western, s.best).sites) == len(western.sites) + len(s.best.sites)
    assert s.best.cost_cny == pytest.approx(evaluated(western, s.best.sites), rel=1e-7)
    assert s.base_cost_cny == pytest.approx(evaluated(western, []), rel=1e-7)


@pytest.mark.parametrize(
    "settings, expected",
    [
        # QA6 D9: a bad amount no longer drags three consequences after it
        ({"add_mw": -5.0}, ["add_mw: must be > 0, got -5.0"]),
        ({"add_mw": float("nan")}, ["add_mw: must be > 0, got nan"]),
        ({"max_sites": 0}, ["max_sites: must be >= 1, got 0"]),
        ({"max_site_mw": -5.0}, ["max_site_mw: must be > 0, got -5.0"]),
        (
            {"add_mw": 40.0, "step_mw": 20.0},
            ["min_site_mw: 50.0 MW is above the MW to add, 40.0 MW"],
        ),
        (
            {"max_sites": 1, "max_site_mw": 100.0},
            ["max_sites: 1 sites of at most 100.0 MW cannot add 600.0 MW"],
        ),
    ],
)
def test_each_bad_setting_is_one_problem(settings, expected) -> None:
    assert SuggestRequest(**settings).problems() == expected
