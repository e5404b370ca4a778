"""Every key of the scenario format changes what ``evaluate`` returns, or is a display key
(named here with where it shows). A key added to the format without a case here fails
``test_every_format_key_is_covered``."""

from __future__ import annotations

import copy
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import tomli_w

from app.domain.scenario import BASE_DATASETS
from app.engine.evaluate import evaluate
from app.io import assumptions_v1, demand_v1, sites_v1, toml_names
from app.io import scenario_v1 as v1
from app.io.scenario_file import loads_scenario
from app.paths import DATA_DIR

CLASSES = [
    {
        "id": "realtime",
        "label": "Real-time",
        "latency_limit_ms": 10.0,
        "residency": "anywhere",
        "bandwidth_gbps_per_mw": 0.5,
        "share": 0.15,
        "bandwidth_tier": "10G",
    },
    {
        "id": "training",
        "label": "Training",
        "residency": "anywhere",
        "bandwidth_gbps_per_mw": 0.1,
        "share": 0.75,
        "bandwidth_tier": "400G",
    },
    {
        "id": "sensitive",
        "label": "Sensitive",
        "residency": "province",
        "bandwidth_gbps_per_mw": 0.5,
        "share": 0.10,
        "bandwidth_tier": "10G",
    },
]
BASE = {
    "format": "cpn-scenario",
    "version": 1,
    "metadata": {"name": "keys"},
    "sites": [
        {
            "id": "ulanqab",
            "name": "Ulanqab",
            "lon": 113.13,
            "lat": 41.03,
            "capacity_mw": 300.0,
            "utilisation": 0.7,
            "cooling": "indirect_evaporative",
            "accelerator": "gpu_700w_70b",
        },
        {
            "id": "qingpu",
            "name": "Qingpu",
            "lon": 121.12,
            "lat": 31.15,
            "capacity_mw": 120.0,
            "utilization": 0.6,  # the older spelling, still read
            "cooling": "chiller_tower",
            "accelerator": "gpu_700w_70b",
        },
    ],
    "demand": {"national_it_mw": 20250.0, "classes": CLASSES},
}

#: Keys that are not engine inputs, and where they show instead.
DISPLAY_KEYS = {
    "format": "file identification",
    "version": "file identification",
    "metadata.name": "report title",
    "metadata.author": "report",
    "metadata.created": "report",
    "metadata.notes": "report",
    "map.metric": "map colouring",
    "map.visible_layers": "map",
    "map.view_lonlat": "map view",
    "solver.auto_solve": "GUI: re-solve after each edit",
    "demand.classes.label": "tables and reports",
    "policy": "the policy scorecard only (Evaluation.policy; tests/engine/test_policy.py)",
    "sweep": "how cpn-planner sweep varies the inputs (app.sweep); not one evaluation's input",
    "base.hubs": "map: hub outlines and names (hub membership of a province is a column of "
    "the provinces table)",
}


def _site(doc, i=0):
    return doc["sites"][i]


def _csv(tmp: Path, name: str, edit) -> str:
    frame = pd.read_csv(DATA_DIR / name, dtype=str, keep_default_na=False)
    path = tmp / f"my-{name}"
    edit(frame).to_csv(path, index=False)
    return str(path)


def _scale(frame, column, where, factor):
    values = pd.to_numeric(frame.loc[where, column]) * factor
    frame.loc[where, column] = values.round(6).astype(str)
    return frame


def _shift(frame, column, delta):
    frame[column] = (pd.to_numeric(frame[column]) + delta).round(3).astype(str)
    return frame


