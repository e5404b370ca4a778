"""Chinese reports end to end: with ``--lang zh`` (or the Chinese window) the PDF, the XLSX and
the comparison carry no English interface word, and count in 亿元 and 万吨."""

from __future__ import annotations

import re

import openpyxl
import pytest

from app.io import exports
from app.io.compare_tables import comparison_sheets
from app.io.report_data import collect
from app.io.scenario_file import load_scenario
from app.paths import DATA_DIR

WESTERN = DATA_DIR / "scenarios" / "western-expansion.toml"
WORD = re.compile(r"[A-Za-z][A-Za-z']{2,}")  # hyphenated names count part by part
#: Names and units that stay as they are in a Chinese report: the app's name, units, and the
#: proper names of the data sources (authors, packages, licences, file paths).
KEPT = {
    "CPN",
    "Planner",
    "PUE",
    "MWh",
    "kWh",
    "cnmaps",
    "PyPI",
    "MIT",
    "Lei",
    "Masanet",
    "Energy",
    "README",
    "data",
    "BY-SA",
    "CO",
}


def _pdf_words(path) -> set[str]:
    from pypdf import PdfReader

    return set(WORD.findall(" ".join(p.extract_text() for p in PdfReader(path).pages)))


def _xlsx_words(path) -> set[str]:
    words = set()
    for ws in openpyxl.load_workbook(path).worksheets:
        words |= set(WORD.findall(ws.title))
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if isinstance(v, str):
                    words |= set(WORD.findall(v))
    return words


def _data_words(data) -> set[str]:
    """Words the planner or the data wrote, which a report shows as written: names, climate
    stations, the built-in defaults' (and the national picture's) keys, units and citations,
    and the national targets' ids and documents."""
    d = data.defaults
    p = data.policy
    text = " ".join(
        [
            data.title,
            data.author,
            *data.sites["site"],
            *data.sites["climate"],
            *d["key"],
            *d["unit"],
            *d["source"],
            *p["id"],
            *p["source"],
            *data.national["source"],  # publishers and pages of today's national picture
        ]
    )
    return set(WORD.findall(text.replace("\u200b", "")))


@pytest.fixture(scope="module")
def reports(atlas):
    scenario = load_scenario(WESTERN)
    return {lang: collect(scenario, atlas, lang=lang) for lang in ("en", "zh")}


def _english_ui_words(reports, atlas, tmp_path) -> set[str]:
    """Every word of the English report (PDF and XLSX) that is not a name or kept as is."""
    from app.ui.report import write_pdf

    en = reports["en"]
    pdf, _ = write_pdf(en, atlas, tmp_path / "en.pdf")
    words = _pdf_words(pdf) | _xlsx_words(exports.write_xlsx(en, tmp_path / "en.xlsx"))
    return words - _data_words(en) - KEPT


def test_chinese_pdf_and_xlsx_have_no_english_interface_word(reports, atlas, tmp_path):
    from app.ui.report import write_pdf

    english = _english_ui_words(reports, atlas, tmp_path)
    assert {"Today", "Total", "Province", "Carbon"} <= english  # the check can fail
    zh = reports["zh"]
    pdf, _ = write_pdf(zh, atlas, tmp_path / "zh.pdf")
    leaked_pdf = (_pdf_words(pdf) - _data_words(zh)) & english
    assert not leaked_pdf, sorted(leaked_pdf)
    xlsx = exports.write_xlsx(zh, tmp_path / "zh.xlsx")
    leaked_xlsx = (_xlsx_words(xlsx) - _data_words(zh)) & english
    assert not leaked_xlsx, sorted(leaked_xlsx)


def test_chinese_units_are_yi_yuan_and_wan_dun(reports, tmp_path):
    zh, en = reports["zh"], reports["en"]
    book = openpyxl.load_workbook(exports.write_xlsx(zh, tmp_path / "zh.xlsx"))
    assert book.sheetnames[:6] == [
        "报告说明", "新建站点的效果", "相对现状", "各机房年度成本：方案", "各机房年度成本：现状", "新建站点",
    ]  # fmt: skip
    rows = {r[0]: r for r in book["相对现状"].iter_rows(min_row=2, values_only=True)}
    cost, carbon = rows["年度总成本"], rows["碳排放量"]
    assert cost[1] == "亿元" and carbon[1] == "万吨 CO₂"
    t = en.totals.set_index("total")
    assert cost[3] == pytest.approx(t.at["cost_cny", "after"] / 1e8, abs=1e-3)
    assert carbon[3] == pytest.approx(t.at["carbon_t", "after"] / 1e4, abs=1e-3)
    sites = book["新建站点"]
    assert "电费 (万元)" in [c.value for c in sites[1]]


def test_chinese_comparison(reports, tmp_path):
    sheets = comparison_sheets({"当前": reports["zh"], "基准": reports["zh"]}, "zh")
    totals = next(s for s in sheets if s.name == "totals")
    assert totals.headers[:2] == ["合计项", "单位"] and totals.headers[-1] == "当前 减 基准"
    book = openpyxl.load_workbook(exports.write_sheets_xlsx(sheets, tmp_path / "c.xlsx", "zh"))
    words = _xlsx_words(tmp_path / "c.xlsx") - _data_words(reports["zh"])
    english = {"Total", "Unit", "Load", "change", "minus", "Province", "Net", "import", "Site"}
    assert not words & english, sorted(words & english)
    assert book.sheetnames[:2] == ["新建站点的效果", "合计"] and book.sheetnames[3] == "按站点"
