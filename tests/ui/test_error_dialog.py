"""Worker failures keep their full traceback: logged, and behind the dialog's details button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.ui.error_dialog import details_of, error_box
from app.ui.workers import TaskRunner


def _deep_failure(progress, cancelled):
    return _inner_frame()


def _inner_frame():
    raise RuntimeError("<b>disk</b> full")


def test_task_runner_keeps_the_traceback(qtbot):
    runner = TaskRunner()
    with qtbot.waitSignal(runner.sigFailed, timeout=10_000) as blocker:
        runner.submit(_deep_failure)
    runner.wait()
    assert blocker.args[0] == "RuntimeError: <b>disk</b> full"
    assert "_deep_failure" in runner.last_traceback and "_inner_frame" in runner.last_traceback


def test_error_box_shows_plain_text_and_details(qtbot):
    try:
        _inner_frame()
    except RuntimeError as exc:
        details = details_of(exc)
    assert details.startswith("Traceback") and "_inner_frame" in details
    box = error_box(None, "Cannot export report", "report.pdf: <b>disk</b> full", details)
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText  # user text never becomes markup
    assert box.detailedText() == details
    roles = [box.buttonRole(b) for b in box.buttons()]
    assert QMessageBox.ButtonRole.ActionRole in roles  # Qt's "Show Details..." button
    plain = error_box(None, "t", "m")
    qtbot.addWidget(plain)
    assert plain.detailedText() == "" and len(plain.buttons()) == 1
    assert details_of(None) == ""


def _bad_file(progress, cancelled):
    from app.datasets.base_checks import BaseDataError

    raise BaseDataError("base.tariffs: t.csv: row 2, column 'price_cny_per_kwh': must be ...")


def test_a_planner_error_is_its_sentence_without_class_or_traceback(qtbot):
    """What is wrong with a file or a value is not a crash: no 'BaseDataError:' in the status
    bar, no traceback behind Show Details."""
    runner = TaskRunner()
    with qtbot.waitSignal(runner.sigFailed, timeout=10_000) as blocker:
        runner.submit(_bad_file)
    runner.wait()
    assert blocker.args[0].startswith("base.tariffs: t.csv: row 2") and runner.last_traceback == ""
