"""Status quo -> scenario: what moves, what stays and why, and whether each move pays back.

Inputs are three allocations of the same regions: today (:func:`~app.engine.references.status_quo.
status_quo_result`), the scenario solved with migration friction, and optionally the same
scenario with free moves (the reference "if moving were free"). MW of IT load; savings in CNY
per year; paybacks in years.

The seam for one evaluation (``evaluate``), after the problem is built::

    problem, sq = with_status_quo(problem, assumptions)   # app.engine.references.status_quo
    today = status_quo_result(problem, sq)                # the baseline every view diffs from
    scenario = solver.solve(problem)                      # warm solver, friction included
    free = free_solver.solve(free_problem(problem))       # "if moving were free" (optional)
    preview = migration_preview(today, scenario, free)    # moves, paybacks, stays and why
    shift.diff(today, scenario)                           # the usual per-region/site diff
    status_quo_json(preview, data)                        # the ``solve --json`` additions
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import pandas as pd

from app.engine.allocation.allocation import AllocationProblem, AllocationResult, define_site_costs
from app.engine.allocation.allocation_result import CHANGE_MIN_MW, moved_between, mw_by_key
from app.engine.allocation.network import distance_matrix_km

KEYS = ["region", "class", "site"]
STAY_REASONS = (
    "frozen",
    "not worth the migration cost",
    "cheapest",
    "capacity",
    "latency",
    "residency",
)
"""Why status-quo MW stay: the class is frozen; a cheaper site exists but the saving does not
repay the move (it would move if moving were free); no admissible site is cheaper; cheaper
admissible sites are full; the cheaper sites are out of the class's latency reach; or outside
its residency (province or hub)."""


@dataclass
class MigrationPreview:
    """``moves``: region, class, from_site, to_site, mw, saving_cny_per_mw_year,
    annual_saving_cny, payback_years ("" as from_site: demand not served today, newly served;
    "" as to_site: demand no longer served; neither is a move: no one-off cost, no payback).
    ``stays``: region, class, site, mw, reason. ``free``: the scenario if moving were free
    (None when not given)."""

    status_quo: AllocationResult
    scenario: AllocationResult
    free: AllocationResult | None
    moves: pd.DataFrame
    stays: pd.DataFrame

    @property
    def moved_mw(self) -> float:
        """MW moved from today (:func:`moved_between`, the one definition): the moves from a
        site to a site; newly served demand is not moved."""
        return moved_between(self.status_quo, self.scenario)

    @property
    def newly_served_mw(self) -> float:
        """MW served in the scenario that no site serves today (moves from "")."""
        return float(self.moves.loc[self.moves["from_site"] == "", "mw"].sum())

    def moved_by(self, key: str) -> dict[str, float]:
        """Moved MW per ``"class"`` or ``"region"`` (from a site to a site)."""
        m = self.moves[(self.moves["to_site"] != "") & (self.moves["from_site"] != "")]
        return {str(k): float(v) for k, v in m.groupby(key)["mw"].sum().items()}

    @property
    def one_off_cny(self) -> float:
        """The one-off migration cost of every MW moved (CNY)."""
        mig = self.scenario.problem.migration
        return self.moved_mw * (mig.cost_cny_per_mw if mig is not None else 0.0)

    @property
    def annual_saving_cny(self) -> float:
        """Yearly saving of the moves (serving cost before minus after, CNY per year)."""
        m = self.moves[(self.moves["to_site"] != "") & (self.moves["from_site"] != "")]
        return float(np.nansum(m["annual_saving_cny"].to_numpy(float)))

    @property
    def payback_years(self) -> float:
        """Years the moves' yearly saving takes to repay their one-off cost (+inf: never, no
        saving; NaN: nothing moved)."""
        from app.engine.references.sites_effect import payback_years

        return payback_years(self.one_off_cny, self.annual_saving_cny)

    def stays_by(self) -> pd.DataFrame:
        """MW that stay where they are served today, per reason and class (reason, class, mw)."""
        return self.stays.groupby(["reason", "class"], as_index=False)["mw"].sum()

    def moves_by_route(self) -> pd.DataFrame:
        """Moves summed over regions: from_site, to_site, class, mw, annual_saving_cny and
        payback_years (one-off cost over the route's saving), largest first. Newly served
        demand ("" as from_site) is listed too, with no one-off cost and no payback (NaN)."""
        m = self.moves[self.moves["to_site"] != ""]
        g = m.groupby(["from_site", "to_site", "class"], as_index=False)[
            ["mw", "annual_saving_cny"]
        ].sum()
        mig = self.scenario.problem.migration
        per_mw = np.where(
            g["from_site"] != "", mig.cost_cny_per_mw if mig is not None else 0.0, 0.0
        )
        one_off = g["mw"].to_numpy(float) * per_mw
        saving = g["annual_saving_cny"].to_numpy(float)
        with np.errstate(divide="ignore", invalid="ignore"):
            g["payback_years"] = _paybacks(one_off, saving)
        return g.sort_values("mw", ascending=False, ignore_index=True)


def _index(keys: list[tuple[str, str, str]]) -> pd.MultiIndex:
    """(region, class, site) index; an empty one too (no flows at all)."""
    return pd.MultiIndex.from_arrays([list(level) for level in zip(*keys, strict=True)] or
                                     [[], [], []], names=KEYS)  # fmt: skip


def _flow_table(res: AllocationResult) -> pd.Series:
    flows = mw_by_key(res)
    keys = sorted(flows)
    return pd.Series([flows[k] for k in keys], index=_index(keys), dtype=float, name="mw")


def _both(status_quo: AllocationResult, scenario: AllocationResult) -> pd.DataFrame:
    """Status-quo (q) and scenario (x) MW per (region, class, site), 0 where absent."""
    q, x = mw_by_key(status_quo), mw_by_key(scenario)
    keys = sorted(q.keys() | x.keys())
    return pd.DataFrame(
        {"q": [q.get(k, 0.0) for k in keys], "x": [x.get(k, 0.0) for k in keys]},
        index=_index(keys),
    )


def _pair_cost(res: AllocationResult, region, klass, site) -> np.ndarray:
    """Serving cost (CNY per MW-year) of the given pairs in ``res``; NaN where not a pair."""
    pb = res.problem
    n_k, n_s = len(pb.classes), len(pb.sites)
    r_ix = {v: i for i, v in enumerate(pb.regions.ids.tolist())}
    k_ix = {c.id: i for i, c in enumerate(pb.classes)}
    s_ix = {v: i for i, v in enumerate(pb.sites.ids.tolist())}
    have = (res.pair_region.astype(np.int64) * n_k + res.pair_class) * n_s + res.pair_site
    p = np.array([r_ix.get(v, -1) for v in region], dtype=np.int64)
    k = np.array([k_ix.get(v, -1) for v in klass], dtype=np.int64)
    s = np.array([s_ix.get(v, -1) for v in site], dtype=np.int64)
    key = (p * n_k + k) * n_s + s
    pos = np.minimum(np.searchsorted(have, key), max(len(have) - 1, 0))
    ok = (p >= 0) & (k >= 0) & (s >= 0) & (len(have) > 0)
    ok &= have[pos] == key if len(have) else ok
    return np.where(ok, res.pair_cost_cny_per_mw_year[pos] if len(have) else np.nan, np.nan)


def _moves(sq: AllocationResult, scen: AllocationResult, both: pd.DataFrame) -> pd.DataFrame:
    """``both``: status-quo (q) and scenario (x) MW per (region, class, site)."""
    tol = CHANGE_MIN_MW
    change = (both["x"] - both["q"]).to_numpy()
    changed = both[np.abs(change) > tol]  # few pairs change
    groups: dict[tuple, tuple[list, list]] = {}
    for (rid, cid, sid), q, x in zip(changed.index, changed["q"], changed["x"], strict=True):
        down, up = groups.setdefault((rid, cid), ([], []))
        (down if q > x else up).append((sid, abs(x - q)))
    rows = []
    for (rid, cid), (down, up) in sorted(groups.items()):
        d_sum, u_sum = sum(d for _, d in down), sum(u for _, u in up)
        scale = max(d_sum, u_sum)
        for f, d in down:
            for t, u in up:
                rows.append((rid, cid, f, t, u * d / scale))
            if d_sum > u_sum:  # demand that is no longer served
                rows.append((rid, cid, f, "", d * (d_sum - u_sum) / d_sum))
        if u_sum > d_sum:  # demand served that was not today
            for t, u in up:
                rows.append((rid, cid, "", t, u * (u_sum - d_sum) / u_sum))
    m = pd.DataFrame(rows, columns=["region", "class", "from_site", "to_site", "mw"])
    m = m[m["mw"] > tol].reset_index(drop=True)
    before = _pair_cost(scen, m["region"], m["class"], m["from_site"])
    before = np.where(np.isnan(before), _pair_cost(sq, m["region"], m["class"], m["from_site"]),
                      before)  # fmt: skip
    after = _pair_cost(scen, m["region"], m["class"], m["to_site"])
    m["saving_cny_per_mw_year"] = before - after
    m["annual_saving_cny"] = m["mw"] * m["saving_cny_per_mw_year"]
    mig = scen.problem.migration
    move = (m["from_site"] != "") & (m["to_site"] != "")  # newly (un)served: no move, no cost
    one_off = np.where(move, mig.cost_cny_per_mw if mig is not None else 0.0, 0.0)
    saving = m["saving_cny_per_mw_year"].to_numpy(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        m["payback_years"] = _paybacks(one_off, saving)
    return m


class _ServingCosts:
    """Serving cost of (region p, class k) at every site, admissible or not: the problem's
    per-site costs (:func:`define_site_costs`) plus transport over the route, with every
    region's routes computed in one go (not one distance row per stay)."""

    def __init__(self, pb: AllocationProblem) -> None:
        sc, net = define_site_costs(pb), pb.network
        self.pb = pb
        self.site = sc["energy_cny"] + pb.carbon_price_cny_per_t * sc["carbon_t"] + sc["capex_cny"]
        dist = distance_matrix_km(pb.regions.lat, pb.regions.lon, pb.sites.lat, pb.sites.lon)
        self.route_km = net.route_km(dist)

    def __call__(self, p: int, k: int) -> np.ndarray:
        c, net = self.pb.classes[k], self.pb.network
        price = c.bandwidth_gbps_per_mw * net.price_cny_per_gbps_km_year(c.bandwidth_tier)
        return self.site + price * self.route_km[p]


def _stays(scen: AllocationResult, free: AllocationResult | None, both: pd.DataFrame):
    kept = np.minimum(both["q"], both["x"])
    stays = kept[kept > 1e-6].rename("mw").reset_index()
    pb = scen.problem
    frozen = set(pb.migration.frozen_classes) if pb.migration is not None else set()
    free_x = mw_by_key(free) if free is not None else None
    r_ix = {v: i for i, v in enumerate(pb.regions.ids.tolist())}
    k_ix = {c.id: i for i, c in enumerate(pb.classes)}
    s_ix = {v: i for i, v in enumerate(pb.sites.ids.tolist())}
    costs: dict[tuple[int, int], np.ndarray] = {}
    serving = _ServingCosts(pb) if len(stays) else None
    admissible: dict[tuple[int, int], set[int]] = {}
    reasons = []
    for rid, cid, sid, mw in stays.itertuples(index=False):
        if cid in frozen:
            reasons.append("frozen")
            continue
        if free_x is not None and free_x.get((rid, cid, sid), 0.0) < mw - 1e-6:
            reasons.append("not worth the migration cost")
            continue
        p, k, s = r_ix[rid], k_ix[cid], s_ix[sid]
        if (p, k) not in costs:
            assert serving is not None
            costs[p, k] = serving(p, k)
        cost = costs[p, k]
        cheaper = np.flatnonzero(cost < cost[s] - 1e-6 * (1 + abs(cost[s])))
        if (p, k) not in admissible:
            pick = (scen.pair_region == p) & (scen.pair_class == k)
            admissible[p, k] = set(scen.pair_site[pick].tolist())
        reasons.append(_why(pb, p, k, cheaper, admissible[p, k]))
    stays["reason"] = reasons
    return stays


def _why(pb: AllocationProblem, p: int, k: int, cheaper, admissible: set[int]) -> str:
    """Why no cheaper site takes (p, k): none, full, out of latency reach or residency
    (``admissible``: the sites (p, k) may use in the scenario)."""
    if len(cheaper) == 0:
        return "cheapest"
    if any(int(s) in admissible for s in cheaper):
        return "capacity"
    c, r, s = pb.classes[k], pb.regions, pb.sites
    best = int(cheaper[0])
    same_prov = r.province_id[p] == s.province_id[best]
    same_hub = same_prov or (r.hub_id[p] != "" and r.hub_id[p] == s.hub_id[best])
    if (c.residency == "province" and not same_prov) or (c.residency == "hub" and not same_hub):
        return "residency"
    return "latency"


def migration_preview(
    status_quo: AllocationResult, scenario: AllocationResult, free: AllocationResult | None = None
) -> MigrationPreview:
    """Moves (with saving and payback) and stays (with a reason) from today to ``scenario``."""
    both = _both(status_quo, scenario)
    return MigrationPreview(status_quo, scenario, free, _moves(status_quo, scenario, both),
                            _stays(scenario, free, both))  # fmt: skip


def free_problem(problem: AllocationProblem) -> AllocationProblem:
    """The same problem with free moves (no migration terms): the "if moving were free" view."""
    return replace(problem, migration=None)


def _num(x: float) -> float | None:
    """JSON-safe number (NaN/inf -> None)."""
    return float(x) if np.isfinite(x) else None


def preview_of(
    problem: AllocationProblem, result: AllocationResult, free: bool = True
) -> MigrationPreview:
    """The preview of a solved ``problem`` whose ``migration`` holds the status quo; solves the
    free-moving reference unless ``free`` is False."""
    from app.engine.allocation.allocation import solve
    from app.engine.references.status_quo import StatusQuo, status_quo_result

    sq = status_quo_result(problem, StatusQuo.from_problem(problem))
    return migration_preview(sq, result, solve(free_problem(problem)) if free else None)


def status_quo_json(preview: MigrationPreview, data: dict | None = None) -> dict:
    """The ``solve --json`` additions: ``moved_mw`` (total, per class), per site
    ``status_quo_load_mw``, the moves with their payback, and the free-moving reference.
    With ``data`` (the solve's JSON), merged into it: per-site entries join its ``sites``."""
    sq, scen = preview.status_quo, preview.scenario
    sq_load = dict(zip(sq.problem.sites.ids.tolist(), sq.site_load_mw.tolist(), strict=True))
    moves = preview.moves[preview.moves["mw"] > 1e-6]
    out: dict[str, Any] = {
        "moved_mw": {"total": preview.moved_mw, "by_class": preview.moved_by("class")},
        "sites": {
            sid: {"status_quo_load_mw": float(sq_load.get(sid, 0.0))}
            for sid in scen.problem.sites.ids.tolist()
        },  # fmt: skip
        "status_quo_totals": {k: _num(v) for k, v in sq.totals.items()},
        "moves": [
            {
                "region": r.region,
                "class": r[1],
                "from_site": r.from_site,
                "to_site": r.to_site,
                "mw": float(r.mw),
                "annual_saving_cny": _num(r.annual_saving_cny),
                "payback_years": _num(r.payback_years),
            }
            for r in moves.itertuples(index=False)
        ],  # fmt: skip
        "stays_mw_by_reason": {
            str(k): float(v) for k, v in preview.stays.groupby("reason")["mw"].sum().items()
        },
    }
    if preview.free is not None:
        f = preview.free
        out["if_moving_were_free"] = {
            "moved_mw": moved_between(sq, f),
            "totals": {k: _num(v) for k, v in f.totals.items()},
        }
    if data is None:
        return out
    for sid, extra in out.pop("sites").items():
        data.setdefault("sites", {}).setdefault(sid, {}).update(extra)
    data.update(out)
    return data


def _paybacks(one_off, saving: np.ndarray) -> np.ndarray:
    """Per move, years its saving takes to repay its one-off cost (+inf: never; NaN: free)."""
    one_off = np.broadcast_to(np.asarray(one_off, float), saving.shape)
    with np.errstate(divide="ignore", invalid="ignore"):
        never = np.where(one_off > 0, np.inf, np.nan)
        return np.where(saving > 0, one_off / saving, never)
