"""The policy scorecard in the reports: the XLSX (English and Chinese) has the national-targets
sheet with the small chiller site in the Ningxia hub failing its PUE target and every row naming
its document, and the green-power sheet on both bases; the CSV export writes the same table."""

from __future__ import annotations

import openpyxl
import pytest

from app.domain.assumptions import AllocationAssumptions
from app.domain.scenario import Scenario
from app.domain.site import Site
from app.engine.evaluate import evaluate
from app.io import exports
from app.io.report_data import collect

SMALL = Site(
    "zw", "Zhongwei small", 105.19, 37.51, capacity_mw=100.0, cooling="chiller_tower",
    facility="small", tariff_cny_per_kwh=0.1,  # cheap power: loaded, so it has a PUE
)  # fmt: skip


@pytest.fixture(scope="module")
def evaluation(atlas):
    return evaluate(Scenario(sites=[SMALL], assumptions=AllocationAssumptions()), atlas=atlas)


def _sheet(path, title):
    ws = openpyxl.load_workbook(path)[title]
    rows = list(ws.iter_rows(values_only=True))
    return rows[0], rows[1:]


@pytest.mark.parametrize(
    ("lang", "title", "fails", "pue_name", "scope"),
    [("en", "National targets", "Fails", "PUE", "Site: Zhongwei small"),
     ("zh", "国家政策目标", "不达标", "PUE", "站点: Zhongwei small")],
)  # fmt: skip
def test_xlsx_policy_sheet(evaluation, tmp_path, lang, title, fails, pue_name, scope):
    data = collect(evaluation.scenario, evaluation=evaluation, lang=lang)
    path = exports.write_xlsx(data, tmp_path / f"r-{lang}.xlsx")
    headers, rows = _sheet(path, title)
    col = {h: i for i, h in enumerate(headers)}
    verdict, where, measure = (col[h] for h in headers[:3])
    target_id, document = col[headers[-2]], col[headers[-1]]
    mine = [r for r in rows if r[where] == scope and r[measure] == pue_name]
    assert {r[target_id] for r in mine} >= {"pue.hub_new", "pue.new_large"}
    assert all(r[verdict] == fails for r in mine)
    hub = next(r for r in mine if r[target_id] == "pue.hub_new")
    value, target = hub[headers.index(headers[5])], hub[headers.index(headers[4])]
    assert value == pytest.approx(evaluation.site["zw"].solved.pue, abs=1e-4) and target == 1.25
    assert all(r[document] for r in rows)  # every item names its document
    # failing items first
    verdicts = [r[verdict] for r in rows]
    assert verdicts == sorted(verdicts, key=lambda v: v != fails)
    green_title = "Green power on two bases" if lang == "en" else "两种口径的绿色电力"
    _, green = _sheet(path, green_title)
    assert any(r[0] == "Zhongwei small" for r in green)


def test_csv_export_has_the_policy_table(evaluation, tmp_path):
    data = collect(evaluation.scenario, evaluation=evaluation, lang="en")
    written = exports.write_csvs(data, tmp_path / "r.csv")
    policy = next(p for p in written if p.name.endswith("-policy.csv"))
    text = policy.read_text(encoding="utf-8")
    assert "pue.hub_new" in text and "发改高技〔2021〕1742号" in text


def test_the_pdf_lists_each_target_document_once(evaluation):
    """Every row keeps its document as "[n]"; the documents are printed once, below the table
    (a long document on every row made Qt's layout of the PDF ~0.1 s a row)."""
    from app.io.report_tables import sheets
    from app.ui.report_html import with_notes

    data = collect(evaluation.scenario, evaluation.atlas)
    [policy] = [s for s in sheets(data) if s.name == "policy"]
    noted, notes = with_notes(policy, "source")
    col = policy.keys.index("source")
    documents = list(dict.fromkeys(r[col] for r in policy.rows if r[col]))
    assert len(policy.rows) > len(documents) >= 2  # documents repeat over rows
    number = {d: f"[{i}]" for i, d in enumerate(documents, start=1)}
    assert [r[col] for r in noted.rows] == [number.get(r[col], r[col]) for r in policy.rows]
    for d, n in number.items():
        assert notes.count(f"{n} ") == 1 and d.split()[0] in notes
    assert [r[:col] + r[col + 1 :] for r in noted.rows] == [
        r[:col] + r[col + 1 :] for r in policy.rows
    ]
