"""The large class's chiller COP cap is the one the published chiller data give
(tools/chiller_cop_cap.py on the DOE EnergyPlus reference chillers), not a chosen number."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from app.engine.pue.facility import CLASSES, facility_params
from tools.chiller_cop_cap import best_low_lift_cop, cap_statistics, chillers, cop


def _row(**changes: float) -> pd.Series:
    flat = {f"eirft_c{i}": 0.0 for i in range(1, 7)} | {"eirft_c1": 1.0}
    base = {"cop_ref": 6.0, "t_chw_max_c": 10.0, "t_cw_min_c": 13.0, "plr_min_unloading": 0.1}
    plr = {"eirfplr_c1": 0.1, "eirfplr_c2": 0.2, "eirfplr_c3": 0.7}
    return pd.Series(flat | base | plr | changes)


def test_eir_model_by_hand() -> None:
    row = _row()
    # EIRFT = 1; EIRFPLR(0.5) = 0.1 + 0.1 + 0.175 = 0.375 -> COP = 6 x 0.5 / 0.375 = 8.
    assert float(cop(row, 10.0, 15.0, 0.5)) == pytest.approx(8.0)
    # Best part load: PLR / (0.1 + 0.2 PLR + 0.7 PLR^2) peaks at PLR = sqrt(0.1 / 0.7).
    peak = np.sqrt(0.1 / 0.7)
    assert best_low_lift_cop(row) == pytest.approx(
        6.0 * peak / (0.1 + 0.2 * peak + 0.7 * peak**2), rel=1e-4
    )
    # EIRFT rising with condenser water: the 15 degC floor applies above the chiller's minimum.
    warm = _row(eirft_c4=0.02)
    assert best_low_lift_cop(warm) == pytest.approx(best_low_lift_cop(row) / 1.3, rel=1e-9)


def test_copied_curves_give_back_each_chillers_reference_cop() -> None:
    table = chillers()
    assert len(table) == 37
    ratios = np.array(
        [float(cop(r, r.t_chw_ref_c, r.t_cw_ref_c, 1.0)) / r.cop_ref for _, r in table.iterrows()]
    )
    # Regressions, not exact: every chiller within 25 %, the typical one within 3 %.
    assert np.all((ratios > 0.75) & (ratios < 1.25))
    assert abs(np.median(ratios) - 1.0) < 0.03


def test_shipped_cap_and_range_are_the_datas_median_and_quartiles() -> None:
    stats = cap_statistics()
    params, _ = facility_params("chiller_tower", "large")
    assert params.chiller_cop_max == pytest.approx(round(stats["median"], 1))
    low, high = CLASSES["large"].uncertain["chiller_cop_max"]
    assert (low, high) == pytest.approx((round(stats["q1"], 1), round(stats["q3"], 1)))
    # The same chillers on 7 degC water at AHRI 550/590's 50 % point (18.3 degC condenser)
    # reach only ~10: the old cap was a cold-water figure.
    at_ahri = [float(cop(r, 7.0, 18.3, 0.5)) for _, r in chillers().iterrows()]
    assert 9.0 < np.median(at_ahri) < 11.0 < stats["median"]
