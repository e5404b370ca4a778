"""Qt fixtures: isolated QSettings and a main window on the built-in atlas."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _fresh_settings(tmp_path, qapp):
    from PySide6.QtCore import QSettings

    from app.ui.app import make_application

    make_application()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings().clear()
    yield


@pytest.fixture(autouse=True)
def _recovery_dir(tmp_path, monkeypatch):
    """Autosaves of a test go to its own folder, never to the developer's cache."""
    from app.io import recovery

    folder = tmp_path / "recovery"
    folder.mkdir()
    monkeypatch.setattr(recovery, "recovery_dir", lambda: folder)
    return folder


@pytest.fixture
def make_window(qtbot, atlas):
    """Build a shown MainWindow whose dialogs never block (errors and prompts recorded)."""
    from app.ui.main_window import MainWindow

    def make():
        win = MainWindow(atlas)

        def record(title, message, details=""):
            win.last_error, win.last_details = message, details

        win.show_error = record
        win.document.ask = lambda title, text, choices: (
            "discard" if "discard" in choices else choices[-1]
        )
        qtbot.addWidget(win)
        win.resize(1400, 900)  # the offscreen screen is 800x800: the window would fit it
        win.show()
        qtbot.waitExposed(win)
        return win

    return make


@pytest.fixture
def window(make_window):
    return make_window()
