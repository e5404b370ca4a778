"""Province overrides (tariff, grid CO2 factor, demand, existing stock) edited in the
inspector: each one undo step, shown back after undo, and reaching the solver."""

from __future__ import annotations

import numpy as np
import pytest


def _solve(window, qtbot):
    with qtbot.waitSignal(window.allocation.sigSolved, timeout=20_000):
        window.allocation.solve_action.trigger()
    return window.allocation.preview.scenario.problem


def _type(window, field, text):
    edit = window.inspector.overrides.edits[field]
    edit.setText(text)
    edit.editingFinished.emit()


def test_overrides_are_undoable_and_reach_the_solver(window, qtbot, atlas):
    window.allocation.auto_action.setChecked(False)
    window.select_province(440000)  # Guangdong
    panel = window.inspector.overrides
    assert panel.isVisibleTo(window) and panel.code == 440000
    builtin = atlas.provinces.at[440000, "price_cny_per_kwh"]
    assert f"{builtin:,.4f}" in panel.edits["tariff_cny_per_kwh"].placeholderText()
    _type(window, "tariff_cny_per_kwh", "0.45")
    _type(window, "emission_kg_per_kwh", "0.3")
    _type(window, "demand_mw", "5000")
    _type(window, "stock_mw", "1234.5")
    _type(window, "stock_mw", "1234.5")  # the same value again is not another step
    assert window.undo_stack.count() == 4
    assert "Guangdong" in window.undo_stack.text(0)
    problem = _solve(window, qtbot)
    sites = problem.sites
    stock = list(sites.ids).index("stock:440000")
    assert sites.tariff_cny_per_kwh[stock] == pytest.approx(0.45)
    assert sites.emission_kg_per_kwh[stock] == pytest.approx(0.3)
    assert sites.capacity_mw[stock] == pytest.approx(1234.5)
    region = list(problem.regions.ids).index("440000")
    assert np.asarray(problem.demand_mw)[region].sum() == pytest.approx(5000.0)
    # Undo the stock and demand overrides: the panel and the solver both go back.
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert panel.edits["stock_mw"].text() == "" and panel.edits["demand_mw"].text() == ""
    problem = _solve(window, qtbot)
    stock = list(problem.sites.ids).index("stock:440000")
    assert problem.sites.capacity_mw[stock] != pytest.approx(1234.5)
    assert problem.sites.tariff_cny_per_kwh[stock] == pytest.approx(0.45)
    # Reset clears an override as one more undo step.
    panel.edits["tariff_cny_per_kwh"].clear()
    panel.edits["tariff_cny_per_kwh"].editingFinished.emit()
    assert 440000 not in window.model.scenario.assumptions.tariff_cny_per_kwh
    window.undo_action.trigger()
    assert window.model.scenario.assumptions.tariff_cny_per_kwh[440000] == pytest.approx(0.45)
    assert panel.edits["tariff_cny_per_kwh"].text() == "0.45"


def test_overrides_hidden_for_non_provinces(window, atlas):
    window.select_province(440000)
    assert window.inspector.overrides.isVisibleTo(window)
    cid = atlas.clusters.index[0]
    window._on_comparison_selected(f"cluster:{cid}")
    assert not window.inspector.overrides.isVisibleTo(window)
