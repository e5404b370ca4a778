"""Read a file, or run any plain function, on a worker thread while the window stays
responsive: a progress dialog (shown only when the work takes a moment) with Cancel. The
caller gets the result as if the call were synchronous (a local event loop waits), so menus,
drops and tests keep their simple ``open(path) -> bool`` shape.

Cancel returns at once and the result is dropped; a task (:class:`BackgroundTask`) is also
asked to stop (its ``cancelled()`` turns true), a read (bounded by the readers' size caps)
finishes in the background; either way its thread is then cleaned up. The function never
touches a widget: whatever must be drawn or written from its result is done by the caller,
on the GUI thread, after ``run()`` returned it.
"""

from __future__ import annotations

import atexit
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.ui.workers import pause_collection

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
    progress = Signal(float)  # 0..1

    def __init__(
        self,
        task: Callable[[Callable[[float], None], Callable[[], bool]], Any],
        cancelled: threading.Event,
    ) -> None:
        super().__init__()
        self.task, self.cancelled = task, cancelled

    def run(self) -> None:
        try:
            with pause_collection():  # see app.ui.workers: no Qt teardown on this thread
                result = self.task(self.progress.emit, self.cancelled.is_set)
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, which decides
            self.finished.emit(None, exc)
        else:
            self.finished.emit(result, None)


class BackgroundRead(QObject):
    """One read: ``run()`` returns ``(result, exception, cancelled)``. ``cancel()`` (the
    dialog's button, or a test) ends the wait. Lives on the GUI thread: the worker's answer
    arrives here as a queued call."""

    def __init__(
        self, parent: QWidget | None, read: Callable[[], Any], label: str, cancel_text: str
    ) -> None:
        super().__init__()
        self.window, self.read, self.label, self.cancel_text = parent, read, label, cancel_text
        self.result: Any = None
        self.error: BaseException | None = None
        self.cancelled = False
        self._loop = QEventLoop()
        self._stop = threading.Event()
        self.dialog: QProgressDialog | None = None

    @Slot()
    def cancel(self) -> None:
        self.cancelled = True
        self._stop.set()
        self._loop.quit()

    @Slot(float)
    def _progress(self, fraction: float) -> None:
        if self.dialog is not None and not self.cancelled:
            if self.dialog.maximum() == 0:  # busy until the task reports progress
                self.dialog.setRange(0, 100)
            self.dialog.setValue(max(0, min(99, int(round(fraction * 100)))))

    def _task(self) -> Callable[[Callable[[float], None], Callable[[], bool]], Any]:
        return lambda progress, cancelled: self.read()

    def discard(self, result: Any) -> None:
        """A result that arrived after Cancel (nothing to undo for a read)."""

    @Slot(object, object)
    def _done(self, result: Any, error: BaseException | None) -> None:
        if not self.cancelled:
            self.result, self.error = result, error
        elif result is not None:
            self.discard(result)  # finished after Cancel: let the caller undo its effects
        self._loop.quit()

    @Slot()
    def _thread_finished(self) -> None:  # queued: runs on the GUI thread
        key = id(self)
        _running[key][0].wait()  # finished: returns at once
        # released from the event loop, not inside this object's own slot
        QTimer.singleShot(0, lambda: _running.pop(key, None))

    def run(self) -> tuple[Any, BaseException | None, bool]:
        thread, job = QThread(), _Job(self._task(), self._stop)
        job.moveToThread(thread)
        thread.started.connect(job.run)
        job.finished.connect(self._done, Qt.ConnectionType.QueuedConnection)
        job.progress.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        # quit() is thread-safe: called from the worker, so the thread ends even while the GUI
        # thread waits for it (at exit) instead of running its event loop
        job.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
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


class BackgroundTask(BackgroundRead):
    """``task(progress, cancelled) -> result`` on a worker thread (e.g. an evaluation for a
    report): ``progress(0..1)`` moves the dialog's bar, ``cancelled()`` turns true when the
    planner pressed Cancel. ``run()`` returns ``(result, exception, cancelled)``.
    ``on_discard(result)`` (GUI thread) undoes a result that arrived after Cancel."""

    def __init__(
        self,
        parent: QWidget | None,
        task: Callable[[Callable[[float], None], Callable[[], bool]], Any],
        label: str,
        cancel_text: str,
        on_discard: Callable[[Any], None] | None = None,
    ) -> None:
        super().__init__(parent, lambda: None, label, cancel_text)
        self.task, self.on_discard = task, on_discard

    def _task(self) -> Callable[[Callable[[float], None], Callable[[], bool]], Any]:
        return self.task

    def discard(self, result: Any) -> None:
        if self.on_discard is not None:
            self.on_discard(result)


def read_layers(window, path) -> list:
    """A planner's layer file read on a worker (progress, Cancel; the window keeps
    repainting), then projected here (pyproj stays on the GUI thread); [] after an error
    (shown with ``window.show_error``) or Cancel. ``window.background`` is the running read."""
    from app.datasets.user_data import UserDataError
    from app.datasets.user_layers import read_user_layers
    from app.ui.i18n import tr

    job = BackgroundTask(
        window,
        lambda progress, cancelled: read_user_layers(path, cancelled),
        tr("Reading {name}…").format(name=path.name),
        tr("Cancel"),
    )
    window.background = job
    try:
        finish, error, cancelled = job.run()
        layers = [] if cancelled or error is not None else finish()
    except UserDataError as exc:
        error = exc
    finally:
        window.background = None
    if cancelled:
        window.statusBar().showMessage(tr("Reading {name} cancelled").format(name=path.name))
    elif error is not None:
        window.show_error(tr("Cannot add layer"), str(error))
    return layers
