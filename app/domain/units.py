"""Amounts in the units a reader of each language expects (Qt-free).

English reports count money in billions of CNY ("bn CNY") and carbon in megatonnes ("Mt");
Chinese ones in 亿元 (1e8 CNY) and 万吨 (1e4 t), water in 万立方米 and electricity in 亿千瓦时.
Call with base SI-ish amounts (CNY, tonnes, m³, MWh); the language is that of
:func:`app.domain.text.tr` unless ``lang`` is given::

    money(2.5e9)              -> "2.50 bn CNY"      (zh: "25.00 亿元")
    carbon(3.2e6)             -> "3.20 Mt"          (zh: "320.00 万吨")
    money_unit().symbol       -> "bn CNY"           (a table header: f"Cost ({u.symbol})")
    money_unit().scaled(2.5e9) -> 2.5               (the number to put in a cell)
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from app.domain.text import language, tr


@dataclass(frozen=True)
class Unit:
    """A display unit: ``per`` base units make one ``symbol``."""

    symbol: str
    per: float

    def scaled(self, amount: float) -> float:
        """``amount`` (base units) in this unit."""
        return amount / self.per

    def format(self, amount: float, digits: int = 2) -> str:
        """``amount`` (base units) as "1,234.56 symbol"; what rounds to zero is "0.00", never
        "-0.00" (a solver's -1e-12 is no loss)."""
        scaled = self.scaled(amount)
        if round(scaled, digits) == 0:
            scaled = 0.0
        return f"{scaled:,.{digits}f} {self.symbol}"


#: quantity -> language -> unit. Base units: CNY, t (CO2), m³, MWh.
UNITS: dict[str, dict[str, Unit]] = {
    "money": {"en": Unit("bn CNY", 1e9), "zh": Unit("亿元", 1e8)},
    "carbon": {"en": Unit("Mt", 1e6), "zh": Unit("万吨", 1e4)},
    "water": {"en": Unit("million m³", 1e6), "zh": Unit("万立方米", 1e4)},
    "energy": {"en": Unit("GWh", 1e3), "zh": Unit("亿千瓦时", 1e5)},
}


def unit(quantity: str, lang: str | None = None) -> Unit:
    """The display unit of ``quantity`` ("money", "carbon", "water", "energy") in ``lang``."""
    by_lang = UNITS[quantity]
    return by_lang.get(lang or language(), by_lang["en"])


def money_unit(lang: str | None = None) -> Unit:
    return unit("money", lang)


def carbon_unit(lang: str | None = None) -> Unit:
    return unit("carbon", lang)


def money(cny: float, digits: int = 2, lang: str | None = None) -> str:
    """CNY as "2.50 bn CNY" / "25.00 亿元"."""
    return unit("money", lang).format(cny, digits)


def carbon(tonnes: float, digits: int = 2, lang: str | None = None) -> str:
    """Tonnes of CO2 as "3.20 Mt" / "320.00 万吨"."""
    return unit("carbon", lang).format(tonnes, digits)


def water(m3: float, digits: int = 2, lang: str | None = None) -> str:
    """Cubic metres as "1.50 million m³" / "150.00 万立方米"."""
    return unit("water", lang).format(m3, digits)


def energy(mwh: float, digits: int = 2, lang: str | None = None) -> str:
    """MWh as "1.20 GWh" / "0.01 亿千瓦时"."""
    return unit("energy", lang).format(mwh, digits)


def rtt_text(ms: float) -> str:
    """A mean round-trip time, "3.7 ms"; "none (nothing served)" when no flow has one."""
    if not math.isfinite(ms):
        return tr("none (nothing served)")
    return f"{ms:.1f} ms"
