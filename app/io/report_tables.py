"""The report's tables as a reader sees them: translated headings with units, figures scaled to
the language's units (bn CNY or 亿元, Mt or 万吨) and rounded, one :class:`Sheet` per table.
The XLSX, CSV and PDF writers all print these, so the three always agree.

Stored figures come from :mod:`app.io.report_data`; this module only chooses columns, labels,
units and precision.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from app.domain.report_units import GENERAL, display, heading
from app.domain.text import tr
from app.io.headline import never_text
from app.io.report_columns import shown_columns, title_of
from app.io.report_data import ReportData
from app.io.report_warnings import MONEY_ROWS, comparable

#: Leading characters that make Excel, LibreOffice or Google Sheets read a cell as a formula
#: (OWASP CSV injection); the XLSX and CSV writers neutralise text that starts with one.
FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")


@dataclass
class Sheet:
    """One table ready to print: ``rows`` hold text or numbers already in display units and
    rounded; ``kinds[c]`` is the unit kind of column c (None = text), or per row when
    ``row_kinds`` is set (the summary, whose rows have different units)."""

    name: str
    title: str
    headers: list[str]
    rows: list[list[str | float | None]]
    kinds: list[str | None]
    row_kinds: list[str] | None = None
    empty_text: str = ""
    #: what a missing figure shows in the PDF and the window (None: "missing")
    missing_text: str | None = None
    #: columns that hold differences (printed with a sign: +1.2, -0.3)
    changes: tuple[int, ...] = ()
    #: the workbook adds a total row under the columns that add up (MW, MWh, money, CO2, water)
    totals: bool = False
    #: the stored column behind each shown column, where there is one
    keys: tuple[str, ...] = ()

    def kind(self, row: int, col: int) -> str | None:
        if self.row_kinds is not None and self.kinds[col] is not None:
            return self.row_kinds[row]
        return self.kinds[col]


def scaled(value, kind: str | None, lang: str):
    """A stored figure in display units, rounded 2 digits past what is shown (no float
    noise such as 0.9999999999999999); None for missing; text unchanged."""
    if kind is None or value is None or isinstance(value, str):
        return value
    value = float(value)
    if value == math.inf and kind == "years":  # a payback that never comes
        return never_text(lang)
    if not math.isfinite(value):
        return None
    d = display(kind, lang)
    if d.decimals == GENERAL:
        return float(f"{value * d.factor:.6g}") + 0.0
    return round(value * d.factor, d.decimals + 2) + 0.0  # + 0.0: no "-0"


def _frame_sheet(name: str, frame: pd.DataFrame, lang: str) -> Sheet:
    cols = shown_columns(name, frame.columns, lang)
    headers = [heading(label, kind, lang) for _, label, kind in cols]
    rows = [
        [scaled(row[key], kind, lang) for key, _, kind in cols] for row in frame.to_dict("records")
    ]
    changes = tuple(i for i, (key, _, _) in enumerate(cols) if "change" in key)
    return Sheet(
        name,
        title_of(name, lang),
        headers,
        rows,
        [k for _, _, k in cols],
        changes=changes,
        keys=tuple(key for key, _, _ in cols),
    )


def summary_sheet(data: ReportData) -> Sheet:
    lang = data.lang
    s = data.summary
    # serving less is not saving: with demand unserved a money change is not printed
    not_comparable = tr("not comparable: demand unserved", lang)
    money = set() if comparable(s) else set(MONEY_ROWS)
    rows = [
        [
            title,
            display(kind, lang).unit,
            scaled(ref, kind, lang),
            scaled(scen, kind, lang),
            not_comparable if key in money else scaled(change, kind, lang),
        ]
        for key, title, kind, ref, scen, change in s[
            ["key", "title", "kind", "reference", "scenario", "change"]
        ].itertuples(index=False)
    ]
    headers = [
        tr("Total", lang),
        tr("Unit", lang),
        tr("Today", lang),
        tr("Scenario", lang),
        tr("Change (scenario minus today)", lang),
    ]
    return Sheet(
        "summary",
        title_of("summary", lang),
        headers,
        rows,
        [None, None, "row", "row", "row"],
        row_kinds=list(s["kind"]),
        changes=(4,),
    )


def migration_sheet(data: ReportData, name: str = "migration") -> Sheet:
    """Moved MW, saving, one-off cost and payback of the moves from today's status quo (or
    the sweep's figures, ``name`` "sweep"); each row in its own unit, like the summary."""
    lang = data.lang
    title = tr("Uncertainty sweep", lang) if name == "sweep" else title_of("migration", lang)
    return items_sheet(name, getattr(data, name), lang, title)


def items_sheet(name: str, frame, lang: str, title: str | None = None) -> Sheet:
    """A table of (title, kind, value) rows, each in its own unit (``title``: the sheet's,
    translated; default its title in app.io.report_columns)."""
    rows = [
        [title, display(kind, lang).unit, scaled(value, kind, lang)]
        for title, kind, value in frame[["title", "kind", "value"]].itertuples(index=False)
    ]
    headers = [tr("Item", lang), tr("Unit", lang), tr("Value", lang)]
    return Sheet(
        name,
        title or title_of(name, lang),
        headers,
        rows,
        [None, None, "row"],
        row_kinds=list(frame["kind"]),
    )


