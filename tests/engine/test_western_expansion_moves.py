"""The western-expansion example, status quo -> scenario: which eastern demand moves to the new
campuses, and the payback of that move."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from app.io.scenario_file import load_scenario
from app.paths import ROOT

EXAMPLE = ROOT / "data" / "scenarios" / "western-expansion.toml"
CAMPUSES = {"ulanqab-1", "zhongwei-1"}


@pytest.fixture(scope="module")
def preview(atlas):
    from app.engine.evaluate import evaluate

    # the one evaluation (placed sites priced at the margin, every hall's fixed energy kept)
    return evaluate(load_scenario(EXAMPLE), atlas=atlas).migration


def test_eastern_demand_moves_to_the_new_campuses_and_pays_back(preview):
    m = preview.moves
    into = m[m["to_site"].isin(CAMPUSES)]
    # nothing is served at the campuses today, so all their load moved there, from elsewhere
    load = preview.scenario.sites_table.loc[sorted(CAMPUSES), "load_mw"].sum()
    assert into["mw"].sum() == pytest.approx(load) and load > 100.0
    assert (into["from_site"] != "").all()
    # from existing halls, stock or national clusters (which depends on the calibration:
    # with every hall's fixed energy kept, issue 16, only a large saving per MW repays a move)
    assert into["from_site"].str.match(r"(stock|cluster):").all()
    # each move into the campuses saves money and repays its one-off cost within the payback
    # period the LP was given (3 years by default)
    assert (into["saving_cny_per_mw_year"] > 0).all()
    assert (into["payback_years"] <= preview.scenario.problem.migration.payback_years).all()
    assert into["payback_years"].to_numpy() == pytest.approx(
        preview.scenario.problem.migration.cost_cny_per_mw / into["saving_cny_per_mw_year"]
    )


def test_friction_moves_less_than_the_free_reference(preview):
    free_moved = (preview.free.flows.groupby(["region", "class", "site"])["mw"].sum()
                  .sub(preview.status_quo.flows.groupby(["region", "class", "site"])["mw"].sum(),
                       fill_value=0.0).clip(lower=0.0).sum())  # fmt: skip
    assert 0 < preview.moved_mw < free_moved
    assert preview.moved_mw == pytest.approx(preview.scenario.totals["moved_mw"])
    # the dispatch (cost without the campuses' capex annuity and fixed energy) beats today's
    t, today = preview.scenario.totals, preview.status_quo.totals
    placed_fixed = t["fixed_energy_cost"] - today["fixed_energy_cost"]
    assert t["cost_cny"] - t["capex_cost"] - placed_fixed < today["cost_cny"]
    assert preview.free.totals["cost_cny"] <= preview.scenario.totals["cost_cny"] + 1e-3
    # every status-quo MW either stays (with a reason) or moves
    stays = preview.stays["mw"].sum()
    assert stays + preview.moved_mw == pytest.approx(preview.status_quo.totals["served_mw"])
    assert set(preview.stays["reason"]) <= {
        "not worth the migration cost",
        "cheapest",
        "capacity",
        "latency",
        "residency",
    }
    assert "not worth the migration cost" in set(preview.stays["reason"])
    sens = preview.stays[preview.stays["class"] == "sensitive"]
    assert set(sens["reason"]) <= {
        "residency",
        "cheapest",
        "capacity",
        "not worth the migration cost",
    }


def test_solve_json_reports_moved_mw_and_status_quo_load():
    out = subprocess.run([sys.executable, "-m", "app", "solve", "--json", str(EXAMPLE)],
                         capture_output=True, text=True, timeout=120)  # fmt: skip
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    moved = data["moved_mw"]
    assert moved["total"] == pytest.approx(sum(moved["by_class"].values()))
    assert moved["total"] == pytest.approx(data["totals"]["moved_mw"])
    assert data["sites"]["ulanqab-1"]["status_quo_load_mw"] == 0.0
    # Shanghai's stock draws today the share of its rating in use (0.40, issue 17)
    shanghai = data["sites"]["stock:310000"]
    assert shanghai["status_quo_load_mw"] == pytest.approx(0.40 * shanghai["capacity_mw"])
    into = [m for m in data["moves"] if m["to_site"] in CAMPUSES]
    assert into and all(0 < m["payback_years"] <= 3.0 for m in into)
    assert data["if_moving_were_free"]["moved_mw"] > moved["total"]


def test_moved_mw_falls_as_the_migration_cost_rises(preview):
    from dataclasses import replace

    from app.engine.allocation.allocation import Solver

    pb = preview.scenario.problem
    solver, moved = Solver(), []
    for cost in (0.0, 2e6, 8e6, 2e7, 6e7, 1e10):
        res = solver.solve(replace(pb, migration=replace(pb.migration, cost_cny_per_mw=cost)))
        assert res.ok
        moved.append(res.totals["moved_mw"])
    assert all(b <= a + 1e-6 for a, b in zip(moved, moved[1:], strict=False)), moved
    assert moved[0] > moved[2] > 0  # the default (8 M) moves less than free moves
    assert moved[-1] == pytest.approx(0.0, abs=1e-6)  # prohibitive: today's allocation stays
