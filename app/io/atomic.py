"""Atomic, checked file replacement shared by every writer (scenario saves, autosaves, report
exports).

Each writer gets its own temporary name beside the target, ``.<name>.<pid>.<random>.tmp``
(the name shortened so that the temp name fits the file system's 255 bytes), so two
processes exporting to one target never write into each other's file; the writer's data is
flushed and fsynced and any error (disk full included) is raised *before* the rename, so the
old file stays byte-identical; then one ``os.replace``. Temp files of writers that died are
deleted by the next writer in that folder (:func:`remove_stale_temps`).
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import shutil
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from app.domain.text import tr

NAME_MAX = 255
"""Longest file name (bytes) on the file systems we support (ext4, xfs, btrfs, NTFS, APFS)."""
_TEMP_EXTRA = 40  # "." + "." + pid + "." + random (8-12) + ".tmp", with room to spare
STAGE_PREFIX = ".cpn-export-"


class WriteFailed(OSError):
    """A write that failed, with one sentence saying why (disk full, read-only, ...)."""

    def __str__(self) -> str:
        return str(self.strerror)


def temp_stem(name: str) -> str:
    """``name`` shortened (whole characters) so that ``.<stem>.<pid>.<random>.tmp`` fits in
    :data:`NAME_MAX` bytes."""
    room = NAME_MAX - _TEMP_EXTRA
    encoded = name.encode("utf-8", "surrogatepass")
    if len(encoded) <= room:
        return name
    return encoded[:room].decode("utf-8", "ignore")


def process_running(pid: int) -> bool:
    """Whether process ``pid`` exists (POSIX; elsewhere only this process counts)."""
    if pid == os.getpid():
        return True
    if os.name != "posix" or pid <= 0:
        return False
    try:
        os.kill(pid, 0)  # signal 0: existence check only
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    except OSError:
        return False
    return True


def remove_stale_temps(folder: str | Path, name: str = "*") -> list[Path]:
    """Delete what killed writers of ``name`` (default: any file) left in ``folder``: temp
    files ``.<name>.<pid>.<random>.tmp`` and export staging folders ``.cpn-export-<pid>-*``
    of processes no longer running; returns them. A running writer's files stay."""
    removed = []
    stem = temp_stem(name) if name != "*" else "*"
    pattern = f".{glob.escape(stem) if stem != '*' else '*'}.*.tmp"
    for tmp in Path(folder).glob(pattern):
        pid = tmp.name.removesuffix(".tmp").split(".")[-2]
        if pid.isdigit() and not process_running(int(pid)):
            with contextlib.suppress(OSError):
                tmp.unlink()
                removed.append(tmp)
    for stage in Path(folder).glob(f"{STAGE_PREFIX}*"):
        pid = stage.name.removeprefix(STAGE_PREFIX).split("-")[0]
        if pid.isdigit() and not process_running(int(pid)) and stage.is_dir():
            shutil.rmtree(stage, ignore_errors=True)
            removed.append(stage)
    return removed