def _boundaries(tmp: Path) -> str:
    """The built-in province polygons with Inner Mongolia and Shanghai's adcodes swapped, as a
    GeoPackage in the map's Albers CRS (any CRS is accepted)."""
    import geopandas as gpd

    from app.datasets.boundaries import load_boundaries
    from app.datasets.projection import ALBERS_CHINA

    b = load_boundaries("province")
    codes = b.codes.copy()
    i, j = b.position(150000), b.position(310000)
    codes[i], codes[j] = codes[j], codes[i]
    frame = gpd.GeoDataFrame(
        {"adcode": codes, "name": list(b.names_zh)}, geometry=list(b.geometries), crs=ALBERS_CHINA
    )
    path = tmp / "provinces.gpkg"
    frame.to_file(path, driver="GPKG")
    return str(path)


def _weather(tmp: Path) -> str:
    hours = np.arange(8760)
    path = tmp / "hot.csv"
    pd.DataFrame({"tdb_c": 30 + 5 * np.sin(hours / 24 * 2 * np.pi), "rh_pct": 80.0}).to_csv(
        path, index=False
    )
    return str(path)


def _set(path: str, value):
    def edit(doc, tmp):
        *parents, last = path.split(".")
        node = doc
        for p in parents:
            node = node.setdefault(p, {})
        node[last] = value(tmp) if callable(value) else value

    return edit


def _site_key(key, value):
    def edit(doc, tmp):
        _site(doc)[key] = value(tmp) if callable(value) else value

    return edit


def _site_alias(key, alias, value):
    def edit(doc, tmp):
        del _site(doc)[key]
        _site(doc)[alias] = value

    return edit


def _class_key(key, value, i=0):
    def edit(doc, tmp):
        doc["demand"]["classes"][i][key] = value

    return edit


