"""Scenarios compared as a reader sees it: the current scenario against one or more
references, every change = current minus reference, in labelled columns with units, as
:class:`~app.io.report_tables.Sheet` tables that the dialog shows and the XLSX and PDF print.

Figures come from each scenario's :class:`~app.io.report_data.ReportData` (its own solved
allocation and site evaluation), so a reference's figures are as complete as the current's.
"""

from __future__ import annotations

import math

import pandas as pd

from app.domain.report_units import display, heading
from app.domain.text import tr
from app.io.compare import net_import
from app.io.report_data import ReportData
from app.io.report_tables import Sheet, scaled

#: Per site of the allocation: (column, English label, unit kind).
LOAD_FIGURES = (("load_mw", "Load", "mw"),)
#: Per placed site: the load, then the site evaluation's figures.
FIGURES = (
    ("load_mw", "Load", "mw"),
    ("capacity_mw", "IT capacity", "mw"),
    ("annual_pue", "Annual PUE", "pue"),
    ("facility_energy_mwh", "Facility energy", "mwh"),
    ("energy_cost_mcny", "Energy cost", "mcny"),
    ("carbon_t", "Carbon", "t_co2"),
    ("water_m3", "Water", "m3"),
)


def _change(a, b):
    if a is None or b is None or not (math.isfinite(a) and math.isfinite(b)):
        return None
    return a - b


def _labels(reports: dict[str, ReportData]) -> tuple[str, list[str]]:
    labels = list(reports)
    return labels[0], labels[1:]


def totals_sheet(reports: dict[str, ReportData], lang: str = "en") -> Sheet:
    """One row per total (cost, energy, carbon, water of placed sites, served, unserved,
    latency): its unit, the current figure, each reference's and current minus each."""
    current, refs = _labels(reports)
    rows, kinds = [], []
    water = {label: float(r.sites["water_m3"].sum()) for label, r in reports.items()}
    first = reports[current].summary
    items = [
        (
            title,
            kind,
            {n: float(r.summary.set_index("key").at[key, "scenario"]) for n, r in reports.items()},
        )
        for key, title, kind in first[["key", "title", "kind"]].itertuples(index=False)
    ]
    items.append((tr("Water, placed sites", lang), "m3", water))
    for label, kind, values in items:
        cur = values[current]
        row = [label, display(kind, lang).unit, scaled(cur, kind, lang)]
        row += [scaled(values[ref], kind, lang) for ref in refs]
        row += [scaled(_change(cur, values[ref]), kind, lang) for ref in refs]
        rows.append(row)
        kinds.append(kind)
    headers = [
        tr("Total", lang),
        tr("Unit", lang),
        current,
        *refs,
        *[tr("{a} minus {b}", lang).format(a=current, b=ref) for ref in refs],
    ]
    n = len(headers)
    return Sheet(
        "totals",
        tr("Totals", lang),
        headers,
        rows,
        [None, None, *["row"] * (n - 2)],
        row_kinds=kinds,
        changes=tuple(range(n - len(refs), n)),
    )


def provinces_sheet(reports: dict[str, ReportData], lang: str = "en") -> Sheet:
    """Per province: demand served elsewhere and net compute import (MW) in each scenario,
    and current minus each reference."""
    current, refs = _labels(reports)
    first = reports[current]
    imports = {label: net_import(r) for label, r in reports.items()}
    codes = [int(c) for c in first.preview.scenario.problem.regions.ids]
    names = dict(zip(codes, first.provinces["province"], strict=False))
    rows = []
    for code in codes:
        values = {label: float(imports[label].get(code, 0.0)) for label in reports}
        row = [names.get(code, str(code)), scaled(values[current], "mw", lang)]
        row += [scaled(values[ref], "mw", lang) for ref in refs]
        row += [scaled(values[current] - values[ref], "mw", lang) for ref in refs]
        rows.append(row)
    net, unit = tr("Net import", lang), display("mw", lang).unit
    headers = [
        tr("Province", lang),
        f"{net}, {current} ({unit})",
        *[f"{net}, {ref} ({unit})" for ref in refs],
        *[
            tr("Change, {a} minus {b}", lang).format(a=current, b=ref) + f" ({unit})"
            for ref in refs
        ],
    ]
    n = len(headers)
    return Sheet(
        "provinces",
        tr("By province", lang),
        headers,
        rows,
        [None, *["mw"] * (n - 1)],
        changes=tuple(range(n - len(refs), n)),
    )


def _site_frame(report: ReportData) -> pd.DataFrame:
    """Every supply site (clusters, existing capacity, placed) with its load, plus the placed
    sites' own figures, by site id."""
    use = report.site_use.set_index("site")
    frame = pd.DataFrame({"name": use["name"], "load_mw": use["load_mw_after"]})
    ids = [m.site_id for m in report.metrics]
    placed = report.sites.assign(site_id=ids).set_index("site_id") if ids else None
    for key, _, _ in FIGURES[1:]:
        frame[key] = placed[key].reindex(frame.index) if placed is not None else math.nan
    return frame


