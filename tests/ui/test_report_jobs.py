"""Report export and comparison from the window run on a worker: they complete, reuse the
window's evaluation when the scenario is unchanged, show every error, show progress while
the window keeps processing events, and a cancel leaves no file behind."""

from __future__ import annotations

import threading

import openpyxl
from PySide6.QtCore import QTimer

from app.datasets.projection import to_map
from app.paths import DATA_DIR

EXAMPLES = DATA_DIR / "scenarios"


def _place_and_solve(qtbot, window, lon=113.13, lat=41.03, name="Ulanqab"):
    x, y = to_map(lon, lat)
    with qtbot.waitSignal(window.allocation.sigEvaluated, timeout=60_000):
        site = window.placement.place_at(float(x), float(y))
        window.placement.edit(site.id, {"name": name})
    window.allocation.runner.wait()
    qtbot.waitUntil(lambda: not window.allocation.runner.busy, timeout=30_000)
    return window.allocation.evaluation


def _forget_evaluation(qtbot, window):
    """No evaluation to reuse: the export or comparison must evaluate on its worker."""
    window.allocation.auto_action.setChecked(False)
    window.allocation.runner.wait()
    qtbot.waitUntil(lambda: not window.allocation.runner.busy, timeout=30_000)
    window.allocation.evaluation = None


def _finish_background_threads(qtbot):
    """Let the worker a cancel left running end: joined as at exit (the GUI thread blocks, so
    the thread must end without it), then released on the GUI thread."""
    from app.ui import file_loader

    file_loader._wait_for_reads()
    qtbot.waitUntil(lambda: not file_loader._running, timeout=60_000)


def test_export_reuses_the_windows_evaluation(qtbot, window, tmp_path, monkeypatch):
    ev = _place_and_solve(qtbot, window)
    assert ev.scenario.sites[0].name == "Ulanqab"

    def no_second_solve(*args, **kwargs):
        raise AssertionError("the scenario was solved again")

    monkeypatch.setattr("app.engine.evaluate.evaluate", no_second_solve)
    [xlsx] = window.export_report(tmp_path / "report.xlsx")
    book = openpyxl.load_workbook(xlsx)
    assert book["Placed sites"]["A2"].value == "Ulanqab"
    # an edit since the last evaluation: the export evaluates the scenario as it is now
    window.allocation.auto_action.setChecked(False)
    site = window.model.sites[0]
    window.placement.edit(site.id, {"name": "Renamed"})
    window.placement.edit(site.id, {"capacity_mw": site.capacity_mw * 2})
    window.last_error = None
    assert window.export_report(tmp_path / "again.xlsx") == []
    assert "solved again" in window.last_error  # it did evaluate (here: the stand-in raised)
    assert not (tmp_path / "again.xlsx").exists()


def test_export_through_the_worker_after_an_edit(qtbot, window, tmp_path):
    _place_and_solve(qtbot, window)
    window.allocation.auto_action.setChecked(False)
    site = window.model.sites[0]
    window.placement.edit(site.id, {"name": "Bigger", "capacity_mw": 400.0})
    files = window.export_report(tmp_path / "report.csv")
    assert len(files) > 1 and all(f.exists() for f in files)
    sites_csv = next(f for f in files if f.name == "report-sites.csv")
    assert "Bigger" in sites_csv.read_text(encoding="utf-8-sig")


def test_cancelled_export_shows_progress_and_writes_nothing(qtbot, window, tmp_path, monkeypatch):
    import app.engine.evaluate as evaluate_module

    real = evaluate_module.evaluate
    started, release = threading.Event(), threading.Event()

    def slow_evaluate(scenario, progress, cancelled, **kwargs):
        progress(0.5)  # the worker's report reaches the dialog's bar
        started.set()
        release.wait(60)  # until the planner has pressed Cancel
        return real(scenario, progress, cancelled, **kwargs)

    monkeypatch.setattr(evaluate_module, "evaluate", slow_evaluate)
    _forget_evaluation(qtbot, window)
    seen = {}

    def press_cancel():  # runs while the export waits: the GUI thread is not blocked
        qtbot.waitUntil(started.is_set, timeout=30_000)
        job = window.background
        qtbot.waitUntil(lambda: job.dialog is not None and job.dialog.value() >= 40, timeout=30_000)
        seen["value"] = job.dialog.value()
        job.cancel()
        release.set()

    out = tmp_path / "out"
    out.mkdir()
    QTimer.singleShot(0, press_cancel)
    assert window.export_report(out / "report.pdf") == []
    _finish_background_threads(qtbot)
    assert seen["value"] >= 40
    assert list(out.iterdir()) == []  # not even a temporary file
    assert "cancelled" in window.statusBar().currentMessage()


