"""Typed reading of a parsed TOML document that collects every problem with its key path.

Each problem reads ``key.path: what is wrong, got VALUE``, e.g.
``sites[2].capacity_mw: must be > 0, got -5``. Getters never raise on bad data: they record
the problem and return a harmless fallback so that reading goes on and reports everything at
once; the caller raises when :attr:`Checker.problems` is not empty.
"""

from __future__ import annotations

import difflib
import math
import os
import re
import unicodedata
from collections.abc import Collection, Iterable
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from app.domain.ranges import range_problem
from app.domain.safe_read import MB, FileRefused, check_file
from app.domain.text import tr

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
REQUIRED: Any = object()
"""Sentinel default: the key must be present."""


def key_path(parent: str, key: str | int) -> str:
    """``parent.key`` (``parent[i]`` for an index); keys that are not bare are quoted."""
    if isinstance(key, int):
        return f"{parent}[{key}]"
    part = key if _BARE_KEY.fullmatch(key) else '"' + key.replace('"', '\\"') + '"'
    return f"{parent}.{part}" if parent else part


_SHOWN_CHARS = 60
"""Longer strings, arrays and tables are shortened with '...' in messages."""
MAX_NAME_CHARS = 200
"""A name or id longer than this is a pasted document, not a name: it would fill every table
and title (a 10 MB name made a 44 MB PDF)."""


def visible(text: str) -> str:
    """``text`` without spaces and invisible characters (zero-width spaces, joiners, controls):
    what a table shows of it. An id that is only invisible characters is empty."""
    return "".join(c for c in text if unicodedata.category(c) not in _INVISIBLE)


_INVISIBLE = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp"})


def same_id_key(text: str) -> str:
    """Ids that read the same compare equal: NFC form, case folded, zero-width and control
    characters dropped (spaces kept: "Site 1" and "Site1" read differently)."""
    text = unicodedata.normalize("NFC", text)
    return "".join(c for c in text if unicodedata.category(c) not in ("Cc", "Cf")).casefold()


def show(value: object) -> str:
    """A value as a message shows it: TOML spelling, strings quoted, and arrays and inline
    tables written out (``[125, 40, 100, 30]``, ``{a = 1}``), each shortened."""
    if isinstance(value, str):
        text = repr(value)
        return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 4] + "...'"
    if isinstance(value, list | dict):
        text = _inline(value, _SHOWN_CHARS + 1)
        if len(text) <= _SHOWN_CHARS:
            return text
        return text[: _SHOWN_CHARS - 4] + ("...]" if isinstance(value, list) else "...}")
    if isinstance(value, datetime | date | time):
        return tr("the date/time {value}").format(value=value.isoformat())
    return _scalar(value)


def _scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return repr(value) if isinstance(value, str) else str(value)


def _inline(value: object, budget: int) -> str:
    """TOML-like text of ``value``, stopping once it is ``budget`` characters long (a huge
    array is never written out whole)."""
    if budget <= 0:
        return "..."
    if not isinstance(value, list | dict):
        return _scalar(value)[: budget + 1]
    pairs = value.items() if isinstance(value, dict) else ((None, v) for v in value)
    parts: list[str] = []
    used = 2
    for key, item in pairs:
        text = _inline(item, budget - used)
        if key is not None:
            text = f"{key_path('', str(key))} = {text}"
        parts.append(text)
        used += len(text) + 2
        if used > budget:
            break
    body = ", ".join(parts)
    return f"[{body}]" if isinstance(value, list) else f"{{{body}}}"


