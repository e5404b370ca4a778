"""Where should the next N MW go? Site suggestions from an optimiser.

:func:`suggest` prices every candidate location with every allowed cooling technology and
facility class (:mod:`app.engine.suggest_candidates`), builds the scenario's own allocation as
a mixed-integer program with those options (:mod:`app.engine.suggest_model`), finds a first
answer at once with a greedy rounding of the LP relaxation plus a local search, hands it to
HiGHS's branch and bound as a start, and reports the proven gap. Near-optimal alternatives
(modelling to generate alternatives): portfolios within ``within`` of the optimum that avoid the
locations already used, each different from the others. Every portfolio's annual cost is the
scenario's LP with those sites placed plus their fixed costs, the same arithmetic as
:func:`app.engine.evaluate.evaluate`; :func:`apply` turns a portfolio into placed sites.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from time import perf_counter

import highspy
import numpy as np

from app.datasets.atlas import Atlas
from app.domain.site import Site
from app.engine.allocation_problem import build
from app.engine.allocation_solver import new_highs
from app.engine.evaluate import build_problem, placed_supply, status_quo
from app.engine.facility import FACILITY_CLASSES
from app.engine.national_problem import PlacedSupply
from app.engine.pue import COOLING_TECHS
from app.engine.site_figures import DEFAULT_CACHE
from app.engine.site_inputs import resolve_sites
from app.engine.suggest_candidates import (
    Location,
    Option,
    build_options,
    builtin_locations,
    distinct_locations,
    screen,
)
from app.engine.suggest_model import Limits, SuggestModel, build_model

Progress = Callable[[float], None]
Cancelled = Callable[[], bool]


class SuggestError(ValueError):
    """A request that cannot be answered (one sentence naming the setting)."""


@dataclass(frozen=True)
class SuggestRequest:
    """What the planner asks: ``add_mw`` of IT capacity in at most ``max_sites`` sites."""

    add_mw: float = 600.0
    max_sites: int = 3
    step_mw: float = 50.0
    min_site_mw: float = 50.0
    max_site_mw: float | None = None  # None: add_mw
    technologies: tuple[str, ...] = COOLING_TECHS
    facilities: tuple[str, ...] = tuple(FACILITY_CLASSES)
    utilisation: float = 0.7  # the new sites' design utilisation (their energy split)
    points: tuple[Location, ...] = ()  # the planner's own candidates
    builtin: bool = True  # stations, prefecture seats and cluster cities
    max_locations: int = 300
    no_water_provinces: frozenset[int] = frozenset()
    water_m3_per_site: float | None = None
    water_m3_per_province: float | None = None
    alternatives: int = 0
    within: float = 0.02
    time_limit_s: float = 60.0
    mip_rel_gap: float = 1e-4

    def problems(self) -> list[str]:
        """Each unusable setting, named with its value."""
        out = []
        if not (math.isfinite(self.add_mw) and self.add_mw > 0):
            out.append(f"add_mw: must be > 0, got {self.add_mw}")
        if not self.max_sites >= 1:
            out.append(f"max_sites: must be >= 1, got {self.max_sites}")
        if not (math.isfinite(self.step_mw) and self.step_mw > 0):
            out.append(f"step_mw: must be > 0, got {self.step_mw}")
        elif self.add_mw > 0 and abs(self.add_mw / self.step_mw - round(self.add_mw / self.step_mw)) > 1e-9:
            out.append(f"add_mw: {self.add_mw} is not a multiple of step_mw {self.step_mw}")
        if self.min_site_mw > self.max_mw:
            out.append(f"min_site_mw: {self.min_site_mw} is above max_site_mw {self.max_mw}")
        if self.min_site_mw * 1 > self.add_mw:
            out.append(f"min_site_mw: {self.min_site_mw} is above add_mw {self.add_mw}")
        if self.max_mw * self.max_sites < self.add_mw:
            out.append(
                f"max_sites: {self.max_sites} sites of at most {self.max_mw} MW cannot add "
                f"{self.add_mw} MW"
            )
        for t in self.technologies:
            if t not in COOLING_TECHS:
                out.append(f"technologies: unknown cooling {t!r} (one of {', '.join(COOLING_TECHS)})")
        for f in self.facilities:
            if f not in FACILITY_CLASSES:
                out.append(f"facilities: unknown class {f!r} (one of {', '.join(FACILITY_CLASSES)})")
        if not 0 < self.utilisation <= 1:
            out.append(f"utilisation: must be in (0, 1], got {self.utilisation}")
        if not 0 <= self.within < 1:
            out.append(f"within: must be in [0, 1), got {self.within}")
        if self.alternatives < 0:
            out.append(f"alternatives: must be >= 0, got {self.alternatives}")
        if not (self.builtin or self.points):
            out.append("candidates: no built-in locations and no points of the planner's")
        return out

    @property
    def max_mw(self) -> float:
        return self.add_mw if self.max_site_mw is None else self.max_site_mw


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


@dataclass
class Suggestion:
    """The best portfolio found, the first (heuristic) one, the proven gap and alternatives.

    ``base_cost_cny`` is the scenario as it is (no suggested sites); ``status`` HiGHS's MIP
    status ("optimal", "time limit reached", "interrupted by user", ...); ``gap`` the relative
    MIP gap of ``best`` (0 when proven optimal)."""

    request: SuggestRequest
    best: Portfolio
    first: Portfolio
    base_cost_cny: float
    status: str
    gap: float
    dual_bound_cny: float
    alternatives: list[Portfolio] = field(default_factory=list)
    n_locations: int = 0
    n_options: int = 0
    seconds_to_first: float = math.nan
    seconds_total: float = math.nan
    tolerance_cny: float = 0.0  # how much dearer than ``best`` an alternative may be

    @property
    def first_gap(self) -> float:
        """Relative gap of the first (heuristic) answer to the proven lower bound."""
        return (self.first.cost_cny - self.dual_bound_cny) / max(abs(self.first.cost_cny), 1.0)

    @property
    def saving_cny(self) -> float:
        """What ``best`` saves a year against the scenario as it is (negative: it costs)."""
        return self.base_cost_cny - self.best.cost_cny


class _Prepared:
    """The MIP of one request with a HiGHS LP of it for pricing fixed portfolios."""

    def __init__(self, model: SuggestModel, options: list[Option], step: float) -> None:
        self.model, self.options, self.step = model, options, step
        self.lp_highs = new_highs()
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
        _check(h, "LP relaxation")
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


def _check(h: highspy.Highs, what: str) -> None:
    if h.getModelStatus() != highspy.HighsModelStatus.kOptimal:
        raise SuggestError(
            f"{what}: {h.modelStatusToString(h.getModelStatus())} (no plan adds these MW)"
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


def _greedy(prep: _Prepared, req: SuggestRequest, deadline: float) -> tuple[float, dict, np.ndarray]:
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
        raise SuggestError("no feasible first plan: check min/max site size and max_sites")
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


def _plan(prep: _Prepared, chosen: list[int], weights, req: SuggestRequest):
    steps = _sizes(list(weights), req)
    if steps is None:
        return None
    priced = prep.price(dict(zip(chosen, steps, strict=True)))
    if priced is None:
        return None
    return priced[0], dict(zip(chosen, steps, strict=True)), priced[1]


def _portfolio(prep: _Prepared, x: np.ndarray, cost: float) -> Portfolio:
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


def _solve_mip(prep: _Prepared, start: np.ndarray, req: SuggestRequest, cancel, extra=None):
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


def _mip_status(h: highspy.Highs) -> str:
    ms = h.getModelStatus()
    return "optimal" if ms == highspy.HighsModelStatus.kOptimal else h.modelStatusToString(ms).lower()


def prepare(atlas: Atlas, scenario, req: SuggestRequest, progress: Progress, cancel: Cancelled):
    """Candidates, options and the MIP (None when cancelled)."""
    locations = (builtin_locations(atlas) if req.builtin else []) + list(req.points)
    locations = list(req.points) + [p for p in locations if p.kind != "planner"]
    locations = distinct_locations(locations)
    built = build_options(
        atlas, scenario, locations, req.technologies, req.facilities, req.utilisation,
        no_water_provinces=req.no_water_provinces,
        with_water=req.water_m3_per_site is not None or req.water_m3_per_province is not None,
        progress=lambda f: progress(0.6 * f), cancel=cancel,
    )  # fmt: skip
    if built is None:
        return None
    locations, options = screen(*built, req.max_locations)
    if not options:
        raise SuggestError("candidates: no location inside a priced mainland province")
    inputs = resolve_sites(atlas, list(scenario.sites), scenario.assumptions)
    climates = DEFAULT_CACHE.splits(atlas, list(scenario.sites), inputs, band_limit=0)
    placed = placed_supply(list(zip(scenario.sites, inputs, climates, strict=True)))
    spots = [
        PlacedSupply(f"suggest-location:{i}", p.name, p.lon, p.lat,
                     _province(options, i), 0.0, 1.0, 0.0, 0.0)
        for i, p in enumerate(locations)
    ]  # fmt: skip
    _, today = status_quo(atlas, scenario)
    problem = build_problem(atlas, scenario, placed + spots, today)
    b = build(problem)
    first = list(problem.sites.ids).index("suggest-location:0")
    lim = Limits(
        req.add_mw, req.max_sites, req.step_mw, req.min_site_mw, req.max_mw,
        req.water_m3_per_site, req.water_m3_per_province,
    )  # fmt: skip
    base = build_problem(atlas, scenario, placed, today)
    return locations, options, build_model(b, first, options, lim), base


def _province(options: list[Option], location: int) -> int | None:
    return next(o.inputs.province_adcode for o in options if o.location == location)


def suggest(
    scenario,
    req: SuggestRequest,
    progress: Progress | None = None,
    cancel: Cancelled | None = None,
    *,
    atlas: Atlas | None = None,
    on_first: Callable[[Portfolio], None] | None = None,
) -> Suggestion | None:
    """Suggest where ``req.add_mw`` should go in ``scenario`` (None when cancelled)."""
    problems = req.problems()
    if problems:
        raise SuggestError("; ".join(problems))
    progress = progress or (lambda f: None)
    cancel = cancel or (lambda: False)
    if atlas is None:
        from app.datasets.base_atlas import atlas_for_base

        atlas = atlas_for_base(scenario.base)
    prepared = prepare(atlas, scenario, req, progress, cancel)
    if prepared is None or cancel():
        return None
    locations, options, model, base_problem = prepared
    from app.engine.allocation import Solver

    base = Solver().solve(base_problem)
    if not base.ok:
        raise SuggestError(f"the scenario itself does not solve: {base.status}")
    t0 = perf_counter()
    prep = _Prepared(model, options, req.step_mw)
    cost, _, x = _greedy(prep, req, t0 + 0.6)
    first = _portfolio(prep, x, cost)
    t_first = perf_counter() - t0
    if on_first is not None:
        on_first(first)
    progress(0.7)
    h = _solve_mip(prep, x, req, cancel)
    status = _mip_status(h)
    info = h.getInfo()
    if h.getInfo().primal_solution_status == 2:  # kSolutionStatusFeasible
        xb = np.asarray(h.getSolution().col_value)
        best_cost = float(info.objective_function_value)
        best = _portfolio(prep, xb, best_cost) if best_cost < cost else first
        best_x = xb if best_cost < cost else x
    else:
        best, best_x = first, x
    # The incumbent repriced with its sizes fixed: the LP's exact cost, not MIP tolerances.
    repriced = prep.price(_steps_of(prep, best_x))
    if repriced is not None:
        best = replace(best, cost_cny=repriced[0])
    gap = 0.0 if status == "optimal" else float(info.mip_gap)
    out = Suggestion(
        req, best, first, float(base.objective_cny), status, gap,
        float(info.mip_dual_bound), n_locations=len(locations), n_options=len(options),
        seconds_to_first=t_first,
    )  # fmt: skip
    progress(0.85)
    out.tolerance_cny = tolerance(prep, best_x, req)
    if req.alternatives and not cancel():
        out.alternatives = alternatives(prep, best, best_x, req, cancel)
    out.seconds_total = perf_counter() - t0
    progress(1.0)
    return out


def tolerance(prep: _Prepared, x: np.ndarray, req: SuggestRequest) -> float:
    """CNY/yr an alternative may cost above the best: ``within`` x the sites' own cost."""
    return req.within * own_cost(prep, x)


