"""Inference cost and capex, against numbers worked out by hand (a site's year by hand:
test_site_figures_by_hand.py, through the production path)."""

from __future__ import annotations

import pytest

from app.domain.sourced import default
from app.engine.costs.costs import (
    ACCELERATOR_PROFILES,
    LIFE_YEARS,
    AcceleratorProfile,
    capex_cny_per_mw,
    capex_cny_per_mw_year,
    capital_recovery_factor,
    token_costs,
)


def test_token_costs_by_hand() -> None:
    profile = AcceleratorProfile(
        "t", watts_per_accelerator=700.0, tokens_per_s_per_accelerator=2500.0, server_overhead=0.5
    )
    r = token_costs(
        profile,
        annual_pue=1.2,
        tariff_cny_per_kwh=0.5,
        chars_per_token=2.0,
        grid_factor_kg_per_kwh=0.6,
    )
    # 1050 W / 2500 tok/s = 0.42 J/token -> 0.42e6 J per million = 0.11667 kWh
    assert r.it_kwh_per_million_tokens == pytest.approx(0.42e6 / 3.6e6)
    assert r.facility_kwh_per_million_tokens == pytest.approx(0.14)
    assert r.cost_cny_per_million_tokens == pytest.approx(0.07)
    assert r.carbon_kg_per_million_tokens == pytest.approx(0.084)
    assert r.cost_cny_per_million_chars == pytest.approx(0.035)  # 2 characters per token
    assert r.facility_wh_per_thousand_chars == pytest.approx(0.07)
    one = token_costs(profile, 1.2, 0.5, chars_per_token=1.0)
    assert one.cost_cny_per_million_chars == pytest.approx(0.07)
    assert one.carbon_kg_per_million_tokens is None


def test_default_profiles_come_from_the_assumptions_table() -> None:
    """Each built-in profile is the table's numbers, and its note carries kind and range."""
    assert len(ACCELERATOR_PROFILES) >= 3
    for name, p in ACCELERATOR_PROFILES.items():
        assert p.name == name
        assert p.watts_per_accelerator == default(f"accelerator.{name}.watts")
        assert p.tokens_per_s_per_accelerator == default(f"accelerator.{name}.tokens_per_s")
        assert p.server_overhead == default(f"accelerator.{name}.server_overhead")
        assert "range" in p.note and "placeholder" not in p.note.lower()
        assert token_costs(p, 1.2, 0.5).cost_cny_per_million_tokens > 0
    with pytest.raises(ValueError):
        token_costs(AcceleratorProfile("x", 700, 0, 0.5), 1.2, 0.5)


def test_token_cost_with_capex_by_hand() -> None:
    """1 kW per accelerator at 1,000 tokens/s and full load: 1,000 accelerators per MW serve
    1e6 tokens/s = 3.1536e13 tokens a year; a 3.1536 M CNY annuity adds 0.1 CNY per million."""
    profile = AcceleratorProfile("t", 1000.0, 1000.0, 0.0)
    energy = token_costs(profile, 1.0, 0.5)
    both = token_costs(profile, 1.0, 0.5, capex_cny_per_mw_year=3.1536e6)
    assert energy.includes == "energy" and energy.capex_cny_per_million_tokens == 0.0
    assert both.capex_cny_per_million_tokens == pytest.approx(0.1)
    assert both.cost_cny_per_million_tokens == pytest.approx(
        energy.cost_cny_per_million_tokens + 0.1
    )
    assert "capex" in both.includes
    half = token_costs(profile, 1.0, 0.5, capex_cny_per_mw_year=3.1536e6, utilization=0.5)
    assert half.capex_cny_per_million_tokens == pytest.approx(0.2)  # half the tokens


def test_capex_per_mw_from_the_table() -> None:
    base = default("capex.facility_usd_per_mw") * default("capex.cny_per_usd")
    assert capex_cny_per_mw() == pytest.approx(base)
    assert capex_cny_per_mw("immersion") == pytest.approx(
        base * default("capex.cooling_factor.immersion")
    )
    crf = capital_recovery_factor(default("capex.discount_rate"), default("capex.life_years"))
    assert capex_cny_per_mw_year("direct_air") == pytest.approx(
        capex_cny_per_mw("direct_air") * crf
    )
    assert default("capex.life_years") == LIFE_YEARS


def test_capex_per_mw_by_facility_class() -> None:
    """The table's figure is a 10-50 MW build (the large class); smaller classes cost more per
    MW, hyperscale less, and every class a site can carry has a factor."""
    from app.engine.pue.facility import FACILITY_CLASSES

    large = capex_cny_per_mw("chiller_tower")
    assert capex_cny_per_mw("chiller_tower", facility="large") == pytest.approx(large)
    by_class = {f: capex_cny_per_mw("chiller_tower", facility=f) for f in FACILITY_CLASSES}
    assert by_class["hyperscale"] < by_class["large"] < by_class["midsize"] < by_class["small"]
    assert by_class["small"] == pytest.approx(large * default("capex.facility_factor.small"))
    assert capex_cny_per_mw_year("immersion", facility="small") == pytest.approx(
        capex_cny_per_mw("immersion", facility="small")
        * capital_recovery_factor(default("capex.discount_rate"), default("capex.life_years"))
    )