def national_sheet(data: ReportData) -> Sheet:
    """Today's national figures of the model beside the published ones, each row in its own
    unit (app.io.national_picture)."""
    lang = data.lang
    n = data.national
    rows = [
        [title, display(kind, lang).unit, scaled(value, kind, lang), scaled(pub, kind, lang), src]
        for title, kind, value, pub, src in n[
            ["title", "kind", "value", "published", "source"]
        ].itertuples(index=False)
    ]
    headers = [
        tr("Figure", lang),
        tr("Unit", lang),
        tr("This model, {year}", lang).format(year=data.evaluation.scenario.assumptions.year),
        tr("Published", lang),
        tr("Publisher and year", lang),
    ]
    return Sheet(
        "national",
        title_of("national", lang),
        headers,
        rows,
        [None, None, "row", "row", None],
        row_kinds=list(n["kind"]),
        missing_text="",
    )


def monthly_sheet(data: ReportData) -> Sheet:
    lang = data.lang
    m = data.monthly_pue
    headers = [tr("Month", lang), *[str(c) for c in m.columns]]
    rows = [[str(month), *[scaled(v, "pue", lang) for v in m.loc[month]]] for month in m.index]
    return Sheet(
        "monthly_pue",
        title_of("monthly_pue", lang),
        headers,
        rows,
        [None, *["pue"] * len(m.columns)],
    )


#: Report tables whose amounts add up to the summary's lines (the workbook totals them).
TOTALLED = ("costs", "costs_today", "sites", "provinces", "site_use", "flows", "moves", "stays")

#: Kinds of figure that add up down a column (a total of PUEs or prices means nothing).
ADDITIVE = {"mw", "mwh", "mcny", "cny_m", "cny", "t_co2", "m3"}


def total_row(sheet: Sheet) -> list[float | None]:
    """The sums of the columns that add up, from the numbers as shown (rounded), so a
    reader's own sum of a column gives the same figure; None under the others."""
    out: list[float | None] = []
    for c, kind in enumerate(sheet.kinds):
        values = [float(v) for r in sheet.rows if isinstance(v := r[c], int | float)]
        out.append(round(float(sum(values)), 6) if kind in ADDITIVE else None)
    return out


#: The scorecard's columns: (stored column, English heading, unit kind: "row" = the item's).
POLICY_SHOWN = (
    ("verdict", "Verdict", None), ("scope", "Scope", None), ("metric", "Measure", None),
    ("comparison", "Must be", None), ("target", "Target", "row"), ("value", "Value", "row"),
    ("margin", "Margin", "row"), ("band", "PUE band", None), ("today", "Today", None),
    ("without_sites", "Without the placed sites", None), ("id", "Target id", None),
    ("source", "Document", None),
)  # fmt: skip


def policy_sheet(data: ReportData) -> Sheet:
    """Every national target in force for every scope, failing first; each row in the unit of
    its measure (PUE or %), like the summary."""
    lang, p = data.lang, data.policy
    row_kinds = list(p["kind"]) if len(p) else []
    rows = [
        [scaled(r[key], kind and r["kind"], lang) for key, _, kind in POLICY_SHOWN]
        for r in p.to_dict("records")
    ]
    return Sheet(
        "policy",
        title_of("policy", lang),
        [tr(label, lang) for _, label, _ in POLICY_SHOWN],
        rows,
        [kind for _, _, kind in POLICY_SHOWN],
        row_kinds=row_kinds,
        empty_text=tr("No national target is in force in the scenario's year.", lang),
        changes=(6,),
        keys=tuple(key for key, _, _ in POLICY_SHOWN),
    )


def sheets(data: ReportData) -> list[Sheet]:
    """Every table of the report, in the order of the workbook and the PDF."""
    lang = data.lang
    out = []
    for name, frame in data.tables().items():
        if name == "summary":
            sheet = summary_sheet(data)
        elif name == "monthly_pue":
            sheet = monthly_sheet(data)
        elif name in ("migration", "sweep"):
            sheet = migration_sheet(data, name)
        elif name == "effect":
            sheet = items_sheet(name, frame, lang)  # investment and payback carry no sign
        elif name == "policy":
            sheet = policy_sheet(data)
        elif name == "national":
            sheet = national_sheet(data)
        elif name == "costs_today":  # the scenario's columns, today's figures
            sheet = _frame_sheet("costs", frame, lang)
            sheet.name, sheet.title = name, title_of("costs_today", lang)
        else:
            sheet = _frame_sheet(name, frame, lang)
        if name in ("sites", "monthly_pue") and not len(data.sites):
            sheet.empty_text = tr(
                "No placed sites: the scenario has only the national "
                "clusters and the existing capacity.",
                lang,
            )
        elif name == "moves" and not len(frame):
            sheet.empty_text = tr("Nothing moves: no shift pays for its migration cost.", lang)
        elif name == "assumptions" and not len(frame):
            sheet.empty_text = tr("None: all built-in defaults.", lang)
        sheet.totals = name in TOTALLED
        out.append(sheet)
    return out
