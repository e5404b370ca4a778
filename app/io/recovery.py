"""Autosave and crash recovery, as plain functions (the GUI's timers and start-up call them).

Each window autosaves to ``<cache>/recovery/<stem>-<hash of its path>-<owner>.autosave.toml``
(an untitled scenario to ``untitled-<owner>.autosave.toml``), where the owner is the process
id plus a number per window (:func:`new_owner`): two windows on one file never overwrite
each other's autosave. Each is an ordinary scenario file with absolute paths, plus a small
JSON sidecar (``.autosave.json``) saying which scenario file it belongs to, the scenario's
name, which process wrote it and when. After a crash the files stay; at the next start
:func:`find_recovery` lists them (skipping those of processes still running, and deleting
temporary files of killed autosaves) and the app offers to restore them
(:func:`read_recovery`); one that cannot be read is moved aside (:func:`set_aside`). A clean
save or a clean exit calls :func:`clear_recovery`.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import os
import re
import tomllib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import tomli_w

from app.domain.scenario import Scenario
from app.io.scenario_file import (
    ScenarioError,
    atomic_write_bytes,
    dumps_scenario,
    load_scenario,
    loads_scenario,
    process_running,
    remove_stale_temps,
)
from app.paths import cache_dir

SUFFIX = ".autosave.toml"
INFO_SUFFIX = ".autosave.json"
_WINDOWS = itertools.count(1)


@dataclass(frozen=True)
class RecoveryInfo:
    """What the sidecar says about an autosave: the scenario file it belongs to (None =
    untitled), the writing process id, the save time (ISO 8601, UTC) and the scenario's
    name (for the restore prompt)."""

    path: Path
    scenario_path: Path | None
    pid: int | None
    saved_at: str
    scenario_name: str = ""


def recovery_dir() -> Path:
    """``<cache>/recovery`` (created if needed)."""
    path = cache_dir() / "recovery"
    path.mkdir(parents=True, exist_ok=True)
    return path


def new_owner() -> str:
    """A name for one window's autosaves: ``<pid>-<n>``, unique while the process runs."""
    return f"{os.getpid()}-{next(_WINDOWS)}"


