"""Issue 20: a window that behaves like a desktop application (layout reset, tooltips, undo in
an override field, scenario names, screen size, selection, map view)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDockWidget

from tests.ui.docks import in_front


def _started(qtbot, atlas):
    """A window built as the app builds it: the map painted first, the rest after."""
    from app.ui.main_window import MainWindow

    win = MainWindow(atlas, paint_first=True)
    win.show_error = lambda title, message: setattr(win, "last_error", message)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.sigReady, timeout=30_000):
        win.show()
    win.document.ask = lambda title, text, choices: (
        "discard" if "discard" in choices else choices[-1]
    )
    return win


def _everything_shown(win) -> bool:
    docks = win.findChildren(QDockWidget)
    return win.toolbar.isVisible() and len(docks) >= 5 and all(not d.isHidden() for d in docks)


def test_reset_layout_keeps_toolbar_and_docks_across_a_restart(qtbot, atlas):
    win = _started(qtbot, atlas)
    win.results_dock.hide()
    win.reset_layout_action.trigger()
    qtbot.waitUntil(lambda: _everything_shown(win), timeout=3000)
    win.close()
    again = _started(qtbot, atlas)
    qtbot.waitUntil(lambda: _everything_shown(again), timeout=3000)


def _widget_point(win, lon, lat):
    from PySide6.QtCore import QPointF

    from app.datasets.projection import to_map

    x, y = to_map(lon, lat)
    return win.map.mapFromScene(win.map.view_box.mapViewToScene(QPointF(float(x), float(y))))


def test_map_tooltip_stays_while_the_pointer_rests(window, qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    point = _widget_point(window, 88.0, 31.5)  # Tibet
    qtbot.mouseMove(window.map.viewport(), point)
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    text = QToolTip.text()
    assert "Tibet" in text
    # what Qt sends once the pointer rests: it used to hide our tooltip after about a second
    viewport = window.map.viewport()
    QApplication.sendEvent(
        viewport, QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
    )
    qtbot.wait(700)  # a hidden tip goes on a 300 ms timer; this only waits, never times
    assert QToolTip.isVisible() and QToolTip.text() == text


def test_province_override_shows_on_map_tooltip_and_inspector(window, atlas):
    window.allocation.auto_action.setChecked(False)
    window.select_province(440000)  # Guangdong, price map shown
    row = atlas.boundaries.position(440000)
    before = window.national.provinces.fill(row)
    tariff = window.inspector.overrides.edits["tariff_cny_per_kwh"]
    tariff.setText("1.9")  # dearer than every province: the top class
    tariff.editingFinished.emit()
    assert window.national.current_values[440000] == 1.9
    assert window.national.provinces.fill(row) != before
    assert "1.9000" in window.inspector.value("Electricity price")
    assert window.inspector.value("Price basis") == "your override (this scenario)"
    assert window.inspector.overrides.isVisibleTo(window)  # still there to edit again
    x, y = atlas.province_points.loc[440000, ["lon", "lat"]]
    from app.datasets.projection import to_map

    tip = window.hover_text(*(float(v) for v in to_map(x, y)))
    assert "1.9000" in tip and "override" in tip
    window.undo_action.trigger()
    builtin = atlas.provinces.at[440000, "price_cny_per_kwh"]
    assert window.national.current_values[440000] == builtin
    assert window.national.provinces.fill(row) == before


def test_ctrl_z_right_after_typing_an_override_undoes_it(window, qtbot):
    from PySide6.QtCore import Qt

    window.allocation.auto_action.setChecked(False)
    window.activateWindow()
    window.select_province(440000)
    tariff = window.inspector.overrides.edits["tariff_cny_per_kwh"]
    window.inspector_dock.raise_()
    tariff.setFocus()
    qtbot.keyClicks(tariff, "0.45")
    qtbot.keyClick(tariff, Qt.Key.Key_Return)
    assert window.model.scenario.assumptions.tariff_cny_per_kwh == {440000: 0.45}
    assert tariff.hasFocus()
    qtbot.keyClick(tariff, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.model.scenario.assumptions.tariff_cny_per_kwh == {}
    assert tariff.text() == ""
    # typing not yet entered is the field's own to undo
    qtbot.keyClicks(tariff, "0.5")
    qtbot.keyClick(tariff, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.model.scenario.assumptions.tariff_cny_per_kwh == {}


def test_save_as_names_the_scenario_for_reports_and_recovery(window, tmp_path):
    from app.io import recovery

    window.placement.place_at(*_map_xy(113.13, 41.03))
    target = tmp_path / "my-plan.toml"
    window.document.ask_file = lambda mode: str(target)
    assert window.document.save_as()
    assert window.windowTitle().startswith("my-plan.toml")
    assert window.model.scenario.name == "my-plan"
    assert window.current_scenario().name == "my-plan"  # the report's and workbook's title
    window.placement.place_at(*_map_xy(106.27, 38.47))  # unsaved: the autosave names it too
    assert recovery.recovery_info(window.document.autosave()).scenario_name == "my-plan"
    # the export dialog proposes the scenario's name in its folder
    assert window._export_folder() == tmp_path
    from app.ui.window_files import _file_stem

    assert _file_stem("my/plan: v2?") == "my-plan- v2"


def _map_xy(lon, lat):
    from app.datasets.projection import to_map

    return tuple(float(v) for v in to_map(lon, lat))


def test_command_line_names_a_scenario_to_open_and_the_language_is_kept(qapp, tmp_path):
    from app.cli import parse
    from app.ui.i18n import saved_language

    args = parse(["my-plan.toml"])
    assert args.command is None and args.open_files == ["my-plan.toml"]
    assert not args.lang_given
    assert parse(["--lang", "zh", "plan.toml"]).lang_given
    assert parse(["validate", "x.toml"]).open_files == []  # a command's own argument
    assert saved_language() == "en"


def test_language_menu_saves_the_choice_for_the_next_start(window):
    from app.ui.i18n import saved_language

    window.language_actions["zh"].trigger()
    assert saved_language() == "zh"
    assert "next start" in window.statusBar().currentMessage()
    assert window.language_actions["zh"].isChecked()


def test_map_labels_keep_every_glyph(qapp):
    """A label's pixmap leaves its halo inside: no glyph cut at the right or the bottom."""
    from PySide6.QtGui import QFont

    from app.ui.map.layers import _draw_halo

    font = QFont()
    font.setPointSize(8)
    font.setBold(True)
    for text in ("Zhongwei campus", "Chongqing", "乌兰察布市", "Horinger (Helinger)"):
        image = _draw_halo(text, font).toImage()
        w, h = image.width(), image.height()
        right = max(image.pixelColor(w - 1, y).alpha() for y in range(h))
        bottom = max(image.pixelColor(x, h - 1).alpha() for x in range(w))
        assert right == 0 and bottom == 0, text


