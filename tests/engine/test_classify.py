"""Colour classes a planner can compare: symmetric around zero, never "-0", typed breaks."""

from __future__ import annotations

import numpy as np
import pytest

from app.engine.maps.classify import (
    class_labels,
    classify,
    diverging_breaks,
    format_edge,
    parse_breaks,
    quantile_breaks,
)


def test_diverging_breaks_are_symmetric_round_and_span_the_data():
    values = np.array([-2400.0, -10.0, 0.0, 35.0, 1200.0, np.nan])
    edges = diverging_breaks(values, 5)
    assert len(edges) == 6
    np.testing.assert_allclose(edges, -edges[::-1])  # symmetric around zero
    assert edges[0] <= -2400 and edges[-1] >= 2400
    assert edges[-1] == 2500  # round: 1000 MW classes centred on zero
    # No change sits in the neutral middle class, and a small change stays there.
    classes = classify(values, edges)
    assert classes[2] == 2 and classes[1] == 2 and classes[3] == 2
    assert classes[0] == 0 and classes[4] == 3 and classes[5] == -1


def test_all_zero_change_still_gets_a_neutral_middle_class():
    edges = diverging_breaks(np.zeros(31), 5)
    assert edges[2] < 0 < edges[3]
    assert set(classify(np.zeros(31), edges)) == {2}


@pytest.mark.parametrize("value", [-0.0, -1e-12, -0.004])
def test_never_minus_zero(value):
    assert format_edge(value, 0) == "0"
    assert format_edge(value, 2) == "0.00"


def test_labels_never_read_minus_zero_and_tell_edges_apart():
    labels = class_labels(np.array([-1.0, -0.6, -0.2, 0.2, 0.6, 1.0]), 0)
    assert not any(
        part.strip().startswith("-0") and part.strip() in ("-0", "-0.0")
        for label in labels
        for part in label.split("–")
    )
    assert len(set(labels)) == 5  # 0.2 and 0.6 are not both shown as "1"
    assert labels[2] == "-0.2 – 0.2"


def test_fixed_breaks_label_open_ends():
    labels = class_labels(np.array([0.3, 0.4, 0.5, 0.6]), 2, open_ends=True)
    assert labels == ["< 0.40", "0.40 – 0.50", "≥ 0.50"]
    # Values outside fixed breaks fall in the outer classes, not outside the palette.
    assert list(classify(np.array([0.1, 0.45, 0.9]), np.array([0.3, 0.4, 0.5, 0.6]))) == [0, 1, 2]


def test_parse_breaks_accepts_commas_and_spaces_and_names_bad_parts():
    np.testing.assert_allclose(parse_breaks("0.3, 0.4 0.5;0.6"), [0.3, 0.4, 0.5, 0.6])
    with pytest.raises(ValueError, match="abc"):
        parse_breaks("0.3, abc, 0.5")
    with pytest.raises(ValueError, match="increasing"):
        parse_breaks("0.5, 0.4")
    with pytest.raises(ValueError, match="two"):
        parse_breaks("1")


@pytest.mark.parametrize(
    "text, why",
    [
        (",".join(str(i) for i in range(1000)), "at most 12 classes"),
        ("-1e308, 1e308", "within ±1e\\+12"),
        ("0.5, 0.5000000001", "cannot be labelled apart"),
    ],
)
def test_breaks_a_legend_cannot_show_are_refused(text, why):
    """1,000 classes, a 400-digit label or two labels reading '0.500' say nothing on a map."""
    with pytest.raises(ValueError, match=why):
        parse_breaks(text)
    assert len(parse_breaks(",".join(str(i) for i in range(13)))) == 13  # 12 classes: fine


def test_quantile_breaks_unchanged():
    edges = quantile_breaks(np.arange(11.0), 5)
    np.testing.assert_allclose(edges, [0, 2, 4, 6, 8, 10])
