"""Workload classes of the allocation: latency limit, data residency, bandwidth need, share.

The type only (plain data); the default classes, with their sourced numbers from
``data/assumptions.csv``, are ``app.engine.allocation.allocation.DEFAULT_CLASSES``, and
``app.engine.allocation.allocation`` re-exports these names for older imports.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from app.domain.text import tr

Residency = Literal["anywhere", "province", "hub"]
RESIDENCIES: tuple[str, ...] = ("anywhere", "province", "hub")


@dataclass(frozen=True)
class WorkloadClass:
    """A workload class and its network needs.

    ``latency_limit_ms`` is a round-trip limit (None = latency-free); ``residency`` is
    "anywhere", "province" (same province as the demand) or "hub" (same province, or a site in
    the same national hub as the demand region); ``bandwidth_gbps_per_mw`` is the transport need
    per MW of IT load, priced at ``bandwidth_tier``; ``share`` is the default share of a region's
    demand.
    """

    id: str
    label: str
    latency_limit_ms: float | None
    residency: str = "anywhere"
    bandwidth_gbps_per_mw: float = 0.0
    share: float = 0.25
    bandwidth_tier: str = "100G"


#: The built-in classes' English labels (translated when shown); a planner's own label is
#: shown as written.
BUILT_IN_LABELS = {
    "realtime": "Real-time inference",
    "interactive": "Interactive / general",
    "training": "Training / batch",
    "sensitive": "Sensitive data",
}


def shown_label(class_id: str, label: str | None = None, lang: str | None = None) -> str:
    """A class's name in the interface language: a built-in class (label unchanged or not
    given) translated, a planner's own label as written."""
    built_in = BUILT_IN_LABELS.get(class_id)
    if built_in is not None and label in (None, built_in):
        return tr(BUILT_IN_LABELS.get(class_id, ""), lang)
    return label if label is not None else class_id


def residency_label(residency: str, lang: str | None = None) -> str:
    """'anywhere' / 'province' / 'hub' in the interface language."""
    names = {"anywhere": tr("anywhere", lang), "province": tr("in province", lang)}
    return names.get(residency, tr("in hub", lang) if residency == "hub" else residency)
