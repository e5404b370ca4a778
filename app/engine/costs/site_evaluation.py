"""A placed site evaluated: its figures at the design load and at the load the LP chose.

:func:`figures` is the one place a site's year (energy, cost, carbon, water, cost per million
tokens, monthly PUE) is priced with the LP's accounting: fixed energy per rated MW plus marginal
energy per MW served. :func:`app.engine.evaluate.evaluate` builds every :class:`SiteEvaluation`
through :func:`site_results`; :func:`site_cards` gives the design-load card before a solve.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np

from app.datasets.atlas import Atlas
from app.domain.site import Site
from app.engine.allocation.allocation import AllocationResult
from app.engine.costs.site_energy import EnergySplit, SiteYear
from app.engine.costs.site_figures import (
    DEFAULT_CACHE,
    design_metrics,
    site_annuity_cny,
    token_cost,
)
from app.engine.costs.site_flags import load_flags
from app.engine.costs.site_inputs import SiteInputs, resolve_sites

if TYPE_CHECKING:
    from app.engine.costs.site_eval import SiteMetrics


@dataclass(frozen=True)
class SiteFigures:
    """A placed site's year at one utilisation (MWh, CNY, t, m3; None where unknown)."""

    utilisation: float
    load_mw: float
    pue: float | None
    energy_mwh: float
    energy_cost_cny: float | None
    carbon_t: float | None
    water_m3: float
    cost_per_mtok_cny: float | None
    monthly_pue: tuple[float, ...] = ()
    """PUE month by month at the same utilisation as ``pue`` (NaN where nothing is served)."""


@dataclass(frozen=True)
class SiteEvaluation:
    """One placed site: its resolved inputs, energy split, and figures at the design
    utilisation and at the load the LP chose (``solved`` is None for a site left out)."""

    site: Site
    inputs: SiteInputs
    split: EnergySplit
    metrics: SiteMetrics  # at the design utilisation
    design: SiteFigures
    solved: SiteFigures | None
    dual_cny_per_mw_year: float | None
    load_flags: tuple[str, ...] = ()
    """Flags on the solved load: serves nothing (and what that costs), below design."""
    idle_cost_cny_per_year: float | None = None
    """What the site costs a year at zero load: capex annuity + fixed energy (CNY)."""

    def flags_in(self, lang: str) -> tuple[str, ...]:
        """``flags`` with the load flags in ``lang`` (a report in another language)."""
        if self.solved is None:
            return self.flags
        load = load_flags(
            self.solved.utilisation, self.site.utilization, self.idle_cost_cny_per_year, lang
        )
        return self.inputs.flags + load

    @property
    def flags(self) -> tuple[str, ...]:
        return self.inputs.flags + self.load_flags

    @cached_property
    def card(self):
        """``SiteMetrics`` at the solved load (the design load for a site left out), the
        design-load PUE and energy beside (:func:`app.engine.costs.solved_card.at_solved_load`)."""
        from app.engine.costs.solved_card import at_solved_load

        return at_solved_load(self.metrics, self.solved, self.site.utilization)


def finite_or_none(value: float | None) -> float | None:
    return None if value is None or not math.isfinite(value) else float(value)


def figures(
    split: EnergySplit, inputs: SiteInputs, site: Site, utilisation: float, with_capex: bool = False
) -> SiteFigures:
    """The site's year at ``utilisation`` with the LP's accounting (fixed + marginal energy)."""
    year: SiteYear = split.at(utilisation)
    cap = site.capacity_mw
    energy = year.facility_mwh_per_mw * cap
    price = finite_or_none(inputs.price_cny_per_kwh)
    ef = inputs.emission_kg_per_kwh
    pue = year.annual_pue if utilisation > 0 else None
    return SiteFigures(
        utilisation=utilisation,
        load_mw=utilisation * cap,
        pue=pue,
        energy_mwh=energy,
        energy_cost_cny=None if price is None else energy * 1000.0 * price,
        carbon_t=None if ef is None else energy * ef,
        water_m3=year.water_m3_per_mw * cap,
        cost_per_mtok_cny=token_cost(site, pue, price, utilisation, with_capex),
        monthly_pue=_monthly(year),
    )


def _monthly(year: SiteYear) -> tuple[float, ...]:
    it = year.monthly_it_mwh_per_mw
    served = it > 1e-6 * max(year.utilisation, 0.0) * 744.0  # round-off at zero load: none
    with np.errstate(divide="ignore", invalid="ignore"):
        pue = np.where(served & (it > 1e-9), year.monthly_facility_mwh_per_mw / it, np.nan)
    return tuple(float(v) for v in pue)


def site_cards(atlas: Atlas, sites: list[Site], assumptions) -> list:
    """``SiteMetrics`` at the design utilisation of ``sites`` (no solve): the same figures
    :func:`evaluate` gives, for a card that must update before the solve returns."""
    inputs = resolve_sites(atlas, sites, assumptions)
    climates = DEFAULT_CACHE.splits(atlas, sites, inputs)
    assert climates is not None  # only a cancel returns None, and nothing cancels here
    capex = assumptions.token_cost_includes_capex
    return [design_metrics(s, i, c, capex) for s, i, c in zip(sites, inputs, climates, strict=True)]


def site_results(
    evals, result: AllocationResult, with_capex: bool
) -> tuple[list[SiteEvaluation], dict[str, float]]:
    """Every placed site's figures at its design and solved load; the capex annuity of those
    the LP could load, by id (CNY a year)."""
    # load and dual per site id from the result's arrays (no pandas row per site: thousands)
    solved_by_id: dict[str, tuple[float, float]] = {}
    if result.ok:
        ids = result.problem.sites.ids.tolist()
        loads, duals = result.site_load_mw.tolist(), result.site_dual_cny_per_mw_year.tolist()
        solved_by_id = dict(zip(ids, zip(loads, duals, strict=True), strict=True))
    out: list[SiteEvaluation] = []
    annuities: dict[str, float] = {}
    for site, inputs, climate in evals:
        split = climate.split
        design = figures(split, inputs, site, site.utilization, with_capex)
        solved, dual, idle_cost = None, None, None
        load: tuple[str, ...] = ()
        if inputs.in_solve and site.id in solved_by_id:
            load_mw, dual = solved_by_id[site.id]
            solved = figures(split, inputs, site, load_mw / site.capacity_mw, with_capex)
            annuity = site_annuity_cny(site)
            annuities[site.id] = annuity
            idle = figures(split, inputs, site, 0.0).energy_cost_cny
            idle_cost = None if idle is None else idle + annuity
            load = load_flags(solved.utilisation, site.utilization, idle_cost)
        out.append(
            SiteEvaluation(
                site,
                inputs,
                split,
                design_metrics(site, inputs, climate, with_capex),
                design,
                solved,
                dual,
                load,
                idle_cost,
            )
        )
    return out, annuities
