"""Samples of a sweep's parameters: SALib's designs on the unit cube, then each parameter's
distribution (inverse CDF) or choice of values.

Every design is a pure function of the definition and its seed, drawn before any evaluation,
so the same seed gives the same samples whatever runs them.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np
from scipy import stats

from app.domain.sweep import SweepDefinition, SweepParameter

#: Unbounded distributions are never asked for their 0 or 1 quantile (infinite).
_EDGE = 1e-9
#: Grid points of an unbounded distribution span these quantiles.
_GRID_QUANTILES = (0.025, 0.975)


@dataclass(frozen=True)
class Design:
    """``values``: one row per evaluation, one column per parameter (in ``keys`` order);
    ``unit``: the same points on the unit cube (what SALib analyses); ``problem``: SALib's
    description of the parameters (names, unit bounds)."""

    sampling: str
    keys: tuple[str, ...]
    values: np.ndarray
    unit: np.ndarray
    problem: dict

    def __len__(self) -> int:
        return len(self.values)


def salib_problem(params: list[SweepParameter]) -> dict:
    return {
        "num_vars": len(params),
        "names": [p.key for p in params],
        "bounds": [[0.0, 1.0]] * len(params),
    }


def unit_design(sampling: str, problem: dict, samples: int, seed: int) -> np.ndarray:
    """Points on the unit cube for ``sampling`` (not grid)."""
    k = problem["num_vars"]
    if sampling == "monte_carlo":
        return np.random.default_rng(seed).random((samples, k))
    if sampling == "latin_hypercube":
        from SALib.sample import latin

        return latin.sample(problem, samples, seed=seed)
    if sampling == "sobol":
        from SALib.sample import sobol

        return sobol.sample(problem, samples, calc_second_order=False, seed=seed)
    if sampling == "morris":
        from SALib.sample import morris

        return morris.sample(problem, samples, num_levels=4, seed=seed)
    raise ValueError(f"unknown sampling {sampling!r}")


def quantile(p: SweepParameter, u: np.ndarray) -> np.ndarray:
    """The values of ``p`` at probabilities ``u`` (choices: equal weights)."""
    u = np.asarray(u, dtype=float)
    if p.values is not None:
        index = np.minimum((u * len(p.values)).astype(int), len(p.values) - 1)
        return np.asarray(p.values)[index]
    if p.distribution == "uniform":
        return p.low + u * (p.high - p.low)
    if p.distribution == "triangular":
        c = (p.mode - p.low) / (p.high - p.low)
        return stats.triang.ppf(u, c, loc=p.low, scale=p.high - p.low)
    if p.distribution == "normal":
        dist = stats.norm(p.mean, p.sd)
    else:  # lognormal: median and sd of the logarithm
        dist = stats.lognorm(p.sigma, scale=p.median)
    lo = dist.cdf(p.low) if p.low is not None else 0.0
    hi = dist.cdf(p.high) if p.high is not None else 1.0
    return dist.ppf(np.clip(lo + u * (hi - lo), _EDGE, 1.0 - _EDGE))


def _grid_axis(p: SweepParameter, points: int) -> np.ndarray:
    """The unit coordinates of a grid axis (every choice, or ``points`` quantiles)."""
    if p.values is not None:
        n = len(p.values)
        return (np.arange(n) + 0.5) / n
    if points == 1:
        return np.array([0.5])
    bounded = p.distribution in ("uniform", "triangular") or (
        p.low is not None and p.high is not None
    )
    lo, hi = (0.0, 1.0) if bounded else _GRID_QUANTILES
    return np.linspace(lo, hi, points)


def design(definition: SweepDefinition, params: list[SweepParameter]) -> Design:
    """The sweep's samples (``params``: the expanded parameters)."""
    problem = salib_problem(params)
    if definition.sampling == "grid":
        axes = [_grid_axis(p, definition.samples) for p in params]
        unit = np.array(list(itertools.product(*axes)), dtype=float).reshape(-1, len(params))
    else:
        unit = unit_design(definition.sampling, problem, definition.samples, definition.seed)
    values = np.column_stack([quantile(p, unit[:, j]) for j, p in enumerate(params)])
    keys = tuple(p.key for p in params)
    return Design(definition.sampling, keys, values.reshape(len(unit), -1), unit, problem)


def one_at_a_time(params: list[SweepParameter]) -> Design:
    """The tornado's design: each parameter at its low and then its high end (uniform and
    triangular bounds, p5/p95 otherwise, smallest/largest choice), the others as in the
    scenario (NaN: not set)."""
    k = len(params)
    values = np.full((2 * k, k), np.nan)
    unit = np.full((2 * k, k), 0.5)
    for j, p in enumerate(params):
        if p.values is not None:
            ends = (min(p.values), max(p.values))
        elif p.distribution in ("uniform", "triangular"):
            ends = (p.low, p.high)
        else:
            ends = tuple(quantile(p, np.array([0.05, 0.95])))
        values[2 * j, j], values[2 * j + 1, j] = ends
        unit[2 * j, j], unit[2 * j + 1, j] = 0.0, 1.0
    keys = tuple(p.key for p in params)
    return Design("one_at_a_time", keys, values, unit, salib_problem(params))
