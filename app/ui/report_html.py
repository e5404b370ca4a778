"""The PDF report's text as HTML for a QTextDocument, built from the same
:class:`~app.io.report_tables.Sheet` tables as the XLSX and CSV.

Tables are kept narrow enough for an A4 page so that Qt never has to break a word or a number:
numbers and short cells are ``nowrap``, long tables are split into column groups, and every
heading is an ``<h2>`` that :func:`app.ui.report.keep_headings_with_tables` moves to the next
page when it would be stranded at the bottom of one.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace

from app.domain.pue_shown import BANDED_FIGURES, pue_band_text
from app.domain.report_units import format_shown
from app.domain.text import tr
from app.io.national_picture import tariff_basis_text
from app.io.report_data import ReportData
from app.io.report_sites import pue_curves
from app.io.report_tables import Sheet, sheets, total_row

#: Column groups of the placed-sites table (each fits A4 portrait at 7 pt).
SITE_GROUPS = (
    (
        "site",
        "cooling",
        "facility",
        "capacity_mw",
        "design_utilisation",
        "solved_utilisation",
        "load_mw",
        "annual_pue",
    ),
    (
        "site",
        "facility_energy_mwh",
        "energy_cost_mcny",
        "carbon_t",
        "water_m3",
        "cny_per_million_tokens",
        "token_cost_includes",
    ),
    ("site", "free_cooling_h", "tariff_cny_per_kwh", "tariff_source", "climate", "lon", "lat"),
    ("site", "flags"),
)
#: Columns of the site utilisation table in the PDF (the XLSX has them all).
USE_COLUMNS = (
    "name",
    "province_name",
    "capacity_mw_after",
    "load_mw_before",
    "load_mw_after",
    "load_change_mw",
    "utilisation_after",
    "dual_cny_per_mw_year_after",
)
_NOWRAP_TEXT = 28  # text cells up to this length never wrap (names, labels)


def cell_text(
    value, kind: str | None, lang: str, signed: bool = False, missing: str | None = None
) -> str:
    """A sheet cell as the PDF prints it: numbers with thousands separators and the unit's
    decimals, 'missing' (or ``missing``) for a missing figure."""
    if value is None:
        return tr("missing", lang) if missing is None else missing
    if kind is None or isinstance(value, str):
        return str(value)
    return format_shown(value, kind, lang, signed)


_LONG_TOKEN = re.compile(r"\S{26,}")


def _breakable(text: str) -> str:
    """Long unbroken tokens (web addresses, parameter keys) may wrap after / . _ ? =, never
    elsewhere: a zero-width space marks each such place."""
    return _LONG_TOKEN.sub(lambda m: re.sub(r"([/._?=])", "\\1\u200b", m.group(0)), text)


def with_notes(sheet: Sheet, key: str) -> tuple[Sheet, str]:
    """``sheet`` with each distinct text of its ``key`` column printed once, below it, as a
    numbered note, and "[n]" in the cells. Qt lays out a long wrapped cell in ~0.1 s: repeated
    on every row (a target's document, ~2.5 rows per placed site) it made a PDF of 50 sites
    take 12 s instead of 2."""
    if key not in sheet.keys or not sheet.rows:
        return sheet, ""
    col = sheet.keys.index(key)
    numbers: dict[str, int] = {}
    rows = []
    for row in sheet.rows:
        text = row[col]
        if isinstance(text, str) and text:
            text = f"[{numbers.setdefault(text, len(numbers) + 1)}]"
        rows.append([*row[:col], text, *row[col + 1 :]])
    notes = "<br>".join(f"[{n}] {_breakable(html.escape(t))}" for t, n in numbers.items())
    return replace(sheet, rows=rows), f"<p>{notes}</p>" if notes else ""


def table_html(
    sheet: Sheet, columns: list[int] | None = None, lang: str = "en", total: bool = False
) -> str:
    """``sheet`` (its ``columns``) as an HTML table; ``total``: a bold row of the sums of the
    columns that add up, the workbook's total row."""
    cols = list(range(len(sheet.headers))) if columns is None else columns
    signed = set(sheet.changes)
    if not sheet.rows:
        return f"<p>{html.escape(sheet.empty_text or tr('No rows.', lang))}</p>"
    head = "".join(f"<th>{html.escape(sheet.headers[c])}</th>" for c in cols)
    body = []
    for r, row in enumerate(sheet.rows):
        cells = []
        for c in cols:
            kind, value = sheet.kind(r, c), row[c]
            text = html.escape(cell_text(value, kind, lang, c in signed, sheet.missing_text))
            if kind is not None and (not isinstance(value, str) or kind == "years"):
                cells.append(f"<td align='right' nowrap>{text}</td>")
            elif len(text) <= _NOWRAP_TEXT:
                cells.append(f"<td nowrap>{text}</td>")
            else:
                cells.append(f"<td>{_breakable(text)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    if total:
        body.append(_total_html(sheet, cols, lang))
    return (
        "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
        f"<thead><tr>{head}</tr></thead>{''.join(body)}</table>"
    )


def _total_html(sheet: Sheet, cols: list[int], lang: str) -> str:
    sums = total_row(sheet)
    cells = [f"<td nowrap><b>{html.escape(tr('Total', lang))}</b></td>"]
    for c in cols[1:]:
        text = "" if sums[c] is None else html.escape(cell_text(sums[c], sheet.kinds[c], lang))
        cells.append(f"<td align='right' nowrap><b>{text}</b></td>")
    return "<tr>" + "".join(cells) + "</tr>"


def with_pue_band(sheet: Sheet, lang: str) -> Sheet:
    """The sites sheet with its annual PUE shown as "1.24 (1.18-1.31)" and energy, cost and
    carbon with their low-high at the PUE's p5-p95 (the XLSX and CSV keep p5 and p95 as
    numeric columns of their own)."""
    if "annual_pue" not in sheet.keys:
        return sheet
    keys = sheet.keys

    def at(key: str) -> int | None:
        return keys.index(key) if key in keys else None

    rows = []
    for row in sheet.rows:
        row = list(row)
        for key in BANDED_FIGURES:
            i, lo, hi = at(key), at(f"{key}_p5"), at(f"{key}_p95")
            if i is not None and lo is not None and hi is not None and row[lo] is not None:
                kind = sheet.kinds[i]
                row[i] = (
                    f"{cell_text(row[i], kind, lang)} ({cell_text(row[lo], kind, lang)}-"
                    f"{cell_text(row[hi], kind, lang)})"
                )
        i, lo, hi = at("annual_pue"), at("pue_p5"), at("pue_p95")
        row[i] = pue_band_text(
            row[i], None if lo is None else row[lo], None if hi is None else row[hi], lang
        )
        rows.append(row)
    headers = list(sheet.headers)
    headers[at("annual_pue")] = tr("Annual PUE (p5-p95)", lang)
    for key in BANDED_FIGURES:
        if at(key) is not None and at(f"{key}_p5") is not None:
            headers[at(key)] += " " + tr("(at PUE p5-p95)", lang)
    return replace(sheet, rows=rows, headers=headers)


def _columns(sheet: Sheet, keys: tuple[str, ...]) -> list[int]:
    return [sheet.keys.index(k) for k in keys if k in sheet.keys]


def _has_content(sheet: Sheet, columns: list[int]) -> bool:
    """Whether any cell beyond the first (the row's name) holds something: a group of
    columns that are all blank (e.g. no site carries a flag) is left out of the PDF."""
    return any(row[c] not in (None, "") for row in sheet.rows for c in columns[1:])


def report_html(data: ReportData, legend_width: int = 640) -> str:
    lang = data.lang
    by_name = {s.name: s for s in sheets(data)}
    policy, policy_notes = with_notes(by_name["policy"], "source")  # each document once
    e = html.escape
    from app.io.headline import free_line

    free_text = (free_line(data.evaluation, lang) or "") if data.evaluation is not None else ""

    def h2(text: str) -> str:
        return f"<h2>{e(text)}</h2>"

    sites = with_pue_band(by_name["sites"], lang)
    groups = [_columns(sites, g) for g in SITE_GROUPS]
    site_tables = (
        "".join(table_html(sites, g, lang) + "<br>" for g in groups if _has_content(sites, g))
        if sites.rows
        else table_html(sites, lang=lang)
    )
    use = by_name["site_use"]
    meta = by_name["metadata"]
    meta_rows = "".join(
        f"<tr><td nowrap><b>{e(str(r[0]))}</b></td><td>{e(str(r[1]))}</td></tr>" for r in meta.rows
    )
    if pue_curves(data.monthly_pue):
        pue_chart = f"<p><img src='pue.png' width='{legend_width}'></p>"
    elif data.metrics:  # every placed site serves nothing: no PUE to draw
        pue_chart = f"<p>{e(tr('No placed site serves any load, so none has a PUE.', lang))}</p>"
    else:
        pue_chart = f"<p>{e(by_name['monthly_pue'].empty_text)}</p>"
    return f"""
<style>table {{ font-size: 7pt; }} h2 {{ margin-top: 14px; }} th {{ background: #dde4ee; }}</style>
<h1>{e(data.title)}</h1>
<table cellspacing='0' cellpadding='2'>{meta_rows}</table>
{h2(by_name["effect"].title)}
{table_html(by_name["effect"], lang=lang)}
{h2(by_name["summary"].title)}
{table_html(by_name["summary"], lang=lang)}
<p>{e(free_text)}</p>
{h2(tr("Map: sites, loads and flows", lang))}
<p><img src="map.png" width="{legend_width}"></p>
<p><img src="legend.png" width="{legend_width}"></p>
{h2(by_name["sites"].title)}{site_tables}
{h2(by_name["monthly_pue"].title)}{pue_chart}
{h2(by_name["provinces"].title)}{table_html(by_name["provinces"], lang=lang)}
{h2(by_name["migration"].title)}{table_html(by_name["migration"], lang=lang)}
{h2(by_name["moves"].title)}{table_html(by_name["moves"], lang=lang)}
{h2(by_name["stays"].title)}{table_html(by_name["stays"], lang=lang)}
{h2(by_name["policy"].title)}{table_html(policy, lang=lang)}{policy_notes}
{h2(by_name["green_power"].title)}{table_html(by_name["green_power"], lang=lang)}
<h2 style="page-break-before: always">{e(by_name["national"].title)}</h2>
<p>{
        e(
            tr(
                "Today's status quo of this scenario without its placed sites, beside published "
                "figures; docs/model-validation.md discusses them.",
                lang,
            )
        )
    }</p>
{table_html(by_name["national"], lang=lang)}
<p>{e(tariff_basis_text(lang))}</p>
{h2(by_name["site_use"].title)}
{table_html(use, _columns(use, USE_COLUMNS), lang)}
{_costs(by_name, lang)}
{_sweep(by_name, data, legend_width)}
{h2(tr("Assumptions that differ from the defaults", lang))}{
        table_html(by_name["assumptions"], lang=lang)
    }
{h2(by_name["sources"].title)}{table_html(by_name["sources"], lang=lang)}
{h2(tr("Assumptions: built-in defaults, their sources and ranges", lang))}
{table_html(by_name["defaults"], lang=lang)}
"""


#: Column groups of the cost detail in the PDF (each fits A4 portrait at 7 pt).
COST_GROUPS = (
    ("name", "kind_text", "load_mw", "fixed_energy_cost", "marginal_energy_cost", "energy_cost"),
    ("name", "carbon_cost", "transport_cost", "capex_cost", "migration_cost", "cost_cny"),
    ("name", "investment_cny"),
)


def _costs(by_name: dict[str, Sheet], lang: str) -> str:
    """Every hall's cost lines, scenario then today, each group of columns with its total
    row: the summary's money lines, traced."""
    note = html.escape(
        tr(
            "Each money line of the summary is the total of its column here, to the yuan; "
            "fixed energy is what a hall uses at any load.",
            lang,
        )
    )
    parts = []
    for name in ("costs", "costs_today"):
        sheet = by_name[name]
        groups = [_columns(sheet, g) for g in COST_GROUPS]
        if name == "costs_today":  # nothing is invested today
            groups = groups[:-1]
        tables = "".join(table_html(sheet, g, lang, total=True) + "<br>" for g in groups)
        parts.append(f"<h2>{html.escape(sheet.title)}</h2><p>{note}</p>{tables}")
    return "".join(parts)


#: The sweep's charts in the PDF, in order (``app.ui.report_sweep.sweep_images``).
SWEEP_CHARTS = ("sweep_tornado.png", "sweep_sobol.png", "sweep_use.png")


def _sweep(by_name: dict[str, Sheet], data: ReportData, width: int) -> str:
    """The last sweep's figures and its charts (titled inside the image), when the planner
    ran one."""
    sheet = by_name.get("sweep")
    if sheet is None:
        return ""
    charts = data.sweep_charts
    names = [] if charts is None else chart_names(charts)
    images = "".join(f"<p><img src='{n}' width='{width}'></p>" for n in names)
    return f"<h2>{html.escape(sheet.title)}</h2>{table_html(sheet, lang=data.lang)}{images}"


def chart_names(charts) -> list[str]:
    """The names of the sweep's charts that have data (as ``sweep_images`` draws them)."""
    has = {
        "sweep_tornado.png": charts.tornado is not None and len(charts.tornado) > 0,
        "sweep_sobol.png": charts.sobol is not None and len(charts.sobol) > 0,
        "sweep_use.png": bool(charts.use),
    }
    return [n for n in SWEEP_CHARTS if has[n]]


def comparison_html(sheets: list[Sheet], title: str, lang: str = "en") -> str:
    """Totals, provinces and sites of a comparison; wide tables in groups of columns that fit
    the page (the first column repeated)."""
    e = html.escape
    parts = [
        f"<style>table {{ font-size: 7pt; }} th {{ background: #dde4ee; }}</style>"
        f"<h1>{e(title)}</h1>"
    ]
    for sheet in sheets:
        parts.append(f"<h2>{e(sheet.title)}</h2>")
        n = len(sheet.headers)
        per = 7  # columns per group, the first included
        groups = [[0, *range(i, min(i + per - 1, n))] for i in range(1, n, per - 1)] or [[0]]
        if n <= per:
            groups = [list(range(n))]
        for cols in groups:
            parts.append(table_html(sheet, cols, lang) + "<br>")
    return "".join(parts)
