"""Today's national picture (issue 17): the model's national figures in today's status quo
beside published ones; electricity within the published span, clusters as built."""

from __future__ import annotations

import pytest

from app.datasets.tariffs import tariff_fit
from app.domain.scenario import Scenario
from app.domain.sourced import default
from app.engine.evaluate import evaluate
from app.io import national_picture as N


@pytest.fixture(scope="module")
def today(atlas):
    return evaluate(Scenario(), atlas=atlas)


def test_published_figures_are_the_arithmetic_they_say() -> None:
    def published(title: str, source_start: str) -> float:
        (value,) = [r[3] for r in N.ROWS if r[0] == title and r[4].startswith(source_start)]
        return value

    assert published("Electricity", "IEA, Energy") == 102e6  # MWh
    assert published("Electricity", "about 2 %") == pytest.approx(0.02 * 9224.1e6)
    assert published("Carbon emissions", "IEA's 102") == pytest.approx(102e6 * 0.5306)
    built_mw = default("stock.cluster_racks") * 2.5 / 1000.0
    assert published("Clusters' capacity today", "> 1.05 M") == pytest.approx(built_mw)


def test_todays_electricity_is_within_the_published_span(today) -> None:
    t = today.baseline.totals
    twh = t["energy_mwh"] / 1e6
    assert 90.0 <= twh <= 200.0  # IEA 102 TWh (2024) .. ~2 % of national consumption
    # carbon: the same energy at the provinces' grid factors, near the national factor
    assert 0.45 < t["carbon_t"] / t["energy_mwh"] < 0.60
    # was 254 TWh with the racks' rating served 8,760 h (the issue's measurement)
    assert twh < 254.0 / 2


def test_the_page_shows_the_evaluations_status_quo(today) -> None:
    page = N.national_picture(today).set_index(["title", "source"])
    t = today.baseline.totals
    rows = {title: value for (title, _), value in page["value"].items()}
    assert rows["IT load drawn"] == pytest.approx(t["served_mw"])
    assert rows["Electricity"] == pytest.approx(t["energy_mwh"])
    assert rows["Carbon emissions"] == pytest.approx(t["carbon_t"])
    assert rows["Mean PUE"] == pytest.approx(t["energy_mwh"] / (t["served_mw"] * 8760.0))
    # clusters enter today as built: no more than the app's own table says
    built_mw = default("stock.cluster_racks") * 2.5 / 1000.0
    assert rows["Clusters' capacity today"] <= built_mw * (1 + 1e-9)
    # the mean PUE sits between the clusters' targets and the stock's worst province
    assert 1.2 < rows["Mean PUE"] < 1.6


def test_the_page_and_the_basis_sentence_in_chinese(today) -> None:
    page = N.national_picture(today, "zh")
    assert "全国现状概览" not in set(page["title"])  # titles are row names, not the page title
    assert "用电量" in set(page["title"])
    assert "1-10千伏" in N.tariff_basis_text("zh")
    adjustment = f"{tariff_fit().adjustment:.4f}"
    north_east = f"{tariff_fit().north_east_adjustment:.4f}"
    assert adjustment in N.tariff_basis_text("en") and adjustment in N.tariff_basis_text("zh")
    assert "T&D at 1-10 kV" in N.tariff_basis_text("en")
    assert north_east in N.tariff_basis_text("en") and north_east in N.tariff_basis_text("zh")
