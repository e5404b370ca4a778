"""Map metrics whose figures take seconds (the PUE at every climate station) are computed on a
worker; the window keeps painting and answering, and shows the metric when it is ready.

The latest request wins: asking for another metric while one computes cancels the running
computation (it stops at its next step) and its result is never shown.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.ui.i18n import tr
from app.ui.map.national import NationalLayers
from app.ui.workers import TaskRunner


class MetricLoader(QObject):
    """sigReady(key): metric ``key``'s figures are computed, show it now (instant);
    sigProgress(0..1); sigFailed(key, message)."""

    sigReady = Signal(str)
    sigProgress = Signal(float)
    sigFailed = Signal(str, str)

    def __init__(self, national: NationalLayers, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.national = national
        self.runner = TaskRunner(self)
        self.runner.sigDone.connect(self._on_done)
        self.runner.sigFailed.connect(lambda message: self.sigFailed.emit(self.wanted, message))
        self.runner.sigProgress.connect(self.sigProgress)
        #: the metric asked for last (its computation may still run)
        self.wanted = ""

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def request(self, key: str) -> bool:
        """Ask for metric ``key``; True when its figures are being computed (sigReady follows),
        False when it can be shown at once. Either way an earlier computation is superseded."""
        if key == self.wanted and self.runner.busy:
            return True  # asked again while it computes: the running computation serves
        self.wanted = key
        self.runner.cancel()
        compute = self.national.pending_computation(key)
        if compute is None:
            return False
        self.runner.submit(lambda progress, cancelled: (compute(progress, cancelled), key)[1])
        return True

    def _on_done(self, key: str) -> None:
        if key == self.wanted:
            self.sigReady.emit(key)


def window_metric_loader(window) -> MetricLoader:
    """The main window's loader: a ready metric is shown with ``window.set_metric``, a failure
    said with ``window.show_error``."""
    loader = MetricLoader(window.national, window)
    loader.sigReady.connect(window.set_metric)
    loader.sigFailed.connect(
        lambda _key, message: window.show_error(
            tr("Map metric not computed"), message, loader.runner.last_traceback
        )
    )
    return loader
