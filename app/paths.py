"""Where the built-in data lives and where caches go (no Qt).

A wheel carries the repository's top-level ``data/`` as ``app/_data`` and
``resources/translations`` as ``app/_translations`` (pyproject's force-include); an editable
checkout has neither, so the repository folders are used. Both are found through
:mod:`importlib.resources`, never through the current directory.

The paths are computed on first use (module ``__getattr__``): ``cpn-planner --help`` imports
this module through the language setting and should not pay for :mod:`importlib.resources`.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path


@functools.cache
def _paths() -> dict[str, Path]:
    from importlib.resources import files

    #: The installed (or checked-out) ``app`` package.
    package_dir = Path(str(files("app")))
    #: Repository root in a checkout (``app/`` sits directly under it); unused by a wheel.
    root = package_dir.parent

    def bundled(in_package: str, in_checkout: Path) -> Path:
        """The packaged copy if this is an installed wheel, else the checkout's folder."""
        packaged = package_dir / in_package
        return packaged if packaged.is_dir() else in_checkout

    return {
        "PACKAGE_DIR": package_dir,
        "ROOT": root,
        # Built-in datasets (CSV tables, example scenarios and their README with sources).
        "DATA_DIR": Path(os.environ.get("CPN_DATA_DIR") or bundled("_data", root / "data")),
        # Compiled translations (``cpn_<lang>.qm``).
        "TRANSLATIONS_DIR": bundled("_translations", root / "resources" / "translations"),
    }


def __getattr__(name: str) -> Path:
    """``DATA_DIR``, ``TRANSLATIONS_DIR``, ``PACKAGE_DIR``, ``ROOT`` (type checkers read them
    as Path through this signature)."""
    try:
        return _paths()[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None


def cache_dir() -> Path:
    """Per-user cache directory (``CPN_CACHE_DIR`` overrides, e.g. in tests)."""
    from platformdirs import user_cache_dir

    path = Path(os.environ.get("CPN_CACHE_DIR") or user_cache_dir("cpn-planner"))
    path.mkdir(parents=True, exist_ok=True)
    return path
