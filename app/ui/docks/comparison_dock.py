"""Comparison dock: all placed sites side by side (sortable table), monthly PUE curves and
annual cost bars. Selecting a row selects the site on the map, and the reverse."""

from __future__ import annotations

import math

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.pue_shown import facility_short, pue_band_text
from app.domain.report_units import display, heading
from app.engine.costs.site_eval import SiteMetrics
from app.io.headline import never_text
from app.ui.describe import cooling_label
from app.ui.docks.comparison_charts import CostChart, PueChart
from app.ui.docks.table_fill import bulk_fill
from app.ui.i18n import language, tr
from app.ui.plain import action_text

#: (header, attribute, unit kind of ``app.domain.report_units`` or None for text). The unit follows
#: the language (M CNY or 万元) and is added to the header.
COLUMNS: tuple[tuple[str, str, str | None], ...] = (
    ("Site", "name", None),
    ("Cooling", "cooling_label", None),
    ("Facility class", "facility", None),
    ("Load", "load_text", None),
    ("Annual PUE", "annual_pue", "pue"),
    ("Facility energy", "facility_energy_mwh", "mwh"),
    ("Facility energy at design load", "design_facility_energy_mwh", "mwh"),
    ("Energy cost", "energy_cost_mcny", "mcny"),
    ("Carbon", "carbon_t", "t_co2"),
    ("Water", "water_m3", "m3"),
    ("Token cost", "cost_per_mtok_cny", "cny_per_mtok"),
    ("Free-cooling hours", "free_hours", "hours"),
    ("Station", "station_text", None),
)
ID_ROLE = Qt.ItemDataRole.UserRole
#: what the cost per million tokens includes (``SiteMetrics.token_cost_includes``)
TOKEN_COST_INCLUDES = {
    "energy": "energy",
    "energy + facility capex annuity": "energy + facility capex annuity",
}


#: Monthly PUE curves drawn (the first sites), and named bars in the cost chart.


class _NumberItem(QTableWidgetItem):
    """Sorts by number; a missing figure shows 'missing' and sorts last."""

    def __init__(self, value: float | None, kind: str) -> None:
        missing = value is None or (isinstance(value, float) and math.isnan(value))
        d = display(kind, language())
        shown = math.inf if missing else float(value) * d.factor
        if missing:
            text = tr("missing")
        elif shown == math.inf:  # a payback that never comes
            text = never_text()
        else:
            text = f"{shown:,.{d.decimals}f}"
        super().__init__(text)
        self.value = shown
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other) -> bool:
        return self.value < getattr(other, "value", math.inf)


def _pue_item(m: SiteMetrics) -> _NumberItem:
    """Annual PUE with its p5-p95 band, "1.24 (1.18-1.31)"; sorts by the PUE."""
    item = _NumberItem(m.annual_pue, "pue")
    if item.value != math.inf:
        item.setText(pue_band_text(m.annual_pue, m.pue_p5, m.pue_p95, language()))
        item.setToolTip(
            tr(
                "Annual PUE and its p5-p95 band: the facility class's uncertain parameters "
                "and the spread of real facilities around the model"
            )
        )
    return item


def load_text(m: SiteMetrics) -> str:
    """The load the row's figures are at: "solved 83 %" or "design 70 %"."""
    u = m.utilisation
    if u != u:  # a card without a load (a cluster's reference card)
        return tr("design")
    return (tr("solved {u:.0%}") if m.load_basis == "solved" else tr("design {u:.0%}")).format(u=u)


ROBUST_ABOVE = 0.8
"""The robustness column's default threshold (share of full use), as the sweep charts'."""


