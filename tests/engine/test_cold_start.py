"""The greedy cold start (basis + duals of a greedy allocation) reaches the full-LP optimum."""

from __future__ import annotations

import numpy as np
import pytest

from app.engine.allocation.allocation import Solver, build, new_highs
from app.engine.allocation.allocation_solver import _greedy_flow
from tests.engine.test_warm_start import problem


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("cap_scale", [1.1, 0.8])  # 0.8: some demand must go unserved
def test_greedy_cold_start_matches_full_lp(seed: int, cap_scale: float) -> None:
    pb = problem(seed)
    pb = type(pb)(**{**pb.__dict__, "sites": type(pb.sites)(
        **{**pb.sites.__dict__, "capacity_mw": pb.sites.capacity_mw * cap_scale / 1.1})})  # fmt: skip
    b = build(pb)
    flow, unserved, slack = _greedy_flow(b)
    assert (flow >= 0).all() and (unserved >= 0).all() and (slack >= -1e-9).all()
    served = np.bincount(b.pair_row, flow, b.n_demand)
    np.testing.assert_allclose(served + unserved, b.row_upper[: b.n_demand], atol=1e-9)
    h = new_highs()
    h.passModel(b.to_lp())
    h.run()
    res = Solver().solve(pb)
    assert res.ok and not res.warm_started
    full = h.getInfo().objective_function_value
    assert res.objective_cny == pytest.approx(full, rel=1e-9)
