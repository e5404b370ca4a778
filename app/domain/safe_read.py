"""Reading a file the planner named, defensively: only regular files, size-capped, never
blocking on a pipe or a device, and errors that name the file and what was expected without
echoing its content.

Every reader of a planner's file goes through here: scenario files (:func:`read_bytes`),
weather files, ``[base]`` tables and user layers (:func:`check_file` before a library such as
pandas or GDAL opens the path).
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Collection
from pathlib import Path

from app.domain.text import tr

MB = 1024 * 1024


class FileRefused(ValueError):
    """A path that is not a readable regular file of the expected kind; ``problem`` is one
    sentence without the file's content, ``path`` the file."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path, self.problem = Path(path), problem
        super().__init__(f"{path}: {problem}")


def _size_text(limit: int) -> str:
    return f"{limit / MB:g} MB" if limit >= MB else f"{limit} bytes"


def check_file(
    path: str | Path, *, max_bytes: int, expected: str, suffixes: Collection[str] | None = None
) -> int:
    """The size of ``path`` after checking that it is an existing regular file (a symlink to
    one is fine) of at most ``max_bytes`` with one of ``suffixes`` (lower case, with the dot).

    ``expected`` says what the file should be (e.g. "an EPW or CSV weather file"); it is part
    of every message. Raises :class:`FileRefused`; never opens the file, so a named pipe or a
    device is refused without blocking.
    """
    path = Path(path)
    if suffixes is not None and path.suffix.lower() not in suffixes:
        kinds = ", ".join(sorted(suffixes))
        raise FileRefused(
            path,
            tr("expected {expected} ({kinds}), got a '{suffix}' file").format(
                expected=expected, kinds=kinds, suffix=path.suffix or tr("no extension")
            ),
        )
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise FileRefused(
            path, tr("file not found (expected {expected})").format(expected=expected)
        ) from None
    except OSError as exc:
        raise FileRefused(path, _unreadable(exc)) from None
    return _check_stat(path, info, max_bytes, expected)


def _unreadable(exc: OSError) -> str:
    return tr("cannot be read ({error})").format(error=os_error_words(exc))


def os_error_words(exc: OSError) -> str:
    """Why an operating-system call failed, in the planner's words and language (the system's
    own English text only for a rare error without words here)."""
    words = {
        errno.ENOENT: tr("no such file or folder"),
        errno.ENOTDIR: tr("a part of the path is a file, not a folder"),
        errno.EISDIR: tr("it is a folder"),
        errno.EACCES: tr("permission denied"),
        errno.EPERM: tr("permission denied"),
        errno.EROFS: tr("the file system is read-only"),
        errno.ENOSPC: tr("the disk is full"),
        errno.ENAMETOOLONG: tr("the name is too long"),
        errno.ELOOP: tr("too many symbolic links (a loop)"),
    }
    return words.get(exc.errno or 0) or exc.strerror or type(exc).__name__


def not_utf8(data: bytes, exc: UnicodeDecodeError) -> str:
    """Where ``data`` stops being UTF-8, in words: the byte offset in the file (counted from 0,
    a byte-order mark included) and the line and column there (from 1), never the codec's
    text."""
    text = exc.object if isinstance(exc.object, bytes) else data
    offset = exc.start + len(data) - len(text)  # utf-8-sig reports past the mark
    line_start = text.rfind(b"\n", 0, exc.start) + 1
    column = len(text[line_start : exc.start].decode("utf-8", "replace")) + 1
    return tr("not UTF-8 text at byte offset {offset} (line {line}, column {column})").format(
        offset=offset, line=text.count(b"\n", 0, exc.start) + 1, column=column
    )


def _too_big(size: str, expected: str, max_bytes: int) -> str:
    return tr("is too big ({size}; the limit for {expected} is {limit})").format(
        size=size, expected=expected, limit=_size_text(max_bytes)
    )


def _check_stat(path: Path, info: os.stat_result, max_bytes: int, expected: str) -> int:
    if stat.S_ISDIR(info.st_mode):
        raise FileRefused(
            path, tr("is a folder, not a file (expected {expected})").format(expected=expected)
        )
    if not stat.S_ISREG(info.st_mode):
        raise FileRefused(
            path,
            tr("is not a regular file (a pipe, device or socket); expected {expected}").format(
                expected=expected
            ),
        )
    if info.st_size > max_bytes:
        raise FileRefused(path, _too_big(_size_text(info.st_size), expected, max_bytes))
    return info.st_size


def read_bytes(
    path: str | Path, *, max_bytes: int, expected: str, suffixes: Collection[str] | None = None
) -> bytes:
    """The content of ``path``, checked as in :func:`check_file`. The file is opened
    non-blocking and checked again on the open descriptor (a path swapped for a pipe between
    the check and the open is still refused), and at most ``max_bytes`` are read."""
    path = Path(path)
    check_file(path, max_bytes=max_bytes, expected=expected, suffixes=suffixes)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise FileRefused(path, _unreadable(exc)) from None
    with os.fdopen(fd, "rb") as f:
        _check_stat(path, os.fstat(f.fileno()), max_bytes, expected)
        data = f.read(max_bytes + 1)
    if len(data) > max_bytes:  # grew since the check
        raise FileRefused(path, _too_big(_size_text(len(data)), expected, max_bytes))
    return data


_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def strip_controls(text: str) -> str:
    """``text`` without control characters (ANSI escapes, carriage returns, bidirectional
    overrides) except newline and tab, so a name cannot rewrite the planner's terminal."""
    return _CONTROLS.sub("", text)


def check_zip(path: str | Path, *, max_unpacked: int, expected: str) -> list:
    """The members of the zip archive ``path`` (an XLSX workbook), after checking from its
    directory, before anything is inflated, that they unpack to at most ``max_unpacked``
    bytes in all: a 6 MB file that inflates to gigabytes (a zip bomb) is refused at once.
    Raises :class:`FileRefused`."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise FileRefused(
            path,
            tr("not a readable {expected} ({suffix})").format(
                expected=expected, suffix=Path(path).suffix
            ),
        ) from None
    unpacked = sum(m.file_size for m in members)
    if unpacked > max_unpacked:
        raise FileRefused(
            path,
            tr("unpacks to {size}; at most {limit} is allowed").format(
                size=f"{unpacked / MB:,.0f} MB", limit=_size_text(max_unpacked)
            ),
        )
    return members
