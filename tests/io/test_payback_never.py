"""A plan that never pays back says so ("never", 无法回收) in the reports, the headline and the
comparison; "missing" stays for a figure that cannot be computed."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from app.engine.references.sites_effect import payback_years
from app.io.headline import headline
from app.io.report_data import collect
from app.io.report_tables import sheets
from app.io.scenario_file import load_scenario

EXAMPLES = Path(__file__).resolve().parents[2] / "data" / "scenarios"


def test_payback_by_hand() -> None:
    assert payback_years(300.0, 100.0) == pytest.approx(3.0)
    assert payback_years(300.0, 0.0) == math.inf  # an investment no saving repays
    assert payback_years(300.0, -5.0) == math.inf
    assert math.isnan(payback_years(0.0, 0.0))  # nothing to repay


@pytest.fixture(scope="module")
def eastern_zh():
    # its three sites serve nothing: an investment no yearly saving repays
    return collect(load_scenario(EXAMPLES / "eastern-inference.toml"), lang="zh")


def test_idle_sites_never_pay_back(eastern_zh) -> None:
    ev = eastern_zh.evaluation
    assert ev.sites_effect["investment_cny"] > 0
    assert ev.sites_effect["payback_years"] == math.inf
    effect = {s.name: s for s in sheets(eastern_zh)}["effect"]
    row = effect.rows[effect_row(eastern_zh)]
    assert row[2] == "无法回收"
    assert "never (no yearly saving)" in headline(ev, "en")[0]
    assert "无法回收" in headline(ev, "zh")[0]


def test_comparison_says_never_too(eastern_zh) -> None:
    from app.io.compare_tables import effect_sheet

    sheet = effect_sheet({"A": eastern_zh, "B": eastern_zh}, "zh")
    assert sheet.rows[effect_row(eastern_zh)][2:] == ["无法回收", "无法回收"]


def test_a_slow_payback_is_a_number_not_never() -> None:
    # the western campuses save a little before their capex: a (long) finite payback
    data = collect(load_scenario(EXAMPLES / "western-expansion.toml"), lang="en")
    years = data.evaluation.sites_effect["payback_years"]
    assert math.isfinite(years) and years > 0
    effect = {s.name: s for s in sheets(data)}["effect"]
    assert effect.rows[effect_row(data)][2] not in (None, "never")


def effect_row(data) -> int:
    return list(data.effect["key"]).index("payback_years")


def test_nothing_to_repay_is_not_never() -> None:
    data = collect(load_scenario(EXAMPLES / "baseline.toml"), lang="en")
    effect = {s.name: s for s in sheets(data)}["effect"]
    assert effect.rows[effect_row(data)][2] is None  # no sites, no investment: no payback


def test_comparison_cell_says_never(qapp) -> None:
    from app.domain.text import set_language
    from app.ui.docks.comparison_dock import _NumberItem

    set_language("en")
    assert _NumberItem(math.inf, "years").text() == "never"
    assert _NumberItem(math.nan, "years").text() == "missing"
    assert _NumberItem(2.5, "years").text() == "2.5"
    from app.ui.docks.migration_view import _cell  # the moves table of the results dock

    assert _cell(math.inf).text() == "never" and _cell(math.nan).text() == "—"
