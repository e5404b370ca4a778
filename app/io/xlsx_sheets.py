"""Write report :class:`~app.io.report_tables.Sheet` tables to an XLSX workbook a finance
office accepts: bold frozen heading row with units, number formats with thousands separators
and the decimals the report shows, column widths to fit, text never read as a formula."""

from __future__ import annotations

import re
from pathlib import Path
from typing import BinaryIO

from app.domain.report_units import GENERAL, display, format_shown
from app.io.report_tables import FORMULA_LEADS, Sheet, total_row

#: Characters XML 1.0 cannot hold (openpyxl refuses them); tab, LF and CR stay.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_MAX_WIDTH = 60
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def number_format(kind: str, lang: str) -> str:
    decimals = display(kind, lang).decimals
    if decimals == GENERAL:
        return "General"
    return "#,##0" + ("." + "0" * decimals if decimals else "")


def _text_width(text: str) -> int:
    # CJK characters take about two character widths in Excel's default font
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def set_text(cell, text: str) -> None:
    """Put ``text`` in ``cell`` as a string, never a formula."""
    text = _ILLEGAL.sub("", text)
    cell.value = text
    if text.startswith(FORMULA_LEADS):
        cell.data_type = "s"  # openpyxl made it a formula ("f"); store it as text
        cell.quotePrefix = True  # and tell Excel to keep it text when the cell is edited


def sheet_title(title: str, taken: set[str]) -> str:
    """A valid, unique worksheet name (31 characters, no []:*?/\\)."""
    base = _BAD_SHEET_CHARS.sub(" ", title).strip()[:31] or "Sheet"
    name, i = base, 2
    while name.lower() in taken:
        name = f"{base[:28]} {i}"
        i += 1
    taken.add(name.lower())
    return name


def write_sheet(ws, sheet: Sheet, lang: str) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDE4EE")
    widths = [_text_width(h) for h in sheet.headers]
    for c, header in enumerate(sheet.headers, start=1):
        cell = ws.cell(row=1, column=c)
        set_text(cell, header)
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for r, row in enumerate(sheet.rows):
        for c, value in enumerate(row):
            cell = ws.cell(row=r + 2, column=c + 1)
            if isinstance(value, str):
                set_text(cell, value)
                widths[c] = max(widths[c], _text_width(value))
            elif value is not None:
                kind = sheet.kind(r, c) or "pue"
                cell.value = value
                cell.number_format = number_format(kind, lang)
                widths[c] = max(widths[c], len(format_shown(value, kind, lang)))
    if not sheet.rows and sheet.empty_text:
        set_text(ws.cell(row=2, column=1), sheet.empty_text)
    if sheet.totals and sheet.rows:
        _total_row(ws, sheet, lang)
    ws.freeze_panes = "A2"
    for c, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = min(_MAX_WIDTH, width + 2)


def _total_row(ws, sheet: Sheet, lang: str) -> None:
    """A bold total under the columns that add up, from the numbers as shown (rounded), so a
    reader's own sum of the column gives the same figure."""
    from openpyxl.styles import Font

    from app.domain.text import tr

    row = len(sheet.rows) + 2
    label = ws.cell(row=row, column=1)
    set_text(label, tr("Total", lang))
    label.font = Font(bold=True)
    for c, (kind, value) in enumerate(zip(sheet.kinds, total_row(sheet), strict=True)):
        if kind is None or value is None:
            continue
        cell = ws.cell(row=row, column=c + 1)
        cell.value = value
        cell.number_format = number_format(kind, lang)
        cell.font = Font(bold=True)


def write_workbook(
    sheets: list[Sheet],
    path: Path | BinaryIO,
    lang: str = "en",
    title: str = "",
    author: str = "",
) -> None:
    """The sheets as a workbook whose properties name the scenario and who made it (a file
    manager or Excel's Info pane shows them)."""
    from openpyxl import Workbook

    from app import __version__
    from app.domain.text import tr

    book = Workbook()
    book.remove(book.active)
    book.properties.title = title or None
    book.properties.creator = author or tr("CPN Planner", lang)
    book.properties.description = f"CPN Planner {__version__}"
    taken: set[str] = set()
    for sheet in sheets:
        ws = book.create_sheet(sheet_title(sheet.title, taken))
        write_sheet(ws, sheet, lang)
    book.save(path)
