"""One evaluation of a scenario: everything a planner sees, from one Qt-free function.

``evaluate(scenario)`` builds the atlas from the scenario's ``[base]``, resolves every placed
site's inputs once (:mod:`app.engine.costs.site_inputs`), splits its energy into a fixed part per
rated MW and a marginal part per MW served (:mod:`app.engine.costs.site_energy`; the existing halls
get the same split, :func:`app.engine.allocation.national_problem.existing_energy`), solves the scenario
and its three references (:mod:`app.engine.references.references`, docs/glossary.md): *today* (the status
quo, :mod:`app.engine.references.status_quo`; placed sites serve nothing today), *without the placed
sites* (the same scenario, status quo and friction, placed sites removed; both cached per
assumption set) and *if moving were free* (``Evaluation.free``). The scenario is solved with
the friction of moving away from today, so every before/after is today -> scenario; the
placed sites' effect is the scenario minus *without the placed sites*
(``Evaluation.sites_effect``). Every site figure is recomputed at the load the LP chose. The
GUI worker, ``solve``, ``report`` and the comparison call it; no view computes a figure of its
own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import TYPE_CHECKING

import pandas as pd

from app.datasets.atlas import Atlas
from app.domain.ranges import MAX_MW
from app.domain.scenario import Scenario
from app.domain.site import Site
from app.domain.text import language, tr
from app.engine.allocation.allocation import NATIONAL_EMISSION_KG_PER_KWH, AllocationResult, Solver
from app.engine.allocation.allocation_result import moved_between
from app.engine.allocation.demand import demand_in_year
from app.engine.allocation.national_problem import (
    PROXY_NAMES,
    PlacedSupply,
    median_tariff,
    unfactored_provinces,
    unpriced_provinces,
    unproxied_provinces,
)
from app.engine.costs.cost_detail import cost_detail
from app.engine.costs.site_evaluation import SiteEvaluation, finite_or_none, site_results
from app.engine.costs.site_figures import (
    DEFAULT_CACHE,
    ClimateSplit,
    SiteEnergyCache,
)
from app.engine.costs.site_inputs import (
    SiteInputs,
    check_weather_files,
    resolve_sites,
    weather_file_problems,
)
from app.engine.references.migration_preview import (
    MigrationPreview,
    free_problem,
    migration_preview,
)
from app.engine.references.preview import Preview
from app.engine.references.references import (  # noqa: F401 - evaluation_inputs re-exported
    baseline_inputs,
    baseline_key,
    build_problem,
    evaluation_inputs,
    solve_baseline,
    status_quo,
    without_sites,
)
from app.engine.references.sites_effect import investment_cny, sites_effect

if TYPE_CHECKING:
    pass

Progress = Callable[[float], None]
Cancelled = Callable[[], bool]


@dataclass
class Evaluation:
    """Everything a view or report shows for one scenario.

    ``result`` is the scenario solved with migration friction and ``baseline`` today's status
    quo under the same assumptions (placed sites serve nothing today); ``free`` the scenario if
    moving were free (None when not asked for); ``without_sites`` and ``sites_effect`` what the
    placed sites are worth; every ``totals`` includes every hall's load-independent energy; ``sites`` one entry per placed site in the scenario's order; ``flags`` every
    message a planner must see.
    """

    scenario: Scenario
    atlas: Atlas
    sites: list[SiteEvaluation]
    result: AllocationResult
    baseline: AllocationResult
    flags: list[str] = field(default_factory=list)
    free: AllocationResult | None = None
    without_sites: AllocationResult | None = None
    """The scenario without its placed sites (same assumptions, status quo and friction);
    the scenario's own result when it has none, so the effect is exactly zero."""
    investment_cny: float = 0.0
    """One-off cost of building the placed sites the LP could load (CNY)."""
    annuity_by_site: dict[str, float] = field(default_factory=dict)
    """Capex annuity of each placed site the LP could load, by id (CNY a year; their sum is
    the ``capex_cost`` evaluate adds to the totals)."""
    investment_by_site: dict[str, float] = field(default_factory=dict)
    """One-off investment of each of those sites, by id (CNY; their sum is ``investment_cny``)."""

    @cached_property
    def costs(self) -> pd.DataFrame:
        """Every cost line of the scenario hall by hall; each column named like a total sums
        to it (:func:`app.engine.costs.cost_detail.cost_detail`)."""
        return cost_detail(self.result, self.annuity_by_site, self.investment_by_site)

    @cached_property
    def today_costs(self) -> pd.DataFrame:
        """The same detail for today's status quo (no placed site serves or costs anything)."""
        return cost_detail(self.baseline)

    @cached_property
    def sites_effect(self) -> dict[str, float]:
        """Scenario minus *without the placed sites*, every total, plus ``investment_cny``,
        ``migration_one_off_cny``, ``npv_cny`` and ``payback_years``
        (:func:`app.engine.references.sites_effect.sites_effect`)."""
        per_mw = self.scenario.assumptions.migration_cost_cny_per_mw
        without = self.without_sites or self.result
        return sites_effect(self.result, without, self.investment_cny, per_mw)

    @cached_property
    def preview(self) -> Preview:
        """Status quo vs scenario (the diff the map, tables and reports show)."""
        return Preview(self.baseline, self.result)

    @cached_property
    def free_preview(self) -> Preview | None:
        """Status quo vs the scenario if moving were free (the idealised reference)."""
        return None if self.free is None else Preview(self.baseline, self.free)

    @cached_property
    def migration(self) -> MigrationPreview:
        """Moves (from -> to, MW, annual saving, payback) and stays with their reason."""
        return migration_preview(self.baseline, self.result, self.free)

    @cached_property
    def policy(self):
        """The policy scorecard (``app.engine.policy.policy.Scorecard``): every target in force for
        every site, cluster, hub and the nation, here and in the references."""
        from app.engine.policy.policy import scorecard

        def solve_bare() -> AllocationResult | None:
            bare = evaluate(replace(self.scenario, sites=[]), atlas=self.atlas, free=False)
            return None if bare is None else bare.result

        return scorecard(self, solve_bare, baseline_key(self.atlas, self.scenario))

    @property
    def totals(self) -> dict[str, float]:
        return self.result.totals

    @property
    def site(self) -> dict[str, SiteEvaluation]:
        return {e.site.id: e for e in self.sites}

    def site_table(self) -> pd.DataFrame:
        """One row per placed site: design and solved figures side by side."""
        rows = []
        for e in self.sites:
            s = e.solved
            rows.append(
                {
                    "site": e.site.id,
                    "name": e.site.name,
                    "capacity_mw": e.site.capacity_mw,
                    "design_utilisation": e.design.utilisation,
                    "utilisation": None if s is None else s.utilisation,
                    "load_mw": None if s is None else s.load_mw,
                    "pue": None if s is None else s.pue,
                    "energy_mwh": None if s is None else s.energy_mwh,
                    "energy_cost_cny": None if s is None else s.energy_cost_cny,
                    "carbon_t": None if s is None else s.carbon_t,
                    "water_m3": None if s is None else s.water_m3,
                    "price_cny_per_kwh": finite_or_none(e.inputs.price_cny_per_kwh),
                    "dual_cny_per_mw_year": e.dual_cny_per_mw_year,
                    "flags": "; ".join(e.flags),
                }
            )
        return pd.DataFrame(rows)


