"""Where should the next N MW go? Site suggestions from an optimiser.

:func:`suggest` prices every candidate location with every allowed cooling technology and
facility class (:mod:`app.engine.suggest.suggest_candidates`), builds the scenario's own allocation as
a mixed-integer program with those options (:mod:`app.engine.suggest.suggest_model`), finds a first
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

import numpy as np

from app.datasets.atlas import Atlas
from app.domain.text import tr
from app.engine.allocation.allocation_build import build
from app.engine.allocation.national_problem import PlacedSupply
from app.engine.costs.site_figures import DEFAULT_CACHE
from app.engine.costs.site_inputs import resolve_sites
from app.engine.evaluate import build_problem, placed_supply, status_quo
from app.engine.suggest.suggest_candidates import (
    Option,
    build_options,
    builtin_locations,
    distinct_locations,
    screen,
)
from app.engine.suggest.suggest_model import Limits, build_model
from app.engine.suggest.suggest_request import SuggestError, SuggestRequest
from app.engine.suggest.suggest_search import (
    Portfolio,
    Prepared,
    alternatives,
    first_plan,
    mip_status,
    portfolio,
    solve_mip,
    steps_of,
    tolerance,
)

Progress = Callable[[float], None]
Cancelled = Callable[[], bool]


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
        raise SuggestError("candidates: " + tr("no location inside a priced mainland province"))
    inputs = resolve_sites(atlas, list(scenario.sites), scenario.assumptions)
    climates = DEFAULT_CACHE.splits(atlas, list(scenario.sites), inputs, band_limit=0)
    assert climates is not None  # no cancel callback: never cancelled
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
    return locations, options, build_model(b, first, options, lim)


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
    locations, options, model = prepared
    from app.engine.evaluate import evaluate

    base = evaluate(scenario, atlas=atlas, free=False)
    if base is None or not base.result.ok:
        status = "cancelled" if base is None else base.result.status
        raise SuggestError(tr("the scenario itself does not solve: {status}").format(status=status))
    # The MIP leaves out what no choice changes (the placed sites' fixed costs): add it back,
    # so every cost below is the one evaluation's (plan_cost).
    offset = plan_cost(base) - base.result.objective_cny
    t0 = perf_counter()
    prep = Prepared(model, options, req.step_mw)
    cost, _, x = first_plan(prep, req, t0 + 0.8)
    first = portfolio(prep, x, cost)
    t_first = perf_counter() - t0
    if on_first is not None:
        on_first(first)
    progress(0.7)
    h = solve_mip(prep, x, req, cancel)
    status = mip_status(h)
    info = h.getInfo()
    if h.getInfo().primal_solution_status == 2:  # kSolutionStatusFeasible
        xb = np.asarray(h.getSolution().col_value)
        best_cost = float(info.objective_function_value)
        best = portfolio(prep, xb, best_cost) if best_cost < cost else first
        best_x = xb if best_cost < cost else x
    else:
        best, best_x = first, x
    # The incumbent repriced with its sizes fixed: the LP's exact cost, not MIP tolerances.
    repriced = prep.price(steps_of(prep, best_x))
    if repriced is not None:
        best = replace(best, cost_cny=repriced[0])
    gap = 0.0 if status == "optimal" else float(info.mip_gap)
    alts = []
    if req.alternatives and not cancel():
        progress(0.85)
        alts = alternatives(prep, best, best_x, req, cancel)

    def shifted(p: Portfolio) -> Portfolio:
        return replace(p, cost_cny=p.cost_cny + offset)

    out = Suggestion(
        req, shifted(best), shifted(first), plan_cost(base), status, gap,
        float(info.mip_dual_bound) + offset, [shifted(p) for p in alts],
        n_locations=len(locations), n_options=len(options), seconds_to_first=t_first,
        tolerance_cny=tolerance(prep, best_x, req),
    )  # fmt: skip
    out.seconds_total = perf_counter() - t0
    progress(1.0)
    return out


def plan_cost(evaluation) -> float:
    """The annual cost a portfolio is chosen on, from the one evaluation (CNY/yr): the
    scenario's ``cost_cny`` (every hall's fixed energy, the placed sites' capex annuity and the
    annualised migration charge included) plus the unserved-demand penalty, as the LP weighs
    it."""
    t = evaluation.totals
    return t["cost_cny"] + t["unserved_penalty_cny"]


def apply(scenario, portfolio: Portfolio, name: str | None = None):
    """``scenario`` with ``portfolio``'s sites added as placed sites (ids new to it), named
    by ``name`` ("Suggested: {name}" in the UI language by default)."""
    name = tr("Suggested: {name}") if name is None else name
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
