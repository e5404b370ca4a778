"""A site suggestion as report tables (:class:`app.io.report_tables.Sheet`): what was asked and
found (status, gap, saving, timings), then every plan's sites with why. The XLSX and PDF
writers print them as they print a comparison.
"""

from __future__ import annotations

from app.domain.ids import COOLING_TECH_LABELS
from app.domain.report_units import display, heading
from app.domain.text import tr
from app.io.glossary import status_label
from app.io.report_tables import Sheet, scaled

#: (key, English heading, unit kind or None for text) of the plans table.
PLAN_COLUMNS: tuple[tuple[str, str, str | None], ...] = (
    ("plan", "Plan", None),
    ("site", "Site", None),
    ("province", "Province", None),
    ("capacity_mw", "IT capacity", "mw"),
    ("cooling", "Cooling", None),
    ("facility", "Facility class", None),
    ("pue", "Annual PUE", "pue"),
    ("price", "Electricity price", "cny_per_kwh"),
    ("load_mw", "Solved load", "mw"),
    ("saving_cny", "Plan saves a year", "cny_m"),
    ("why", "Why", None),
    ("lon", "Longitude", "degrees"),
    ("lat", "Latitude", "degrees"),
)


def summary_sheet(suggestion, views, lang: str) -> Sheet:
    req = suggestion.request
    best = views[0].saving_cny if views else float("nan")
    rows = [
        (tr("IT capacity to add", lang), "mw", req.add_mw),
        (tr("At most this many sites", lang), None, str(req.max_sites)),
        (tr("Candidate locations", lang), None, str(suggestion.n_locations)),
        (tr("Options priced (location x cooling x class)", lang), None, str(suggestion.n_options)),
        (tr("Solver status", lang), None, status_label(suggestion.status, lang)),
        (tr("MIP gap of the best plan", lang), "share", suggestion.gap),
        (tr("Annual cost with the best plan", lang), "cny_m", suggestion.best.cost_cny),
        (tr("Best plan saves a year (negative: costs)", lang), "cny_m", best),
        (tr("First answer after, s", lang), "general", round(suggestion.seconds_to_first, 2)),
        (tr("Done after, s", lang), "general", round(suggestion.seconds_total, 2)),
    ]
    return Sheet(
        "suggestion",
        tr("Site suggestion", lang),
        [tr("Item", lang), tr("Unit", lang), tr("Value", lang)],
        [[t, "" if k is None else display(k, lang).unit, scaled(v, k, lang)] for t, k, v in rows],
        [None, None, "row"],
        row_kinds=[k or "general" for _, k, _ in rows],
    )


def plans_sheet(views, atlas, lang: str) -> Sheet:
    from app.engine.pue.facility import FACILITY_LABELS

    zh = lang == "zh"
    rows = []
    for view in views:
        # apply() keeps the portfolio's order: the i-th new site is the i-th option
        for site, option in zip(view.new_sites, view.portfolio.options, strict=True):
            w = view.why[site.id]
            code = option.inputs.province_adcode
            record = {
                "plan": view.label,
                "site": site.name,
                "province": atlas.province_name(code, lang),
                "capacity_mw": site.capacity_mw,
                "cooling": COOLING_TECH_LABELS[site.cooling][zh],
                "facility": FACILITY_LABELS[site.facility][zh],
                "pue": w.pue,
                "price": w.price_cny_per_kwh,
                "load_mw": w.load_mw,
                "saving_cny": view.saving_cny,
                "why": w.text().replace("\n", "; "),
                "lon": site.lon,
                "lat": site.lat,
            }
            rows.append([scaled(record[k], kind, lang) for k, _, kind in PLAN_COLUMNS])
    return Sheet(
        "suggested_plans",
        tr("Suggested plans", lang),
        [heading(tr(label, lang), kind, lang) for _, label, kind in PLAN_COLUMNS],
        rows,
        [kind for _, _, kind in PLAN_COLUMNS],
        keys=tuple(k for k, _, _ in PLAN_COLUMNS),
    )


def suggestion_sheets(suggestion, views, atlas, lang: str = "en") -> list[Sheet]:
    return [summary_sheet(suggestion, views, lang), plans_sheet(views, atlas, lang)]


__all__ = ["PLAN_COLUMNS", "suggestion_sheets"]
