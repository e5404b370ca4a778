"""A scenario's default assumptions are the sourced defaults, read in the domain: building a
bare ``Scenario()`` needs nothing of the layers above it (no import-time registration)."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_bare_scenario_needs_no_engine_no_datasets_and_no_pandas():
    code = (
        "import sys\n"
        "from app.domain.scenario import Scenario\n"
        "a = Scenario().assumptions\n"
        "print(sorted(m for m in sys.modules if m.startswith(('app.engine', 'app.datasets'))))\n"
        "print('pandas' in sys.modules, a.national_it_mw > 0, len(a.classes))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out == ["[]", "False True 4"]


def test_a_broken_defaults_file_is_named_with_its_row_and_column(tmp_path):
    import shutil

    shutil.copytree(ROOT / "data", tmp_path / "data")
    path = tmp_path / "data" / "assumptions.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace(",", ",x", 1)  # row 4's value is no number
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code = (
        "from app.domain.scenario import Scenario\n"
        "try:\n"
        "    Scenario()\n"
        "except ValueError as exc:\n"
        "    print(exc)\n"
    )
    env = {**os.environ, "CPN_DATA_DIR": str(tmp_path / "data")}
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    ).stdout
    assert "assumptions.csv, row 4, column 'value'" in out and "is not a number" in out


def test_scenario_defaults_are_the_engines_sourced_defaults():
    from app.domain.assumptions import AllocationAssumptions
    from app.domain.scenario import Scenario
    from app.domain.sourced import default

    a = Scenario().assumptions
    assert isinstance(a, AllocationAssumptions)
    assert a.carbon_price_cny_per_t == default("assumptions.carbon_price_cny_per_t")
    assert a.national_it_mw == default("demand.national_it_mw")
    assert Scenario().assumptions is not a  # each scenario its own


def test_the_layers_contract_has_no_exceptions():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
    for contract in config["contracts"]:
        assert not contract.get("ignore_imports"), contract["name"]
