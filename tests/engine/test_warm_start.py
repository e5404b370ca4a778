"""A re-solve after a small edit reuses the previous basis and gives the cold objective."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from app.engine.allocation.allocation import (
    DEFAULT_CLASSES,
    AllocationProblem,
    Regions,
    Sites,
    Solver,
)


def problem(seed: int = 0, n_p: int = 31, n_s: int = 60) -> AllocationProblem:
    rng = np.random.default_rng(seed)
    c_lat, c_lon = rng.uniform(22, 45, 12), rng.uniform(85, 125, 12)
    rp, sp = np.arange(n_p) % 12, rng.integers(0, 12, n_s)
    rid, sid = [f"r{i}" for i in range(n_p)], [f"s{i}" for i in range(n_s)]
    regions = Regions(
        rid, rid, c_lat[rp] + rng.normal(0, 1, n_p), c_lon[rp] + rng.normal(0, 1, n_p),
        rp.astype(str),
    )  # fmt: skip
    demand = rng.gamma(2.0, 200.0, n_p)[:, None] * np.array([c.share for c in DEFAULT_CLASSES])
    sites = Sites(
        sid, sid, c_lat[sp] + rng.normal(0, 1, n_s), c_lon[sp] + rng.normal(0, 1, n_s),
        sp.astype(str), rng.dirichlet(np.ones(n_s)) * demand.sum() * 1.1,
        rng.uniform(1.1, 1.6, n_s), rng.uniform(0.3, 0.8, n_s), rng.uniform(0.2, 0.8, n_s),
    )  # fmt: skip
    return AllocationProblem(regions, sites, demand, carbon_price_cny_per_t=60.0)


def edit_sites(pb: AllocationProblem, **arrays: np.ndarray) -> AllocationProblem:
    return replace(pb, sites=replace(pb.sites, **arrays))


def assert_warm_equals_cold(solver: Solver, pb: AllocationProblem):
    warm = solver.solve(pb)
    cold = Solver().solve(pb)
    assert warm.ok and cold.ok and not cold.warm_started
    assert warm.warm_started
    assert warm.objective_cny == pytest.approx(cold.objective_cny, rel=1e-9)
    # flows may differ between tied optima; the shortfall may not
    assert warm.totals["unserved_mw"] == pytest.approx(cold.totals["unserved_mw"], abs=1e-6)
    return warm, cold


def test_capacity_change_is_warm_and_cheaper() -> None:
    pb = problem()
    solver = Solver()
    first = solver.solve(pb)
    assert first.ok and not first.warm_started
    cap = pb.sites.capacity_mw.copy()
    cap[np.argmax(first.site_dual_cny_per_mw_year)] *= 0.9
    warm, cold = assert_warm_equals_cold(solver, edit_sites(pb, capacity_mw=cap))
    assert warm.pivots < cold.pivots


def test_cost_and_demand_changes_are_warm() -> None:
    pb = problem(1)
    solver = Solver()
    solver.solve(pb)
    tariff = pb.sites.tariff_cny_per_kwh.copy()
    tariff[:5] *= 1.1
    pb = edit_sites(pb, tariff_cny_per_kwh=tariff)
    assert_warm_equals_cold(solver, pb)
    assert_warm_equals_cold(solver, replace(pb, demand_mw=pb.demand_mw * 1.05))
    assert_warm_equals_cold(solver, replace(pb, carbon_price_cny_per_t=200.0))
    # a penalty below some serving costs changes which demand is worth serving
    assert_warm_equals_cold(solver, replace(pb, unserved_penalty_cny_per_mw_year=8.0e6))


def test_moving_a_site_changes_admissible_pairs_and_stays_warm() -> None:
    pb = problem(2)
    solver = Solver()
    base = solver.solve(pb)
    lat, lon = pb.sites.lat.copy(), pb.sites.lon.copy()
    busiest = int(np.argmax(base.site_load_mw))
    lat[busiest], lon[busiest] = lat[busiest] + 6.0, lon[busiest] - 8.0
    moved = edit_sites(pb, lat=lat, lon=lon)
    warm, _ = assert_warm_equals_cold(solver, moved)
    before = set(zip(base.pair_region, base.pair_class, base.pair_site, strict=True))
    after = set(zip(warm.pair_region, warm.pair_class, warm.pair_site, strict=True))
    assert before != after
    # and back again: the columns held at zero are released
    assert_warm_equals_cold(solver, pb)


def test_adding_and_removing_sites_maps_the_basis() -> None:
    pb = problem(3)
    solver = Solver()
    solver.solve(pb)
    s = pb.sites
    add = Sites(
        np.append(s.ids, "new"), np.append(s.names, "New"), np.append(s.lat, 35.0),
        np.append(s.lon, 105.0), np.append(s.province_id, "0"), np.append(s.capacity_mw, 500.0),
        np.append(s.annual_pue, 1.15), np.append(s.tariff_cny_per_kwh, 0.3),
        np.append(s.emission_kg_per_kwh, 0.5),
    )  # fmt: skip
    assert_warm_equals_cold(solver, replace(pb, sites=add))
    keep = np.arange(len(s)) != 4
    fewer = Sites(
        s.ids[keep], s.names[keep], s.lat[keep], s.lon[keep], s.province_id[keep],
        s.capacity_mw[keep], s.annual_pue[keep], s.tariff_cny_per_kwh[keep],
        s.emission_kg_per_kwh[keep],
    )  # fmt: skip
    assert_warm_equals_cold(solver, replace(pb, sites=fewer))


def test_a_drag_sequence_matches_cold_solves() -> None:
    pb = problem(4)
    solver = Solver()
    solver.solve(pb)
    rng = np.random.default_rng(0)
    lat, lon = pb.sites.lat.copy(), pb.sites.lon.copy()
    for _ in range(8):  # a site dragged across the map
        lat[0] += rng.normal(0, 1.5)
        lon[0] += rng.normal(0, 2.0)
        assert_warm_equals_cold(solver, edit_sites(pb, lat=lat.copy(), lon=lon.copy()))


def test_reset_and_non_optimal_status() -> None:
    pb = problem(5)
    solver = Solver()
    solver.solve(pb)
    solver.reset()
    assert not solver.solve(pb).warm_started
    capped = Solver(options={"simplex_iteration_limit": 1}).solve(pb)
    assert capped.status != "optimal" and not capped.ok
    assert isinstance(capped.status, str) and np.isnan(capped.objective_cny)
