"""The planner's point tables (CSV or XLSX) read defensively: an XLSX is refused by its
unpacked size and its row count before a parser sees it (a zip bomb or a million rows is a
sentence in milliseconds, not minutes of memory), and a CSV is read as UTF-8 or GBK with or
without a byte-order mark (Excel writes one in front of GBK text too)."""

from __future__ import annotations

import csv
import io
import math
import re
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd

from app.datasets.user_data import MAX_FEATURES, UserDataError, UserLayer, check_feature_count
from app.domain.safe_read import MB, FileRefused, check_zip
from app.domain.text import tr

LON_NAMES = ("lon", "lng", "longitude", "x", "经度")
LAT_NAMES = ("lat", "latitude", "y", "纬度")
MAX_XLSX_UNPACKED = 200 * MB
"""An XLSX whose parts unpack to more is refused unread (200,000 rows of a few columns take
about 30 MB of XML)."""
_DIMENSION = re.compile(rb'<dimension ref="[A-Z]+\d+:[A-Z]+(\d+)"')
_ROW = re.compile(rb"<row[ >]")
_CSV_ENCODINGS = ("utf-8", "gb18030")  # gb18030 reads every GBK file


class TableRefused(ValueError):
    """A table that cannot be used; ``problem`` is one sentence."""

    def __init__(self, problem: str) -> None:
        self.problem = problem
        super().__init__(problem)


def xlsx_rows(path: Path, max_rows: int) -> int:
    """Rows of the workbook's biggest sheet, from the sheets' ``<dimension>`` (or counted in
    the XML, streamed, stopping past ``max_rows``); refuses a zip bomb by its directory."""
    try:
        members = check_zip(path, max_unpacked=MAX_XLSX_UNPACKED, expected=tr("Excel workbook"))
    except FileRefused as exc:
        raise TableRefused(exc.problem) from None
    sheets = [m for m in members if re.fullmatch(r"xl/worksheets/[^/]+\.xml", m.filename)]
    rows = 0
    with zipfile.ZipFile(path) as archive:
        for member in sheets:
            rows = max(rows, _sheet_rows(archive, member, max_rows))
    return rows


def _sheet_rows(archive: zipfile.ZipFile, member: zipfile.ZipInfo, max_rows: int) -> int:
    with archive.open(member) as f:
        head = f.read(4096)
        found = _DIMENSION.search(head)
        if found:
            return int(found.group(1))
        count, tail = len(_ROW.findall(head)), head[-8:]
        while count <= max_rows and (chunk := f.read(1 << 20)):
            count += len(_ROW.findall(tail + chunk))
            tail = chunk[-8:]
        return count


def decode_csv(data: bytes) -> str:
    """CSV bytes as text: a UTF-8 byte-order mark dropped, then UTF-8, then GBK (GB18030)."""
    data = data.removeprefix(b"\xef\xbb\xbf")
    for encoding in _CSV_ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise TableRefused(tr("the text is neither UTF-8 nor GBK"))


def read_csv_text(path: Path, *, as_given: bool = False) -> pd.DataFrame:
    """A CSV table in UTF-8 or GBK, with or without a byte-order mark; a row with more
    fields than the header is refused (pandas would shift its cells under the wrong
    columns). ``as_given``: every cell as the text in the file ("" when empty)."""
    text = decode_csv(path.read_bytes())
    check_field_counts(text)
    if as_given:
        return pd.read_csv(io.StringIO(text), index_col=False, dtype=str, keep_default_na=False)
    return pd.read_csv(io.StringIO(text), index_col=False)


def check_field_counts(text: str, *, exact: bool = False) -> None:
    """Refuse the first row with more fields than the header, and a header that is one
    field holding semicolons; rows are numbered as a spreadsheet shows them. ``exact`` (a
    table whose every column matters): a row with fewer fields is refused too, and a column
    name given twice."""
    header: int | None = None
    try:
        for number, row in enumerate(csv.reader(io.StringIO(text)), start=1):
            if header is None:
                if len(row) == 1 and ";" in row[0]:  # Excel's CSV where the decimal is a comma
                    raise TableRefused(
                        tr(
                            "the columns are separated by ';', not commas; save it as CSV with "
                            "commas between columns and '.' as the decimal point"
                        )
                    )
                header = len(row) or None
                if exact and header:
                    _check_names(row)
            elif len(row) > header or (exact and row and len(row) < header):
                raise TableRefused(
                    tr("row {row} has {fields} fields, the header {header}").format(
                        row=number, fields=len(row), header=header
                    )
                )
    except csv.Error:
        return  # the parser below names what it cannot read


def _check_names(header: list[str]) -> None:
    seen: set[str] = set()
    for name in (cell.strip() for cell in header):
        if name in seen:
            raise TableRefused(
                tr("row 1: the column name {name} is given twice").format(name=repr(name[:40]))
            )
        seen.add(name)


