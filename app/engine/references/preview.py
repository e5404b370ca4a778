"""Preview the shift: the baseline and the planner's scenario, then diff.

``Preview`` is the pair the map, tables and reports read; ``app.engine.evaluate`` builds it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from app.engine.allocation.allocation import AllocationResult
from app.engine.allocation.allocation_result import FLOW_MIN_MW, moved_between
from app.engine.references.shift import ShiftReport, diff


@dataclass
class Preview:
    """Base and scenario allocations; the full diff (pandas, ~30 ms) is built on first use so
    a live drag only pays for what it shows."""

    base: AllocationResult
    scenario: AllocationResult

    @cached_property
    def shift(self) -> ShiftReport:
        return diff(self.base, self.scenario)

    def totals_change(self, name: str) -> tuple[float, float]:
        """(after, change) of a total such as ``cost_cny`` or ``carbon_t``."""
        after = float(self.scenario.totals[name])
        return after, after - float(self.base.totals[name])

    @cached_property
    def moved_mw(self) -> float:
        """MW served elsewhere than in the base (:func:`moved_between`, the one definition)."""
        return moved_between(self.base, self.scenario)

    def net_import_mw(self, result: AllocationResult | None = None) -> dict[str, float]:
        """Per province: MW of its demand served in other provinces minus MW it serves for
        others (positive = imports compute, negative = exports); prefecture regions are
        summed into their province."""
        res = result or self.scenario
        regions, sites = res.problem.regions, res.problem.sites
        provinces = list(dict.fromkeys(regions.province_id.tolist()))
        # numpy on the pair arrays (this runs on every drag step): one bincount each way
        number = {p: i for i, p in enumerate(provinces)}
        own = np.array([number[p] for p in regions.province_id.tolist()], dtype=np.int64)
        at = np.array([number.get(p, -1) for p in sites.province_id.tolist()], dtype=np.int64)
        mw = np.asarray(res.flow_mw, dtype=float)
        src, dst = own[res.pair_region], at[res.pair_site]
        away = (mw > FLOW_MIN_MW) & (src != dst)
        out = np.bincount(src[away], mw[away], len(provinces))
        served = away & (dst >= 0)  # a site outside every demand province imports nothing
        into = np.bincount(dst[served], mw[served], len(provinces))
        return {p: float(out[i] - into[i]) for i, p in enumerate(provinces)}

    def net_import_change_mw(self) -> dict[str, float]:
        after, before = self.net_import_mw(self.scenario), self.net_import_mw(self.base)
        return {k: after[k] - before.get(k, 0.0) for k in after}
