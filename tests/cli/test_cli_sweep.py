"""``cpn-planner sweep``: on a dask scheduler named on the command line (a cluster started by
the test, in this process), progress, Parquet rows, the closing summary and the tornado."""

from __future__ import annotations

import errno
import os
from pathlib import Path

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
    # targets named as the scorecard names them, not by their ids
    assert "policy target PUE < 1.3, Site: " in text.out and "pue.new_large" not in text.out
    tornado = read_rows(out.with_suffix(".tornado.parquet"))
    assert len(tornado) == 4 and "tornado of the sites' effect" in text.out
    # the tornado's low end of the carbon price is 0 CNY/t, the others as in the file
    assert tornado.loc[0, "assumptions.carbon_price_cny_per_t"] == 0.0
    assert pd.isna(tornado.loc[0, "assumptions.stock_pue"])


def test_a_scenario_without_a_sweep_gets_the_windows_default_sweep():
    """A file saved by the window has no [sweep]: the command sweeps what the dialog starts
    from, the carbon price over its sourced range and each placed site's PUE band."""
    from app.io.scenario_file import loads_scenario
    from app.sweep.plan import plan

    sweep = plan(loads_scenario(SCENARIO))
    low, high = ranges("assumptions.carbon_price_cny_per_t")["assumptions.carbon_price_cny_per_t"]
    keys = [(p.key, p.low, p.high) for p in sweep.model.params]
    sites = [(k, 0.0, 1.0) for k, _, _ in keys if k.endswith(".pue_band")]
    assert keys == [("assumptions.carbon_price_cny_per_t", low, high), *sites] and sites
    assert (sweep.definition.sampling, len(sweep.design)) == ("latin_hypercube", 50)


@pytest.mark.parametrize("value", ["0", "1.5"])
def test_a_utilisation_outside_0_1_is_refused(tmp_path, capsys, value):
    path = tmp_path / "plan.toml"
    path.write_text(SCENARIO, encoding="utf-8")
    out = tmp_path / "o.parquet"
    assert main(["sweep", str(path), "-o", str(out), "--utilisation", value]) == 2
    assert (
        capsys.readouterr().err == f"sweep: --utilisation must be in (0, 1], got {float(value)}\n"
    )
    assert not out.exists()


def test_bad_counts_are_refused_before_any_cluster_starts(tmp_path, capsys):
    path = tmp_path / "plan.toml"
    path.write_text(SCENARIO + SWEEP, encoding="utf-8")
    assert main(["sweep", str(path), "-o", str(tmp_path / "o.parquet"), "--samples", "0"]) == 2
    assert "--samples must be at least 1" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("name", "extra", "words"),
    [
        ("dir.parquet", [], "dir.parquet is a folder; give a file name"),
        ("no/o.parquet", [], "does not exist; create it or choose another"),
        ("ro.parquet", [], "ro.parquet is read-only; choose another name"),
        ("o.csv", [], "o.csv: the output must end in .parquet"),
        ("b" * 242 + ".parquet", ["--tornado"], "tornado.parquet is too long for this file"),
    ],
)
def test_an_output_that_cannot_be_written_is_refused_before_the_sweep(
    tmp_path, capsys, name, extra, words
):
    path = tmp_path / "plan.toml"
    path.write_text(SCENARIO + SWEEP, encoding="utf-8")
    (tmp_path / "dir.parquet").mkdir()
    (tmp_path / "ro.parquet").write_bytes(b"old")
    (tmp_path / "ro.parquet").chmod(0o444)
    # no scheduler: a sweep that started would need a local cluster; none is started
    assert main(["sweep", str(path), "-o", str(tmp_path / name), *extra]) == 2
    err = capsys.readouterr().err
    assert err.startswith("sweep: ") and words in err and err.count("\n") == 1, err
    assert sorted(os.listdir(tmp_path)) == ["dir.parquet", "plan.toml", "ro.parquet"]
    assert (tmp_path / "ro.parquet").read_bytes() == b"old"


def test_rows_that_cannot_be_renamed_into_place_are_kept_and_said_where(
    scheduler, tmp_path, capsys, monkeypatch
):
    path = tmp_path / "plan.toml"
    path.write_text(SCENARIO + SWEEP, encoding="utf-8")
    out = tmp_path / "out.parquet"
    real_replace = os.replace

    def refused(src, dst):
        if Path(dst) == out:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", refused)
    assert main(["sweep", str(path), "-o", str(out), "--scheduler", scheduler]) == 2
    text = capsys.readouterr()
    [kept] = tmp_path.glob("out.unsaved-*.parquet")
    assert len(read_rows(kept)) == 3 and str(kept) in text.out  # the summary names it
    assert text.err.endswith(
        "sweep: the disk is full: out.parquet was not written and the old file is unchanged; "
        f"the 3 rows that finished are kept in {kept}\n"
    )
    assert "Traceback" not in text.err and not out.exists()
    assert sorted(os.listdir(tmp_path)) == [kept.name, "plan.toml"]


def test_stdout_carries_only_the_summary_not_the_solvers_banner(tmp_path):
    """HiGHS prints its banner on a process's first solver, in every worker process:
    started quietly, so stdout is the summary alone (a script can read it)."""
    import subprocess
    import sys

    path = tmp_path / "plan.toml"
    path.write_text(SCENARIO + SWEEP, encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "app", "sweep", str(path), "-o", str(tmp_path / "o.parquet"),
         "--workers", "2"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("finished: 3 of 3 samples"), out.stdout
    assert "HiGHS" not in out.stdout + out.stderr and "third-party" not in out.stdout
