"""Refilling a table whose columns size to their contents.

With ``ResizeToContents`` every ``setItem`` re-measures its column over all rows, so a refill
costs O(rows x cells): 0.3-0.5 s for the 31-province table, on every solve. Filling under
:func:`bulk_fill` sizes the columns once, after the last cell.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtWidgets import QHeaderView, QTableWidget


@contextlib.contextmanager
def bulk_fill(table: QTableWidget) -> Iterator[QTableWidget]:
    """Columns fixed and repaints off while the caller fills ``table``; then the header's
    resize modes come back (sizing each column to its contents once)."""
    header = table.horizontalHeader()
    modes = [header.sectionResizeMode(i) for i in range(header.count())]
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.setUpdatesEnabled(False)
    try:
        yield table
    finally:
        table.setUpdatesEnabled(True)
        for i, mode in enumerate(modes):
            header.setSectionResizeMode(i, mode)
