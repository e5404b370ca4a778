"""The search behind site suggestions (:mod:`app.engine.suggest.suggest`): pricing a fixed plan on
the suggestion MIP's LP, a first plan by rounding the LP relaxation plus a local search, HiGHS's
branch and bound from it, and near-optimal alternatives (modelling to generate alternatives:
avoid the locations used so far, never repeat a location set, stay within a cost tolerance).
``req`` is an :class:`app.engine.suggest.suggest.SuggestRequest`.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from time import perf_counter

import highspy
import numpy as np

from app.domain.site import Site
from app.domain.text import tr
from app.engine.allocation.allocation_columns import new_highs
from app.engine.suggest.suggest_candidates import Option
from app.engine.suggest.suggest_model import SuggestModel
from app.engine.suggest.suggest_request import SuggestError, SuggestRequest

Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class Portfolio:
    """Sites to build (``sites``, capacity in MW; ``options[i]`` priced ``sites[i]``) and the
    annual system cost with them (CNY/yr: the scenario's allocation + their fixed costs)."""

    sites: tuple[Site, ...]
    options: tuple[Option, ...]
    cost_cny: float

    @property
    def locations(self) -> frozenset[int]:
        return frozenset(o.location for o in self.options)


class Prepared:
    """The MIP of one request with a HiGHS LP of it for pricing fixed portfolios."""

    def __init__(self, model: SuggestModel, options: list[Option], step: float) -> None:
        self.model, self.options, self.step = model, options, step
        # Primal simplex: about half the time of the dual on this LP (many more columns
        # than rows), measured in benchmarks/bench_suggest.py.
        self.lp_highs = new_highs({"simplex_strategy": 4})
        relaxed = _copy_lp(model.lp, integer=False)
        self.lp_highs.passModel(relaxed)

    def relaxation(self) -> np.ndarray:
        h = self.lp_highs
        n = self.model
        h.changeColsBounds(
            n.n_options * 2,
            np.r_[np.arange(n.n.start, n.n.stop), np.arange(n.y.start, n.y.stop)].astype(np.int32),
            np.zeros(2 * n.n_options),
            np.concatenate([np.asarray(n.lp.col_upper_)[n.n], np.ones(n.n_options)]),
        )
        h.run()
        _check(h)
        return np.asarray(h.getSolution().col_value)

    def price(self, steps: dict[int, int]) -> tuple[float, np.ndarray] | None:
        """Annual cost of building ``steps[j]`` size steps of option ``j`` (None: infeasible)."""
        h, n = self.lp_highs, self.model
        nv = np.zeros(n.n_options)
        for j, k in steps.items():
            nv[j] = k
        yv = (nv > 0).astype(float)
        idx = np.r_[np.arange(n.n.start, n.n.stop), np.arange(n.y.start, n.y.stop)]
        vals = np.concatenate([nv, yv])
        h.changeColsBounds(len(idx), idx.astype(np.int32), vals, vals)
        h.run()
        if h.getModelStatus() != highspy.HighsModelStatus.kOptimal:
            return None
        return float(h.getInfo().objective_function_value), np.asarray(h.getSolution().col_value)


def _copy_lp(lp: highspy.HighsLp, integer: bool) -> highspy.HighsLp:
    out = highspy.HighsLp()
    out.num_col_, out.num_row_ = lp.num_col_, lp.num_row_
    out.offset_ = lp.offset_
    out.col_cost_ = np.asarray(lp.col_cost_)
    out.col_lower_, out.col_upper_ = np.asarray(lp.col_lower_), np.asarray(lp.col_upper_)
    out.row_lower_, out.row_upper_ = np.asarray(lp.row_lower_), np.asarray(lp.row_upper_)
    out.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    out.a_matrix_.num_col_, out.a_matrix_.num_row_ = lp.num_col_, lp.num_row_
    out.a_matrix_.start_ = np.asarray(lp.a_matrix_.start_)
    out.a_matrix_.index_ = np.asarray(lp.a_matrix_.index_)
    out.a_matrix_.value_ = np.asarray(lp.a_matrix_.value_)
    if integer:
        out.integrality_ = list(lp.integrality_)
    return out


def _check(h: highspy.Highs) -> None:
    if h.getModelStatus() != highspy.HighsModelStatus.kOptimal:
        raise SuggestError(
            tr(
                "no plan adds these MW within the sizes, site count and water limits asked "
                "for (HiGHS: {status})"
            ).format(status=h.modelStatusToString(h.getModelStatus()))
        )


def _sizes(weights: list[float], req: SuggestRequest) -> list[int] | None:
    """Size steps for the chosen sites, proportional to ``weights``, summing to ``add_mw``."""
    total = int(round(req.add_mw / req.step_mw))
    lo = int(math.ceil(req.min_site_mw / req.step_mw - 1e-9))
    hi = int(math.floor(req.max_mw / req.step_mw + 1e-9))
    k = len(weights)
    if k * lo > total or k * hi < total:
        return None
    w = np.maximum(np.asarray(weights, dtype=float), 1e-12)
    steps = np.clip(np.floor(w / w.sum() * total).astype(int), lo, hi)
    order = np.argsort(-w)
    i = 0
    while steps.sum() != total and i < 10 * total + 10:
        j = order[i % k]
        if steps.sum() < total and steps[j] < hi:
            steps[j] += 1
        elif steps.sum() > total and steps[j] > lo:
            steps[j] -= 1
        i += 1
    return steps.tolist() if steps.sum() == total else None


def first_plan(
    prep: Prepared, req: SuggestRequest, deadline: float
) -> tuple[float, dict, np.ndarray]:
    """A first plan: round the LP relaxation (most capacity first, one option per location),
    then swap sites for the next-best candidates while that lowers the cost."""
    m, options = prep.model, prep.options
    x = prep.relaxation()
    built = x[m.n] * prep.step
    score = built + 1e-9 / np.maximum([o.full_load_cny_per_mw for o in options], 1.0)
    ranked = list(np.argsort(-score))
    chosen: list[int] = []
    for j in ranked:
        if options[j].location not in {options[c].location for c in chosen}:
            chosen.append(int(j))
        if len(chosen) == req.max_sites or built[j] <= 1e-6 and len(chosen) >= _min_sites(req):
            break
    best = None
    for k in range(_min_sites(req), len(chosen) + 1):
        plan = _plan(prep, chosen[:k], [built[j] for j in chosen[:k]], req)
        if plan and (best is None or plan[0] < best[0]):
            best = plan
    if best is None:
        raise SuggestError(
            tr("no first plan fits the smallest and largest site sizes and the site count")
        )
    pool = [int(j) for j in ranked[: 4 * req.max_sites + 8]]
    improved = True
    while improved and perf_counter() < deadline:
        improved = False
        current = list(best[1])
        for i, j_old in enumerate(current):
            for j_new in pool:
                if perf_counter() > deadline:
                    break
                locs = {options[c].location for c in current if c != j_old}
                if j_new in current or options[j_new].location in locs:
                    continue
                trial = current[:i] + [j_new] + current[i + 1 :]
                plan = _plan(prep, trial, [best[1][c] for c in current], req)
                if plan and plan[0] < best[0] - 1e-6 * abs(best[0]):
                    best, improved = plan, True
                    break
            if improved:
                break
    return best[0], best[1], best[2]


def _min_sites(req: SuggestRequest) -> int:
    return max(1, math.ceil(req.add_mw / req.max_mw - 1e-9))


def _plan(prep: Prepared, chosen: list[int], weights, req: SuggestRequest):
    steps = _sizes(list(weights), req)
    if steps is None:
        return None
    priced = prep.price(dict(zip(chosen, steps, strict=True)))
    if priced is None:
        return None
    return priced[0], dict(zip(chosen, steps, strict=True)), priced[1]


def portfolio(prep: Prepared, x: np.ndarray, cost: float) -> Portfolio:
    m = prep.model
    steps = np.rint(x[m.n]).astype(int)
    built = [j for j in np.flatnonzero(steps > 0)]
    sites, opts = [], []
    for j in built:
        o = prep.options[j]
        sites.append(replace(o.site, capacity_mw=float(steps[j] * prep.step)))
        opts.append(o)
    return Portfolio(tuple(sites), tuple(opts), float(cost))


def _interruptible(h: highspy.Highs, cancel: Cancelled) -> None:
    def callback(kind, message, data_out, data_in, user_data):  # HiGHS's signature
        if cancel():
            data_in.user_interrupt = True

    h.setCallback(callback, None)
    h.startCallback(highspy.cb.HighsCallbackType.kCallbackMipInterrupt)


def solve_mip(prep: Prepared, start: np.ndarray, req: SuggestRequest, cancel, extra=None):
    """Branch and bound from ``start``; ``extra`` edits the model first (alternatives)."""
    lp = _copy_lp(prep.model.lp, integer=True)
    h = new_highs({"time_limit": float(req.time_limit_s), "mip_rel_gap": req.mip_rel_gap})
    h.passModel(lp)
    if extra is not None:
        extra(h)
    sol = highspy.HighsSolution()
    sol.col_value = list(start)
    sol.value_valid = True
    h.setSolution(sol)
    _interruptible(h, cancel)
    h.run()
    return h


def mip_status(h: highspy.Highs) -> str:
    ms = h.getModelStatus()
    return (
        "optimal" if ms == highspy.HighsModelStatus.kOptimal else h.modelStatusToString(ms).lower()
    )


def tolerance(prep: Prepared, x: np.ndarray, req: SuggestRequest) -> float:
    """CNY/yr an alternative may cost above the best: ``within`` x the sites' own cost."""
    return req.within * own_cost(prep, x)


def own_cost(prep: Prepared, x: np.ndarray) -> float:
    """The new sites' own annual cost in solution ``x`` (CNY/yr: their fixed costs and the
    energy and carbon of the load they serve): the base of the alternatives' tolerance, since
    a share of the whole network's cost would dwarf the sites' value."""
    m = prep.model
    cost = np.asarray(m.lp.col_cost_)
    return float(cost[m.z] @ x[m.z] + cost[m.n] @ x[m.n])


def steps_of(prep: Prepared, x: np.ndarray) -> dict[int, int]:
    steps = np.rint(x[prep.model.n]).astype(int)
    return {int(j): int(steps[j]) for j in np.flatnonzero(steps > 0)}


def alternatives(
    prep: Prepared, best: Portfolio, best_x: np.ndarray, req: SuggestRequest, cancel: Cancelled
) -> list[Portfolio]:
    """Up to ``req.alternatives`` portfolios costing at most ``within`` x the best portfolio's
    own annual cost (:func:`own_cost`) more than the best, each avoiding the locations used so
    far as much as it can and never repeating a location set."""
    m = prep.model
    cap = best.cost_cny + tolerance(prep, best_x, req)
    found = [best]
    used_x = best_x
    out: list[Portfolio] = []
    cost = np.asarray(m.lp.col_cost_)
    y_cols = np.arange(m.y.start, m.y.stop)
    for _ in range(req.alternatives):
        if cancel():
            break
        used = set().union(*(p.locations for p in found))

        def edit(h: highspy.Highs, found=tuple(found), used=frozenset(used)) -> None:
            nz = np.flatnonzero(cost)
            # In million CNY: in CNY (coefficients ~1e9, slack ~1e8 on ~5e10) presolve can
            # declare a feasible alternative infeasible.
            h.addRow(-highspy.kHighsInf, cap / 1e6, len(nz), nz.astype(np.int32), cost[nz] / 1e6)
            for p in found:  # never the same set of locations again
                cols = y_cols[np.isin(m.location_of, list(p.locations))]
                h.addRow(-highspy.kHighsInf, len(p.locations) - 1, len(cols),
                         cols.astype(np.int32), np.ones(len(cols)))  # fmt: skip
            new_cost = np.zeros(len(cost))
            new_cost[y_cols[np.isin(m.location_of, list(used))]] = 1.0
            h.changeColsCost(len(cost), np.arange(len(cost), dtype=np.int32), new_cost)

        h = solve_mip(prep, used_x, req, cancel, edit)
        if h.getInfo().primal_solution_status != 2:
            break
        x = np.asarray(h.getSolution().col_value)
        priced = prep.price(steps_of(prep, x))
        if priced is None or priced[0] > cap * (1 + 1e-9):
            break
        p = portfolio(prep, priced[1], priced[0])
        if p.locations in {q.locations for q in found}:
            break
        found.append(p)
        out.append(p)
    return out
