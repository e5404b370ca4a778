"""A table refilled under ``bulk_fill`` keeps its resize modes and ends up sized to its
contents, as if every cell had been set with the columns following them."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from app.ui.docks.table_fill import bulk_fill

CONTENTS = QHeaderView.ResizeMode.ResizeToContents


def test_bulk_fill_restores_modes_and_sizes_columns_to_contents(qtbot) -> None:
    table = QTableWidget(0, 3)
    qtbot.addWidget(table)
    header = table.horizontalHeader()
    header.setSectionResizeMode(CONTENTS)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    table.show()
    qtbot.waitExposed(table)
    long_text = "Inner Mongolia (Horinger) " * 3
    with bulk_fill(table) as t:
        assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Interactive
        t.setRowCount(40)
        for row in range(40):
            for col in range(3):
                text = long_text if (row, col) == (37, 1) else f"{row * col:,}"
                t.setItem(row, col, QTableWidgetItem(text))
    assert [header.sectionResizeMode(i) for i in range(3)] == [
        CONTENTS,
        CONTENTS,
        QHeaderView.ResizeMode.Stretch,
    ]
    assert table.updatesEnabled()
    assert header.sectionSize(1) >= table.fontMetrics().horizontalAdvance(long_text)
    assert header.sectionSize(0) < header.sectionSize(1)
