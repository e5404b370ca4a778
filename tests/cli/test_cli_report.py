"""``cpn-planner report``: the same report headless, in every format."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from app.paths import DATA_DIR

WESTERN = DATA_DIR / "scenarios" / "western-expansion.toml"


def _run(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, "-m", "app", "report", *args], capture_output=True,
                          text=True, timeout=180, env=env)


def test_pdf_without_a_display(tmp_path):
    from pypdf import PdfReader

    out = _run(str(WESTERN), "-o", str(tmp_path / "report.pdf"))
    assert out.returncode == 0, out.stderr
    reader = PdfReader(tmp_path / "report.pdf")
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert "Western expansion" in text and "Ulanqab campus" in text and "Zhongwei campus" in text
    assert "Total cost" in text and "Data sources" in text
    # the assumptions page: every built-in default with its range and source
    assert "built-in defaults, their sources and ranges" in text
    assert "20,250 MW 12,150 27,125 official statistic http://56ygame.com/" in text
    assert len(reader.pages) >= 3


def test_xlsx_csv_geojson(tmp_path):
    import openpyxl

    assert _run(str(WESTERN), "-o", str(tmp_path / "r.xlsx")).returncode == 0
    book = openpyxl.load_workbook(tmp_path / "r.xlsx")
    assert book["sites"].max_row == 3  # header + two sites
    header = [c.value for c in book["sites"][1]]
    includes = book["sites"].cell(2, header.index("token_cost_includes") + 1).value
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
    missing = _run(str(tmp_path / "nope.toml"), "-o", str(tmp_path / "r.pdf"))
    assert missing.returncode == 2 and "nope.toml" in missing.stderr
    assert not (tmp_path / "r.pdf").exists()
