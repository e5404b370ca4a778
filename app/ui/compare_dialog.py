"""Scenarios side by side: totals, per-province and per-site differences, and the map of the
difference in net compute import (last scenario vs the first)."""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
)

from app.datasets.atlas import Atlas
from app.io import compare
from app.io.report_data import ReportData, collect
from app.ui.i18n import tr
from app.ui.map.legend import LegendWidget
from app.ui.map.national import NationalLayers
from app.ui.map.view import MapView


def fill_table(table: QTableWidget, frame: pd.DataFrame, index: bool = True) -> None:
    frame = frame.reset_index() if index else frame
    table.setColumnCount(len(frame.columns))
    table.setRowCount(len(frame))
    table.setHorizontalHeaderLabels([str(c).replace("_", " ") for c in frame.columns])
    for r, row in enumerate(frame.itertuples(index=False)):
        for c, value in enumerate(row):
            if isinstance(value, (float, np.floating)):
                item = QTableWidgetItem(f"{value:,.3f}" if np.isfinite(value) else tr("missing"))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            else:
                item = QTableWidgetItem(str(value))
            table.setItem(r, c, item)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


class CompareDialog(QDialog):
    def __init__(self, atlas: Atlas, scenarios: dict[str, object], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Compare scenarios"))
        self.resize(1300, 850)
        self.reports: dict[str, ReportData] = {
            label: collect(sc, atlas) for label, sc in scenarios.items()}
        self.totals = QTableWidget()
        fill_table(self.totals, compare.totals(self.reports))
        self.provinces = QTableWidget()
        self.province_frame = compare.provinces(self.reports)
        fill_table(self.provinces, self.province_frame)
        self.sites = QTableWidget()
        fill_table(self.sites, compare.sites(self.reports), index=False)
        self.map = MapView()
        self.layers = NationalLayers(self.map, atlas)
        self.legend = LegendWidget(self.map)
        self._map_difference()
        tabs = QTabWidget()
        tabs.addTab(self.provinces, tr("By province"))
        tabs.addTab(self.sites, tr("Sites"))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(tabs)
        split.addWidget(self.map)
        layout = QVBoxLayout(self)
        layout.addWidget(self.totals)
        layout.addWidget(split, 1)

    def _map_difference(self) -> None:
        labels = list(self.reports)
        column = f"change: {labels[-1]}" if len(labels) > 1 else labels[0]
        values = self.province_frame[column]
        self.layers.extra_values["net_import_change"] = {int(k): float(v)
                                                         for k, v in values.items()}
        spec = self.layers.set_metric("net_import_change")
        spec.title = tr("Net import change: {b} vs {a} (MW)").format(a=labels[0], b=labels[-1])
        self.legend.set_spec(spec)
        self.legend.move(8, 8)