CASES = {
    "sites.id": _site_key("id", "renamed"),
    "sites.name": _site_key("name", "Ulanqab North"),
    "sites.lon": _site_key("lon", 111.0),
    "sites.lat": _site_key("lat", 40.0),
    "sites.capacity_mw": _site_key("capacity_mw", 900.0),
    "sites.utilisation": _site_key("utilisation", 0.4),
    "sites.utilization": _site_alias("utilisation", "utilization", 0.4),
    "sites.cooling": _site_key("cooling", "air_chiller"),
    "sites.facility": _site_key("facility", "small"),
    "sites.tariff_cny_per_kwh": _site_key("tariff_cny_per_kwh", 0.9),
    "sites.green_share": _site_key("green_share", 0.5),
    "sites.green_price_cny_per_kwh": lambda d, t: _site(d).update(
        green_share=0.5, green_price_cny_per_kwh=0.9
    ),
    "sites.accelerator": _site_key("accelerator", "card_75w_8b"),
    "sites.weather_file": _site_key("weather_file", _weather),
    "demand.national_it_mw": _set("demand.national_it_mw", 30000.0),
    "demand.proxy": _set("demand.proxy", "population_2023_million"),
    "demand.classes.id": _class_key("id", "instant"),
    "demand.classes.latency_limit_ms": _class_key("latency_limit_ms", 0.5),
    "demand.classes.residency": _class_key("residency", "hub"),
    "demand.classes.bandwidth_gbps_per_mw": _class_key("bandwidth_gbps_per_mw", 40.0, 1),
    "demand.classes.share": _class_key("share", 0.6),
    "demand.classes.bandwidth_tier": _class_key("bandwidth_tier", "10G", 1),
    "assumptions.carbon_price_cny_per_t": _set("assumptions.carbon_price_cny_per_t", 200.0),
    "assumptions.kw_per_rack": _set("assumptions.kw_per_rack", 4.0),
    "assumptions.token_cost_includes_capex": _set("assumptions.token_cost_includes_capex", True),
    "assumptions.stock_pue": _set("assumptions.stock_pue", 1.9),
    "assumptions.bandwidth_price_cny_per_km_year": _set(
        "assumptions.bandwidth_price_cny_per_km_year", {"400G": 200000.0}
    ),
    # today's status quo (the baseline) and the friction of leaving it
    "assumptions.stock_utilisation": _set("assumptions.stock_utilisation", 0.6),
    "assumptions.cluster_utilisation": _set("assumptions.cluster_utilisation", 0.2),
    "assumptions.migration_cost_cny_per_mw": _set("assumptions.migration_cost_cny_per_mw", 0.0),
    "assumptions.payback_years": _set("assumptions.payback_years", 20.0),
    "assumptions.frozen_classes": _set("assumptions.frozen_classes", ["training"]),
    "assumptions.retire_idle_halls": _set("assumptions.retire_idle_halls", True),
    "assumptions.status_quo_shares": _set(
        "assumptions.status_quo_shares", {"Shanghai": {"training": {"cluster:zhangjiakou": 0.5}}}
    ),
    "overrides.provinces.tariff_cny_per_kwh": _set(
        "overrides.provinces.Inner Mongolia", {"tariff_cny_per_kwh": 0.9}
    ),
    "overrides.provinces.emission_kg_per_kwh": _set(
        "overrides.provinces.Inner Mongolia", {"emission_kg_per_kwh": 0.1}
    ),
    "overrides.provinces.demand_mw": _set("overrides.provinces.Guangdong", {"demand_mw": 9000.0}),
    "overrides.provinces.capacity_mw": _set("overrides.provinces.Beijing", {"capacity_mw": 10.0}),
    "overrides.clusters.capacity_mw": lambda d, t: (
        d.setdefault("overrides", {})
        .setdefault("clusters", {})
        .update({toml_names.cluster_ids()[0]: {"capacity_mw": 10.0}})
    ),
    "overrides.clusters.built_mw": lambda d, t: (
        d.setdefault("overrides", {})
        .setdefault("clusters", {})
        .update({toml_names.cluster_ids()[0]: {"built_mw": 10.0}})
    ),
    # issue 17: the scenario's year grows demand and builds the clusters' plans
    "assumptions.year": _set("assumptions.year", 2027),
    "solver.regions": _set("solver.regions", "prefecture"),
    "solver.unserved_penalty_cny_per_mw_year": _set(
        "solver.unserved_penalty_cny_per_mw_year", 1.0e6
    ),
    "base.boundaries": _set("base.boundaries", _boundaries),
    "base.provinces": _set(
        "base.provinces",
        lambda t: _csv(
            t,
            "provinces.csv",
            lambda f: _scale(f, "gdp_2023_billion_cny", f["adcode"] == "440000", 3.0),
        ),
    ),
    "base.tariffs": _set(
        "base.tariffs",
        lambda t: _csv(
            t, "tariffs.csv", lambda f: _scale(f, "price_cny_per_kwh", f["adcode"] == "150000", 2.0)
        ),
    ),
    "base.clusters": _set(
        "base.clusters",
        lambda t: _csv(t, "clusters.csv", lambda f: _scale(f, "pue_target", f.index >= 0, 1.3)),
    ),
    "base.normals": _set(
        "base.normals",
        lambda t: _csv(
            t,
            "climate_normals.csv",
            lambda f: [_shift(f, c, 6.0) for c in ("tmax_c", "tmean_c", "tmin_c")][-1],
        ),
    ),
}


def fingerprint(ev) -> tuple:
    t, b = ev.result.totals, ev.baseline.totals
    sites = ev.site_table().drop(columns=["flags"])
    tokens = [e.metrics.cost_per_mtok_cny for e in ev.sites]
    return (
        round(t["cost_cny"]),
        round(t["carbon_t"], 3),
        round(t["served_mw"], 6),
        round(t["unserved_mw"], 6),
        round(t["mean_rtt_ms"], 9),
        len(ev.result.problem.regions),
        sorted(set(ev.result.flows["class"])),
        sites.round(6).to_json(),
        [round(x, 9) for x in tokens],
        round(b["cost_cny"]),
        round(b["served_mw"], 6),
        round(t["moved_mw"], 6),
        round(t["migration_cost"]),
        round(ev.migration.moved_mw, 6),
        # the references: a key may change only what moves if moving were free
        round(ev.free.totals["cost_cny"]),
        round(ev.free.totals["moved_mw"], 6),
        round(ev.without_sites.totals["cost_cny"]),
        len(ev.result.flow_mw),  # the admissible pairs (residency, latency)
    )


