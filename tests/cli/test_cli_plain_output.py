"""What the CLI prints carries no control characters: a name (here a file name) with an ANSI
escape cannot clear or rewrite the planner's terminal."""

from __future__ import annotations

import io
import subprocess
import sys

from app.cli.plain_output import PlainStream
from app.domain.safe_read import strip_controls

HOSTILE = "plan\x1b[2J\x1b]0;owned\x07\r\u202etxt"


def test_strip_controls_keeps_text_newlines_and_tabs():
    assert strip_controls("a\tb\nc" + HOSTILE) == "a\tb\nc" + "plan[2J]0;ownedtxt"


def test_plain_stream_filters_what_is_written():
    out = io.StringIO()
    stream = PlainStream(out)
    print("name:", HOSTILE, file=stream)
    assert out.getvalue() == "name: plan[2J]0;ownedtxt\n"


def test_validate_prints_a_hostile_file_name_without_escapes(tmp_path):
    path = tmp_path / (HOSTILE + ".toml")
    path.write_text('format = "cpn-scenario"\nversion = 1\n', encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "app", "validate", str(path)], capture_output=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert b"valid" in done.stdout and b"plan[2J]0;owned" in done.stdout
    assert not any(b in done.stdout + done.stderr for b in (b"\x1b", b"\x07", b"\r"))
