"""docs/model-validation.md prints the tables its tools generate; each table must be on the page
exactly as the tool prints it today, so a model change that is not restated on the page fails
here (the page once kept the large class's fit from before its parameter changed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools import lm2022_ranges, pue_band_calibration, pue_calibration

PAGE = Path(__file__).resolve().parents[2] / "docs" / "model-validation.md"


def _tables(markdown: str) -> list[str]:
    return [block.strip() for block in markdown.split("\n\n") if block.strip()]


@pytest.mark.parametrize(
    "tool, make",
    [
        ("pue_calibration --markdown", lambda: pue_calibration.markdown()),
        (
            "pue_band_calibration --markdown",
            lambda: pue_band_calibration.markdown(pue_band_calibration.scored_rows()),
        ),
        ("lm2022_ranges --markdown", lambda: lm2022_ranges.markdown(lm2022_ranges.comparison())),
    ],
)
def test_the_page_prints_what_the_tool_measures_today(tool, make) -> None:
    page = PAGE.read_text(encoding="utf-8")
    tables = _tables(make())
    assert tables, tool
    stale = [t.splitlines()[0] for t in tables if t not in page]
    assert not stale, f"docs/model-validation.md is out of date: rerun `python -m tools.{tool}`"
