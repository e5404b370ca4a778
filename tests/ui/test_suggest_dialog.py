"""Suggest sites from the window: the plan runs on a worker, shows why for each site, draws on
the map, and one action places it as one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt


def _only(box, keys):
    for i in range(box.count()):
        item = box.item(i)
        keep = item.data(Qt.ItemDataRole.UserRole) in keys
        item.setCheckState(Qt.CheckState.Checked if keep else Qt.CheckState.Unchecked)


def _suggest_at(window, qtbot, points, *, sites: int, alternatives: int, within=None):
    """The dialog's search for 200 MW in 100 MW steps among the points of ``points`` only
    (indirect evaporative, large class), run to its answer."""
    dialog = window.suggest_dialog()
    qtbot.addWidget(dialog)
    dialog.load_points(points)
    dialog.only_points.setChecked(True)
    dialog.add_mw.setValue(200)
    dialog.step_mw.setValue(100)
    dialog.min_mw.setValue(100)
    dialog.max_mw.setValue(200)
    dialog.max_sites.setValue(sites)
    dialog.alternatives.setValue(alternatives)
    if within is not None:
        dialog.within.setValue(within)
    _only(dialog.techs, {"indirect_evaporative"})
    _only(dialog.classes, {"large"})
    with qtbot.waitSignal(dialog.runner.sigDone, timeout=120_000):
        dialog.start()
    assert dialog.outcome is not None, dialog.summary.text()
    return dialog


def test_suggest_add_and_undo(window, qtbot, tmp_path):
    points = tmp_path / "points.csv"
    points.write_text("name,lon,lat\nUlanqab <b>A</b>,113.13,41.03\nZhongwei,105.19,37.51\n")
    dialog = _suggest_at(window, qtbot, points, sites=2, alternatives=1, within=50)
    assert dialog.table.rowCount() >= 2  # the best plan and an alternative
    why = dialog.table.item(0, dialog.table.columnCount() - 1).text()
    assert "PUE" in why and "serves" in why and "meets" in why  # e.g. pue.new_site
    assert len(dialog._markers) == len(dialog.outcome.plans)
    assert all(
        m.opts["tip"](x=0, y=0, data="<b>x</b>").count("&lt;b&gt;") == 1 for m in dialog._markers
    )
    pdf = dialog.export(tmp_path / "suggestion.pdf")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    xlsx = dialog.export(tmp_path / "plan v1.2")  # the typed name is kept, .xlsx appended
    assert xlsx == tmp_path / "plan v1.2.xlsx" and xlsx.exists()
    before = len(window.model.sites)
    dialog.plan_choice.setCurrentIndex(0)
    dialog.add_chosen()
    added = window.model.sites[before:]
    assert sum(s.capacity_mw for s in added) == 200
    assert all(s.name.startswith("Suggested: ") for s in added)
    window.undo_stack.undo()  # one step removes the whole plan
    assert len(window.model.sites) == before
    dialog.close()
    assert dialog._markers == []


def test_bad_settings_are_said_not_run(window, qtbot):
    dialog = window.suggest_dialog()
    qtbot.addWidget(dialog)
    dialog.add_mw.setValue(1000)
    dialog.max_mw.setValue(100)
    dialog.max_sites.setValue(2)
    dialog.start()
    assert "max_sites" in dialog.summary.text() and not dialog.runner.busy


def test_dry_provinces_by_either_name(window, qtbot):
    dialog = window.suggest_dialog()
    qtbot.addWidget(dialog)
    dialog.dry_provinces.setText("Ningxia, 内蒙古 、甘肃省; Atlantis")
    codes, unknown = dialog.dry_codes()
    assert sorted(codes) == [150000, 620000, 640000] and unknown == ["Atlantis"]
    assert dialog.request().no_water_provinces == frozenset(codes)
    dialog.start()
    assert "Atlantis" in dialog.summary.text() and not dialog.runner.busy


def test_chinese_summary_and_why_read_in_chinese(make_window, qtbot, tmp_path):
    """The solver's status, the climate station, the regions served, the stocks and clusters
    whose load is taken and the national targets, all in Chinese (they read "optimal",
    "Hunan stock", "pue.new_large")."""
    import re

    from app.ui.i18n import install_language

    points = tmp_path / "points.csv"
    points.write_text("name,lon,lat\n乌兰察布,113.13,41.03\n中卫,105.19,37.51\n")
    assert install_language("zh")
    try:
        window = make_window()
        dialog = _suggest_at(window, qtbot, points, sites=1, alternatives=0)
        summary = dialog.summary.text()
        assert summary.startswith("最优") and "optimal" not in summary
        why = dialog.table.item(0, dialog.table.columnCount() - 1).text()
        view = dialog.outcome.plans[0]
        w = next(iter(view.why.values()))
        assert w.targets_met and not any(i in why for i in w.targets_met)
        # Nothing English but the units and the term PUE.
        assert not set(re.findall(r"[A-Za-z]{3,}", why)) - {"PUE", "CNY", "kWh"}, why
    finally:
        install_language("en")
