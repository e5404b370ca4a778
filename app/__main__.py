"""``cpn-planner``: the GUI with no sub-command, headless sub-commands (``app.cli``) otherwise."""

from __future__ import annotations

import os
import sys

EXIT_BROKEN_PIPE = 141
"""Exit status when the reader of stdout went away (``cpn-planner solve --json | head -1``):
128 + SIGPIPE, what a shell reports for a Unix tool stopped the same way, so a pipeline run
with ``set -o pipefail`` still sees that the output was cut short. Nothing is printed."""


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv == ["--version"]:  # answered before the parser is built (argparse's says the same)
        from app import __version__

        print(f"cpn-planner {__version__}")
        return 0
    from app.cli import parse

    args = parse(argv)
    if args.command is None:
        _import_before_qt()
        from app.ui.app import run_gui

        return run_gui(
            args.lang if args.lang_given else None,
            startup_benchmark=args.startup_benchmark,
            open_files=args.open_files,
        )
    from app.cli.plain_output import plain_output

    with plain_output():  # names from files never reach the terminal as escape codes
        try:
            status = int(args.func(args))
            sys.stdout.flush()  # a closed pipe shows here, not at exit
        except BrokenPipeError:
            _discard_stdout()
            return EXIT_BROKEN_PIPE
    return status


def _discard_stdout() -> None:
    """Point stdout at the null device, so that Python's flush at exit does not fail again on
    the closed pipe (the Python documentation's recipe, "Note on SIGPIPE")."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.__stdout__.fileno())  # type: ignore[union-attr]
    os.close(devnull)


def _import_before_qt() -> None:
    """Import what the map's first paint needs before PySide6: PySide6's import hook inspects
    every module imported after it, which made these imports markedly slower. pandas, pyproj
    and shapely are not needed before the first paint (the map base cache, see
    app.datasets.map_base) and load after it."""
    import numpy  # noqa: F401

    import app.ui.import_hook  # noqa: F401 - captures Python's own import before PySide6's hook


if __name__ == "__main__":
    sys.exit(main())
