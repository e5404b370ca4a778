"""Suggested sites and their why in the interface language: candidate locations named as the
map names places, the why's station, regions, stocks, clusters and national targets by their
display names (not English-only names, not policy ids)."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from app.datasets.atlas import load_atlas
from app.domain import text
from app.domain.site import Site
from app.engine.evaluate import evaluate
from app.engine.suggest.suggest_candidates import builtin_locations
from app.engine.suggest.suggest_explain import explain
from app.io.scenario_file import load_scenario
from app.paths import DATA_DIR

CJK = re.compile(r"[\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]{3,}")  # a word; "MW", "ms", "km" and "PUE" are units and a term


@pytest.fixture(scope="module")
def atlas():
    return load_atlas()


@pytest.fixture()
def zh():
    text.set_language("zh")
    try:
        yield
    finally:
        text.set_language("en")


def _by_place(locations, lon, lat, kind):
    return next(
        p
        for p in locations
        if p.kind == kind and abs(p.lon - lon) < 0.01 and abs(p.lat - lat) < 0.01
    )


def test_candidate_locations_are_named_in_the_interface_language(atlas, zh):
    """A prefecture seat reads "海东市" in Chinese and "Haidong, Qinghai" in English (as a site
    placed there is named); a station "西宁市" / "Xining"; a cluster by its short name."""
    names = {}
    for lang in ("zh", "en"):
        text.set_language(lang)
        found = builtin_locations(atlas)
        names[lang] = (
            _by_place(found, 102.3256, 36.2763, "prefecture").name,
            _by_place(found, 101.7574, 36.6255, "station").name,
            next(
                p.name
                for p in found
                if p.kind == "cluster" and ("YRD" in p.name or "长三角" in p.name)
            ),
        )
    assert names["zh"] == ("海东市", "西宁市", "长三角示范区")
    assert names["en"] == ("Haidong, Qinghai", "Xining", "YRD demo zone")
    # Explicitly asked for, whatever the current language.
    assert all(
        not CJK.search(p.name) for p in builtin_locations(atlas, "en") if p.kind != "prefecture"
    )


@pytest.fixture(scope="module")
def placed(atlas):
    """The baseline with one placed site in Qinghai: it serves regions far away and takes
    load from stocks and clusters."""
    base = load_scenario(DATA_DIR / "scenarios" / "baseline.toml")
    site = Site(
        "suggested-1", "Haidong", 102.33, 36.28, 350.0, 0.7, "direct_air", facility="hyperscale"
    )
    scenario = replace(base, sites=[*base.sites, site])
    return evaluate(scenario, atlas=atlas, free=False)


def test_why_in_chinese_names_station_regions_sites_and_targets(placed, zh):
    w = explain(placed, ["suggested-1"])["suggested-1"]
    assert w.lang == "zh" and w.station == "西宁市"
    assert w.serves and all(CJK.search(n) and not LATIN.search(n) for n, _, _ in w.serves)
    assert w.displaces and all(CJK.search(n) and not LATIN.search(n) for n, _ in w.displaces)
    assert w.targets_met and all("." in i for i in w.targets_met)  # ids kept for scripts
    shown = w.text()
    for policy_id in (*w.targets_met, *w.targets_missed):
        assert policy_id not in shown
    assert "PUE <" in shown or "PUE ≤" in shown  # the targets by name: "PUE < 1.3"
    words = set(LATIN.findall(shown)) - {"PUE", "CNY", "kWh"}
    assert not words, shown


def test_why_in_english_names_targets_not_ids(placed):
    assert text.language() == "en"
    w = explain(placed, ["suggested-1"])["suggested-1"]
    assert w.station == "Xining" and not CJK.search(w.text())
    assert w.met_names and all(n.startswith(("PUE", "Green", "Rack")) for n in w.met_names)
    assert not any(i in w.text() for i in w.targets_met)
    # The why's PUE is the evaluation's at the solved load.
    solved = next(e.solved for e in placed.sites if e.site.id == "suggested-1")
    assert w.pue == solved.pue and w.load_mw == solved.load_mw


def test_why_warns_of_a_distant_climate_station(placed):
    """Guoluo's climate came from Xining, 343 km away, without a word; the site editor warns
    beyond 50 km, and so does the why."""
    w = explain(placed, ["suggested-1"])["suggested-1"]
    assert "km away" not in replace(w, station_km=30.0).text()
    far = replace(w, station_km=343.0).text()
    assert "the climate station is more than 50 km away" in far