def is_read_only(path: Path) -> bool:
    """Whether ``path`` is an existing file its owner may not write (also for root, who
    could write anything: the planner's read-only mark is what counts)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return stat.S_ISREG(mode) and (not mode & stat.S_IWUSR or not os.access(path, os.W_OK))


def target_problem(out: str | Path) -> str | None:
    """Why ``out`` cannot be written, in one sentence, or None: its folder is missing or may
    not be written in, it is a folder, it is a read-only file, or its name is too long. Ask
    before long work, so that the work is not lost at the end."""
    out = Path(out)
    folder = out.parent
    try:
        folder_there = stat.S_ISDIR(os.stat(folder).st_mode)
    except (FileNotFoundError, NotADirectoryError):
        folder_there = False
    except OSError as exc:
        return failure_sentence(exc, out)
    if not folder_there:
        return tr("the folder {folder} does not exist; create it or choose another").format(
            folder=folder
        )
    try:
        mode = os.stat(out).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:  # a name too long for the file system, a loop of links, ...
        return failure_sentence(exc, out)
    if mode is not None and stat.S_ISDIR(mode):
        return tr("{path} is a folder; give a file name").format(path=out)
    if not os.access(folder, os.W_OK):
        return _why_not_writable(out)
    if is_read_only(out):
        return tr("{name} is read-only; choose another name").format(name=out.name)
    return None


def _why_not_writable(out: Path) -> str | None:
    """Why a file cannot be made beside ``out`` (its folder refused ``os.access``), from the
    system's own answer: a temp file is tried, so a read-only file system, a full disk or a
    missing permission each get their sentence (:func:`failure_sentence`); None when the
    temp file could be made after all (``os.access`` is only a hint: ACLs, root)."""
    try:
        new_temp(out).unlink()
    except OSError as exc:
        return failure_sentence(exc, out)
    return None


def failure_sentence(exc: BaseException, path: str | Path) -> str:
    """One sentence for a failed write of ``path``: disk full, read-only file system, name too
    long, permission denied, no such folder, a folder in the way, or the system's own words
    for anything else."""
    code = getattr(exc, "errno", None)
    where = Path(path)
    if code in (errno.ENOSPC, errno.EDQUOT):
        text = tr("the disk is full: {name} was not written and the old file is unchanged")
    elif code == errno.EFBIG:
        text = tr(
            "{name} would be larger than this system allows: it was not written and the old "
            "file is unchanged"
        )
    elif code == errno.EROFS:
        text = tr("the file system of {folder} is read-only: {name} was not written")
    elif code == errno.ENAMETOOLONG:
        text = tr("the file name {name} is too long for this file system")
    elif code in (errno.EACCES, errno.EPERM):
        text = tr("permission denied: cannot write {name} in {folder}")
    elif code == errno.ENOENT:  # the temp file beside the target could not be made
        text = tr("the folder {folder} does not exist; create it or choose another")
    elif code == errno.EISDIR:
        return tr("{path} is a folder; give a file name").format(path=where)
    else:
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        return tr("{name} could not be written: {reason}").format(name=where.name, reason=reason)
    return text.format(name=where.name, folder=where.parent)


def _fsync_path(path: str | Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(directory: Path) -> None:
    """Make a rename durable (POSIX); directories cannot be opened this way on Windows."""
    if os.name == "posix":
        with contextlib.suppress(OSError):
            _fsync_path(directory)


def new_temp(path: Path) -> Path:
    """A fresh, empty temp file of this process beside ``path`` (never another writer's)."""
    fd, tmp = tempfile.mkstemp(
        prefix=f".{temp_stem(path.name)}.{os.getpid()}.", suffix=".tmp", dir=path.parent
    )
    os.close(fd)
    return Path(tmp)


def atomic_write(path: str | Path, write: Callable[[Path], object]) -> Path:
    """Replace ``path`` by what ``write(tmp)`` writes into its own temp file: flushed, fsynced,
    then renamed. Keeps an existing file's permissions; refuses a read-only file. Any failure
    raises :class:`WriteFailed` with one sentence and leaves the old file untouched."""
    path = Path(path)
    if is_read_only(path):
        raise WriteFailed(
            errno.EACCES,
            tr("{name} is read-only; choose another name").format(name=path.name),
        )
    remove_stale_temps(path.parent, path.name)
    try:
        tmp = new_temp(path)
    except OSError as exc:
        raise WriteFailed(exc.errno, failure_sentence(exc, path)) from None
    try:
        write(tmp)
        put_in_place(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, WriteFailed):
            raise
        raise WriteFailed(exc.errno, failure_sentence(exc, path)) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)
    return path


def put_in_place(tmp: Path, path: Path) -> None:
    """The last steps of an atomic write: ``tmp`` (written, closed) fsynced, given ``path``'s
    permissions (0644 for a new file) and renamed over it; OSError as the system raises it
    (fsync the folder after)."""
    _fsync_path(tmp)  # a full disk shows here at the latest, before the rename
    with contextlib.suppress(OSError):
        os.chmod(tmp, path.stat().st_mode & 0o7777 if path.exists() else 0o644)
    os.replace(tmp, path)


def atomic_write_bytes(path: str | Path, data: bytes) -> Path:
    """:func:`atomic_write` of ``data``."""

    def write(tmp: Path) -> None:
        with open(tmp, "wb") as f:
            f.write(data)

    return atomic_write(path, write)
