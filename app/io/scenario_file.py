"""Scenario files: TOML, ``format = "cpn-scenario"``, ``version = N`` (schema and example:
``docs/scenario-format.md``).

Reading: ``tomllib`` -> the envelope (format, version) -> the loader registered for that
version (:data:`LOADERS`, one module per version, glue ``core/state.py`` style) -> a
:class:`~app.domain.scenario.Scenario`. A bad file raises :class:`ScenarioError` and nothing
else; it lists every problem with its key path and value. Files are data only: nothing in
them is executed.

Writing: always the newest version (:data:`CURRENT_VERSION`); paths relative to the scenario
file when possible; the text is read back and checked before it replaces anything; the
replacement is atomic (temp file in the same directory, fsync, ``os.replace``), so a crash or
kill during a save leaves either the old or the new file.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.domain.safe_read import FileRefused, not_utf8, read_bytes
from app.domain.scenario import Scenario
from app.domain.text import tr
from app.io import scenario_v1
from app.io.atomic import (  # noqa: F401 - re-exported: recovery and tests use them from here
    atomic_write_bytes,
    is_read_only,
    process_running,
    remove_stale_temps,
)
from app.io.checks import Checker, show

FORMAT = "cpn-scenario"
CURRENT_VERSION = 1
MAX_FILE_BYTES = 16 * 1024 * 1024
"""Bigger files are refused unread (a scenario with 10,000 sites is about 1 MB; 16 MB take
about 5 s to parse)."""
MAX_KEY_DEPTH = 32
"""Deeper dotted keys or table headers are refused before parsing (the TOML reader takes
minutes over a 100,000-level header; version 1 never goes deeper than 4)."""
MAX_DIGITS = 400
"""Longer runs of digits in one number are refused before parsing (Python refuses integers
of more than 4,300 digits; no number in the format needs 400)."""

#: Version -> reader of a parsed document (problems go to the Checker, never raised).
LOADERS: dict[int, Callable[[dict[str, Any], Checker], Scenario]] = {
    1: scenario_v1.load,
}
#: Version -> writer of TOML text (paths relative to the given directory when not None).
DUMPERS: dict[int, Callable[[Scenario, Path | None], str]] = {
    1: scenario_v1.dumps,
}


class ScenarioError(ValueError):
    """A scenario file that cannot be read or a scenario that cannot be saved.

    ``messages``: every problem, e.g. ``sites[2].capacity_mw: must be > 0, got -5``;
    ``path``: the file; ``missing_files``: referenced files that do not exist (a GUI can
    offer to open the scenario anyway with ``check_files=False``).
    """

    def __init__(
        self,
        messages: list[str],
        path: str | Path | None = None,
        missing_files: list[Path] | None = None,
    ) -> None:
        self.messages = list(messages)
        self.path = Path(path) if path is not None else None
        self.missing_files = list(missing_files or [])
        super().__init__(self._text())

    def _text(self) -> str:
        where = tr("scenario file {path}").format(path=self.path) if self.path else tr("scenario")
        count = len(self.messages)
        head = (tr("{where}: 1 problem") if count == 1 else tr("{where}: {count} problems")).format(
            where=where, count=count
        )
        return head + "".join(f"\n  {m}" for m in self.messages)


# ---- reading -------------------------------------------------------------------------------
def load_scenario(path: str | Path, *, check_files: bool = True) -> Scenario:
    """The scenario in the file at ``path``.

    Relative paths in the file are resolved against the file's directory (the Scenario holds
    absolute paths). With ``check_files`` (default) a referenced file that does not exist is
    an error naming the path tried. Raises :class:`ScenarioError` only.
    """
    path = Path(path)
    text = _read_text(path)
    return loads_scenario(text, path.absolute().parent, check_files=check_files, source=path)


def loads_scenario(
    text: str,
    base_dir: str | Path | None = None,
    *,
    check_files: bool = True,
    source: str | Path | None = None,
) -> Scenario:
    """The scenario in TOML ``text``; relative paths resolved against ``base_dir`` (default:
    the working directory). ``source`` names the file in messages. Raises ScenarioError only.
    """
    base = Path(base_dir).absolute() if base_dir is not None else None
    problem = toml_shape_problem(text)
    if problem:
        raise ScenarioError([problem], source)
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ScenarioError([tr("not valid TOML: {error}").format(error=exc)], source) from None
    except (RecursionError, MemoryError):
        raise ScenarioError([tr("not valid TOML: nested too deeply or too big")], source) from None
    except ValueError:  # e.g. an integer too long for Python to convert
        raise ScenarioError([tr("not valid TOML: a number is too long to read")], source) from None
    try:
        return _from_document(doc, base, check_files, source)
    except ScenarioError:
        raise
    except Exception as exc:  # a bug in a loader: still only the loader's error escapes
        raise ScenarioError(
            [
                f"unexpected error while reading the file "
                f"({type(exc).__name__}: {exc}); please report it"
            ],
            source,
        ) from exc


def validate_file(path: str | Path, *, check_files: bool = True) -> list[str]:
    """Every problem in the scenario file at ``path``; [] when it loads."""
    try:
        load_scenario(path, check_files=check_files)
    except ScenarioError as exc:
        return exc.messages
    return []


_DIGIT_RUN = re.compile(rf"[0-9_]{{{MAX_DIGITS + 1},}}")


def toml_shape_problem(text: str) -> str:
    """ "" or why ``text`` is refused before parsing: too big, keys nested too deeply, or a
    number too long (each of which makes the TOML reader stall or fail)."""
    if len(text) > MAX_FILE_BYTES:
        return tr("file is too big (more than {limit} MB)").format(
            limit=MAX_FILE_BYTES // (1024 * 1024)
        )
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.lstrip()
        if stripped.startswith("["):
            head = stripped.partition("]")[0]
        elif "=" in line:
            head = line.partition("=")[0]
        else:
            continue
        if head.count(".") > MAX_KEY_DEPTH:
            return tr(
                "line {line}: keys nested more than {depth} levels deep; a scenario "
                "file never needs that"
            ).format(line=number, depth=MAX_KEY_DEPTH)
    if any(len(run.replace("_", "")) > MAX_DIGITS for run in _DIGIT_RUN.findall(text)):
        return tr(
            "a number has more than {digits} digits; no value in a scenario needs that"
        ).format(digits=MAX_DIGITS)
    return ""


def _read_text(path: Path) -> str:
    try:
        data = read_bytes(path, max_bytes=MAX_FILE_BYTES, expected=tr("a scenario file (TOML)"))
    except FileRefused as exc:
        if not path.exists() and not path.is_symlink():
            raise ScenarioError(
                [tr("file not found: {path}").format(path=path.absolute())], path
            ) from None
        raise ScenarioError([exc.problem], path) from None
    try:
        return data.decode("utf-8-sig")  # tolerate the BOM some Windows editors add
    except UnicodeDecodeError as exc:
        raise ScenarioError(
            [tr("{problem}; save the file as UTF-8").format(problem=not_utf8(data, exc))],
            path,
        ) from None


def _from_document(
    doc: dict[str, Any], base_dir: Path | None, check_files: bool, source: str | Path | None
) -> Scenario:
    version = _check_envelope(doc, source)
    check = Checker(base_dir, check_files)
    scenario = LOADERS[version](doc, check)
    if check.problems:
        raise ScenarioError(check.problems, source, check.missing_files)
    return scenario


def _check_envelope(doc: dict[str, Any], source: str | Path | None) -> int:
    """The file's version; ScenarioError when this is not a scenario file we can read."""
    fmt, version = doc.get("format"), doc.get("version")
    problems = []
    if fmt is None:
        problems.append(
            "format: "
            + tr('missing; a scenario file starts with format = "{format}"').format(format=FORMAT)
        )
    elif fmt != FORMAT:
        problems.append(
            "format: "
            + tr('must be "{format}", got {value}').format(format=FORMAT, value=show(fmt))
        )
    if version is None:
        problems.append("version: " + tr("missing (required)"))
    elif isinstance(version, bool) or not isinstance(version, int):
        problems.append(
            "version: " + tr("must be an integer, got {value}").format(value=show(version))
        )
    elif version > CURRENT_VERSION:
        problems.append(
            "version: "
            + tr(
                "{version} is newer than this CPN Planner can read (up "
                "to {current}); please update the app"
            ).format(version=version, current=CURRENT_VERSION)
        )
    elif version not in LOADERS:
        problems.append(
            "version: "
            + tr("unknown version {version} (known: {known})").format(
                version=version, known=", ".join(map(str, sorted(LOADERS)))
            )
        )
    if problems or not isinstance(version, int):
        raise ScenarioError(problems, source)
    return version


