"""Preview the shift: solve the built-in baseline and the planner's scenario, then diff.

``Previewer`` keeps one warm HiGHS solver for the scenario (so a drag re-solves from the last
basis) and solves the baseline once.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from app.datasets.atlas import Atlas
from app.engine.allocation import AllocationResult, Solver
from app.engine.national_problem import (
    AllocationAssumptions,
    PlacedSupply,
    build_national_problem,
)
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
        """Per province: MW of its demand served elsewhere minus MW it serves for others
        (positive = imports compute, negative = exports)."""
        res = result or self.scenario
        flows = res.flows
        away = flows[flows["region"] != flows["site_province"]]
        out = away.groupby("region")["mw"].sum()
        into = away.groupby("site_province")["mw"].sum()
        ids = res.problem.regions.ids
        return {str(r): float(out.get(r, 0.0) - into.get(r, 0.0)) for r in ids}

    def net_import_change_mw(self) -> dict[str, float]:
        after, before = self.net_import_mw(self.scenario), self.net_import_mw(self.base)
        return {k: after[k] - before.get(k, 0.0) for k in after}


class Previewer:
    """Solves base (once per atlas) and scenario (warm) and returns a :class:`Preview`."""

    def __init__(self, atlas: Atlas) -> None:
        self.atlas = atlas
        atlas.province_points  # noqa: B018 - project on the constructing (GUI) thread
        self.solver = Solver()
        self._base: AllocationResult | None = None

    def base(self) -> AllocationResult:
        if self._base is None:
            problem = build_national_problem(self.atlas, AllocationAssumptions())
            self._base = Solver().solve(problem)
        return self._base

    def run(self, assumptions: AllocationAssumptions, placed: list[PlacedSupply],
            progress=lambda f: None, is_cancelled=lambda: False) -> Preview | None:
        """Build + solve + diff; None when cancelled between steps."""
        progress(0.05)
        base = self.base()
        if is_cancelled():
            return None
        progress(0.4)
        scenario = self.solver.solve(build_national_problem(self.atlas, assumptions, placed))
        if is_cancelled():
            return None
        progress(0.9)
        return Preview(base, scenario)


def _flows_by_key(res: AllocationResult) -> dict[tuple[str, str], float]:
    """MW per (region id, site id), summed over classes."""
    mw = np.asarray(res.flow_mw)
    j = np.flatnonzero(mw > 1e-9)
    region, site = res.problem.regions.ids[res.pair_region[j]], res.problem.sites.ids[res.pair_site[j]]
    out: dict[tuple[str, str], float] = {}
    for r, s_, v in zip(region.tolist(), site.tolist(), mw[j].tolist(), strict=True):
        out[(r, s_)] = out.get((r, s_), 0.0) + v
    return out


def placed_supply(sites, metrics) -> list[PlacedSupply]:
    """Placed sites (domain) + their evaluation -> what the allocation needs."""
    out = []
    for site in sites:
        m = metrics.get(site.id)
        if m is None:
            continue
        tariff = m.tariff_cny_per_kwh if np.isfinite(m.tariff_cny_per_kwh) else 0.0
        out.append(PlacedSupply(site.id, site.name, site.lon, site.lat, m.province_adcode,
                                site.capacity_mw, m.annual_pue, tariff))
    return out
