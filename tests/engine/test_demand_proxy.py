"""Demand and today's stock are spread over provinces by a proxy (GDP or population): every
province has a figure of each, and a province without one is flagged, never read as zero
demand without a word."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from app.domain.assumptions import AllocationAssumptions
from app.domain.scenario import Scenario
from app.engine.allocation.national_problem import (
    demand_table,
    stock_capacity,
    unproxied_provinces,
)
from app.engine.evaluate import evaluate

XINJIANG = 650000


def test_every_province_has_each_proxy(atlas):
    for proxy in ("gdp_2023_billion_cny", "population_2023_million"):
        a = replace(AllocationAssumptions(), demand_proxy=proxy)
        assert unproxied_provinces(atlas, a) == [], proxy
        assert (demand_table(atlas, a).sum(axis=1) > 0).all(), proxy
        assert (stock_capacity(atlas, a) > 0).all(), proxy


def test_a_province_without_the_proxy_is_flagged(atlas):
    provinces = atlas.provinces.copy()
    provinces.loc[XINJIANG, "population_2023_million"] = np.nan
    bare = replace(atlas, provinces=provinces)
    a = replace(AllocationAssumptions(), demand_proxy="population_2023_million")
    assert unproxied_provinces(bare, a) == [XINJIANG]
    ev = evaluate(Scenario(assumptions=a), atlas=bare, free=False)
    (flag,) = [f for f in ev.flags if "Population 2023" in f]
    assert flag.startswith("Xinjiang: no Population 2023 figure; no demand")
    # the planner's own demand for it is a figure: nothing to flag
    own = replace(a, demand_mw={XINJIANG: 100.0})
    assert unproxied_provinces(bare, own) == []
