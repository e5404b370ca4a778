"""A reader that goes away early (``cpn-planner solve --json | head -1``) ends the command
quietly: no traceback, exit status 141 (128 + SIGPIPE) when output was cut short."""

from __future__ import annotations

import subprocess
import sys


def test_a_closed_stdout_ends_quietly_with_141():
    # prefecture regions: about 120 kB of JSON, more than a pipe holds, so the writer is
    # still writing when the reader closes its end
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "solve", "--json", "--regions", "prefecture"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline() == b"{\n"
    proc.stdout.close()  # the reader goes away, as `head -1` does
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 141, err
    assert "Traceback" not in err and "BrokenPipeError" not in err, err
    assert err == ""
