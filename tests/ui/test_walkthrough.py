"""A planner's afternoon (shared/WALKTHROUGH.md, steps 1-7) driven through the real window."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from app.datasets.projection import to_map
from app.paths import DATA_DIR
from app.ui.describe import province_tooltip


def _widget_point(window, lon, lat):
    x, y = to_map(lon, lat)
    return window.map.mapFromScene(window.map.view_box.mapViewToScene(QPointF(float(x), float(y))))


def _solve(window, qtbot):
    with qtbot.waitSignal(window.allocation.sigSolved, timeout=20_000):
        window.allocation.solve_action.trigger()
    return window.allocation.preview


def test_a_planners_afternoon(window, qtbot, tmp_path):
    # 1. Open: provinces by electricity price; hovering Ningxia shows tariff basis and hub.
    assert window.legend.spec.title.startswith("Electricity price")
    qtbot.mouseMove(window.map.viewport(), _widget_point(window, 106.27, 38.47))
    qtbot.waitUntil(lambda: "Ningxia" in window.province_label.text(), timeout=2000)
    tip = province_tooltip(window.atlas, 640000)  # what the hover shows
    assert "estimate" in tip and "Ningxia" in tip and "kgCO2/kWh" in tip

    # 2. Where is cooling cheap? West and north beat the south-east for indirect evaporative.
    with qtbot.waitSignal(window.sigMetricShown, timeout=120000):  # computed on a worker
        window.metric_combo.setCurrentIndex(
            window.metric_combo.findData("pue:indirect_evaporative")
        )
    pue = window.national.station_pue.annual
    assert pue["Guiyang"] < pue["Guangzhou"]

    # 3. Place two candidates; compare; undo and redo the last edit.
    window.allocation.auto_action.setChecked(False)
    window.placement.place_action.setChecked(True)
    for lon, lat in ((113.13, 41.03), (121.12, 31.15)):
        qtbot.mouseClick(
            window.map.viewport(), Qt.MouseButton.LeftButton, pos=_widget_point(window, lon, lat)
        )
        qtbot.wait(300)
    window.placement.place_action.setChecked(False)
    ulanqab, qingpu = (s.id for s in window.model.sites)
    window.placement.edit(
        ulanqab, {"name": "Ulanqab", "capacity_mw": 50.0, "tariff_cny_per_kwh": 0.1}
    )  # cheap power: the allocation loads it
    window.placement.edit(qingpu, {"name": "Qingpu", "cooling": "chiller_tower"})
    assert window.comparison.table.rowCount() == 2
    m_q = window.placement.metrics[qingpu]
    assert m_q.monthly_pue[6] > m_q.monthly_pue[0]  # Shanghai's summer hump
    window.undo_action.trigger()
    assert window.model.site(qingpu).cooling != "chiller_tower"
    window.redo_action.trigger()
    assert window.model.site(qingpu).cooling == "chiller_tower"

    # 4. What would move? Solve: remote flows appear, sensitive data stays in-province.
    window.placement.edit(ulanqab, {"capacity_mw": 1500.0})
    preview = _solve(window, qtbot)
    assert window.allocation.flows.count > 0
    flows = preview.scenario.flows
    sensitive = flows[flows["class"] == "sensitive"]
    assert (sensitive["region"] == sensitive["site_province"]).all()
    assert preview.scenario.sites_table.loc[ulanqab, "load_mw"] > 0
    assert preview.shift.region("110000")["after_mw"].sum() > 0

    # 5. A what-if: move Ulanqab 200 km south, raise the carbon price, override Guangdong's
    # tariff in the inspector.
    x, y = to_map(113.13, 41.03 - 1.8)
    window.placement.item.sigSiteDragged.emit(ulanqab, float(x), float(y), True)
    panel = window.allocation.assumptions
    panel.carbon.setValue(300.0)
    window.select_province(440000)
    tariff = window.inspector.overrides.edits["tariff_cny_per_kwh"]
    tariff.setText("0.45")
    tariff.editingFinished.emit()
    preview = _solve(window, qtbot)
    assert preview.scenario.problem.carbon_price_cny_per_t == 300.0
    sites = preview.scenario.problem.sites
    assert sites.tariff_cny_per_kwh[list(sites.ids).index("stock:440000")] == 0.45

    # 6. Keep it: save, the title loses its asterisk.
    target = tmp_path / "western-expansion.toml"
    window.document.ask_file = lambda mode: str(target)
    assert window.isWindowModified()
    assert window.document.save()
    assert not window.isWindowModified()
    from app.io.scenario_file import load_scenario

    assert load_scenario(target).assumptions.tariff_cny_per_kwh == {440000: 0.45}

    # 7. Compare with the baseline and export the reports.
    dialog = window.compare_with([DATA_DIR / "scenarios" / "baseline.toml"])
    assert dialog.totals.columnCount() == 5  # total, unit, current, baseline, change
    dialog.close()
    [pdf] = window.export_report(tmp_path / "report.pdf")
    [xlsx] = window.export_report(tmp_path / "report.xlsx")
    assert pdf.stat().st_size > 50_000 and xlsx.stat().st_size > 5_000


def test_the_afternoon_starts_in_chinese_too(make_window):
    from app.ui.i18n import install_language

    install_language("zh")
    try:
        win = make_window()
        assert win.legend.spec.title.startswith("电价")
        assert "文件" in win.menuBar().actions()[0].text()
    finally:
        install_language("en")
