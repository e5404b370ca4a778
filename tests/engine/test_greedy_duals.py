"""The greedy basis's duals computed on its spanning forest equal HiGHS's row duals."""

from __future__ import annotations

import numpy as np
import pytest

from app.engine.allocation.allocation import build, new_highs
from app.engine.allocation.allocation_solver import (
    _greedy_basis,
    _greedy_duals,
    _greedy_flow,
    _row_cost_order,
)
from tests.engine.test_warm_start import problem


def _scaled(seed: int, cap_scale: float):
    pb = problem(seed)
    return type(pb)(**{**pb.__dict__, "sites": type(pb.sites)(
        **{**pb.sites.__dict__, "capacity_mw": pb.sites.capacity_mw * cap_scale / 1.1})})  # fmt: skip


@pytest.mark.parametrize("seed", [0, 1, 2, 3, 4])
@pytest.mark.parametrize("cap_scale", [1.1, 0.8, 2.0])  # 0.8: some demand goes unserved
def test_greedy_duals_match_highs(seed: int, cap_scale: float) -> None:
    b = build(_scaled(seed, cap_scale))
    flow, unserved, slack = _greedy_flow(b)
    used = np.nonzero(flow > 0)[0]
    y = _greedy_duals(b, used, unserved, slack)
    h = new_highs()
    h.passModel(b.to_lp(used))
    h.setBasis(_greedy_basis(b, used, flow, unserved, slack))
    h.run()
    # None exactly when HiGHS has to pivot away from the greedy basis (then it is used)
    assert (y is None) == (h.getInfo().simplex_iteration_count > 0)
    if y is None:
        return
    ref = np.asarray(h.getSolution().row_dual)
    np.testing.assert_allclose(y, ref, rtol=1e-12, atol=1e-9 * np.abs(ref).max())


def test_greedy_duals_reject_a_rootless_tree() -> None:
    b = build(_scaled(0, 1.1))
    flow, unserved, slack = _greedy_flow(b)
    used = np.nonzero(flow > 0)[0]
    slack = slack.copy()
    basic = np.nonzero(slack > 1e-9 * (1.0 + slack))[0]
    if len(basic):
        slack[basic[0]] = 0.0  # one root fewer: the basis is short of a column
        assert _greedy_duals(b, used, unserved, slack) is None


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_row_cost_order_is_lexsort(seed: int) -> None:
    b = build(problem(seed))
    np.testing.assert_array_equal(_row_cost_order(b), np.lexsort((b.pair_cost, b.pair_row)))
