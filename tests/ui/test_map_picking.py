"""Clicks in dense provinces pick what a GIS user expects (app.ui.map.picking): real clicks on
the map at points computed from the provinces' geometry, in Beijing/Tianjin/Hebei and
Shanghai/Jiangsu/Zhejiang, with the climate stations shown and hidden, and on load circles."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from PySide6.QtCore import QPointF, Qt

from app.ui.map.picking import LOAD_PICK_PX, STATION_PICK_PX
from tests.ui.docks import in_front

DENSE = {110000: "Beijing", 120000: "Tianjin", 130000: "Hebei"}
DENSE |= {310000: "Shanghai", 320000: "Jiangsu", 330000: "Zhejiang"}
EAST = (113.0, 28.5, 123.0, 42.5)  # lon/lat box holding both regions


def _widget(window, x, y):
    return window.map.mapFromScene(window.map.view_box.mapViewToScene(QPointF(x, y)))


def _click(window, qtbot, x, y):
    qtbot.mouseClick(window.map.viewport(), Qt.MouseButton.LeftButton, pos=_widget(window, x, y))


def _pixel(window) -> float:
    return float(window.map.view_box.viewPixelSize()[0])


def _markers(window, item) -> np.ndarray:
    return np.column_stack([item.data["x"], item.data["y"]]) if len(item.data) else np.zeros((0, 2))


def _clear_point(window, code: int, clear_px: float) -> tuple[float, float]:
    """A point 3 px inside province ``code``, at least ``clear_px`` from every station,
    cluster and load centre (so nothing but the province is meant)."""
    atlas, px = window.atlas, _pixel(window)
    shape = atlas.boundaries.geometries[atlas.boundaries.position(code)].buffer(-3 * px)
    west, south, east, north = shape.bounds
    centres = np.vstack(
        [
            _markers(window, window.national.stations),
            _markers(window, window.national.clusters),
            _markers(window, window.allocation.loads),
        ]
    )
    xs, ys = np.meshgrid(np.arange(west, east, 2 * px), np.arange(south, north, 2 * px))
    xs, ys = xs.ravel(), ys.ravel()
    far = np.hypot(xs[:, None] - centres[:, 0], ys[:, None] - centres[:, 1]).min(1) / px
    ok = np.flatnonzero((far >= clear_px) & shapely.contains_xy(shape, xs, ys))
    if len(ok):
        return float(xs[ok[0]]), float(ys[ok[0]])
    raise AssertionError(f"no clear point in {code}")


@pytest.fixture
def east(window, qtbot):
    window.map.show_lonlat(EAST)
    qtbot.wait(10)
    return window


def test_clicks_in_dense_provinces_select_the_province_under_the_pointer(east, qtbot):
    window = east
    window.map.set_visible("stations", True)  # as a PUE metric leaves it
    for code, name in DENSE.items():
        window.assumptions_dock.raise_()  # the inspector behind a tab
        x, y = _clear_point(window, code, STATION_PICK_PX + 2)
        _click(window, qtbot, x, y)
        assert window.selected_code == code, name
        assert window.inspector.title.text() == name
        assert in_front(window, window.inspector_dock)  # brought forward
        assert name in window.hover_text(x, y)  # the tooltip names what a click picks
    # A placed site comes first, even over a station dot and in a province's middle.
    x, y = _clear_point(window, 120000, STATION_PICK_PX + 2)
    site = window.placement.place_at(x, y)
    window.assumptions_dock.raise_()
    _click(window, qtbot, x, y)
    assert window.placement.selected == site.id and in_front(window, window.inspector_dock)


def test_a_station_is_picked_only_on_its_dot_and_only_while_shown(east, qtbot):
    window, atlas = east, east.atlas
    window.map.set_visible("stations", True)
    stations = atlas.stations
    clusters = _markers(window, window.national.clusters)
    px = _pixel(window)
    # A station in Hebei that no cluster marker covers.
    name = next(
        s
        for s in stations.index
        if atlas.province_at(stations.at[s, "x"], stations.at[s, "y"]) == 130000
        and np.hypot(*(clusters - stations.loc[s, ["x", "y"]].to_numpy(float)).T).min() > 12 * px
    )
    x, y = float(stations.at[name, "x"]), float(stations.at[name, "y"])
    _click(window, qtbot, x, y)
    assert window.inspector.title.text().endswith(name) and window.selected_code is None
    assert len(window.station_mark.data) == 1
    # Just beyond the dot's pick radius the province under the pointer wins.
    off = (STATION_PICK_PX + 2) * px
    for dx, dy in ((off, 0), (-off, 0), (0, off), (0, -off)):
        code = atlas.province_at(x + dx, y + dy)
        if code is not None:
            break
    _click(window, qtbot, x + dx, y + dy)
    assert window.selected_code == code and len(window.station_mark.data) == 0
    # Hidden, the station is not picked even on its centre.
    window.map.set_visible("stations", False)
    _click(window, qtbot, x, y)
    assert window.selected_code == 130000


def test_load_circles_are_picked_near_their_centre_clusters_before_them(window, qtbot):
    atlas = window.atlas  # China framed: the dense east's circles overlap its provinces
    window.allocation.auto_action.setChecked(False)
    with qtbot.waitSignal(window.allocation.sigSolved, timeout=20_000):
        window.allocation.solve_action.trigger()
    loads, px = window.allocation.loads, _pixel(window)
    ids = list(loads.data["data"])
    centres = np.column_stack([loads.data["x"], loads.data["y"]])
    clusters = _markers(window, window.national.clusters)
    reach = (LOAD_PICK_PX + 2) * px
    spots = []  # (stock id, centre, a point in its drawn circle over another province)
    for code in DENSE:
        i = ids.index(f"stock:{code}")
        if loads.data["size"][i] / 2 <= LOAD_PICK_PX + 2:
            continue
        for angle in np.linspace(0, 2 * np.pi, 24, endpoint=False):
            p = centres[i] + reach * np.array([np.cos(angle), np.sin(angle)])
            other = atlas.province_at(*p)
            clear = np.hypot(*(centres - p).T).min() > (LOAD_PICK_PX + 1) * px
            clear &= np.hypot(*(clusters - p).T).min() > 8 * px
            if other not in (None, code) and clear:
                spots.append((code, centres[i], p, other))
                break
    assert spots, "no dense-province circle reaches over a neighbour at this zoom"
    for code, centre, point, other in spots:
        window.select_province(None)
        _click(window, qtbot, *point)  # in the drawn circle, beyond its pick radius
        assert window.selected_code == other, (code, other)
        _click(window, qtbot, *centre)  # its centre: the stock's province
        assert window.selected_code == code
    # A cluster's marker beats its own load square: the cluster's figures.
    shown = window.map.visible_rect()
    c = next(
        j
        for j, s in enumerate(ids)
        if s.startswith("cluster:") and shown.contains(loads.data["x"][j], loads.data["y"][j])
    )
    cid = ids[c].removeprefix("cluster:")
    window.assumptions_dock.raise_()
    _click(window, qtbot, float(loads.data["x"][c]), float(loads.data["y"][c]))
    assert window.inspector.title.text() == str(atlas.clusters.at[cid, "name_en"])
    assert in_front(window, window.inspector_dock)
