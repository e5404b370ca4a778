"""The PDF report and the comparison dock show each site's annual PUE with its p5-p95 band,
"1.24 (1.18-1.31)", and its facility class, in English and Chinese; a missing band reads as
missing, never "nan"."""

from __future__ import annotations

import math
import re
from dataclasses import replace

import pytest

from app.io.report_data import collect
from app.io.scenario_file import load_scenario
from app.paths import DATA_DIR

WESTERN = DATA_DIR / "scenarios" / "western-expansion.toml"
BAND = re.compile(r"(\d\.\d\d) ?\((\d\.\d\d)-(\d\.\d\d)\)")


def _text(path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


@pytest.fixture(scope="module")
def scenario():
    return load_scenario(WESTERN)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_pdf_shows_pue_with_band_and_facility_class(scenario, atlas, tmp_path, lang):
    from app.ui.report import write_pdf

    data = collect(scenario, atlas, lang=lang)
    path, _ = write_pdf(data, atlas, tmp_path / "r.pdf")
    text = _text(path)
    squeezed = text.replace(" ", "")  # pypdf puts spaces between CJK and Latin runs
    assert ("AnnualPUE(p5-p95)" if lang == "en" else "年均PUE（P5-P95）") in squeezed
    assert ("Facilityclass" if lang == "en" else "设施等级") in squeezed
    assert "nan" not in text.replace("Nanjing", "").replace("Nanning", "").lower().split()
    found = [tuple(float(x) for x in m.groups()) for m in BAND.finditer(text)]
    expected = [
        (round(r["annual_pue"], 2), round(r["pue_p5"], 2), round(r["pue_p95"], 2))
        for r in data.sites.to_dict("records")
        if not math.isnan(r["annual_pue"])
    ]
    assert len(expected) >= 1  # a site that serves nothing has no PUE (flagged instead)
    for pue, p5, p95 in expected:
        assert (pue, p5, p95) in found, (pue, p5, p95)
        assert p5 <= pue <= p95 and p5 < p95
    names = {
        "en": ("Hyperscale", "Large", "Mid-size", "Small"),
        "zh": ("超大型", "大型", "中型", "小型"),
    }[lang]
    assert any(n in text for n in names)


def _metrics(scenario, atlas):
    from app.engine.evaluate import evaluate

    return [e.metrics for e in evaluate(scenario, atlas=atlas).sites]


def test_comparison_shows_band_and_class_and_missing_band(qtbot, scenario, atlas):
    from app.ui.docks.comparison_dock import COLUMNS, ComparisonPanel

    metrics = _metrics(scenario, atlas)
    metrics[0] = replace(metrics[0], pue_p5=math.nan, pue_p95=math.nan)  # beyond the limit
    panel = ComparisonPanel()
    qtbot.addWidget(panel)
    panel.set_metrics(metrics)
    by_name = dict(zip(panel.column_values("Site"), panel.column_values("Annual PUE"), strict=True))
    classes = dict(
        zip(panel.column_values("Site"), panel.column_values("Facility class"), strict=True)
    )
    assert by_name[metrics[0].name] == f"{metrics[0].annual_pue:.2f} (band missing)"
    for m in metrics[1:]:
        pue, p5, p95 = (float(x) for x in BAND.fullmatch(by_name[m.name]).groups())
        assert (pue, p5, p95) == (round(m.annual_pue, 2), round(m.pue_p5, 2), round(m.pue_p95, 2))
        assert p5 <= pue <= p95 and p5 < p95
    short = {"hyperscale": "Hyperscale", "large": "Large", "midsize": "Mid-size", "small": "Small"}
    assert all(classes[m.name] == short[m.facility] for m in metrics)
    # sorting by the PUE column still sorts by the number
    col = [c[1] for c in COLUMNS].index("annual_pue")
    panel.table.sortItems(col)
    shown = [float(t.split()[0].split("（")[0]) for t in panel.column_values("Annual PUE")]
    assert shown == sorted(shown)


def test_comparison_in_chinese(qtbot, scenario, atlas):
    from app.ui.docks.comparison_dock import COLUMNS, ComparisonPanel
    from app.ui.i18n import install_language

    metrics = _metrics(scenario, atlas)
    metrics[0] = replace(metrics[0], pue_p5=math.nan)
    assert install_language("zh")
    try:
        panel = ComparisonPanel()
        qtbot.addWidget(panel)
        panel.set_metrics(metrics)
        values = panel.column_values("Annual PUE")
        assert any(v.endswith("（区间缺失）") for v in values)
        assert "nan" not in " ".join(values).lower()
        assert set(panel.column_values("Facility class")) <= {"超大型", "大型", "中型", "小型"}
        headers = [panel.table.horizontalHeaderItem(c).text() for c in range(len(COLUMNS))]
        assert "设施等级" in headers
    finally:
        install_language("en")
