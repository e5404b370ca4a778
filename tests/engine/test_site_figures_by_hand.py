"""A placed site's year through the production path (``evaluate.figures``, the site card
``site_figures.design_metrics``, ``site_inputs.resolve_sites``), against numbers worked out by
hand: 10 MW at 0.8 utilisation, PUE 1.25, 0.5 CNY/kWh, 0.6 kgCO2/kWh, WUE 1.5 L/kWh."""

from __future__ import annotations

import math

import numpy as np
import pytest

from app.domain.scenario import Scenario
from app.domain.site import Site
from app.engine.costs.costs import (
    DISCOUNT_RATE,
    LIFE_YEARS,
    capex_cny_per_mw,
    capital_recovery_factor,
)
from app.engine.costs.site_energy import EnergySplit, SiteYear
from app.engine.costs.site_evaluation import figures
from app.engine.costs.site_figures import ClimateSplit, design_metrics
from app.engine.costs.site_inputs import SiteInputs, resolve_sites

SITE = Site("a", "A", 113.13, 41.03, capacity_mw=10.0, utilization=0.8)


def _year(utilisation: float, pue: float, fixed: float = 0.0, marginal: float = 1.25) -> SiteYear:
    it = 8760.0 * utilisation  # MWh per MW rated
    facility = fixed + marginal * it if fixed else pue * it
    return SiteYear(
        utilisation=utilisation,
        it_mwh_per_mw=it,
        facility_mwh_per_mw=facility,
        water_m3_per_mw=it * 1.5,  # MWh x L/kWh = m3
        monthly_it_mwh_per_mw=np.full(12, it / 12),
        monthly_facility_mwh_per_mw=np.full(12, facility / 12),
        mode_hours={"free": 8760},
    )


SPLIT = EnergySplit(_year(0.8, 1.25), _year(1.0, 1.25))  # constant PUE: no fixed part


def _inputs(price: float = 0.5, grid: float = 0.5, ef: float | None = 0.6) -> SiteInputs:
    return SiteInputs("a", 150000, "Ulanqab", 5.0, grid, "hand", price, ef, ef)


def test_site_year_by_hand() -> None:
    f = figures(SPLIT, _inputs(), SITE, 0.8)
    assert f.load_mw == pytest.approx(8.0) and f.pue == pytest.approx(1.25)
    assert f.energy_mwh == pytest.approx(87_600.0)  # 10 MW x 0.8 x 8760 h x 1.25
    assert f.energy_cost_cny == pytest.approx(43_800_000.0)  # 87.6 GWh x 0.5 CNY/kWh
    assert f.carbon_t == pytest.approx(52_560.0)  # 87 600 MWh x 0.6 t/MWh
    assert f.water_m3 == pytest.approx(105_120.0)  # 70 080 MWh x 1.5 L/kWh
    card = design_metrics(SITE, _inputs(), ClimateSplit(SPLIT, "hand", ()))
    assert card.it_energy_mwh == pytest.approx(70_080.0)
    assert card.facility_energy_mwh == pytest.approx(87_600.0)
    assert card.energy_cost_mcny == pytest.approx(43.8)
    assert card.carbon_t == pytest.approx(52_560.0) and card.water_m3 == pytest.approx(105_120.0)
    # building it is always a cost of the site; the cost per token counts it only when asked
    annuity = capex_cny_per_mw(SITE.cooling, SITE.facility) * capital_recovery_factor(
        DISCOUNT_RATE, LIFE_YEARS
    )
    assert card.capex_annuity_mcny == pytest.approx(annuity * 10.0 / 1e6)
    assert card.token_cost_includes == "energy"


def test_fixed_energy_runs_at_any_load() -> None:
    # 876 MWh per rated MW a year whatever the load, 1.1 MWh per extra MWh of IT
    split = EnergySplit(_year(0.5, 0, 876.0, 1.1), _year(1.0, 0, 876.0, 1.1))
    assert split.fixed_mwh_per_mw_rated == pytest.approx(876.0)
    assert split.marginal_pue == pytest.approx(1.1)
    f = figures(split, _inputs(), SITE, 0.75)
    assert f.energy_mwh == pytest.approx(10 * (876.0 + 1.1 * 6570.0))
    assert f.pue == pytest.approx((876.0 + 1.1 * 6570.0) / 6570.0)
    idle = figures(split, _inputs(), SITE, 0.0)
    assert idle.energy_mwh == pytest.approx(8760.0) and idle.pue is None


def test_green_power_share_and_price(atlas) -> None:
    site = SITE.with_changes(tariff_cny_per_kwh=0.5, green_share=0.3, green_price_cny_per_kwh=0.4)
    [inputs] = resolve_sites(atlas, [site], Scenario().assumptions)
    assert inputs.price_cny_per_kwh == pytest.approx(0.7 * 0.5 + 0.3 * 0.4)
    assert inputs.emission_kg_per_kwh == pytest.approx(0.7 * inputs.grid_factor_kg_per_kwh)
    f = figures(SPLIT, inputs, site, 0.8)
    assert f.energy_cost_cny == pytest.approx(87_600_000.0 * (0.7 * 0.5 + 0.3 * 0.4))
    # contracted green power: zero emission
    assert f.carbon_t == pytest.approx(87_600.0 * 0.7 * inputs.grid_factor_kg_per_kwh)
    card = design_metrics(site, inputs, ClimateSplit(SPLIT, "hand", ()))
    assert card.grid_energy_cost_mcny == pytest.approx(87.6 * 0.7 * 0.5)
    assert card.green_energy_cost_mcny == pytest.approx(87.6 * 0.3 * 0.4)
    same = SITE.with_changes(tariff_cny_per_kwh=0.5, green_share=0.3)
    assert resolve_sites(atlas, [same], Scenario().assumptions)[0].price_cny_per_kwh == 0.5


def test_missing_grid_factor_means_missing_carbon_not_zero() -> None:
    f = figures(SPLIT, _inputs(ef=None), SITE, 0.8)
    assert f.carbon_t is None and f.energy_cost_cny == pytest.approx(43_800_000.0)
    unpriced = figures(SPLIT, _inputs(price=math.nan), SITE, 0.8)
    assert unpriced.energy_cost_cny is None  # no price: unknown, never free


def test_capex_annuity() -> None:
    crf = 0.08 * 1.08**10 / (1.08**10 - 1)  # 0.149029...
    assert capital_recovery_factor(0.08, 10) == pytest.approx(crf)
    assert capital_recovery_factor(0.0, 20) == pytest.approx(0.05)
    card = design_metrics(SITE, _inputs(), ClimateSplit(SPLIT, "hand", ()), with_capex=True)

    per_mw = capex_cny_per_mw(SITE.cooling, SITE.facility)
    expected = per_mw * capital_recovery_factor(DISCOUNT_RATE, LIFE_YEARS) * 10.0 / 1e6
    assert card.capex_annuity_mcny == pytest.approx(expected) and expected > 0
    assert "capex" in card.token_cost_includes
