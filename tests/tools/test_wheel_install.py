"""A wheel built from a clean clone works outside the checkout (tools/check_wheel.sh).

Slow (~30 s: clone, build, fresh venv from pip's cache or the package index), but it is the
only test that sees the package the way a user installs it, so CI runs it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_wheel_from_clean_clone_solves_renders_and_speaks_chinese() -> None:
    if not (REPO / ".git").exists() or shutil.which("git") is None:
        pytest.fail("needs a git checkout and git: the check builds from a clean clone")
    done = subprocess.run(
        ["bash", str(REPO / "tools" / "check_wheel.sh"), "--python", sys.executable],
        capture_output=True,
        text=True,
        timeout=280,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    assert "all passed" in done.stdout
    assert "map.png" in done.stdout and "status optimal" in done.stdout
