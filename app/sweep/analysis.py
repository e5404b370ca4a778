"""What a finished sweep says: distributions, sensitivity (SALib) and scenario discovery.

Sobol first-order and total indices with their bootstrap confidence intervals and Morris
screening come from SALib, on the design's unit-cube points in the order they were drawn
(rows missing from a cancelled sweep make these undefined: they need the full design). The
tornado is one output at each parameter's low and high end, the others as in the scenario.
Scenario discovery is PRIM (Friedman and Fisher 1999): peel the box of inputs in which a
condition ("the sites lose money") is most frequent.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

QUANTILES = (0.05, 0.5, 0.95)


def distribution(rows: pd.DataFrame, column: str) -> dict[str, float]:
    """Mean, p5, median and p95 of ``column`` over the rows that have it."""
    x = rows[column].dropna().to_numpy(dtype=float)
    if not len(x):
        return {"n": 0}
    p5, p50, p95 = np.quantile(x, QUANTILES)
    return {"n": len(x), "mean": float(x.mean()), "p5": p5, "p50": p50, "p95": p95}


def probability(mask: pd.Series) -> float:
    """Share of rows where ``mask`` is true (missing values count as false)."""
    return float(mask.fillna(False).astype(bool).mean()) if len(mask) else float("nan")


def sobol_indices(problem: dict, y: np.ndarray, seed: int = 0) -> pd.DataFrame:
    """First-order (S1) and total (ST) Sobol indices with 95 % confidence half-widths, one
    row per parameter; ``y`` in the order of SALib's Saltelli design (N x (k + 2))."""
    from SALib.analyze import sobol

    s = sobol.analyze(problem, np.asarray(y, float), calc_second_order=False, seed=seed)
    return pd.DataFrame(
        {k: s[k] for k in ("S1", "S1_conf", "ST", "ST_conf")}, index=problem["names"]
    )


def morris_indices(problem: dict, x: np.ndarray, y: np.ndarray, seed: int = 0) -> pd.DataFrame:
    """Morris screening: mean absolute elementary effect (mu_star, per unit of each
    parameter's range), its 95 % confidence half-width and sigma, one row per parameter."""
    from SALib.analyze import morris

    s = morris.analyze(problem, np.asarray(x, float), np.asarray(y, float), num_levels=4, seed=seed)
    return pd.DataFrame(
        {k: np.asarray(s[k], float) for k in ("mu_star", "mu_star_conf", "sigma")},
        index=problem["names"],
    )


def tornado(keys: tuple[str, ...], y: np.ndarray, base: float) -> pd.DataFrame:
    """Output at each parameter's low and high end (rows of ``one_at_a_time`` order) against
    ``base`` (every value as in the scenario), widest swing first."""
    y = np.asarray(y, float).reshape(len(keys), 2)
    frame = pd.DataFrame({"low": y[:, 0] - base, "high": y[:, 1] - base}, index=list(keys))
    frame["swing"] = (frame["high"] - frame["low"]).abs()
    return frame.sort_values("swing", ascending=False)


@dataclass(frozen=True)
class Box:
    """Inputs in ``limits`` (key -> (low, high), only those that restrict): ``coverage`` of
    the cases inside, ``density`` of cases among the samples inside, ``support`` of samples."""

    limits: dict[str, tuple[float, float]]
    coverage: float
    density: float
    support: float


def prim(x: pd.DataFrame, case: np.ndarray, alpha: float = 0.05, min_support: float = 0.05):
    """The PRIM box of ``x`` (one column per input) where ``case`` is most frequent: peel
    ``alpha`` of the samples off one side of one input at a time, the peel that raises the
    density most, until fewer than ``min_support`` of the samples remain or no peel helps;
    then lift the limits that do not matter (:func:`_prune`)."""
    values = x.to_numpy(dtype=float)
    case = np.asarray(case, bool)
    inside = np.ones(len(values), bool)
    if not case.any():
        return None
    while inside.mean() > min_support:
        best, best_density = None, case[inside].mean()
        for j in range(values.shape[1]):
            col = values[inside, j]
            for side, cut in (
                ("low", np.quantile(col, alpha)),
                ("high", np.quantile(col, 1 - alpha)),
            ):
                keep = inside & (values[:, j] >= cut if side == "low" else values[:, j] <= cut)
                if keep.sum() < len(values) * min_support or keep.sum() == inside.sum():
                    continue
                density = case[keep].mean()
                if density > best_density:
                    best, best_density = keep, density
        if best is None:
            break
        inside = best
    limits = {}
    for j, key in enumerate(x.columns):
        lo, hi = values[inside, j].min(), values[inside, j].max()
        if lo > values[:, j].min() or hi < values[:, j].max():
            limits[key] = (float(lo), float(hi))
    limits = _prune(values, case, list(x.columns), limits)
    inside = _inside(values, list(x.columns), limits)
    return Box(
        limits,
        coverage=float(case[inside].sum() / case.sum()),
        density=float(case[inside].mean()),
        support=float(inside.mean()),
    )


def _inside(values: np.ndarray, columns: list[str], limits: dict) -> np.ndarray:
    keep = np.ones(len(values), bool)
    for key, (lo, hi) in limits.items():
        j = columns.index(key)
        keep &= (values[:, j] >= lo) & (values[:, j] <= hi)
    return keep


def _prune(values, case, columns: list[str], limits: dict, tolerance: float = 0.01) -> dict:
    """Drop the limits that do not matter: an input whose limit, once lifted, lowers the
    density by less than ``tolerance`` (peeling by chance restricts inputs that do not)."""
    limits = dict(limits)
    density = case[_inside(values, columns, limits)].mean()
    for key in sorted(
        limits, key=lambda k: -case[_inside(values, columns, _without(limits, k))].mean()
    ):
        wider = _without(limits, key)
        if case[_inside(values, columns, wider)].mean() >= density - tolerance:
            limits = wider
    return limits


def _without(limits: dict, key: str) -> dict:
    return {k: v for k, v in limits.items() if k != key}
