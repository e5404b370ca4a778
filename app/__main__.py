"""``cpn-planner``: the GUI with no sub-command, headless sub-commands otherwise."""

from __future__ import annotations

import argparse
import sys


def _render_map(args: argparse.Namespace) -> int:
    from app.domain.metrics import METRICS_BY_KEY
    from app.ui.render import render_map_png

    if args.metric not in METRICS_BY_KEY:
        print(f"render-map: unknown metric {args.metric!r}; choose one of: "
              f"{', '.join(METRICS_BY_KEY)}", file=sys.stderr)
        return 2
    out = render_map_png(args.out, args.metric, args.width, args.height, args.lang)
    print(out)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cpn-planner",
        description="Computing Power Network Planner. With no command, opens the app.")
    parser.add_argument("--lang", choices=["en", "zh"], default="en",
                        help="interface language (default: en)")
    parser.add_argument("--startup-benchmark", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command")
    render = sub.add_parser("render-map", help="render the national map to a PNG, headless")
    render.add_argument("out", help="output PNG path")
    render.add_argument("--metric", default="price", help="province colouring (default: price)")
    render.add_argument("--width", type=int, default=1600)
    render.add_argument("--height", type=int, default=1200)
    render.set_defaults(func=_render_map)
    _add_optional_commands(sub)
    return parser


def _add_optional_commands(sub) -> None:
    """Sub-commands that live in their own modules (each exposes ``add_parser``); they import
    their heavy dependencies only when run."""
    from app import cli_pue, cli_report, cli_scenario, cli_solve

    for module in (cli_pue, cli_solve, cli_report, cli_scenario):
        module.add_parser(sub)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from app.ui.app import run_gui

        return run_gui(args.lang, startup_benchmark=args.startup_benchmark)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