def _evaluate(doc, tmp):
    return evaluate(loads_scenario(tomli_w.dumps(doc), base_dir=tmp))


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    return fingerprint(_evaluate(BASE, tmp_path_factory.mktemp("base")))


@pytest.mark.parametrize("key", sorted(CASES))
def test_key_changes_the_evaluation(key, reference, tmp_path):
    doc = copy.deepcopy(BASE)
    CASES[key](doc, tmp_path)
    assert fingerprint(_evaluate(doc, tmp_path)) != reference, key


def format_keys() -> set[str]:
    keys = {
        k
        for k in v1.TOP_KEYS
        if k
        not in ("metadata", "base", "sites", "demand", "assumptions", "overrides", "solver", "map")
    }
    keys |= {f"metadata.{k}" for k in v1.META_KEYS}
    keys |= {f"base.{k}" for k in BASE_DATASETS}
    keys |= {f"sites.{k}" for k in sites_v1.SITE_KEYS}
    keys |= {f"demand.{k}" for k in demand_v1.DEMAND_KEYS if k != "classes"}
    keys |= {f"demand.classes.{k}" for k in demand_v1.CLASS_KEYS}
    keys |= {f"assumptions.{k}" for k in assumptions_v1.ASSUMPTION_KEYS}
    keys |= {f"overrides.provinces.{k}" for k in toml_names.PROVINCE_OVERRIDES}
    keys |= {f"overrides.clusters.{k}" for k in toml_names.CLUSTER_OVERRIDES}
    keys |= {f"solver.{k}" for k in v1.SOLVER_KEYS}
    keys |= {f"map.{k}" for k in v1.MAP_KEYS}
    return keys


#: Keys that act only in a year after the base year: checked against the same later year.
LATER_YEAR_KEYS = {
    "overrides.clusters.planned_mw": lambda d, t: (
        d.setdefault("overrides", {})
        .setdefault("clusters", {})
        .update({"qingyang": {"planned_mw": 100.0}})
    ),
}


@pytest.mark.parametrize("key", sorted(LATER_YEAR_KEYS))
def test_later_year_key_changes_the_evaluation(key, tmp_path):
    later = copy.deepcopy(BASE)
    later.setdefault("assumptions", {})["year"] = 2027
    doc = copy.deepcopy(later)
    LATER_YEAR_KEYS[key](doc, tmp_path)
    assert fingerprint(_evaluate(doc, tmp_path)) != fingerprint(_evaluate(later, tmp_path)), key


def test_every_format_key_is_covered():
    assert format_keys() - set(CASES) - set(DISPLAY_KEYS) - set(LATER_YEAR_KEYS) == set()


def test_a_bad_base_file_names_file_row_and_column(tmp_path):
    from app.datasets.base_atlas import BaseDataError

    path = _csv(
        tmp_path,
        "tariffs.csv",
        lambda f: f.assign(price_cny_per_kwh=f["price_cny_per_kwh"].where(f.index != 4, "cheap")),
    )
    doc = copy.deepcopy(BASE)
    doc["base"] = {"tariffs": path}
    with pytest.raises(BaseDataError, match=r"my-tariffs.csv: row 6, column 'price_cny_per_kwh'"):
        _evaluate(doc, tmp_path)


def test_bad_normals_name_the_file(tmp_path):
    from app.datasets.base_atlas import BaseDataError

    path = _csv(tmp_path, "climate_normals.csv", lambda f: _shift(f, "tmin_c", 40.0))
    doc = copy.deepcopy(BASE)
    doc["base"] = {"normals": path}
    with pytest.raises(BaseDataError, match="my-climate_normals.csv: .*tmin_c"):
        _evaluate(doc, tmp_path)
