"""Allocation results: per-province before/after table (served where), the selected province's
shift by site, per-site utilisation and dual-value bars; unserved demand in red."""

from __future__ import annotations

import html

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.units import carbon_unit, money_unit, rtt_text
from app.engine.references.preview import Preview
from app.io.glossary import ORDER, definition
from app.ui.docks.bar_chart import NamedBars
from app.ui.docks.height_barrier import HeightBarrier
from app.ui.docks.migration_view import MigrationView
from app.ui.docks.table_fill import bulk_fill
from app.ui.i18n import tr

PROVINCE_COLUMNS = (
    "Province",
    "Demand (MW)",
    "Local today",
    "Local, scenario",
    "Elsewhere after",
    "Main other site",
    "Unserved (MW)",
)
RED = QBrush(QColor("#c62828"))


def _item(value, decimals: int = 1) -> QTableWidgetItem:
    if isinstance(value, str):
        return QTableWidgetItem(value)
    item = QTableWidgetItem(f"{value:,.{decimals}f}")
    item.setData(Qt.ItemDataRole.UserRole + 1, float(value))
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(headers) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels([tr(h) for h in headers])
    t.verticalHeader().hide()
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # Compact rows: a 250-px dock shows several provinces, not two.
    t.verticalHeader().setDefaultSectionSize(t.fontMetrics().height() + 6)
    t.setWordWrap(False)
    return t


