"""Scenario files from the window: save/open, unsaved mark, bad files, drag and drop,
autosave and recovery after a crash, comparison, report export."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from app.datasets.projection import to_map
from app.io.recovery import recovery_dir as real_recovery_dir  # before the fixture's stand-in
from app.paths import DATA_DIR

EXAMPLES = DATA_DIR / "scenarios"


def _place(window, lon, lat, **changes):
    x, y = to_map(lon, lat)
    site = window.placement.place_at(float(x), float(y))
    if changes:
        window.placement.edit(site.id, changes)
    return window.model.site(site.id)


def test_save_clears_the_unsaved_mark_and_open_restores(window, tmp_path):
    assert not window.isWindowModified()
    site = _place(window, 113.13, 41.03, capacity_mw=120.0)
    window.set_metric("emission")
    assert window.isWindowModified() and "[*]" in window.windowTitle()
    target = tmp_path / "western-expansion.toml"
    window.document.ask_file = lambda mode: str(target)
    assert window.document.save()
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("western-expansion.toml")
    window.document.new()
    assert window.model.sites == []
    assert window.document.open(target)
    [loaded] = window.model.sites
    assert (loaded.name, loaded.capacity_mw) == (site.name, 120.0)
    assert window.national.metric.key == "emission"  # the map view came back too
    assert str(target.resolve()) in window.document.recent()


def test_unsaved_work_prompts_and_cancel_keeps_it(window, tmp_path):
    _place(window, 113.13, 41.03)
    asked = []
    window.document.ask = lambda title, text, choices: asked.append(title) or "cancel"
    window.document.new()
    assert asked and len(window.model.sites) == 1  # cancelled: nothing lost


def test_bad_file_is_reported_and_the_open_scenario_kept(window, tmp_path):
    _place(window, 113.13, 41.03)
    bad = tmp_path / "bad.toml"
    bad.write_text(
        'format = "cpn-scenario"\nversion = 1\n[[sites]]\nid = "a"\nname = "A"\n'
        "lon = 113.0\nlat = 41.0\ncapacity_mw = -5\n"
    )
    assert not window.document.open(bad)
    assert "capacity_mw" in window.document.last_error and "-5" in window.document.last_error
    assert len(window.model.sites) == 1


def test_drop_a_scenario_file_opens_it(window):
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(EXAMPLES / "western-expansion.toml"))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert {s.name for s in window.model.sites} == {"Ulanqab campus", "Zhongwei campus"}
    assert window.windowTitle().startswith("Untitled")  # an example opens as a copy


def test_recovery_after_a_crash(window, tmp_path, _recovery_dir):
    """A separate app process edits, autosaves and dies; the next start offers to restore."""
    script = textwrap.dedent(f"""
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from pathlib import Path
        from app.io import recovery
        recovery.recovery_dir = lambda: Path({str(_recovery_dir)!r})
        from app.ui.app import make_application
        app = make_application()
        from app.datasets.atlas import load_atlas
        from app.datasets.projection import to_map
        from app.ui.main_window import MainWindow
        w = MainWindow(load_atlas())
        x, y = to_map(113.13, 41.03)
        s = w.placement.place_at(float(x), float(y))
        w.placement.edit(s.id, {{"name": "Crash test site", "capacity_mw": 77.0}})
        assert w.document.autosave() is not None
        os._exit(3)  # killed mid-edit: no clean shutdown
    """)
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 3, done.stderr
    window.document.ask = lambda title, text, choices: "restore"
    assert window.document.offer_recovery()
    [site] = window.model.sites
    assert (site.name, site.capacity_mw) == ("Crash test site", 77.0)
    assert window.isWindowModified()  # restored work is still unsaved
    # let the window close at teardown (an answer of "restore" would keep it open, and its
    # solve would autosave into the next test's recovery folder)
    window.document.ask = lambda title, text, choices: "discard"


def test_autosave_runs_after_a_solve(window, qtbot, _recovery_dir):
    _place(window, 113.13, 41.03)
    with qtbot.waitSignal(window.allocation.sigSolved, timeout=20_000):
        window.allocation.solve_action.trigger()
    # this window's autosave (a window of an earlier test on this worker may write here too)
    files = list(_recovery_dir.glob(f"*-{window.document.owner}.autosave.toml"))
    assert len(files) == 1
    info = json.loads(files[0].with_name(files[0].name.replace(".toml", ".json")).read_text())
    assert info["pid"] > 0


def _headers(table) -> list[str]:
    return [table.horizontalHeaderItem(i).text() for i in range(table.columnCount())]


def test_compare_scenarios_side_by_side(window):
    dialog = window.compare_with([EXAMPLES / "baseline.toml", EXAMPLES / "western-expansion.toml"])
    assert dialog is not None
    # each side's own placed sites' effect first; the same assumptions: no warning
    assert _headers(dialog.effect)[2:] == ["Current", "baseline", "western-expansion"]
    assert dialog.effect.item(0, 0).text() == "Change in annual cost"
    assert dialog.warning.text() == ""
    assert _headers(dialog.totals) == [
        "Total",
        "Unit",
        "Current",
        "baseline",
        "western-expansion",
        "Current minus baseline",
        "Current minus western-expansion",
    ]
    rows = {dialog.totals.item(r, 0).text(): r for r in range(dialog.totals.rowCount())}
    assert {
        "Total annual cost",
        "Carbon emissions",
        "Water, placed sites",
        "Mean round-trip time",
        "Demand unserved",
    } <= set(rows)
    water = rows["Water, placed sites"]
    assert dialog.totals.item(water, 1).text() == "m³"
    assert dialog.totals.item(water, 4).text() not in ("", "missing")  # the reference's own
    # current (nothing placed) minus western expansion: the change is the difference of the
    # two columns (the campuses' savings against their capex annuity), and no site water
    cost = rows["Total annual cost"]

    def number(col: int) -> float:
        return float(dialog.totals.item(cost, col).text().replace(",", ""))

    assert number(6) == pytest.approx(number(2) - number(4), abs=2e-3)
    assert dialog.totals.item(water, 6).text().startswith("-")
    assert "western-expansion" in dialog.legend.spec.title
    assert "Current minus western-expansion" in dialog.legend.spec.title
    # the west exports more in western-expansion, so current minus it is an import increase
    assert dialog.province_change[150000] > 0 or dialog.province_change[640000] > 0
    # by site and placed sites: every reference file, not only the first
    assert _headers(dialog.sites) == [
        "Site",
        "Load, Current (MW)",
        "Load, baseline (MW)",
        "Load, western-expansion (MW)",
        "Load, Current minus baseline (MW)",
        "Load, Current minus western-expansion (MW)",
    ]
    assert "Water, Current minus western-expansion (m³)" in _headers(dialog.placed)
    dialog.close()


def test_comparison_exports_to_xlsx_and_pdf(window, tmp_path):
    import openpyxl
    from pypdf import PdfReader

    _place(window, 113.13, 41.03, name="=evil site", tariff_cny_per_kwh=0.1)  # loaded
    dialog = window.compare_with([EXAMPLES / "baseline.toml"])
    xlsx = dialog.export(tmp_path / "c.xlsx")
    book = openpyxl.load_workbook(xlsx)
    assert book.sheetnames == [
        "Placed sites' effect",
        "Totals",
        "By province",
        "By site",
        "Placed sites",
        "Assumptions that differ",
    ]
    by_site = book["By site"]
    names = [by_site.cell(row=r, column=1) for r in range(2, by_site.max_row + 1)]
    evil = next(c for c in names if c.value == "=evil site")
    assert evil.data_type == "s"  # never a formula
    headers = [c.value for c in by_site[1]]
    load = headers.index("Load, change (MW)") + 1
    assert by_site.cell(row=evil.row, column=load).value > 0  # a new site: all its load
    pdf = dialog.export(tmp_path / "c.pdf")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "Current minus baseline" in text and "=evil site" in text
    dialog.show_error = lambda title, message, details="": setattr(dialog, "last_error", message)
    assert dialog.export(tmp_path / "nowhere" / "c.xlsx") is None
    assert "does not exist" in dialog.last_error
    typed = dialog.export(tmp_path / "c v1.2")  # what the planner typed is kept, .xlsx added
    assert typed == tmp_path / "c v1.2.xlsx" and openpyxl.load_workbook(typed).sheetnames
    dialog.close()


def test_export_pdf_and_xlsx_from_the_window(window, tmp_path):
    from pypdf import PdfReader

    _place(window, 113.13, 41.03, name="乌兰察布园区")
    [pdf] = window.export_report(tmp_path / "report.pdf")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert "Total annual cost" in text and "Beijing" in text
    dense = text.replace(" ", "")
    assert "乌兰察布园区" in dense  # Chinese names are real text
    [xlsx] = window.export_report(tmp_path / "report.xlsx")
    import openpyxl

    book = openpyxl.load_workbook(xlsx)
    assert {
        "Placed sites",
        "Allocation by province",
        "Flows",
        "Monthly PUE",
        "Assumptions",
        "About this report",
    } <= set(book.sheetnames)
    assert book["Placed sites"]["A2"].value == "乌兰察布园区"


def test_export_errors_reach_the_planner(window, tmp_path, monkeypatch):
    window.last_error = None
    assert window.export_report(tmp_path / "missing-folder" / "report.xlsx") == []
    assert "missing-folder" in window.last_error and "does not exist" in window.last_error

    def broken(*args, **kwargs):
        raise KeyError("lon")

    monkeypatch.setattr("app.io.report_data.collect", broken)
    window.last_error = None
    assert window.export_report(tmp_path / "report.pdf") == []
    assert window.last_error and "report.pdf" in window.last_error
    assert not (tmp_path / "report.pdf").exists()


def test_export_without_placed_sites_from_the_window(window, tmp_path):
    from pypdf import PdfReader

    [pdf] = window.export_report(tmp_path / "empty.pdf")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert "No placed sites" in text


@pytest.mark.parametrize("name", ["baseline", "western-expansion", "eastern-inference"])
def test_examples_open_from_the_menu_as_untitled_copies(window, name, tmp_path):
    from app.paths import DATA_DIR
    from app.ui.document import EXAMPLE_TITLES

    example = DATA_DIR / "scenarios" / f"{name}.toml"
    shipped = example.read_bytes()
    title = EXAMPLE_TITLES[name]  # the menu shows titles, not file names
    action = next(a for a in window.document.examples_menu.actions() if a.text() == title)
    action.trigger()
    assert window.document.path is None and window.windowTitle().startswith("Untitled")
    asked = []
    target = tmp_path / "mine.toml"
    window.document.ask_file = lambda mode: asked.append(mode) or str(target)
    _place(window, 113.13, 41.03)
    assert window.document.save()  # Ctrl+S asks for a path: the example is a template
    assert asked == ["save"] and target.is_file()
    assert example.read_bytes() == shipped


def test_new_site_in_an_opened_scenario_gets_a_fresh_id(window, tmp_path):
    first = _place(window, 113.13, 41.03)
    target = tmp_path / "a.toml"
    window.document.ask_file = lambda mode: str(target)
    assert window.document.save()
    assert window.document.open(target)
    second = _place(window, 105.19, 37.51)
    assert second.id != first.id
    assert window.document.save()  # no duplicate-id refusal


def test_province_tariff_override_reaches_the_site_cost(window, qtbot):
    from dataclasses import replace

    from app.ui.commands import SetAssumptionsCommand

    site = _place(window, 113.13, 41.03)
    before = window.placement.metrics[site.id].energy_cost_mcny
    a = window.model.scenario.assumptions
    new = replace(a, tariff_cny_per_kwh={150000: 0.2})
    window.undo_stack.push(SetAssumptionsCommand(window.model, new, "tariff"))
    # the worker's cards: an evaluation requested before the edit may still arrive first
    qtbot.waitUntil(
        lambda: (
            site.id in window.placement.metrics
            and window.placement.metrics[site.id].tariff_source == "province override"
        ),
        timeout=30_000,
    )
    after = window.placement.metrics[site.id]
    assert after.energy_cost_mcny < before


def test_autosave_shortly_after_an_edit_without_a_solve(window, qtbot, _recovery_dir):
    window.document.edit_timer.setInterval(50)  # the debounce, shortened for the test
    _place(window, 113.13, 41.03, name="Edited, not solved")
    qtbot.waitUntil(lambda: any(_recovery_dir.glob("*.autosave.toml")), timeout=10_000)
    [autosave] = _recovery_dir.glob("*.autosave.toml")
    assert "Edited, not solved" in autosave.read_text(encoding="utf-8")


def test_restore_prompt_names_the_scenario_and_time_and_discard_removes_only_it(
    window, tmp_path, _recovery_dir
):
    from app.domain.scenario import Scenario
    from app.io import recovery

    mine = recovery.write_recovery(
        Scenario(name="West plan"), tmp_path / "west.toml", owner="999999999-1"
    )
    other = recovery.write_recovery(
        Scenario(name="East plan"), tmp_path / "east.toml", owner="999999999-2"
    )
    for path, when in ((mine, "2026-01-02T03:04:00+00:00"), (other, "2025-01-01T00:00:00+00:00")):
        info = path.with_name(path.name.replace(".toml", ".json"))
        data = json.loads(info.read_text(encoding="utf-8"))
        data.update(pid=999_999_999, saved_at=when)
        info.write_text(json.dumps(data), encoding="utf-8")
    import os

    os.utime(other, (1_000_000_000, 1_000_000_000))  # mine is the newest
    asked = []
    window.document.ask = lambda title, text, choices: asked.append(text) or "discard"
    assert not window.document.offer_recovery()
    assert "'West plan'" in asked[0] and str(tmp_path / "west.toml") in asked[0]
    assert "2026-01-0" in asked[0] and "autosave" not in asked[0]  # a time, not a file name
    assert not mine.exists() and other.exists()  # only the file in question is discarded


def _many_sites(path, n):
    lines = ['format = "cpn-scenario"', "version = 1"]
    for i in range(n):
        lines += ["[[sites]]", f'id = "s{i}"', f'name = "Site {i}"', "lon = 113.0", "lat = 41.0"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_open_reads_on_a_worker_and_cancel_keeps_the_open_scenario(window, tmp_path):
    from PySide6.QtCore import QTimer

    _place(window, 113.13, 41.03, name="Keep me")
    window.document.ask = lambda title, text, choices: "discard"  # for the second open
    big = tmp_path / "big.toml"
    _many_sites(big, 20_000)  # about 2 MB: a moment to parse
    QTimer.singleShot(0, lambda: window.document.reading.cancel())  # Cancel, once it runs
    assert not window.document.open(big)
    assert [s.name for s in window.model.sites] == ["Keep me"]
    assert window.document.path is None and window.document.reading is None
    small = tmp_path / "small.toml"
    _many_sites(small, 3)
    assert window.document.open(small)  # the worker's answer arrives and is used
    assert len(window.model.sites) == 3


def test_a_hostile_file_is_reported_and_the_open_scenario_kept(window, tmp_path):
    _place(window, 113.13, 41.03, name="Still here")
    hostile = tmp_path / "digits.toml"
    hostile.write_text(
        'format = "cpn-scenario"\nversion = 1\n[demand]\nnational_it_mw = ' + "9" * 5000 + "\n",
        encoding="utf-8",
    )
    asked = []
    window.document.ask = lambda title, text, choices: asked.append(text) or "ok"
    assert not window.document.open(hostile)
    assert "more than 400 digits" in window.document.last_error and asked
    assert [s.name for s in window.model.sites] == ["Still here"]


def test_an_unusable_cache_folder_never_stops_save_or_close(window, tmp_path, monkeypatch):
    """The cache folder is a plain file (a home folder that cannot be written is the same):
    autosave says it failed, Save As and closing still work, no exception escapes."""
    blocked = tmp_path / "cache-is-a-file"
    blocked.write_text("")
    monkeypatch.setenv("CPN_CACHE_DIR", str(blocked))
    monkeypatch.setattr("app.io.recovery.recovery_dir", real_recovery_dir)
    said = []
    window.document.sigMessage.connect(said.append)
    _place(window, 113.13, 41.03)
    assert window.document.autosave() is None
    assert any(m.startswith("Autosave failed") for m in said)
    target = tmp_path / "kept.toml"
    window.document.ask_file = lambda mode: str(target)
    assert window.document.save_as() and target.is_file()
    assert window.document.path == target and not window.isWindowModified()
    assert window.document.offer_recovery() is False  # nothing could have been autosaved
    assert window.document.closing()
