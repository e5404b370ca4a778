"""What a planner sees of the docks, for the window tests."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QTabBar


def in_front(window, dock) -> bool:
    """Whether ``dock`` is the current tab of its tab group (or not tabbed at all)."""
    QApplication.processEvents()
    for bar in window.findChildren(QTabBar):
        titles = [bar.tabText(i) for i in range(bar.count())]
        if dock.windowTitle() in titles and bar.isVisible():
            return bar.tabText(bar.currentIndex()) == dock.windowTitle()
    return dock.isVisible()
