"""Read a file on a worker thread while the window stays responsive: a busy progress dialog
(shown only when reading takes a moment) with Cancel. The caller gets the result as if the
call were synchronous (a local event loop waits), so menus, drops and tests keep their
simple ``open(path) -> bool`` shape.

Cancel returns at once and the result is dropped; the reading itself (bounded by the readers'
size caps) finishes in the background and its thread is then cleaned up.
"""

from __future__ import annotations

import atexit
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 400
#: Reads whose thread has not finished (a cancelled one goes on in the background): the
#: thread, the job and the receiver stay alive until then, and are released on the GUI
#: thread (never destroyed while the worker still runs or emits).
_running: dict[int, tuple[QThread, QObject, QObject]] = {}


@atexit.register
def _wait_for_reads() -> None:
    """At exit, let cancelled reads finish (bounded by the size caps): a QThread destroyed
    while running aborts the process."""
    for thread, _job, _receiver in list(_running.values()):
        thread.wait()


class _Job(QObject):
    finished = Signal(object, object)  # result, exception

    def __init__(self, read: Callable[[], Any]) -> None:
        super().__init__()
        self.read = read

    def run(self) -> None:
        try:
            result = self.read()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, which decides
            self.finished.emit(None, exc)
        else:
            self.finished.emit(result, None)


class BackgroundRead(QObject):
    """One read: ``run()`` returns ``(result, exception, cancelled)``. ``cancel()`` (the
    dialog's button, or a test) ends the wait. Lives on the GUI thread: the worker's answer
    arrives here as a queued call."""

    def __init__(self, parent: QWidget | None, read: Callable[[], Any], label: str,
                 cancel_text: str) -> None:
        super().__init__()
        self.window, self.read, self.label, self.cancel_text = parent, read, label, cancel_text
        self.result: Any = None
        self.error: BaseException | None = None
        self.cancelled = False
        self._loop = QEventLoop()
        self.dialog: QProgressDialog | None = None

    @Slot()
    def cancel(self) -> None:
        self.cancelled = True
        self._loop.quit()

    @Slot(object, object)
    def _done(self, result: Any, error: BaseException | None) -> None:
        if not self.cancelled:
            self.result, self.error = result, error
        self._loop.quit()

    @Slot()
    def _thread_finished(self) -> None:  # queued: runs on the GUI thread
        key = id(self)
        _running[key][0].wait()  # finished: returns at once
        # released from the event loop, not inside this object's own slot
        QTimer.singleShot(0, lambda: _running.pop(key, None))

    def run(self) -> tuple[Any, BaseException | None, bool]:
        thread, job = QThread(), _Job(self.read)
        job.moveToThread(thread)
        thread.started.connect(job.run)
        job.finished.connect(self._done, Qt.ConnectionType.QueuedConnection)
        job.finished.connect(thread.quit)
        thread.finished.connect(self._thread_finished, Qt.ConnectionType.QueuedConnection)
        _running[id(self)] = (thread, job, self)
        self.dialog = QProgressDialog(self.label, self.cancel_text, 0, 0, self.window)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)  # quick reads never flash a dialog
        self.dialog.canceled.connect(self.cancel)
        thread.start()
        self._loop.exec()
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.reset()
        self.dialog.deleteLater()
        self.dialog = None
        return self.result, self.error, self.cancelled
