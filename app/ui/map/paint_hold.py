"""Hold a widget's repaints while a drag frame is being solved.

A drag step moves the site's marker at once and shows the solved frame (flows, loads) a few
milliseconds later. Painting the map for each would paint it twice per step; holding the
paints until the frame arrives paints the moved marker and its frame once, together. A slow
solve (a loaded machine) never freezes the marker: the hold lets go after ``max_ms``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

#: the longest the moved marker waits for its frame (ms): about two frames of a 30 ms drag
MAX_HOLD_MS = 60


class PaintHold(QObject):
    """``hold()`` stops the widget's paints, ``release()`` resumes them with one repaint of
    the whole widget (a frame changes flows all over the map). Both may be called any number
    of times; only a held widget is released."""

    def __init__(self, widget: QWidget, max_ms: int = MAX_HOLD_MS) -> None:
        super().__init__(widget)
        self.widget = widget
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.release)
        self.max_ms = max_ms
        self.held = False

    def hold(self) -> None:
        if self.held:
            return  # the first held step's deadline stands: the marker waits at most max_ms
        self.held = True
        self.widget.setUpdatesEnabled(False)
        self._timer.start(self.max_ms)

    def release_soon(self) -> None:
        """Release once the events posted so far are delivered: the scene reports its changed
        items in a queued call, which would otherwise paint the map a second time."""
        if self.held:
            QTimer.singleShot(0, self, self.release)

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        self._timer.stop()
        self.widget.setUpdatesEnabled(True)  # schedules one repaint of the whole widget
