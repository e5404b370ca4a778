"""Workload classes of the allocation: latency limit, data residency, bandwidth need, share.

Plain data (``app.engine.allocation`` re-exports these names for older imports).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

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


DEFAULT_CLASSES: tuple[WorkloadClass, ...] = (
    WorkloadClass("realtime", "Real-time inference", 10.0, "anywhere", 0.5, 0.15, "10G"),
    WorkloadClass("interactive", "Interactive / general", 40.0, "anywhere", 1.0, 0.40, "100G"),
    WorkloadClass("training", "Training / batch", None, "anywhere", 0.1, 0.35, "400G"),
    WorkloadClass("sensitive", "Sensitive data", None, "province", 0.5, 0.10, "10G"),
)
"""Default classes, all editable.

Role split (NDRC explainer; Xinhua 2025-02-24, see policy_and_network.md §1): eastern hubs serve
latency-sensitive work (AI inference, video calls, finance, telemedicine); western hubs serve
offline analysis, training, rendering, storage/backup; low-latency work such as securities
trading is served locally. Latency limits follow the "1 ms city / 5 ms region / 20 ms between
hubs" goals (§3), read as one-way figures as the Guizhou opinion states for its 20 ms links, so
the round-trip limits are twice that: real-time inference 10 ms RTT (the regional circle, ~600 km
great-circle at default network parameters), interactive/general 40 ms RTT (the inter-hub circle,
~2,600 km), training/batch latency-free. Sensitive data stays in its province (residency).
Shares (15/40/35/10 %) and bandwidths per MW are **placeholders** with no source: the planner
should set them; they only encode "inference is smaller than training in bytes per MW of compute
moved, interactive services carry the most user traffic".
"""
