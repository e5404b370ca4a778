"""The PUE band against real facilities, recomputed from tests/data/reference: out of group,
about nine in ten facilities of each class fall inside their p5-p95 (docs/model-validation.md
records the figures; this fails when the model, the spread or the copy drifts)."""

from __future__ import annotations

import pandas as pd
import pytest

from app.engine.climate import climate
from app.engine.pue.pue_band import parameter_ratios, pue_band
from app.engine.pue.pue_spread import SCORES, band_ratios
from app.paths import DATA_DIR
from tools.pue_band_calibration import coverage, scored_rows, scores
from tools.pue_calibration import REFERENCE_COPY

#: docs/model-validation.md, "Does the band cover real facilities": coverage, mean width.
RECORDED = {"hyperscale": (0.89, 0.084), "large": (0.82, 0.192)}


@pytest.fixture(scope="module")
def scored() -> list[dict]:
    assert (REFERENCE_COPY / "facility_pue_calibration.csv").is_file()
    return scored_rows(REFERENCE_COPY)


def test_shipped_scores_are_the_calibration_sets(scored) -> None:
    assert scores(scored) == pytest.approx(SCORES, abs=0.002)


@pytest.mark.parametrize("facility", sorted(RECORDED))
def test_out_of_group_coverage_is_about_nine_in_ten(scored, facility) -> None:
    got = coverage(scored)[facility]
    assert 0.80 <= got["coverage"] <= 0.95
    assert (got["coverage"], got["width"]) == pytest.approx(RECORDED[facility], abs=0.01)
    # The spread is what makes the band honest: parameters alone cover far fewer.
    assert got["param_coverage"] < got["coverage"] - 0.2


def test_band_ratios_by_hand() -> None:
    # One parameter draw at the central value: the band is the scores' p5-p95
    # (numpy's linear percentile of 0.5 and 1.5: 0.55 and 1.45).
    assert band_ratios([1.0], [0.5, 1.5]) == pytest.approx((0.55, 1.45))
    # Two draws x two scores: products 0.45, 0.55, 1.35, 1.65 -> p5 0.465, p95 1.605.
    assert band_ratios([0.9, 1.1], [0.5, 1.5]) == pytest.approx((0.465, 1.605))
    assert band_ratios([0.9, 1.1], []) == pytest.approx((0.91, 1.09))


def test_the_band_shown_is_the_calibrated_band() -> None:
    normals = climate.normals_from_frame(pd.read_csv(DATA_DIR / "climate_normals.csv"), "Beijing")
    weather = climate.synthesize_year(normals)
    band = pue_band(weather, "chiller_tower", "large", 0.7, key="test-Beijing")
    lo, hi = band_ratios(parameter_ratios(weather, "chiller_tower", "large", 0.7))
    overhead = band.annual_pue - 1.0
    assert band.p5 == pytest.approx(1.0 + overhead * lo)
    assert band.p95 == pytest.approx(1.0 + overhead * hi)
    assert band.p95 - band.p5 > 0.1  # real facilities scatter ~+-0.1 around the model
