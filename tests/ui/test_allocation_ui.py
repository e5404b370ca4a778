"""Solve from the window: flows on the map, the province table, duals, unserved in red."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from app.datasets.projection import to_map
from app.ui.commands import SetAssumptionsCommand


def _solve(window, qtbot):
    with qtbot.waitSignal(window.allocation.sigSolved, timeout=20_000):
        window.allocation.solve_action.trigger()
    return window.allocation.preview


def _row(table, text):
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text() == text)


def test_solve_shows_flows_and_the_shift(window, qtbot):
    base = _solve(window, qtbot)
    assert base.scenario.ok  # without sites, only moves that repay their migration cost
    assert base.shift.moved_mw <= window.allocation.evaluation.free_preview.moved_mw + 1e-6
    window.allocation.auto_action.setChecked(False)
    x, y = to_map(113.13, 41.03)
    site = window.placement.place_at(float(x), float(y))
    # cheap power: the LP loads it whatever the calibration of today's halls
    window.placement.edit(site.id, {"capacity_mw": 1500.0, "tariff_cny_per_kwh": 0.1})
    preview = _solve(window, qtbot)
    assert preview.scenario.ok
    assert window.allocation.flows.count > 0  # lines from provinces to remote sites
    load = preview.scenario.sites_table.loc[site.id, "load_mw"]
    assert load > 0 and preview.shift.moved_mw > 0
    # Some province now sends part of its demand to the new Inner Mongolia site (which one
    # depends on the provinces' stock PUE and tariffs): the table shows it and selects it.
    sent = {}
    for code in window.atlas.provinces.index:
        region = preview.shift.region(str(code))
        sent[int(code)] = region.loc[region["site"] == site.id, "after_mw"].sum()
    code = max(sent, key=sent.get)
    assert sent[code] > 0
    table = window.allocation.results.provinces
    row = _row(table, str(window.atlas.provinces.at[code, "name_en"]))
    assert float(table.item(row, 4).data(Qt.ItemDataRole.UserRole + 1)) > 0
    table.selectRow(row)
    assert window.allocation.results.detail.rowCount() > 0
    assert window.selected_code == code
    assert site.id in window.allocation.results.bar_site_ids
    # The net-import map of the result: Beijing imports, Inner Mongolia exports.
    window.set_metric("net_import")
    values = window.national.extra_values["net_import"]
    assert values[110000] > 0 and values[150000] < 0


def test_auto_solve_follows_edits_and_undo(window, qtbot):
    _solve(window, qtbot)
    model = window.model
    new = replace(model.scenario.assumptions, carbon_price_cny_per_t=200.0)
    with qtbot.waitSignal(window.allocation.sigSolved, timeout=20_000):
        window.undo_stack.push(SetAssumptionsCommand(model, new, "carbon"))
    assert window.allocation.preview.scenario.problem.carbon_price_cny_per_t == 200.0
    assert window.allocation.assumptions.carbon.value() == 200.0
    with qtbot.waitSignal(window.allocation.sigSolved, timeout=20_000):
        window.undo_action.trigger()
    assert window.allocation.assumptions.carbon.value() == 0.0


def test_shortfall_is_reported_in_red(window, qtbot):
    window.allocation.auto_action.setChecked(False)
    panel = window.allocation.assumptions
    panel.total.setValue(60_000.0)  # three times the built-in demand: capacity runs out
    preview = _solve(window, qtbot)
    assert preview.scenario.ok
    assert preview.scenario.unserved_mw.sum() > 0
    assert "unserved" in window.allocation.results.summary.text()
    table = window.allocation.results.provinces
    reds = [
        r
        for r in range(table.rowCount())
        if table.item(r, 6).foreground().color().name() == "#c62828"
    ]
    assert reds


def test_cluster_capacity_edit_is_one_undo_step(window, qtbot):
    window.allocation.auto_action.setChecked(False)
    table = window.allocation.assumptions.capacity
    row = next(
        r
        for r in range(table.rowCount())
        if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == "cluster:helinger"
    )
    table.item(row, 1).setText("2000")
    assert window.model.scenario.assumptions.cluster_mw == {"helinger": 2000.0}
    preview = _solve(window, qtbot)
    assert preview.scenario.sites_table.loc["cluster:helinger", "capacity_mw"] == 2000.0
    window.undo_action.trigger()
    assert window.model.scenario.assumptions.cluster_mw == {}
    table.item(row, 1).setText("lots")
    # named as the table shows it, and said to the planner ("Edit refused")
    message = window.allocation.assumptions.last_error
    assert table.item(row, 0).text() in message and "lots" in message
    assert window.last_error == message


def test_export_lp_as_mps(window, qtbot, tmp_path):
    import highspy

    assert window.allocation.export_mps(str(tmp_path / "none.mps")) is None  # not solved yet
    preview = _solve(window, qtbot)
    path = window.allocation.export_mps(str(tmp_path / "lp.mps"))
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.readModel(path)
    h.run()
    assert h.getInfo().objective_function_value == pytest.approx(
        preview.scenario.objective_cny, rel=1e-7
    )


def test_circuit_price_edit_raises_transport_cost(window, qtbot):
    window.allocation.auto_action.setChecked(False)
    before = _solve(window, qtbot).scenario.totals["transport_cost"]
    box = window.allocation.assumptions.tier_prices["100G"]
    box.setValue(box.value() * 10)
    assert window.model.scenario.assumptions.bandwidth_price_cny_per_km_year["100G"] > 4000
    after = _solve(window, qtbot).scenario.totals["transport_cost"]
    assert after > before
    window.undo_action.trigger()
    assert window.model.scenario.assumptions.bandwidth_price_cny_per_km_year == {}


def test_prefecture_regions_from_the_assumptions_dock(window, qtbot):
    window.allocation.auto_action.setChecked(False)
    combo = window.allocation.assumptions.regions
    combo.setCurrentIndex(combo.findData("prefecture"))
    assert window.model.scenario.solver.regions == "prefecture"
    preview = _solve(window, qtbot)
    assert len(preview.scenario.problem.regions) > 300
    assert window.allocation.results.provinces.rowCount() > 300
    net = window.national.extra_values["net_import"]
    assert len(net) == 31  # prefectures summed into their provinces for the map
    table = window.allocation.results.provinces
    table.selectRow(0)  # a prefecture row selects its province on the map
    assert window.selected_code in set(int(c) for c in window.atlas.provinces.index)
    window.undo_action.trigger()
    assert window.model.scenario.solver.regions == "province"
    assert combo.currentData() == "province"


def test_assumptions_dock_shows_sources_ranges_and_the_capex_flag(window, qtbot):
    """Every default is listed with its source and range; fields carry them as tooltips; the
    capex tick box is one undo step and the site's cost per token then includes capex."""
    from app.datasets.assumptions import assumptions_table
    from app.engine.costs.site_evaluation import site_cards

    dock = window.allocation.assumptions
    table = assumptions_table()
    assert dock.sources.rowCount() == len(table)
    row = list(table["key"]).index("demand.national_it_mw")
    assert dock.sources.item(row, 6).text() == table.loc[row, "source"]
    assert dock.sources.item(row, 3).text() == "4750"  # the load drawn's low end (issue 17)
    assert "4750-12870" in dock.total.toolTip() and "MIIT" in dock.total.toolTip()
    assert "range" in dock.tier_prices["100G"].toolTip()
    window.allocation.auto_action.setChecked(False)
    x, y = to_map(113.13, 41.03)
    site = window.placement.place_at(float(x), float(y))
    [before] = site_cards(
        window.atlas, [window.model.site(site.id)], window.model.scenario.assumptions
    )
    assert before.token_cost_includes == "energy" and before.capex_annuity_mcny > 0
    dock.capex_tokens.setChecked(True)
    a = window.model.scenario.assumptions
    assert a.token_cost_includes_capex
    [after] = site_cards(window.atlas, [window.model.site(site.id)], a)
    assert "capex" in after.token_cost_includes
    assert after.capex_annuity_mcny == before.capex_annuity_mcny  # the cost bar: always
    assert after.cost_per_mtok_cny > before.cost_per_mtok_cny
    window.undo_action.trigger()
    assert not window.model.scenario.assumptions.token_cost_includes_capex
    assert not dock.capex_tokens.isChecked()
    # the comparison says what the cost per million tokens includes
    from app.ui.docks.comparison_dock import COLUMNS

    col = [attr for _, attr, _ in COLUMNS].index("cost_per_mtok_cny")
    window.comparison.set_metrics([after])
    assert "capex" in window.comparison.table.item(0, col).toolTip()
    window.comparison.set_metrics([before])
    assert "capex" not in window.comparison.table.item(0, col).toolTip()


def test_scenario_year_is_an_undoable_edit_that_grows_demand(window, qtbot):
    """Issue 17: the year spin box sets [assumptions] year; the solve sees the grown demand."""
    from app.engine.allocation.demand import BASE_YEAR, GROWTH_PER_YEAR

    window.allocation.auto_action.setChecked(False)
    panel = window.allocation.assumptions
    assert panel.year.value() == BASE_YEAR
    panel.year.setValue(BASE_YEAR + 2)
    a = window.model.scenario.assumptions
    assert a.year == BASE_YEAR + 2
    preview = _solve(window, qtbot)
    demand = preview.scenario.problem.demand_mw.sum()
    assert demand == pytest.approx(a.national_it_mw * (1 + GROWTH_PER_YEAR) ** 2)
    window.undo_action.trigger()
    assert window.model.scenario.assumptions.year == BASE_YEAR
    assert panel.year.value() == BASE_YEAR
