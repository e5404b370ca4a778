"""Place, edit, drag, delete and undo data-centre sites; the comparison dock follows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication

from app.datasets.projection import to_map

ULANQAB = (113.13, 41.03)
QINGPU = (121.12, 31.15)


def _click(window, qtbot, lon, lat):
    x, y = to_map(lon, lat)
    scene = window.map.view_box.mapViewToScene(QPointF(float(x), float(y)))
    qtbot.mouseClick(
        window.map.viewport(), Qt.MouseButton.LeftButton, pos=window.map.mapFromScene(scene)
    )
    qtbot.wait(QApplication.doubleClickInterval() + 20)  # two clicks, not a double-click


@pytest.fixture
def two_sites(window, qtbot):
    # cards at the design load: no solve replaces them with solved-load cards mid-test (a
    # site the allocation leaves idle has no solved PUE)
    window.allocation.auto_action.setChecked(False)
    window.placement.place_action.setChecked(True)
    _click(window, qtbot, *ULANQAB)
    _click(window, qtbot, *QINGPU)
    window.placement.place_action.setChecked(False)
    sites = window.model.sites
    assert len(sites) == 2
    ulanqab, qingpu = sites
    window.placement.edit(qingpu.id, {"cooling": "chiller_tower"})
    return ulanqab.id, qingpu.id


def test_placing_sites_fills_the_comparison(window, two_sites):
    ulanqab, qingpu = (window.model.site(i) for i in two_sites)
    assert "Inner Mongolia" in ulanqab.name and "Shanghai" in qingpu.name
    assert ulanqab.lon == pytest.approx(ULANQAB[0], abs=0.2)  # within a pixel or two
    assert window.comparison.table.rowCount() == 2
    pues = window.comparison.column_values("Annual PUE")
    assert all(1.0 < float(p.split()[0]) < 1.6 for p in pues)  # "1.24 (1.18-1.31)"
    m_u = window.placement.metrics[ulanqab.id]
    m_q = window.placement.metrics[qingpu.id]
    # Shanghai's summer hump: July PUE above January; Ulanqab cooler all year.
    assert m_q.monthly_pue[6] > m_q.monthly_pue[0]
    assert m_u.free_hours > m_q.free_hours
    assert m_q.energy_cost_mcny > m_u.energy_cost_mcny  # dearer power in Shanghai
    assert len(window.comparison.pue_plot.getPlotItem().listDataItems()) == 2


def test_edit_then_undo_and_redo(window, two_sites):
    ulanqab = two_sites[0]
    window.placement.select(ulanqab)
    editor = window.site_editor
    assert window.inspector_stack.currentWidget() is editor
    card = window.placement.metrics[ulanqab]
    # the design-load energy (a solved card keeps it beside the solved figures)
    before = card.design_facility_energy_mwh if card.load_basis == "solved" else None
    before = before or card.facility_energy_mwh
    editor.capacity.setValue(100.0)
    assert window.model.site(ulanqab).capacity_mw == 100.0
    assert window.placement.metrics[ulanqab].facility_energy_mwh == pytest.approx(2 * before)
    window.undo_action.trigger()
    assert window.model.site(ulanqab).capacity_mw == 50.0
    assert editor.capacity.value() == 50.0  # the widget follows the model
    window.redo_action.trigger()
    assert window.model.site(ulanqab).capacity_mw == 100.0


def test_invalid_edit_is_refused_and_reported(window, two_sites):
    ulanqab = two_sites[0]
    assert not window.placement.edit(ulanqab, {"name": "  "})
    assert "name" in window.placement.last_error
    assert window.model.site(ulanqab).name.strip()


def test_drag_moves_site_and_one_undo_restores(window, two_sites):
    ulanqab = two_sites[0]
    start = window.model.site(ulanqab)
    steps = window.undo_stack.count()
    for i in range(1, 6):  # a drag of five mouse moves, 200 km south in all
        x, y = to_map(start.lon, start.lat - 0.36 * i)
        window.placement.item.sigSiteDragged.emit(ulanqab, float(x), float(y), i == 5)
    moved = window.model.site(ulanqab)
    assert moved.lat == pytest.approx(start.lat - 1.8, abs=0.01)
    assert window.undo_stack.count() == steps + 1  # the whole drag is one undo step
    window.undo_action.trigger()
    assert window.model.site(ulanqab).lat == pytest.approx(start.lat)


def test_delete_and_undo(window, two_sites):
    qingpu = two_sites[1]
    window.placement.select(qingpu)
    window.placement.delete_action.trigger()
    assert [s.id for s in window.model.sites] == [two_sites[0]]
    assert window.comparison.table.rowCount() == 1
    window.undo_action.trigger()
    assert len(window.model.sites) == 2 and window.comparison.table.rowCount() == 2


def test_table_and_map_selection_follow_each_other(window, two_sites):
    table = window.comparison.table
    row = next(
        r for r in range(2) if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == two_sites[1]
    )
    table.selectRow(row)
    assert window.placement.selected == two_sites[1]
    window.placement.select(two_sites[0])
    selected = table.selectionModel().selectedRows()
    assert table.item(selected[0].row(), 0).data(Qt.ItemDataRole.UserRole) == two_sites[0]


def test_placing_outside_china_does_nothing(window, qtbot):
    window.placement.place_action.setChecked(True)
    _click(window, qtbot, 140.0, 35.0)  # Japan
    assert window.model.sites == []


def test_own_weather_file_replaces_the_station(window, two_sites, tmp_path):
    import numpy as np

    ulanqab = two_sites[0]
    bad = tmp_path / "bad.csv"
    bad.write_text("tdb_c,rh_pct\n20,50\n")
    window.site_editor.ask_weather_file = lambda: str(bad)
    window.placement.select(ulanqab)
    window.site_editor._choose_weather()
    assert window.model.site(ulanqab).weather_file is None  # refused
    assert "bad.csv" in window.last_error
    hot = tmp_path / "hot.csv"
    hours = np.arange(8760)
    tdb = 30 + 5 * np.sin(2 * np.pi * hours / 24)
    lines = ["tdb_c,rh_pct"] + [f"{t:.2f},70" for t in tdb]
    hot.write_text("\n".join(lines) + "\n")
    before = window.placement.metrics[ulanqab].annual_pue
    window.site_editor.ask_weather_file = lambda: str(hot)
    window.site_editor._choose_weather()
    assert window.model.site(ulanqab).weather_file == str(hot)
    m = window.placement.metrics[ulanqab]
    assert "hot.csv" in m.station_text and m.annual_pue > before
    assert window.site_editor.weather.text() == "hot.csv"


def test_national_clusters_join_the_comparison(window, two_sites):
    menu = window.comparison.clusters_menu
    for action in menu.actions():
        if action.data() in ("helinger", "yrd_demo"):
            action.trigger()  # checkable: toggles on and refreshes
    names = window.comparison.column_values("Site")
    assert len(names) == 4 and any("Horinger" in n for n in names)
    cooling = dict(zip(names, window.comparison.column_values("Cooling"), strict=True))
    horinger = next(n for n in names if "Horinger" in n)
    assert cooling[horinger].startswith("Indirect evaporative")  # western reference cooling
    table = window.comparison.table
    row = names.index(horinger)
    table.selectRow(row)
    assert window.placement.selected is None and "Horinger" in window.inspector.title.text()


def test_facility_class_from_the_editor_changes_pue_and_undoes(window, two_sites):
    qingpu = two_sites[1]
    window.placement.select(qingpu)
    editor = window.site_editor
    assert editor.facility.currentData() == "large"  # the default for placed sites
    large = window.placement.metrics[qingpu]
    assert (
        f"{large.annual_pue:.2f} ({large.pue_p5:.2f}-{large.pue_p95:.2f}"
        in editor.evaluation.text()
    )
    editor.facility.setCurrentIndex(editor.facility.findData("hyperscale"))
    assert window.model.site(qingpu).facility == "hyperscale"
    assert window.placement.metrics[qingpu].annual_pue < large.annual_pue - 0.05
    window.undo_action.trigger()
    assert window.model.site(qingpu).facility == "large"
    assert editor.facility.currentData() == "large"