class ComparisonPanel(QWidget):
    """Signals: sigSiteSelected(str | None); sigClustersChanged() when the planner picks
    national clusters to compare with."""

    sigSiteSelected = Signal(object)
    sigClustersChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(COLUMNS) + 1)  # + robustness (from a sweep)
        self.robustness: dict[str, float] = {}
        self._set_headers(ROBUST_ABOVE)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.pue_plot = PueChart()
        self.cost_plot = CostChart()
        self.clusters_button = QToolButton()
        self.clusters_button.setText(tr("Add national clusters…"))
        self.clusters_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.clusters_menu = QMenu(self)
        self.clusters_button.setMenu(self.clusters_menu)
        self.clusters_menu.triggered.connect(lambda _a: self.sigClustersChanged.emit())
        charts = QSplitter(Qt.Orientation.Horizontal)
        charts.addWidget(self.pue_plot)
        charts.addWidget(self.cost_plot)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(charts)
        split.setSizes([700, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.clusters_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(split)
        self.metrics: list[SiteMetrics] = []

    def set_clusters(self, clusters: list[tuple[str, str]]) -> None:
        """(cluster id, label) choices for the 'Add national clusters' menu."""
        self.clusters_menu.clear()
        for cid, label in clusters:
            action = self.clusters_menu.addAction(action_text(label))
            action.setCheckable(True)
            action.setData(cid)

    def chosen_clusters(self) -> list[str]:
        return [a.data() for a in self.clusters_menu.actions() if a.isChecked()]

    def set_metrics(self, metrics: list[SiteMetrics], selected: str | None = None) -> None:
        self.metrics = list(metrics)
        with QSignalBlocker(self.table), bulk_fill(self.table):
            self.table.setSortingEnabled(False)
            self.table.setRowCount(len(metrics))
            for row, m in enumerate(metrics):
                for col, (_, attr, kind) in enumerate(COLUMNS):
                    value = (
                        cooling_label(m.cooling, short=True)
                        if attr == "cooling_label"
                        else load_text(m)
                        if attr == "load_text"
                        else getattr(m, attr)
                    )
                    if attr == "facility":
                        value = facility_short(value, language())
                    item = (
                        QTableWidgetItem(str(value))
                        if kind is None
                        else _pue_item(m)
                        if attr == "annual_pue"
                        else _NumberItem(value, kind)
                    )
                    item.setData(ID_ROLE, m.site_id)
                    if attr == "cooling_label":
                        item.setToolTip(cooling_label(m.cooling))
                    elif attr == "load_text":
                        item.setToolTip(
                            tr(
                                "Figures at the load the allocation chose (solved) or, before a "
                                "solve, at the site's design utilisation"
                            )  # fmt: skip
                        )
                    elif attr == "cost_per_mtok_cny":
                        what = tr(TOKEN_COST_INCLUDES.get(m.token_cost_includes, "energy"))
                        item.setToolTip(tr("Includes: {what}").format(what=what))
                    self.table.setItem(row, col, item)
                item = _NumberItem(self.robustness.get(m.site_id), "share")
                item.setData(ID_ROLE, m.site_id)
                self.table.setItem(row, len(COLUMNS), item)
            self.table.setSortingEnabled(True)
        self.select(selected)
        self._plot()

    def _set_headers(self, threshold: float) -> None:
        robust = tr("Used above {u:.0%} (sweep)").format(u=threshold)
        self.table.setHorizontalHeaderLabels(
            [heading(tr(c[0]), c[2], language()) for c in COLUMNS] + [heading(robust, "share")]
        )
        self.table.horizontalHeaderItem(len(COLUMNS)).setToolTip(
            tr(
                "Robustness: share of the last sweep's samples in which the site runs above this utilisation"
            )
        )

    def set_robustness(self, probabilities: dict[str, float], threshold: float) -> None:
        """Each site's probability of use above ``threshold`` from a sweep (site id -> 0..1);
        sites the sweep did not cover show 'missing'."""
        self.robustness = dict(probabilities)
        self._set_headers(threshold)
        self.set_metrics(self.metrics)

    def clear_robustness(self) -> None:
        """No sweep (another scenario was opened): the column is empty, at its default
        threshold."""
        self.set_robustness({}, ROBUST_ABOVE)

    def select(self, site_id: str | None) -> None:
        with QSignalBlocker(self.table):
            self.table.clearSelection()
            for row in range(self.table.rowCount()):
                if self.table.item(row, 0).data(ID_ROLE) == site_id:
                    self.table.selectRow(row)

    def column_values(self, header: str) -> list[str]:
        col = [c[0] for c in COLUMNS].index(header)
        return [self.table.item(r, col).text() for r in range(self.table.rowCount())]

    def _on_selection(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.sigSiteSelected.emit(self.table.item(rows[0].row(), 0).data(ID_ROLE) if rows else None)

    def _plot(self) -> None:
        self.pue_plot.set_metrics(self.metrics)
        self.cost_plot.set_metrics(self.metrics)