def autosave_path(scenario_path: str | Path | None = None, owner: str | None = None) -> Path:
    """Where ``owner``'s autosave (default: this process's) of the scenario saved at
    ``scenario_path`` goes (None: untitled)."""
    owner = re.sub(r"[^\w-]+", "_", owner or str(os.getpid()))
    if scenario_path is None:
        return recovery_dir() / f"untitled-{owner}{SUFFIX}"
    absolute = os.path.normpath(os.path.abspath(scenario_path))
    digest = hashlib.sha256(absolute.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    stem = re.sub(r"[^\w.-]+", "_", Path(absolute).stem)[:40] or "scenario"
    return recovery_dir() / f"{stem}-{digest}-{owner}{SUFFIX}"


def _info_path(recovery_file: Path) -> Path:
    return recovery_file.with_name(recovery_file.name.removesuffix(SUFFIX) + INFO_SUFFIX)


def write_recovery(
    scenario: Scenario, scenario_path: str | Path | None = None, owner: str | None = None
) -> Path:
    """Autosave ``scenario`` as ``owner`` (default: this process) atomically, with absolute
    paths, and return the file written.

    Not validated: an autosave must never fail because of a half-finished edit. OSError
    (disk full, no permission) propagates.
    """
    target = autosave_path(scenario_path, owner)
    text = dumps_scenario(scenario, None)
    atomic_write_bytes(target, text.encode("utf-8", "replace"))
    info = {
        "scenario_path": None if scenario_path is None else os.path.abspath(scenario_path),
        "scenario_name": scenario.name,
        "pid": os.getpid(),
        "saved_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    atomic_write_bytes(_info_path(target), json.dumps(info, ensure_ascii=False).encode("utf-8"))
    return target


def recovery_info(recovery_file: str | Path) -> RecoveryInfo:
    """The sidecar of ``recovery_file`` (fields None/"" when it is missing or unreadable)."""
    path = Path(recovery_file)
    try:
        info = json.loads(_info_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        info = {}
    if not isinstance(info, dict):
        info = {}
    origin, pid, saved = info.get("scenario_path"), info.get("pid"), info.get("saved_at")
    name = info.get("scenario_name")
    return RecoveryInfo(
        path=path,
        scenario_path=Path(origin) if isinstance(origin, str) and origin else None,
        pid=pid if isinstance(pid, int) and not isinstance(pid, bool) else None,
        saved_at=saved if isinstance(saved, str) else "",
        scenario_name=name if isinstance(name, str) else "",
    )


def find_recovery() -> list[Path]:
    """Autosaves left by processes that are no longer running, newest first (this process's
    own and those of other running instances are skipped). Temporary files of autosaves
    killed mid-way are deleted."""
    try:
        folder = recovery_dir()
    except OSError:  # no usable cache folder: nothing can have been autosaved there
        return []
    remove_stale_temps(folder)
    for info in folder.glob(f"*{INFO_SUFFIX}"):  # sidecars whose autosave was deleted
        if not info.with_name(info.name.removesuffix(INFO_SUFFIX) + SUFFIX).exists():
            with contextlib.suppress(OSError):
                info.unlink()
    found = []
    for path in folder.glob(f"*{SUFFIX}"):
        pid = recovery_info(path).pid
        if pid is not None and process_running(pid):
            continue
        with contextlib.suppress(OSError):
            found.append((path.stat().st_mtime, path))
    return [path for _, path in sorted(found, key=lambda item: item[0], reverse=True)]


def read_recovery(recovery_file: str | Path) -> tuple[Scenario, Path | None]:
    """The autosaved scenario and the scenario file it belongs to (None = untitled).
    Missing referenced files are not an error here; an unreadable autosave raises
    ``ScenarioError``."""
    scenario = load_scenario(recovery_file, check_files=False)
    return scenario, recovery_info(recovery_file).scenario_path


def read_recovery_leniently(
    recovery_file: str | Path,
) -> tuple[Scenario, Path | None, list[str]]:
    """:func:`read_recovery`, but an autosave holding values a scenario file cannot (one
    written before the window refused them, e.g. ``latency_limit_ms = nan``) is restored
    without them: each refused key is left out (a required one takes its table with it, e.g.
    the site), in up to three rounds. Returns the scenario, its file and the problems left
    out ([] when it read as it is). Raises ``ScenarioError`` (the first one) when the
    autosave is not TOML, names no key or is still unreadable."""
    try:
        return (*read_recovery(recovery_file), [])
    except ScenarioError as exc:
        first = exc
    path = Path(recovery_file)
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise first from None
    problems, left_out = first.messages, []
    for _round in range(3):
        removed = [m for m in problems if _leave_out(doc, m)]
        if not removed:
            break
        left_out += removed
        doc = _compact(doc)
        try:
            scenario = loads_scenario(
                tomli_w.dumps(doc), path.absolute().parent, check_files=False, source=path
            )
        except ScenarioError as exc:
            problems = exc.messages
            continue
        return scenario, recovery_info(path).scenario_path, left_out
    raise first


_KEY_PART = re.compile(r'\.?(?:"((?:[^"\\]|\\.)*)"|([A-Za-z0-9_-]+)|\[(\d+)\])')
_GONE = object()
"""A list item left out (removed once the round is done, so later indices stay right)."""


def _key_parts(message: str) -> list[str | int]:
    """The key path a reader's message starts with (``sites[0].lon: ...`` -> ["sites", 0,
    "lon"]); [] when it names none."""
    parts: list[str | int] = []
    pos = 0
    while match := _KEY_PART.match(message, pos):
        quoted, bare, index = match.groups()
        if index is not None:
            parts.append(int(index))
        else:
            parts.append(bare if bare is not None else quoted.replace('\\"', '"'))
        pos = match.end()
    return parts if message.startswith(": ", pos) else []


def _leave_out(doc: dict, message: str) -> bool:
    """Remove the key ``message`` names from ``doc`` (a key that is missing, being required:
    the table holding it); whether anything was removed."""
    parts = _key_parts(message)
    for depth in (len(parts), len(parts) - 1):
        if depth < 1:
            return False
        holder = doc
        for part in parts[: depth - 1]:
            holder = _child(holder, part)
        last = parts[depth - 1]
        if _child(holder, last) is not None:
            holder[last] = _GONE
            return True
    return False


def _child(holder, part):
    if isinstance(holder, dict) and isinstance(part, str):
        value = holder.get(part)
    elif isinstance(holder, list) and isinstance(part, int) and part < len(holder):
        value = holder[part]
    else:
        return None
    return None if value is _GONE else value


def _compact(value):
    """``value`` without the keys and items left out."""
    if isinstance(value, dict):
        return {k: _compact(v) for k, v in value.items() if v is not _GONE}
    if isinstance(value, list):
        return [_compact(v) for v in value if v is not _GONE]
    return value


def clear_recovery(
    scenario_path: str | Path | None = None,
    *,
    recovery_file: str | Path | None = None,
    owner: str | None = None,
) -> None:
    """Delete an autosave and its sidecar: ``recovery_file`` if given, else ``owner``'s
    (default: this process's) autosave of ``scenario_path`` (None: untitled). Only that one:
    other windows' and other files' autosaves stay. Missing files are fine; a path outside
    the recovery folder raises ValueError (never deletes the planner's own files); without a
    usable cache folder there is nothing to delete."""
    try:
        folder = recovery_dir().resolve()
    except OSError:
        return
    target = (
        Path(recovery_file) if recovery_file is not None else autosave_path(scenario_path, owner)
    )
    if target.resolve().parent != folder or not target.name.endswith(SUFFIX):
        raise ValueError(f"not an autosave file: {target}")
    for path in (target, _info_path(target)):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def set_aside(recovery_file: str | Path) -> Path:
    """Move an autosave that cannot be restored out of the way (``<name>.damaged``, beside
    it; its sidecar deleted), so it is never offered again but stays for inspection. Returns
    where it went (its old path if it could not be moved; then it is deleted)."""
    path = Path(recovery_file)
    aside = path.with_name(path.name + ".damaged")
    try:
        os.replace(path, aside)
    except OSError:
        with contextlib.suppress(OSError):
            path.unlink()
        aside = path
    with contextlib.suppress(OSError):
        _info_path(path).unlink()
    return aside
