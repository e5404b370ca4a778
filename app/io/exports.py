"""Data exports of a report: XLSX workbook, one CSV per table, GeoJSON of sites and flows.

Files are written to a temporary name and renamed, so a failed export never leaves half a
file under the planner's chosen name. Text that a spreadsheet would run as a formula (a site
named ``=HYPERLINK(...)``) is written as text in XLSX and prefixed with ``'`` in CSV.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pandas as pd

from app.domain.text import tr
from app.io.report_data import ReportData
from app.io.report_tables import FORMULA_LEADS, Sheet, sheets


class ReportError(Exception):
    """A report that cannot be written, with a sentence saying why."""


def check_target(out: Path) -> None:
    """Refuse, with a sentence, an output the report cannot be written to."""
    folder = out.parent
    if not folder.is_dir():
        raise ReportError(
            tr("the folder {folder} does not exist; create it or choose another").format(
                folder=folder
            )
        )
    if out.is_dir():
        raise ReportError(tr("{path} is a folder; give a file name").format(path=out))
    if not os.access(folder, os.W_OK):
        raise ReportError(tr("cannot write in {folder} (permission denied)").format(folder=folder))


def _atomic(path: Path, write) -> Path:
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def neutralise_csv(text: str) -> str:
    """CSV cell text that no spreadsheet runs as a formula (OWASP: prefix a quote)."""
    return "'" + text if text.startswith(FORMULA_LEADS) else text


def write_xlsx(data: ReportData, path: str | Path) -> Path:
    """A metadata sheet, then one sheet per table with headings and units, number formats,
    a frozen heading row and column widths to fit."""
    from app.io.xlsx_sheets import write_workbook

    return _atomic(
        Path(path),
        lambda tmp: write_workbook(sheets(data), tmp, data.lang, data.title, data.author),
    )


def write_sheets_xlsx(tables: list[Sheet], path: str | Path, lang: str = "en") -> Path:
    """Any list of sheets (e.g. :func:`app.io.compare_tables.comparison_sheets`) as XLSX."""
    from app.io.xlsx_sheets import write_workbook

    return _atomic(Path(path), lambda tmp: write_workbook(tables, tmp, lang))


def _csv_cell(value) -> object:
    return neutralise_csv(value) if isinstance(value, str) else ("" if value is None else value)


def _csv_frame(sheet: Sheet) -> pd.DataFrame:
    rows = [[_csv_cell(v) for v in row] for row in sheet.rows]
    return pd.DataFrame(rows, columns=[neutralise_csv(h) for h in sheet.headers])


def write_csvs(data: ReportData, path: str | Path) -> list[Path]:
    """``OUT.csv`` -> ``OUT-sites.csv``, ``OUT-provinces.csv``, ... (UTF-8 with BOM so Excel
    shows Chinese names); headings with units, figures as in the XLSX."""
    base = Path(path)
    out = []
    for sheet in sheets(data):
        target = base.with_name(f"{base.stem}-{sheet.name}.csv")
        frame = _csv_frame(sheet)
        out.append(
            _atomic(target, lambda tmp, f=frame: f.to_csv(tmp, index=False, encoding="utf-8-sig"))
        )
    return out


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
