"""``cpn-planner solve``: JSON for scripts, MPS for other solvers, prefecture scale."""

from __future__ import annotations

import json
import subprocess
import sys

import highspy
import pytest

from app.engine.demand import NATIONAL_IT_MW


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", "solve", *args], capture_output=True,
                          text=True, timeout=120)


def test_json_is_clean_and_complete(tmp_path):
    mps = tmp_path / "baseline.mps"
    out = _run("--json", "--mps", str(mps))
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)  # nothing but JSON on stdout (no solver banner)
    assert data["status"] == "optimal"
    assert data["served_mw"] + data["unserved_mw"] == pytest.approx(NATIONAL_IT_MW)
    assert {"build_s", "solve_s"} <= set(data["timings"])
    site = data["sites"]["cluster:helinger"]
    assert 0 <= site["load_mw"] <= site["capacity_mw"] + 1e-6 and site["dual_cny_per_mw_year"] >= 0
    beijing = data["regions"]["110000"]["served_by"]
    assert sum(beijing.values()) > 0
    # The exported LP gives the same optimum in a fresh HiGHS.
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.readModel(str(mps))
    h.run()
    assert h.getModelStatus() == highspy.HighsModelStatus.kOptimal
    assert h.getInfo().objective_function_value == pytest.approx(data["objective_cny"], rel=1e-7)


def test_prefecture_regions():
    out = _run("--json", "--regions", "prefecture")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert len(data["regions"]) > 300
    assert data["served_mw"] + data["unserved_mw"] == pytest.approx(NATIONAL_IT_MW)


def test_missing_scenario_file_fails_clearly(tmp_path):
    out = _run(str(tmp_path / "nope.toml"))
    assert out.returncode == 2
    assert "nope.toml" in out.stderr
