"""Display units by language, Qt-free: the English reports count in bn CNY and Mt, the Chinese
ones in 亿元 (1e8 CNY), 万元 (1e4 CNY) and 万吨 (1e4 t), as Chinese planners and finance offices
do.

A *kind* names what a stored figure is and in which unit it is stored (``"cny"`` = CNY,
``"mcny"`` = million CNY, ``"t_co2"`` = tonnes, ...). :func:`display` says how to show it in a
language: the factor to multiply the stored value by, the unit label and the decimals.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DisplayUnit:
    factor: float  #: stored value x factor = shown value
    unit: str  #: unit label in the chosen language ("" for a pure number)
    decimals: int


# kind: {lang: (factor, unit, decimals)}; units that are the same in both languages (MW, MWh,
# m³, ms, h, PUE) are written once.
_UNITS: dict[str, dict[str, tuple[float, str, int]]] = {
    "cny_total": {"en": (1e-9, "bn CNY", 3), "zh": (1e-8, "亿元", 2)},
    "mcny": {"en": (1.0, "M CNY", 2), "zh": (100.0, "万元", 1)},
    "cny_m": {"en": (1e-6, "M CNY", 2), "zh": (1e-4, "万元", 1)},
    "t_co2_total": {"en": (1e-6, "Mt CO₂", 3), "zh": (1e-4, "万吨 CO₂", 2)},
    "t_co2": {"en": (1.0, "t CO₂", 0), "zh": (1.0, "吨 CO₂", 0)},
    "mwh_total": {"en": (1e-6, "TWh", 2), "zh": (1e-5, "亿千瓦时", 2)},
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
}


def kinds() -> tuple[str, ...]:
    return tuple(_UNITS)


def display(kind: str, lang: str = "en") -> DisplayUnit:
    """How a figure of ``kind`` is shown in ``lang`` ('en' or 'zh')."""
    table = _UNITS[kind]
    factor, unit, decimals = table.get(lang, table["en"])
    return DisplayUnit(factor, unit, decimals)


def heading(label: str, kind: str | None, lang: str = "en") -> str:
    """``label`` (already in ``lang``) with the unit of ``kind`` in brackets: '总成本 (亿元)'."""
    unit = display(kind, lang).unit if kind else ""
    return f"{label} ({unit})" if unit else label


def format_value(value: float, kind: str, lang: str = "en", signed: bool = False) -> str:
    """A stored figure as display text with thousands separators ('1,234.5', '+12.0 %')."""
    d = display(kind, lang)
    sign = "+" if signed else ""
    return f"{value * d.factor:{sign},.{d.decimals}f}"
