"""Preview the shift: the baseline and the planner's scenario, then diff.

``Preview`` is the pair the map, tables and reports read; ``app.engine.evaluate`` builds it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from app.engine.allocation import AllocationResult
from app.engine.shift import ShiftReport, diff


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
        """MW that changed serving site (same as ``shift.moved_mw``, in numpy)."""
        before, after = _flows_by_key(self.base), _flows_by_key(self.scenario)
        keys = set(before) | set(after)
        return float(sum(max(after.get(k, 0.0) - before.get(k, 0.0), 0.0) for k in keys))

    def net_import_mw(self, result: AllocationResult | None = None) -> dict[str, float]:
        """Per province: MW of its demand served in other provinces minus MW it serves for
        others (positive = imports compute, negative = exports); prefecture regions are
        summed into their province."""
        res = result or self.scenario
        regions = res.problem.regions
        province = dict(zip(regions.ids.tolist(), regions.province_id.tolist(), strict=True))
        flows = res.flows.assign(province=lambda f: f["region"].map(province))
        away = flows[flows["province"] != flows["site_province"]]
        out = away.groupby("province")["mw"].sum()
        into = away.groupby("site_province")["mw"].sum()
        return {
            str(p): float(out.get(p, 0.0) - into.get(p, 0.0))
            for p in dict.fromkeys(regions.province_id.tolist())
        }

    def net_import_change_mw(self) -> dict[str, float]:
        after, before = self.net_import_mw(self.scenario), self.net_import_mw(self.base)
        return {k: after[k] - before.get(k, 0.0) for k in after}


def _flows_by_key(res: AllocationResult) -> dict[tuple[str, str], float]:
    """MW per (region id, site id), summed over classes."""
    mw = np.asarray(res.flow_mw)
    j = np.flatnonzero(mw > 1e-9)
    region, site = (
        res.problem.regions.ids[res.pair_region[j]],
        res.problem.sites.ids[res.pair_site[j]],
    )
    out: dict[tuple[str, str], float] = {}
    for r, s_, v in zip(region.tolist(), site.tolist(), mw[j].tolist(), strict=True):
        out[(r, s_)] = out.get((r, s_), 0.0) + v
    return out
