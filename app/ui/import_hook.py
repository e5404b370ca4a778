"""Imports that skip PySide6's import hook.

PySide6 replaces ``builtins.__import__`` with a hook that reads the source of every module
imported after it (``inspect.getsource``) to see whether it uses PySide6 (for its
``from __feature__ import ...`` switches, which this app does not use). pandas, pyproj and
shapely are ~750 modules, none using PySide6: for them the hook only costs time (~0.25 s when
the national tables load after the first paint). The original import is captured when this
module is imported, which the GUI entry point does before PySide6 (``app.__main__``); imported
later, the captured import is the hook itself and nothing changes.
"""

from __future__ import annotations

import builtins
import contextlib
from collections.abc import Iterator

_ORIGINAL_IMPORT = builtins.__import__


@contextlib.contextmanager
def without_pyside_hook() -> Iterator[None]:
    """Imports in this block (in any thread) use Python's own import, not PySide6's hook."""
    hooked = builtins.__import__
    if hooked is _ORIGINAL_IMPORT:
        yield
        return
    builtins.__import__ = _ORIGINAL_IMPORT
    try:
        yield
    finally:
        builtins.__import__ = hooked
