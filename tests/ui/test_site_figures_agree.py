"""The window, the CLI and a report agree on every site's figures and duals for the same file,
even after edits in the window (a warm start used to pick another of the LP's equal duals), and
the workbook carries the placed sites' effect."""

from __future__ import annotations

import json

import openpyxl
import pytest

from app.io import exports
from app.io.report_data import collect
from app.io.scenario_file import load_scenario
from app.paths import DATA_DIR

WESTERN = DATA_DIR / "scenarios" / "western-expansion.toml"


def _solve(window, qtbot):
    """Solve the window's scenario and return its evaluation (not a late one of the scenario
    open before: opening reads on a worker, and a solve may still be on its way)."""
    sites = list(window.model.sites)
    with qtbot.waitSignal(
        window.allocation.sigEvaluated,
        timeout=60_000,
        check_params_cb=lambda ev: list(ev.scenario.sites) == sites,
    ) as blocker:
        window.allocation.solve_action.trigger()
    return blocker.args[0]


def _open(window, qtbot, path) -> None:
    assert window.document.open(path)
    expected = load_scenario(path).sites
    qtbot.waitUntil(lambda: list(window.model.sites) == expected, timeout=30_000)


@pytest.fixture
def window_ev(window, qtbot):
    window.allocation.auto_action.setChecked(False)
    _open(window, qtbot, WESTERN)
    _solve(window, qtbot)
    # another scenario solved in between, then the file again: the window's evaluation of
    # the file as it is, whatever the window solved before
    _open(window, qtbot, DATA_DIR / "scenarios" / "eastern-inference.toml")
    _solve(window, qtbot)
    _open(window, qtbot, WESTERN)
    ev = _solve(window, qtbot)
    assert ev.scenario.sites == load_scenario(WESTERN).sites
    return ev


def test_window_cli_and_report_agree_on_sites_and_duals(window, window_ev, tmp_path):
    from app.cli.solve import as_json
    from app.engine.evaluate import evaluate

    # what ``solve --json`` prints (its own evaluation of the file, a fresh atlas and caches)
    cli = json.loads(json.dumps(as_json(evaluate(load_scenario(WESTERN))), allow_nan=False))
    ev = window_ev
    energy = ev.result.site_energy
    for sid, row in ev.result.sites_table.iterrows():
        c = cli["sites"][sid]
        assert c["load_mw"] == pytest.approx(row["load_mw"], abs=1e-6), sid
        assert c["dual_cny_per_mw_year"] == pytest.approx(
            row["dual_cny_per_mw_year"], rel=1e-9, abs=1e-6
        ), sid
        if not sid.startswith(("stock:", "cluster:")):
            continue  # placed sites: below, from the site evaluation
        assert c["energy_mwh"] == pytest.approx(energy.at[sid, "energy_mwh"], rel=1e-9), sid
    # the report written from the window's evaluation (what its export does)
    report = collect(ev.scenario, evaluation=ev, lang="en")
    placed = report.sites.set_index("site")
    for e in ev.sites:
        c, r = cli["sites"][e.site.id], placed.loc[e.site.name]
        assert c["energy_mwh"] == pytest.approx(e.solved.energy_mwh, rel=1e-9)
        assert r["facility_energy_mwh"] == pytest.approx(c["energy_mwh"], rel=1e-9)
        if c["pue"] is None:  # a site that serves nothing has no PUE
            assert r["annual_pue"] != r["annual_pue"]
        else:
            assert r["annual_pue"] == pytest.approx(c["pue"], rel=1e-9)
        assert c["flags"] == list(e.flags)
        # the window's card shows the same solved figures
        card = window.placement.metrics[e.site.id]
        assert card.facility_energy_mwh == pytest.approx(c["energy_mwh"], rel=1e-9)
    use = report.site_use.set_index("site")
    for sid in use.index:
        assert use.at[sid, "dual_cny_per_mw_year_after"] == pytest.approx(
            cli["sites"][sid]["dual_cny_per_mw_year"], rel=1e-9, abs=1e-6
        )
    # the sites' effect: the same in the CLI, the window's headline and the workbook
    effect = cli["sites_effect"]
    assert effect["cost_cny"] == pytest.approx(ev.sites_effect["cost_cny"], rel=1e-9)
    book = openpyxl.load_workbook(exports.write_xlsx(report, tmp_path / "w.xlsx"))
    rows = {r[0]: r for r in book["Placed sites' effect"].iter_rows(values_only=True)}
    assert rows["Change in annual cost"][1] == "bn CNY"
    assert rows["Change in annual cost"][2] == pytest.approx(effect["cost_cny"] / 1e9, abs=1e-5)
    assert rows["One-off investment"][2] == pytest.approx(effect["investment_cny"] / 1e9, abs=1e-5)
    headline = window.allocation.results.summary.text()
    assert headline.index("Placed sites&#x27; effect") < headline.index("Versus today")
    assert headline.index("Versus today") < headline.index("If moving were free")
    free = cli["if_moving_were_free"]
    assert free["moved_mw"] == pytest.approx(free["totals"]["moved_mw"])
    assert f"{free['moved_mw']:,.0f} MW" in headline
