"""The QApplication the window, reports and headless renders share (a leaf: no app module)."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

#: Where the keyboard is, visible at a glance (the platform style's dotted focus rectangle
#: was hard to see or missing): a blue frame on the focused control.
FOCUS_STYLE = """
QToolButton:focus, QPushButton:focus, QCheckBox:focus, QRadioButton:focus,
QComboBox:focus, QLineEdit:focus, QAbstractSpinBox:focus {
    border: 2px solid #1f6fd1; border-radius: 3px;
}
QAbstractItemView:focus { border: 2px solid #1f6fd1; }
"""


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused if one exists), with the names QSettings keys on."""
    # Qt's own file dialogs, not the desktop's: they speak the app's language ("查找范围：")
    # where a native dialog follows the system locale whatever the planner chose.
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    if QApplication.instance() is None:
        utf8_locale()
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    QCoreApplication.setOrganizationName("cpn-planner")
    QCoreApplication.setApplicationName("CPN Planner")
    collect_on_gui_thread(app)
    if FOCUS_STYLE not in app.styleSheet():
        app.setStyleSheet(app.styleSheet() + FOCUS_STYLE)
    return app  # type: ignore[return-value]


def utf8_locale() -> None:
    """Under the C or POSIX locale (``LC_ALL=C``) Qt warns on stderr, four lines, and
    switches to C.UTF-8 itself; switch first, silently, before the application reads the
    locale. Nothing else changes: the planner's language is its own setting (``--lang``,
    the View menu), never the locale."""
    env = os.environ
    if (env.get("LC_ALL") or env.get("LC_CTYPE") or env.get("LANG") or "C") in ("C", "POSIX"):
        env["LC_ALL"] = "C.UTF-8"


def collect_on_gui_thread(app: QCoreApplication) -> None:
    """Python's cyclic collector runs in whichever thread allocates; on a worker it can destroy
    Qt objects of closed windows and deadlock against the GUI thread (seen in the test suite).
    Automatic collection is switched off and a GUI-thread timer collects instead (pyqtgraph's
    GarbageCollector); installed once per application."""
    if getattr(app, "_cpn_gc", None) is None:
        from pyqtgraph.util.garbage_collector import GarbageCollector

        app._cpn_gc = GarbageCollector(interval=1.0)  # type: ignore[attr-defined]
