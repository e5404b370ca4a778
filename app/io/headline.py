"""The headline every view leads with, in one order: what the placed sites are worth (the
scenario minus *without the placed sites*), then the scenario *versus today* (what moves and
its payback), then *if moving were free*. The CLI summary, the results dock, report page 1,
the workbook and the comparison all read these rows; the figures are the evaluation's
(``Evaluation.sites_effect``), none is computed here.
"""

from __future__ import annotations

import math

import pandas as pd

from app.domain import units
from app.domain.text import tr
from app.engine.costs.costs import DISCOUNT_RATE, LIFE_YEARS

#: The sites' effect, in order: (key of ``sites_effect``, English label, unit kind).
EFFECT_ROWS = (
    ("cost_cny", "Change in annual cost", "cny_total"),
    ("energy_cost", "Energy cost", "cny_total"),
    ("transport_cost", "Network transport cost", "cny_total"),
    ("carbon_cost", "Carbon cost", "cny_total"),
    ("capex_cost", "Capital cost (annuity)", "cny_total"),
    ("migration_cost", "Migration charge (annualised)", "cny_total"),
    ("carbon_t", "Carbon emissions", "t_co2_total"),
    ("water_m3", "Water (placed sites)", "m3"),
    ("energy_mwh", "Facility energy", "mwh_total"),
    ("investment_cny", "One-off investment", "cny_total"),
    ("migration_one_off_cny", "One-off migration cost", "cny_total"),
    ("payback_years", "Simple payback", "years"),
    ("npv_cny", "Net present value", "cny_total"),
)


def placed_water_m3(ev) -> float:
    """Water the placed sites use at their solved load (existing halls' water is not
    modelled, so it is the whole change against the network without them)."""
    return float(sum(e.solved.water_m3 for e in ev.sites if e.solved is not None))


def effect_table(ev, lang: str | None = None) -> pd.DataFrame:
    """key, title, kind, value: the sites' effect (scenario minus without the placed sites)."""
    effect = dict(ev.sites_effect, water_m3=placed_water_m3(ev))
    rows = [
        (key, _label(key, label, lang), kind, float(effect.get(key, math.nan)))
        for key, label, kind in EFFECT_ROWS
    ]
    return pd.DataFrame(rows, columns=["key", "title", "kind", "value"])


def _label(key: str, label: str, lang: str | None) -> str:
    if key == "npv_cny":
        return tr("Net present value ({years:.0f} years at {rate:.0%})", lang).format(
            years=LIFE_YEARS, rate=DISCOUNT_RATE
        )
    return tr(label, lang)


def _signed(cny: float, lang: str | None) -> str:
    text = units.money(cny, 3, lang)
    return text if text.startswith("-") else "+" + text


def _years(value: float, lang: str | None) -> str:
    if value == math.inf:
        return tr("never (no yearly saving)", lang)
    if not math.isfinite(value):
        return tr("none (nothing to repay)", lang)
    return tr("{years:.1f} years", lang).format(years=value)


def never_text(lang: str | None = None) -> str:
    """A payback that never comes (a one-off cost and no yearly saving) in a table cell:
    one term everywhere, 'missing' stays for a figure that cannot be computed."""
    return tr("never", lang)


def effect_line(ev, lang: str | None = None) -> str:
    """First line: the placed sites' effect with its parts, investment, payback and NPV."""
    e = ev.sites_effect
    if not any(s.solved is not None for s in ev.sites):
        return tr(
            "Placed sites' effect: none (the scenario has no placed sites in the solve)", lang
        )
    return tr(
        "Placed sites' effect (vs without the placed sites): annual cost {cost} (energy "
        "{energy}, transport {transport}, carbon {carbon_cost}, capex annuity {capex}, "
        "migration charge {migration}); carbon {carbon}; one-off investment {investment} "
        "and migration {one_off_migration}, payback {payback}, NPV {npv}",
        lang,
    ).format(
        cost=_signed(e["cost_cny"], lang),
        energy=_signed(e["energy_cost"], lang),
        transport=_signed(e["transport_cost"], lang),
        carbon_cost=_signed(e["carbon_cost"], lang),
        capex=_signed(e["capex_cost"], lang),
        migration=_signed(e["migration_cost"], lang),
        carbon=units.carbon(e["carbon_t"], 3, lang),
        investment=units.money(e["investment_cny"], 3, lang),
        one_off_migration=units.money(e["migration_one_off_cny"], 3, lang),
        payback=_years(e["payback_years"], lang),
        npv=units.money(e["npv_cny"], 3, lang),
    )


def today_line(ev, lang: str | None = None) -> str:
    """Second line: the scenario versus today, with what moves and its payback."""
    t, b, m = ev.result.totals, ev.baseline.totals, ev.migration
    return tr(
        "Versus today (the status quo): annual cost {cost}; moved {moved:,.0f} MW, one-off "
        "migration cost {one_off}, payback of the moves {payback}",
        lang,
    ).format(
        cost=_signed(t["cost_cny"] - b["cost_cny"], lang),
        moved=m.moved_mw,
        one_off=units.money(m.one_off_cny, 3, lang),
        payback=_years(m.payback_years, lang),
    )


def free_line(ev, lang: str | None = None) -> str | None:
    """Third line: if moving were free (None when that reference was not solved)."""
    if ev.free is None:
        return None
    t, b = ev.free.totals, ev.baseline.totals
    return tr(
        "If moving were free: moved {moved:,.0f} MW; annual cost {cost} versus today", lang
    ).format(  # fmt: skip
        moved=t["moved_mw"], cost=_signed(t["cost_cny"] - b["cost_cny"], lang)
    )


def headline(ev, lang: str | None = None) -> list[str]:
    """The three lines, sites' effect first."""
    lines = [effect_line(ev, lang), today_line(ev, lang), free_line(ev, lang)]
    return [line for line in lines if line]


__all__ = ["EFFECT_ROWS", "effect_table", "headline", "never_text", "placed_water_m3"]
