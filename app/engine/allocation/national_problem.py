"""The national allocation problem: 31 provinces' demand, served by each province's existing
stock, the 10 national clusters and the planner's placed sites.

Every default is an explicit, editable assumption (``AllocationAssumptions``); its basis is
in ``ASSUMPTION_NOTES`` so the UI and reports can show it next to the number.
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from app.datasets.atlas import Atlas
from app.datasets.cluster_names import cluster_label  # noqa: F401 (re-exported)
from app.domain.assumptions import AllocationAssumptions
from app.domain.sourced import assumption, assumption_keys, default
from app.engine.allocation.allocation import (
    NATIONAL_EMISSION_KG_PER_KWH,
    AllocationProblem,
    Regions,
    Sites,
)
from app.engine.allocation.demand import (
    BASE_YEAR,
    default_demand,
    demand_in_year,
)
from app.engine.allocation.network import network_params
from app.engine.pue.stock_pue import stock_pue_by_province

CLUSTER_RACKS_2024 = default("stock.cluster_racks")
"""Standard racks built in the 10 clusters, end-2023 (``stock.cluster_racks``, NDA)."""
NATIONAL_RACKS_2023 = default("stock.national_racks")
"""Standard racks in use nationally, end-2023 (``stock.national_racks``)."""
NATIONAL_PUE_2025 = default("assumptions.stock_pue")
"""National average PUE, end-June 2025 (``assumptions.stock_pue``)."""

ASSUMPTION_NOTES = {
    "national_it_mw": "IT load drawn in 2023: 8.1 million racks in use (MIIT) x 2.5 kW x fill "
    "rate 0.58 x mean draw of a filled rack 0.70; range 4,750-12,870 MW",
    "year": "the scenario's year: demand grows 24.8 %/yr after the base year 2023 (MIIT racks "
    "2021-2023) and clusters reach their planned capacity linearly by their plan year",
    "demand_proxy": "national total spread over provinces in proportion to this proxy",
    "stock": "no per-province rack counts are published: the racks in use outside the "
    "clusters (8.1M - 1.05M) x 2.5 kW rated, spread by the demand proxy (reasoned)",
    "cluster_racks": "racks built in the base year x 2.5 kW (1.05M in all, NDA end-2023; "
    "Qingyang 15,000 counted, the rest shared equally), growing to the published plan "
    "(Shaoguan, Qingyang, Zhongwei) by its year",
    "stock_pue": "per province: a facility-class mix in the province's climate at the "
    "stock's utilisation (app.engine.pue.stock_pue); a single value overrides all",
    "cluster_pue": "each cluster's published PUE target",
    "carbon_price": "0 by default: set a carbon price to see its effect",
    "bandwidth_prices": "leased-circuit prices per route-km-year: no public tariff found, "
    "reasoned (10G 1,000, 100G 4,000, 400G 10,000 CNY; range x0.25-x4); "
    "set your operator's",
    "stock_utilisation": "share of the stock's rating drawn today: fill rate outside the "
    "clusters 0.57 x mean draw 0.70 = 0.40; its PUE is computed there",
    "cluster_utilisation": "share of the clusters' rating drawn today: hubs' fill rate 61.9 % "
    "(NDA, end-2023) x mean draw 0.70 = 0.43",
    "migration_cost_cny_per_mw": "one-off cost of moving 1 MW: reasoned 8 M CNY (relocating "
    "~3,300 servers + two months of dual running); range 1-60 M",
    "retire_idle_halls": "off (default): an existing hall (stock or cluster) keeps its "
    "load-independent energy when load leaves it; on: the part of a hall load leaves is retired "
    "(its energy scales with its load at the average PUE)",
    "payback_years": "a move must repay its one-off cost within 3 years (reasoned; 1-10)",
}


@dataclass(frozen=True)
class PlacedSupply:
    """A placed site as the allocation sees it (from the site evaluation)."""

    id: str
    name: str
    lon: float
    lat: float
    province_adcode: int | None
    capacity_mw: float
    annual_pue: float
    tariff_cny_per_kwh: float
    #: the site's own factor (green share carbon-free); None: its province's grid factor
    emission_kg_per_kwh: float | None = None
    #: facility MWh per rated MW-year that run at any load (``annual_pue`` is then marginal)
    fixed_mwh_per_mw_rated: float = 0.0


def region_points(atlas: Atlas) -> pd.DataFrame:
    """Demand point per province (lon/lat): its capital's climate station, else a point
    inside the polygon (see ``Atlas.province_points``)."""
    return atlas.province_points


def supply_names(atlas: Atlas, lang: str = "en", stock: str = "{name} stock") -> dict[str, str]:
    """Display names of the allocation's regions and sites: province adcode, "stock:<adcode>"
    (``stock`` is the label template) and "cluster:<id>"."""
    names = {str(c): atlas.province_name(int(c), lang) for c in atlas.provinces.index}
    for code in atlas.provinces.index:
        names[f"stock:{code}"] = stock.format(name=names[str(code)])
    for cid, c in atlas.clusters.iterrows():
        names[f"cluster:{cid}"] = cluster_label(c, lang)
    return names


def _hub(atlas: Atlas, code: int | None) -> str:
    return "" if code is None else atlas.hub_of_province.get(int(code), "")


def _province_tariff(atlas: Atlas, a: AllocationAssumptions, code: int) -> float:
    if code in a.tariff_cny_per_kwh:
        return a.tariff_cny_per_kwh[code]
    value = atlas.provinces.at[code, "price_cny_per_kwh"]
    return float(value) if value == value else math.nan


def median_tariff(atlas: Atlas, a: AllocationAssumptions) -> float:
    """Median of the known province tariffs (CNY/kWh)."""
    values = [_province_tariff(atlas, a, int(c)) for c in atlas.provinces.index]
    return float(np.nanmedian(values))


def unpriced_provinces(atlas: Atlas, a: AllocationAssumptions) -> list[int]:
    """Provinces with no tariff: their stock and clusters are priced at the median tariff."""
    codes = atlas.provinces.index.to_numpy(dtype=int)
    price = atlas.provinces["price_cny_per_kwh"].to_numpy(dtype=float, na_value=np.nan)
    overridden = np.array([c in a.tariff_cny_per_kwh for c in codes.tolist()], dtype=bool)
    if overridden.any():  # a planner's override prices the province (or, NaN, does not)
        price = price.copy()
        price[overridden] = [a.tariff_cny_per_kwh[c] for c in codes[overridden].tolist()]
    return codes[np.isnan(price)].tolist()


#: The demand proxies' names as the window shows them (translated where shown).
PROXY_NAMES = {"gdp_2023_billion_cny": "GDP 2023", "population_2023_million": "Population 2023"}


def unproxied_provinces(atlas: Atlas, a: AllocationAssumptions) -> list[int]:
    """Provinces with no value of the demand proxy (and no demand of the planner's): no
    demand and no existing stock are spread to them (a missing figure is not a zero the
    planner would choose, so evaluate flags each)."""
    proxy = pd.to_numeric(atlas.provinces[a.demand_proxy], errors="coerce")
    return [int(c) for c in proxy.index[proxy.isna()] if int(c) not in a.demand_mw]


def unfactored_provinces(atlas: Atlas, a: AllocationAssumptions) -> list[int]:
    """Provinces with no grid emission factor (none published, none of the planner's): their
    halls and sites are counted at the national average."""
    ef = pd.to_numeric(atlas.provinces["grid_ef_2023_kgco2_per_kwh"], errors="coerce")
    return [int(c) for c in ef.index[ef.isna()] if int(c) not in a.emission_kg_per_kwh]


def demand_table(atlas: Atlas, a: AllocationAssumptions) -> pd.DataFrame:
    """Province x class demand (MW) with its basis, as the assumptions table shows it."""
    proxy = atlas.provinces[a.demand_proxy].astype(float).fillna(0.0)
    d = default_demand(proxy, a.classes, demand_in_year(a.national_it_mw, a.year))
    table = pd.DataFrame(d, index=atlas.provinces.index, columns=[c.id for c in a.classes])
    for code, total in a.demand_mw.items():
        shares = np.array([c.share for c in a.classes], float)
        table.loc[code] = total * shares / shares.sum()
    return table


def stock_capacity(atlas: Atlas, a: AllocationAssumptions) -> pd.Series:
    """Existing stock per province (MW): non-cluster racks spread by the proxy, or overrides."""
    proxy = atlas.provinces[a.demand_proxy].astype(float).fillna(0.0)
    total = (NATIONAL_RACKS_2023 - CLUSTER_RACKS_2024) * a.kw_per_rack / 1000.0
    stock = total * proxy / proxy.sum()
    for code, mw in a.stock_mw.items():
        stock.loc[code] = mw
    return stock


def cluster_racks(cid: str, table_racks: float = math.nan, n: int = 10) -> tuple[float, float, int]:
    """Built racks (base year), planned racks and the plan's year of cluster ``cid``. A
    cluster of a planner's own table (no rows in data/assumptions.csv) is taken as built at
    its table's ``planned_racks``, else at an equal share of the clusters' built racks."""
    if f"cluster.{cid}.built_racks" not in assumption_keys("cluster."):
        built = table_racks if table_racks == table_racks else CLUSTER_RACKS_2024 / n
        return built, built, BASE_YEAR
    planned = assumption(f"cluster.{cid}.planned_racks")
    return default(f"cluster.{cid}.built_racks"), planned.value, planned.year or BASE_YEAR


def cluster_capacity(atlas: Atlas, a: AllocationAssumptions) -> pd.Series:
    """Cluster capacity (MW) in the scenario's year: built in the base year, growing linearly
    to the plan by its year; a scenario overrides built, planned or the year's capacity."""
    cap = pd.Series(0.0, index=atlas.clusters.index, dtype=float)
    table = atlas.clusters["planned_racks"].astype(float)
    for cid in atlas.clusters.index:
        built, planned, plan_year = cluster_racks(str(cid), table[cid], len(table))
        built_mw = a.cluster_built_mw.get(cid, built * a.kw_per_rack / 1000.0)
        planned_mw = a.cluster_planned_mw.get(cid, planned * a.kw_per_rack / 1000.0)
        done = min(1.0, max(0, a.year - BASE_YEAR) / max(1, plan_year - BASE_YEAR))
        cap.loc[cid] = built_mw + max(0.0, planned_mw - built_mw) * done
    for cid, mw in a.cluster_mw.items():
        cap.loc[cid] = mw
    return cap


def existing_energy(
    atlas: Atlas, a: AllocationAssumptions, average_pue: list[float], n_stock: int
) -> tuple[list[float], list[float]]:
    """Fixed MWh per MW-year of capacity and marginal PUE of the stock (first ``n_stock``)
    and the clusters, from their average PUE at today's utilisation.

    A hall's load-independent share ``phi`` of its facility energy comes from the PUE engine
    (:func:`~app.engine.pue.stock_pue.fixed_share_by_province`: the stock's class mix for the
    stock, a large hall for a cluster, at the province's climate). At today's utilisation
    ``u`` the hall uses exactly its average PUE; load that leaves saves only the marginal
    part: marginal = PUE x (1 - phi) (at least 1), fixed = (PUE - marginal) x u x 8760. With
    ``retire_idle_halls`` the fixed part goes with the load (the average PUE per MW served).
    """
    if a.retire_idle_halls:
        return [0.0] * len(average_pue), list(average_pue)
    from app.engine.pue.stock_pue import fixed_share_by_province

    stock_share = fixed_share_by_province(atlas, utilization=a.stock_utilisation)
    large_share = fixed_share_by_province(atlas, {"large": 1.0}, utilization=a.cluster_utilisation)
    provinces = [int(c) for c in atlas.provinces.index]
    cluster_prov = [int(c) for c in atlas.clusters["province_adcode"]]
    share = [stock_share[c] for c in provinces] + [large_share.get(c, 0.0) for c in cluster_prov]
    util = [a.stock_utilisation] * n_stock + [a.cluster_utilisation] * len(cluster_prov)
    hours = 8760.0
    marginal = [max(p * (1.0 - phi), 1.0) for phi, p in zip(share, average_pue, strict=True)]
    fixed = [(p - m) * u * hours for p, m, u in zip(average_pue, marginal, util, strict=True)]
    return fixed, marginal


@dataclass(frozen=True, eq=False)
class _NationalTables:
    """What the national problem takes from the atlas and assumptions alone (regions, stock,
    clusters, demand): built once per assumption set, not on every drag step."""

    atlas: Atlas
    regions: Regions
    existing: dict[str, list]  # the stock and cluster sites' columns
    emission_by_province: dict[int, float]
    demand: np.ndarray


_TABLES: OrderedDict[tuple[int, str], _NationalTables] = OrderedDict()
_TABLES_LOCK = threading.Lock()


def _national_tables(atlas: Atlas, a: AllocationAssumptions) -> _NationalTables:
    key = (id(atlas), repr(a))  # the assumptions are a plain dataclass: repr is their value
    with _TABLES_LOCK:
        hit = _TABLES.get(key)
        if hit is not None and hit.atlas is atlas:
            _TABLES.move_to_end(key)
            return hit
    tables = _build_tables(atlas, a)
    with _TABLES_LOCK:
        _TABLES[key] = tables
        while len(_TABLES) > 8:
            _TABLES.popitem(last=False)
    return tables


def _build_tables(atlas: Atlas, a: AllocationAssumptions) -> _NationalTables:
    pts = region_points(atlas)
    codes = [int(c) for c in atlas.provinces.index]
    regions = Regions(
        ids=np.array([str(c) for c in codes]),
        names=atlas.provinces["name_en"].to_numpy(str),
        lat=pts.loc[codes, "lat"].to_numpy(),
        lon=pts.loc[codes, "lon"].to_numpy(),
        province_id=np.array([str(c) for c in codes]),
        hub_id=np.array([_hub(atlas, c) for c in codes]),
    )
    stock, clusters = stock_capacity(atlas, a), cluster_capacity(atlas, a)
    cl = atlas.clusters
    ids = [f"stock:{c}" for c in codes] + [f"cluster:{c}" for c in cl.index]
    label = supply_names(atlas)
    prov = codes + [int(c) for c in cl["province_adcode"]]
    by_province = (
        stock_pue_by_province(atlas, utilization=a.stock_utilisation) if a.stock_pue is None else {}
    )
    average = [a.stock_pue or by_province[c] for c in codes] + list(cl["pue_target"].astype(float))
    fixed, marginal = existing_energy(atlas, a, average, len(codes))
    existing_tariff = np.array(
        [_province_tariff(atlas, a, c) for c in codes]
        + [_province_tariff(atlas, a, int(c)) for c in cl["province_adcode"]]
    )
    # Existing stock in a province without a tariff: the national median, flagged by
    # ``unpriced_provinces`` (placed sites without a price never get here).
    existing_tariff[np.isnan(existing_tariff)] = median_tariff(atlas, a)
    ef = atlas.provinces["grid_ef_2023_kgco2_per_kwh"].astype(float).copy()
    for code, value in a.emission_kg_per_kwh.items():  # the planner's province factors
        ef.loc[int(code)] = float(value)
    # a province without a published factor: the national average, flagged by evaluate
    # (``unfactored_provinces``), so every hall's carbon adds up to the totals
    ef = ef.fillna(NATIONAL_EMISSION_KG_PER_KWH)
    emission_by_province = {int(c): float(v) for c, v in ef.items()}
    existing: dict[str, list] = {
        "ids": ids,
        "names": [label[i] for i in ids],
        "prov": prov,
        "lat": list(pts.loc[codes, "lat"]) + list(cl["lat"]),
        "lon": list(pts.loc[codes, "lon"]) + list(cl["lon"]),
        "cap": list(stock.loc[codes]) + list(clusters.loc[cl.index]),
        "pue": marginal,  # per MW served: the fixed part is charged per MW of capacity
        "fixed": fixed,
        "tariff": list(existing_tariff),
        "emission": [emission_by_province.get(c, np.nan) for c in prov],
        "hub": [_hub(atlas, c) for c in prov],
    }
    demand = demand_table(atlas, a).loc[codes].to_numpy()
    return _NationalTables(atlas, regions, existing, emission_by_province, demand)


def build_national_problem(
    atlas: Atlas, a: AllocationAssumptions, placed: Sequence[PlacedSupply] = ()
) -> AllocationProblem:
    """Regions = 31 provinces; sites = stock per province, 10 clusters, placed sites."""
    t = _national_tables(atlas, a)
    e = t.existing
    prov = [p.province_adcode or 0 for p in placed]
    emission = [
        float(p.emission_kg_per_kwh)
        if p.emission_kg_per_kwh is not None
        else t.emission_by_province.get(c, np.nan)
        for p, c in zip(placed, prov, strict=True)
    ]
    sites = Sites(
        ids=np.array(e["ids"] + [p.id for p in placed]),
        names=np.array(e["names"] + [p.name for p in placed]),
        lat=np.array(e["lat"] + [p.lat for p in placed]),
        lon=np.array(e["lon"] + [p.lon for p in placed]),
        province_id=np.array([str(c) for c in e["prov"] + prov]),
        capacity_mw=np.array(e["cap"] + [p.capacity_mw for p in placed]),
        annual_pue=np.array(e["pue"] + [p.annual_pue for p in placed]),
        tariff_cny_per_kwh=np.array(e["tariff"] + [p.tariff_cny_per_kwh for p in placed]),
        emission_kg_per_kwh=np.array(e["emission"] + emission),
        hub_id=np.array(e["hub"] + [_hub(atlas, c) for c in prov]),
        fixed_mwh_per_mw_rated=np.array(e["fixed"] + [p.fixed_mwh_per_mw_rated for p in placed]),
    )
    return AllocationProblem(
        regions=t.regions,
        sites=sites,
        demand_mw=t.demand.copy(),
        classes=a.classes,
        carbon_price_cny_per_t=a.carbon_price_cny_per_t,
        network=network_params(a),
    )
