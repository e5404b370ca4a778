"""Reports show status quo -> scenario: the moves (from -> to, MW, saving, payback) and what
stays where it is served today and why, from the one evaluation; XLSX sheets and PDF text."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace

import pytest

from app.engine.evaluate import evaluate
from app.io.exports import write_xlsx
from app.io.report_data import collect
from app.io.scenario_file import load_scenario
from app.paths import DATA_DIR

WESTERN = DATA_DIR / "scenarios" / "western-expansion.toml"


@pytest.fixture(scope="module")
def western():
    scenario = load_scenario(WESTERN)
    ev = evaluate(scenario)
    return scenario, ev, collect(scenario, evaluation=ev)


def test_moves_and_stays_tables_match_the_evaluation(western):
    scenario, ev, data = western
    moves = data.moves
    assert moves["mw"].sum() == pytest.approx(ev.migration.moved_mw, rel=1e-9)
    summary = dict(zip(data.migration["key"], data.migration["value"], strict=True))
    assert summary["moved_mw"] == pytest.approx(ev.migration.moved_mw)
    assert summary["moved_mw_if_moving_were_free"] > summary["moved_mw"]
    # the existing halls that move to the new campuses, each route repaying its one-off cost
    # within the payback period (one-off = MW x cost per MW; saving from the engine)
    campus = moves[moves["to_name"].isin(["Ulanqab campus", "Zhongwei campus"])]
    assert len(campus) and campus["from_site"].str.match(r"(stock|cluster):").all()
    assert campus["from_name"].str.len().gt(0).all()
    a = scenario.assumptions
    one_off = campus["mw"] * a.migration_cost_cny_per_mw
    assert campus["payback_years"].to_numpy() == pytest.approx(
        (one_off / campus["annual_saving_cny"]).to_numpy()
    )
    assert (campus["payback_years"] <= a.payback_years + 1e-9).all()
    # stays: every status-quo MW either stays (with a reason) or moves
    today = ev.baseline.flows["mw"].sum()
    moved_away = ev.migration.moves.query("from_site != ''")["mw"].sum()
    assert data.stays["mw"].sum() + moved_away == pytest.approx(today, rel=1e-6)
    assert "not worth the migration cost" in set(data.stays["reason"])


def test_xlsx_has_moves_and_stays_sheets(western, tmp_path):
    import openpyxl

    _, _, data = western
    book = openpyxl.load_workbook(write_xlsx(data, tmp_path / "r.xlsx"))
    assert {"Moves from today's status quo", "Moves by route", "What stays, and why"} <= set(
        book.sheetnames
    )
    sheet = book["Moves by route"]
    header = [c.value for c in sheet[1]]
    assert {
        "From (today)",
        "To (scenario)",
        "Workload class",
        "Load moved (MW)",
        "Annual saving (M CNY)",
        "Payback (years)",
    } <= set(header)
    assert sheet.max_row == len(data.moves) + 2  # header, moves, total


def test_a_prohibitive_cost_reports_nothing_moving(western):
    scenario, _, _ = western
    a = replace(scenario.assumptions, migration_cost_cny_per_mw=1e12)
    data = collect(replace(scenario, assumptions=a))
    assert data.moves.empty
    from app.ui.report_html import report_html

    assert "Nothing moves: no shift pays for its migration cost." in report_html(data)


def test_pdf_lists_the_moves_to_the_new_campuses(tmp_path):
    from pypdf import PdfReader

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    out = subprocess.run(
        [sys.executable, "-m", "app", "report", str(WESTERN), "-o", str(tmp_path / "r.pdf")],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )
    assert out.returncode == 0, out.stderr
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(tmp_path / "r.pdf").pages).split())
    assert "Moves from today's status quo" in text
    assert "What stays, and why" in text
    assert "Payback (years)" in text and "Zhongwei campus" in text


def test_workbook_names_its_scenario_and_maker(western, tmp_path):
    import openpyxl

    _, _, data = western
    book = openpyxl.load_workbook(write_xlsx(data, tmp_path / "meta.xlsx"))
    assert book.properties.title == data.title
    assert book.properties.creator == (data.author or "CPN Planner")
    moves = book["Moves by route"]
    header = [c.value for c in moves[1]]
    mw = header.index("Load moved (MW)") + 1
    total = moves.cell(row=moves.max_row, column=mw).value
    assert moves.cell(row=moves.max_row, column=1).value == "Total"
    shown = [moves.cell(row=r, column=mw).value for r in range(2, moves.max_row)]
    assert total == pytest.approx(sum(shown)) and total > 0
    years = header.index("Payback (years)") + 1
    assert moves.cell(row=moves.max_row, column=years).value is None  # not a sum
