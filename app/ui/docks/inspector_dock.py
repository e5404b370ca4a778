"""Inspector: the attributes of what is selected, with units and sources."""

from __future__ import annotations

import re

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui import plain
from app.ui.i18n import tr

ZWSP = "\u200b"  # zero-width space: a line may break there, nothing is drawn
_LONG_TOKEN = re.compile(r"\S{24,}")


def breakable(text: str) -> str:
    """``text`` with break opportunities after "_", "/" and "." inside long tokens (source ids
    such as agency_purchase_two_part_large_industry_1-10kV were cut mid-word in the table)."""
    return _LONG_TOKEN.sub(lambda m: re.sub(r"([_/.])", "\\1" + ZWSP, m.group(0)), text)


class StillPlot(pg.PlotWidget):
    """A plot that reads, not explores: no zoom or pan, and the mouse wheel scrolls the dock
    it sits in (a wheel over the station curve used to zoom it instead)."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.setMouseEnabled(x=False, y=False)
        self.setMenuEnabled(False)
        self.hideButtons()

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt override)
        event.ignore()  # to the scroll area around the inspector


class InspectorPanel(QWidget):
    """A title and a two-column table of (attribute, value)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(tr("Nothing selected"))
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # names from the planner's files
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([tr("Attribute"), tr("Value")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        self.table.setMinimumHeight(160)  # in a short dock the inspector scrolls instead
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        self.curve = StillPlot(background="w")
        self.curve.setMinimumHeight(170)
        self.curve.setLabel("bottom", tr("Month"))
        self.curve.getAxis("bottom").setTicks([[(i, str(i)) for i in range(1, 13)]])
        self.curve.hide()
        layout.addWidget(self.curve)
        from app.ui.province_overrides import OverridesPanel

        self.overrides = OverridesPanel()  # shown for a selected province only
        self.overrides.hide()
        layout.addWidget(self.overrides)

    def show_curve(self, values: np.ndarray | None, label: str = "") -> None:
        """A monthly curve under the table (e.g. a station's PUE); None hides it."""
        self.curve.clear()
        self.curve.setVisible(values is not None)
        if values is not None:
            self.curve.setLabel("left", label)
            self.curve.plot(
                np.arange(1, 13), values, pen=pg.mkPen("#1a9641", width=2), symbol="o", symbolSize=5
            )

    def show_rows(self, title: str, rows: list[tuple[str, str]]) -> None:
        self.curve.hide()
        self.overrides.hide()  # the window shows them again for a province
        self.title.setText(title)
        self.update_rows(rows)

    def update_rows(self, rows: list[tuple[str, str]]) -> None:
        """New figures for what is shown (the title, curve and overrides stay as they are)."""
        self.table.setRowCount(len(rows))
        for i, (key, value) in enumerate(rows):
            self.table.setItem(i, 0, QTableWidgetItem(key))
            cell = QTableWidgetItem(breakable(value))
            cell.setToolTip(plain.tip(value))
            self.table.setItem(i, 1, cell)
        self.table.resizeRowsToContents()

    def value(self, key: str) -> str | None:
        """The shown value of an attribute (tests and the tooltip use this)."""
        for i in range(self.table.rowCount()):
            if self.table.item(i, 0).text() == key:
                return self.table.item(i, 1).text().replace(ZWSP, "")
        return None

    def clear(self) -> None:
        self.show_rows(tr("Nothing selected"), [])