def own_cost(prep: _Prepared, x: np.ndarray) -> float:
    """The new sites' own annual cost in solution ``x`` (CNY/yr: their fixed costs and the
    energy and carbon of the load they serve): the base of the alternatives' tolerance, since
    a share of the whole network's cost would dwarf the sites' value."""
    m = prep.model
    cost = np.asarray(m.lp.col_cost_)
    return float(cost[m.z] @ x[m.z] + cost[m.n] @ x[m.n])


def _steps_of(prep: _Prepared, x: np.ndarray) -> dict[int, int]:
    steps = np.rint(x[prep.model.n]).astype(int)
    return {int(j): int(steps[j]) for j in np.flatnonzero(steps > 0)}


def alternatives(
    prep: _Prepared, best: Portfolio, best_x: np.ndarray, req: SuggestRequest, cancel: Cancelled
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
            h.addRow(-highspy.kHighsInf, cap, len(nz), nz.astype(np.int32), cost[nz])
            for p in found:  # never the same set of locations again
                cols = y_cols[np.isin(m.location_of, list(p.locations))]
                h.addRow(-highspy.kHighsInf, len(p.locations) - 1, len(cols),
                         cols.astype(np.int32), np.ones(len(cols)))  # fmt: skip
            new_cost = np.zeros(len(cost))
            new_cost[y_cols[np.isin(m.location_of, list(used))]] = 1.0
            h.changeColsCost(len(cost), np.arange(len(cost), dtype=np.int32), new_cost)

        h = _solve_mip(prep, used_x, req, cancel, edit)
        if h.getInfo().primal_solution_status != 2:
            break
        x = np.asarray(h.getSolution().col_value)
        priced = prep.price(_steps_of(prep, x))
        if priced is None or priced[0] > cap * (1 + 1e-9):
            break
        p = _portfolio(prep, priced[1], priced[0])
        if p.locations in {q.locations for q in found}:
            break
        found.append(p)
        out.append(p)
    return out


def plan_cost(evaluation) -> float:
    """The annual cost a portfolio is chosen on, from the one evaluation (CNY/yr): the
    scenario's totals (fixed energy and capex annuity of placed sites included) plus the
    annualised migration charge and the unserved-demand penalty, as the LP weighs them."""
    t = evaluation.totals
    return t["cost_cny"] + t["migration_cost"] + t["unserved_penalty_cny"]


def apply(scenario, portfolio: Portfolio, name: str = "Suggested: {name}"):
    """``scenario`` with ``portfolio``'s sites added as placed sites (ids new to it)."""
    taken = {s.id for s in scenario.sites}
    ids = (f"suggested-{n}" for n in itertools.count(1))
    fresh = [i for i in itertools.islice((i for i in ids if i not in taken), len(portfolio.sites))]
    sites = [
        replace(s, id=i, name=name.format(name=s.name))
        for s, i in zip(portfolio.sites, fresh, strict=True)
    ]
    return replace(scenario, sites=[*scenario.sites, *sites])


__all__ = [
    "Portfolio",
    "SuggestError",
    "SuggestRequest",
    "Suggestion",
    "alternatives",
    "apply",
    "plan_cost",
    "suggest",
]
