"""``cpn-planner sweep``: on a dask scheduler named on the command line (a cluster started by
the test, in this process), progress, Parquet rows, the closing summary and the tornado."""

from __future__ import annotations

import pandas as pd
import pytest

from app.__main__ import main
from app.domain.sourced import ranges
from app.sweep.run import read_rows

SCENARIO = """
format = "cpn-scenario"
version = 1
[[sites]]
id = "zhongwei-1"
name = "Zhongwei campus"
lon = 105.19
lat = 37.51
capacity_mw = 300.0
"""
SWEEP = """
[sweep]
samples = 3
seed = 3
[[sweep.parameters]]
key = "assumptions.carbon_price_cny_per_t"
low = 0.0
high = 300.0
[[sweep.parameters]]
key = "assumptions.stock_pue"
ranges = "defaults"
"""


@pytest.fixture
def scheduler(dask_client):
    return dask_client.scheduler.address


def test_sweep_writes_rows_and_summarises_them(scheduler, tmp_path, capsys):
    path = tmp_path / "plan.toml"
    path.write_text(SCENARIO + SWEEP, encoding="utf-8")
    out = tmp_path / "out.parquet"
    argv = ["sweep", str(path), "-o", str(out), "--scheduler", scheduler, "--tornado"]
    assert main(argv) == 0
    text = capsys.readouterr()
    rows = read_rows(out)
    assert rows["sample"].tolist() == [0, 1, 2] and (rows["status"] == "optimal").all()
    low, high = ranges("assumptions.stock_pue")["assumptions.stock_pue"]  # data/assumptions.csv
    assert low < high and rows["assumptions.stock_pue"].between(low, high).all()
    assert "3/3" in text.err and "3 of 3 samples" in text.out
    share = (rows["effect.cost_cny"] < 0).mean()
    assert f"lower the total cost in {100 * share:.0f} % of samples" in text.out
    used = (rows["site.zhongwei-1.utilisation"] >= 0.8).mean()
    assert f"zhongwei-1: used above 80% in {100 * used:.0f} % of samples" in text.out
    tornado = read_rows(out.with_suffix(".tornado.parquet"))
    assert len(tornado) == 4 and "tornado of the sites' effect" in text.out
    # the tornado's low end of the carbon price is 0 CNY/t, the others as in the file
    assert tornado.loc[0, "assumptions.carbon_price_cny_per_t"] == 0.0
    assert pd.isna(tornado.loc[0, "assumptions.stock_pue"])


def test_a_scenario_without_a_sweep_gets_one_sentence(tmp_path, capsys):
    path = tmp_path / "plan.toml"
    path.write_text(SCENARIO, encoding="utf-8")
    assert main(["sweep", str(path), "-o", str(tmp_path / "o.parquet")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("sweep: the scenario has no [sweep] section") and err.count("\n") == 1
    assert not (tmp_path / "o.parquet").exists()


def test_bad_counts_are_refused_before_any_cluster_starts(tmp_path, capsys):
    path = tmp_path / "plan.toml"
    path.write_text(SCENARIO + SWEEP, encoding="utf-8")
    assert main(["sweep", str(path), "-o", str(tmp_path / "o.parquet"), "--samples", "0"]) == 2
    assert "--samples must be at least 1" in capsys.readouterr().err
