"""The site editor's "Design / solved" row grows to its wrapped text: in Chinese both lines
were cut to one line's height (the form kept the height of the text before the solve)."""

from __future__ import annotations

import pytest

from app.datasets.projection import to_map


@pytest.fixture(params=["en", "zh"])
def language(request, qapp):
    from app.ui.i18n import install_language

    assert install_language(request.param)
    yield request.param
    install_language("en")


@pytest.mark.parametrize("width", [1024, 1400])
def test_the_design_solved_row_shows_every_line(language, width, make_window, qtbot, tmp_path):
    window = make_window()
    window.resize(width, 900)
    window.allocation.auto_action.setChecked(False)
    first = window.placement.place_at(*map(float, to_map(113.13, 41.03)))
    window.placement.place_at(*map(float, to_map(121.12, 31.15)))
    window.placement.edit(first.id, {"capacity_mw": 1500.0})
    window.placement.select(first.id)
    window.inspector_dock.raise_()
    with qtbot.waitSignal(window.allocation.sigSolved, timeout=30_000):
        window.allocation.solve_action.trigger()
    load = window.site_editor.load
    qtbot.waitUntil(lambda: "PUE" in load.text(), timeout=30_000)
    needed = load.heightForWidth(load.width())
    assert needed > load.fontMetrics().lineSpacing()  # wrapped: the case that was cut
    qtbot.waitUntil(lambda: load.height() >= load.heightForWidth(load.width()), timeout=5_000)
    window.inspector_dock.grab().save(str(tmp_path / f"editor-{language}-{width}.png"))


@pytest.mark.parametrize("width", [1024, 1400])
def test_the_editor_fits_its_dock_without_scrolling_sideways(language, width, make_window, qtbot):
    """Side by side, the climate row's two buttons made the English form wider than its dock:
    it scrolled sideways, cutting every value on the right."""
    from PySide6.QtWidgets import QScrollArea

    window = make_window()
    window.resize(width, 900)
    window.allocation.auto_action.setChecked(False)
    site = window.placement.place_at(*map(float, to_map(113.13, 41.03)))
    window.placement.select(site.id)
    window.inspector_dock.raise_()
    qtbot.waitUntil(lambda: window.site_editor.isVisible(), timeout=5_000)
    area = window.inspector_dock.widget()
    assert isinstance(area, QScrollArea)
    qtbot.waitUntil(
        lambda: window.site_editor.minimumSizeHint().width() <= area.viewport().width(),
        timeout=5_000,
    )
    assert not area.horizontalScrollBar().isVisible()