def placed_supply(evals: list[tuple[Site, SiteInputs, ClimateSplit]]) -> list[PlacedSupply]:
    """The sites the allocation may load, priced at the margin; their fixed energy is a
    constant of the totals (``fixed_mwh_per_mw_rated``)."""
    return [
        PlacedSupply(
            site.id,
            site.name,
            site.lon,
            site.lat,
            inputs.province_adcode,
            site.capacity_mw,
            max(climate.split.marginal_pue, 1.0),
            inputs.price_cny_per_kwh,
            inputs.emission_kg_per_kwh,
            climate.split.fixed_mwh_per_mw_rated,
        )
        for site, inputs, climate in evals
        if inputs.in_solve
    ]


def _with_capex(result: AllocationResult, capex_cny: float) -> AllocationResult:
    """``result`` whose totals include the annuity of building the placed sites (a constant
    for the LP: once built, a site's capex is sunk, like the existing stock's; against the
    references without them, it is what they cost)."""
    t = dict(result.totals)
    t.update(capex_cost=t.get("capex_cost", 0.0) + capex_cny, cost_cny=t["cost_cny"] + capex_cny)
    return replace(result, totals=t)


_CHECKED_NORMALS: set[int] = set()


def _check_normals(atlas: Atlas, source: str) -> None:
    """A planner's normals file: months complete, temperatures in range (file named)."""
    if source == "builtin" or id(atlas.normals) in _CHECKED_NORMALS:
        return
    from app.datasets.base_atlas import BaseDataError
    from app.engine.climate.normals import normals_by_station

    try:
        normals_by_station(atlas.normals)
    except ValueError as exc:
        raise BaseDataError(f"base.normals: {source}: {exc}") from exc
    _CHECKED_NORMALS.add(id(atlas.normals))


