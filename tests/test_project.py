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


def test_code_is_formatted_and_lint_clean():
    """``ruff format --check`` and ``ruff check`` (settings in pyproject.toml) pass on the tree."""
    for args in (["format", "--check", "."], ["check", "."]):
        result = subprocess.run(
            [sys.executable, "-m", "ruff", *args], cwd=ROOT, capture_output=True, text=True
        )
        assert result.returncode == 0, f"ruff {' '.join(args)}:\n{result.stdout}{result.stderr}"


def test_engine_imports_without_qt_loaded():
    code = (
        "import sys, app.datasets.atlas, app.engine.maps.classify, app.domain.metrics; "
        "assert not any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def _quick_start_commands() -> list[str]:
    """The command lines of the README's bash blocks up to "What a planner can do"."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```(?:bash|sh)\n(.*?)```", quick_start, flags=re.S)
    lines = [line.split(" #", 1)[0].strip() for block in blocks for line in block.splitlines()]
    return [line for line in lines if line and not line.startswith("#")]


def test_readme_quick_start_is_two_commands():
    commands = _quick_start_commands()
    assert len(commands) == 2, commands
    assert any("--test" in c for c in commands), commands


def test_ci_runs_the_readme_test_command_verbatim():
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    test_command = next(c for c in _quick_start_commands() if "--test" in c)
    assert test_command in [line.strip() for line in ci_lines], (
        f"{test_command!r} is not a line of .ci/run"
    )


def test_install_script_runs_from_a_fresh_clone():
    """A clone keeps the executable bit only if git records it; bash must parse the script."""
    staged = subprocess.run(
        ["git", "ls-files", "-s", "install.sh"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert staged.startswith("100755"), staged or "install.sh is not tracked"
    subprocess.run(["bash", "-n", str(ROOT / "install.sh")], check=True)


def test_qt_pinned_below_the_crashing_release():
    text = (ROOT / "pyproject.toml").read_text()
    assert '"PySide6-Essentials>=6.10,<6.12"' in text


def test_core_type_checks():
    """mypy (settings in pyproject.toml) is clean on app/domain, app/engine and app/io."""
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(ROOT / ".mypy_cache")],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _import_cycles(graph) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles = []
    for root in sorted(graph.modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    work.append(
                        (child, iter(sorted(graph.find_modules_directly_imported_by(child))))
                    )
                elif child in stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    cycles.append(sorted(group))
    return cycles


def test_no_import_circles():
    """No module imports itself through others (imports inside functions count too)."""
    import grimp

    graph = grimp.build_graph("app", cache_dir=None)
    assert _import_cycles(graph) == []
    # the check sees a circle when there is one
    graph.add_import(importer="app.paths", imported="app.io.toml_names")
    cycles = _import_cycles(graph)
    assert any({"app.io.toml_names", "app.paths"} <= set(c) for c in cycles), cycles


def test_engine_is_grouped_by_concept():
    """app/engine holds only the evaluate seam and sub-packages; each sub-package's __init__
    is a docstring saying what it owns, with no re-exports."""
    import ast

    engine = ROOT / "app" / "engine"
    flat = sorted(p.name for p in engine.glob("*.py") if p.name != "__init__.py")
    assert flat == ["evaluate.py"], flat
    packages = sorted(p for p in engine.iterdir() if (p / "__init__.py").is_file())
    assert len(packages) >= 5, packages
    for package in packages:
        tree = ast.parse((package / "__init__.py").read_text(encoding="utf-8"))
        docstring = ast.get_docstring(tree)
        assert docstring, f"{package.name}/__init__.py has no docstring"
        assert len(tree.body) == 1, f"{package.name}/__init__.py holds more than its docstring"
