"""Workload classes of the allocation: latency limit, data residency, bandwidth need, share.

The type and the built-in classes (:func:`default_classes`, their numbers sourced in
``data/assumptions.csv``); ``app.engine.allocation.allocation`` re-exports these names.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal

from app.domain.sourced import assumption_keys, default
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


def _default_class(cid: str, residency: str, tier: str) -> WorkloadClass:
    limit_key = f"demand.class.{cid}.latency_limit_ms"
    limit = default(limit_key) if limit_key in assumption_keys("demand.class.") else None
    return WorkloadClass(
        cid,
        BUILT_IN_LABELS[cid],
        limit,
        residency,
        default(f"demand.class.{cid}.bandwidth_gbps_per_mw"),
        default(f"demand.class_share.{cid}"),
        tier,
    )


@cache
def default_classes() -> tuple[WorkloadClass, ...]:
    """The built-in classes, all editable; numbers from ``data/assumptions.csv``
    (``demand.class_share.*``, ``demand.class.<id>.latency_limit_ms`` and
    ``.bandwidth_gbps_per_mw``, each with its source or reasoning and a range).

    Role split (NDRC explainer; Xinhua 2025-02-24, see data/reference/policy_and_network.md §1): eastern hubs
    serve latency-sensitive work (AI inference, video calls, finance, telemedicine); western hubs
    serve offline analysis, training, rendering, storage/backup; low-latency work such as
    securities trading is served locally. Latency limits follow the "1 ms city / 5 ms region /
    20 ms between hubs" goals (§3), read as one-way and doubled: real-time inference 10 ms RTT,
    interactive/general 40 ms RTT, training/batch latency-free. Sensitive data stays in its
    province (residency). Shares: AI = the MIIT 35 % intelligent-compute target split 57.6/42.4
    inference/training (IDC); sensitive 10 % has no source (reasoned, wide range); general cloud
    is the remainder.
    """
    return (
        _default_class("realtime", "anywhere", "10G"),
        _default_class("interactive", "anywhere", "100G"),
        _default_class("training", "anywhere", "400G"),
        _default_class("sensitive", "province", "10G"),
    )


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
