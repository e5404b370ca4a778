"""``cpn-planner`` starts fast: the argument parser and help load no heavy module, each
sub-command's own module is imported only when it runs, ``--lang`` works before and after it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app import cli
from app.__main__ import main
from app.domain import text

ROOT = Path(__file__).resolve().parents[2]
HEAVY = (
    "pandas",
    "numpy",
    "highspy",
    "pyproj",
    "shapely",
    "geopandas",
    "PySide6",
    "pyqtgraph",
    "app.datasets.atlas",
    "app.engine",
    "app.paths",  # English needs no translation file (an installed app would load pathlib)
)
EXAMPLE = ROOT / "data" / "scenarios" / "western-expansion.toml"


def _loaded_after(argv: list[str]) -> tuple[set[str], str]:
    """Modules (of HEAVY and app.cli.*) in sys.modules after ``main(argv)`` in a fresh process."""
    code = (
        "import sys\n"
        "from app.__main__ import main\n"
        f"try:\n    main({argv!r})\nexcept SystemExit:\n    pass\n"
        f"print('LOADED', *[m for m in sys.modules if m.split('.')[0] in {HEAVY!r} "
        f"or m in {HEAVY!r} or m.startswith('app.cli.')])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    help_text, loaded = out.rsplit("LOADED", 1)
    return set(loaded.split()), help_text


def test_help_imports_no_heavy_module_and_lists_every_command():
    loaded, help_text = _loaded_after(["--help"])
    assert not loaded & {m for m in HEAVY}, loaded
    assert not {m for m in loaded if m.startswith("app.cli.")}, loaded
    for name in cli.COMMANDS:
        assert name in help_text


def test_version_imports_no_heavy_module(capsys):
    from app import __version__

    loaded, out = _loaded_after(["--version"])
    assert out.strip() == f"cpn-planner {__version__}"
    assert not loaded & {m for m in HEAVY}, loaded
    assert not {m for m in loaded if m.startswith("app.cli.")}, loaded


def test_a_command_imports_only_its_own_module():
    loaded, help_text = _loaded_after(["validate", "--help"])
    assert {m for m in loaded if m.startswith("app.cli.")} == {"app.cli.scenario"}
    assert not loaded & {"pandas", "highspy", "pyproj", "PySide6", "app.datasets.atlas"}, loaded
    assert "--no-file-checks" in help_text


@pytest.mark.parametrize("name", list(cli.COMMANDS))
def test_every_listed_command_has_its_parser(name, capsys):
    """The registry's names match what each module registers (else argparse rejects it)."""
    with pytest.raises(SystemExit) as exit_:
        main([name, "--help"])
    assert exit_.value.code == 0
    assert f"cpn-planner {name}" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv",
    [
        ["--lang", "zh", "validate", str(EXAMPLE)],
        ["validate", str(EXAMPLE), "--lang", "zh"],
        ["validate", "--lang=zh", str(EXAMPLE)],
    ],
)
def test_lang_before_or_after_the_command(argv, capsys):
    try:
        assert main(argv) == 0
        assert text.language() == "zh"
    finally:
        text.set_language("en")
    capsys.readouterr()


def test_lang_defaults_to_english(capsys):
    text.set_language("zh")
    try:
        assert main(["validate", str(EXAMPLE)]) == 0
        assert text.language() == "en"
    finally:
        text.set_language("en")


def test_requested_finds_command_and_language_without_parsing():
    assert cli.requested(["--lang", "zh", "solve", "x.toml"]) == ("solve", "zh")
    assert cli.requested(["report", "validate.toml", "-o", "solve.pdf"]) == ("report", "en")
    assert cli.requested([]) == (None, "en")