def input_problems(scenario: Scenario) -> list[str]:
    """What :func:`evaluate` would refuse in the files ``scenario`` names, found without
    solving: the planner's own ``[base]`` tables (values, keys, codes, normals) and each site's
    weather file. One sentence each, naming the key path, the file, the row and the column."""
    from app.datasets.base_atlas import BUILTIN, BaseDataError, atlas_for_base

    problems = []
    if any(value != BUILTIN for value in scenario.base.values()):
        try:
            atlas = atlas_for_base(scenario.base)
            _check_normals(atlas, scenario.base.get("normals", BUILTIN))
        except BaseDataError as exc:
            problems.append(str(exc))
    return problems + weather_file_problems(list(scenario.sites))


def evaluate(
    scenario: Scenario,
    progress: Progress | None = None,
    cancel: Cancelled | None = None,
    *,
    atlas: Atlas | None = None,
    energy_cache: SiteEnergyCache | None = None,
    free: bool = True,
) -> Evaluation | None:
    """Evaluate ``scenario`` (an ``app.domain.scenario.Scenario``); None when cancelled.

    ``atlas`` defaults to the scenario's ``[base]`` (raises ``BaseDataError`` naming the bad
    file); the free-moving reference is solved unless ``free`` is False. Every LP is solved
    cold: where the optimum or its duals are not unique, HiGHS from the same start gives the
    same answer, so the window, the CLI and a report show the same figures and duals (a warm
    start from the previous drag position could pick another of the equal optima).
    """
    a = scenario.assumptions
    progress = progress or (lambda f: None)
    cancel = cancel or (lambda: False)
    if atlas is None:
        from app.datasets.base_atlas import atlas_for_base

        atlas = atlas_for_base(scenario.base)
        _check_normals(atlas, scenario.base.get("normals", "builtin"))
    progress(0.05)
    sites = list(scenario.sites)
    check_weather_files(sites)  # the key path named before the reader's file/row/column
    inputs = resolve_sites(atlas, sites, scenario.assumptions)
    cache = energy_cache or DEFAULT_CACHE
    climates = cache.splits(
        atlas, sites, inputs, progress=lambda f: progress(0.05 + 0.4 * f), cancel=cancel
    )
    if climates is None or cancel():
        return None
    evals = list(zip(sites, inputs, climates, strict=True))
    baseline, today = status_quo(atlas, scenario)
    progress(0.55)
    if cancel():
        return None
    problem = build_problem(atlas, scenario, placed_supply(evals), today)
    result = Solver().solve(problem)
    progress(0.75)
    reference = None
    if free and not cancel():
        reference = Solver().solve(free_problem(problem))
    progress(0.9)
    out, annuities = site_results(evals, result, a.token_cost_includes_capex)
    capex = sum(annuities.values())
    placed = [e.site for e in out if e.solved is not None]
    without = without_sites(atlas, scenario, today) if placed else None
    result = _with_capex(result, capex)
    if reference is not None:
        reference = _free_totals(_with_capex(reference, capex), baseline)
    flags = [f"{e.site.name}: {f}" for e in out for f in e.flags]
    flags += data_gap_flags(atlas, a)
    progress(1.0)
    flags += list(result.flags)
    flags += [f for f in today.flags if f not in flags]  # today's shares the file asked for
    ev = Evaluation(scenario, atlas, out, result, baseline, flags, reference)
    ev.without_sites = result if without is None else without
    ev.investment_cny = investment_cny(placed)
    ev.annuity_by_site = annuities
    ev.investment_by_site = {site.id: investment_cny([site]) for site in placed}
    more = ev.sites_effect.get("served_mw", 0.0) if placed else 0.0
    if more > SERVED_MORE_MW:  # the effect's cost then pays for demand the network left unserved
        ev.flags.append(
            tr(
                "the placed sites serve {mw:,.0f} MW that the network without them leaves "
                "unserved: their effect's cost includes serving it, and the payback and NPV "
                "do not credit serving it"
            ).format(mw=more)
        )
    return ev


