"""The comparison's "vs today" columns: each scenario against today's status quo under its
own assumptions (not a default-assumption baseline); placed sites serve nothing today."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.scenario import Scenario
from app.domain.site import Site
from app.engine.evaluate import evaluate
from app.io import compare
from app.io.report_data import collect


def test_vs_today_is_the_status_quo_under_the_same_assumptions(atlas):
    site = Site("ulanqab", "Ulanqab", 113.13, 41.03, capacity_mw=600.0)
    plain = Scenario(sites=[site])
    carbon = replace(plain, assumptions=replace(plain.assumptions, carbon_price_cny_per_t=200.0))
    reports = {"plain": collect(plain, atlas), "carbon 200": collect(carbon, atlas)}
    table = compare.totals(reports)
    for label, scenario in (("plain", plain), ("carbon 200", carbon)):
        with_sites = evaluate(scenario, atlas=atlas).totals
        # today is the same with or without the placed sites (they serve nothing today)
        today = evaluate(replace(scenario, sites=[]), atlas=atlas).baseline.totals
        row = table.loc[label]
        assert row["cost_vs_today_bn_cny"] == pytest.approx(
            (with_sites["cost_cny"] - today["cost_cny"]) / 1e9, rel=1e-6
        )
        assert row["carbon_vs_today_mt"] == pytest.approx(
            (with_sites["carbon_t"] - today["carbon_t"]) / 1e6, rel=1e-6
        )
        # and its own sites' effect: against the same scenario without its placed site
        without = evaluate(replace(scenario, sites=[]), atlas=atlas).totals
        assert row["sites_effect_bn_cny"] == pytest.approx(
            (with_sites["cost_cny"] - without["cost_cny"]) / 1e9, rel=1e-6
        )
    # a placed site changes the system by far less than the carbon price changes the total
    assert abs(table.loc["carbon 200", "cost_vs_today_bn_cny"]) < abs(
        table.loc["carbon 200", "cost_change_bn_cny"]
    )