def test_wheel_over_the_station_curve_scrolls_the_dock(window, atlas, qtbot):
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    with qtbot.waitSignal(window.sigMetricShown, timeout=120000):  # computed on a worker
        window.set_metric("pue:indirect_evaporative")
    window.show_station("Yinchuan")  # what a click on its dot picks
    curve = window.inspector.curve
    assert curve.isVisibleTo(window)
    before = curve.getViewBox().viewRange()
    pos = QPointF(curve.width() / 2, curve.height() / 2)
    wheel = QWheelEvent(
        pos,
        curve.mapToGlobal(pos),
        QPoint(0, 0),
        QPoint(0, -240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(curve.viewport(), wheel)
    assert not wheel.isAccepted()  # passed on to the scroll area holding the inspector
    assert curve.getViewBox().viewRange() == before


def test_window_and_compare_dialog_fit_the_screen(qtbot, atlas, tmp_path):
    from app.ui.main_window import MainWindow

    win = MainWindow(atlas)  # the offscreen screen is 800x800: smaller than 1400x900
    qtbot.addWidget(win)
    free = win.screen().availableGeometry()
    assert free.contains(win.frameGeometry()) or (
        win.width() <= free.width() and win.height() <= free.height()
    )
    assert win.width() < 1400 and win.height() < 900


def test_load_circles_open_their_site_and_a_province_raises_the_inspector(window, qtbot):
    window.allocation.auto_action.setChecked(False)
    window.results_dock.raise_()
    window.assumptions_dock.raise_()  # tabbed over the inspector
    assert not in_front(window, window.inspector_dock)
    window.select_province(440000)
    assert in_front(window, window.inspector_dock)
    with qtbot.waitSignal(window.allocation.sigSolved, timeout=20_000):
        window.allocation.solve_action.trigger()
    loads = window.allocation.loads
    by_id = {str(p.data()): p for p in loads.points()}
    cluster = next(s for s in by_id if s.startswith("cluster:"))
    stock = next(s for s in by_id if s.startswith("stock:"))
    assert by_id[cluster].symbol() == "s" and by_id[stock].symbol() == "o"  # not alike
    legend = {c.name() for c, _ in window.legend.symbols.lines}
    for _, pen, _, _ in window.allocation.flows._lines:  # opaque, exactly a legend colour
        assert pen.color().alpha() == 255 and pen.color().name() in legend
    window.assumptions_dock.raise_()
    window.show_load(cluster)  # what a click on the circle picks (tests/ui/test_map_picking.py)
    assert in_front(window, window.inspector_dock)
    name = window.allocation.names[cluster]
    assert window.inspector.title.text() in name or name in window.inspector.title.text()
    window.show_load(stock)
    assert window.selected_code == int(stock.removeprefix("stock:"))


def test_progress_bar_leaves_the_status_message_readable(window):
    bar = window.statusBar()
    assert window.progress.parent() is bar
    window.placement.place_action.setChecked(True)
    window.progress.show()
    assert "place" in bar.currentMessage()
    assert window.progress.geometry().left() > bar.width() // 2  # on the right, not over it


@pytest.mark.parametrize("size", [(1400, 900), (1024, 700)])
def test_every_cluster_is_labelled_at_the_default_zoom(window, size):
    window.resize(*size)
    QApplication.processEvents()
    window.map.zoom_to_china()
    window.map.grab()  # paints: the labels are placed while painting
    labels = window.national.cluster_labels[0]
    assert len(labels.shown) == len(window.atlas.clusters), labels.shown


def test_tab_focus_is_visible(window, qtbot):
    from PySide6.QtCore import Qt

    button = window.toolbar.widgetForAction(window.allocation.solve_action)
    window.activateWindow()
    button.clearFocus()
    plain = button.grab().toImage()
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus, timeout=2000)
    focused = button.grab().toImage()
    assert focused != plain  # the focused control is drawn otherwise


def test_bar_charts_name_every_bar_and_tell_its_value(qtbot):
    from app.ui.docks.bar_chart import NamedBars

    plot = NamedBars("Utilisation (%)", "%")
    qtbot.addWidget(plot)
    plot.resize(400, 400)
    plot.show()
    qtbot.waitExposed(plot)
    names = [f"site {i}" for i in range(12)]
    plot.set_bars(names, [10.0 * i for i in range(12)], "#1f77b4")
    ticks = plot.getAxis("left")._tickLevels[0]
    assert [name for _, name in ticks] == names  # twelve bars, twelve names
    assert plot.bar_at(3.1) == 3 and plot.bar_at(3.5) is None
    assert plot.tooltip(3) == "site 3: 30 %"
    # a long name is cut to leave the bars room (at most 40 % of the chart), whole in its tip
    long = "Inner Mongolia Ulanqab Jining district hyperscale campus phase two"
    plot.set_bars([long, "short"], [50.0, 20.0], "#1f77b4")
    (first, name), second = plot.getAxis("left")._tickLevels[0]
    assert name.endswith("…") and len(name) < len(long) and second[1] == "short"
    assert plot.getAxis("left").width() <= 0.4 * plot.width()
    assert plot.tooltip(0) == f"{long}: 50 %"


def test_station_colours_are_cleared_on_other_maps(window, qtbot):
    def colours():
        return {p.brush().color().name() for p in window.national.stations.points()}

    with qtbot.waitSignal(window.sigMetricShown, timeout=120000):  # computed on a worker
        window.set_metric("pue:indirect_evaporative")
    assert len(colours()) > 2  # stations coloured by their PUE class
    window.set_metric("gdp")
    assert colours() == {"#ffffff"}


def test_site_names_follow_the_interface_language(window):
    from app.ui.i18n import install_language

    xy = _map_xy(113.13, 41.03)
    assert window.placement.place_name(*xy) == "Ulanqab, Inner Mongolia"
    install_language("zh")
    try:
        assert window.placement.place_name(*xy) == "乌兰察布市"
    finally:
        install_language("en")
