"""Absurd answers are named: no numeric assumption takes 1e300, and a solve that leaves
demand unserved says so at the top of every report and never shows a lower cost as a
saving."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.io import exports, report_tables
from app.io.assumptions_v1 import ASSUMPTION_KEYS
from app.io.report_data import collect
from app.io.scenario_file import ScenarioError, load_scenario, loads_scenario
from app.paths import DATA_DIR

ENVELOPE = 'format = "cpn-scenario"\nversion = 1\n'
ELSEWHERE = {
    "demand": "national_it_mw",
    "solver": "unserved_penalty_cny_per_mw_year",
    "overrides.provinces.Sichuan": "tariff_cny_per_kwh",
}


@pytest.mark.parametrize(
    "section, key",
    [("assumptions", k) for k in ASSUMPTION_KEYS] + list(ELSEWHERE.items()),
)
def test_no_assumption_takes_1e300(section, key):
    text = f"{ENVELOPE}[{section}]\n{key} = 1e300\n"
    with pytest.raises(ScenarioError) as caught:
        loads_scenario(text, check_files=False)
    assert any(m.startswith(f"{section}.{key}") for m in caught.value.messages), caught.value


def test_migration_cost_bound_is_in_the_message():
    text = f"{ENVELOPE}[assumptions]\nmigration_cost_cny_per_mw = 1e300\n"
    with pytest.raises(ScenarioError, match=r"must be in \[0, 1e\+09\] CNY/MW"):
        loads_scenario(text, check_files=False)


@pytest.fixture(scope="module")
def starved(atlas):
    """The baseline with a penalty so low that serving nothing is cheapest."""
    sc = load_scenario(DATA_DIR / "scenarios" / "baseline.toml")
    sc = replace(sc, solver=replace(sc.solver, unserved_penalty_cny_per_mw_year=1.0))
    return collect(sc, atlas, lang="en")


def test_unserved_demand_is_said_first_and_no_saving_is_shown(starved, tmp_path):
    meta = dict(zip(starved.metadata["item"], starved.metadata["value"], strict=True))
    assert list(starved.metadata["item"])[1] == "Warning"
    assert "MW of demand is left unserved in the scenario" in meta["Warning"]
    assert "a lower cost is not a saving" in meta["Warning"]
    summary = report_tables.summary_sheet(starved)
    changes = {row[0]: row[4] for row in summary.rows}
    assert changes["Total annual cost"] == "not comparable: demand unserved"
    assert changes["Energy cost"] == "not comparable: demand unserved"
    assert isinstance(changes["Demand unserved"], float)  # MW still compare
    import openpyxl

    book = openpyxl.load_workbook(exports.write_xlsx(starved, tmp_path / "r.xlsx"))
    cells = [c.value for row in book.worksheets[0].iter_rows() for c in row]
    assert "Warning" in cells


def test_an_ordinary_answer_has_no_warning(atlas):
    data = collect(load_scenario(DATA_DIR / "scenarios" / "baseline.toml"), atlas, lang="en")
    assert "Warning" not in set(data.metadata["item"])
    changes = {row[0]: row[4] for row in report_tables.summary_sheet(data).rows}
    assert not isinstance(changes["Total annual cost"], str)
