"""Flow bundling for the national map (no Qt: plain arrays in, bundles out).

At national zoom hundreds of province-to-site flows cross each other. Flows of one workload
class are bundled when their destinations lie close together and their sources lie close
together: the bundle is drawn as branches from each source to a junction and one trunk from
the junction to the destinations, as wide as the bundle's MW. The grouping radius is a
distance on screen, so bundles split into the individual flows as the planner zooms in.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

BUNDLE_RADIUS_PX = 90.0  # sources (and, a quarter of it, destinations) this close share a trunk
#: far from their site, sources also share a trunk when they lie within this share of their
#: distance to it of each other (about 20°): flows arriving from one direction merge
SAME_DIRECTION = 0.35
UNBUNDLED_BELOW_M_PER_PX = 1_000.0  # zoomed in this far, every flow is drawn on its own
NATIONAL_M_PER_PX = 2_000.0  # at least this coarse: the national view, small bundles summarised
SMALL_SHARE = 0.02  # at national zoom, bundles under 2 % of the widest line's MW are not drawn
HYSTERESIS = 1.15  # a level is left only 15 % beyond its pixel-size range
JUNCTION_AT = 0.3  # the branches meet 30 % of the way from the sources' centre to the target


@dataclass(frozen=True)
class Bundle:
    """Flows of one class drawn as one trunk; ``members`` index the flow arrays."""

    cls: str
    mw: float
    members: tuple[int, ...]
    start: tuple[float, float]  # MW-weighted centre of the members' sources
    junction: tuple[float, float]  # where the branches meet the trunk
    end: tuple[float, float]  # MW-weighted centre of the members' destinations


@dataclass(frozen=True)
class Zoom:
    """How flows are drawn at one zoom level: the grouping radius in map metres (0: every
    flow on its own) and the smallest bundle MW drawn (0: all)."""

    level: int | None
    radius_m: float
    min_mw: float


def zoom_for(m_per_px: float, top_mw: float, current: Zoom | None = None) -> Zoom:
    """The zoom level of a view with pixels of ``m_per_px`` map metres. Levels double in
    pixel size, so bundles change in a few steps as the planner zooms, not on every frame.
    The ``current`` level is kept until the pixel size leaves it by HYSTERESIS: re-framing
    China around a legend that grew with the new level cannot flip the level back."""
    zoom = _zoom_at(m_per_px, top_mw)
    if current is not None and zoom.level != current.level:
        near = {_zoom_at(m_per_px * f, top_mw).level for f in (1 / HYSTERESIS, HYSTERESIS)}
        if current.level in near:
            return current
    return zoom


def _zoom_at(m_per_px: float, top_mw: float) -> Zoom:
    if not m_per_px > UNBUNDLED_BELOW_M_PER_PX:
        return Zoom(None, 0.0, 0.0)
    level = int(math.floor(math.log2(m_per_px / UNBUNDLED_BELOW_M_PER_PX)))
    radius = BUNDLE_RADIUS_PX * UNBUNDLED_BELOW_M_PER_PX * 2.0**level
    national = m_per_px >= NATIONAL_M_PER_PX
    return Zoom(level, radius, SMALL_SHARE * top_mw if national else 0.0)


def group_near(
    xy: np.ndarray, weight: np.ndarray, radius: float, towards: np.ndarray | None = None
) -> np.ndarray:
    """Group label per point: the heaviest point not yet grouped takes every ungrouped point
    within ``radius`` of it (greedy, deterministic: ties keep input order). With ``towards``
    (each point's destination), the reach grows by SAME_DIRECTION times the nearer point's
    distance to its destination."""
    labels = np.full(len(xy), -1, int)
    reach = np.zeros(len(xy)) if towards is None else np.hypot(*(xy - towards).T)
    for seed in np.argsort(-weight, kind="stable"):
        if labels[seed] >= 0:
            continue
        limit = radius + SAME_DIRECTION * np.minimum(reach, reach[seed])
        near = (np.hypot(*(xy - xy[seed]).T) <= limit) & (labels < 0)
        labels[near] = seed
    return labels


def _centre(xy: np.ndarray, weight: np.ndarray) -> tuple[float, float]:
    w = weight if weight.sum() > 0 else np.ones(len(weight))
    cx, cy = (xy * w[:, None]).sum(0) / w.sum()
    return float(cx), float(cy)


def bundle_flows(
    src: np.ndarray, dst: np.ndarray, classes, mw: np.ndarray, zoom: Zoom
) -> tuple[list[Bundle], list[int]]:
    """Bundles to draw at ``zoom`` (largest first) and the flows left out as too small.

    ``src`` and ``dst`` are (n, 2) map points, ``classes`` the class id per flow. Flows are
    never bundled across classes (each keeps its legend colour).
    """
    src, dst, mw = np.asarray(src, float), np.asarray(dst, float), np.asarray(mw, float)
    classes = np.asarray([str(c) for c in classes], dtype=object)
    if zoom.level is None:
        groups = [np.array([i]) for i in range(len(mw))]
    else:
        groups = []
        for cls in dict.fromkeys(classes):
            idx = np.flatnonzero(classes == cls)
            targets = group_near(dst[idx], mw[idx], zoom.radius_m / 4)
            for t in dict.fromkeys(targets):
                same = idx[targets == t]
                sources = group_near(src[same], mw[same], zoom.radius_m, dst[same])
                groups += [same[sources == s] for s in dict.fromkeys(sources)]
    bundles, small = [], []
    for members in groups:
        total = float(mw[members].sum())
        if total < zoom.min_mw:
            small += [int(i) for i in members]
            continue
        start, end = _centre(src[members], mw[members]), _centre(dst[members], mw[members])
        junction = start
        if len(members) > 1:
            junction = tuple(s + JUNCTION_AT * (e - s) for s, e in zip(start, end, strict=True))
        bundles.append(
            Bundle(
                str(classes[members[0]]),
                total,
                tuple(int(i) for i in members),
                start,
                junction,
                end,
            )
        )
    bundles.sort(key=lambda b: -b.mw)
    return bundles, sorted(small)
