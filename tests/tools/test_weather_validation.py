"""Synthetic year vs real typical year: the synthesis adds little PUE error (needs reference)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.engine.pue import COOLING_TECHS

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
from weather_validation import mean_abs_delta, reference_dir, validation_frame  # noqa: E402


def test_synthetic_year_reproduces_real_year_pue() -> None:
    ref = reference_dir()
    if not (ref / "weather" / "monthly_summary.csv").is_file():
        pytest.skip(f"reference weather not found in {ref / 'weather'} (set CPN_REFERENCE_DIR)")
    frame = validation_frame(ref)
    assert frame["city"].nunique() == 27
    errors = mean_abs_delta(frame)
    assert set(errors.index) == set(COOLING_TECHS)
    assert (errors < 0.01).all(), errors.to_dict()
    included = frame[frame["included"]]
    assert included["delta"].abs().max() < 0.03
    assert not frame[frame["city"] == "Zhengzhou"]["included"].any()
