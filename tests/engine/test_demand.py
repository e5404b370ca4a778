from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from app.domain.sourced import assumption
from app.engine.allocation.allocation import DEFAULT_CLASSES
from app.engine.allocation.demand import (
    BASE_YEAR,
    GROWTH_PER_YEAR,
    NATIONAL_IT_MW,
    DemandFileError,
    default_demand,
    demand_in_year,
    demand_matrix,
    distribute_national_total,
    national_load_mw,
    read_demand_csv,
    split_classes,
)


def test_national_total_is_the_load_drawn() -> None:
    # Issue 17: demand is what racks draw, not their rating (was 8.1 M x 2.5 kW = 20,250 MW).
    assert pytest.approx(8.1e6 * 2.5 * 0.58 * 0.70 / 1000.0) == NATIONAL_IT_MW
    assert national_load_mw() == pytest.approx(NATIONAL_IT_MW)
    row = assumption("demand.national_it_mw")
    lows = [assumption(k).low for k in _FACTORS]
    highs = [assumption(k).high for k in _FACTORS]
    assert row.low == pytest.approx(national_load_mw(*lows), rel=1e-3)
    assert row.high == pytest.approx(national_load_mw(*highs), rel=1e-3)
    # the load drawn stays below the stock's rating: fill x draw < 1
    assert NATIONAL_IT_MW < 8.1e6 * 2.5 / 1000.0


_FACTORS = (
    "stock.national_racks",
    "assumptions.kw_per_rack",
    "demand.fill_rate",
    "demand.draw_per_filled_rack",
)


def test_demand_grows_after_the_base_year_only() -> None:
    assert BASE_YEAR == 2023
    assert demand_in_year(100.0, BASE_YEAR) == 100.0
    assert demand_in_year(100.0, BASE_YEAR - 3) == 100.0
    assert demand_in_year(100.0, BASE_YEAR + 2) == pytest.approx(100.0 * (1 + GROWTH_PER_YEAR) ** 2)
    # the growth row is MIIT's 5.2 M (end-2021) -> 8.1 M (end-2023) racks
    assert pytest.approx((8.1 / 5.2) ** 0.5 - 1, abs=5e-4) == GROWTH_PER_YEAR


def test_distribute_and_split() -> None:
    w = pd.Series({"Beijing": 2.0, "Gansu": 1.0, "Tibet": 0.0})
    d = distribute_national_total(300.0, w)
    assert d.to_dict() == {"Beijing": 200.0, "Gansu": 100.0, "Tibet": 0.0}
    m = split_classes(d.to_numpy(), DEFAULT_CLASSES)
    assert m.shape == (3, len(DEFAULT_CLASSES))
    np.testing.assert_allclose(m.sum(axis=1), d.to_numpy())
    np.testing.assert_allclose(m[0], 200.0 * np.array([c.share for c in DEFAULT_CLASSES]))
    assert default_demand(w, DEFAULT_CLASSES).sum() == pytest.approx(NATIONAL_IT_MW)
    with pytest.raises(ValueError, match="negative"):
        distribute_national_total(1.0, pd.Series({"x": -1.0}))
    with pytest.raises(ValueError, match="sum to zero"):
        distribute_national_total(1.0, pd.Series({"x": 0.0}))


def test_read_total_csv_gbk(tmp_path: Path) -> None:
    p = tmp_path / "d.csv"
    p.write_bytes("region,total_mw\n北京,100\n甘肃, 50 \n".encode("gbk"))
    t = read_demand_csv(p)
    assert t.loc["北京", "total_mw"] == 100.0 and t.loc["甘肃", "total_mw"] == 50.0
    m = demand_matrix(t, ["甘肃", "北京", "西藏"], DEFAULT_CLASSES)
    np.testing.assert_allclose(m.sum(axis=1), [50.0, 100.0, 0.0])


def test_read_class_columns(tmp_path: Path) -> None:
    p = tmp_path / "d.csv"
    p.write_text("region,training,realtime\nA,10,\nB,1.5,2\n", encoding="utf-8")
    m = demand_matrix(read_demand_csv(p), ["A", "B"], DEFAULT_CLASSES)
    ids = [c.id for c in DEFAULT_CLASSES]
    assert m[0, ids.index("training")] == 10.0 and m[0, ids.index("realtime")] == 0.0
    assert m[1, ids.index("realtime")] == 2.0 and m[1, ids.index("interactive")] == 0.0


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("name,total_mw\nA,1\n", r"row 1, column 'region': missing"),
        ("region,total_mw\nA,1\nB,x\n", r"row 3, column 'total_mw': not a number"),
        ("region,total_mw\nA,1\nA,2\n", r"row 3, column 'region': duplicate"),
        ("region,total_mw\nA,-4\n", r"row 2, column 'total_mw'"),
        ("region,total_mw\n,4\n", r"row 2, column 'region': empty"),
        ("region\nA\n", r"no demand columns"),
    ],
)
def test_read_errors_name_file_row_column(tmp_path: Path, text: str, match: str) -> None:
    p = tmp_path / "bad.csv"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(DemandFileError, match=match) as err:
        read_demand_csv(p)
    assert str(p) in str(err.value)


def test_missing_file_and_unknown_names(tmp_path: Path) -> None:
    with pytest.raises(DemandFileError, match="file not found"):
        read_demand_csv(tmp_path / "nope.csv")
    t = pd.DataFrame({"gpu": [1.0]}, index=pd.Index(["A"], name="region"))
    with pytest.raises(ValueError, match="unknown class columns"):
        demand_matrix(t, ["A"], DEFAULT_CLASSES)
    with pytest.raises(ValueError, match="unknown regions"):
        demand_matrix(t, ["B"], DEFAULT_CLASSES)