def _site_rows(
    frames: dict[str, pd.DataFrame], current: str, refs: list[str], ids: list[str], figures, lang
) -> list[list]:
    """Per site: each figure in the current scenario, in every reference, and current minus
    each reference."""
    rows = []
    for sid in ids:
        name = next((f["name"][sid] for f in frames.values() if sid in f.index), sid)
        row = [name]
        for key, _, kind in figures:
            absent = math.nan if kind == "pue" else 0.0  # an absent site uses nothing
            values = {
                label: float(f[key].get(sid, absent)) if sid in f.index else absent
                for label, f in frames.items()
            }
            row += [scaled(values[current], kind, lang)]
            row += [scaled(values[ref], kind, lang) for ref in refs]
            row += [scaled(_change(values[current], values[ref]), kind, lang) for ref in refs]
        rows.append(row)
    return rows


def _site_headers(figures, current: str, refs: list[str], lang: str) -> tuple[list[str], list]:
    headers, kinds = [tr("Site", lang)], [None]
    for _, label, kind in figures:
        text = tr(label, lang)
        headers.append(heading(f"{text}, {current}", kind, lang))
        headers += [heading(f"{text}, {ref}", kind, lang) for ref in refs]
        if len(refs) == 1:
            headers.append(heading(tr("{x}, change", lang).format(x=text), kind, lang))
        else:
            headers += [
                heading(tr("{x}, {a} minus {b}", lang).format(x=text, a=current, b=ref), kind, lang)
                for ref in refs
            ]
        kinds += [kind] * (1 + 2 * len(refs))
    return headers, kinds


def _change_columns(figures, refs: list[str]) -> tuple[int, ...]:
    block = 1 + 2 * len(refs)
    return tuple(
        1 + f * block + 1 + len(refs) + r for f in range(len(figures)) for r in range(len(refs))
    )


def _frames(reports: dict[str, ReportData]) -> tuple[str, list[str], dict[str, pd.DataFrame]]:
    current, refs = _labels(reports)
    refs = refs or [current]
    return current, refs, {label: _site_frame(r) for label, r in reports.items()}


def sites_sheet(reports: dict[str, ReportData], lang: str = "en") -> Sheet:
    """Per site of the allocation (clusters, existing capacity, placed sites; matched by id):
    load in the current scenario and in every reference, and current minus each reference. A
    site absent from one side carries no load there."""
    current, refs, frames = _frames(reports)
    ids = list(dict.fromkeys(sid for f in frames.values() for sid in f.index))
    headers, kinds = _site_headers(LOAD_FIGURES, current, refs, lang)
    return Sheet(
        "sites",
        tr("By site", lang),
        headers,
        _site_rows(frames, current, refs, ids, LOAD_FIGURES, lang),
        kinds,
        missing_text="–",
        changes=_change_columns(LOAD_FIGURES, refs),
    )


def placed_sheet(reports: dict[str, ReportData], lang: str = "en") -> Sheet:
    """The placed sites of any side: load, capacity, PUE, energy, cost, carbon and water,
    current, every reference and current minus each (an absent site counts as zero, without
    a PUE)."""
    current, refs, frames = _frames(reports)
    ids = list(dict.fromkeys(m.site_id for r in reports.values() for m in r.metrics))
    headers, kinds = _site_headers(FIGURES, current, refs, lang)
    sheet = Sheet(
        "placed",
        tr("Placed sites", lang),
        headers,
        _site_rows(frames, current, refs, ids, FIGURES, lang),
        kinds,
        missing_text="–",
        changes=_change_columns(FIGURES, refs),
    )
    if not ids:
        sheet.empty_text = tr("No placed sites in either scenario.", lang)
    return sheet


def effect_sheet(reports: dict[str, ReportData], lang: str = "en") -> Sheet:
    """Each scenario's own placed sites' effect (scenario minus the same scenario without its
    placed sites), side by side: what each plan's decision is worth on its own assumptions."""
    labels = list(reports)
    first = reports[labels[0]].effect
    values = {label: r.effect.set_index("key")["value"] for label, r in reports.items()}
    rows = [
        [title, display(kind, lang).unit]
        + [scaled(float(values[label].get(key, math.nan)), kind, lang) for label in labels]
        for key, title, kind in first[["key", "title", "kind"]].itertuples(index=False)
    ]
    return Sheet(
        "effect",
        tr("Placed sites' effect", lang),
        [tr("Item", lang), tr("Unit", lang), *labels],
        rows,
        [None, None, *["row"] * len(labels)],
        row_kinds=list(first["kind"]),
    )


def assumptions_sheet(differing: list[str], lang: str = "en") -> Sheet:
    """The assumption keys that differ between the compared scenarios (empty: none)."""
    sheet = Sheet(
        "differing",
        tr("Assumptions that differ", lang),
        [tr("Key", lang)],
        [[k] for k in differing],
        [None],
    )
    sheet.empty_text = tr("The scenarios share every assumption.", lang)
    return sheet


def comparison_sheets(reports: dict[str, ReportData], lang: str = "en") -> list[Sheet]:
    """The comparison's tables: each side's sites' effect, totals, by province, by site
    (load), placed sites, and the assumptions that differ."""
    from app.io.compare import differing_assumptions

    differing = differing_assumptions([r.evaluation.scenario for r in reports.values()])
    return [
        effect_sheet(reports, lang),
        totals_sheet(reports, lang),
        provinces_sheet(reports, lang),
        sites_sheet(reports, lang),
        placed_sheet(reports, lang),
        assumptions_sheet(differing, lang),
    ]