def test_worker_errors_reach_the_planner(window, tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("no tariff table")

    monkeypatch.setattr("app.io.report_data.collect", broken)
    out = tmp_path / "out"
    out.mkdir()
    window.last_error = None
    assert window.export_report(out / "report.xlsx") == []
    assert "report.xlsx" in window.last_error and "no tariff table" in window.last_error
    # the worker's traceback is kept for the dialog's "Show Details...": it names the frame
    assert "Traceback" in window.last_details and "in broken" in window.last_details
    window.last_error = None
    assert window.compare_with([EXAMPLES / "baseline.toml"]) is None
    assert "no tariff table" in window.last_error
    assert list(out.iterdir()) == []


def test_comparison_completes_through_the_worker(qtbot, window, monkeypatch):
    ev = _place_and_solve(qtbot, window)
    import app.engine.evaluate as evaluate_module

    real, evaluated = evaluate_module.evaluate, []

    def counting(scenario, *args, **kwargs):
        evaluated.append(threading.current_thread() is threading.main_thread())
        return real(scenario, *args, **kwargs)

    monkeypatch.setattr(evaluate_module, "evaluate", counting)
    dialog = window.compare_with([EXAMPLES / "baseline.toml"])
    assert dialog is not None
    assert evaluated == [False]  # the reference, on the worker; the current one reused
    assert dialog.reports["Current"].evaluation is ev
    sites = {dialog.placed.item(r, 0).text() for r in range(dialog.placed.rowCount())}
    assert "Ulanqab" in sites
    dialog.close()


def test_cancelled_comparison_opens_nothing(qtbot, window, monkeypatch):
    import app.engine.evaluate as evaluate_module

    real = evaluate_module.evaluate
    started, release = threading.Event(), threading.Event()

    def slow_evaluate(scenario, progress, cancelled, **kwargs):
        started.set()
        release.wait(60)
        return real(scenario, progress, cancelled, **kwargs)

    monkeypatch.setattr(evaluate_module, "evaluate", slow_evaluate)
    _forget_evaluation(qtbot, window)

    def press_cancel():
        qtbot.waitUntil(started.is_set, timeout=30_000)
        window.background.cancel()
        release.set()

    QTimer.singleShot(0, press_cancel)
    assert window.compare_with([EXAMPLES / "baseline.toml"]) is None
    _finish_background_threads(qtbot)
    assert "cancelled" in window.statusBar().currentMessage()


def test_cancel_while_the_worker_writes_leaves_nothing(qtbot, window, tmp_path, monkeypatch):
    import app.io.exports as report_module

    real = report_module.write_report
    started, release = threading.Event(), threading.Event()

    def slow_write(data, atlas, out, write_pdf=None):
        started.set()
        release.wait(60)  # the planner cancels while the workbook is being written
        return real(data, atlas, out, write_pdf)

    monkeypatch.setattr(report_module, "write_report", slow_write)

    def press_cancel():
        qtbot.waitUntil(started.is_set, timeout=30_000)
        window.background.cancel()
        release.set()

    out = tmp_path / "out"
    out.mkdir()
    QTimer.singleShot(0, press_cancel)
    assert window.export_report(out / "report.xlsx") == []
    _finish_background_threads(qtbot)
    assert list(out.iterdir()) == []  # the staged workbook was deleted, nothing moved in
    monkeypatch.setattr(report_module, "write_report", real)
    [xlsx] = window.export_report(out / "report.xlsx")  # and the next export works
    assert [p.name for p in out.iterdir()] == ["report.xlsx"]
    assert openpyxl.load_workbook(xlsx).sheetnames
