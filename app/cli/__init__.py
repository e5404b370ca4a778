"""Headless sub-commands of ``cpn-planner``, one module each.

The main parser knows only the commands' names and one-line help (:data:`COMMANDS`); the
module of a command is imported only when that command is on the command line, so
``cpn-planner --help`` loads no pandas, pyproj, highspy or atlas, and each command loads only
what it uses. A command module exposes ``add_parser(subparsers) -> ArgumentParser`` that sets
``func`` (called with the parsed namespace, returns the exit status).
"""

from __future__ import annotations

import argparse
import gettext
import importlib
from collections.abc import Sequence

from app.domain.text import LANGUAGES, set_language, tr

# (name, module, help in the main parser's command list)
_COMMANDS = (
    ("render-map", "app.cli.render_map", "render the national map to a PNG, headless"),
    ("pue", "app.cli.pue", "annual and monthly PUE, mode hours and WUE of one site"),
    ("solve", "app.cli.solve", "solve the allocation (built-in baseline or a scenario)"),
    ("report", "app.cli.report", "export a scenario's report (PDF/XLSX/CSV/GeoJSON)"),
    ("validate", "app.cli.scenario", "check a scenario file and list its problems"),
    ("suggest", "app.cli.suggest", "suggest where the next MW should go"),
    ("sweep", "app.cli.sweep", "uncertainty and sensitivity sweep of a scenario on dask"),
)
#: command name -> (module, help)
COMMANDS: dict[str, tuple[str, str]] = {name: (mod, help_) for name, mod, help_ in _COMMANDS}


#: argparse's own words a user sees (it looks them up through gettext at call time).
ARGPARSE_TEXTS = (
    "usage: ",
    "positional arguments",
    "options",
    "show this help message and exit",
    "%(prog)s: error: %(message)s\n",
    "argument %(argument_name)s: %(message)s",
    "the following arguments are required: %s",
    "unrecognized arguments: %s",
    "invalid choice: %(value)r (choose from %(choices)s)",
    "invalid %(type)s value: %(value)r",
    "expected one argument",
    "ambiguous option: %(option)s could match %(matches)s",
)


def _argparse_text(message: str) -> str:
    return {m: tr(m) for m in ARGPARSE_TEXTS}.get(message, message)


def _english(message: str) -> str:
    """argparse's words as written: gettext would search the disk for catalogues (and import
    locale) on every one, a noticeable part of ``--help``."""
    return message


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, sized to the terminal without importing shutil (which pulls in
    the archive modules: a tenth of ``--help``'s start-up)."""

    def __init__(self, prog: str, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _terminal_columns() - 2
        super().__init__(prog, indent_increment, max_help_position, width)


class _Parser(argparse.ArgumentParser):
    """The sub-commands' parsers: the same formatter unless a command picks its own."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)


def _terminal_columns() -> int:
    """What shutil.get_terminal_size() gives: $COLUMNS, else the terminal's, else 80."""
    import os
    import sys

    try:
        return int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        pass
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80


def wrong_suffix(path: str, formats: Sequence[str]) -> str | None:
    """A sentence refusing ``path`` when its extension is none of ``formats`` (".png", ...),
    else None: a file is never written in one format under another's name."""
    import os.path

    if os.path.splitext(str(path))[1].lower() in formats:
        return None
    return tr("{path}: the output must end in {formats}").format(
        path=path, formats=", ".join(formats)
    )


def requested(argv: Sequence[str]) -> tuple[str | None, str]:
    """The command named in ``argv`` (the first word that is one) and the ``--lang`` asked for
    anywhere on the line (so help and errors come out in it), without parsing the rest."""
    command, lang = None, "en"
    for i, word in enumerate(argv):
        if word == "--":
            break
        if command is None and word in COMMANDS:
            command = word
        value = (
            word.split("=", 1)[1]
            if word.startswith("--lang=")
            else argv[i + 1]
            if word == "--lang" and i + 1 < len(argv)
            else None
        )
        if value in LANGUAGES:
            lang = value
    return command, lang


def _add_lang(parser: argparse.ArgumentParser, default) -> None:
    if "--lang" not in parser._option_string_actions:
        parser.add_argument(
            "--lang",
            choices=list(LANGUAGES),
            default=default,
            help=tr("language of messages and output (default: en)"),
        )


def build_parser(argv: Sequence[str]) -> argparse.ArgumentParser:
    """The ``cpn-planner`` parser for this command line: every command listed, only the named
    one built in full (its module imported)."""
    command, lang = requested(argv)
    set_language(lang)
    parser = argparse.ArgumentParser(
        prog="cpn-planner",
        description=tr(
            "Computing Power Network Planner. With no command, opens the app; "
            "cpn-planner my-plan.toml opens that scenario in it."
        ),
        usage=tr("cpn-planner [-h] [--lang {en,zh}] [scenario.toml | COMMAND ...]"),
        formatter_class=_HelpFormatter,
    )
    _add_lang(parser, "en")
    from app import __version__

    parser.add_argument(
        "--version",
        action="version",
        version=f"cpn-planner {__version__}",
        help=tr("show the version and exit"),
    )
    parser.add_argument("--startup-benchmark", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(
        dest="command",
        metavar="COMMAND",
        title=tr("commands"),
        prog="cpn-planner",
        parser_class=_Parser,
    )
    for name, module, help_text in _COMMANDS:
        if name == command:
            # On the sub-command too (``cpn-planner solve --lang zh``); SUPPRESS keeps a
            # ``--lang`` given before the command.
            _add_lang(importlib.import_module(module).add_parser(sub), argparse.SUPPRESS)
        else:
            sub.add_parser(name, help=tr(help_text))
    return parser


def scenario_files(argv: Sequence[str]) -> list[str]:
    """Scenario files named without a command (``cpn-planner my-plan.toml``): the app opens
    them."""
    if requested(argv)[0] is not None:
        return []
    return [w for w in argv if not w.startswith("-") and w.lower().endswith(".toml")]


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """Parse ``argv`` and set the language of :func:`app.domain.text.tr` from ``--lang``.
    ``open_files``: scenario files to open in the app; ``lang_given``: ``--lang`` was on the
    line (otherwise the app uses the language chosen in its View menu)."""
    # argparse's own words (usage, help, errors) in that language too: it reads them through
    # the module global ``_``, swapped only while the parser is built and used.
    lang = requested(argv)[1]
    files = scenario_files(argv)
    argparse._ = _argparse_text if lang != "en" else _english
    try:
        args = build_parser(argv).parse_args([w for w in argv if w not in files])
    finally:
        argparse._ = gettext.gettext
    set_language(args.lang)
    args.open_files = files
    args.lang_given = any(w == "--lang" or w.startswith("--lang=") for w in argv)
    return args
