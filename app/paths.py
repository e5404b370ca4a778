"""Where the built-in data lives and where caches go (no Qt).

A wheel carries the repository's top-level ``data/`` as ``app/_data`` and
``resources/translations`` as ``app/_translations`` (pyproject's force-include); an editable
checkout has neither, so the repository folders are used. Both are found through
:mod:`importlib.resources`, never through the current directory.
"""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

from platformdirs import user_cache_dir

#: The installed (or checked-out) ``app`` package.
PACKAGE_DIR = Path(str(files("app")))
#: Repository root in a checkout (``app/`` sits directly under it); unused by a wheel install.
ROOT = PACKAGE_DIR.parent


def _bundled(in_package: str, in_checkout: Path) -> Path:
    """The packaged copy if this is an installed wheel, else the checkout's folder."""
    packaged = PACKAGE_DIR / in_package
    return packaged if packaged.is_dir() else in_checkout


#: Built-in datasets (CSV tables, example scenarios and their README with sources).
DATA_DIR = Path(os.environ.get("CPN_DATA_DIR") or _bundled("_data", ROOT / "data"))
#: Compiled translations (``cpn_<lang>.qm``).
TRANSLATIONS_DIR = _bundled("_translations", ROOT / "resources" / "translations")


def cache_dir() -> Path:
    """Per-user cache directory (``CPN_CACHE_DIR`` overrides, e.g. in tests)."""
    path = Path(os.environ.get("CPN_CACHE_DIR") or user_cache_dir("cpn-planner"))
    path.mkdir(parents=True, exist_ok=True)
    return path
