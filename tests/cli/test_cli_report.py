"""``cpn-planner report``: the same report headless, in every format."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from app.paths import DATA_DIR

WESTERN = DATA_DIR / "scenarios" / "western-expansion.toml"
BASELINE = DATA_DIR / "scenarios" / "baseline.toml"


def _run(*args: str, lang: str = "en") -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run(
        [sys.executable, "-m", "app", "--lang", lang, "report", *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )


def test_pdf_without_a_display(tmp_path):
    from pypdf import PdfReader

    out = _run(str(WESTERN), "-o", str(tmp_path / "report.pdf"))
    assert out.returncode == 0, out.stderr
    reader = PdfReader(tmp_path / "report.pdf")
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert "Western expansion" in text and "Ulanqab campus" in text and "Zhongwei campus" in text
    assert "Total annual cost" in text and "Data sources" in text
    # the assumptions page: every built-in default with its range and source
    assert "built-in defaults, their sources and ranges" in text
    # a long address may wrap after a slash or dot: compare without spaces
    dense = text.replace("\u200b", "").replace(" ", "")
    assert "8,221.5MW4,75012,870estimateMIIT(工业和信息化部)" in dense
    assert len(reader.pages) >= 3


def test_xlsx_csv_geojson(tmp_path):
    import openpyxl

    assert _run(str(WESTERN), "-o", str(tmp_path / "r.xlsx")).returncode == 0
    book = openpyxl.load_workbook(tmp_path / "r.xlsx")
    assert book["Placed sites"].max_row == 4  # header + two sites + their total
    header = [c.value for c in book["Placed sites"][1]]
    includes = book["Placed sites"].cell(2, header.index("Token cost includes") + 1).value
    assert includes == "energy"  # the example does not add capex to the cost per token
    assert _run(str(WESTERN), "-o", str(tmp_path / "r.csv")).returncode == 0
    assert (tmp_path / "r-provinces.csv").read_text(encoding="utf-8-sig").count("\n") == 32
    assert _run(str(WESTERN), "-o", str(tmp_path / "r.geojson")).returncode == 0
    features = json.loads((tmp_path / "r.geojson").read_text())["features"]
    kinds = {f["properties"]["kind"]: f["geometry"]["type"] for f in features}
    assert kinds == {"site": "Point", "flow": "LineString"}


def test_bad_inputs_fail_clearly(tmp_path):
    bad_type = _run(str(WESTERN), "-o", str(tmp_path / "r.docx"))
    assert bad_type.returncode == 2 and ".docx" in bad_type.stderr
    assert bad_type.stderr.endswith("r.docx: the output must end in .pdf, .xlsx, .csv, .geojson\n")
    missing = _run(str(tmp_path / "nope.toml"), "-o", str(tmp_path / "r.pdf"))
    assert missing.returncode == 2 and "nope.toml" in missing.stderr
    assert not (tmp_path / "r.pdf").exists()


def test_too_long_a_name_is_one_sentence_with_the_name_once(tmp_path):
    name = "a" * 300 + ".pdf"
    out = _run(str(WESTERN), "-o", str(tmp_path / name))
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert out.stderr == f"report: the file name {name} is too long for this file system\n"
    assert os.listdir(tmp_path) == []


def test_scenario_without_sites_gives_a_pdf_that_says_so(tmp_path):
    from pypdf import PdfReader

    out = _run(str(BASELINE), "-o", str(tmp_path / "b.pdf"))
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(tmp_path / "b.pdf").pages).split())
    assert "No placed sites" in text and "Total annual cost" in text


def test_sites_serving_nothing_give_no_warnings_and_a_sentence(tmp_path):
    """QA6 D10: the eastern example's three sites serve nothing, so they have no PUE; the
    chart handed pyqtgraph all-NaN curves ('RuntimeWarning: All-NaN slice encountered')."""
    from pypdf import PdfReader

    eastern = DATA_DIR / "scenarios" / "eastern-inference.toml"
    out = _run(str(eastern), "-o", str(tmp_path / "e.pdf"))
    assert out.returncode == 0, out.stderr
    assert "Warning" not in out.stderr, out.stderr
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(tmp_path / "e.pdf").pages).split())
    assert "No placed site serves any load, so none has a PUE." in text


def test_missing_output_folder_is_a_sentence_not_a_traceback(tmp_path):
    out = _run(str(WESTERN), "-o", str(tmp_path / "no-such-folder" / "r.xlsx"))
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
    assert "no-such-folder" in out.stderr and "does not exist" in out.stderr
    assert not (tmp_path / "no-such-folder").exists()


def test_lang_zh_writes_a_chinese_workbook(tmp_path):
    import openpyxl

    out = _run(str(WESTERN), "-o", str(tmp_path / "r.xlsx"), lang="zh")
    assert out.returncode == 0, out.stderr
    book = openpyxl.load_workbook(tmp_path / "r.xlsx")
    assert book.sheetnames[:4] == ["报告说明", "新建站点的效果", "相对现状", "各机房年度成本：方案"]
    effect = {r[0]: r[1] for r in book["新建站点的效果"].iter_rows(min_row=2, values_only=True)}
    assert effect["年度成本变化"] == "亿元" and effect["一次性投资"] == "亿元"
    units = {r[0]: r[1] for r in book["相对现状"].iter_rows(min_row=2, values_only=True)}
    assert units["年度总成本"] == "亿元" and units["碳排放量"] == "万吨 CO₂"
    missing = _run(str(WESTERN), "-o", str(tmp_path / "nowhere" / "r.pdf"), lang="zh")
    assert missing.returncode == 2 and "不存在" in missing.stderr


def test_a_csv_export_removes_what_a_killed_export_left(tmp_path):
    """A CSV export killed before it moved its tables leaves its staging folder
    ``.cpn-export-<pid>-<random>/``; the next export to that folder removes it (its process
    is gone) and leaves a running export's folder alone."""
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    stale = tmp_path / f".cpn-export-{int(dead.stdout)}-x1y2"
    stale.mkdir()
    (stale / f".m-costs.csv.{int(dead.stdout)}.abcd.tmp").write_text("half")
    running = tmp_path / f".cpn-export-{os.getpid()}-a3b4"  # this test's process is alive
    running.mkdir()
    out = _run(str(WESTERN), "-o", str(tmp_path / "m.csv"))
    assert out.returncode == 0, out.stderr
    assert not stale.exists() and running.is_dir()
    assert (tmp_path / "m-costs.csv").is_file()


@pytest.mark.parametrize("locale_", ["C", "POSIX"])
def test_the_c_locale_gives_no_qt_warning(tmp_path, locale_):
    """Under LC_ALL=C Qt warned on stderr (four lines: 'Detected locale "C" ...'); the
    report is quiet and still in the language asked for."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    env.update(LC_ALL=locale_, LANG=locale_)
    out = subprocess.run(
        [sys.executable, "-m", "app", "--lang", "zh", "report", str(WESTERN),
         "-o", str(tmp_path / "r.pdf")],
        capture_output=True, text=True, timeout=180, env=env,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert out.stderr == "" and out.stdout == f"{tmp_path / 'r.pdf'}\n"
