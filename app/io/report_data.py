"""Everything a report or export shows, as plain tables (no Qt), gathered in
:class:`ReportData` by :func:`collect`: the summary of totals, the report's metadata, and the
tables of :mod:`app.io.report_sites` (placed sites, monthly PUE), :mod:`app.io.report_costs`
(every cost line by hall), :mod:`app.io.report_allocation` (provinces, site use, moves and
stays) and :mod:`app.io.report_inputs` (assumptions, defaults, sources).

``collect(scenario, atlas)`` takes the scenario's one evaluation (``app.engine.evaluate``), the
same the GUI shows; every number a report shows comes from it. Names (provinces, clusters,
cooling) are in the report's language; units are applied later (``app.io.report_tables``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from app import __version__
from app.datasets.atlas import Atlas
from app.domain.text import language, tr
from app.domain.workload import shown_label
from app.engine.allocation.national_problem import supply_names
from app.engine.costs.site_eval import SiteMetrics
from app.engine.references.preview import Preview
from app.io.glossary import reference_rows
from app.io.headline import effect_table
from app.io.national_picture import national_picture
from app.io.report_allocation import migration_tables, province_table, site_use_table
from app.io.report_costs import cost_tables
from app.io.report_inputs import assumption_changes, defaults_table, sources_table
from app.io.report_policy import policy_tables
from app.io.report_sites import monthly_table, sites_table, with_solved_load
from app.io.report_warnings import notice, with_notice

if TYPE_CHECKING:
    from app.engine.evaluate import Evaluation

#: Totals of the summary, in order: (key in the allocation totals, English label, unit kind
#: of ``app.domain.report_units``).
SUMMARY = (
    ("cost_cny", "Total annual cost", "cny_total"),
    ("energy_cost", "Energy cost", "cny_total"),
    ("fixed_energy_cost", "of which fixed (every hall's load-independent part)", "cny_total"),
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


TABLE_NAMES = (
    "metadata", "effect", "summary", "costs", "costs_today", "sites", "monthly_pue",
    "provinces", "site_use", "flows", "migration", "moves", "stays", "policy", "green_power",
    "national", "sweep", "assumptions", "defaults", "sources",
)  # fmt: skip
"""Every table a report can hold, in the order of the workbook, the PDF and the CSV files
(``sweep`` only after a sweep); each is an attribute of :class:`ReportData`."""


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
    #: every cost line hall by hall, scenario and today (``app.io.report_costs``)
    costs: pd.DataFrame = field(default_factory=pd.DataFrame)
    costs_today: pd.DataFrame = field(default_factory=pd.DataFrame)
    #: a sweep's figures (title, kind, value; ``app.sweep.report_table``), empty without one
    sweep: pd.DataFrame = field(default_factory=pd.DataFrame)
    #: the sweep's charts (``app.sweep.report_table.SweepReport``, a layer above io), or None
    sweep_charts: Any = None

    def tables(self) -> dict[str, pd.DataFrame]:
        """The tables every export writes, by sheet/file name (the sweep only after one)."""
        return {
            name: getattr(self, name) for name in TABLE_NAMES if name != "sweep" or len(self.sweep)
        }


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
            tr("Cost detail", lang),
            tr(
                "each money line of the summary is the total row of its column in 'Annual cost "
                "by hall' (scenario and today), to the yuan",
                lang,
            ),
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
    flows = preview.scenario.flows.copy()
    flows.insert(1, "region_name", [names.get(str(r), str(r)) for r in flows["region"]])
    flows.insert(4, "site_name", [names.get(s, s) for s in flows["site"]])
    labels = {c.id: shown_label(c.id, c.label, lang) for c in scenario.assumptions.classes}
    flows.insert(3, "class_label", [labels.get(c, c) for c in flows["class"]])
    totals = preview.shift.totals.reset_index(names="total")
    data = ReportData(
        title=_title(getattr(scenario, "name", ""), lang),
        author=getattr(scenario, "author", ""),
        created=getattr(scenario, "created", ""),
        generated=dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        app_version=__version__,
        sites=with_solved_load(sites_table(scenario.sites, metrics, lang), ev, lang),
        monthly_pue=monthly_table(ev, lang),
        provinces=province_table(atlas, preview, lang),
        site_use=site_use_table(names, preview),
        flows=flows,
        totals=totals,
        assumptions=assumption_changes(scenario.assumptions),
        sources=sources_table(lang),
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
    data.costs, data.costs_today = cost_tables(ev, names, lang)
    data.policy, data.green_power = policy_tables(ev, lang)
    data.national = national_picture(ev, lang)
    f = preview.scenario.flows
    away = f.loc[f["region"] != f["site_province"], "mw"]  # the flows the map draws
    data.flow_max_mw = float(away.max()) if len(away) else 0.0
    loads = np.asarray(preview.scenario.site_load_mw, float)
    data.load_max_mw = float(loads.max()) if len(loads) else 0.0
    return data


def _title(name: str, lang: str | None) -> str:
    """The scenario's own name, or "Untitled scenario" in the report's language for a scenario
    that has none (the domain's default name is the English word "Untitled")."""
    return name if name not in ("", "Untitled") else tr("Untitled scenario", lang)
