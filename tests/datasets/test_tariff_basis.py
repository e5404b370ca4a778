"""One tariff basis for every province (issue 17): the price at 1-10 kV; composed estimates
(coal benchmark + T&D at 1-10 kV + funds) lifted by the median gap where both a published price
and the parts exist."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

from app.datasets import reference
from app.datasets import tariffs as R

_PARTS = (R.COAL_BASIS, R.TD_BASIS, R.FUNDS_BASIS)


def _table(rows: list[tuple[int, str, float]]) -> pd.DataFrame:
    t = pd.DataFrame(rows, columns=["adcode", "basis", "price_cny_per_kwh"])
    t["province"], t["period"], t["source"], t["notes"] = "x", "2026-08", "s", ""
    return t


def _province(code: int, parts: tuple[float, float, float], agency: float | None):
    rows = [(code, b, v) for b, v in zip(_PARTS, parts, strict=True)]
    return rows + ([(code, R.AGENCY_BASIS, agency)] if agency is not None else [])


def test_hand_case_median_gap_lifts_the_composed_estimate() -> None:
    # gaps 0.10, 0.20, 0.40 -> median 0.20; the fourth province has no published price
    t = _table(
        _province(1, (0.3, 0.05, 0.02), 0.47)
        + _province(2, (0.3, 0.05, 0.02), 0.57)
        + _province(3, (0.3, 0.05, 0.02), 0.77)
        + _province(4, (0.25, 0.04, 0.01), None)
    )
    assert R.tariff_adjustment(t) == pytest.approx(0.20)
    prices = R.default_tariffs(t).set_index("adcode")
    assert prices.at[4, "price_kind"] == "composed_estimate"
    assert prices.at[4, "price_cny_per_kwh"] == pytest.approx(0.30 + 0.20)
    assert prices.at[4, "adjustment_cny_per_kwh"] == pytest.approx(0.20)
    assert prices.at[1, "price_cny_per_kwh"] == 0.47  # published prices are used as they are
    assert prices.at[1, "adjustment_cny_per_kwh"] == 0.0
    assert "0.2000 CNY/kWh" in prices.at[4, "price_note"]


def test_no_calibration_pair_means_no_adjustment() -> None:
    t = _table(_province(4, (0.25, 0.04, 0.01), None))
    assert R.tariff_adjustment(t) == 0.0


def _leave_one_out_errors() -> pd.Series:
    """Each province with a published 1-10 kV price estimated from its parts and the median gap
    of the others, as a fraction of the published price."""
    cal = R.tariff_calibration()
    errors = {}
    for code in cal.index:
        estimate = cal.at[code, "composed"] + cal.drop(code)["gap"].median()
        errors[code] = estimate / cal.at[code, "agency"] - 1.0
    return pd.Series(errors)


def test_composed_estimates_against_the_published_prices_leave_one_out() -> None:
    """Measured (docs/model-validation.md): with T&D at 1-10 kV, 9 of 14 within +-5 %. The five
    outside are not a voltage or month error: Sichuan (+28 %) and Qinghai (+31 %) buy hydro far
    below the coal benchmark, Chongqing (-15 %) buys above it, and Jilin (-11 %) and
    Heilongjiang (-7 %) carry system-operation fees of 0.135-0.140 CNY/kWh (median 0.048 in the other 11 that list one); no
    part published for every province carries either."""
    err = _leave_one_out_errors()
    assert len(err) == 14
    outside = {500000, 510000, 630000, 220000, 230000}
    assert set(err.index[err.abs() > 0.05]) == outside
    assert err.drop(list(outside)).abs().max() <= 0.05
    assert err.abs().median() <= 0.05
    # the hydro grids sit high and the high-fee or high-purchase grids low, as the reasons say
    assert (err[[510000, 630000]] > 0.20).all() and (err[[500000, 220000, 230000]] < 0).all()


def test_one_to_ten_kv_was_the_missing_part() -> None:
    """Estimated with the 220 kV+ charge (the old table), the same check lands 8 of 14 within
    +-5 %: the voltage level was one cause, the energy price of hydro grids the other."""
    t = reference.load_tariffs()
    td_220 = t[t["basis"] == R.TD_BASIS].copy()
    td_220["price_cny_per_kwh"] = [
        float(re.search(r"220 kV\+ charge: ([0-9.]*[0-9])", n).group(1)) for n in td_220["notes"]
    ]
    old = pd.concat([t[t["basis"] != R.TD_BASIS], td_220])
    cal = R.tariff_calibration(old)
    errors = [
        (cal.at[c, "composed"] + cal.drop(c)["gap"].median()) / cal.at[c, "agency"] - 1
        for c in cal.index
    ]
    assert sum(abs(e) <= 0.05 for e in errors) == 8
    assert (_leave_one_out_errors().abs() <= 0.05).sum() == 9


def test_the_t_and_d_rows_equal_the_agency_tables_own_t_and_d_component() -> None:
    """Independent check of the voltage level: where a grid publishes its 1-10 kV agency table,
    the T&D component it lists equals the NDRC 1-10 kV charge in the T&D row."""
    t = reference.load_tariffs()
    td = t[t["basis"] == R.TD_BASIS].set_index("adcode")["price_cny_per_kwh"]
    agency = t[(t["basis"] == R.AGENCY_BASIS) & t["price_cny_per_kwh"].notna()]
    listed = {
        int(code): float(re.search(r"T&D ([0-9.]+)", note).group(1))
        for code, note in zip(agency["adcode"], agency["notes"], strict=True)
    }
    assert len(listed) == 14
    assert {c: td[c] for c in listed} == pytest.approx(listed, abs=1e-9)
    assert td.notna().sum() == 31


def test_every_province_is_on_the_one_basis() -> None:
    prices = R.default_tariffs()
    kinds = set(prices["price_kind"])
    assert kinds <= {"agency", "composed_estimate", "catalogue"}
    composed = prices[prices["price_kind"] == "composed_estimate"]
    agency = prices[prices["price_kind"] == "agency"]
    # after the adjustment the two groups sit at the same level (medians within 10 %)
    ratio = composed["price_cny_per_kwh"].median() / agency["price_cny_per_kwh"].median()
    assert 0.9 < ratio < 1.1
    assert np.isfinite(prices["adjustment_cny_per_kwh"]).all()
    assert "1-10 kV" in R.TARIFF_BASIS_TEXT
