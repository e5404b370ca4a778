"""Class breaks for choropleths (pure numpy)."""

from __future__ import annotations

import numpy as np


def quantile_breaks(values: np.ndarray, k: int = 5) -> np.ndarray:
    """Up to ``k + 1`` increasing edges splitting the finite values into ~equal-count classes.

    Duplicate edges (many equal values) are merged, so fewer classes may come back.
    """
    finite = np.asarray(values, float)
    finite = finite[np.isfinite(finite)]
    if finite.size == 0:
        return np.array([])
    edges = np.quantile(finite, np.linspace(0.0, 1.0, k + 1))
    return np.unique(edges)


def classify(values: np.ndarray, edges: np.ndarray) -> np.ndarray:
    """Class index (0..len(edges)-2) per value; -1 for missing (NaN) values."""
    vals = np.asarray(values, float)
    out = np.full(vals.shape, -1, dtype=int)
    if len(edges) < 2:
        out[np.isfinite(vals)] = 0
        return out
    ok = np.isfinite(vals)
    # Inner edges only: the lowest value lands in class 0, the highest in the last class.
    out[ok] = np.searchsorted(edges[1:-1], vals[ok], side="right")
    return out
