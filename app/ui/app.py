"""Start the GUI: QApplication, language, the atlas, the main window."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

# Defined in a leaf module so that report/render can make an application without importing
# the window (no import circle); re-exported here for callers of the GUI entry point.
from app.ui.qt_app import collect_on_gui_thread, make_application  # noqa: F401

#: Modules the first paint does not need; ``--startup-benchmark`` lists those loaded by then.
LATE_MODULES = (
    "pandas",
    "pyproj",
    "shapely",
    "highspy",
    "openpyxl",
    "pypdf",
    "app.engine.evaluate",
    "app.engine.allocation.allocation",
    "app.engine.costs.site_eval",
    "app.engine.pue.pue",
    "app.io.scenario_file",
    "app.ui.allocation_controller",
    "app.ui.document",
    "app.ui.placement",
    "app.ui.docks.comparison_dock",
    "app.ui.docks.results_dock",
    "app.ui.docks.assumptions_dock",
    "app.ui.docks.inspector_dock",
    "app.ui.docks.site_editor",
    "app.ui.province_overrides",
    "app.ui.map_tips",
)


class _FirstPaint(QObject):
    """Prints the wall-clock time of the map's first paint and the late modules already
    loaded then (for benchmarks and the start-up test)."""

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            print(f"first-paint-epoch {time.time():.6f}", flush=True)
            loaded = [m for m in LATE_MODULES if m in sys.modules]
            print(f"first-paint-late-modules {','.join(loaded) or '-'}", flush=True)
        return False


def _ready_and_quit() -> None:
    print(f"ready-epoch {time.time():.6f}", flush=True)
    QTimer.singleShot(0, QCoreApplication.quit)


def run_gui(
    lang: str | None = "en", startup_benchmark: bool = False, open_files: list[str] | None = None
) -> int:
    """The app in ``lang`` (None: the language chosen in View > Language, else English),
    opening the first of ``open_files`` once the window is ready."""
    from app.datasets.map_base import load_map_base
    from app.ui.i18n import install_language, saved_language
    from app.ui.main_window import MainWindow

    app = make_application()
    install_language(lang or saved_language())
    # The map first, from the map base cache; the national tables (pandas, pyproj, shapely),
    # docks, menus, allocation and the engine after its first paint. The first start (no
    # cache yet) loads the atlas here to compute the map base.
    base, atlas = load_map_base()
    window = MainWindow(atlas if atlas is not None else base, paint_first=True)
    if startup_benchmark:
        probe = _FirstPaint(window)
        window.map.viewport().installEventFilter(probe)
        window.sigReady.connect(_ready_and_quit)
    else:  # after a crash: restore? Then the file named on the command line.
        window.sigReady.connect(lambda: QTimer.singleShot(0, window.document.offer_recovery))
        for path in (open_files or [])[:1]:
            window.sigReady.connect(
                lambda p=path: QTimer.singleShot(0, lambda: window.document.open(p))
            )
    window.show()
    return app.exec()
