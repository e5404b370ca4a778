"""Today's status quo and the friction of leaving it, in the window: the assumptions dock edits
migration cost, payback, utilisation and frozen classes (undoable); the results dock shows what
moves (from -> to, MW, saving, payback), what stays and why, and switches the map and tables to
the free-moving reference."""

from __future__ import annotations

import math

import pytest

from app.datasets.projection import to_map


def _solve(window, qtbot):
    with qtbot.waitSignal(window.allocation.sigSolved, timeout=30_000):
        window.allocation.solve_action.trigger()
    return window.allocation.evaluation


def _place_ulanqab(window, mw=1500.0):
    window.allocation.auto_action.setChecked(False)
    x, y = to_map(113.13, 41.03)
    site = window.placement.place_at(float(x), float(y))
    # cheap power: the allocation loads it whatever the calibration of today's halls
    window.placement.edit(site.id, {"capacity_mw": mw, "tariff_cny_per_kwh": 0.1})
    return site


def _column(table, col):
    return [table.item(r, col).text() for r in range(table.rowCount())]


def test_moves_stays_and_the_free_reference_in_the_results_dock(window, qtbot):
    site = _place_ulanqab(window)
    ev = _solve(window, qtbot)
    mig = window.allocation.results.migration
    # the baseline of every view is today: the new site serves nothing in it
    assert site.id not in set(ev.baseline.flows["site"])
    assert window.allocation.preview is ev.preview
    # moves into the new site are listed with MW, saving and a payback within the period
    name = window.allocation.names[site.id]
    to = _column(mig.moves, 1)
    assert name in to
    row = to.index(name)
    mw = float(mig.moves.item(row, 3).text().replace(",", ""))
    payback = float(mig.moves.item(row, 5).text())
    into_site = ev.migration.moves_by_route().query("to_site == @site.id")
    assert mw == pytest.approx(into_site["mw"].iloc[0], abs=0.1)
    assert 0 < payback <= ev.scenario.assumptions.payback_years
    # the moved MW per class add up to the total the summary shows
    text = mig.summary.text()
    assert f"{ev.migration.moved_mw:,.0f} MW" in text and "if moving were free" in text
    assert sum(ev.migration.moved_by("class").values()) == pytest.approx(ev.migration.moved_mw)
    # what stays, with its reason
    reasons = set(_column(mig.stays, 0))
    assert reasons and "not worth the migration cost" in reasons
    # the free-moving reference: map and tables switch to it, and back
    mig.view.setCurrentIndex(mig.view.findData("free"))
    assert window.allocation.preview is ev.free_preview
    assert window.allocation.results.preview is ev.free_preview
    assert ev.free_preview.moved_mw > ev.preview.moved_mw  # friction moves less
    assert f"{ev.free_preview.moved_mw:,.0f}" in window.allocation.results.summary.text()
    mig.view.setCurrentIndex(mig.view.findData("status_quo"))
    assert window.allocation.preview is ev.preview


def test_migration_assumptions_are_undoable_edits(window, qtbot):
    panel = window.allocation.assumptions.status_quo
    model = window.model
    window.allocation.auto_action.setChecked(False)
    panel.migration_cost.setValue(20.0)
    assert model.scenario.assumptions.migration_cost_cny_per_mw == pytest.approx(20e6)
    panel.payback.setValue(5.0)
    panel.stock_utilisation.setValue(80.0)
    panel.cluster_utilisation.setValue(50.0)
    a = model.scenario.assumptions
    assert (a.payback_years, a.stock_utilisation, a.cluster_utilisation) == pytest.approx(
        (5.0, 0.8, 0.5)
    )
    panel.frozen["sensitive"].setChecked(True)
    assert model.scenario.assumptions.frozen_classes == ("sensitive",)
    panel.retire.setChecked(True)
    assert model.scenario.assumptions.retire_idle_halls
    for _ in range(6):
        window.undo_action.trigger()
    a = model.scenario.assumptions
    assert a.migration_cost_cny_per_mw == pytest.approx(8e6) and a.frozen_classes == ()
    assert not a.retire_idle_halls and not panel.retire.isChecked()
    assert (a.payback_years, a.stock_utilisation, a.cluster_utilisation) == pytest.approx(
        (3.0, 0.40, 0.43)  # the defaults: fill rate x mean draw (issue 17)
    )
    # the widgets show the model back
    assert panel.migration_cost.value() == pytest.approx(8.0)
    assert not panel.frozen["sensitive"].isChecked()
    window.redo_action.trigger()
    assert panel.migration_cost.value() == pytest.approx(20.0)


def test_a_prohibitive_migration_cost_moves_nothing_and_frozen_classes_stay(window, qtbot):
    _place_ulanqab(window)
    panel = window.allocation.assumptions.status_quo
    panel.migration_cost.setValue(1000.0)  # 1 bn CNY per MW: nothing repays it
    ev = _solve(window, qtbot)
    assert ev.migration.moved_mw == pytest.approx(0.0, abs=1e-3)
    assert window.allocation.results.migration.moves.rowCount() == 0
    assert "Moved from today: 0 MW" in window.allocation.results.migration.summary.text()
    panel.migration_cost.setValue(8.0)
    panel.frozen["interactive"].setChecked(True)
    ev = _solve(window, qtbot)
    assert "interactive" not in ev.migration.moved_by("class")
    stays = ev.migration.stays
    assert set(stays.loc[stays["class"] == "interactive", "reason"]) == {"frozen"}
    shown = {
        window.allocation.results.migration.stays.item(r, 0).text()
        for r in range(window.allocation.results.migration.stays.rowCount())
    }
    assert "frozen (class kept in place)" in shown
    assert not math.isnan(ev.migration.moved_mw)
