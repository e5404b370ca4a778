"""The main window's dock layout: remembered between sessions (QSettings), reset on request,
and kept from crowding the map when the window is small.

The window calls ``restore`` after building its docks, ``first_show`` on its first show,
``save`` on close and ``keep_map_large`` on every resize.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QWidget

STATE_KEY = "window/state"
GEOMETRY_KEY = "window/geometry"
VERSION = 2  # bump when the default docks change: layouts saved before are ignored
SHARE = 0.3  # docks take at most this share of a small window's width or height


def fit_to_screen(widget: QWidget, width: int, height: int, share: float = 0.92) -> None:
    """Size ``widget`` to ``width`` x ``height`` or, on a smaller screen, to ``share`` of the
    space the screen leaves free (task bars excluded), centred there."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        widget.resize(width, height)
        return
    free = screen.availableGeometry()
    size = QSize(min(width, int(free.width() * share)), min(height, int(free.height() * share)))
    widget.resize(size)
    widget.move(free.center() - QPoint(size.width() // 2, size.height() // 2))


def restore(window: QMainWindow) -> None:
    from app.ui import settings

    geometry = settings.read_bytes(GEOMETRY_KEY)  # a damaged settings file must not stop us
    if geometry is not None:
        window.restoreGeometry(geometry)
    state = settings.read_bytes(STATE_KEY)
    if state is not None:
        window.restoreState(state, VERSION)


def save(window: QMainWindow) -> None:
    settings = QSettings()
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    settings.setValue(STATE_KEY, window.saveState(VERSION))


def reset(window: QMainWindow, default_state) -> None:
    """Back to the built-in arrangement (View > Reset layout)."""
    window.restoreState(default_state)
    QSettings().remove(STATE_KEY)


def first_show(window: QMainWindow, side_dock, bottom_dock) -> None:
    """On a first start (nothing saved), size the docks so the map gets most of the window."""
    if QSettings().value(STATE_KEY) is not None:
        return
    window.resizeDocks([side_dock], [max(260, window.width() // 4)], Qt.Orientation.Horizontal)
    window.resizeDocks(
        [bottom_dock], [max(200, int(window.height() * SHARE))], Qt.Orientation.Vertical
    )


def keep_map_large(window: QMainWindow, bottom_docks, side_docks) -> None:
    """Docks keep their pixel size when the window shrinks; cap them so the map keeps most
    of a small window."""
    limit = SHARE + 0.06  # a little slack so a dock the planner widened is left alone
    for dock in bottom_docks:
        if dock.isVisible() and not dock.isFloating() and dock.height() > limit * window.height():
            window.resizeDocks([dock], [int(SHARE * window.height())], Qt.Orientation.Vertical)
    for dock in side_docks:
        if dock.isVisible() and not dock.isFloating() and dock.width() > limit * window.width():
            window.resizeDocks([dock], [int(SHARE * window.width())], Qt.Orientation.Horizontal)
