"""``cpn-planner validate SCENARIO``: check a scenario file, headless.

Exit status 0 and "SCENARIO: valid (N sites)" on stdout when the file loads and the files it
names can be used; otherwise 1 with every problem (key path and value) on stderr. Referenced
files are checked unless ``--no-file-checks`` is given: missing ones, the planner's own
``[base]`` tables (values, keys, province codes) and each site's ``weather_file``, read by the
readers ``solve`` uses, so a file called valid here solves.

Examples::

    python -m app.cli.scenario validate data/scenarios/western-expansion.toml
    cpn-planner validate my-plan.toml
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.domain.text import tr

EXIT_INVALID = 1


def configure(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the ``validate`` arguments to ``parser``."""
    parser.add_argument("scenario", type=Path, help=tr("scenario file (TOML)"))
    parser.add_argument(
        "--no-file-checks",
        action="store_true",
        help=tr("do not report referenced files that do not exist"),
    )
    parser.set_defaults(func=run)
    return parser


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register ``validate`` on a sub-command set (the main ``cpn-planner`` CLI calls this)."""
    return configure(
        subparsers.add_parser(
            "validate",
            help=tr("check a scenario file and list its problems"),
            description=__doc__.split("\n\n")[0],
        )
    )


def run(args: argparse.Namespace) -> int:
    """Load the scenario; 0 when valid, 1 (problems on stderr) otherwise."""
    from app.io.scenario_file import ScenarioError, load_scenario  # heavy: not for --help

    try:
        scenario = load_scenario(args.scenario, check_files=not args.no_file_checks)
    except ScenarioError as exc:
        return _problems(args.scenario, exc.messages)
    if not args.no_file_checks:
        from app.engine.evaluate import input_problems

        problems = input_problems(scenario)
        if problems:
            return _problems(args.scenario, problems)
    n = len(scenario.sites)
    print(
        (tr("{file}: valid (1 site)") if n == 1 else tr("{file}: valid ({count} sites)")).format(
            file=args.scenario, count=n
        )
    )
    return 0


def _problems(path: Path, messages: list[str]) -> int:
    """Print ``messages`` under a count line on stderr; the exit status of an invalid file."""
    count = len(messages)
    print(
        (tr("{file}: 1 problem") if count == 1 else tr("{file}: {count} problems")).format(
            file=path, count=count
        ),
        file=sys.stderr,
    )
    for message in messages:
        print(f"  {message}", file=sys.stderr)
    return EXIT_INVALID


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry point: ``python -m app.cli.scenario validate FILE``."""
    parser = argparse.ArgumentParser(
        prog="python -m app.cli.scenario", description="Scenario file commands."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    add_parser(sub)
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    raise SystemExit(main())
