"""``cpn-planner render-map OUT.png``: the national map (layers, colours, legend) as a PNG,
headless (no display needed)."""

from __future__ import annotations

import argparse
import sys

from app.domain.text import tr

MAX_PIXELS = 16384
"""Largest side of the picture (pixels): a 16384 x 16384 map already needs about 2 GB."""


def pixels(text: str) -> int:
    """argparse type: a side of the picture, 1 to :data:`MAX_PIXELS` pixels."""
    value = int(text)  # not a whole number: argparse's own "invalid int value"
    if not 1 <= value <= MAX_PIXELS:
        raise argparse.ArgumentTypeError(
            tr("must be from 1 to {max} pixels, not {value}").format(max=MAX_PIXELS, value=value)
        )
    return value


pixels.__name__ = "int"  # argparse names the type in "invalid int value: 'abc'"


def add_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser("render-map", help=tr("render the national map to a PNG, headless"))
    p.add_argument("out", help=tr("output PNG path"))
    p.add_argument("--metric", default="price", help=tr("province colouring (default: price)"))
    p.add_argument("--width", type=pixels, default=1600)
    p.add_argument("--height", type=pixels, default=1200)
    p.set_defaults(func=run)
    return p


def run(args: argparse.Namespace) -> int:
    from app.cli import wrong_suffix
    from app.domain.metrics import METRICS_BY_KEY
    from app.io.atomic import WriteFailed, target_problem

    if args.metric not in METRICS_BY_KEY:
        print(
            tr("render-map: unknown metric {metric}; choose one of: {choices}").format(
                metric=repr(args.metric), choices=", ".join(METRICS_BY_KEY)
            ),
            file=sys.stderr,
        )
        return 2
    refused = wrong_suffix(args.out, (".png",)) or target_problem(args.out)
    if refused:
        print("render-map: " + refused, file=sys.stderr)
        return 2
    from app.ui.render import render_map_png

    try:
        print(render_map_png(args.out, args.metric, args.width, args.height, args.lang))
    except WriteFailed as exc:  # disk full, permission: one sentence, the old file stays
        print(f"render-map: {exc}", file=sys.stderr)
        return 2
    return 0
