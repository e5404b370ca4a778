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
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.report_units import format_shown
from app.domain.text import language
from app.engine.national_problem import supply_names
from app.io.report_policy import green_power_table, policy_table
from app.ui.i18n import tr

FAIL_BRUSH = QColor(255, 214, 214)
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


def _cell(text: str, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)  # plain text: names come from the planner's file
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if tip:
        item.setToolTip(tip)
    return item


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
        self.table = self._table([tr(h) for h in HEADERS])
        self.green = self._table([tr(h) for h in GREEN_HEADERS])
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
        self.table.itemSelectionChanged.connect(self._on_selected)

    @staticmethod
    def _table(headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.verticalHeader().setVisible(False)
        return table

    def set_evaluation(self, ev) -> None:
        """Show ``ev.policy`` (computed on the worker), names in the window's language."""
        lang = language()
        names = supply_names(ev.atlas, lang)
        self._site_ids = {e.site.id for e in ev.sites}
        frame = policy_table(ev, names, lang)
        self._fill(frame, lang)
        self._fill_green(green_power_table(ev, lang), lang)
        failing = int((frame["passed"] == False).sum())  # noqa: E712 - None is not False
        self.summary.setText(
            tr("{failing} of {total} targets fail in {year}; failing items first.").format(
                failing=failing, total=len(frame), year=ev.policy.year
            )
        )
        failing = set(frame.loc[frame["passed"] == False, "scope_id"])  # noqa: E712
        self._ring(ev, failing)
        self.hub_lines.show_hubs(ev.atlas.hub_outlines, failing & set(ev.atlas.hubs.index))

    def _fill(self, frame, lang: str) -> None:
        t = self.table
        t.setUpdatesEnabled(False)
        t.setRowCount(len(frame))
        self._scopes = list(frame["scope_id"])
        for r, row in enumerate(frame.to_dict("records")):
            kind = row["kind"]
            texts = (
                row["verdict"], row["scope"], row["metric"], row["comparison"],
                _shown(row["target"], kind, lang), _shown(row["value"], kind, lang),
                _shown(row["margin"], kind, lang), row["band"], row["today"],
                row["without_sites"], row["source"],
            )  # fmt: skip
            for c, text in enumerate(texts):
                item = _cell(str(text), row["id"] if c < 3 else "")
                if row["passed"] is False:
                    item.setBackground(QBrush(FAIL_BRUSH))
                t.setItem(r, c, item)
        t.resizeColumnsToContents()
        t.setUpdatesEnabled(True)

    def _fill_green(self, g, lang: str) -> None:
        self.green.setRowCount(len(g))
        for r, row in enumerate(g.to_dict("records")):
            texts = (
                row["name"], _shown(row["share_location"], "share", lang),
                _shown(row["share_market"], "share", lang),
                _shown(row["carbon_t_location"], "t_co2", lang),
                _shown(row["carbon_t_market"], "t_co2", lang),
            )  # fmt: skip
            for c, text in enumerate(texts):
                self.green.setItem(r, c, _cell(str(text)))
        self.green.resizeColumnsToContents()

    def _ring(self, ev, scopes: set[str]) -> None:
        from app.datasets.projection import to_map

        s = ev.result.problem.sites
        mask = np.isin(s.ids.astype(str), list(scopes))
        x, y = to_map(s.lon[mask], s.lat[mask]) if mask.any() else (np.zeros(0), np.zeros(0))
        self.rings.show_at(np.asarray(x, float), np.asarray(y, float))

    def _on_selected(self) -> None:
        for r in {i.row() for i in self.table.selectedIndexes()}:
            scope = self._scopes[r] if r < len(self._scopes) else ""
            if scope.startswith("cluster:") or scope in self._site_ids:
                self.sigScopeSelected.emit(scope)
