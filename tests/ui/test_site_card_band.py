"""The site card (site editor's evaluation text) carries the PUE band into energy, cost and
carbon, and warns when the nearest climate station is far (Zhongwei: Wuzhong, ~100 km)."""

from __future__ import annotations

import re

import pytest

from app.domain.scenario import Scenario
from app.domain.site import Site
from app.engine.climate.city_lookup import STATION_WARN_KM
from app.engine.evaluate import site_cards
from app.ui import describe


@pytest.fixture(scope="module")
def zhongwei(atlas):
    # The Zhongwei cluster's coordinates (data/clusters.csv).
    site = Site("z", "Zhongwei", 105.174, 37.517, cooling="direct_air")
    return site_cards(atlas, [site], Scenario().assumptions)[0]  # the production path


def test_card_shows_energy_cost_and_carbon_at_the_pue_band(zhongwei) -> None:
    m = zhongwei
    text = describe.site_summary(m)
    line = next(x for x in text.splitlines() if x.startswith("At the PUE's p5-p95"))
    e0, e1 = (
        float(v.replace(",", "")) for v in re.search(r"energy ([\d,]+)-([\d,]+)", line).groups()
    )
    assert e0 == pytest.approx(m.facility_energy_mwh * m.pue_p5 / m.annual_pue, abs=1.0)
    assert e1 == pytest.approx(m.facility_energy_mwh * m.pue_p95 / m.annual_pue, abs=1.0)
    assert e0 < m.facility_energy_mwh < e1
    assert "cost" in line and "carbon" in line


def test_card_warns_when_the_station_is_far(zhongwei) -> None:
    assert zhongwei.station_km > STATION_WARN_KM
    text = describe.site_summary(zhongwei)
    assert f"The nearest climate station, {zhongwei.station}" in text