# ---- writing -------------------------------------------------------------------------------
def dumps_scenario(scenario: Scenario, base_dir: str | Path | None = None) -> str:
    """TOML text of ``scenario`` in the current version; file paths relative to ``base_dir``
    when given and possible, else absolute."""
    base = Path(base_dir).absolute() if base_dir is not None else None
    return DUMPERS[CURRENT_VERSION](scenario, base)


def save_scenario(scenario: Scenario, path: str | Path, *, relative_paths: bool = True) -> None:
    """Write ``scenario`` to ``path`` atomically.

    The text is checked first (read back without file checks); a scenario that would not load
    raises :class:`ScenarioError` and leaves any existing file untouched, and so does a
    read-only file (it would otherwise be replaced silently: the folder decides renames).
    OSError (disk full, no permission) propagates, also leaving the old file in place.
    """
    path = Path(path)
    if _read_only(path):
        raise ScenarioError(
            [tr("the file is read-only; save the scenario under another name")], path
        )
    base = path.absolute().parent
    try:
        text = dumps_scenario(scenario, base if relative_paths else None)
        data = text.encode("utf-8")
    except (TypeError, ValueError, AttributeError) as exc:
        raise ScenarioError([f"cannot be written: {exc}"], path) from None
    loads_scenario(text, base, check_files=False, source=path)
    atomic_write_bytes(path, data)


def _read_only(path: Path) -> bool:
    return is_read_only(path)
