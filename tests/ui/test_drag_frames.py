"""A drag shows frames: each step solved exactly as ``evaluate()`` solves the same scenario
(figures and duals), shown on the map, the site's card and the headline only; the release
brings the full evaluation (references, tables, comparison)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from app.datasets.projection import to_map
from app.engine.evaluate import evaluate
from app.io.headline import effect_line

ULANQAB = (113.13, 41.03)
LONG = 120_000  # ms: a synchronisation bound for a loaded machine, not a timing assertion


def _cells(table) -> list[str]:
    return [
        table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())
    ]


def _drag(window, site_id: str, steps: range, finished_at: int | None = None) -> None:
    for i in steps:
        x, y = to_map(ULANQAB[0], ULANQAB[1] - 0.3 * i)
        window.placement.item.sigSiteDragged.emit(site_id, float(x), float(y), i == finished_at)


def _same_solve(shown, expected) -> None:
    """Flows, loads, duals and totals of two results of the same scenario, to 1e-9."""
    close = {"rtol": 1e-9, "atol": 1e-9}
    np.testing.assert_array_equal(shown.pair_site, expected.pair_site)
    np.testing.assert_allclose(shown.flow_mw, expected.flow_mw, **close)
    np.testing.assert_allclose(shown.site_load_mw, expected.site_load_mw, **close)
    np.testing.assert_allclose(
        shown.site_dual_cny_per_mw_year, expected.site_dual_cny_per_mw_year, **close
    )
    np.testing.assert_allclose(
        shown.region_marginal_cost_cny_per_mw_year,
        expected.region_marginal_cost_cny_per_mw_year,
        **close,
    )
    assert shown.totals.keys() == expected.totals.keys()
    for key, value in expected.totals.items():
        assert shown.totals[key] == pytest.approx(value, rel=1e-9, abs=1e-9), key


def test_drag_frames_are_exact_and_the_release_fills_the_rest(window, qtbot):
    controller = window.allocation
    assert controller.auto_action.isChecked()
    x, y = to_map(*ULANQAB)
    with qtbot.waitSignal(controller.sigEvaluated, timeout=LONG):
        site_id = window.placement.place_at(float(x), float(y)).id
    qtbot.waitUntil(lambda: not controller.runner.busy, timeout=LONG)
    provinces = _cells(controller.results.provinces)
    compared = list(window.comparison.metrics)
    frames, full = [], []
    controller.sigDragShown.connect(frames.append)
    controller.sigEvaluated.connect(full.append)

    _drag(window, site_id, range(1, 4))  # three mouse moves, button still down
    qtbot.waitUntil(lambda: bool(frames) and not controller.runner.busy, timeout=LONG)
    frame = frames[-1]
    scenario = window.model.scenario
    assert frame.scenario.sites == scenario.sites  # the last position, not an earlier one
    assert not full and frame.free is None  # no references, moves or policy mid-drag
    assert _cells(controller.results.provinces) == provinces  # tables wait for the release
    assert window.comparison.metrics == compared
    assert controller.results.headline == [effect_line(frame)]
    assert window.placement.metrics[site_id] is frame.site[site_id].card  # the card moves
    expected = evaluate(replace(scenario, sites=list(scenario.sites)), atlas=window.atlas)
    assert expected is not None
    _same_solve(frame.result, expected.result)
    _same_solve(frame.without_sites, expected.without_sites)
    assert frame.sites_effect == pytest.approx(expected.sites_effect, rel=1e-9, nan_ok=True)

    with qtbot.waitSignal(controller.sigEvaluated, timeout=LONG):
        _drag(window, site_id, range(4, 5), finished_at=4)  # let go
    qtbot.waitUntil(lambda: not controller.runner.busy, timeout=LONG)
    released = full[-1]
    assert released.free is not None and released.scenario.sites == window.model.scenario.sites
    assert window.comparison.metrics == [window.placement.metrics[site_id]]
    assert window.comparison.metrics != compared
    assert controller.results.preview is released.preview