def check_xlsx(path: Path, max_rows: int) -> None:
    """Refuse an XLSX with more than ``max_rows`` rows (or a zip bomb) before parsing it."""
    rows = xlsx_rows(path, max_rows)
    if rows > max_rows + 1:  # the heading row
        raise TableRefused(
            tr(
                "too many rows ({count}; a layer may have up to {limit}); split the file or "
                "simplify it"
            ).format(count=f"{rows - 1:,}", limit=f"{max_rows:,}")
        )


def _find(columns: list[str], names: tuple[str, ...]) -> str | None:
    lowered = {str(c).strip().lower(): c for c in columns}
    return next((lowered[n] for n in names if n in lowered), None)


def read_table(path: Path, *, as_given: bool = False) -> pd.DataFrame:
    """CSV (UTF-8 or GBK, with or without a byte-order mark) or XLSX (checked by its unpacked
    size and row count first) as a DataFrame, with file-named errors. ``as_given``: every
    cell as text, as the planner typed it ("" when empty; 'nan' stays 'nan')."""
    try:
        if path.suffix.lower() == ".csv":
            return read_csv_text(path, as_given=as_given)
        if path.suffix.lower() == ".xlsx":
            check_xlsx(path, MAX_FEATURES)
        if as_given:
            return pd.read_excel(path, dtype=str, keep_default_na=False)
        return pd.read_excel(path)
    except TableRefused as exc:
        raise UserDataError(path, exc.problem) from None
    except pd.errors.EmptyDataError:
        raise UserDataError(path, tr("the file is empty")) from None
    except pd.errors.ParserError as exc:
        where = re.search(r"line \d+", str(exc))
        raise UserDataError(
            path,
            tr("not a readable CSV table ({line} has a different number of columns)").format(
                line=where.group(0)
            )
            if where
            else tr("not a readable CSV table"),
        ) from None
    except Exception:  # noqa: BLE001 - zip, XML and engine errors of a file that is no workbook
        if path.suffix.lower() == ".csv":
            raise UserDataError(path, tr("not a readable CSV table")) from None
        raise UserDataError(
            path, tr("not a readable Excel workbook ({suffix})").format(suffix=path.suffix)
        ) from None


def _cell(value: object) -> str:
    """A table cell as read: 'east', 40, empty."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return tr("empty")
    if isinstance(value, float | np.floating) and float(value).is_integer():
        return str(int(value))
    return repr(str(value)) if isinstance(value, str) else str(value)


def _given(text: str) -> str:
    """A cell's text as the planner typed it: 'east', 40, nan, 1e400, empty (numbers bare,
    other text quoted)."""
    if not text.strip():
        return tr("empty")
    try:
        float(text)
    except ValueError:
        return repr(text)
    return text.strip()


def _cells_as_given(path: Path, table: pd.DataFrame, row: int, columns: list[str]) -> list[str]:
    """The cells of ``row`` in ``columns`` as typed in the file (read again as text: the
    table's own parse turns 'nan' into an empty cell); as read if that fails."""
    try:
        raw = read_table(path, as_given=True)
        return [_given(str(raw[c].iloc[row])) for c in columns]
    except Exception:  # noqa: BLE001 - only the message's detail depends on it
        return [_cell(table[c].iloc[row]) for c in columns]


def read_points_table(path: Path, cancelled=lambda: False):
    """Points from a table with lon/lat columns (WGS-84 degrees), read and checked; returns
    ``finish() -> [UserLayer]``, which projects them."""
    table = read_table(path)
    if table.empty:
        raise UserDataError(path, tr("the table has no rows"))
    check_feature_count(path, len(table))
    lon_col, lat_col = _find(list(table.columns), LON_NAMES), _find(list(table.columns), LAT_NAMES)
    if lon_col is None or lat_col is None:
        raise UserDataError(
            path, tr("missing columns: need 'lon' and 'lat' (or longitude/latitude)")
        )
    lon = pd.to_numeric(table[lon_col], errors="coerce")
    lat = pd.to_numeric(table[lat_col], errors="coerce")
    bad = np.flatnonzero(~(lon.between(-180, 180) & lat.between(-90, 90)).to_numpy())
    if bad.size:
        row = int(bad[0])
        more = " " + tr("(and {n} more rows)").format(n=bad.size - 1) if bad.size > 1 else ""
        lon_given, lat_given = _cells_as_given(path, table, row, [lon_col, lat_col])
        raise UserDataError(
            path,
            tr(
                "row {row}: {lon_col} {lon} and {lat_col} {lat} are not "
                "degrees (longitude -180 to 180, latitude -90 to 90){more}"
            ).format(
                row=row + 2,
                lon_col=lon_col,
                lon=lon_given,
                lat_col=lat_col,
                lat=lat_given,
                more=more,
            ),
        )
    return lambda: [_points_layer(path, table, lon.to_numpy(), lat.to_numpy())]


def _points_layer(path: Path, table: pd.DataFrame, lon, lat) -> UserLayer:
    import shapely

    from app.datasets.projection import to_map

    x, y = to_map(lon, lat)
    return UserLayer(
        path.stem, path, "points", shapely.points(x, y), table.reset_index(drop=True), "EPSG:4326"
    )
