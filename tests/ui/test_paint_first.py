"""Start-up paints the map first: the modules the first paint does not need (the allocation
engine and HiGHS, documents, docks, exports) are loaded after it, and the window built in two
steps ends up the same as one built at once, with the saved dock layout restored."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]


def _start(env) -> dict[str, str]:
    out = subprocess.run(
        [sys.executable, "-m", "app", "--startup-benchmark"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    ).stdout
    return dict(line.split(" ", 1) for line in out.splitlines() if " " in line)


def test_first_paint_happens_before_the_late_modules_load(tmp_path):
    from app.ui.app import LATE_MODULES

    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path),
        "CPN_CACHE_DIR": str(tmp_path / "cache"),
    }
    first = _start(env)  # an empty cache: the atlas is loaded to compute the map base
    assert "pandas" in first["first-paint-late-modules"]
    lines = _start(env)  # from the map base cache: the tables load after the first paint
    assert lines["first-paint-late-modules"] == "-", lines["first-paint-late-modules"]
    # and the rest is built after it: the epochs are ordered
    assert float(lines["first-paint-epoch"]) <= float(lines["ready-epoch"])
    assert {"pandas", "pyproj", "shapely", "highspy"} <= set(LATE_MODULES)
    assert "app.ui.docks.comparison_dock" in LATE_MODULES


def _shown(qtbot, atlas, paint_first: bool):
    from app.ui.main_window import MainWindow

    win = MainWindow(atlas, paint_first=paint_first)
    qtbot.addWidget(win)
    if paint_first:
        assert not win.ready and not hasattr(win, "comparison_dock")
        with qtbot.waitSignal(win.sigReady, timeout=60000):
            win.show()
    else:
        win.show()
    qtbot.waitExposed(win)
    # docks added to a shown window appear when the layout runs: sync on that, not a sleep
    qtbot.waitUntil(lambda: win.inspector_dock.isVisible() or win.inspector_dock.isHidden())
    qtbot.waitUntil(lambda: win.centralWidget().geometry().height() < win.height() - 60)
    return win


def test_window_built_after_the_first_paint_is_complete(qtbot, atlas):
    at_once = _shown(qtbot, atlas, paint_first=False)
    win = _shown(qtbot, atlas, paint_first=True)
    assert win.ready
    assert win.inspector_dock.isVisible() and win.comparison_dock.isVisible()
    assert win.toolbar.isVisible() and win.allocation.solve_action.isEnabled()
    assert [a.text() for a in win.menuBar().actions()] == [
        a.text() for a in at_once.menuBar().actions()
    ]
    assert win.map.framing_china
    # the same layout as a window built at once: the map keeps the same (most) of the window
    qtbot.waitUntil(lambda: win.map.geometry() == at_once.map.geometry())
    assert win.map.width() > 0.6 * win.width()


def test_saved_layout_is_restored_when_built_after_the_first_paint(qtbot, atlas):
    from PySide6.QtCore import Qt

    first = _shown(qtbot, atlas, paint_first=False)
    first.comparison_dock.hide()
    first.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, first.layers_dock)
    first.layers_dock.show()
    first.save_layout()
    first.close()
    second = _shown(qtbot, atlas, paint_first=True)
    assert not second.comparison_dock.isVisible()
    assert second.dockWidgetArea(second.layers_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert second.layers_dock.isVisible()


def test_window_built_from_the_map_base_paints_then_loads_the_tables(qtbot, atlas):
    """Built from the map base alone, the window paints the provinces in the same start
    colours as from the atlas, says it is loading, and ends up with the national tables."""
    from app.datasets.map_base import map_base_from_atlas
    from app.ui.i18n import tr
    from app.ui.main_window import MainWindow

    at_once = _shown(qtbot, atlas, paint_first=False)
    win = MainWindow(map_base_from_atlas(atlas))
    qtbot.addWidget(win)
    assert win.atlas is None and win.national.atlas is None and not win.ready
    n = len(atlas.boundaries)
    fills = [win.national.provinces.fill(i) for i in range(n)]
    assert fills == [at_once.national.provinces.fill(i) for i in range(n)]
    shown, expected = win.national.current_values, at_once.national.current_values
    assert shown.keys() == expected.keys()
    np.testing.assert_array_equal(list(shown.values()), list(expected.values()))  # NaN == NaN
    messages: list[str] = []
    win.statusBar().messageChanged.connect(messages.append)
    with qtbot.waitSignal(win.sigReady, timeout=120000):
        win.show()
    assert messages[0] == tr("Loading the national data…")
    assert win.atlas is not None and win.national.atlas is win.atlas
    assert list(win.atlas.stations.index) == list(win.national.stations.data["data"])
    assert win.allocation.solve_action.isEnabled()
