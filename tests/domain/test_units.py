"""Display units by language: 亿元/万吨 in Chinese, bn CNY/Mt in English (hand-computed)."""

from __future__ import annotations

import pytest

from app.domain import text, units


def test_money_and_carbon_in_each_language():
    assert units.money(2.5e9, lang="en") == "2.50 bn CNY"
    assert units.money(2.5e9, lang="zh") == "25.00 亿元"
    assert units.carbon(3.2e6, lang="en") == "3.20 Mt"
    assert units.carbon(3.2e6, lang="zh") == "320.00 万吨"
    assert units.water(1.5e6, lang="zh") == "150.00 万立方米"
    assert units.energy(1.2e6, 1, lang="en") == "1,200.0 GWh"
    assert units.energy(1.2e6, 1, lang="zh") == "12.0 亿千瓦时"  # 1.2e9 kWh


def test_follows_the_current_language():
    text.set_language("zh")
    try:
        assert units.money_unit().symbol == "亿元"
        assert units.money_unit().scaled(1.253e11) == pytest.approx(1253.0)
        assert units.carbon(1.2e8, 0) == "12,000 万吨"
    finally:
        text.set_language("en")
    assert units.carbon_unit().symbol == "Mt"


def test_unknown_language_falls_back_to_english():
    assert units.money(1e9, lang="fr") == "1.00 bn CNY"
