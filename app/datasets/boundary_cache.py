"""The boundary cache on disk: flat numpy arrays in CRC-checked ``.npz`` files.

A cache only saves time, so it never stops the app: ANY failure reading one (truncated, empty,
bit-flipped, a folder in its place, unreadable, inconsistent arrays) means "rebuild", and a
cache folder that cannot be made or written means running without a cache, said once in the
log. Writes are atomic (own temporary name in the same folder, fsync, rename).
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import numpy as np

from app.domain.safe_read import os_error_words
from app.domain.text import tr
from app.paths import cache_dir

_log = logging.getLogger(__name__)
_warned: set[str] = set()
T = TypeVar("T")


def warn_once(message: str) -> None:
    """Log ``message`` as a warning the first time only (one warning per process)."""
    if "no-cache" not in _warned:
        _warned.add("no-cache")
        _log.warning(message)


def cache_file(name: str) -> Path | None:
    """``name`` in the cache folder; None (after one warning) when the folder is unusable."""
    try:
        return cache_dir() / name
    except OSError as exc:
        warn_once(
            tr("boundary cache unusable ({reason}); running without a cache").format(
                reason=_reason(exc)
            )
        )
        return None


def _reason(exc: OSError) -> str:
    """'<path>: <why>' in the planner's words (no '[Errno 20] ...')."""
    words = os_error_words(exc)
    return f"{exc.filename}: {words}" if exc.filename else words


def read_cache(path: Path | None, read: Callable[[dict[str, np.ndarray]], T]) -> T | None:
    """``read`` of the arrays cached at ``path``; None when there is no usable cache there.

    Whatever is wrong with the file, the caller rebuilds: a damaged file is removed (a folder
    in its place is left alone: the write after the rebuild then warns)."""
    if path is None or not path.exists():
        return None
    try:
        with np.load(path, allow_pickle=False) as z:
            return read({k: z[k] for k in z.files})
    except Exception:  # noqa: BLE001 - any damage at all: rebuild, never a crash at start-up
        if not path.is_dir():
            with contextlib.suppress(OSError):
                path.unlink()
        return None


def write_cache(path: Path | None, arrays: dict[str, np.ndarray]) -> None:
    """Save ``arrays`` atomically at ``path``; a failure only means no cache (one warning)."""
    if path is None:
        return
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as f:
            np.savez(f, **arrays)  # type: ignore[arg-type]  # stubs read ** as allow_pickle
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        warn_once(
            tr("boundary cache not written ({reason}); running without a cache").format(
                reason=_reason(exc)
            )
        )
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def check_offsets(coords: np.ndarray, offsets: tuple[np.ndarray, ...], n_features: int) -> None:
    """Raise ValueError unless shapely's ragged offsets index ``coords`` consistently."""
    ring, poly, feat = offsets
    ends = (len(coords), len(ring) - 1, len(poly) - 1)
    for off, end in zip((ring, poly, feat), ends, strict=True):
        if len(off) == 0 or off[0] != 0 or off[-1] != end or np.any(np.diff(off) < 0):
            raise ValueError("inconsistent boundary cache offsets")
    if len(feat) - 1 != n_features or coords.ndim != 2 or coords.shape[1] != 2:
        raise ValueError("inconsistent boundary cache shapes")
    if not np.isfinite(coords).all():
        raise ValueError("non-finite boundary coordinates")
