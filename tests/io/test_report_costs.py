"""Every money line of the summary is the sum of the cost detail's rows (hall by hall), to
the yuan: on a case worked by hand and on the three shipped examples, in the tables the
XLSX and PDF print."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from app.engine.allocation.allocation import solve
from app.engine.costs.cost_detail import cost_detail
from app.io.report_data import collect
from app.io.report_tables import sheets, total_row
from app.io.scenario_file import load_scenario
from tests.engine.test_allocation_hand import L_KM, hand_problem

EXAMPLES = Path(__file__).resolve().parents[2] / "data" / "scenarios"
MONEY = (
    "cost_cny",
    "energy_cost",
    "fixed_energy_cost",
    "transport_cost",
    "carbon_cost",
    "capex_cost",
    "migration_cost",
)


def test_cost_detail_by_hand() -> None:
    # hand_problem: S1 (80 MW, 0.3 CNY/kWh) and S2 (100 MW, 0.5), PUE 1 at the margin,
    # 1000 h, 0.5 t/MWh; optimum A->S1 60, B->S1 20, B->S2 30 MW. Add 100 and 50 MWh of
    # fixed energy per rated MW and 10 CNY/t of carbon (the same 5,000 CNY per MW served
    # at both sites: the optimum does not move).
    pb = hand_problem()
    sites = replace(pb.sites, fixed_mwh_per_mw_rated=np.array([100.0, 50.0]))
    pb = replace(pb, sites=sites, carbon_price_cny_per_t=10.0)
    res = solve(pb)
    d = cost_detail(res).set_index("site")
    # fixed: S1 80 x 100 = 8,000 MWh x 300 CNY/MWh; S2 100 x 50 = 5,000 MWh x 500
    assert d.loc["S1", "fixed_energy_cost"] == pytest.approx(2_400_000.0)
    assert d.loc["S2", "fixed_energy_cost"] == pytest.approx(2_500_000.0)
    # marginal: S1 80 MW x 1000 MWh x 300; S2 30 MW x 1000 MWh x 500
    assert d.loc["S1", "marginal_energy_cost"] == pytest.approx(24_000_000.0)
    assert d.loc["S2", "marginal_energy_cost"] == pytest.approx(15_000_000.0)
    # carbon: (80,000 + 8,000) x 0.5 = 44,000 t; (30,000 + 5,000) x 0.5 = 17,500 t; x 10
    assert d.loc["S1", "carbon_cost"] == pytest.approx(440_000.0)
    assert d.loc["S2", "carbon_cost"] == pytest.approx(175_000.0)
    # transport: the 20 MW of B served at S1, one degree away, 100 CNY/Gbps-km, 1 Gbps/MW
    assert d.loc["S1", "transport_cost"] == pytest.approx(20 * 100.0 * L_KM)
    assert d.loc["S2", "transport_cost"] == pytest.approx(0.0, abs=1e-9)
    assert d.loc["S1", "cost_cny"] == pytest.approx(2.4e6 + 24e6 + 440_000 + 2000 * L_KM)
    assert d.loc["S2", "cost_cny"] == pytest.approx(2.5e6 + 15e6 + 175_000)
    for key in MONEY:
        assert d[key].sum() == pytest.approx(res.totals[key], abs=1e-6)


@pytest.fixture(scope="module", params=["baseline", "western-expansion", "eastern-inference"])
def example(request):
    return collect(load_scenario(EXAMPLES / f"{request.param}.toml"), lang="en")


def test_summary_lines_are_the_sums_of_the_detail_rows(example) -> None:
    summary = example.summary.set_index("key")
    for frame, column in ((example.costs, "scenario"), (example.costs_today, "reference")):
        for key in MONEY:
            assert abs(frame[key].sum() - summary.at[key, column]) < 1.0, key
        parts = ["energy_cost", "carbon_cost", "transport_cost", "capex_cost", "migration_cost"]
        np.testing.assert_allclose(frame[parts].sum(axis=1), frame["cost_cny"], atol=1e-6)


def test_printed_total_rows_match_the_summary_to_the_yuan(example) -> None:
    by_name = {s.name: s for s in sheets(example)}
    summary = example.summary.set_index("key")
    for name, column in (("costs", "scenario"), ("costs_today", "reference")):
        sheet = by_name[name]
        totals = dict(zip(sheet.keys, total_row(sheet), strict=True))
        assert sheet.totals
        for key in MONEY:
            if key in totals:
                assert abs(totals[key] - summary.at[key, column]) < 1.0, (name, key)


def test_placed_sites_carry_their_capex_and_investment(example) -> None:
    ev = example.evaluation
    placed = example.costs[example.costs["kind"] == "placed"].set_index("site")
    assert placed["capex_cost"].sum() == pytest.approx(ev.result.totals["capex_cost"])
    assert placed["investment_cny"].sum() == pytest.approx(ev.investment_cny)
    assert (example.costs_today["capex_cost"] == 0).all()
    existing = example.costs[example.costs["kind"] != "placed"]
    assert (existing["investment_cny"] == 0).all()
    assert (existing["fixed_energy_cost"] > 0).all()  # an empty hall still uses energy


def test_solve_json_costs_sum_to_its_totals(example) -> None:
    from app.cli.solve import as_json

    j = as_json(example.evaluation)
    today = j["status_quo_totals"]
    for key, totals, frame in (
        ("costs", j["totals"], example.costs),
        ("status_quo_costs", today, example.costs_today),
    ):
        rows = [s[key] for s in j["sites"].values() if key in s]
        assert len(rows) == len(frame)
        for line in MONEY:
            assert abs(sum(r[line] for r in rows) - totals[line]) < 1.0, (key, line)
