"""What the window holds about the open document goes with it: a sweep and its robustness
column do not outlive an Open, New or restore; the dialogs working on the document close with
it and with the window (their tasks stopped); compared files keep a column each."""

from __future__ import annotations

import json
import shutil

import openpyxl
import pytest
from PySide6.QtWidgets import QApplication

from app.datasets.projection import to_map
from app.domain.scenario import Scenario
from app.io import recovery
from app.paths import DATA_DIR

EXAMPLES = DATA_DIR / "scenarios"


@pytest.fixture
def client(dask_client):
    return dask_client


def _sweep_dialog(window, client, samples: int):
    """A placed site (the document is modified) and a sweep dialog on it, no tornado."""
    window.allocation.auto_action.setChecked(False)
    x, y = to_map(113.13, 41.03)
    window.placement.place_at(float(x), float(y))
    dialog = window.sweep_dialog(client_factory=lambda workers: client)
    dialog.sampling.setCurrentIndex(dialog.sampling.findData("monte_carlo"))
    dialog.samples.setValue(samples)
    dialog.tornado.setChecked(False)
    return dialog


def _start_sweep(dialog, qtbot):
    """Start a long sweep and return once its first sample is in (it is running)."""
    with qtbot.waitSignal(
        dialog.runner.sigProgress, check_params_cb=lambda f: f > 0, timeout=120_000
    ):
        dialog.run_button.click()
    assert dialog.runner.busy


def _robustness_cells(window) -> list[str]:
    table, column = window.comparison.table, window.comparison.table.columnCount() - 1
    return [table.item(r, column).text() for r in range(table.rowCount())]


def _open_copy(window, tmp_path):
    path = tmp_path / "baseline.toml"
    shutil.copy(EXAMPLES / "baseline.toml", path)
    assert window.document.open(path)


def _restore(window, tmp_path):
    """An autosave left by a process that died (pid 999999999) is restored."""
    path = recovery.write_recovery(Scenario(name="Restored"), None, owner="999999999-1")
    info = path.with_name(path.name.replace(".toml", ".json"))
    info.write_text(json.dumps({**json.loads(info.read_text()), "pid": 999_999_999}))
    window.document.ask = lambda title, text, choices: (
        "restore" if "restore" in choices else "discard" if "discard" in choices else choices[-1]
    )
    assert window.document.offer_recovery()
    assert window.model.scenario.name == "Restored"


@pytest.mark.parametrize(
    "change",
    [lambda w, p: w.document.new(), _open_copy, _restore],
    ids=["new", "open", "restore"],
)
def test_a_sweep_goes_with_its_document(window, client, qtbot, tmp_path, change):
    dialog = _sweep_dialog(window, client, 2)
    with qtbot.waitSignal(dialog.sigFinished, timeout=120_000):
        dialog.run_button.click()
    assert window.last_sweep is dialog.result and window.comparison.robustness
    change(window, tmp_path)
    assert window.last_sweep is None and window.comparison.robustness == {}
    assert not dialog.isVisible()  # it swept the old document
    assert (
        window.comparison.table.horizontalHeaderItem(window.comparison.table.columnCount() - 1)
        .text()
        .startswith("Used above 80%")
    )
    x, y = to_map(105.19, 37.51)
    window.placement.place_at(float(x), float(y))  # a site of the new document: no figure
    assert _robustness_cells(window) == ["missing"]
    [xlsx] = window.export_report(tmp_path / "report.xlsx")
    assert "Uncertainty sweep" not in openpyxl.load_workbook(xlsx).sheetnames


def test_a_running_sweep_stops_when_another_document_opens(window, client, qtbot, tmp_path):
    dialog = _sweep_dialog(window, client, 400)
    _start_sweep(dialog, qtbot)
    _open_copy(window, tmp_path)
    assert not dialog.isVisible()
    assert dialog._stop.is_set() and dialog.runner.wait(0)  # its worker is idle
    QApplication.processEvents()  # what the stopped sweep delivers late is not kept
    assert window.last_sweep is None and window.comparison.robustness == {}


def test_closing_the_window_stops_the_sweep_and_closes_its_dialog(window, client, qtbot):
    dialog = _sweep_dialog(window, client, 400)
    _start_sweep(dialog, qtbot)
    asked = []
    window.document.ask = lambda title, text, choices: asked.append(title) or "discard"
    assert window.close()
    assert asked == ["Unsaved changes"]  # the save prompt came first
    assert not window.isVisible() and not dialog.isVisible()
    assert dialog._stop.is_set() and dialog.runner.wait(0)  # its worker is idle
    QApplication.processEvents()
    assert window.last_sweep is None
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]  # the app can quit


