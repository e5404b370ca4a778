"""The window's start-up sequence: the map paints first (from the map base cache), then the
national tables load on a worker, then the rest of the window is built (docks, menus, engine).
"""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.i18n import tr


class AfterFirstPaint(QObject):
    """Calls ``then`` on the event loop's next turn after ``widget``'s first paint."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


def load_atlas(window) -> None:
    """Read the national tables on a worker (the status bar says so), then project them on
    this thread (pyproj never runs on a worker) and build the rest of ``window`` (the
    MainWindow, not imported here: no import circle)."""
    from app.datasets.atlas import read_atlas_tables
    from app.ui.workers import TaskRunner

    window.statusBar().showMessage(tr("Loading the national data…"))
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)  # busy, still answering
    loader = TaskRunner(window)
    loader.sigDone.connect(lambda tables: _tables_read(window, tables))
    loader.sigFailed.connect(lambda message: _not_read(window, message))
    window.atlas_loader = loader
    loader.submit(lambda _progress, _cancelled: _read(read_atlas_tables))


def _read(read_atlas_tables):
    from app.ui.import_hook import without_pyside_hook

    with without_pyside_hook():  # pandas & co. use no PySide6: its hook only costs time
        return read_atlas_tables()


def _not_read(window, message: str) -> None:
    """The map stays (it came from the cache), the rest cannot be built: say why, once."""
    QApplication.restoreOverrideCursor()
    text = tr("The national data could not be loaded: {0}").format(message)
    window.statusBar().showMessage(text)
    window.show_error(tr("National data not loaded"), text, window.atlas_loader.last_traceback)


def _tables_read(window, tables) -> None:
    from app.datasets.atlas import assemble_atlas

    QApplication.restoreOverrideCursor()
    window.atlas = assemble_atlas(tables)
    window.national.attach(window.atlas)
    window.statusBar().clearMessage()
    window._build_rest()
    # Everything loaded so far (modules, tables, widgets) lives as long as the app: moved out
    # of the collector's reach, a full collection on the GUI thread (see qt_app) takes a few
    # milliseconds instead of ~0.4 s that froze the window while a file was opened.
    gc.freeze()
