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


def _centres(xy: np.ndarray, label: np.ndarray, mw: np.ndarray, totals: np.ndarray):
    """(groups, 2) MW-weighted centre of each group's points (a group without MW: the plain
    mean)."""
    n = len(totals)
    count = np.bincount(label, minlength=n)
    weighted = totals > 0
    out = np.empty((n, 2))
    for axis in (0, 1):
        by_mw = np.bincount(label, mw * xy[:, axis], n) / np.where(weighted, totals, 1.0)
        plain = np.bincount(label, xy[:, axis], n) / np.maximum(count, 1)
        out[:, axis] = np.where(weighted, by_mw, plain)
    return out


def group_flows(src: np.ndarray, dst: np.ndarray, classes, mw: np.ndarray, radius_m: float):
    """Member indices (into the flow arrays) of each group of flows bundled at a grouping
    radius of ``radius_m`` map metres; 0 leaves every flow on its own."""
    src, dst, mw = np.asarray(src, float), np.asarray(dst, float), np.asarray(mw, float)
    if radius_m <= 0:
        return [np.array([i]) for i in range(len(mw))]
    classes = np.asarray([str(c) for c in classes], dtype=object)
    groups = []
    for cls in dict.fromkeys(classes):
        idx = np.flatnonzero(classes == cls)
        targets = group_near(dst[idx], mw[idx], radius_m / 4)
        for t in dict.fromkeys(targets):
            same = idx[targets == t]
            sources = group_near(src[same], mw[same], radius_m, dst[same])
            groups += [same[sources == s] for s in dict.fromkeys(sources)]
    return groups


def bundle_flows(
    src: np.ndarray, dst: np.ndarray, classes, mw: np.ndarray, zoom: Zoom, groups=None
) -> tuple[list[Bundle], list[int]]:
    """Bundles to draw at ``zoom`` (largest first) and the flows left out as too small.

    ``src`` and ``dst`` are (n, 2) map points, ``classes`` the class id per flow. Flows are
    never bundled across classes (each keeps its legend colour). ``groups``: the
    ``group_flows`` of these flows at the zoom's radius, if already known.
    """
    src, dst, mw = np.asarray(src, float), np.asarray(dst, float), np.asarray(mw, float)
    classes = np.asarray([str(c) for c in classes], dtype=object)
    if groups is None:
        groups = group_flows(src, dst, classes, mw, zoom.radius_m)
    label = np.zeros(len(mw), int)
    for g, members in enumerate(groups):
        label[members] = g
    totals = np.bincount(label, mw, len(groups))
    start, end = _centres(src, label, mw, totals), _centres(dst, label, mw, totals)
    several = np.bincount(label, minlength=len(groups))[:, None] > 1
    junction = np.where(several, start + JUNCTION_AT * (end - start), start)
    bundles, small = [], []
    for g, members in enumerate(groups):
        if totals[g] < zoom.min_mw:
            small += members.tolist()
            continue
        bundles.append(
            Bundle(
                str(classes[members[0]]),
                float(totals[g]),
                tuple(members.tolist()),
                (float(start[g, 0]), float(start[g, 1])),
                (float(junction[g, 0]), float(junction[g, 1])),
                (float(end[g, 0]), float(end[g, 1])),
            )
        )
    bundles.sort(key=lambda b: -b.mw)
    return bundles, sorted(small)
