"""``cpn-planner sweep SCENARIO -o OUT.parquet``: the scenario's ``[sweep]`` on dask.

Runs on a local cluster of one single-threaded worker per core (``--workers N``) or on the
scheduler named by ``--scheduler tcp://host:8786``; shows progress on stderr and ends with a
summary (distributions, how often the placed sites lower the cost, each site's probability of
running above ``--utilisation``, sensitivity indices for sobol and morris designs, where the
sites lose money). Ctrl+C stops the sweep and keeps the rows that finished. ``--tornado``
also runs each parameter at its low and high end (rows in ``OUT.tornado.parquet``).
Columns of the Parquet file: docs/scenario-format.md, section ``[sweep]``.
"""

from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path

from app.domain.text import tr

EXIT_BAD_INPUT = 2
EXIT_STOPPED = 3


def add_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "sweep", help=tr("uncertainty and sensitivity sweep of a scenario on dask")
    )
    p.add_argument("scenario", help=tr("scenario file (TOML) with a [sweep] section"))
    p.add_argument("-o", "--output", required=True, metavar="OUT.parquet", help=tr("rows"))
    p.add_argument("--samples", type=int, help=tr("samples (default: the scenario's)"))
    p.add_argument("--seed", type=int, help=tr("seed (default: the scenario's)"))
    where = p.add_mutually_exclusive_group()
    where.add_argument("--workers", type=int, help=tr("local workers (default: one per core)"))
    where.add_argument("--scheduler", metavar="ADDR", help=tr("address of a dask scheduler"))
    p.add_argument("--tornado", action="store_true", help=tr("also run the tornado"))
    p.add_argument(
        "--utilisation",
        type=float,
        default=0.8,
        help=tr("utilisation a site's probability of use is counted above (default: 0.8)"),
    )
    p.set_defaults(func=run)
    return p


class _Stop:
    """Ctrl+C asks the sweep to stop (a second one interrupts at once)."""

    def __init__(self) -> None:
        self.requested = False

    def __call__(self, signum, frame) -> None:
        self.requested = True
        signal.signal(signal.SIGINT, signal.default_int_handler)


def _progress(done: int, total: int) -> None:
    width = 30
    filled = int(width * done / max(total, 1))
    bar = "#" * filled + "." * (width - filled)
    print(f"\r[{bar}] {done}/{total}", end="", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    from app.io.atomic import WriteFailed
    from app.io.scenario_file import load_scenario
    from app.sweep.plan import plan
    from app.sweep.run import close_client, open_client, quiet_highs

    try:
        scenario = load_scenario(args.scenario)
        if args.samples is not None and args.samples < 1:
            raise ValueError(tr("--samples must be at least 1"))
        if args.workers is not None and args.workers < 1:
            raise ValueError(tr("--workers must be at least 1"))
        if not 0.0 < args.utilisation <= 1.0:
            raise ValueError(
                tr("--utilisation must be in (0, 1], got {u}").format(u=args.utilisation)
            )
        # before any sample runs: hours of work must not fail at the end
        _check_outputs(args, scenario)
        quiet_highs()  # stdout carries only the summary
        sweep = plan(scenario, args.samples, args.seed)
    except (OSError, ValueError, ArithmeticError) as exc:
        print(f"sweep: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    stop = _Stop()
    previous = signal.signal(signal.SIGINT, stop)
    try:
        client = open_client(args.workers, args.scheduler)
    except OSError as exc:
        print(f"sweep: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        return _sweep(args, sweep, client, stop)
    except WriteFailed as exc:  # the rows could not be written, nor kept anywhere
        print(f"\nsweep: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    finally:
        close_client(client)
        signal.signal(signal.SIGINT, previous)


def tornado_path(output: str | Path) -> Path:
    """Where ``--tornado`` writes its rows: ``OUT.tornado.parquet``."""
    return Path(output).with_suffix(".tornado.parquet")


def _check_outputs(args: argparse.Namespace, scenario) -> None:
    """Refuse (ValueError, one sentence) an output the rows could not be written to, or one
    that is an input of the sweep (``scenario`` read from ``args.scenario``)."""
    from app.cli import wrong_suffix
    from app.cli.outputs import overwritten_input, scenario_inputs
    from app.io.atomic import target_problem

    targets = [args.output] + ([tornado_path(args.output)] if args.tornado else [])
    inputs = scenario_inputs(args.scenario, scenario)
    for target in targets:
        problem = (
            wrong_suffix(target, (".parquet",))
            or overwritten_input([target], inputs)
            or target_problem(target)
        )
        if problem:
            raise ValueError(problem)


def _sweep(args, sweep, client, stop: _Stop) -> int:
    from app.sweep.plan import summary, tornado, tornado_design
    from app.sweep.run import read_rows, run_sweep
    from app.sweep.text import summary_lines, tornado_lines

    workers = len(client.scheduler_info().get("workers", {}))
    print(
        tr("{n} samples of {k} parameters on {w} workers").format(
            n=len(sweep.design), k=len(sweep.model.params), w=workers
        ),
        file=sys.stderr,
    )
    out = run_sweep(
        client, sweep.model, sweep.design.values, args.output, _progress, lambda: stop.requested
    )
    print(file=sys.stderr)
    print("\n".join(summary_lines(out, summary(sweep, read_rows(out.path), args.utilisation))))
    errors = [out]
    if args.tornado and not (out.cancelled or out.error):
        rows = tornado_design(sweep).values
        path = tornado_path(args.output)
        done = run_sweep(client, sweep.model, rows, path, cancel=lambda: stop.requested)
        if done.rows == len(rows):
            print("\n".join(tornado_lines(tornado(sweep, read_rows(done.path)))))
        errors.append(done)
    for o in errors:
        if o.error:
            print(f"sweep: {o.error}", file=sys.stderr)
    if any(o.write_failed for o in errors):
        return EXIT_BAD_INPUT  # as a write that fails in `report`
    if out.error:
        return 1
    return EXIT_STOPPED if out.cancelled else 0
