"""Capital cost of a site and the cost of inference per token.

Plain functions over plain dataclasses; every field carries its unit in its name. A site's
year (energy, cost, carbon, water) is ``app.engine.costs.site_evaluation.figures`` and the card
``app.engine.costs.site_figures.design_metrics`` (one accounting, the LP's).

Capex annuity = capex x MW x capital recovery factor ``r (1+r)^n / ((1+r)^n - 1)`` (``1/n``
at r = 0).

Inference (:func:`token_costs`): facility energy per token = accelerator power x (1 + server
overhead) / tokens per second x PUE; per Chinese character = per token / characters per token
(vendors count 1 or 2 characters per token, so it is a parameter). When the planner chooses,
the facility capex annuity is spread over the tokens a MW serves in a year and added; the
result says what it includes.

Defaults (accelerator profiles, characters per token, capex per MW by cooling, life, discount
rate) come from ``data/assumptions.csv`` with their sources and ranges.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from app.domain.sourced import assumption, default

HOURS_PER_YEAR = 8760.0
LIFE_YEARS = default("capex.life_years")
"""Facility life for the capex annuity, years (reasoned; ``capex.life_years``)."""
DISCOUNT_RATE = default("capex.discount_rate")
"""Real discount rate for the capex annuity (reasoned; ``capex.discount_rate``)."""
CHARS_PER_TOKEN = default("tokens.chars_per_token")
"""Chinese characters per token (DeepSeek API documentation: 1 character ~ 0.6 token)."""


def capital_recovery_factor(rate: float, years: float) -> float:
    """Annuity per unit of capital: ``r (1+r)^n / ((1+r)^n - 1)``; ``1/n`` when r = 0."""
    if years <= 0:
        raise ValueError("life_years must be > 0")
    if rate < 0:
        raise ValueError("discount_rate must be >= 0")
    if rate == 0:
        return 1.0 / years
    growth = (1.0 + rate) ** years
    return rate * growth / (growth - 1.0)


def _is_missing(value: float | None) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _present(value: float | None) -> float | None:
    """``value`` as a float, None where it is missing (None or NaN)."""
    return None if value is None or _is_missing(value) else float(value)


@dataclass(frozen=True)
class AcceleratorProfile:
    """Sustained serving throughput of one accelerator and its power.

    ``server_overhead`` is host CPUs, memory, NICs and server fans as a fraction of the
    accelerator power (IT side; the facility's PUE comes on top).
    """

    name: str
    watts_per_accelerator: float
    tokens_per_s_per_accelerator: float
    server_overhead: float
    note: str = ""


#: (name, what it stands for) of the built-in profiles; numbers and sources in
#: ``data/assumptions.csv`` (``accelerator.<name>.watts / .tokens_per_s / .server_overhead``).
_PROFILES = (
    ("gpu_700w_70b", "700 W H100-class GPU serving a ~70B-parameter model (FP8, batched)"),
    ("npu_400w_70b", "domestic NPU of the Ascend 910B class on a ~70B model"),
    ("card_75w_8b", "70-75 W inference card serving a ~7-8B model"),
)


def _profile(name: str, what: str) -> AcceleratorProfile:
    fields = ("watts", "tokens_per_s", "server_overhead")
    rows = [assumption(f"accelerator.{name}.{f}") for f in fields]
    basis = " ".join(
        f"{r.key.rsplit('.', 1)[1]} {r.value:g} ({r.kind}; range {r.low:g}-{r.high:g}): {r.note}"
        for r in rows
    )
    return AcceleratorProfile(name, rows[0].value, rows[1].value, rows[2].value, f"{what}. {basis}")


ACCELERATOR_PROFILES: dict[str, AcceleratorProfile] = {
    name: _profile(name, what) for name, what in _PROFILES
}


def capex_cny_per_mw(cooling: str | None = None, facility: str = "large") -> float:
    """Facility construction capex per MW of IT, CNY: the Chinese mainland mid-spec figure
    (``capex.facility_usd_per_mw`` x ``capex.cny_per_usd``, a 10-50 MW build) x the cooling
    factor (``capex.cooling_factor.<cooling>``, 1 when ``cooling`` is None) x the facility-class
    factor (``capex.facility_factor.<facility>``). No land, no IT."""
    base = default("capex.facility_usd_per_mw") * default("capex.cny_per_usd")
    cooling_factor = 1.0 if cooling is None else default(f"capex.cooling_factor.{cooling}")
    return base * cooling_factor * default(f"capex.facility_factor.{facility}")


def capex_cny_per_mw_year(
    cooling: str | None = None,
    life_years: float = LIFE_YEARS,
    discount_rate: float = DISCOUNT_RATE,
    facility: str = "large",
) -> float:
    """Annuity of :func:`capex_cny_per_mw` per MW of IT capacity and year, CNY."""
    return capex_cny_per_mw(cooling, facility) * capital_recovery_factor(discount_rate, life_years)


@dataclass(frozen=True)
class TokenCosts:
    """Energy and cost of inference (facility view: PUE included). ``includes`` says what the
    cost covers: "energy" or "energy + facility capex annuity"."""

    it_kwh_per_million_tokens: float
    facility_kwh_per_million_tokens: float
    cost_cny_per_million_tokens: float
    carbon_kg_per_million_tokens: float | None
    facility_wh_per_thousand_chars: float
    cost_cny_per_million_chars: float
    chars_per_token: float
    capex_cny_per_million_tokens: float = 0.0
    includes: str = "energy"


def token_costs(
    profile: AcceleratorProfile,
    annual_pue: float,
    tariff_cny_per_kwh: float,
    chars_per_token: float = CHARS_PER_TOKEN,
    grid_factor_kg_per_kwh: float | None = None,
    capex_cny_per_mw_year: float | None = None,
    utilization: float = 1.0,
) -> TokenCosts:
    """Energy, cost (and carbon when a grid factor is given) per million tokens and per
    Chinese character. ``chars_per_token`` defaults to the table's 1.67 (vendors count 1 to 2
    characters per token); set it to your vendor's ratio.

    ``capex_cny_per_mw_year`` (None: energy only) is the facility annuity per MW of IT; it is
    spread over the tokens that MW serves in a year at ``utilization`` (mean load / rated) and
    added to the cost."""
    if profile.tokens_per_s_per_accelerator <= 0 or profile.watts_per_accelerator <= 0:
        raise ValueError("accelerator power and throughput must be > 0")
    if chars_per_token <= 0 or annual_pue < 1.0 or tariff_cny_per_kwh < 0:
        raise ValueError("chars_per_token must be > 0, annual_pue >= 1, tariff >= 0")
    if not 0.0 < utilization <= 1.5:
        raise ValueError("utilization must be in (0, 1.5]")
    watts_it = profile.watts_per_accelerator * (1.0 + profile.server_overhead)
    joules_per_token = watts_it / profile.tokens_per_s_per_accelerator
    it_kwh = joules_per_token * 1e6 / 3.6e6
    facility_kwh = it_kwh * annual_pue
    cost = facility_kwh * tariff_cny_per_kwh
    capex, includes = 0.0, "energy"
    capex_per_year = _present(capex_cny_per_mw_year)
    if capex_per_year is not None:
        tokens_per_mw_year = (
            1e6
            / watts_it
            * profile.tokens_per_s_per_accelerator
            * utilization
            * HOURS_PER_YEAR
            * 3600.0
        )
        capex = capex_per_year / tokens_per_mw_year * 1e6
        cost, includes = cost + capex, "energy + facility capex annuity"
    factor = _present(grid_factor_kg_per_kwh)
    carbon = None if factor is None else facility_kwh * factor
    return TokenCosts(
        it_kwh_per_million_tokens=it_kwh,
        facility_kwh_per_million_tokens=facility_kwh,
        cost_cny_per_million_tokens=cost,
        carbon_kg_per_million_tokens=carbon,
        facility_wh_per_thousand_chars=facility_kwh / chars_per_token,  # kWh/1e6 = Wh/1e3
        cost_cny_per_million_chars=cost / chars_per_token,
        chars_per_token=chars_per_token,
        capex_cny_per_million_tokens=capex,
        includes=includes,
    )
