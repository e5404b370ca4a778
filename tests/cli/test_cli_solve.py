"""``cpn-planner solve``: JSON for scripts, MPS for other solvers, prefecture scale."""

from __future__ import annotations

import json
import subprocess
import sys

import highspy
import pytest

from app.engine.allocation.demand import NATIONAL_IT_MW


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", "solve", *args], capture_output=True, text=True, timeout=120
    )


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


PLACED_KEYS = {
    "load_mw",
    "capacity_mw",
    "utilisation",
    "pue",
    "energy_mwh",
    "energy_cost_cny",
    "carbon_t",
    "water_m3",
    "price_cny_per_kwh",
    "dual_cny_per_mw_year",
    "flags",
}


def test_scenario_json_has_baseline_and_solved_site_figures(tmp_path):
    scenario = tmp_path / "s.toml"
    scenario.write_text(
        """format = "cpn-scenario"
version = 1
[assumptions]
carbon_price_cny_per_t = 200.0
[[sites]]
id = "ulanqab"
name = "Ulanqab"
lon = 113.13
lat = 41.03
capacity_mw = 300.0
[[sites]]
id = "hk"
name = "Hong Kong"
lon = 114.17
lat = 22.30
""",
        encoding="utf-8",
    )
    out = _run(str(scenario), "--json")
    assert out.returncode == 0, out.stderr
    assert "NaN" not in out.stdout
    data = json.loads(out.stdout)
    ulanqab, hk = data["sites"]["ulanqab"], data["sites"]["hk"]
    assert set(ulanqab) >= PLACED_KEYS and set(hk) >= PLACED_KEYS
    assert ulanqab["load_mw"] == pytest.approx(ulanqab["utilisation"] * 300.0)
    assert ulanqab["energy_cost_cny"] == pytest.approx(
        ulanqab["energy_mwh"] * 1000 * ulanqab["price_cny_per_kwh"]
    )
    assert hk["load_mw"] is None and hk["flags"] and hk["price_cny_per_kwh"] is None
    assert any("Hong Kong" in f for f in data["flags"])
    # the baseline is today's status quo, same carbon price; placed sites serve nothing today
    empty = tmp_path / "empty.toml"
    empty.write_text(
        'format = "cpn-scenario"\nversion = 1\n[assumptions]\ncarbon_price_cny_per_t = 200.0\n',
        encoding="utf-8",
    )
    alone = json.loads(_run(str(empty), "--json").stdout)
    today, alone_today = data["status_quo_totals"], alone["status_quo_totals"]
    assert "baseline" not in data  # status_quo_totals is today; no duplicate copy
    assert today["cost_cny"] == pytest.approx(alone_today["cost_cny"], rel=1e-9)
    assert today["carbon_t"] == pytest.approx(alone_today["carbon_t"], rel=1e-9)
    # without the placed sites is the empty scenario solved; the effect is the difference
    without = data["without_sites"]["totals"]
    assert without["cost_cny"] == pytest.approx(alone["totals"]["cost_cny"], rel=1e-9)
    effect = data["sites_effect"]
    assert set(effect) == set(data["totals"]) | {
        "investment_cny",
        "migration_one_off_cny",
        "npv_cny",
        "payback_years",
        "payback_never",
    }
    for key in ("cost_cny", "energy_mwh", "carbon_t", "capex_cost", "migration_cost"):
        assert effect[key] == pytest.approx(data["totals"][key] - without[key], abs=1e-3)
    assert all(v in (0, 0.0, None) for k, v in alone["sites_effect"].items())
    assert data["sites"]["ulanqab"]["status_quo_load_mw"] == 0.0
    assert data["moved_mw"]["total"] == pytest.approx(sum(data["moved_mw"]["by_class"].values()))


@pytest.mark.parametrize("name", ["baseline", "western-expansion", "eastern-inference"])
def test_the_examples_meet_the_json_contract(name, atlas):
    from app.cli.solve import as_json
    from app.engine.evaluate import evaluate
    from app.io.scenario_file import load_scenario
    from app.paths import DATA_DIR

    # in process: the JSON ``solve --json`` prints (the process itself is tested above)
    ev = evaluate(load_scenario(DATA_DIR / "scenarios" / f"{name}.toml"), atlas=atlas)
    data = json.loads(json.dumps(as_json(ev), allow_nan=False))
    totals, effect = data["totals"], data["sites_effect"]
    assert "baseline" not in data and set(data["status_quo_totals"]) == set(totals)
    assert set(data["without_sites"]["totals"]) == set(totals)
    assert set(effect) == set(totals) | {
        "investment_cny",
        "migration_one_off_cny",
        "npv_cny",
        "payback_years",
        "payback_never",
    }
    parts = ("energy_cost", "transport_cost", "carbon_cost", "capex_cost", "migration_cost")
    assert totals["cost_cny"] == pytest.approx(sum(totals[k] for k in parts), rel=1e-12)
    free = data["if_moving_were_free"]
    assert free["moved_mw"] == pytest.approx(free["totals"]["moved_mw"], abs=1e-6)
    assert data["moved_mw"]["total"] == pytest.approx(totals["moved_mw"], abs=1e-6)
    for sid, site in data["sites"].items():  # every site, energy at its solved load
        if site["load_mw"] is not None:
            assert site["energy_mwh"] > 0, sid
    if name == "baseline":
        assert all(effect[k] == 0 for k in totals if k != "mean_rtt_ms")
        assert effect["investment_cny"] == 0 and effect["payback_years"] is None
        assert effect["payback_never"] is False  # nothing to repay is not "never"
    else:
        assert effect["investment_cny"] > 0 and effect["capex_cost"] > 0
        # the migration charge is the one-off spread over the payback years (3 by default)
        one_off = effect["migration_one_off_cny"]
        assert one_off == pytest.approx(effect["migration_cost"] * 3.0, rel=1e-9, abs=1e-3)
        # a null payback with an investment is an investment never repaid, and says so
        assert effect["payback_never"] is (effect["payback_years"] is None)


def test_an_mps_target_that_cannot_be_written_is_refused_before_the_solve(tmp_path, capsys):
    from app.__main__ import main

    name = "a" * 300 + ".mps"
    assert main(["solve", "--mps", str(tmp_path / name)]) == 2
    assert main(["solve", "--mps", str(tmp_path / "no" / "lp.mps")]) == 2
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        f"solve: the file name {name} is too long for this file system",
        f"solve: the folder {tmp_path / 'no'} does not exist; create it or choose another",
    ]
    assert captured.out == "" and not list(tmp_path.iterdir())  # no solve, nothing written
