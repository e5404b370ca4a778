"""Where the built-in data lives and where caches go (no Qt)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_cache_dir

#: Repository root (``app/`` sits directly under it).
ROOT = Path(__file__).resolve().parent.parent
#: Built-in datasets (CSV tables and their README with sources).
DATA_DIR = Path(os.environ.get("CPN_DATA_DIR", ROOT / "data"))


def cache_dir() -> Path:
    """Per-user cache directory (``CPN_CACHE_DIR`` overrides, e.g. in tests)."""
    path = Path(os.environ.get("CPN_CACHE_DIR") or user_cache_dir("cpn-planner"))
    path.mkdir(parents=True, exist_ok=True)
    return path
