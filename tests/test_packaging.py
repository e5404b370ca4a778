"""The package a user installs: pinned to what CI tested, data and translations found in place."""

from __future__ import annotations

import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

import app.paths

REPO = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _constraints() -> dict[str, str]:
    pins = {}
    for line in (REPO / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, version = line.partition("==")
            assert version, f"constraints.txt: {line!r} is not an exact pin"
            pins[canonicalize_name(name)] = version.strip()
    return pins


def test_every_dependency_is_pinned_to_a_version_pyproject_allows() -> None:
    pins = _constraints()
    for spec in PROJECT["dependencies"] + PROJECT["optional-dependencies"]["test"]:
        req = Requirement(spec)
        name = canonicalize_name(req.name)
        assert name in pins, f"{req.name} is not in constraints.txt"
        assert req.specifier.contains(pins[name]), f"{req.name}=={pins[name]} outside {spec!r}"


def test_dev_tools_are_pinned_exactly() -> None:
    pinned = {
        canonicalize_name(Requirement(spec).name): str(Requirement(spec).specifier)
        for spec in PROJECT["optional-dependencies"]["test"]
    }
    for tool in ("ruff", "import-linter", "mypy"):
        assert pinned[tool].startswith("=="), f"{tool} is not pinned: {pinned[tool]!r}"


def test_data_and_translations_found_without_the_current_directory() -> None:
    assert (app.paths.DATA_DIR / "assumptions.csv").is_file()
    assert (app.paths.DATA_DIR / "scenarios" / "baseline.toml").is_file()
    assert (app.paths.TRANSLATIONS_DIR / "cpn_zh.qm").is_file()
    assert (app.paths.TRANSLATIONS_DIR / "cpn_zh.ts").is_file()
    assert (app.paths.PACKAGE_DIR / "py.typed").is_file()
