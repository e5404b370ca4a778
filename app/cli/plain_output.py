"""What the headless commands print passes through :func:`strip_controls`: names come from
scenario and data files, and an ANSI escape in a name must not rewrite the terminal."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator

from app.domain.safe_read import strip_controls


class PlainStream:
    """A text stream that writes ``strip_controls(text)`` to ``stream``."""

    def __init__(self, stream) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(strip_controls(text))
        return len(text)

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


@contextlib.contextmanager
def plain_output() -> Iterator[None]:
    """Within the block, stdout and stderr print no control characters."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = PlainStream(out), PlainStream(err)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err
