"""Class breaks for choropleths (pure numpy): quantiles, symmetric diverging classes around
zero for change maps, planner-set breaks, and edge labels that never read "-0"."""

from __future__ import annotations

import math

import numpy as np

from app.domain.text import tr


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


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 2, 2.5, 5 x 10^n at or above ``value`` (> 0)."""
    if not value > 0:
        return 1.0
    exp = math.floor(math.log10(value))
    for step in (1.0, 2.0, 2.5, 5.0, 10.0):
        if step * 10**exp >= value * (1 - 1e-12):
            return step * 10**exp
    return 10.0 ** (exp + 1)


def diverging_breaks(values: np.ndarray, k: int = 5) -> np.ndarray:
    """``k + 1`` edges symmetric around zero with a round class width (k odd: the middle
    class straddles zero, so "no change" has its own neutral colour); the outer edges reach
    the largest magnitude, so a small change does not look as strong as a large one."""
    vals = np.asarray(values, float)
    vals = vals[np.isfinite(vals)]
    top = float(np.abs(vals).max()) if vals.size else 0.0
    step = nice_ceiling(2 * top / k) if top > 0 else 1.0
    return (np.arange(k + 1) - k / 2) * step


#: A map's legend: more classes than this cannot be told apart by colour.
MAX_CLASSES = 12
#: No metric the map shows reaches this (a label of a 1e308 break ran to 400 digits).
MAX_BREAK = 1e12
#: Labels show at most 6 decimals (:func:`label_decimals`): closer breaks would read the same.
MIN_GAP = 1e-6


def parse_breaks(text: str) -> np.ndarray:
    """Planner-typed breaks ("0.3, 0.4, 0.5" or "0.3 0.4 0.5") as increasing edges.

    Raises ValueError with a sentence naming the bad part.
    """
    parts = [p for p in text.replace(";", ",").replace(" ", ",").split(",") if p.strip()]
    out = []
    for part in parts:
        try:
            out.append(float(part))
        except ValueError:
            raise ValueError(tr("{part} is not a number").format(part=part)) from None
    if len(out) < 2:
        raise ValueError(tr("give at least two breaks"))
    if not all(np.isfinite(out)) or any(b <= a for a, b in zip(out, out[1:], strict=False)):
        raise ValueError(tr("breaks must be finite and increasing"))
    if len(out) > MAX_CLASSES + 1:
        raise ValueError(tr("at most {n} classes ({m} breaks): more shades cannot be told "
                            "apart on a map").format(n=MAX_CLASSES, m=MAX_CLASSES + 1))  # fmt: skip
    if max(abs(b) for b in out) > MAX_BREAK:
        raise ValueError(tr("breaks must be within ±{limit:g}").format(limit=MAX_BREAK))
    if any(b - a < MIN_GAP for a, b in zip(out, out[1:], strict=False)):
        raise ValueError(tr("breaks closer than {gap:g} cannot be labelled apart").format(
            gap=MIN_GAP))  # fmt: skip
    return np.array(out)


def classify(values: np.ndarray, edges: np.ndarray) -> np.ndarray:
    """Class index (0..len(edges)-2) per value; -1 for missing (NaN) values.

    Values beyond the outer edges fall in the first or last class (fixed breaks outlive the
    data they were made from)."""
    vals = np.asarray(values, float)
    out = np.full(vals.shape, -1, dtype=int)
    if len(edges) < 2:
        out[np.isfinite(vals)] = 0
        return out
    ok = np.isfinite(vals)
    # Inner edges only: the lowest value lands in class 0, the highest in the last class.
    out[ok] = np.searchsorted(edges[1:-1], vals[ok], side="right")
    return out


def format_edge(value: float, decimals: int) -> str:
    """``value`` with ``decimals`` places and thousands separators; never "-0"."""
    text = f"{value:,.{decimals}f}"
    if text.startswith("-") and not any(c in "123456789" for c in text):
        text = text[1:]
    return text


def label_decimals(edges: np.ndarray, decimals: int) -> int:
    """At least ``decimals`` places, more when needed to tell the edges apart exactly."""
    edges = np.asarray(edges, float)
    for d in range(decimals, 7):
        if np.allclose(np.round(edges, d), edges, rtol=0, atol=1e-9 + 1e-6 * np.ptp(edges)):
            return d
    return max(decimals, 6)


def class_labels(edges: np.ndarray, decimals: int, open_ends: bool = False) -> list[str]:
    """One label per class ("a – b"); with ``open_ends`` the outer classes read "< b" and
    "≥ a", since fixed breaks may no longer span the data."""
    n = len(edges) - 1
    fmt = [format_edge(float(e), decimals) for e in edges]
    if len(set(fmt)) < len(fmt):  # e.g. 0.2 and 0.6 both "1": show what separates them
        d = label_decimals(edges, decimals)
        fmt = [format_edge(float(e), d) for e in edges]
    labels = [f"{fmt[i]} – {fmt[i + 1]}" for i in range(n)]
    if open_ends and n >= 2:
        labels[0] = f"< {fmt[1]}"
        labels[-1] = f"≥ {fmt[-2]}"
    return labels
