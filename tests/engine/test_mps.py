"""The MPS export is the full LP: a fresh HiGHS reading it reaches the same optimum."""

from __future__ import annotations

from pathlib import Path

import highspy
import numpy as np
import pytest

from app.engine.allocation.allocation import (
    DEFAULT_CLASSES,
    AllocationProblem,
    Regions,
    Sites,
    solve,
    write_mps,
)


def problem(cap_ratio: float) -> AllocationProblem:
    rng = np.random.default_rng(11)
    n_p, n_s = 12, 25
    rid, sid = [f"region {i}" for i in range(n_p)], [f"site-{i}" for i in range(n_s)]
    prov = rng.integers(0, 4, n_p).astype(str)
    regions = Regions(rid, rid, rng.uniform(25, 40, n_p), rng.uniform(100, 120, n_p), prov)
    demand = rng.gamma(2.0, 50.0, n_p)[:, None] * np.array([c.share for c in DEFAULT_CLASSES])
    sites = Sites(
        sid, sid, rng.uniform(25, 40, n_s), rng.uniform(100, 120, n_s),
        rng.integers(0, 4, n_s).astype(str), rng.dirichlet(np.ones(n_s)) * demand.sum() * cap_ratio,
        rng.uniform(1.1, 1.5, n_s), rng.uniform(0.3, 0.7, n_s), rng.uniform(0.3, 0.7, n_s),
    )  # fmt: skip
    return AllocationProblem(regions, sites, demand, carbon_price_cny_per_t=50.0)


@pytest.mark.parametrize("cap_ratio", [1.2, 0.7])
def test_mps_round_trip(tmp_path: Path, cap_ratio: float) -> None:
    pb = problem(cap_ratio)
    path = tmp_path / "allocation.mps"
    assert write_mps(pb, str(path)) == "ok"
    text = path.read_text()
    assert "x|region_0|realtime|site-" in text and "cap|site-0" in text
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    assert h.readModel(str(path)) == highspy.HighsStatus.kOk
    h.run()
    assert h.getModelStatus() == highspy.HighsModelStatus.kOptimal
    res = solve(pb)
    assert h.getInfo().objective_function_value == pytest.approx(res.objective_cny, rel=1e-9)
    assert h.getNumCol() == len(res.flow_mw) + res.unserved_mw.size
