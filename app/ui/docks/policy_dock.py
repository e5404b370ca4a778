"""The "National targets" dock: the evaluation's policy scorecard (``Evaluation.policy``),
failing items first, and the green-power accounting on its two bases; failing sites and
clusters ringed in red on the map, failing hub nodes outlined in red.

Signals: ``sigScopeSelected(str)``: a row of a placed site ("site id") or a cluster
("cluster:<id>") was picked. No figure is computed here: the rows are
:func:`app.io.report_policy.policy_table` of the evaluation the window already has.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.report_units import format_shown
from app.domain.text import language
from app.io.report_policy import policy_tables
from app.ui.i18n import tr

FAIL_BRUSH = QColor(255, 214, 214)
_ROOT = QModelIndex()
RING_PEN = pg.mkPen(QColor(200, 0, 0), width=2.5)


HEADERS = ("Verdict", "Scope", "Measure", "Must be", "Target", "Value", "Margin", "PUE band",
           "Today", "Without the placed sites", "Document")  # fmt: skip
GREEN_HEADERS = ("Scope", "Renewable share, location basis", "Green power share, market basis",
                 "Carbon, location basis (t CO₂)", "Carbon, market basis (t CO₂)")  # fmt: skip


def _shown(value, kind: str, lang: str) -> str:
    if value is None or value != value:
        return ""
    scale = 100.0 if kind == "share" else 1.0
    return format_shown(value * scale, kind, lang) + (" %" if kind == "share" else "")


class TextTable(QAbstractTableModel):
    """Rows of plain text (names come from the planner's file: never rich text), failing rows
    tinted, a tooltip per row; a model so that thousands of rows fill at once and only the
    visible ones are painted."""

    def __init__(self, headers: list[str], parent=None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.rows: list[tuple[str, ...]] = []
        self.failing: list[bool] = []
        self.tips: list[str] = []

    def set_rows(self, rows, failing=None, tips=None) -> None:
        self.beginResetModel()
        self.rows = [tuple(map(str, r)) for r in rows]
        self.failing = list(failing) if failing is not None else [False] * len(self.rows)
        self.tips = list(tips) if tips is not None else [""] * len(self.rows)
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[r][c]
        if role == Qt.ItemDataRole.BackgroundRole and self.failing[r]:
            return QBrush(FAIL_BRUSH)
        if role == Qt.ItemDataRole.ToolTipRole and self.tips[r]:
            return self.tips[r]
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


def _view(model: TextTable) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setResizeContentsPrecision(100)  # size columns on the first rows, not all of them
    view.verticalHeader().setVisible(False)
    return view


class FailingRings(pg.ScatterPlotItem):
    """Red rings on the map around the sites and clusters that fail a target."""

    def __init__(self) -> None:
        super().__init__(size=30, pen=RING_PEN, brush=None, pxMode=True)
        self.setZValue(9600)

    def show_at(self, x: np.ndarray, y: np.ndarray) -> None:
        self.setData(x=x, y=y, symbol="o", brush=None)


class FailingHubs(pg.PlotCurveItem):
    """Red outlines on the map around the hub nodes that fail a target."""

    def __init__(self) -> None:
        super().__init__(pen=pg.mkPen(QColor(200, 0, 0), width=2, style=Qt.PenStyle.DashLine))
        self.setZValue(9590)

    def show_hubs(self, outlines: dict[str, list[np.ndarray]], hubs: set[str]) -> None:
        rings = [r for h in sorted(hubs) for r in outlines.get(h, [])]
        if not rings:
            self.setData(x=np.zeros(0), y=np.zeros(0))
            return
        gap = np.array([[np.nan, np.nan]])
        xy = np.concatenate([part for r in rings for part in (r[:, :2], gap)])
        self.setData(x=xy[:, 0], y=xy[:, 1], connect="finite")


class PolicyPanel(QWidget):
    """Scorecard table, summary line and green-power table (the dock's widget)."""

    sigScopeSelected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(tr("Not evaluated yet."))
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.model = TextTable([tr(h) for h in HEADERS], self)
        self.green_model = TextTable([tr(h) for h in GREEN_HEADERS], self)
        self.table, self.green = _view(self.model), _view(self.green_model)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, tr("Targets"))
        self.tabs.addTab(self.green, tr("Green power on two bases"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs)
        self.rings = FailingRings()
        self.hub_lines = FailingHubs()
        self._scopes: list[str] = []
        self._site_ids: set[str] = set()
        self.table.selectionModel().selectionChanged.connect(self._on_selected)

    def set_evaluation(self, ev) -> None:
        """Show ``ev.policy`` (computed on the worker), names in the window's language."""
        lang = language()
        self._site_ids = {e.site.id for e in ev.sites}
        frame, green = policy_tables(ev, lang)
        self._fill(frame, lang)
        self._fill_green(green, lang)
        failing = set(frame.loc[frame["passed"] == False, "scope_id"])  # noqa: E712
        self.summary.setText(
            tr("{failing} of {total} targets fail in {year}; failing items first.").format(
                failing=int((frame["passed"] == False).sum()),  # noqa: E712 - None is not False
                total=len(frame),
                year=ev.policy.year,
            )
        )
        self._ring(ev, failing)
        self.hub_lines.show_hubs(ev.atlas.hub_outlines, failing & set(ev.atlas.hubs.index))

    def _fill(self, frame, lang: str) -> None:
        self._scopes = list(frame["scope_id"])
        records = frame.to_dict("records")
        rows = [
            (
                r["verdict"], r["scope"], r["metric"], r["comparison"],
                _shown(r["target"], r["kind"], lang), _shown(r["value"], r["kind"], lang),
                _shown(r["margin"], r["kind"], lang), r["band"], r["today"],
                r["without_sites"], r["source"],
            )
            for r in records
        ]  # fmt: skip
        self.model.set_rows(rows, [r["passed"] is False for r in records], frame["id"])
        self.table.resizeColumnsToContents()

    def _fill_green(self, g, lang: str) -> None:
        rows = [
            (
                r["name"], _shown(r["share_location"], "share", lang),
                _shown(r["share_market"], "share", lang),
                _shown(r["carbon_t_location"], "t_co2", lang),
                _shown(r["carbon_t_market"], "t_co2", lang),
            )
            for r in g.to_dict("records")
        ]  # fmt: skip
        self.green_model.set_rows(rows)
        self.green.resizeColumnsToContents()

    def _ring(self, ev, scopes: set[str]) -> None:
        from app.datasets.projection import to_map

        s = ev.result.problem.sites
        mask = np.isin(s.ids.astype(str), list(scopes))
        x, y = to_map(s.lon[mask], s.lat[mask]) if mask.any() else (np.zeros(0), np.zeros(0))
        self.rings.show_at(np.asarray(x, float), np.asarray(y, float))

    def _on_selected(self) -> None:
        for r in {i.row() for i in self.table.selectionModel().selectedRows()}:
            scope = self._scopes[r] if r < len(self._scopes) else ""
            if scope.startswith("cluster:") or scope in self._site_ids:
                self.sigScopeSelected.emit(scope)
