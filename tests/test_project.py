"""Project habits that CI and users rely on."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_pure_core_never_imports_qt():
    """The import-linter contract in pyproject.toml: domain/datasets/engine/io/sweep are Qt-free."""
    code = "import sys; from importlinter.cli import lint_imports; sys.exit(lint_imports(no_cache=True))"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "KEPT" in result.stdout


def test_engine_imports_without_qt_loaded():
    code = ("import sys, app.datasets.atlas, app.engine.classify, app.domain.metrics; "
            "assert not any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules)")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def test_ci_runs_the_readme_test_command_verbatim():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = re.findall(r"```(?:bash|sh)\n(.*?)```", readme, flags=re.S)
    quick_start = [c.strip() for c in commands if "pytest" in c]
    assert quick_start, "README has no test command in a bash block"
    assert quick_start[0] in ci, f"{quick_start[0]!r} not in .ci/run"


def test_qt_pinned_below_the_crashing_release():
    text = (ROOT / "pyproject.toml").read_text()
    assert '"PySide6-Essentials>=6.10,<6.12"' in text
