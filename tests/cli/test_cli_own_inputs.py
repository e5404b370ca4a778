"""No command writes over one of its own inputs (the scenario, ``--candidates``, a ``[base]``
file): the output is refused in one sentence naming both, before any work, and the input is
left byte for byte. ``suggest --apply`` writes a scenario, so it must end in .toml; ``solve
--mps`` an LP, so it must end in .mps."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from app.cli.outputs import overwritten_input, same_file
from app.paths import ROOT

SCENARIO = 'format = "cpn-scenario"\nversion = 1\n[assumptions]\nyear = 2030\n'


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, timeout=300
    )


def _refused(out: subprocess.CompletedProcess, output, source) -> None:
    assert out.returncode == 2, out.stderr
    assert f"{output} is the input file {source} of this command" in out.stderr, out.stderr
    assert "Traceback" not in out.stderr and len(out.stderr.strip().splitlines()) == 1


def test_report_refuses_to_replace_its_scenario(tmp_path):
    plan = tmp_path / "plan.geojson"
    plan.write_text(SCENARIO)
    _refused(_run("report", str(plan), "-o", str(plan)), plan, plan)
    assert plan.read_text() == SCENARIO


def test_a_csv_report_refuses_a_table_file_that_is_its_scenario(tmp_path):
    plan = tmp_path / "r-sites.csv"
    plan.write_text(SCENARIO)
    _refused(_run("report", str(plan), "-o", str(tmp_path / "r.csv")), plan, plan)
    assert plan.read_text() == SCENARIO and os.listdir(tmp_path) == ["r-sites.csv"]


def test_a_csv_report_refuses_a_table_file_that_is_a_base_file(tmp_path):
    table = tmp_path / "r-provinces.csv"
    shutil.copyfile(ROOT / "data" / "provinces.csv", table)
    before = table.read_bytes()
    plan = tmp_path / "plan.toml"
    plan.write_text(SCENARIO + '[base]\nprovinces = "r-provinces.csv"\n')
    _refused(_run("report", str(plan), "-o", str(tmp_path / "r.csv")), table, table)
    assert table.read_bytes() == before


def test_solve_mps_refuses_to_replace_its_scenario(tmp_path):
    plan = tmp_path / "in.mps"
    plan.write_text(SCENARIO)
    _refused(_run("solve", str(plan), "--mps", str(plan)), plan, plan)
    assert plan.read_text() == SCENARIO


def test_solve_mps_must_end_in_mps_before_solving(tmp_path):
    out = _run("solve", "--mps", str(tmp_path / "x.txt"))
    assert out.returncode == 2, out.stderr
    assert out.stderr == f"solve: {tmp_path / 'x.txt'}: the output must end in .mps\n"
    assert out.stdout == "" and os.listdir(tmp_path) == []  # refused before the solve


def test_suggest_apply_must_end_in_toml(tmp_path):
    candidates = tmp_path / "cand.csv"
    text = "name,lon,lat\nA,113.1,41.0\nB,105.2,37.5\n"
    candidates.write_text(text)
    out = _run(
        "suggest", "--add-mw", "200", "--max-sites", "1", "--candidates", str(candidates),
        "--only-candidates", "--apply", str(candidates),
    )  # fmt: skip
    assert out.returncode == 2, out.stderr
    assert f"{candidates}: the output must end in .toml" in out.stderr
    assert candidates.read_text() == text


def test_suggest_apply_refuses_to_replace_its_scenario(tmp_path):
    plan = tmp_path / "plan.toml"
    plan.write_text(SCENARIO)
    _refused(_run("suggest", str(plan), "--add-mw", "100", "--apply", str(plan)), plan, plan)
    assert plan.read_text() == SCENARIO


def test_sweep_refuses_to_replace_its_scenario(tmp_path):
    plan = tmp_path / "s.parquet"
    plan.write_text(SCENARIO)
    out = _run("sweep", str(plan), "-o", str(plan), "--workers", "1")
    assert out.returncode == 2, out.stderr
    assert f"{plan} is the input file {plan} of this command" in out.stderr
    assert plan.read_text() == SCENARIO


@pytest.mark.skipif(os.name != "posix", reason="links")
def test_links_and_other_spellings_are_the_same_file(tmp_path, monkeypatch):
    source = tmp_path / "a.toml"
    source.write_text(SCENARIO)
    os.link(source, tmp_path / "hard.pdf")
    os.symlink(source, tmp_path / "soft.pdf")
    monkeypatch.chdir(tmp_path)
    for other in ("hard.pdf", "soft.pdf", "./a.toml", tmp_path / "x" / ".." / "a.toml"):
        assert same_file(other, source), other
    assert not same_file("new.pdf", source)
    assert same_file(tmp_path / "new.pdf", "new.pdf")  # neither exists yet: same path
    assert overwritten_input(["new.pdf"], [source]) is None
    assert "hard.pdf is the input file" in (overwritten_input(["hard.pdf"], [source]) or "")
