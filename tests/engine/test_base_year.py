"""The base year and the years after it (issue 17): demand grows at the sourced rate, clusters
are built from what stood in 2023 towards their plans; today uses what is built today."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.assumptions import AllocationAssumptions
from app.domain.sourced import default
from app.engine.allocation.demand import BASE_YEAR, GROWTH_PER_YEAR
from app.engine.allocation.national_problem import cluster_capacity, demand_table

KW = 2.5 / 1000.0  # MW per standard rack


def test_today_the_clusters_are_what_is_built(atlas) -> None:
    cap = cluster_capacity(atlas, AllocationAssumptions())
    built = {c: default(f"cluster.{c}.built_racks") * KW for c in atlas.clusters.index}
    assert cap.to_dict() == pytest.approx(built)
    # no more than the app's own table of built racks (1.05 M, NDA end-2023)
    assert cap.sum() <= default("stock.cluster_racks") * KW * (1 + 1e-9)
    # Qingyang enters today with its 15,000 racks, not its 800,000-rack plan
    assert cap["qingyang"] == pytest.approx(37.5)


def test_clusters_ramp_linearly_to_their_plan(atlas) -> None:
    a = AllocationAssumptions()
    # Qingyang: 15,000 racks in 2023 -> 800,000 by 2030, so 2 of 7 years in 2025
    in_2025 = cluster_capacity(atlas, replace(a, year=2025))["qingyang"]
    assert in_2025 == pytest.approx((15_000 + (800_000 - 15_000) * 2 / 7) * KW)
    assert cluster_capacity(atlas, replace(a, year=2040))["qingyang"] == pytest.approx(2000.0)
    # a cluster without a published plan stays as built
    later = cluster_capacity(atlas, replace(a, year=2040))
    assert later["wuhu"] == pytest.approx(cluster_capacity(atlas, a)["wuhu"])


def test_a_scenario_overrides_built_planned_or_the_years_capacity(atlas) -> None:
    a = replace(AllocationAssumptions(), year=2030)
    cap = cluster_capacity(
        atlas,
        replace(
            a,
            cluster_built_mw={"wuhu": 100.0},
            cluster_planned_mw={"wuhu": 700.0, "qingyang": 1000.0},
            cluster_mw={"tianfu": 5.0},
        ),
    )
    assert cap["wuhu"] == pytest.approx(700.0)  # no published plan: year 2030, fully built
    assert cap["qingyang"] == pytest.approx(1000.0)
    assert cap["tianfu"] == 5.0
    today = cluster_capacity(atlas, replace(a, year=BASE_YEAR, cluster_built_mw={"wuhu": 100.0}))
    assert today["wuhu"] == 100.0


def test_demand_grows_with_the_year(atlas) -> None:
    a = AllocationAssumptions()
    base = demand_table(atlas, a).to_numpy().sum()
    later = demand_table(atlas, replace(a, year=BASE_YEAR + 3)).to_numpy().sum()
    assert base == pytest.approx(a.national_it_mw)
    assert later == pytest.approx(base * (1 + GROWTH_PER_YEAR) ** 3)


def test_todays_status_quo_in_a_later_year_uses_what_is_built_today(atlas) -> None:
    from app.engine.allocation.national_problem import build_national_problem
    from app.engine.references.status_quo import build_status_quo, params_from, status_quo_result

    a = replace(AllocationAssumptions(), year=2030)
    pb = build_national_problem(atlas, a)
    base = status_quo_result(pb, build_status_quo(pb, params_from(a, pb)))
    load = dict(zip(pb.sites.ids.tolist(), base.site_load_mw.tolist(), strict=True))
    cap = dict(zip(pb.sites.ids.tolist(), pb.sites.capacity_mw.tolist(), strict=True))
    # Qingyang stands at 37.5 MW today and 2,000 MW in 2030: today it serves at most 37.5 MW
    assert cap["cluster:qingyang"] == pytest.approx(2000.0)
    assert load["cluster:qingyang"] <= 37.5 + 1e-6
    # demand has grown past what stands today, so the rest is left unserved today, not put
    # into capacity not yet built
    assert load["cluster:qingyang"] == pytest.approx(37.5)
    assert base.totals["unserved_mw"] > 0
    # without the problem (no year information) nothing is capped
    assert params_from(a).built_mw == {}
