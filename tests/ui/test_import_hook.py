"""Imports can skip PySide6's import hook (which reads every later module's source)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_imports_skip_the_pyside_hook_only_inside_the_block():
    code = (
        "import builtins\n"
        "import app.ui.import_hook as h\n"  # before PySide6, as app.__main__ does
        "original = builtins.__import__\n"
        "import PySide6.QtCore\n"
        "hooked = builtins.__import__\n"
        "assert hooked is not original\n"
        "with h.without_pyside_hook():\n"
        "    assert builtins.__import__ is original\n"
        "    import colorsys\n"
        "assert builtins.__import__ is hooked\n"
        "print('ok')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "ok", out.stderr
