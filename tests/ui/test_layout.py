"""The window at 1400x900 and 1024x700: the map keeps most of the space, key actions stay on
the toolbar, the legend is whole and covers no province, results show several rows, and the
dock layout is remembered between sessions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from app.datasets.projection import to_map


def _settle(window, width, height):
    window.resize(width, height)
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.parametrize("size", [(1400, 900), (1024, 700)])
def test_map_keeps_the_space_and_key_actions_stay_visible(window, atlas, size):
    _settle(window, *size)
    assert (window.width(), window.height()) == size  # no dock forces the window to grow
    assert window.map.width() >= 0.6 * size[0]
    assert window.map.height() >= 0.5 * size[1]
    toolbar = window.toolbar
    for action in (
        window.placement.place_action,
        window.undo_action,
        window.allocation.solve_action,
    ):
        button = toolbar.widgetForAction(action)
        assert button is not None and button.isVisible(), action.text()
        assert toolbar.rect().contains(button.geometry()), action.text()  # not in overflow


@pytest.mark.parametrize("size", [(1400, 900), (1024, 700)])
def test_legend_is_whole_and_covers_no_province(window, atlas, size):
    _settle(window, *size)
    window.map.zoom_to_china()
    legend = window.legend
    assert not legend.folded
    bold = QFont(legend.font())
    bold.setBold(True)
    assert legend.width() >= QFontMetrics(bold).horizontalAdvance(legend.title_text())
    assert window.map.rect().contains(legend.geometry())
    vb = window.map.view_box
    g = legend.geometry()
    for px in range(g.left(), g.right(), 6):
        for py in range(g.top(), g.bottom(), 6):
            p = vb.mapSceneToView(window.map.mapToScene(px, py))
            assert atlas.province_at(p.x(), p.y()) is None, (px, py)


def test_legend_folds_on_click_and_stays_folded(window, qtbot):
    legend = window.legend
    assert not legend.folded
    qtbot.mouseClick(legend, Qt.MouseButton.LeftButton)
    assert legend.folded
    height = legend.height()
    window.set_metric("gdp")
    _settle(window, 1024, 700)
    assert legend.folded and legend.height() == height  # the planner's choice holds
    qtbot.mouseClick(legend, Qt.MouseButton.LeftButton)
    assert not legend.folded and legend.height() > height


def test_results_tables_show_several_rows(window, qtbot):
    _settle(window, 1400, 900)
    with qtbot.waitSignal(window.allocation.sigSolved, timeout=20_000):
        window.allocation.solve_action.trigger()
    window.results_dock.raise_()
    QApplication.processEvents()
    table = window.allocation.results.provinces
    visible = [
        r
        for r in range(table.rowCount())
        if table.viewport().rect().contains(table.visualRect(table.model().index(r, 0)))
    ]
    assert len(visible) > 2
    # The bar charts name their bars (every k-th only when rows are shorter than a line).
    plot = window.allocation.results.util_plot
    view = plot.getViewBox()
    span = view.viewRange()[1][1] - view.viewRange()[1][0]
    line = QFontMetrics(plot.getAxis("left").font()).height()
    assert plot.name_step * view.height() / span >= line
    assert plot.name_step < len(plot.names)  # names are shown


def test_dock_layout_is_remembered_and_can_be_reset(make_window):
    first = make_window()
    first.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, first.layers_dock)
    first.close()
    second = make_window()
    assert second.dockWidgetArea(second.layers_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    second.reset_layout_action.trigger()
    assert second.dockWidgetArea(second.layers_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert second.layers_dock in second.tabifiedDockWidgets(second.inspector_dock)


def test_cluster_labels_never_overlap(window, atlas):
    _settle(window, 1400, 900)
    window.map.zoom_to_china()
    labels = window.national.cluster_labels[0]
    x, y = to_map(118.4, 31.3)  # the planner's site right on Wuhu: its label comes first
    window.placement.place_at(float(x), float(y))
    transform = labels.deviceTransform(window.map.viewportTransform())
    placed = labels.placements(transform)
    site_rects = [r for _, r in window.sites_item.labels.placements(transform)]
    rects = [r for _, r in placed]
    for i, a in enumerate(rects):
        assert not any(a.adjusted(1, 1, -1, -1).intersects(b) for b in rects[i + 1 :])
        assert not any(a.adjusted(1, 1, -1, -1).intersects(b) for b in site_rects)
    assert len(site_rects) == 1
    # Zoomed in on the Yangtze delta every cluster label there fits again.
    wuhu, yrd = (list(labels.texts).index(t) for t in ("Wuhu", "YRD demo zone"))
    window.map.zoom_to_rect(window.national.province_rect(atlas.boundaries.position(340000)))
    QApplication.processEvents()
    transform = labels.deviceTransform(window.map.viewportTransform())
    shown = {i for i, _ in labels.placements(transform)}
    assert {wuhu, yrd} <= shown


def test_chinese_window_at_1024_keeps_key_actions_and_legend_clear(make_window, atlas):
    from app.ui.i18n import install_language

    install_language("zh")
    try:
        window = make_window()
        _settle(window, 1024, 700)
        window.map.zoom_to_china()
        for action in (
            window.placement.place_action,
            window.undo_action,
            window.allocation.solve_action,
        ):
            button = window.toolbar.widgetForAction(action)
            assert button.isVisible() and window.toolbar.rect().contains(button.geometry())
        assert window.legend.spec.title.startswith("电价")
        assert window.map.rect().contains(window.legend.geometry())
    finally:
        install_language("en")
