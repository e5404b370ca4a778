"""The national tables are built once per assumption set; a drag step only appends its sites."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from app.domain.scenario import Scenario
from app.engine.allocation.national_problem import PlacedSupply, build_national_problem


def test_cached_tables_follow_the_assumptions_and_placed_sites_are_appended(atlas) -> None:
    a = Scenario().assumptions
    site = PlacedSupply("p1", "P", 113.13, 41.03, 150000, 500.0, 1.2, 0.3, None)
    first = build_national_problem(atlas, a)
    moved = build_national_problem(atlas, a, [site])
    n = len(first.sites)
    assert list(moved.sites.ids) == [*first.sites.ids, "p1"]
    for column in ("capacity_mw", "annual_pue", "tariff_cny_per_kwh", "emission_kg_per_kwh"):
        before, after = getattr(first.sites, column), getattr(moved.sites, column)[:n]
        assert np.array_equal(after, before, equal_nan=True)  # Tibet: no grid factor
    i = list(moved.sites.ids).index("stock:150000")  # the placed site takes its province's factor
    assert moved.sites.emission_kg_per_kwh[n] == moved.sites.emission_kg_per_kwh[i]
    assert moved.sites.hub_id[n] == moved.sites.hub_id[i] != ""
    # another assumption set: its own tables (Beijing's stock priced at the override)
    dearer = build_national_problem(atlas, replace(a, tariff_cny_per_kwh={110000: 0.95}))
    j = list(dearer.sites.ids).index("stock:110000")
    assert dearer.sites.tariff_cny_per_kwh[j] == 0.95 != first.sites.tariff_cny_per_kwh[j]
    assert (
        build_national_problem(atlas, a).sites.tariff_cny_per_kwh[j]
        == (first.sites.tariff_cny_per_kwh[j])
    )
    moved.demand_mw[0, 0] = -1.0  # each problem owns its demand array
    assert build_national_problem(atlas, a).demand_mw[0, 0] != -1.0
