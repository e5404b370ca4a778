"""Scenario discovery and the tornado on cases whose answer is known by construction."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from app.sweep.analysis import distribution, morris_indices, prim, tornado
from app.sweep.sampling import salib_problem, unit_design


def test_prim_finds_the_box_where_the_cases_are():
    rng = np.random.default_rng(0)
    x = pd.DataFrame(rng.random((4000, 3)), columns=["a", "b", "c"])
    case = ((x["a"] > 0.7) & (x["b"] < 0.3)).to_numpy()
    box = prim(x, case)
    assert set(box.limits) == {"a", "b"}  # c does not matter
    assert box.limits["a"][0] == pytest.approx(0.7, abs=0.05)
    assert box.limits["b"][1] == pytest.approx(0.3, abs=0.05)
    assert box.density > 0.9 and box.coverage > 0.8
    assert prim(x, np.zeros(len(x), bool)) is None


def test_tornado_orders_by_swing_against_the_base():
    frame = tornado(("p", "q"), np.array([9.0, 11.0, 0.0, 30.0]), base=10.0)
    assert list(frame.index) == ["q", "p"]
    assert frame.loc["q"].tolist() == [-10.0, 20.0, 30.0]


def test_morris_ranks_a_linear_function_by_its_slopes():
    params = [type("P", (), {"key": k})() for k in ("x", "y", "z")]
    problem = salib_problem(params)
    x = unit_design("morris", problem, 20, 4)
    y = 5.0 * x[:, 0] + 1.0 * x[:, 1]  # z has no effect
    mu = morris_indices(problem, x, y)["mu_star"]
    assert mu["x"] == pytest.approx(5.0) and mu["y"] == pytest.approx(1.0) and mu["z"] == 0.0


def test_distribution_ignores_missing_rows():
    d = distribution(pd.DataFrame({"v": [1.0, None, 3.0]}), "v")
    assert d["n"] == 2 and d["mean"] == 2.0 and d["p50"] == 2.0
