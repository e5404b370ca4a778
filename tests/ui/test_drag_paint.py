"""A drag step paints the moved marker together with its frame, never alone, and what it paints is
cheap to build: load circles re-use their rendered symbols, flow groups are made once per
set of flows."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QGraphicsItem, QWidget

from app.datasets.projection import to_map
from app.ui.map.flows_item import (
    LOAD_DIAMETER_STEP_PX,
    LOAD_MAX_DIAMETER_PX,
    load_diameters,
    load_sites_item,
    set_load_sites,
)
from app.ui.map.paint_hold import PaintHold

ULANQAB = (113.13, 41.03)
LONG = 120_000  # ms: a synchronisation bound for a loaded machine, not a timing assertion


class _Paints(QObject):
    """Records, for each paint event of a widget, how many frames had been shown by then."""

    def __init__(self, widget, frames: list) -> None:
        super().__init__()
        self.frames, self.seen = frames, []
        widget.installEventFilter(self)

    def eventFilter(self, _obj, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            self.seen.append(len(self.frames))
        return False


def test_a_drag_step_paints_the_moved_marker_only_with_its_frame(window, qtbot):
    controller = window.allocation
    controller.paint_hold.max_ms = LONG  # the marker waits for its frame however slow the solve
    x, y = to_map(*ULANQAB)
    with qtbot.waitSignal(controller.sigEvaluated, timeout=LONG):
        site_id = window.placement.place_at(float(x), float(y)).id
    qtbot.waitUntil(lambda: not controller.runner.busy, timeout=LONG)
    frames: list = []
    controller.sigDragShown.connect(frames.append)
    paints = _Paints(window.map.viewport(), frames)
    for step in range(1, 4):
        x, y = to_map(ULANQAB[0], ULANQAB[1] - 0.2 * step)
        window.placement.item.sigSiteDragged.emit(site_id, float(x), float(y), False)
        qtbot.waitUntil(lambda n=step: len(frames) == n and bool(paints.seen), timeout=LONG)
        qtbot.waitUntil(lambda: not controller.runner.busy, timeout=LONG)
        # the marker was not painted on its own while the frame was being solved: every
        # paint since the move shows its frame (the window may paint the map again for its
        # own reasons, e.g. a late queued scene update on a loaded machine; CI saw [1, 1])
        assert paints.seen and set(paints.seen) == {step}, paints.seen
        paints.seen.clear()
    assert not window.progress.isVisible()  # no progress bar flickering at every step
    assert not controller.paint_hold.held


def test_the_hold_lets_the_marker_go_without_a_frame(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    hold = PaintHold(widget, max_ms=0)
    hold.hold()
    assert hold.held and not widget.updatesEnabled()
    qtbot.waitUntil(lambda: widget.updatesEnabled(), timeout=LONG)  # the deadline let it go
    assert not hold.held
    hold.hold()
    hold.release()
    assert widget.updatesEnabled() and not hold.held


def test_load_circles_keep_their_area_and_reuse_rendered_symbols(qtbot):
    load = np.array([0.0, 10.0, 250.0, 400.0, 1000.0])
    sizes = load_diameters(load, 1000.0)
    exact = LOAD_MAX_DIAMETER_PX * np.sqrt(load / 1000.0)
    assert sizes[-1] == LOAD_MAX_DIAMETER_PX and sizes[0] == 4.0  # capped, and a floor
    np.testing.assert_allclose(sizes[2:], exact[2:], atol=LOAD_DIAMETER_STEP_PX / 2)
    item = load_sites_item()
    ids = ["cluster:a", "stock:1", "stock:2", "site-1", "site-2"]
    xy, utilisation = np.arange(5.0), [0.0, 0.1, 0.5, 0.55, 1.0]
    set_load_sites(item, xy, xy, load, utilisation, ids)
    rendered = len(item.fragmentAtlas)
    assert rendered == 5
    moving = np.array([0, 1, 1, 1, 0])  # a drag moves some loads by fractions of a pixel
    for jitter in np.linspace(0, 0.01, 20):
        set_load_sites(item, xy, xy, load * (1 + jitter * moving), utilisation, ids)
    assert len(item.fragmentAtlas) <= rendered + 6  # not 5 new symbols a step
    assert item.data["brush"][2] is item.data["brush"][3]  # one brush per colour
    assert item.site_loads["site-1"] == pytest.approx((404.0, 0.55))


def test_the_map_draws_the_flows_that_leave_their_province(window, qtbot):
    """The map reads the pair arrays; the result's flows table (pandas) says the same."""
    controller = window.allocation
    x, y = to_map(*ULANQAB)
    with qtbot.waitSignal(controller.sigEvaluated, timeout=LONG):
        window.placement.place_at(float(x), float(y))
    qtbot.waitUntil(lambda: not controller.runner.busy, timeout=LONG)
    res, names = controller.preview.scenario, controller.names
    table = res.flows[res.flows["region"] != res.flows["site_province"]]
    columns = (table[c] for c in ("region", "site", "class", "mw"))
    expected = sorted(
        (names[r], names[s], c, round(mw, 9)) for r, s, c, mw in zip(*columns, strict=True)
    )
    flows = controller.flows
    drawn = sorted((*f[:3], round(f[3], 9)) for f in map(flows.flow, range(flows.count)))
    assert drawn == expected and len(drawn) > 10
    loads = controller.loads.data
    assert list(loads["data"]) == list(res.problem.sites.ids)
    assert controller.loads.site_loads[res.problem.sites.ids[0]][0] == res.site_load_mw[0]


