"""Settings read defensively: the settings file is outside the app's control (truncated by a
crash, edited by hand, written by another version), so a value of the wrong type is ignored
and an oversized list is cut, never a crash or a hang at start."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

MAX_LIST = 64
"""Longest list read from the settings (the recent-files menu shows 8)."""


def read_bytes(key: str) -> QByteArray | None:
    """A saved geometry or window state: None unless the stored value is bytes."""
    value = _value(key)
    if isinstance(value, QByteArray):
        return value
    if isinstance(value, bytes | bytearray):
        return QByteArray(bytes(value))
    return None


def read_text(key: str, default: str) -> str:
    """A string setting; ``default`` for anything else."""
    value = _value(key)
    return value if isinstance(value, str) and value else default


def read_texts(key: str, limit: int = MAX_LIST) -> list[str]:
    """A list of strings (a lone string counts as a list of one), at most ``limit`` of them;
    entries of other types are skipped. A longer stored list is cut in the file too."""
    value = _value(key)
    items = value[: limit * 4] if isinstance(value, list) else [value]
    texts = [v for v in items if isinstance(v, str) and v][:limit]
    if isinstance(value, list) and len(value) > limit:  # heal the file: the next start is fast
        QSettings().setValue(key, texts)
    return texts


def _value(key: str) -> object:
    try:
        return QSettings().value(key)
    except Exception:  # noqa: BLE001 - a value Qt cannot convert is as good as none
        return None
