"""The facility classes against a published model by climate zone, size and cooling system
(Lei & Masanet 2022; tools/lm2022_ranges.py, docs/model-validation.md)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from tools.lm2022_ranges import TEMPERATE, comparison, published_ranges, thermal_zone


def _constant_year(t_c: float) -> SimpleNamespace:
    """The only field thermal_zone reads: a year of hourly dry bulbs."""
    return SimpleNamespace(tdb_c=np.full(8760, t_c))


@pytest.fixture(scope="module")
def frame():
    return comparison()


def test_thermal_zone_by_hand() -> None:
    # 365 days at 10 degC: HDD18 = 8 x 365 = 2,920 (zone 4); at 15 degC 1,095 (zone 3);
    # at 25 degC CDD10 = 5,475 (zone 1); at -2 degC HDD18 = 7,300 (zone 8).
    for t_c, zone in ((10.0, "4"), (15.0, "3"), (25.0, "1"), (-2.0, "8")):
        assert thermal_zone(_constant_year(t_c)) == zone


def test_known_cities_fall_in_their_zones(frame) -> None:
    zones = frame.groupby("city")["zone"].first()
    assert (zones["Beijing"], zones["Shanghai"], zones["Guangzhou"], zones["Harbin"]) == (
        "4A", "3A", "2A", "7",
    )  # fmt: skip
    assert published_ranges().loc[(2, "4A"), "pue_p95"] == pytest.approx(1.2025, abs=1e-4)


def test_large_chiller_with_economiser_is_inside_the_large_scale_range_in_temperate_zones(
    frame,
) -> None:
    large = frame[
        (frame["facility"] == "large")
        & (frame["tech"] == "chiller_tower")
        & frame["zone"].isin(TEMPERATE)
    ]
    assert len(large) >= 2 * 15
    outside = large[(large["pue"] < large["p5"]) | (large["pue"] > large["p95"])]
    assert outside.empty, outside[["city", "utilization", "pue", "p5", "p95"]]


def test_hyperscale_is_the_best_practice_edge_not_below_it(frame) -> None:
    hyper = frame[(frame["facility"] == "hyperscale") & (frame["tech"] == "chiller_tower")]
    assert (hyper["pue"] >= hyper["p5"]).all()
    assert (hyper["position"] < 0.25).all()
    # Direct air: hyperscale at or above their p5 in the temperate zones except where the
    # summer is milder than the zone's U.S. cities (Kunming, Guiyang at 1,000-1,900 m);
    # large direct air inside in the north, where such halls are built (4A, 5A).
    air = frame[(frame["tech"] == "direct_air") & frame["zone"].isin(TEMPERATE)]
    hyper_air = air[(air["facility"] == "hyperscale") & ~air["city"].isin(["Kunming", "Guiyang"])]
    assert (hyper_air["position"] >= 0).all() and (hyper_air["position"] < 0.5).all()
    north = air[(air["facility"] == "large") & air["zone"].isin(["4A", "5A"])]
    assert len(north) >= 8 and north["position"].between(0, 1).all()


def test_midsize_and_small_are_inside_their_own_ranges(frame) -> None:
    for facility in ("midsize", "small"):
        rows = frame[frame["facility"] == facility]
        assert len(rows) == 26 and rows["position"].between(0, 1).all(), facility
