"""Sweep designs: each distribution's quantiles, choices with equal weight, grids, and the
same seed giving the same samples."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import stats

from app.domain.sweep import SweepDefinition, SweepParameter
from app.sweep.sampling import design, one_at_a_time, quantile

U = np.linspace(0.0, 1.0, 11)


def test_uniform_and_triangular_quantiles():
    p = SweepParameter("k", "uniform", 10.0, 30.0)
    assert quantile(p, U) == pytest.approx(10.0 + 20.0 * U)
    t = SweepParameter("k", "triangular", 0.0, 4.0, mode=1.0)
    # F(x) = x^2 / (4 * 1) below the mode: the 1/4 quantile is the mode itself
    assert quantile(t, np.array([0.0, 0.25, 1.0])) == pytest.approx([0.0, 1.0, 4.0])


def test_normal_is_truncated_and_lognormal_has_its_median():
    n = SweepParameter("k", "normal", low=0.0, high=1.0, mean=0.8, sd=1.0)
    x = quantile(n, U)
    assert x.min() == pytest.approx(0.0, abs=1e-6) and x.max() == pytest.approx(1.0, abs=1e-6)
    assert quantile(SweepParameter("k", "normal", mean=5.0, sd=2.0), np.array([0.5])) == [5.0]
    ln = SweepParameter("k", "lognormal", median=3.0, sigma=0.5)
    assert quantile(ln, np.array([0.5, stats.norm.cdf(1.0)])) == pytest.approx(
        [3.0, 3.0 * np.exp(0.5)]
    )
    assert np.isfinite(quantile(ln, np.array([0.0, 1.0]))).all()  # never the infinite ends


def test_choices_have_equal_weight():
    p = SweepParameter("k", values=(1.0, 2.0, 5.0))
    x = quantile(p, (np.arange(3000) + 0.5) / 3000)
    assert [int((x == v).sum()) for v in (1.0, 2.0, 5.0)] == [1000, 1000, 1000]


PARAMS = [
    SweepParameter("a", "uniform", 0.0, 1.0),
    SweepParameter("b", values=(1.0, 2.0)),
    SweepParameter("c", "triangular", 0.0, 2.0, mode=1.0),
]


@pytest.mark.parametrize("sampling", ["monte_carlo", "latin_hypercube", "sobol", "morris"])
def test_the_same_seed_gives_the_same_samples(sampling):
    d = SweepDefinition(sampling, 8, 3, tuple(PARAMS))
    first, again = design(d, PARAMS), design(d, PARAMS)
    other = design(SweepDefinition(sampling, 8, 4, tuple(PARAMS)), PARAMS)
    assert np.array_equal(first.values, again.values)
    assert not np.array_equal(first.values, other.values)
    runs = {"sobol": 8 * (3 + 2), "morris": 8 * (3 + 1)}.get(sampling, 8)
    assert first.values.shape == (runs, 3)


def test_latin_hypercube_fills_every_stratum():
    d = design(SweepDefinition("latin_hypercube", 10, 1, (PARAMS[0],)), [PARAMS[0]])
    assert sorted(np.floor(d.values[:, 0] * 10).astype(int)) == list(range(10))


def test_a_grid_takes_every_choice_times_every_point():
    d = design(SweepDefinition("grid", 3, 0, tuple(PARAMS[:2])), PARAMS[:2])
    assert d.values.tolist() == [[a, b] for a in (0.0, 0.5, 1.0) for b in (1.0, 2.0)]


def test_one_at_a_time_moves_one_parameter_to_each_end():
    d = one_at_a_time(PARAMS)
    assert d.values.shape == (6, 3)
    assert d.values[0, 0] == 0.0 and d.values[1, 0] == 1.0
    assert d.values[2, 1] == 1.0 and d.values[3, 1] == 2.0
    assert np.isnan(d.values[0, 1:]).all()  # the others as in the scenario
