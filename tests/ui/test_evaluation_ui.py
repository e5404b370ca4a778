"""The window on ``evaluate``: cards with design and solved utilisation, unpriced sites left
out with a message, and every worker error shown."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from app.datasets.projection import to_map


def _place(window, lon, lat, **changes):
    x, y = to_map(lon, lat)
    site = window.placement.place_at(float(x), float(y))
    if changes:
        window.placement.edit(site.id, changes)
    return site


def _evaluate(window, qtbot):
    with qtbot.waitSignal(window.allocation.sigEvaluated, timeout=30_000) as blocker:
        window.allocation.solve_action.trigger()
    return blocker.args[0]


def test_card_shows_design_and_solved_utilisation(window, qtbot):
    window.allocation.auto_action.setChecked(False)
    site = _place(window, 113.13, 41.03, capacity_mw=300.0, tariff_cny_per_kwh=0.1)  # loaded
    ev = _evaluate(window, qtbot)
    solved = ev.site[site.id].solved
    assert solved is not None and solved.utilisation > 0.7  # the LP loads a cheap site fully
    window.placement.select(site.id)
    text = window.site_editor.load.text()
    assert "70% design" in text and f"{solved.utilisation:.0%} solved" in text
    # the card's figures are the evaluation's (one source for every number), at the solved
    # load by default, the design-load figures beside, labelled
    card = window.placement.metrics[site.id]
    assert card is ev.site[site.id].card and card.load_basis == "solved"
    assert card.facility_energy_mwh == pytest.approx(solved.energy_mwh)
    assert card.design_facility_energy_mwh == pytest.approx(ev.site[site.id].design.energy_mwh)
    summary = window.site_editor.evaluation.text()
    assert f"Figures at the solved load ({solved.utilisation:.0%})" in summary
    assert f"{card.design_facility_energy_mwh:,.0f} MWh" in summary


def test_site_outside_the_provinces_is_left_out_with_a_message(window, qtbot):
    window.allocation.auto_action.setChecked(False)
    site = _place(window, 114.17, 22.30)  # Hong Kong
    ev = _evaluate(window, qtbot)
    assert ev.site[site.id].solved is None
    assert site.id not in ev.result.problem.sites.ids
    window.placement.select(site.id)
    assert "not in the allocation" in window.site_editor.load.text()
    item = window.sites_item  # on the map too
    assert "left out" in item.labels.texts[item.site_ids().index(site.id)]


def test_an_error_on_the_worker_is_shown(window, qtbot, tmp_path, caplog):
    hours = np.arange(8760)
    weather = tmp_path / "year.csv"
    pd.DataFrame({"tdb_c": 15 + 10 * np.sin(hours / 24 * 2 * np.pi), "rh_pct": 60.0}).to_csv(
        weather, index=False
    )
    window.allocation.auto_action.setChecked(False)
    _place(window, 113.13, 41.03, weather_file=str(weather))
    _evaluate(window, qtbot)
    weather.write_text("tdb_c,rh_pct\n1,2\n", encoding="utf-8")  # truncated after loading
    with qtbot.waitSignal(window.allocation.sigFailed, timeout=30_000) as blocker:
        window.allocation.solve_action.trigger()
    # a bad file is the planner's to fix: its sentence, no exception class, no traceback
    assert blocker.args[0].startswith("Evaluation failed: sites[0].weather_file: ")
    assert "year.csv" in blocker.args[0]
    assert "Error:" not in blocker.args[0]
    assert "year.csv" in window.statusBar().currentMessage()
    logged = "\n".join(r.getMessage() for r in caplog.records if r.levelname == "ERROR")
    assert "year.csv" in logged  # still logged


def _scenario_file(path, n):
    import tomli_w

    sites = [
        {
            "id": f"s{k}",
            "name": f"Site {k}",
            "lon": 100.0 + 0.5 * k,
            "lat": 36.0,
            "capacity_mw": 20.0,
        }
        for k in range(n)
    ]
    path.write_text(
        tomli_w.dumps({"format": "cpn-scenario", "version": 1, "sites": sites}), encoding="utf-8"
    )
    return path


def test_opening_a_scenario_evaluates_its_sites_on_the_worker(window, qtbot, tmp_path):
    path = _scenario_file(tmp_path / "many.toml", 30)
    with qtbot.waitSignal(window.allocation.sigEvaluated, timeout=60_000) as blocker:
        assert window.document.open(path)
        assert window.placement.metrics == {}  # nothing evaluated on the GUI thread
    ev = blocker.args[0]
    assert set(window.placement.metrics) == {f"s{k}" for k in range(30)}
    assert window.comparison.table.rowCount() == 30
    curves = window.comparison.pue_plot.listDataItems()
    assert 0 < len(curves) <= 12  # a legend entry per site would freeze the window
    assert len(ev.sites) == 30


def test_vs_baseline_uses_the_scenarios_assumptions(window, qtbot):
    from dataclasses import replace

    from app.engine.evaluate import evaluate
    from app.ui.commands import SetAssumptionsCommand

    window.allocation.auto_action.setChecked(False)
    _place(window, 113.13, 41.03, capacity_mw=600.0)
    model = window.model
    new = replace(model.scenario.assumptions, carbon_price_cny_per_t=200.0)
    window.undo_stack.push(SetAssumptionsCommand(model, new, "carbon"))
    ev = _evaluate(window, qtbot)
    preview = window.allocation.preview
    assert preview.base.problem.carbon_price_cny_per_t == 200.0
    # the baseline is today's status quo, the same with or without the placed sites
    without = evaluate(replace(model.scenario, sites=[]), atlas=window.atlas)
    assert preview.totals_change("cost_cny")[1] == pytest.approx(
        ev.totals["cost_cny"] - without.baseline.totals["cost_cny"], rel=1e-9
    )


def test_an_idle_site_is_not_labelled_left_out(window, qtbot):
    """A site the LP could load but chose not to (flagged "serves nothing") is in the
    allocation: its map label must not say it was left out."""
    window.allocation.auto_action.setChecked(False)
    site = _place(window, 113.13, 41.03, tariff_cny_per_kwh=9.5)  # priced, far too dear
    ev = _evaluate(window, qtbot)
    e = ev.site[site.id]
    assert e.solved is not None and e.solved.load_mw < 0.01 * site.capacity_mw  # idle
    item = window.sites_item
    assert "left out" not in item.labels.texts[item.site_ids().index(site.id)]