def test_without_auto_solve_a_drag_still_moves_the_card(window, qtbot):
    """Frames bring the dragged site's card only while auto-solve is on; without it the
    card is computed at each move, as for any edit."""
    controller = window.allocation
    x, y = to_map(*ULANQAB)
    with qtbot.waitSignal(controller.sigEvaluated, timeout=LONG):
        site_id = window.placement.place_at(float(x), float(y)).id
    qtbot.waitUntil(lambda: not controller.runner.busy, timeout=LONG)
    controller.auto_action.setChecked(False)
    before = window.placement.metrics[site_id]
    x, y = to_map(102.7, 25.0)  # Kunming: another province, another station
    window.placement.item.sigSiteDragged.emit(site_id, float(x), float(y), False)
    card = window.placement.metrics[site_id]
    assert not controller.runner.busy  # nothing solves
    assert card is not before and card.province_adcode == 530000 != before.province_adcode
    assert card.station != before.station
    assert window.placement.describe(site_id) in window.site_editor.evaluation.text()
    window.placement.item.sigSiteDragged.emit(site_id, float(x), float(y), True)
    assert not window.placement.cards_from_frames


def _pixels(image) -> np.ndarray:
    """(height, width, 4) bytes of an RGB32 copy (its own memory: the image may go)."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), -1)
    return rows[:, : image.width() * 4].reshape(image.height(), image.width(), 4).copy()


def test_while_dragging_the_still_layers_are_replayed_not_redrawn(window, qtbot):
    controller, cached = window.allocation, QGraphicsItem.CacheMode.DeviceCoordinateCache
    x, y = to_map(*ULANQAB)
    with qtbot.waitSignal(controller.sigEvaluated, timeout=LONG):
        site_id = window.placement.place_at(float(x), float(y)).id
    qtbot.waitUntil(lambda: not controller.runner.busy, timeout=LONG)
    provinces, labels = window.national.provinces, window.national.cluster_labels[0]
    assert provinces.cacheMode() != cached
    with qtbot.waitSignal(controller.sigDragShown, timeout=LONG):
        x, y = to_map(ULANQAB[0], ULANQAB[1] - 0.5)
        window.placement.item.sigSiteDragged.emit(site_id, float(x), float(y), False)
    qtbot.waitUntil(lambda: not controller.paint_hold.held, timeout=LONG)
    assert provinces.cacheMode() == cached and window.national.hubs.cacheMode() == cached
    assert labels.cacheMode() != cached  # they keep clear of the moving site's name
    replayed = _pixels(window.map.grab().toImage())
    window.map.cache_layers(controller._still_layers(), False)
    drawn = _pixels(window.map.grab().toImage())
    window.map.cache_layers(controller._still_layers(), True)
    differ = np.abs(replayed.astype(int) - drawn.astype(int)).max(axis=2) > 24
    assert differ.mean() < 0.001, differ.sum()  # the same map, to a few edge pixels
    with qtbot.waitSignal(controller.sigEvaluated, timeout=LONG):  # let go
        window.placement.item.sigSiteDragged.emit(site_id, float(x), float(y), True)
    assert provinces.cacheMode() != cached  # panning and zooming draw directly again


def test_when_a_frame_cannot_come_the_card_still_moves(window, qtbot, tmp_path):
    """A scenario whose base data is gone cannot be solved: the drag says so and the card
    follows the site from its own figures."""
    controller = window.allocation
    x, y = to_map(*ULANQAB)
    with qtbot.waitSignal(controller.sigEvaluated, timeout=LONG):
        site_id = window.placement.place_at(float(x), float(y)).id
    qtbot.waitUntil(lambda: not controller.runner.busy, timeout=LONG)
    before = window.placement.metrics[site_id]
    window.model.scenario.base["tariffs"] = str(tmp_path / "gone.csv")
    x, y = to_map(102.7, 25.0)  # Kunming
    window.placement.item.sigSiteDragged.emit(site_id, float(x), float(y), False)
    assert "gone.csv" in controller.last_error and not controller.runner.busy
    card = window.placement.metrics[site_id]
    assert card is not before and card.province_adcode == 530000
    assert not controller.paint_hold.held  # nothing to wait for: the map paints
    window.placement.item.sigSiteDragged.emit(site_id, float(x), float(y), True)
    assert window.placement.metrics[site_id].province_adcode == 530000
