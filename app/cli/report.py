"""``cpn-planner report SCENARIO -o OUT``: the PDF report, XLSX workbook, CSV tables or GeoJSON
of a scenario, headless (no display needed). The format follows OUT's suffix."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

FORMATS = (".pdf", ".xlsx", ".csv", ".geojson")


def add_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser("report", help="export a scenario's report (PDF/XLSX/CSV/GeoJSON)")
    p.add_argument("scenario", help="scenario file (TOML)")
    p.add_argument("-o", "--out", required=True, help="output file: .pdf, .xlsx, .csv or .geojson")
    p.set_defaults(func=run)
    return p


def export(
    scenario, atlas, out: Path, lang: str | None = None, evaluation=None
) -> tuple[list[Path], list[str]]:
    """Write ``out`` (format by suffix) in ``lang`` (default: the current language); returns
    written files and warnings. ``evaluation``: the scenario's evaluation when the caller has
    it (not solved again). Raises :class:`ReportError` for a bad target
    (:func:`app.io.exports.check_target`); any other failure propagates for the caller to
    show. The window runs the two halves apart (``collect`` on a worker, :func:`write` on
    the GUI thread)."""
    from app.io import exports
    from app.io.report_data import collect

    exports.check_target(out)
    return write(collect(scenario, atlas, evaluation=evaluation, lang=lang), atlas, out)


def write(data, atlas, out: Path) -> tuple[list[Path], list[str]]:
    """Write collected report ``data`` to ``out`` (format by suffix; each file atomically).
    A PDF draws the map with Qt widgets: call it on the GUI thread."""
    from app.io import exports

    suffix = out.suffix.lower()
    if suffix == ".pdf":
        from app.ui.report import write_pdf

        path, warnings = write_pdf(data, atlas, out)
        return [path], warnings
    if suffix == ".xlsx":
        return [exports.write_xlsx(data, out)], []
    if suffix == ".csv":
        return exports.write_csvs(data, out), []
    return [exports.write_geojson(data, out)], []


def run(args: argparse.Namespace) -> int:
    from app.cli.solve import _stdout_to_devnull
    from app.datasets.atlas import load_atlas

    out = Path(args.out)
    if out.suffix.lower() not in FORMATS:
        print(
            f"report: unknown output type {out.suffix!r}; use one of {', '.join(FORMATS)}",
            file=sys.stderr,
        )
        return 2
    try:
        from app.io.scenario_file import load_scenario

        scenario = load_scenario(args.scenario)
    except (OSError, ValueError) as exc:
        print(f"report: {exc}", file=sys.stderr)
        return 2
    from app.domain.text import set_language
    from app.io import exports

    set_language(getattr(args, "lang", None) or "en")
    try:
        with _stdout_to_devnull():
            written, warnings = export(scenario, load_atlas(), out)
    except exports.ReportError as exc:
        print(f"report: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - a sentence, never a traceback, for any failure
        print(f"report: could not write {out}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    for w in warnings:
        print(f"report: warning: {w}", file=sys.stderr)
    for path in written:
        print(path)
    return 0
