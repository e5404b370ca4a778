"""Data exports of a report: XLSX workbook, one CSV per table, GeoJSON of sites and flows.

Every file is written to its writer's own temporary name, checked and fsynced, then renamed
(:mod:`app.io.atomic`), so a failed export (disk full included) never leaves half a file under
the planner's chosen name and two exports to one target never mix; the CSV tables are all
written into a staging folder first and moved only when every one is complete. Text that a spreadsheet would run as a formula (a site
named ``=HYPERLINK(...)``) is written as text in XLSX and prefixed with ``'`` in CSV.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

from app.domain.text import tr
from app.io.atomic import (
    STAGE_PREFIX,
    WriteFailed,
    atomic_write,
    failure_sentence,
    fsync_dir,
    is_read_only,
    remove_stale_temps,
    target_problem,
)
from app.io.report_data import TABLE_NAMES, ReportData
from app.io.report_tables import FORMULA_LEADS, Sheet, sheets


class ReportError(Exception):
    """A report that cannot be written, with a sentence saying why."""


def check_target(out: Path) -> None:
    """Refuse, with a sentence, an output the report cannot be written to
    (:func:`app.io.atomic.target_problem`)."""
    problem = target_problem(out)
    if problem:
        raise ReportError(problem)


def _atomic(path: Path, write) -> Path:
    try:
        return atomic_write(path, write)
    except WriteFailed as exc:
        raise ReportError(str(exc)) from None


def neutralise_csv(text: str) -> str:
    """CSV cell text that no spreadsheet runs as a formula (OWASP: prefix a quote)."""
    return "'" + text if text.startswith(FORMULA_LEADS) else text


def write_xlsx(data: ReportData, path: str | Path) -> Path:
    """A metadata sheet, then one sheet per table with headings and units, number formats,
    a frozen heading row and column widths to fit."""
    return write_sheets_xlsx(sheets(data), path, data.lang, data.title, data.author)


def write_sheets_xlsx(
    tables: list[Sheet], path: str | Path, lang: str = "en", title: str = "", author: str = ""
) -> Path:
    """Any list of sheets (e.g. :func:`app.io.compare_tables.comparison_sheets`) as XLSX; the
    workbook's properties name ``title`` and ``author``."""
    from app.io.xlsx_sheets import write_workbook

    def write(tmp: Path) -> None:
        book = io.BytesIO()  # built in memory: a failed write leaves no half-closed zip
        write_workbook(tables, book, lang, title, author)
        tmp.write_bytes(book.getvalue())

    return _atomic(Path(path), write)


def _csv_cell(value) -> object:
    return neutralise_csv(value) if isinstance(value, str) else ("" if value is None else value)


def _csv_frame(sheet: Sheet) -> pd.DataFrame:
    rows = [[_csv_cell(v) for v in row] for row in sheet.rows]
    return pd.DataFrame(rows, columns=[neutralise_csv(h) for h in sheet.headers])


def csv_targets(path: str | Path, names: list[str]) -> list[Path]:
    """``OUT.csv`` -> ``OUT-<name>.csv`` per table name."""
    base = Path(path)
    return [base.with_name(f"{base.stem}-{name}.csv") for name in names]


def report_targets(out: str | Path) -> list[Path]:
    """Every file a report to ``out`` may write: ``out`` itself, or for CSV one file per
    table a report can hold (:data:`app.io.report_data.TABLE_NAMES`)."""
    out = Path(out)
    return csv_targets(out, list(TABLE_NAMES)) if out.suffix.lower() == ".csv" else [out]


def write_csvs(data: ReportData, path: str | Path) -> list[Path]:
    """``OUT.csv`` -> ``OUT-sites.csv``, ``OUT-provinces.csv``, ... (UTF-8 with BOM so Excel
    shows Chinese names); headings with units, figures as in the XLSX.

    All tables are written into a staging folder beside the targets first; only when every
    one is complete are they moved into place (one rename each). A failure while writing
    leaves every old file as it was; a rename that fails midway says which files are old."""
    tables = sheets(data)
    targets = csv_targets(path, [t.name for t in tables])
    for target in targets:
        if is_read_only(target):
            raise ReportError(
                tr("{name} is read-only; choose another name").format(name=target.name)
            )
    for target in targets:  # what a killed export left: its staging folder, temp files
        remove_stale_temps(target.parent, target.name)
    try:
        stage = Path(
            tempfile.mkdtemp(prefix=f"{STAGE_PREFIX}{os.getpid()}-", dir=targets[0].parent)
        )
    except OSError as exc:
        raise ReportError(failure_sentence(exc, targets[0])) from None
    try:
        for sheet, target in zip(tables, targets, strict=True):
            frame = _csv_frame(sheet)
            _atomic(stage / target.name, lambda tmp, f=frame: _write_csv(f, tmp))
        return move_staged(stage, targets)
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def _write_csv(frame: pd.DataFrame, tmp: Path) -> None:
    with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
        frame.to_csv(f, index=False)


