"""A placed site's card at the load the allocation chose, the design-load figures beside.

The window's site comparison and site editor show what the site does in the solved scenario
by default; the card a site gets before a solve (:func:`app.engine.costs.site_figures.
design_metrics`) is at its design utilisation. Every solved figure comes from the
evaluation's :class:`~app.engine.evaluate.SiteFigures` (the LP's accounting); this module only
puts them on the card, so the window, the reports and ``solve --json`` agree.
"""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np

from app.domain.pue_shown import band_at


def _num(value: float | None) -> float:
    return math.nan if value is None else float(value)


def at_solved_load(metrics, solved, design_utilisation: float):
    """``metrics`` (a ``SiteMetrics`` at the design load) with the figures of ``solved`` (a
    ``SiteFigures``); the design-load PUE and energy kept beside; None solved: the design
    card, labelled as such."""
    if solved is None:
        return replace(
            metrics,
            load_basis="design",
            utilisation=design_utilisation,
            design_annual_pue=metrics.annual_pue,
            design_facility_energy_mwh=metrics.facility_energy_mwh,
        )
    cost = _num(solved.energy_cost_cny) / 1e6
    design_cost = metrics.energy_cost_mcny
    share = metrics.grid_energy_cost_mcny / design_cost if design_cost else 1.0
    p5, p95 = band_at(solved.pue, metrics.annual_pue, metrics.pue_p5, metrics.pue_p95)
    it_mwh = solved.load_mw * 8760.0
    return replace(
        metrics,
        annual_pue=_num(solved.pue),
        monthly_pue=np.asarray(solved.monthly_pue, float),
        it_energy_mwh=it_mwh,
        facility_energy_mwh=solved.energy_mwh,
        energy_cost_mcny=cost,
        grid_energy_cost_mcny=cost * share,
        green_energy_cost_mcny=cost * (1.0 - share),
        carbon_t=solved.carbon_t,
        water_m3=solved.water_m3,
        wue_l_per_kwh=solved.water_m3 / it_mwh if it_mwh > 0 else math.nan,
        cost_per_mtok_cny=_num(solved.cost_per_mtok_cny),
        pue_p5=p5,
        pue_p95=p95,
        load_basis="solved",
        utilisation=solved.utilisation,
        design_annual_pue=metrics.annual_pue,
        design_facility_energy_mwh=metrics.facility_energy_mwh,
    )


__all__ = ["at_solved_load"]