class ResultsPanel(QWidget):
    sigProvinceSelected = Signal(int)

    def __init__(self, names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = names  # region/site id -> display name
        self.summary = QLabel(tr("Not solved yet: press Solve (F5)"))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setToolTip("\n".join(definition(n) for n in ORDER))
        self.headline: list[str] = []
        self.provinces = _table(PROVINCE_COLUMNS)
        self.provinces.itemSelectionChanged.connect(self._on_province)
        self.detail = _table(
            ("Served at", "Site province", "Today (MW)", "Scenario (MW)", "Change (MW)")
        )
        self.util_plot = NamedBars(tr("Utilisation (%)"), "%")
        self.dual_plot = NamedBars(tr("Value of 1 MW more (k CNY/yr)"), tr("k CNY/MW-yr"), 1)
        self.dual_plot.setYLink(self.util_plot)
        # Side by side, each the tab's full height: stacked, each showed one or two bars.
        bars = QSplitter(Qt.Orientation.Horizontal)
        bars.addWidget(self.util_plot)
        bars.addWidget(self.dual_plot)
        # The tables side by side; charts and moves share a tabbed pane, so that at 1024 px
        # the province table keeps room for its columns (four panes left it two).
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.provinces)
        split.addWidget(self.detail)
        self.migration = MigrationView(names)  # moves, stays and the free-moving view
        self.side_tabs = QTabWidget()
        self.side_tabs.addTab(bars, tr("Sites"))
        self.side_tabs.addTab(self.migration, tr("Moves"))
        split.addWidget(self.side_tabs)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 4)
        split.setSizes([450, 250, 400])  # proportions: the province table first
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(HeightBarrier(self.summary))  # a drag step re-lays out no docks
        layout.addWidget(split, 1)
        self.preview: Preview | None = None
        self._region_ids: list[str] = []
        self.bar_site_ids: list[str] = []
        self.shown_region: str | None = None  # the province whose "served at" is shown

    def set_preview(self, preview: Preview, headline: list[str] | None = None) -> None:
        """Show a new solve in every table, including the selected province's "served at";
        ``headline``: the sites' effect, versus today, if moving were free (first)."""
        self.preview = preview
        if headline is not None:
            self.headline = headline
        shown = self.shown_region
        self._fill_summary(preview)
        self._fill_provinces(preview)
        self._fill_bars(preview)
        if shown is not None and shown in self._region_ids:
            self.show_region(shown)  # the detail table follows the new solve
        else:
            self.shown_region = None
            self.detail.setRowCount(0)

    def set_headline(self, preview: Preview, headline: list[str]) -> None:
        """The summary alone (a drag step): the tables keep the last full solve."""
        self.headline = headline
        self._fill_summary(preview)

    def _fill_summary(self, p: Preview) -> None:
        cost, d_cost = p.totals_change("cost_cny")
        carbon, d_carbon = p.totals_change("carbon_t")
        rtt, _ = p.totals_change("mean_rtt_ms")
        unserved, _ = p.totals_change("unserved_mw")
        money, co2 = money_unit(), carbon_unit()  # bn CNY / 亿元, Mt / 万吨
        text = (
            f"{tr('Total cost')}: {money.format(cost)}{tr('/yr')} ({money.scaled(d_cost):+,.2f}); "
            f"{tr('carbon')}: {co2.format(carbon)} ({co2.scaled(d_carbon):+,.3f}); "
            f"{tr('mean RTT')}: {rtt_text(rtt)}; {tr('moved')}: {p.moved_mw:,.0f} MW"
        )
        text = html.escape(text)
        if unserved > 1e-6:
            text += (
                f" — <span style='color:#c62828'><b>{tr('unserved')}: {unserved:,.1f} MW</b></span>"
            )
        lines = [f"<b>{html.escape(self.headline[0])}</b>"] if self.headline else []
        lines += [html.escape(line) for line in self.headline[1:]]
        self.summary.setText("<br>".join([*lines, text]))

    def _fill_provinces(self, p: Preview) -> None:
        regions = p.scenario.problem.regions
        local_before = _local(p.base.flows)
        local_after = _local(p.scenario.flows)
        f = p.scenario.flows
        away = f[f["region"] != f["site_province"]]
        per_site = away.groupby(["region", "site"])["mw"].sum()
        elsewhere = per_site.groupby(level="region").sum()
        top = per_site.loc[per_site.groupby(level="region").idxmax()] if len(per_site) else per_site
        main = {r: (s, mw) for (r, s), mw in top.items()}
        unserved = p.scenario.unserved_mw.sum(axis=1)
        demand = np.asarray(p.scenario.problem.demand_mw).sum(axis=1)
        self._region_ids = [str(r) for r in regions.ids]
        self.provinces.setSortingEnabled(False)
        with bulk_fill(self.provinces) as table:
            table.setRowCount(len(regions))
            for row, rid in enumerate(self._region_ids):
                site, mw = main.get(rid, (None, 0.0))
                label = f"{self.names.get(site, site)} ({mw:,.0f})" if site else "—"
                cells = [
                    self.names.get(rid, rid),
                    demand[row],
                    local_before.get(rid, 0.0),
                    local_after.get(rid, 0.0),
                    float(elsewhere.get(rid, 0.0)),
                    label,
                    unserved[row],
                ]
                for col, value in enumerate(cells):
                    item = _item(value)
                    item.setData(Qt.ItemDataRole.UserRole, rid)
                    if col == 6 and value > 1e-6:
                        item.setForeground(RED)
                    table.setItem(row, col, item)

    def _on_province(self) -> None:
        rows = self.provinces.selectionModel().selectedRows()
        if not rows or self.preview is None:
            return
        rid = self.provinces.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        self.show_region(rid)
        self.sigProvinceSelected.emit(int(rid))

    def show_region(self, rid: str) -> None:
        """How this province's demand is served, before and after, by site."""
        assert self.preview is not None
        self.shown_region = rid
        df = self.preview.shift.region(rid)
        with bulk_fill(self.detail) as table:
            table.setRowCount(len(df))
            for row, r in enumerate(df.itertuples()):
                cells = [
                    self.names.get(r.site, r.site),
                    self.names.get(r.site_province, r.site_province),
                    r.before_mw,
                    r.after_mw,
                    r.change_mw,
                ]
                for col, value in enumerate(cells):
                    table.setItem(row, col, _item(value))

    def _fill_bars(self, p: Preview) -> None:
        sites = p.scenario.sites_table
        shown = sites[~sites.index.str.startswith("stock:")]  # clusters and placed sites
        # the planner's own sites first, at the top where the chart opens; clusters after
        cluster = shown.index.str.startswith("cluster:")
        shown = pd.concat([shown[~cluster], shown[cluster]])
        self.bar_site_ids = list(shown.index)
        names = [self.names.get(s, s) for s in shown.index]
        util = shown["utilisation"].to_numpy() * 100
        brushes = [pg.mkBrush("#d62728" if u > 90 else "#1f77b4") for u in util]
        self.util_plot.set_bars(names, util, brushes)
        dual = shown["dual_cny_per_mw_year"].to_numpy() / 1e3
        self.dual_plot.set_bars(names, dual, pg.mkBrush("#2ca02c"))


def _local(flows: pd.DataFrame) -> dict[str, float]:
    same = flows[flows["region"] == flows["site_province"]]
    return {str(k): float(v) for k, v in same.groupby("region")["mw"].sum().items()}
