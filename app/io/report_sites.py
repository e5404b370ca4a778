"""The report's placed-site tables, Qt-free: one row per site with its metrics (cooling,
PUE and its p5-p95 band, energy, cost, carbon, water, token cost, tariff and its source, climate
station), recomputed at the load the LP chose, and the monthly PUE at that load. Names are in
the report's language; units are applied later (``app.io.report_tables``).
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from app.domain.pue_shown import BANDED_FIGURES, band_at, facility_short, figure_band
from app.domain.text import tr
from app.engine.costs.site_eval import SiteMetrics
from app.engine.pue.pue import TECH_SHORT

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

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


#: How the engine words a site's price source -> the English text the catalogue translates.
TARIFF_SOURCES = {
    "site override": "site override",
    "province override": "province override",
    "province, agency": "province, agency purchase price",
    "province, composed estimate": "province, composed estimate",
    "province, catalogue": "province, catalogue price",
    "no tariff: set an override": "no tariff: set an override",
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


#: Site table column -> the evaluation's figure at the load the LP chose (x scale).
SOLVED_COLUMNS = {
    "annual_pue": ("pue", 1.0),
    "facility_energy_mwh": ("energy_mwh", 1.0),
    "energy_cost_mcny": ("energy_cost_cny", 1e-6),
    "carbon_t": ("carbon_t", 1.0),
    "water_m3": ("water_m3", 1.0),
    "cny_per_million_tokens": ("cost_per_mtok_cny", 1.0),
}


def with_solved_load(table: pd.DataFrame, ev, lang: str = "en") -> pd.DataFrame:
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


def monthly_at_load(e) -> list[float]:
    """Monthly PUE at the load the LP chose, like the annual figure beside it (the design
    load for a site left out of the solve)."""
    figures = e.solved if e.solved is not None else e.design
    return list(figures.monthly_pue)


def monthly_table(ev, lang: str = "en") -> pd.DataFrame:
    """Monthly PUE of every placed site (a column each) at the load the LP chose."""
    months = [tr(m, lang) for m in MONTHS]
    monthly = pd.DataFrame(
        {e.site.name: monthly_at_load(e) for e in ev.sites}, index=months, dtype=float
    )
    monthly.index.name = "month"
    return monthly


def pue_curves(monthly: pd.DataFrame) -> list[int]:
    """The columns of :func:`monthly_table` that have a PUE to draw: a site serving nothing
    has none (every month NaN), and a chart of it would be empty."""
    values = monthly.to_numpy(dtype=float)
    return [i for i in range(values.shape[1]) if np.isfinite(values[:, i]).any()]
