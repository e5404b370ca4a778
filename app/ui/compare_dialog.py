"""Scenarios side by side: the current scenario against references (every change = current
minus reference), totals, per-province and per-site differences in labelled columns with
units, the map of the change in net compute import, and export to XLSX or PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
)

from app.datasets.atlas import Atlas
from app.domain.text import language
from app.io.compare_tables import comparison_sheets
from app.io.report_data import ReportData, collect
from app.io.report_tables import Sheet
from app.ui.error_dialog import details_of, warn
from app.ui.i18n import tr
from app.ui.map.legend import LegendWidget
from app.ui.map.national import NationalLayers
from app.ui.map.view import MapView
from app.ui.report_html import cell_text
from app.ui.window_layout import fit_to_screen


def fill_table(table: QTableWidget, sheet: Sheet, lang: str = "en") -> None:
    """Show a :class:`Sheet` with its headings (units included) and its figures as printed."""
    table.setColumnCount(len(sheet.headers))
    table.setRowCount(len(sheet.rows))
    table.setHorizontalHeaderLabels(sheet.headers)
    table.verticalHeader().hide()
    for r, row in enumerate(sheet.rows):
        for c, value in enumerate(row):
            kind = sheet.kind(r, c)
            number = kind is not None and not isinstance(value, str)
            item = QTableWidgetItem(
                cell_text(value, kind, lang, c in sheet.changes, sheet.missing_text)
            )
            if number:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


class CompareDialog(QDialog):
    """``scenarios``: label -> Scenario; the first is the current one, the others references.
    ``reports``: their report data when collected already (the window does it on a worker).
    ``export(path)`` writes the comparison (XLSX or PDF by suffix)."""

    def __init__(
        self,
        atlas: Atlas,
        scenarios: dict[str, object],
        parent=None,
        reports: dict[str, ReportData] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Compare scenarios"))
        fit_to_screen(self, 1300, 850)
        self.setSizeGripEnabled(True)
        self.lang = language()
        self.reports: dict[str, ReportData] = reports or {
            label: collect(sc, atlas, lang=self.lang) for label, sc in scenarios.items()
        }
        self.sheets = comparison_sheets(self.reports, self.lang)
        by_name = {sheet.name: sheet for sheet in self.sheets}
        self.effect, self.totals = QTableWidget(), QTableWidget()
        self.provinces, self.sites, self.placed = QTableWidget(), QTableWidget(), QTableWidget()
        for table, name in (
            (self.effect, "effect"),
            (self.totals, "totals"),
            (self.provinces, "provinces"),
            (self.sites, "sites"),
            (self.placed, "placed"),
        ):
            fill_table(table, by_name[name], self.lang)
        differing = [row[0] for row in by_name["differing"].rows]
        self.warning = QLabel(
            tr(
                "The scenarios differ in assumptions, so their totals answer different "
                "questions: {keys}"
            ).format(keys=", ".join(differing))  # fmt: skip
            if differing
            else ""
        )
        self.warning.setTextFormat(Qt.TextFormat.PlainText)  # keys may echo a planner's text
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #c62828")
        self.warning.setVisible(bool(differing))
        self.last_error: str | None = None
        self.map = MapView()
        self.layers = NationalLayers(self.map, atlas)
        self.legend = LegendWidget(self.map)
        self._map_difference()
        tabs = QTabWidget()
        tabs.addTab(self.provinces, tr("By province"))
        tabs.addTab(self.sites, tr("By site"))
        tabs.addTab(self.placed, tr("Placed sites"))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(tabs)
        split.addWidget(self.map)
        self.export_button = QPushButton(tr("Export comparison…"))
        self.export_button.clicked.connect(self.export_dialog)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        top = QTabWidget()
        top.addTab(self.effect, tr("Placed sites' effect"))
        top.addTab(self.totals, tr("Totals"))
        layout.addWidget(top)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

    @property
    def labels(self) -> list[str]:
        return list(self.reports)

    def _map_difference(self) -> None:
        current, ref = self.labels[0], self.labels[-1]
        sheet = next(s for s in self.sheets if s.name == "provinces")
        codes = [int(c) for c in self.reports[current].preview.scenario.problem.regions.ids]
        change_col = len(sheet.headers) - 1
        self.province_change = {
            code: float(row[change_col] or 0.0) for code, row in zip(codes, sheet.rows, strict=True)
        }
        self.layers.extra_values["net_import_change"] = self.province_change
        spec = self.layers.set_metric("net_import_change")
        spec.title = tr("Net import change: {a} minus {b} (MW)").format(a=current, b=ref)
        self.legend.set_spec(spec)
        self.legend.move(8, 8)

    def export_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("Export comparison"),
            str(Path.home() / "comparison.xlsx"),
            tr("Excel workbook (*.xlsx);;PDF report (*.pdf)"),
        )
        if path:
            self.export(path)

    def export(self, path: str | Path) -> Path | None:
        """Write the comparison (.pdf, else .xlsx); a failure is shown to the planner, never
        raised."""
        from app.ui.report import write_sheets

        title = tr("Comparison: {a} and {b}").format(a=self.labels[0], b=", ".join(self.labels[1:]))
        try:
            return write_sheets(self.sheets, title, path, self.lang)
        except Exception as exc:  # noqa: BLE001 - every failure reaches the planner
            self.show_error(tr("Cannot export comparison"), f"{path}: {exc}", details_of(exc))
            return None

    def show_error(self, title: str, message: str, details: str = "") -> None:
        """A modal message, a traceback behind "Show Details..."; tests replace it."""
        self.last_error = message
        warn(self, title, message, details)
