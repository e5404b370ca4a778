"""``cpn-planner``: the GUI with no sub-command, headless sub-commands (``app.cli``) otherwise."""

from __future__ import annotations

import sys


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
        return int(args.func(args))


def _import_before_qt() -> None:
    """Import what the map's first paint needs before PySide6: PySide6's import hook inspects
    every module imported after it, which made these imports markedly slower. pandas, pyproj
    and shapely are not needed before the first paint (the map base cache, see
    app.datasets.map_base) and load after it."""
    import numpy  # noqa: F401

    import app.ui.import_hook  # noqa: F401 - captures Python's own import before PySide6's hook


if __name__ == "__main__":
    sys.exit(main())