def move_staged(stage: Path, targets: list[Path]) -> list[Path]:
    """Move ``stage/<name>`` onto each of ``targets`` (same folder: renames). If one fails,
    :class:`ReportError` names the files that are still old."""
    for i, target in enumerate(targets):
        try:
            os.replace(stage / target.name, target)
        except OSError as exc:
            old = ", ".join(t.name for t in targets[i:])
            raise ReportError(
                tr("{reason}; these files are still the old ones: {old}").format(
                    reason=failure_sentence(exc, target), old=old
                )
            ) from None
    fsync_dir(targets[0].parent)
    return targets


def _clean(value):
    if isinstance(value, (np.floating, float)):
        return None if not np.isfinite(value) else float(value)
    if isinstance(value, np.integer):
        return int(value)
    return value


def geojson(data: ReportData) -> dict:
    """Sites as points and allocation flows as lines (WGS-84 lon/lat)."""
    features = []
    for row in data.sites.to_dict("records"):
        props = {k: _clean(v) for k, v in row.items() if k not in ("lon", "lat")}
        features.append(
            {
                "type": "Feature",
                "properties": {"kind": "site", **props},
                "geometry": {"type": "Point", "coordinates": [row["lon"], row["lat"]]},
            }
        )
    if data.preview is not None:
        res = data.preview.scenario
        regions, sites = res.problem.regions, res.problem.sites
        r_index = {r: i for i, r in enumerate(regions.ids)}
        s_index = {s: i for i, s in enumerate(sites.ids)}
        for row in data.flows.to_dict("records"):
            r, s = r_index[row["region"]], s_index[row["site"]]
            features.append(
                {
                    "type": "Feature",
                    "properties": {"kind": "flow", **{k: _clean(v) for k, v in row.items()}},
                    "geometry": {
                        "type": "LineString",
                        "coordinates": [
                            [float(regions.lon[r]), float(regions.lat[r])],
                            [float(sites.lon[s]), float(sites.lat[s])],
                        ],
                    },
                }
            )
    return {"type": "FeatureCollection", "features": features}


def write_geojson(data: ReportData, path: str | Path) -> Path:
    text = json.dumps(geojson(data), ensure_ascii=False, indent=1)
    return _atomic(Path(path), lambda tmp: tmp.write_text(text, encoding="utf-8"))


def write_report(
    data: ReportData, atlas, out: Path, write_pdf=None
) -> tuple[list[Path], list[str]]:
    """Write collected report ``data`` to ``out`` (format by suffix; each file atomically);
    returns written files and warnings. A PDF is drawn with Qt, which this layer does not
    import: the caller passes ``write_pdf(data, atlas, out) -> (path, warnings)``
    (``app.ui.report.write_pdf``; call it on the GUI thread)."""
    suffix = out.suffix.lower()
    if suffix == ".pdf":
        if write_pdf is None:
            raise ReportError(
                tr("{path}: a PDF needs the report writer of the window").format(path=out)
            )
        path, warnings = write_pdf(data, atlas, out)
        return [path], warnings
    if suffix == ".xlsx":
        return [write_xlsx(data, out)], []
    if suffix == ".csv":
        return write_csvs(data, out), []
    return [write_geojson(data, out)], []


def export_report(
    scenario, atlas, out: Path, lang: str | None = None, evaluation=None, write_pdf=None
) -> tuple[list[Path], list[str]]:
    """The report of ``scenario`` to ``out`` in ``lang`` (default: the current language):
    :func:`check_target`, the tables from the one evaluation (``evaluation`` when the caller
    has it, not solved again), then :func:`write_report`. Raises :class:`ReportError` for a
    bad target; any other failure propagates for the caller to show."""
    from app.io.report_data import collect

    check_target(out)
    return write_report(
        collect(scenario, atlas, evaluation=evaluation, lang=lang), atlas, out, write_pdf
    )


def write_staged(path: str | Path, write) -> Path:
    """Replace ``path`` by what ``write(staged)`` writes under the target's own name inside a
    staging folder beside it (for writers that go by the file's extension, e.g. HiGHS for
    MPS): fsynced, then renamed; the old file stays on any failure (one-sentence
    :class:`ReportError`)."""
    path = Path(path)
    check_target(path)
    remove_stale_temps(path.parent, path.name)  # what a killed writer left
    try:
        stage = Path(tempfile.mkdtemp(prefix=f"{STAGE_PREFIX}{os.getpid()}-", dir=path.parent))
    except OSError as exc:
        raise ReportError(failure_sentence(exc, path)) from None
    try:
        staged = stage / path.name
        write(staged)
        _atomic(path, lambda tmp: shutil.copyfile(staged, tmp))
    except OSError as exc:
        raise ReportError(failure_sentence(exc, path)) from None
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return path


def write_mps_file(problem, path: str | Path) -> Path:
    """The allocation LP of ``problem`` as MPS at ``path`` (:func:`write_staged`); a HiGHS
    failure is a :class:`ReportError` too."""
    from app.engine.allocation.allocation import write_mps

    def write(staged: Path) -> None:
        status = write_mps(problem, str(staged))
        if status != "ok" or not staged.is_file():
            raise ReportError(
                tr("{name} could not be written: {reason}").format(
                    name=Path(path).name, reason=status
                )
            )

    return write_staged(path, write)
