"""Status quo -> scenario in the results dock: MW moved per class, the moves (from -> to, MW,
annual saving, payback) and what stays where it is served today and why. Every figure comes
from the evaluation's :class:`~app.engine.references.migration_preview.MigrationPreview`; the view combo
switches the whole dock (and the map) to the free-moving reference."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.workload import shown_label
from app.engine.references.migration_preview import MigrationPreview
from app.ui import plain
from app.ui.describe import money_text
from app.ui.i18n import tr

VIEWS = (("status_quo", "Status quo -> scenario"), ("free", "If moving were free"))
MOVE_COLUMNS = ("From", "To", "Class", "MW", "Saving (M CNY/yr)", "Payback (years)")
STAY_COLUMNS = ("Why it stays", "Class", "MW")
#: The engine's stay reasons (app.engine.references.migration_preview.STAY_REASONS), as shown.
REASONS = {
    "frozen": "frozen (class kept in place)",
    "not worth the migration cost": "not worth the migration cost",
    "cheapest": "already the cheapest",
    "capacity": "cheaper sites are full",
    "latency": "cheaper sites out of latency reach",
    "residency": "cheaper sites outside its residency",
}


def _cell(value, decimals: int = 1) -> QTableWidgetItem:
    if isinstance(value, str):
        return QTableWidgetItem(value)
    text = "—" if value is None or not math.isfinite(value) else f"{value:,.{decimals}f}"
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(headers) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels([tr(h) for h in headers])
    t.verticalHeader().hide()
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.verticalHeader().setDefaultSectionSize(t.fontMetrics().height() + 6)
    return t


def _fill(table: QTableWidget, rows: list[tuple]) -> None:
    """Fill ``table`` with ``rows`` at once: resizing every column to its contents after each
    cell costs O(rows^2) (tens of seconds for 2,000 sites), so the columns are sized once."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.setUpdatesEnabled(False)
    try:
        table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for col, value in enumerate(cells):
                table.setItem(row, col, _cell(value))
    finally:
        table.setUpdatesEnabled(True)
    table.resizeColumnsToContents()


def summary_text(m: MigrationPreview, free_moved_mw: float | None, classes: dict[str, str]) -> str:
    """One paragraph: moved MW (per class), annual saving, one-off cost and payback, and what
    would move if moving were free."""
    by_class = ", ".join(f"{classes.get(k, k)} {v:,.0f}" for k, v in m.moved_by("class").items())
    text = tr("Moved from today: {mw:,.0f} MW").format(mw=m.moved_mw)
    if by_class:
        text += f" ({by_class})"
    payback = m.payback_years
    text += "; " + tr("annual saving {saving}; one-off cost {cost}; payback {years}").format(
        saving=money_text(m.annual_saving_cny),
        cost=money_text(m.one_off_cny),
        years=tr("{y:.1f} years").format(y=payback) if math.isfinite(payback) else "—",
    )
    if free_moved_mw is not None:
        text += "; " + tr("if moving were free: {mw:,.0f} MW").format(mw=free_moved_mw)
    return text


class MigrationView(QWidget):
    """Signals: sigViewChanged(str) - "status_quo" or "free"."""

    sigViewChanged = Signal(str)

    def __init__(self, names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = names
        self.classes: dict[str, str] = {}
        self.view = QComboBox()
        for key, label in VIEWS:
            self.view.addItem(tr(label), key)
        self.view.setToolTip(
            tr(
                "Status quo -> scenario: moves pay a one-off migration cost "
                "(assumptions). If moving were free: the idealised least-cost "
                "allocation, for reference"
            )
        )
        self.view.currentIndexChanged.connect(
            lambda i: self.sigViewChanged.emit(self.view.itemData(i))
        )
        self.summary = QLabel()
        plain.plain_labels(self.summary)  # site names
        self.summary.setWordWrap(True)
        self.moves = _table(MOVE_COLUMNS)
        self.stays = _table(STAY_COLUMNS)
        tabs = QTabWidget()
        tabs.addTab(self.moves, tr("Moves"))
        tabs.addTab(self.stays, tr("Stays"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.summary)
        layout.addWidget(tabs, 1)

    @property
    def mode(self) -> str:
        return self.view.currentData()

    def set_migration(self, m: MigrationPreview, free_moved_mw: float | None) -> None:
        self.classes = {c.id: shown_label(c.id, c.label) for c in m.scenario.problem.classes}
        self.summary.setText(summary_text(m, free_moved_mw, self.classes))
        not_served = tr("not served")
        _fill(
            self.moves,
            [
                (
                    self.names.get(r.from_site, r.from_site) if r.from_site else not_served,
                    self.names.get(r.to_site, r.to_site),
                    self.classes.get(r[2], r[2]),
                    float(r.mw),
                    r.annual_saving_cny / 1e6,
                    float(r.payback_years),
                )
                for r in m.moves_by_route().itertuples(index=False)
            ],
        )
        _fill(
            self.stays,
            [
                (tr(REASONS.get(r.reason, r.reason)), self.classes.get(r[1], r[1]), float(r.mw))
                for r in m.stays_by().itertuples(index=False)
            ],
        )
