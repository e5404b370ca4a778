"""``cpn-planner report SCENARIO -o OUT``: the PDF report, XLSX workbook, CSV tables or GeoJSON
of a scenario, headless (no display needed). The format follows OUT's suffix."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.domain.text import tr

FORMATS = (".pdf", ".xlsx", ".csv", ".geojson")


def add_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "report", help=tr("export a scenario's report (PDF/XLSX/CSV/GeoJSON)")
    )
    p.add_argument("scenario", help=tr("scenario file (TOML)"))
    p.add_argument(
        "-o", "--out", required=True, help=tr("output file: .pdf, .xlsx, .csv or .geojson")
    )
    p.set_defaults(func=run)
    return p


def run(args: argparse.Namespace) -> int:
    from app.cli import wrong_suffix
    from app.cli.solve import _stdout_to_devnull
    from app.datasets.atlas import load_atlas
    from app.io.atomic import failure_sentence

    out = Path(args.out)
    refused = wrong_suffix(args.out, FORMATS)
    if refused:
        print("report: " + refused, file=sys.stderr)
        return 2
    try:
        from app.io.scenario_file import load_scenario

        scenario = load_scenario(args.scenario)
    except (OSError, ValueError) as exc:
        print(f"report: {exc}", file=sys.stderr)
        return 2
    from app.cli.outputs import overwritten_input, scenario_inputs
    from app.domain.text import set_language
    from app.io import exports

    refused = overwritten_input(
        exports.report_targets(out), scenario_inputs(args.scenario, scenario)
    )
    if refused:
        print("report: " + refused, file=sys.stderr)
        return 2

    set_language(getattr(args, "lang", None) or "en")
    try:
        with _stdout_to_devnull():
            from app.ui.report import write_pdf

            written, warnings = exports.export_report(
                scenario, load_atlas(), out, write_pdf=write_pdf
            )
    except exports.ReportError as exc:
        print(f"report: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # a write the checks above did not foresee: one sentence
        print("report: " + failure_sentence(exc, out), file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - a sentence, never a traceback, for any failure
        reason = f"{type(exc).__name__}: {exc}"
        print("report: " + tr("could not write {out}: {reason}").format(out=out, reason=reason),
              file=sys.stderr)  # fmt: skip
        return 1
    for w in warnings:
        print("report: " + tr("warning: {w}").format(w=w), file=sys.stderr)
    for path in written:
        print(path)
    return 0
