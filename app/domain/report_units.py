"""Report columns by kind of figure, Qt-free: how each is shown in a language (factor, unit,
decimals). National totals use :mod:`app.domain.units` (bn CNY / 亿元, Mt / 万吨, GWh /
亿千瓦时); per-site figures add what a finance office expects at that scale (M CNY / 万元,
t CO₂ / 吨 CO₂, m³, MWh).

A *kind* names what a stored figure is and in which unit it is stored (``"cny_total"`` = CNY,
``"mcny"`` = million CNY, ``"t_co2"`` = tonnes, ...). :func:`display` says how to show it in a
language: the factor to multiply the stored value by, the unit label and the decimals.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.units import unit


@dataclass(frozen=True)
class DisplayUnit:
    factor: float  #: stored value x factor = shown value
    unit: str  #: unit label in the chosen language ("" for a pure number)
    decimals: int


#: ``decimals`` of a figure shown with 6 significant digits instead of fixed decimals.
GENERAL = -1

# kind: {lang: (factor, unit, decimals)}; the national totals come from app.domain.units.
_UNITS: dict[str, dict[str, tuple[float, str, int]]] = {
    "mcny": {"en": (1.0, "M CNY", 2), "zh": (100.0, "万元", 1)},
    "cny_m": {"en": (1e-6, "M CNY", 2), "zh": (1e-4, "万元", 1)},
    # to the yuan: the cost detail a finance office sums to the summary's lines
    "cny": {"en": (1.0, "CNY", 0), "zh": (1.0, "元", 0)},
    "t_co2": {"en": (1.0, "t CO₂", 0), "zh": (1.0, "吨 CO₂", 0)},
    "cny_per_kwh": {"en": (1.0, "CNY/kWh", 3), "zh": (1.0, "元/千瓦时", 3)},
    "cny_per_mtok": {"en": (1.0, "CNY per M tokens", 3), "zh": (1.0, "元/百万词元", 3)},
    "cny_per_mw_year": {"en": (1.0, "CNY/MW/yr", 0), "zh": (1.0, "元/兆瓦/年", 0)},
    "mw": {"en": (1.0, "MW", 1), "zh": (1.0, "MW", 1)},
    "mwh": {"en": (1.0, "MWh", 0), "zh": (1.0, "MWh", 0)},
    "m3": {"en": (1.0, "m³", 0), "zh": (1.0, "m³", 0)},
    "ms": {"en": (1.0, "ms", 2), "zh": (1.0, "毫秒", 2)},
    "hours": {"en": (1.0, "h", 0), "zh": (1.0, "小时", 0)},
    "degrees": {"en": (1.0, "°", 4), "zh": (1.0, "°", 4)},
    "pue": {"en": (1.0, "", 3), "zh": (1.0, "", 3)},
    "share": {"en": (100.0, "%", 1), "zh": (100.0, "%", 1)},
    "years": {"en": (1.0, "years", 1), "zh": (1.0, "年", 1)},
    # a figure whose unit is in another column (built-in defaults): 6 significant digits
    "general": {"en": (1.0, "", GENERAL), "zh": (1.0, "", GENERAL)},
}


#: Kinds shown in the units of :mod:`app.domain.units`: kind -> (quantity, suffix, decimals
#: by language).
_TOTALS = {
    "cny_total": ("money", "", {"en": 3, "zh": 2}),
    "t_co2_total": ("carbon", " CO₂", {"en": 3, "zh": 2}),
    "mwh_total": ("energy", "", {"en": 0, "zh": 2}),
}


def kinds() -> tuple[str, ...]:
    return (*_TOTALS, *_UNITS)


def display(kind: str, lang: str = "en") -> DisplayUnit:
    """How a figure of ``kind`` is shown in ``lang`` ('en' or 'zh')."""
    if kind in _TOTALS:
        quantity, suffix, decimals = _TOTALS[kind]
        u = unit(quantity, lang)
        return DisplayUnit(1.0 / u.per, u.symbol + suffix, decimals.get(lang, decimals["en"]))
    table = _UNITS[kind]
    factor, label, places = table.get(lang, table["en"])
    return DisplayUnit(factor, label, places)


def heading(label: str, kind: str | None, lang: str = "en") -> str:
    """``label`` (already in ``lang``) with the unit of ``kind`` in brackets: '总成本 (亿元)'."""
    symbol = display(kind, lang).unit if kind else ""
    return f"{label} ({symbol})" if symbol else label


def format_shown(value: float, kind: str, lang: str = "en", signed: bool = False) -> str:
    """A figure already in display units as text: thousands separators, the kind's decimals,
    a sign for a change when ``signed``, never "-0.0"."""
    d = display(kind, lang)
    if d.decimals == GENERAL:
        text = f"{value:,.0f}" if abs(value) >= 1e5 else f"{value:,.6g}"
    else:
        text = f"{value:,.{d.decimals}f}"
    if not text.strip("-0.,"):
        return text.lstrip("-")
    return "+" + text if signed and not text.startswith("-") else text


def format_value(value: float, kind: str, lang: str = "en", signed: bool = False) -> str:
    """A stored figure as display text ('1,234.5'; '+12.3' for a change when ``signed``)."""
    return format_shown(value * display(kind, lang).factor, kind, lang, signed)
