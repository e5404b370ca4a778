"""``cpn-planner render-map OUT.png``: the national map (layers, colours, legend) as a PNG,
headless (no display needed)."""

from __future__ import annotations

import argparse
import sys

from app.domain.text import tr


def add_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser("render-map", help=tr("render the national map to a PNG, headless"))
    p.add_argument("out", help=tr("output PNG path"))
    p.add_argument("--metric", default="price", help=tr("province colouring (default: price)"))
    p.add_argument("--width", type=int, default=1600)
    p.add_argument("--height", type=int, default=1200)
    p.set_defaults(func=run)
    return p


def run(args: argparse.Namespace) -> int:
    from app.domain.metrics import METRICS_BY_KEY
    from app.ui.render import render_map_png

    if args.metric not in METRICS_BY_KEY:
        print(
            tr("render-map: unknown metric {metric}; choose one of: {choices}").format(
                metric=repr(args.metric), choices=", ".join(METRICS_BY_KEY)
            ),
            file=sys.stderr,
        )
        return 2
    print(render_map_png(args.out, args.metric, args.width, args.height, args.lang))
    return 0