#: MW: a change of served demand below this is the solver's round-off.
SERVED_MORE_MW = 1.0


def data_gap_flags(atlas: Atlas, a) -> list[str]:
    """What the figures stand in for where the data has a gap: a province without a tariff,
    a grid factor or a demand proxy, and a year whose grown demand leaves the model's range."""

    def name(code: int) -> str:
        return atlas.province_name(code, language())

    flags = [
        tr(
            "{province}: no tariff; its existing capacity is priced at the national "
            "median {price:.3f} CNY/kWh"
        ).format(province=name(code), price=median_tariff(atlas, a))
        for code in unpriced_provinces(atlas, a)
    ]
    flags += [
        tr(
            "{province}: no grid emission factor; its existing capacity and any site placed "
            "there are counted at the national average {ef} kgCO2/kWh"
        ).format(province=name(code), ef=NATIONAL_EMISSION_KG_PER_KWH)
        for code in unfactored_provinces(atlas, a)
    ]
    flags += [
        tr(
            "{province}: no {proxy} figure; no demand and no existing capacity are placed "
            "there (the national total is spread over the other provinces)"
        ).format(province=name(code), proxy=tr(PROXY_NAMES[a.demand_proxy]))
        for code in unproxied_provinces(atlas, a)
    ]
    return flags + demand_bound_flags(a)


def demand_bound_flags(a) -> list[str]:
    """A flag when the scenario's year grows national demand (``national_it_mw`` grown at
    ``demand.growth_per_year``) beyond the bound a file may set on ``national_it_mw``
    (:data:`app.domain.ranges.MAX_MW`, kept for the solver's accuracy): from 2045 at the
    default 8,221.5 MW. Flagged here, not refused by the reader: the year and the national
    figure are each valid, and what demand the solve uses also depends on the planner's
    per-province demand, which replaces the grown figure there."""
    grown = demand_in_year(a.national_it_mw, a.year)
    if grown <= MAX_MW:
        return []
    return [
        tr(
            "assumptions.year: {year} grows national demand to {grown:,.0f} MW, beyond the "
            "{bound:,.0f} MW bound on demand.national_it_mw; the figures are out of the range "
            "the model is meant for"
        ).format(year=a.year, grown=grown, bound=MAX_MW)
    ]


def _free_totals(free: AllocationResult, today: AllocationResult) -> AllocationResult:
    """The free-moving reference with its moved MW from today (:func:`moved_between`); moving
    is free, so no migration charge."""
    t = dict(free.totals)
    t.update(moved_mw=moved_between(today, free), migration_cost=0.0)
    return replace(free, totals=t)


__all__ = [
    "baseline_key",
    "build_problem",
    "without_sites",
    "Evaluation",
    "evaluate",
    "solve_baseline",
    "status_quo",
]
