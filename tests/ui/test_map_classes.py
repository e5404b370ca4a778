"""Colour classes in the window: change maps symmetric around zero, classes that stay put
between what-ifs, planner-set breaks; no "-0" in any legend."""

from __future__ import annotations

import re

import numpy as np

from app.datasets.projection import to_map


def _solve(window, qtbot):
    with qtbot.waitSignal(window.allocation.sigSolved, timeout=20_000):
        window.allocation.solve_action.trigger()
    return window.allocation.preview


def _labels(window):
    return [label for _, label in window.legend.spec.entries]


def _no_minus_zero(labels):
    for label in labels:
        for number in re.findall(r"-?[\d,.]+", label):
            assert not (number.startswith("-") and float(number.replace(",", "")) == 0), label


def test_change_map_classes_are_symmetric_and_kept_across_what_ifs(window, qtbot):
    window.allocation.auto_action.setChecked(False)
    _solve(window, qtbot)
    x, y = to_map(113.13, 41.03)
    site = window.placement.place_at(float(x), float(y))
    window.placement.edit(site.id, {"capacity_mw": 800.0})
    _solve(window, qtbot)
    window.set_metric("net_import_change")
    edges = window.national.fixed_breaks["net_import_change"].copy()
    np.testing.assert_allclose(edges, -edges[::-1])  # symmetric around zero
    change = window.national.extra_values["net_import_change"]
    assert max(abs(v) for v in change.values()) <= edges[-1]
    first_labels = _labels(window)
    _no_minus_zero(first_labels)
    assert "kept across solves" in window.legend.spec.note
    # A bigger what-if: the classes (and so the colours' meaning) do not move.
    window.placement.edit(site.id, {"capacity_mw": 3000.0})
    _solve(window, qtbot)
    assert window.national.metric.key == "net_import_change"
    np.testing.assert_array_equal(window.national.fixed_breaks["net_import_change"], edges)
    assert _labels(window)[1:-1] == first_labels[1:-1]
    # Recompute on request: the new classes span the bigger change.
    window.recompute_breaks_action.trigger()
    change = window.national.extra_values["net_import_change"]
    assert window.national.fixed_breaks["net_import_change"][-1] >= max(
        abs(v) for v in change.values()
    )


def test_planner_sets_breaks_that_persist_and_bad_text_is_refused(window, qtbot):
    window.set_metric("price")
    assert window.set_class_breaks("0.35, 0.45, 0.55, 0.65")
    assert window.legend.spec.note == "Your classes"
    assert _labels(window)[:3] == ["< 0.450", "0.450 – 0.550", "≥ 0.550"]
    window.set_metric("gdp")
    window.set_metric("price")  # still the planner's classes after a switch
    assert _labels(window)[0] == "< 0.450"
    assert not window.set_class_breaks("0.5, cheap")
    assert "cheap" in window.last_error
    assert _labels(window)[0] == "< 0.450"  # nothing lost
    window.set_class_breaks(None)
    assert window.legend.spec.note == "Quantile classes"