def test_a_cancelled_close_keeps_the_sweep_running(window, client, qtbot):
    dialog = _sweep_dialog(window, client, 400)
    _start_sweep(dialog, qtbot)
    window.document.ask = lambda title, text, choices: "cancel"
    assert not window.close()
    assert window.isVisible() and dialog.isVisible()
    assert dialog.runner.busy and not dialog._stop.is_set()
    with qtbot.waitSignal(dialog.sigFinished, timeout=120_000):
        dialog.cancel()  # what finished is kept, as before
    assert window.last_sweep is dialog.result
    window.document.ask = lambda title, text, choices: "discard"


def test_closing_the_window_stops_a_suggestion(window, qtbot, tmp_path):
    points = tmp_path / "points.csv"
    points.write_text("name,lon,lat\nUlanqab,113.13,41.03\nZhongwei,105.19,37.51\n")
    dialog = window.suggest_dialog()
    dialog.load_points(points)
    dialog.only_points.setChecked(True)
    with qtbot.waitSignal(dialog.runner.sigStarted):
        dialog.start()
    assert window.close()
    assert not dialog.isVisible() and dialog.runner.wait(0)  # its worker is idle
    QApplication.processEvents()  # a late answer draws nothing on the closed window's map
    assert dialog.outcome is None and dialog._markers == []


def _titles(dialog) -> dict[str, str]:
    return {label: report.title for label, report in dialog.reports.items()}


def _headers(table) -> list[str]:
    return [table.horizontalHeaderItem(i).text() for i in range(table.columnCount())]


def test_a_file_named_like_the_current_column_gets_its_own(window, tmp_path):
    window.document.open(EXAMPLES / "western-expansion.toml")
    (tmp_path / "cmp").mkdir()
    shutil.copy(EXAMPLES / "baseline.toml", tmp_path / "cmp" / "Current.toml")
    dialog = window.compare_with([tmp_path / "cmp" / "Current.toml"])
    assert dialog.labels == ["Current", "Current (cmp)"]
    assert _titles(dialog) == {"Current": "Western expansion", "Current (cmp)": "Baseline"}
    assert _headers(dialog.totals)[2:] == [
        "Current",
        "Current (cmp)",
        "Current minus Current (cmp)",
    ]
    dialog.close()


def test_files_with_the_same_name_are_all_compared(window, tmp_path):
    for folder, example in (("a", "baseline"), ("b", "western-expansion")):
        (tmp_path / folder).mkdir()
        shutil.copy(EXAMPLES / f"{example}.toml", tmp_path / folder / "plan.toml")
    dialog = window.compare_with([tmp_path / "a" / "plan.toml", tmp_path / "b" / "plan.toml"])
    assert dialog.labels == ["Current", "plan (a)", "plan (b)"]
    assert _titles(dialog) == {
        "Current": "Untitled scenario",  # in the report's language
        "plan (a)": "Baseline",
        "plan (b)": "Western expansion",
    }
    assert "Current minus plan (a)" in _headers(dialog.totals)
    assert "Current minus plan (b)" in _headers(dialog.totals)
    dialog.close()


def test_reference_labels_are_unique(tmp_path):
    from app.ui.window_files import reference_labels

    same = [tmp_path / "a" / "plan.toml", tmp_path / "a" / "plan.toml"]
    assert reference_labels("Current", same) == ["plan (a)", "plan (2)"]
    assert reference_labels("当前方案", ["/x/当前方案.toml", "/x/y.toml"]) == ["当前方案 (x)", "y"]
    assert reference_labels("Current", ["/Current.toml"]) == ["Current (2)"]


def test_a_sweep_of_an_earlier_version_stays_out_of_the_report(window, client, qtbot, tmp_path):
    """Run a sweep, then change the plan (undo a placed site): the report described the old
    plan's sites as if they were this one's; now it leaves the sweep out and says why, and
    undoing back to the swept plan brings it back."""
    dialog = _sweep_dialog(window, client, 2)  # places a site
    with qtbot.waitSignal(dialog.sigFinished, timeout=120_000):
        dialog.run_button.click()
    assert len(window.current_scenario().sites) == 1
    [same] = window.export_report(tmp_path / "same.xlsx")
    assert "Uncertainty sweep" in openpyxl.load_workbook(same).sheetnames
    assert window.comparison.robustness  # the sweep's column
    window.undo_stack.undo()  # the placed site goes: another plan
    assert window.current_scenario().sites == []
    assert window.comparison.robustness == {}  # not the old plan's figures
    [other] = window.export_report(tmp_path / "other.xlsx")
    assert "Uncertainty sweep" not in openpyxl.load_workbook(other).sheetnames
    assert "earlier version of this scenario" in window.statusBar().currentMessage()
    window.undo_stack.redo()  # the swept plan again
    assert window.comparison.robustness
    [again] = window.export_report(tmp_path / "again.xlsx")
    assert "Uncertainty sweep" in openpyxl.load_workbook(again).sheetnames
