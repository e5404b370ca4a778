"""Preview the shift: the baseline and the planner's scenario, then diff.

``Preview`` is the pair the map, tables and reports read; ``app.engine.evaluate`` builds it.
``Previewer`` is the older entry point (allocation inputs without site evaluation): it keeps
one warm HiGHS solver for the scenario and solves the baseline - the same assumptions without
the placed sites - once per assumption set.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from app.datasets.atlas import Atlas
from app.engine.allocation import AllocationResult, Solver
from app.engine.allocation_result import moved_between
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
        """MW served elsewhere than in the base (:func:`moved_between`, the one definition)."""
        return moved_between(self.base, self.scenario)

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


class Previewer:
    """Solves base (once per atlas) and scenario (warm) and returns a :class:`Preview`."""

    def __init__(self, atlas: Atlas) -> None:
        self.atlas = atlas
        atlas.province_points  # noqa: B018 - project on the constructing (GUI) thread
        self.solvers = {"province": Solver(), "prefecture": Solver()}
        self._base: dict[str, AllocationResult] = {}

    def prepare(self, regions: str) -> None:
        """Project the demand points now, on the calling (GUI) thread: pyproj must not run on
        a Qt worker thread."""
        if regions == "prefecture":
            self.atlas.prefecture_points  # noqa: B018

    def problem(
        self,
        assumptions: AllocationAssumptions,
        placed: list[PlacedSupply],
        regions: str = "province",
    ):
        problem = build_national_problem(self.atlas, assumptions, placed)
        if regions == "prefecture":
            from app.engine.prefecture_regions import to_prefectures

            problem = to_prefectures(self.atlas, problem)
        return problem

    def base(
        self, regions: str = "province", assumptions: AllocationAssumptions | None = None
    ) -> AllocationResult:
        """The baseline: no placed sites, the same assumptions (cached per assumption set)."""
        a = assumptions or AllocationAssumptions()
        key = f"{regions}:{a!r}"
        if key not in self._base:
            self._base[key] = Solver().solve(self.problem(a, [], regions))
        return self._base[key]

    def run(
        self,
        assumptions: AllocationAssumptions,
        placed: list[PlacedSupply],
        progress=lambda f: None,
        is_cancelled=lambda: False,
        regions: str = "province",
    ) -> Preview | None:
        """Build + solve + diff; None when cancelled between steps. ``regions`` is
        "province" or "prefecture" (call ``prepare(regions)`` on the GUI thread first)."""
        progress(0.05)
        base = self.base(regions, assumptions)
        if is_cancelled():
            return None
        progress(0.4)
        scenario = self.solvers[regions].solve(self.problem(assumptions, placed, regions))
        if is_cancelled():
            return None
        progress(0.9)
        return Preview(base, scenario)


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


def placed_supply(sites, metrics) -> list[PlacedSupply]:
    """Placed sites (domain) + their evaluation -> what the allocation needs."""
    out = []
    for site in sites:
        m = metrics.get(site.id)
        if m is None:
            continue
        tariff = m.tariff_cny_per_kwh if np.isfinite(m.tariff_cny_per_kwh) else 0.0
        out.append(
            PlacedSupply(
                site.id,
                site.name,
                site.lon,
                site.lat,
                m.province_adcode,
                site.capacity_mw,
                m.annual_pue,
                tariff,
            )
        )
    return out
