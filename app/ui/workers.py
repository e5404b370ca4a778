"""Run plain functions off the GUI thread and deliver results on it (after Orange's
``concurrent.py``): a task is ``fn(progress, is_cancelled) -> result``; no widget is touched
from the worker. One task runs at a time; a request made while one runs replaces any
waiting request, so a drag that fires 60 solves a second only solves the latest.

Signals (GUI thread):
    sigStarted(), sigProgress(float 0..1), sigDone(object result), sigFailed(str message),
    sigIdle() when nothing runs or waits any more. A failure's full traceback (none for a
    planner error, :func:`app.ui.error_dialog.planner_errors`) is
    ``last_traceback`` when sigFailed is emitted.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Task = Callable[[Callable[[float], None], Callable[[], bool]], object]


class _Relay(QObject):
    progress = Signal(float)
    done = Signal(object, int)
    failed = Signal(str, str, int)  # one line, full traceback, serial


_GC_LOCK = threading.Lock()
_gc_paused = 0
_gc_was_enabled = True


@contextlib.contextmanager
def pause_collection():
    """Python's cyclic collector runs in whichever thread happens to allocate; on a worker it
    can destroy Qt objects of closed windows off the GUI thread and deadlock against it (seen
    in the test suite). Automatic collection pauses while a task runs; it resumes, for the GUI
    thread, when no task runs."""
    global _gc_paused, _gc_was_enabled
    with _GC_LOCK:
        if _gc_paused == 0:
            _gc_was_enabled = gc.isenabled()
        _gc_paused += 1
        gc.disable()
    try:
        yield
    finally:
        with _GC_LOCK:
            _gc_paused -= 1
            if _gc_paused == 0 and _gc_was_enabled:
                gc.enable()


class _Job(QRunnable):
    def __init__(self, task: Task, relay: _Relay, serial: int, cancel: threading.Event) -> None:
        super().__init__()
        self.task, self.relay, self.serial, self.cancel = task, relay, serial, cancel

    def run(self) -> None:
        try:
            with pause_collection():
                result = self.task(self.relay.progress.emit, self.cancel.is_set)
        except Exception as exc:  # noqa: BLE001 - reported to the GUI, never swallowed
            from app.ui.error_dialog import details_of, message_of

            self.relay.failed.emit(message_of(exc), details_of(exc), self.serial)
        else:
            self.relay.done.emit(result, self.serial)


class TaskRunner(QObject):
    sigStarted = Signal()
    sigProgress = Signal(float)
    sigDone = Signal(object)
    sigFailed = Signal(str)
    sigIdle = Signal()  # nothing running or waiting any more

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # the solver keeps state: one solve at a time
        self._relay = _Relay()
        self._relay.progress.connect(self.sigProgress)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)
        self._serial = 0
        self._running: threading.Event | None = None
        self._pending: Task | None = None
        self._job: _Job | None = None
        self.last_traceback = ""

    @property
    def busy(self) -> bool:
        return self._running is not None

    def submit(self, task: Task) -> None:
        """Run ``task`` now, or after the running one (replacing any waiting task)."""
        if self._running is not None:
            self._pending = task
            return
        self._start(task)

    def cancel(self) -> None:
        """Drop the waiting task and ask the running one to stop; its result is discarded."""
        self._pending = None
        if self._running is not None:
            self._running.set()
            self._serial += 1  # a late result of the cancelled task is ignored

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (tests and shutdown)."""
        return self._pool.waitForDone(msecs)

    def _start(self, task: Task) -> None:
        self._serial += 1
        self._running = threading.Event()
        self.sigStarted.emit()
        # Keep the Python job alive until it finished: a collected QRunnable wrapper crashes.
        self._job = _Job(task, self._relay, self._serial, self._running)
        self._job.setAutoDelete(False)
        self._pool.start(self._job)

    def _next(self) -> None:
        self._running = None
        if self._pending is not None:
            task, self._pending = self._pending, None
            self._start(task)
        else:
            self.sigIdle.emit()

    def _on_done(self, result: object, serial: int) -> None:
        current = serial == self._serial
        self._next()
        if current:
            self.sigDone.emit(result)

    def _on_failed(self, message: str, details: str, serial: int) -> None:
        current = serial == self._serial
        self._next()
        if current:
            self.last_traceback = details
            self.sigFailed.emit(message)
