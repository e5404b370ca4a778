"""The domain imports nothing of the app: a scenario's default assumptions are built by the
factory the engine registers (their values are sourced data the engine owns)."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_domain_scenario_loads_no_engine_and_says_what_it_needs():
    code = (
        "import sys\n"
        "from app.domain.scenario import Scenario\n"
        "print(sorted(m for m in sys.modules if m.startswith(('app.engine', 'app.datasets'))))\n"
        "try:\n"
        "    Scenario()\n"
        "except RuntimeError as exc:\n"
        "    print(exc)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out[0] == "[]"
    assert "app.engine.allocation.national_problem" in out[1] and "assumptions=" in out[1]


def test_scenario_defaults_are_the_engines_sourced_defaults():
    from app.datasets.assumptions import default
    from app.domain.scenario import Scenario
    from app.engine.allocation.national_problem import AllocationAssumptions

    a = Scenario().assumptions
    assert isinstance(a, AllocationAssumptions)
    assert a.carbon_price_cny_per_t == default("assumptions.carbon_price_cny_per_t")
    assert a.national_it_mw == default("demand.national_it_mw")
    assert Scenario().assumptions is not a  # each scenario its own


def test_the_layers_contract_has_no_exceptions():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
    for contract in config["contracts"]:
        assert not contract.get("ignore_imports"), contract["name"]
