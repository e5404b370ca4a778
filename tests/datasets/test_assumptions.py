"""Every built-in default has a source (or its reasoning) and a range, and the engine uses it."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from app.datasets.assumptions import KINDS, assumptions_table
from app.datasets.atlas import load_atlas
from app.domain import sourced as A
from app.domain.assumptions import AllocationAssumptions
from app.engine.allocation.allocation import (
    DEFAULT_CLASSES,
    DEFAULT_UNSERVED_PENALTY,
    NATIONAL_EMISSION_KG_PER_KWH,
)
from app.engine.allocation.demand import NATIONAL_IT_MW, prefecture_shares
from app.engine.allocation.national_problem import (
    build_national_problem,
    cluster_capacity,
    demand_table,
    stock_capacity,
)
from app.engine.allocation.network import NetworkParams
from app.engine.allocation.prefecture_regions import prefecture_table, to_prefectures
from app.io import assumptions_v1, demand_v1, scenario_v1

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def atlas():
    return load_atlas()


def test_every_default_has_a_source_kind_and_a_range_holding_its_value() -> None:
    table = assumptions_table()
    assert len(table) >= 40 and not table["key"].duplicated().any()
    for row in table.itertuples(index=False):
        where = f"assumptions.csv key {row.key}"
        assert row.kind in KINDS, where
        assert row.unit and row.year is not None, where
        assert np.isfinite([row.value, row.low, row.high]).all(), where
        assert row.low <= row.value <= row.high, where
        assert row.note.strip(), where  # what the figure is, or the reasoning
        if not row.source:
            assert row.kind == "reasoned", f"{where}: no source, so it must be reasoned"
        for url in re.findall(r"https?://\S+", row.source):
            assert "." in url.split("/")[2], where


def test_no_built_in_number_is_marked_placeholder() -> None:
    pattern = re.compile(
        r"\bplaceholder|unsourced|to edit", re.IGNORECASE
    )  # not setPlaceholderText
    files = [
        *sorted((ROOT / "app").rglob("*.py")),
        ROOT / "data" / "assumptions.csv",
        ROOT / "data" / "README.md",
    ]
    hits = [
        f"{f.relative_to(ROOT)}:{i}"
        for f in files
        for i, line in enumerate(f.read_text("utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert hits == []


def test_keys_follow_the_scenario_format_so_a_sweep_can_sample_them() -> None:
    keys = set(A.assumption_keys())
    for key in ("carbon_price_cny_per_t", "kw_per_rack", "stock_pue"):
        assert key in assumptions_v1.ASSUMPTION_KEYS and f"assumptions.{key}" in keys
    assert "national_it_mw" in demand_v1.DEMAND_KEYS and "demand.national_it_mw" in keys
    for tier in NetworkParams().tiers:
        assert f"assumptions.bandwidth_price_cny_per_km_year.{tier}" in keys
    for c in DEFAULT_CLASSES:
        assert f"demand.class_share.{c.id}" in keys
    ranges = A.ranges("demand.class_share.")
    assert set(ranges) == {f"demand.class_share.{c.id}" for c in DEFAULT_CLASSES}
    with pytest.raises(KeyError, match="no assumption 'nope'"):
        A.default("nope")


def test_engine_defaults_are_the_table_values() -> None:
    a = AllocationAssumptions()  # today's status quo and the friction of leaving it
    for key in (
        "stock_utilisation",
        "cluster_utilisation",
        "migration_cost_cny_per_mw",
        "payback_years",
    ):
        assert getattr(a, key) == A.default(f"assumptions.{key}"), key
    # issue 17: the load drawn, 8.1 M racks x 2.5 kW x fill 0.58 x draw 0.70 (was 20,250 MW rated)
    assert NATIONAL_IT_MW == A.default("demand.national_it_mw") == pytest.approx(8221.5)
    for c in DEFAULT_CLASSES:
        assert c.share == A.default(f"demand.class_share.{c.id}")
        assert c.bandwidth_gbps_per_mw == A.default(f"demand.class.{c.id}.bandwidth_gbps_per_mw")
        limit = f"demand.class.{c.id}.latency_limit_ms"
        assert c.latency_limit_ms == (A.default(limit) if limit in A.assumption_keys() else None)
    assert sum(c.share for c in DEFAULT_CLASSES) == pytest.approx(1.0)
    net = NetworkParams()
    assert (net.route_factor, net.fibre_km_per_ms, net.equipment_ms) == (
        A.default("network.route_factor"),
        A.default("network.fibre_km_per_ms"),
        A.default("network.equipment_ms"),
    )
    for name, tier in net.tiers.items():
        key = f"assumptions.bandwidth_price_cny_per_km_year.{name}"
        assert tier.price_cny_per_km_year == A.default(key)
    assert A.default("solver.unserved_penalty_cny_per_mw_year") == DEFAULT_UNSERVED_PENALTY
    assert "unserved_penalty_cny_per_mw_year" in scenario_v1.SOLVER_KEYS
    assert NATIONAL_EMISSION_KG_PER_KWH == A.default("grid.national_ef_kg_per_kwh") == 0.5306
    a = AllocationAssumptions()
    assert (a.national_it_mw, a.kw_per_rack, a.carbon_price_cny_per_t) == (
        A.default("demand.national_it_mw"),
        A.default("assumptions.kw_per_rack"),
        A.default("assumptions.carbon_price_cny_per_t"),
    )
    # The stock's PUE is per province by default (facility classes in each climate); its
    # national mean is checked against the published average in test_stock_pue.
    assert a.stock_pue is None


def test_demand_split_sums_to_the_national_total_and_stock_reconciles(atlas) -> None:
    a = AllocationAssumptions()
    table = demand_table(atlas, a)
    assert table.to_numpy().sum() == pytest.approx(a.national_it_mw)
    shares = np.array([c.share for c in a.classes])
    np.testing.assert_allclose(table.sum(axis=0).to_numpy(), a.national_it_mw * shares)
    # existing stock outside the clusters + the clusters' reported racks = the national racks
    stock = stock_capacity(atlas, a).sum()
    clusters_mw = A.default("stock.cluster_racks") * a.kw_per_rack / 1000.0
    national_mw = A.default("stock.national_racks") * a.kw_per_rack / 1000.0
    assert stock + clusters_mw == pytest.approx(national_mw)
    # the clusters' capacity today is what the table says is built (issue 17)
    assert cluster_capacity(atlas, a).sum() == pytest.approx(clusters_mw, rel=1e-6)
    # demand is the load drawn: the rating x fill rate x mean draw (issue 17)
    fill, draw = A.default("demand.fill_rate"), A.default("demand.draw_per_filled_rack")
    assert national_mw * fill * draw == pytest.approx(a.national_it_mw)


def test_prefecture_shares_by_hand() -> None:
    """Known prefectures by population; an unlisted one gets its province's mean; a province
    with no figure is split equally; flagged rows are not used."""
    units = pd.DataFrame({"province": [1, 1, 1, 2, 2]}, index=[11, 12, 13, 21, 22])
    pop = pd.DataFrame(
        {
            "adcode": [11, 12, 21],
            "population_2020": [300, 100, 5],
            "flag": [np.nan, np.nan, "inconsistent"],
        }
    )
    s = prefecture_shares(units, pop)
    # province 1: 300, 100 and the mean 200 -> 0.5, 1/6, 1/3
    np.testing.assert_allclose(s.loc[[11, 12, 13], "share"], [0.5, 1 / 6, 1 / 3])
    assert s.loc[13, "basis"].startswith("imputed") and s.loc[11, "basis"] == "census 2020"
    np.testing.assert_allclose(s.loc[[21, 22], "share"], [0.5, 0.5])
    assert s.loc[21, "basis"].startswith("equal split")


def test_prefecture_shares_sum_to_one_per_province_and_keep_the_demand(atlas) -> None:
    problem = build_national_problem(atlas, AllocationAssumptions())
    ids = [str(p) for p in problem.regions.ids]
    pts = prefecture_table(atlas, ids)
    sums = pts.groupby("province")["share"].sum()
    np.testing.assert_allclose(sums.to_numpy(), 1.0)
    assert len(sums) == 31
    census = (pts["basis"] == "census 2020").mean()
    assert census > 0.8  # most units carry their own census figure
    # Guangdong (all 21 listed): Shenzhen's share is its census population / the province's
    gd = pts[pts["province"] == 440000]
    assert (gd["basis"] == "census 2020").all()
    assert gd.loc[440300, "share"] == pytest.approx(17_494_398 / gd["population"].sum())
    pref = to_prefectures(atlas, problem)
    assert pref.demand_mw.sum() == pytest.approx(problem.demand_mw.sum())
    gz = [i for i, p in enumerate(pref.regions.province_id) if p == "440000"]
    sz = list(pref.regions.ids).index("440300")
    assert pref.demand_mw[sz].sum() == pytest.approx(
        problem.demand_mw[ids.index("440000")].sum() * gd.loc[440300, "share"]
    )
    assert len(gz) == 21


def test_readme_lists_every_assumption_with_its_kind() -> None:
    text = (ROOT / "data" / "README.md").read_text("utf-8")
    for row in assumptions_table().itertuples(index=False):
        line = next((ln for ln in text.splitlines() if ln.startswith(f"| `{row.key}` |")), "")
        assert line, f"data/README.md does not list {row.key}"
        assert f"| {row.kind} |" in line


def test_csv_is_what_the_sources_script_writes(tmp_path) -> None:
    """data/assumptions.csv is generated from data/sources/assumptions_rows.py: no hand edit
    may let the two (or the README table) drift apart."""
    import runpy

    rows = runpy.run_path(str(ROOT / "data" / "sources" / "assumptions_rows.py"))
    rows["write"](tmp_path / "a.csv")
    assert (tmp_path / "a.csv").read_text("utf-8") == (ROOT / "data" / "assumptions.csv").read_text(
        "utf-8"
    )
    readme = tmp_path / "README.md"
    readme.write_text((ROOT / "data" / "README.md").read_text("utf-8"), "utf-8")
    rows["write_readme_table"](readme)
    assert readme.read_text("utf-8") == (ROOT / "data" / "README.md").read_text("utf-8")
