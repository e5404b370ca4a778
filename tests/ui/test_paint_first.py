"""Start-up paints the map first: the modules the first paint does not need (the allocation
engine and HiGHS, documents, docks, exports) are loaded after it, and the window built in two
steps ends up the same as one built at once, with the saved dock layout restored."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_first_paint_happens_before_the_late_modules_load(tmp_path):
    from app.ui.app import LATE_MODULES

    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path),
    }
    out = subprocess.run(
        [sys.executable, "-m", "app", "--startup-benchmark"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    ).stdout
    lines = dict(line.split(" ", 1) for line in out.splitlines() if " " in line)
    assert lines["first-paint-late-modules"] == "-", lines["first-paint-late-modules"]
    # and the rest is built after it: the epochs are ordered
    assert float(lines["first-paint-epoch"]) <= float(lines["ready-epoch"])
    assert "highspy" in LATE_MODULES and "app.ui.docks.comparison_dock" in LATE_MODULES


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
