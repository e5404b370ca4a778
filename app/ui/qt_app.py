"""The QApplication the window, reports and headless renders share (a leaf: no app module)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused if one exists), with the names QSettings keys on."""
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    QCoreApplication.setOrganizationName("cpn-planner")
    QCoreApplication.setApplicationName("CPN Planner")
    collect_on_gui_thread(app)
    return app  # type: ignore[return-value]


def collect_on_gui_thread(app: QCoreApplication) -> None:
    """Python's cyclic collector runs in whichever thread allocates; on a worker it can destroy
    Qt objects of closed windows and deadlock against the GUI thread (seen in the test suite).
    Automatic collection is switched off and a GUI-thread timer collects instead (pyqtgraph's
    GarbageCollector); installed once per application."""
    if getattr(app, "_cpn_gc", None) is None:
        from pyqtgraph.util.garbage_collector import GarbageCollector

        app._cpn_gc = GarbageCollector(interval=1.0)  # type: ignore[attr-defined]
