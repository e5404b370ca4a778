"""The comparison's tables, without Qt: current minus reference everywhere, the reference's own
figures complete, per-site and per-province changes that add up."""

from __future__ import annotations

import pytest

from app.io.compare_tables import comparison_sheets
from app.io.report_data import collect
from app.io.scenario_file import load_scenario
from app.paths import DATA_DIR


@pytest.fixture(scope="module")
def sheets(atlas):
    reports = {
        name: collect(load_scenario(DATA_DIR / "scenarios" / f"{name}.toml"), atlas, lang="en")
        for name in ("western-expansion", "eastern-inference")
    }
    return reports, comparison_sheets(reports, "en")


def test_totals_are_current_minus_reference_with_the_references_own_figures(sheets):
    reports, all_sheets = sheets
    totals = next(s for s in all_sheets if s.name == "totals")
    assert totals.headers == [
        "Total",
        "Unit",
        "western-expansion",
        "eastern-inference",
        "western-expansion minus eastern-inference",
    ]
    rows = {r[0]: r for r in totals.rows}
    ref = reports["eastern-inference"].summary.set_index("title")
    cost = rows["Total annual cost"]
    assert cost[1] == "bn CNY"
    assert cost[3] == pytest.approx(ref.at["Total annual cost", "scenario"] / 1e9, abs=1e-4)
    for row in totals.rows:
        if row[2] is not None and row[3] is not None:
            # each cell is rounded to 0.01 on its own: one unit in the last place may differ
            assert row[4] == pytest.approx(row[2] - row[3], abs=1.01e-2), row[0]
    water = rows["Water, placed sites"]
    assert water[3] == pytest.approx(reports["eastern-inference"].sites["water_m3"].sum(), abs=0.01)
    assert water[3] > 0 and water[2] > 0  # both sides complete


def test_net_import_changes_balance_across_provinces(sheets):
    _, (_, _, provinces, *_) = sheets
    assert provinces.headers[-1] == "Change, western-expansion minus eastern-inference (MW)"
    change = [r[-1] for r in provinces.rows]
    # compute served elsewhere is imported by one province and exported by another
    assert sum(change) == pytest.approx(0.0, abs=0.05)
    assert max(abs(c) for c in change) > 10


def test_sites_in_one_scenario_only_count_as_zero_on_the_other_side(sheets):
    reports, (_, _, _, sites, placed, _) = sheets
    assert sites.headers == [
        "Site",
        "Load, western-expansion (MW)",
        "Load, eastern-inference (MW)",
        "Load, change (MW)",
    ]
    rows = {r[0]: r for r in placed.rows}
    assert set(rows) == {
        *reports["western-expansion"].sites["site"],
        *reports["eastern-inference"].sites["site"],
    }
    h = placed.headers
    load_change = h.index("Load, change (MW)")
    water_ref = h.index("Water, eastern-inference (m³)")
    pue_ref = h.index("Annual PUE, eastern-inference")
    ulanqab = rows["Zhongwei campus"]  # only in western expansion, and loaded
    assert ulanqab[load_change] == pytest.approx(ulanqab[load_change - 2], abs=1e-3)
    assert ulanqab[load_change] > 0
    assert ulanqab[water_ref] == 0 and ulanqab[pue_ref] is None
    qingpu = rows["Shanghai Qingpu inference"]  # only in eastern inference
    # its load counts as 0 in western expansion (with migration friction it may carry none)
    assert qingpu[load_change] == pytest.approx(-qingpu[load_change - 1], abs=1e-3)
    assert qingpu[load_change] <= 0 and qingpu[h.index("Energy cost, change (M CNY)")] <= 0
    # every placed site of both scenarios and every cluster has a load row
    assert {"Zhongwei campus", "Hangzhou inference", "Zhangjiakou"} <= {r[0] for r in sites.rows}
    assert sum(r[3] for r in sites.rows) == pytest.approx(
        sum(reports["western-expansion"].site_use["load_mw_after"])
        - sum(reports["eastern-inference"].site_use["load_mw_after"]),
        abs=0.1,
    )


def test_every_reference_has_its_columns_in_the_site_tables(sheets, atlas):
    """Compare with several files: by site and placed sites show each reference, not only the
    first, and current minus each."""
    reports, _ = sheets
    three = {
        **reports,
        "baseline": collect(
            load_scenario(DATA_DIR / "scenarios" / "baseline.toml"), atlas, lang="en"
        ),
    }
    by_name = {s.name: s for s in comparison_sheets(three, "en")}
    sites, placed = by_name["sites"], by_name["placed"]
    assert sites.headers == [
        "Site",
        "Load, western-expansion (MW)",
        "Load, eastern-inference (MW)",
        "Load, baseline (MW)",
        "Load, western-expansion minus eastern-inference (MW)",
        "Load, western-expansion minus baseline (MW)",
    ]
    assert sites.changes == (4, 5)
    for row in sites.rows:
        assert row[5] == pytest.approx(row[1] - row[3], abs=2e-3)
    h = placed.headers
    assert "Annual PUE, baseline" in h and "Water, western-expansion minus baseline (m³)" in h
    assert len(placed.changes) == 2 * (len(h) - 1) // 5


def test_each_side_shows_its_own_sites_effect_and_differing_assumptions_are_named(atlas, sheets):
    from dataclasses import replace

    reports, all_sheets = sheets
    by_name = {s.name: s for s in all_sheets}
    effect = {r[0]: r for r in by_name["effect"].rows}["Change in annual cost"]
    for i, label in enumerate(reports, start=2):
        own = reports[label].evaluation.sites_effect["cost_cny"]
        assert effect[i] == pytest.approx(own / 1e9, abs=1e-5)
    assert by_name["differing"].rows == []  # both examples use the built-in assumptions
    western = reports["western-expansion"].evaluation.scenario
    a = replace(western.assumptions, carbon_price_cny_per_t=100.0, retire_idle_halls=True)
    dearer = collect(replace(western, assumptions=a), atlas, lang="en")
    pair = comparison_sheets({"dearer": dearer, "western": reports["western-expansion"]}, "en")
    differing = next(s for s in pair if s.name == "differing")
    assert sorted(r[0] for r in differing.rows) == [
        "assumptions.carbon_price_cny_per_t",
        "assumptions.retire_idle_halls",
    ]
