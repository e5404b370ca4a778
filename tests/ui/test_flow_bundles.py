"""Flow bundling by zoom (app.ui.map.bundles): a case worked by hand, and the invariant that
every flow's MW is drawn exactly once or counted as left out."""

from __future__ import annotations

import numpy as np
import pytest

from app.ui.map.bundles import (
    JUNCTION_AT,
    SMALL_SHARE,
    Zoom,
    bundle_flows,
    group_near,
    zoom_for,
)


def test_zoom_levels_double_and_unbundle_when_zoomed_in():
    assert zoom_for(800.0, 100.0).level is None  # zoomed in: every flow on its own
    assert zoom_for(1_000.0, 100.0).level is None
    regional = zoom_for(1_500.0, 100.0)  # level 0: 1-2 km a pixel, 90 px = 90 km
    assert (regional.level, regional.radius_m, regional.min_mw) == (0, 90_000.0, 0.0)
    national = zoom_for(2_500.0, 100.0)  # level 1: 2-4 km a pixel, small bundles left out
    assert (national.level, national.radius_m) == (1, 180_000.0)
    assert national.min_mw == pytest.approx(SMALL_SHARE * 100.0)
    assert zoom_for(9_000.0, 100.0).radius_m == 720_000.0  # level 3
    # A level is kept until the pixel size leaves it by 15 %, in either direction.
    level1 = zoom_for(3_900.0, 100.0)
    assert zoom_for(4_500.0, 100.0, level1) is level1
    assert zoom_for(4_700.0, 100.0, level1).level == 2
    assert zoom_for(1_800.0, 100.0, level1) is level1
    assert zoom_for(1_700.0, 100.0, level1).level == 0


def test_bundles_by_hand():
    # Three training flows into one site at the origin and one real-time flow. A and B lie
    # 54 km apart, 1,000 km east of the site: one trunk. C lies 1,000 km north: its own.
    src = np.array([[1_000e3, 0.0], [1_050e3, 20e3], [0.0, 1_000e3], [1_000e3, 0.0]])
    dst = np.zeros((4, 2))
    classes = ["training", "training", "training", "realtime"]
    mw = np.array([30.0, 10.0, 5.0, 8.0])
    bundles, small = bundle_flows(src, dst, classes, mw, Zoom(0, 100e3, 6.0))
    assert small == [2]  # 5 MW < 6 MW: left out
    assert [(b.cls, b.mw, b.members) for b in bundles] == [
        ("training", 40.0, (0, 1)),
        ("realtime", 8.0, (3,)),  # never bundled with another class
    ]
    ab = bundles[0]
    start = ((30 * 1_000e3 + 10 * 1_050e3) / 40, (10 * 20e3) / 40)  # MW-weighted centre
    assert ab.start == pytest.approx(start)
    assert ab.end == (0.0, 0.0)
    assert ab.junction == pytest.approx(tuple((1 - JUNCTION_AT) * c for c in start))
    assert bundles[1].junction == bundles[1].start  # a lone flow runs straight


def test_unbundled_zoom_draws_every_flow():
    src, dst = np.array([[0.0, 0.0], [1.0, 0.0]]), np.array([[5e5, 0.0], [5e5, 0.0]])
    bundles, small = bundle_flows(src, dst, ["training"] * 2, [1.0, 2.0], zoom_for(500.0, 2.0))
    assert [b.members for b in bundles] == [(1,), (0,)] and small == []


def test_far_sources_in_one_direction_share_a_trunk_near_ones_need_the_radius():
    # Seen from the site at the origin, P and Q lie in nearly one direction 2,000 km away,
    # 300 km apart: within 100 km + 0.35 x 2,000 km. S and T lie 150 km from the site,
    # 200 km apart: beyond 100 km + 0.35 x 150 km.
    xy = np.array([[2_000e3, 0.0], [1_980e3, 300e3], [150e3, 0.0], [150e3, 200e3]])
    labels = group_near(xy, np.array([4.0, 3.0, 2.0, 1.0]), 100e3, np.zeros((4, 2)))
    assert labels[0] == labels[1] and len({labels[0], labels[2], labels[3]}) == 3


@pytest.mark.parametrize("seed", range(5))
def test_every_flow_is_drawn_once_or_counted_as_left_out(seed):
    rng = np.random.default_rng(seed)
    n = 60
    src = rng.uniform(0, 4e6, (n, 2))
    dst = rng.choice(rng.uniform(0, 4e6, (6, 2)), n)
    classes = rng.choice(["realtime", "training", "interactive"], n)
    mw = rng.lognormal(2.0, 1.5, n)
    for m_per_px in (800.0, 1_500.0, 3_000.0, 9_000.0):
        zoom = zoom_for(m_per_px, float(mw.max()))
        bundles, small = bundle_flows(src, dst, classes, mw, zoom)
        drawn = [i for b in bundles for i in b.members]
        assert sorted(drawn + small) == list(range(n))  # each flow exactly once
        assert sum(b.mw for b in bundles) + mw[small].sum() == pytest.approx(mw.sum())
        assert all(len({classes[i] for i in b.members}) == 1 for b in bundles)
        assert all(b.mw >= zoom.min_mw for b in bundles)
        assert [b.mw for b in bundles] == sorted((b.mw for b in bundles), reverse=True)


def test_the_window_bundles_at_national_zoom_and_unbundles_zoomed_in(window, qtbot):
    from PySide6.QtCore import QRectF

    window.allocation.auto_action.setChecked(False)
    window.allocation.assumptions.status_quo.migration_cost.setValue(0.0)  # free moves
    with qtbot.waitSignal(window.allocation.sigSolved, timeout=20_000):
        window.allocation.solve_action.trigger()
    flows = window.allocation.flows
    window.map.zoom_to_china()
    assert flows.zoom.level is not None and flows.zoom.min_mw > 0  # national
    assert len(flows.bundles) < flows.count  # fewer lines than flows
    bundle = max(flows.bundles, key=lambda b: len(b.members))
    assert len(bundle.members) > 1
    tip = window.tips.bundle(flows.bundles.index(bundle))
    assert f"{bundle.mw:,.1f} MW" in tip
    for src, dst, _, mw in (flows.flow(i) for i in bundle.members[:8]):
        assert f"{src} → {dst}: {mw:,.1f} MW" in tip  # the flows it holds, largest first
    count, mw = flows.left_out()
    note = window.legend.symbols.note
    assert (count > 0) == bool(note) and (not count or f"{mw:,.0f} MW" in note)
    # Zoomed in: every flow on its own, none left out, no note in the legend.
    rect = window.map.visible_rect()
    window.map.zoom_to_rect(QRectF(rect.center().x(), rect.center().y(), 300_000, 200_000), 0.0)
    qtbot.waitUntil(lambda: flows.zoom.level is None, timeout=2000)  # at the next paint
    assert sorted(i for b in flows.bundles for i in b.members) == list(range(flows.count))
    assert flows.left_out() == (0, 0.0)
    qtbot.waitUntil(lambda: window.legend.symbols.note == "", timeout=2000)  # queued