class Checker:
    """Reads values out of TOML tables and collects problems.

    ``base_dir`` resolves relative paths; with ``check_files`` a path that does not exist is
    a problem (recorded in ``missing_files`` too).
    """

    def __init__(self, base_dir: Path | None = None, check_files: bool = True) -> None:
        self.base_dir = base_dir
        self.check_files = check_files
        self.problems: list[str] = []
        self.missing_files: list[Path] = []

    def add(self, path: str, message: str) -> None:
        self.problems.append(f"{path}: {message}" if path else message)

    # ---- containers ------------------------------------------------------------------------
    def table(self, value: object, path: str, keys: Collection[str] | None) -> dict[str, Any]:
        """``value`` as a table ({} if it is not one); unknown keys are problems unless
        ``keys`` is None (free keys, checked by the caller)."""
        if not isinstance(value, dict):
            self.add(path, tr("must be a table, got {value}").format(value=show(value)))
            return {}
        if keys is not None:
            for key in value:
                if key not in keys:
                    self.unknown_key(key_path(path, key), key, keys)
        return value

    def unknown_key(self, path: str, key: str, known: Iterable[str]) -> None:
        known = list(known)
        close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
        hint = (
            tr("did you mean {key}?").format(key=repr(close[0]))
            if close
            else tr("expected one of: {keys}").format(keys=", ".join(known))
        )
        self.add(path, tr("unknown key ({hint})").format(hint=hint))

    def tables(
        self,
        parent: dict[str, Any],
        key: str,
        path: str,
        keys: Collection[str],
    ) -> list[tuple[str, dict[str, Any]]] | None:
        """An array of tables as (key path, table) pairs; None when absent or not an array.
        Items that are not tables are reported and skipped."""
        if key not in parent:
            return None
        value, where = parent[key], key_path(path, key)
        if not isinstance(value, list):
            self.add(where, tr("must be an array of tables, got {value}").format(value=show(value)))
            return None
        out = []
        for i, item in enumerate(value):
            item_path = key_path(where, i)
            checked = self.table(item, item_path, keys)
            if isinstance(item, dict):
                out.append((item_path, checked))
        return out

    # ---- scalars ---------------------------------------------------------------------------
    def number(
        self,
        tbl: dict[str, Any],
        key: str,
        path: str,
        default: Any = REQUIRED,
        *,
        gt: float | None = None,
        ge: float | None = None,
        lt: float | None = None,
        le: float | None = None,
        unit: str = "",
    ) -> Any:
        """A finite number (int or float, not a boolean) as float, range-checked; ``default``
        when absent. A bad value is reported and replaced by ``default`` (or 1.0)."""
        where, fallback = key_path(path, key), (1.0 if default is REQUIRED else default)
        if key not in tbl:
            return self._missing(where, default)
        value = tbl[key]
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.add(where, tr("must be a number, got {value}").format(value=show(value)))
            return fallback
        try:
            number = float(value)
        except OverflowError:  # an integer beyond about 1e308
            self.add(
                where,
                tr("must be a finite number, got an integer of {digits} digits").format(
                    digits=len(str(abs(value)))
                ),
            )
            return fallback
        if not math.isfinite(number):
            self.add(where, tr("must be a finite number, got {value}").format(value=show(value)))
            return fallback
        problem = range_problem(number, gt, ge, lt, le, unit)
        if problem:
            self.add(where, tr("{problem}, got {value}").format(problem=problem, value=show(value)))
            return fallback
        return float(value)

    def integer(self, tbl: dict[str, Any], key: str, path: str, default: Any = REQUIRED) -> Any:
        where = key_path(path, key)
        if key not in tbl:
            return self._missing(where, default)
        value = tbl[key]
        if isinstance(value, bool) or not isinstance(value, int):
            self.add(where, tr("must be an integer, got {value}").format(value=show(value)))
            return None
        return value

    def string(
        self,
        tbl: dict[str, Any],
        key: str,
        path: str,
        default: Any = REQUIRED,
        *,
        non_empty: bool = False,
        one_line: bool = False,
    ) -> Any:
        """A string; ``default`` when absent; "" (or ``default``) after a problem.
        ``one_line``: a name or id, shown on one line everywhere (a line break in it could
        forge lines of the CLI's output), so line breaks are refused."""
        where = key_path(path, key)
        if key not in tbl:
            return self._missing(where, default)
        value = tbl[key]
        if not isinstance(value, str):
            self.add(where, tr("must be a string, got {value}").format(value=show(value)))
            return "" if default is REQUIRED else default
        if non_empty and not visible(value):
            self.add(where, tr("must not be empty"))
        if one_line and len(value.splitlines()) > 1:
            self.add(where, tr("must be one line, got {value}").format(value=show(value)))
        if one_line and len(value) > MAX_NAME_CHARS:
            self.add(
                where,
                tr("must be at most {n} characters, got {length}").format(
                    n=MAX_NAME_CHARS, length=f"{len(value):,}"
                ),
            )
        return value

    def boolean(self, tbl: dict[str, Any], key: str, path: str, default: bool) -> bool:
        where = key_path(path, key)
        value = tbl.get(key, default)
        if not isinstance(value, bool):
            self.add(where, tr("must be true or false, got {value}").format(value=show(value)))
            return default
        return value

    def choice(
        self,
        tbl: dict[str, Any],
        key: str,
        path: str,
        choices: Collection[str],
        default: Any = REQUIRED,
        what: str = "value",
    ) -> Any:
        """One of ``choices`` (a string); the message lists them and suggests a close one."""
        value = self.string(tbl, key, path, default)
        if key in tbl and isinstance(value, str) and value not in choices:
            close = difflib.get_close_matches(value, list(choices), n=1, cutoff=0.6)
            hint = tr(" (did you mean {key}?)").format(key=repr(close[0])) if close else ""
            self.add(
                key_path(path, key),
                tr("unknown {what} {value}{hint}; choose one of: {choices}").format(
                    what=tr(what), value=show(value), hint=hint, choices=", ".join(choices)
                ),
            )
            return next(iter(choices)) if default is REQUIRED else default
        return value

    def strings(self, tbl: dict[str, Any], key: str, path: str) -> tuple[str, ...] | None:
        """An array of strings as a tuple (None when absent)."""
        if key not in tbl:
            return None
        value, where = tbl[key], key_path(path, key)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.add(
                where, tr("must be an array of strings, got {value}").format(value=show(value))
            )
            return None
        return tuple(value)

    def file(
        self,
        tbl: dict[str, Any],
        key: str,
        path: str,
        suffixes: Collection[str] | None = None,
        expected: str = "a file",
        max_bytes: int = 100 * MB,
    ) -> str | None:
        """A path to an existing regular file of at most ``max_bytes`` with one of
        ``suffixes``, relative to ``base_dir``, returned absolute (normalised); None when
        absent or bad. The extension is checked first, so a wrong one reads the same whether
        or not the file exists (a scenario cannot probe the disk); nothing is opened."""
        raw = self.string(tbl, key, path, None)
        if raw is None:
            return None
        where = key_path(path, key)
        if not raw.strip() or "\x00" in raw:
            self.add(where, tr("must be a file path, got {value}").format(value=show(raw)))
            return None
        if suffixes is not None and Path(raw).suffix.lower() not in suffixes:
            self.add(
                where,
                tr("must be {expected} ({kinds}), got {value}").format(
                    expected=expected, kinds=", ".join(sorted(suffixes)), value=repr(raw)
                ),
            )
            return None
        resolved = resolve_path(raw, self.base_dir)
        if self.check_files:
            try:
                check_file(resolved, max_bytes=max_bytes, expected=expected)
            except FileRefused as exc:
                if not os.path.lexists(resolved):
                    self.missing_files.append(Path(resolved))
                    self.add(
                        where,
                        tr("file not found: {path} (from {value})").format(
                            path=resolved, value=show(raw)
                        ),
                    )
                else:
                    self.add(
                        where,
                        tr("{problem}: {path} (from {value})").format(
                            problem=exc.problem, path=resolved, value=show(raw)
                        ),
                    )
        return resolved

    def _missing(self, where: str, default: Any) -> Any:
        if default is REQUIRED:
            self.add(where, tr("missing (required)"))
            return None
        return default


def resolve_path(raw: str, base_dir: Path | None) -> str:
    """``raw`` (``~`` expanded) made absolute against ``base_dir`` (else the working
    directory) and normalised, as a string."""
    expanded = os.path.expanduser(raw)
    base = str(base_dir) if base_dir is not None else os.getcwd()
    return os.path.normpath(os.path.join(base, expanded))


def relative_path(path: str, base_dir: Path | None) -> str:
    """``path`` relative to ``base_dir`` with forward slashes when possible (else absolute)."""
    absolute = os.path.normpath(os.path.abspath(path))
    if base_dir is None:
        return Path(absolute).as_posix()
    try:
        return Path(os.path.relpath(absolute, str(base_dir))).as_posix()
    except ValueError:  # another drive on Windows
        return Path(absolute).as_posix()
