"""Start the GUI: QApplication, language, the atlas, the main window."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused if one exists), with the names QSettings keys on."""
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    QCoreApplication.setOrganizationName("cpn-planner")
    QCoreApplication.setApplicationName("CPN Planner")
    return app  # type: ignore[return-value]


class _FirstPaint(QObject):
    """Prints the wall-clock time of the map's first paint and quits (for benchmarks)."""

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            print(f"first-paint-epoch {time.time():.6f}", flush=True)
            QTimer.singleShot(0, QCoreApplication.quit)
        return False


def run_gui(lang: str = "en", startup_benchmark: bool = False) -> int:
    from app.datasets.atlas import load_atlas
    from app.ui.i18n import install_language
    from app.ui.main_window import MainWindow

    app = make_application()
    install_language(lang)
    window = MainWindow(load_atlas())
    if startup_benchmark:
        probe = _FirstPaint(window)
        window.map.viewport().installEventFilter(probe)
    window.show()
    if not startup_benchmark:
        QTimer.singleShot(0, window.document.offer_recovery)  # after a crash: restore?
    return app.exec()
