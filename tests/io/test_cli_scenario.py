"""``validate`` headless command: through run(), the main CLI and ``python -m``."""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

from app.cli import scenario as cli_scenario
from app.paths import ROOT

EXAMPLE = ROOT / "data" / "scenarios" / "western-expansion.toml"


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="cpn-planner")
    cli_scenario.add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return args.func(args)


@pytest.fixture()
def bad(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text(
        'format = "cpn-scenario"\nversion = 1\n'
        + "".join(f'[[sites]]\nid = "s{i}"\nname = "S"\nlon = 110\nlat = 35\n' for i in range(2))
        + '[[sites]]\nid = "s2"\nname = "S"\nlon = 110\nlat = 35\ncapacity_mw = -5\n'
        + 'weather_file = "gone.epw"\n',
        encoding="utf-8",
    )
    return path


def test_valid(capsys) -> None:
    assert _run(["validate", str(EXAMPLE)]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == f"{EXAMPLE}: valid (2 sites)" and err == ""


def test_invalid_lists_every_problem_on_stderr(bad, capsys) -> None:
    assert _run(["validate", str(bad)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [
        f"{bad}: 2 problems",
        "  sites[2].capacity_mw: must be in (0, 50000] MW, got -5",
        f"  sites[2].weather_file: file not found: {bad.parent / 'gone.epw'} (from 'gone.epw')",
    ]


def test_no_file_checks(bad, capsys) -> None:
    assert _run(["validate", "--no-file-checks", str(bad)]) == 1
    assert "weather_file" not in capsys.readouterr().err


def test_missing_file(tmp_path, capsys) -> None:
    assert _run(["validate", str(tmp_path / "nope.toml")]) == 1
    assert "file not found" in capsys.readouterr().err


def test_main_cli_has_validate(capsys) -> None:
    from app.__main__ import main

    assert main(["validate", str(EXAMPLE)]) == 0
    assert "valid" in capsys.readouterr().out


def test_python_dash_m(bad) -> None:
    ok = subprocess.run(
        [sys.executable, "-m", "app.cli.scenario", "validate", str(EXAMPLE)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert ok.returncode == 0 and "valid (2 sites)" in ok.stdout
    fail = subprocess.run(
        [sys.executable, "-m", "app.cli.scenario", "validate", str(bad)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert (
        fail.returncode == 1
        and "sites[2].capacity_mw: must be in (0, 50000] MW, got -5" in fail.stderr
    )
