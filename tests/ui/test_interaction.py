"""Tooltips, station hover and selection, leaving placement, site names that follow their
place, flows with legend, tooltips and class toggles, tables that follow every solve."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QToolTip

from app.datasets.projection import to_map
from app.ui.map.flows_item import LOAD_MAX_DIAMETER_PX

ULANQAB = (113.13, 41.03)
HOHHOT = (111.75, 40.84)


def _xy(lon, lat):
    x, y = to_map(lon, lat)
    return float(x), float(y)


def _widget_point(window, lon, lat):
    scene = window.map.view_box.mapViewToScene(QPointF(*_xy(lon, lat)))
    return window.map.mapFromScene(scene)


def _solve(window, qtbot):
    with qtbot.waitSignal(window.allocation.sigSolved, timeout=20_000):
        window.allocation.solve_action.trigger()
    return window.allocation.preview


def test_tooltip_comes_back_on_every_move_with_the_metric_value(window, qtbot):
    viewport = window.map.viewport()
    qtbot.mouseMove(viewport, _widget_point(window, 116.4, 39.9))  # a real move, whatever
    qtbot.waitUntil(lambda: "Beijing" in window.province_label.text(), timeout=2000)
    qtbot.mouseMove(viewport, _widget_point(window, 121.47, 31.23))  # an earlier test left
    qtbot.waitUntil(lambda: "Shanghai" in window.province_label.text(), timeout=2000)
    assert QToolTip.isVisible() and "Shanghai" in QToolTip.text()
    QToolTip.hideText()  # Qt hides it after a while; moving inside Shanghai brings it back
    qtbot.mouseMove(viewport, _widget_point(window, 121.40, 31.20))
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    price = window.atlas.provinces.at[310000, "price_cny_per_kwh"]
    assert f"Electricity price: {price:.3f} CNY/kWh" in QToolTip.text()


def test_pue_mode_tooltips_show_pue_for_provinces_and_stations(window, qtbot, atlas):
    with qtbot.waitSignal(window.sigMetricShown, timeout=120000):  # computed on a worker
        window.set_metric("pue:indirect_evaporative")
    window.map.set_visible("stations", False)  # the province, not Yinchuan's station
    text = window.hover_text(*_xy(106.27, 38.47))  # Ningxia
    mean = window.national.current_values[640000]
    assert f"{mean:.3f}" in text and "Estimated PUE" in text
    window.map.set_visible("stations", True)
    station = atlas.stations.loc["Guiyang"]
    text = window.hover_text(float(station["x"]), float(station["y"]))
    assert "Guiyang" in text
    assert f"{window.national.station_pue.annual['Guiyang']:.3f}" in text
    # Clicking a station rings it (Lhasa: Guiyang's dot lies under the Gui'an cluster's
    # marker, which a click picks first); clicking a province clears the ring.
    station = atlas.stations.loc["Lhasa"]
    qtbot.mouseClick(
        window.map.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.map.mapFromScene(
            window.map.view_box.mapViewToScene(QPointF(float(station["x"]), float(station["y"])))
        ),
    )
    assert len(window.station_mark.data) == 1
    assert window.station_mark.data[0]["x"] == pytest.approx(float(station["x"]))
    assert "Lhasa" in window.inspector.title.text()
    window.map.set_visible("stations", False)  # so the click lands on the province
    qtbot.mouseClick(
        window.map.viewport(), Qt.MouseButton.LeftButton, pos=_widget_point(window, 87.6, 43.8)
    )
    assert len(window.station_mark.data) == 0


def test_escape_and_right_click_leave_placement(window, qtbot):
    action = window.placement.place_action
    action.trigger()
    assert action.isChecked()
    assert window.escape_action.shortcut() == QKeySequence(Qt.Key.Key_Escape)
    window.escape_action.trigger()
    assert not action.isChecked()
    action.trigger()
    qtbot.mouseClick(
        window.map.viewport(), Qt.MouseButton.RightButton, pos=_widget_point(window, *ULANQAB)
    )
    assert not action.isChecked()
    assert window.model.sites == []  # the right-click placed nothing


def test_sites_are_named_after_their_place_until_the_planner_names_them(window):
    placement = window.placement
    site = placement.place_at(*_xy(*ULANQAB))
    assert site.name == "Ulanqab, Inner Mongolia"  # English names in the English window
    tip = window.hover_text(*_xy(site.lon, site.lat))  # the marker's tooltip
    assert site.name in tip and "Annual PUE" in tip
    second = placement.place_at(*_xy(113.2, 41.1))
    assert second.name == "Ulanqab, Inner Mongolia 2"  # unique
    placement.move(site.id, *_xy(*HOHHOT))
    assert window.model.site(site.id).name == "Hohhot, Inner Mongolia"
    window.undo_action.trigger()
    assert window.model.site(site.id).name == "Ulanqab, Inner Mongolia"
    placement.edit(site.id, {"name": "North campus"})
    placement.move(site.id, *_xy(*HOHHOT))
    assert window.model.site(site.id).name == "North campus"  # the planner's name stays


def test_flows_have_legend_tooltips_direction_and_class_toggles(window, qtbot):
    window.allocation.auto_action.setChecked(False)
    window.allocation.assumptions.status_quo.migration_cost.setValue(0.0)  # free moves
    site = window.placement.place_at(*_xy(*ULANQAB))
    window.placement.edit(site.id, {"capacity_mw": 1500.0})
    _solve(window, qtbot)
    flows = window.allocation.flows
    assert flows.count > 0
    symbols = window.legend.symbols
    assert {label for _, label in symbols.lines} >= {"Training / batch"}
    assert len(symbols.widths) == 2 and symbols.widths[0][0] > symbols.widths[1][0]
    assert symbols.circles and symbols.circles[0][1].endswith("MW load")
    # Tooltip on a line (a flow or a bundle's trunk): from, to, and its MW, the sum of its
    # flows' MW.
    src, dst, cls, mw = flows.flow(0)
    pixel = window.map.view_box.viewPixelSize()[0]
    for i, bundle in enumerate(flows.bundles):
        assert bundle.mw == pytest.approx(sum(flows.flow(j)[3] for j in bundle.members))
        (x0, y0), (x1, y1) = bundle.junction, bundle.end
        x, y = (x0 + x1) / 2, (y0 + y1) / 2
        if window.tips.picker.pick(x, y, ("load",)) is None and flows.bundle_at(x, y, pixel) == i:
            break  # a trunk's middle, off every marker and every line drawn over it
    text = window.hover_text(x, y)
    assert "→" in text and f"{bundle.mw:,.1f} MW" in text
    # Load circles: capped, area proportional to load, with a tooltip.
    loads = window.allocation.loads
    sizes = loads.data["size"]
    assert sizes.max() <= LOAD_MAX_DIAMETER_PX + 1e-9
    i = list(loads.data["data"]).index(site.id)
    load = window.allocation.preview.scenario.sites_table.loc[site.id, "load_mw"]
    ratio = (sizes[i] / sizes.max()) ** 2  # area ratio = load ratio
    assert ratio == pytest.approx(load / loads.top_mw, rel=1e-6) or sizes[i] == 4.0
    c = next(j for j, sid in enumerate(loads.data["data"]) if sid.startswith("cluster:"))
    window.flow_class_actions["training"].setChecked(False)
    text = window.hover_text(float(loads.data["x"][c]), float(loads.data["y"][c]))
    window.flow_class_actions["training"].setChecked(True)
    cluster = loads.data["data"][c]
    assert window.allocation.names[cluster] in text and "Utilisation" in text
    # Hiding a class hides its flows and its legend row.
    before = flows.visible_count()
    window.flow_class_actions["training"].setChecked(False)
    assert flows.visible_count() < before
    assert "Training / batch" not in {label for _, label in window.legend.symbols.lines}
    window.flow_class_actions["training"].setChecked(True)
    assert flows.visible_count() == before
    assert src and dst and cls and mw > 0


def test_served_at_table_follows_every_solve(window, qtbot):
    window.allocation.auto_action.setChecked(False)
    window.allocation.assumptions.status_quo.migration_cost.setValue(0.0)  # free moves
    _solve(window, qtbot)
    results = window.allocation.results
    table = results.provinces
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Beijing")
    table.selectRow(row)
    before = {results.detail.item(r, 0).text() for r in range(results.detail.rowCount())}
    site = window.placement.place_at(*_xy(*ULANQAB))
    window.placement.edit(site.id, {"capacity_mw": 1500.0})
    _solve(window, qtbot)  # no re-selection
    after = {results.detail.item(r, 0).text() for r in range(results.detail.rowCount())}
    assert window.model.site(site.id).name in after and after != before
    QApplication.processEvents()
