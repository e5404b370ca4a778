"""Preview the shift: how demand moves between sites and provinces from a base to a scenario.

Both inputs are :class:`~app.engine.allocation.allocation.AllocationResult` objects of problems with the
same region ids (sites may be added, removed or moved). All quantities are MW of IT load or
annual CNY / tCO2 as in the results.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from app.engine.allocation.allocation import AllocationResult


@dataclass(frozen=True)
class ShiftReport:
    """The difference between a base and a scenario allocation.

    * ``by_site``: per region (and class if asked) and serving site: ``site_province``,
      ``before_mw``, ``after_mw``, ``change_mw``; only rows with a flow in either.
    * ``by_province``: the same summed over the serving site's province.
    * ``sites``: per site: ``province``, capacity, load and utilisation before/after,
      ``load_change_mw``, ``dual_before``/``dual_after`` (CNY per MW-year).
    * ``regions``: per region: served, unserved, annual cost and MW-weighted RTT before/after.
    * ``totals``: index = total name, columns ``before``, ``after``, ``change``.
    """

    by_site: pd.DataFrame
    by_province: pd.DataFrame
    sites: pd.DataFrame
    regions: pd.DataFrame
    totals: pd.DataFrame

    @property
    def moved_mw(self) -> float:
        """MW that changed serving site: per region, the smaller of its increases and its
        decreases over sites, summed (as :func:`~app.engine.allocation.allocation_result.
        moved_between`, over classes together: demand served where none was is not moved)."""
        change = self.by_site.set_index("region")["change_mw"]
        up = change.clip(lower=0.0).groupby(level=0).sum()
        down = (-change).clip(lower=0.0).groupby(level=0).sum()
        return float(np.minimum(up, down).sum())

    def region(self, region_id: str) -> pd.DataFrame:
        """Rows of ``by_site`` for one region, biggest changes first."""
        df = self.by_site[self.by_site["region"] == region_id]
        return df.reindex(df["change_mw"].abs().sort_values(ascending=False).index)


def _compare(
    before: pd.DataFrame, after: pd.DataFrame, keys: list[str], tol: float
) -> pd.DataFrame:
    """Outer-join two flow tables on ``keys`` summing ``mw``; adds ``change_mw``."""
    b = before.groupby(keys, sort=False)["mw"].sum().rename("before_mw")
    a = after.groupby(keys, sort=False)["mw"].sum().rename("after_mw")
    df = pd.concat([b, a], axis=1).fillna(0.0)
    df["change_mw"] = df["after_mw"] - df["before_mw"]
    df = df[(df["before_mw"] > tol) | (df["after_mw"] > tol)]
    return df.sort_index().reset_index()


def _region_summary(res: AllocationResult, suffix: str) -> pd.DataFrame:
    t = res.regions_table.groupby(level="region", sort=False)[["served_mw", "unserved_mw"]].sum()
    f = res.flows
    cost = f.groupby("region")["cost_cny"].sum()
    rtt = (f["rtt_ms"] * f["mw"]).groupby(f["region"]).sum() / f.groupby("region")["mw"].sum()
    t["cost_cny"] = cost.reindex(t.index).fillna(0.0)
    t["mean_rtt_ms"] = rtt.reindex(t.index)
    return t.add_suffix(suffix)


def _site_summary(base: AllocationResult, scen: AllocationResult) -> pd.DataFrame:
    cols = ["capacity_mw", "load_mw", "utilisation", "dual_cny_per_mw_year"]
    b = base.sites_table[cols].add_suffix("_before")
    a = scen.sites_table[cols].add_suffix("_after")
    df = b.join(a, how="outer")
    df.insert(
        0, "province", scen.sites_table["province"].combine_first(base.sites_table["province"])
    )
    load = df[["load_mw_before", "load_mw_after"]].fillna(0.0)
    df["load_change_mw"] = load["load_mw_after"] - load["load_mw_before"]
    return df


def diff(
    base: AllocationResult, scen: AllocationResult, by_class: bool = False, tol_mw: float = 1e-6
) -> ShiftReport:
    """Compare two allocations; ``by_class`` keeps workload classes apart in ``by_site`` and
    ``by_province``; flows at or below ``tol_mw`` are ignored."""
    if set(base.problem.regions.ids.tolist()) != set(scen.problem.regions.ids.tolist()):
        raise ValueError("base and scenario must have the same region ids")
    fb, fa = base.flows, scen.flows
    keys = ["region", "class"] if by_class else ["region"]
    by_site = _compare(fb, fa, [*keys, "site", "site_province"], tol_mw)
    by_prov = _compare(
        fb.rename(columns={"site_province": "province"}),
        fa.rename(columns={"site_province": "province"}),
        [*keys, "province"],
        tol_mw,
    )
    regions = _region_summary(base, "_before").join(_region_summary(scen, "_after"))
    names = list(dict.fromkeys([*base.totals, *scen.totals]))
    before = np.array([base.totals.get(n, np.nan) for n in names], dtype=float)
    after = np.array([scen.totals.get(n, np.nan) for n in names], dtype=float)
    totals = pd.DataFrame(
        {"before": before, "after": after, "change": after - before}, index=pd.Index(names)
    )
    return ShiftReport(by_site, by_prov, _site_summary(base, scen), regions, totals)
