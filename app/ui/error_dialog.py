"""Error messages the planner sees: one sentence, the full traceback logged and kept behind
Qt's "Show Details..." button, so a maintainer can read what went wrong without a console."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

_log = logging.getLogger(__name__)


def details_of(error: BaseException | None) -> str:
    """The full traceback of ``error`` (kept across threads on ``__traceback__``); "" if none."""
    if error is None:
        return ""
    return "".join(traceback.format_exception(error)).rstrip()


def error_box(parent: QWidget | None, title: str, message: str, details: str = "") -> QMessageBox:
    """The warning box: ``message`` as plain text, ``details`` behind "Show Details..."."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok)
    box.setParent(parent, box.windowFlags())
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setDetailedText(details)  # Qt adds the button (translated by qtbase_zh_CN)
    return box


def warn(parent: QWidget | None, title: str, message: str, details: str = "") -> None:
    """Log ``message`` with ``details`` and show it modally."""
    if details:
        _log.error("%s: %s\n%s", title, message, details)
    error_box(parent, title, message, details).exec()
