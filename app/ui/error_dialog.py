"""Error messages the planner sees: one sentence, the full traceback logged and kept behind
Qt's "Show Details..." button, so a maintainer can read what went wrong without a console."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

_log = logging.getLogger(__name__)


def planner_errors() -> tuple[type[BaseException], ...]:
    """Errors that say what is wrong with the planner's files, values or disk, in a sentence
    naming what and where: shown as they are, without the exception's class or a traceback
    (which would only look like a crash)."""
    from app.datasets.base_checks import BaseDataError
    from app.datasets.user_data import UserDataError
    from app.domain.safe_read import FileRefused
    from app.engine.allocation.demand import DemandFileError
    from app.engine.costs.site_inputs import WeatherFileError
    from app.io.atomic import WriteFailed
    from app.io.exports import ReportError
    from app.io.scenario_file import ScenarioError

    return (BaseDataError, UserDataError, FileRefused, DemandFileError, WeatherFileError,
            WriteFailed, ReportError, ScenarioError)  # fmt: skip


def message_of(error: BaseException) -> str:
    """One line for the planner: a planner error's own sentence, else 'Type: message'."""
    if isinstance(error, planner_errors()):
        return str(error)
    return "".join(traceback.format_exception_only(type(error), error)).strip()


def details_of(error: BaseException | None) -> str:
    """The full traceback of ``error`` (kept across threads on ``__traceback__``); "" if none
    or if it is a planner error (its sentence says it all)."""
    if error is None or isinstance(error, planner_errors()):
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
