"""Suggest sites: where the next N MW should go (:mod:`app.engine.suggest.suggest`), from the window.

The planner sets the MW to add, the number of sites, sizes, the cooling technologies and
facility classes allowed, water limits and how many alternatives; the optimiser runs on a
worker (progress, Cancel); the best plan, the first answer and the alternatives are listed with
why for each site (from the one evaluation of the scenario with the plan placed) and drawn on
the map. "Add to scenario" places the chosen plan's sites as one undo step.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.datasets.projection import to_map
from app.domain import units
from app.domain.ids import COOLING_TECH_IDS, COOLING_TECH_LABELS
from app.engine.suggest.suggest_explain import SuggestOutcome, run_suggestion
from app.ui.commands import AddSiteCommand
from app.ui.i18n import language, tr
from app.ui.workers import TaskRunner

FACILITY_IDS = ("hyperscale", "large", "midsize", "small")
COLUMNS = (
    "Plan", "Site", "Province", "MW", "Cooling", "Facility class", "PUE", "CNY/kWh", "Why",
)  # fmt: skip


class SuggestDialog(QDialog):
    """``window``: the main window (its atlas, scenario, map, undo stack and model)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(tr("Suggest sites"))
        self.setSizeGripEnabled(True)
        self.outcome: SuggestOutcome | None = None
        self.points: tuple = ()
        self.runner = TaskRunner(self)
        self.runner.sigProgress.connect(lambda f: self.progress.setValue(int(f * 100)))
        self.runner.sigDone.connect(self._on_done)
        self.runner.sigFailed.connect(self._on_failed)
        self._markers: list[pg.ScatterPlotItem] = []
        self._build()
        self.finished.connect(self._clear_markers)

    # ---- form -------------------------------------------------------------------------------
    def _spin(self, value: float, lo: float, hi: float, step: float, suffix: str = ""):
        box = QDoubleSpinBox()
        box.setRange(lo, hi)
        box.setDecimals(0 if step >= 1 else 2)
        box.setSingleStep(step)
        box.setValue(value)
        box.setSuffix(suffix)
        return box

    def _checklist(self, ids, label_of) -> QListWidget:
        box = QListWidget()
        for key in ids:
            item = QListWidgetItem(label_of(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            box.addItem(item)
        box.setMaximumHeight(box.sizeHintForRow(0) * len(ids) + 6)
        return box

    def _build(self) -> None:
        zh = language() == "zh"
        self.add_mw = self._spin(600, 50, 100_000, 50, " MW")
        self.max_sites = QSpinBox()
        self.max_sites.setRange(1, 20)
        self.max_sites.setValue(3)
        self.step_mw = self._spin(50, 10, 10_000, 10, " MW")
        self.min_mw = self._spin(50, 10, 10_000, 10, " MW")
        self.max_mw = self._spin(600, 10, 100_000, 50, " MW")
        self.techs = self._checklist(COOLING_TECH_IDS, lambda k: COOLING_TECH_LABELS[k][zh])
        from app.engine.pue.facility import FACILITY_LABELS

        self.classes = self._checklist(FACILITY_IDS, lambda k: FACILITY_LABELS[k][zh])
        self.water_site = self._spin(0, 0, 1e9, 10_000, " m³")
        self.water_site.setSpecialValueText(tr("no limit"))
        self.water_province = self._spin(0, 0, 1e10, 100_000, " m³")
        self.water_province.setSpecialValueText(tr("no limit"))
        self.dry_provinces = QLineEdit()
        self.dry_provinces.setPlaceholderText(tr("e.g. Ningxia, Gansu, 内蒙古"))
        self.alternatives = QSpinBox()
        self.alternatives.setRange(0, 10)
        self.alternatives.setValue(2)
        self.within = self._spin(5, 0, 100, 1, " %")
        self.time_limit = self._spin(60, 1, 3600, 10, " s")
        self.points_button = QPushButton(tr("Candidate points…"))
        self.points_button.clicked.connect(self._choose_points)
        self.only_points = QCheckBox(tr("only these points"))
        form = QFormLayout()
        form.addRow(tr("Add IT capacity"), self.add_mw)
        form.addRow(tr("At most this many sites"), self.max_sites)
        form.addRow(tr("Sizes in steps of"), self.step_mw)
        form.addRow(tr("Smallest site"), self.min_mw)
        form.addRow(tr("Largest site"), self.max_mw)
        form.addRow(tr("Cooling allowed"), self.techs)
        form.addRow(tr("Facility classes allowed"), self.classes)
        form.addRow(tr("Water per site at full load"), self.water_site)
        form.addRow(tr("Water per province at full load"), self.water_province)
        form.addRow(tr("No water-using cooling in"), self.dry_provinces)
        form.addRow(tr("Alternatives"), self.alternatives)
        form.addRow(tr("Alternatives may cost more by (of the sites' own cost)"), self.within)
        form.addRow(tr("Time limit"), self.time_limit)
        row = QHBoxLayout()
        row.addWidget(self.points_button)
        row.addWidget(self.only_points)
        form.addRow(tr("Planner's candidates"), row)
        self.run_button = QPushButton(tr("Suggest"))
        self.run_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.key = QLabel(tr("On the map: ★ the best plan, ▽ the alternatives (hover for why)."))
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.plan_choice = QComboBox()
        self.add_button = QPushButton(tr("Add to scenario"))
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self.add_chosen)
        self.export_button = QPushButton(tr("Export…"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self._export_dialog)
        buttons = QHBoxLayout()
        for w in (self.run_button, self.cancel_button, self.progress):
            buttons.addWidget(w)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(tr("Plan")))
        bottom.addWidget(self.plan_choice, 1)
        bottom.addWidget(self.add_button)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.key)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def _checked(self, box: QListWidget) -> tuple[str, ...]:
        return tuple(
            box.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(box.count())
            if box.item(i).checkState() == Qt.CheckState.Checked
        )

    def _choose_points(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Candidate points"), str(Path.home()),
            tr("Point layers (*.csv *.xlsx *.geojson *.json *.gpkg *.shp)"),
        )  # fmt: skip
        if path:
            self.load_points(path)

    def load_points(self, path: str | Path) -> None:
        from app.datasets.user_data import UserDataError
        from app.engine.suggest.suggest_candidates import points_from_file

        try:
            self.points = points_from_file(path)
        except UserDataError as exc:
            self.summary.setText(str(exc))
            return
        self.points_button.setText(tr("{n} candidate points").format(n=len(self.points)))

    def request(self):
        from app.engine.suggest.suggest import SuggestRequest

        water, water_p = self.water_site.value(), self.water_province.value()
        return SuggestRequest(
            add_mw=self.add_mw.value(),
            max_sites=self.max_sites.value(),
            step_mw=self.step_mw.value(),
            min_site_mw=self.min_mw.value(),
            max_site_mw=self.max_mw.value(),
            technologies=self._checked(self.techs),
            facilities=self._checked(self.classes),
            points=self.points,
            builtin=not (self.only_points.isChecked() and self.points),
            water_m3_per_site=water if water > 0 else None,
            water_m3_per_province=water_p if water_p > 0 else None,
            no_water_provinces=frozenset(self.dry_codes()[0]),
            alternatives=self.alternatives.value(),
            within=self.within.value() / 100.0,
            time_limit_s=self.time_limit.value(),
        )

    def dry_codes(self) -> tuple[list[int], list[str]]:
        """Provinces typed in "No water-using cooling in" (English or Chinese names, with or
        without 省/市/自治区), and the words that name none."""
        provinces = self.window_.atlas.provinces
        names: dict[str, int] = {}
        for code, row in provinces.iterrows():
            zh = str(row["name_zh"])
            for name in (str(row["name_en"]).lower(), zh, zh[:2], zh[:3]):
                names.setdefault(name, int(code))
        codes, unknown = [], []
        for word in re.split(r"[,，;；、\s]+", self.dry_provinces.text().strip()):
            if word:
                code = names.get(word.lower())
                (codes.append(code) if code is not None else unknown.append(word))
        return codes, unknown

    # ---- running ----------------------------------------------------------------------------
    def start(self) -> None:
        req = self.request()
        problems = req.problems()
        unknown = self.dry_codes()[1]
        if unknown:
            problems.append(tr("No water-using cooling in: not a province: {names}").format(
                names=", ".join(unknown)))  # fmt: skip
        if problems:
            self.summary.setText("\n".join(problems))
            return
        atlas, scenario = self.window_.atlas, self.window_.current_scenario()
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.add_button.setEnabled(False)
        self.progress.setValue(0)
        self.summary.setText(tr("Pricing candidates and solving…"))
        self.runner.submit(lambda p, c: run_suggestion(atlas, scenario, req, p, c))

    def _finish(self) -> None:
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def _on_failed(self, message: str) -> None:
        self._finish()
        self.summary.setText(message)

    def _on_done(self, outcome: SuggestOutcome | None) -> None:
        self._finish()
        if outcome is None:
            self.summary.setText(tr("Cancelled."))
            return
        from app.io.glossary import status_label

        self.outcome = outcome
        s = outcome.suggestion
        self.summary.setText(
            tr(
                "{status}; gap {gap:.2%}. The best plan saves {saving} a year against the "
                "scenario as it is (negative: it costs). First answer in {first:.1f} s, "
                "done in {total:.1f} s; {n} candidate locations."
            ).format(
                status=status_label(s.status), gap=s.gap, saving=units.money(outcome.saving_cny, 3),
                first=s.seconds_to_first, total=s.seconds_total, n=s.n_locations,
            )
        )  # fmt: skip
        self._fill(outcome)
        self._draw(outcome)
        self.plan_choice.clear()
        self.plan_choice.addItems([view.label for view in outcome.plans])
        self.export_button.setEnabled(bool(outcome.plans))
        self.add_button.setEnabled(bool(outcome.plans))

    def _fill(self, outcome: SuggestOutcome) -> None:
        zh = language() == "zh"
        from app.engine.pue.facility import FACILITY_LABELS

        rows, atlas = [], self.window_.atlas
        lang = "zh" if zh else "en"
        for view in outcome.plans:
            for site, option in zip(view.new_sites, view.portfolio.options, strict=True):
                w = view.why.get(site.id)
                rows.append(
                    (
                        view.label, site.name,
                        atlas.province_name(option.inputs.province_adcode, lang),
                        f"{site.capacity_mw:,.0f}", COOLING_TECH_LABELS[site.cooling][zh],
                        FACILITY_LABELS[site.facility][zh],
                        "" if w is None or w.pue is None else f"{w.pue:.3f}",
                        "" if w is None else f"{w.price_cny_per_kwh:.3f}",
                        "" if w is None else w.text().replace("\n", "; "),
                    )
                )  # fmt: skip
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)  # plain text: names are the planner's
                if c == len(row) - 1:
                    item.setToolTip(text.replace("; ", "\n"))
                self.table.setItem(r, c, item)

    def _draw(self, outcome: SuggestOutcome) -> None:
        self._clear_markers()
        for n, view in enumerate(outcome.plans):
            sites, label, why = view.new_sites, view.label, view.why
            x, y = to_map(np.array([s.lon for s in sites]), np.array([s.lat for s in sites]))
            item = pg.ScatterPlotItem(
                x=x, y=y, symbol="star" if n == 0 else "t", size=22 if n == 0 else 15,
                brush=pg.mkBrush(230, 60, 30, 230) if n == 0 else pg.mkBrush(255, 255, 255, 160),
                pen=pg.mkPen(90, 20, 0, width=1.5),
                tip=_plain_tip, hoverable=True,
                data=[f"{label}: {s.name}\n{_why(why, s.id)}" for s in sites],
            )  # fmt: skip
            item.setZValue(60 - n)
            self.window_.map.view_box.addItem(item, ignoreBounds=True)
            self._markers.append(item)

    def _export_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Export suggestion"), str(Path.home() / "suggestion.xlsx"),
            tr("Excel workbook (*.xlsx);;PDF report (*.pdf)"),
        )  # fmt: skip
        if path:
            self.export(path)

    def export(self, path: str | Path) -> Path | None:
        """The suggestion's tables (:mod:`app.io.suggest_tables`): .pdf, else .xlsx."""
        from app.io.exports import ReportError
        from app.io.suggest_tables import suggestion_sheets
        from app.ui.report import write_sheets

        if self.outcome is None:
            return None
        lang = language()
        sheets = suggestion_sheets(
            self.outcome.suggestion, self.outcome.plans, self.window_.atlas, lang
        )
        try:
            path = write_sheets(sheets, tr("Site suggestion"), path, lang)
        except (OSError, ValueError, ReportError) as exc:
            self.summary.setText(tr("Cannot export: {error}").format(error=exc))
            return None
        self.summary.setText(tr("Exported {path}").format(path=path))
        return path

    def done(self, code: int) -> None:  # closing: stop a running search, drop its result
        self.runner.cancel()
        self.runner.wait()
        super().done(code)

    def _clear_markers(self) -> None:
        for item in self._markers:
            self.window_.map.view_box.removeItem(item)
        self._markers = []

    def add_chosen(self) -> None:
        """Place the chosen plan's sites in the scenario: one undo step."""
        if self.outcome is None or self.plan_choice.currentIndex() < 0:
            return
        view = self.outcome.plans[self.plan_choice.currentIndex()]
        label, new, window = view.label, view.new_sites, self.window_
        taken = {s.id for s in window.current_scenario().sites}
        stack = window.undo_stack
        stack.beginMacro(tr("Add {n} suggested sites").format(n=len(new)))
        for site in new:
            if site.id in taken:  # the scenario changed since the suggestion
                from app.domain.site import new_site_id

                site = site.with_changes(id=new_site_id())
            stack.push(AddSiteCommand(window.model, site))
        stack.endMacro()
        self.summary.setText(tr("{plan}: {n} sites added.").format(plan=label, n=len(new)))


def _plain_tip(x: float, y: float, data: str) -> str:
    """A marker's tooltip: the planner's names escaped, so Qt never reads them as markup
    (pyqtgraph joins the tips of overlapping markers with blank lines)."""
    return "<qt>" + html.escape(data).replace("\n", "<br>") + "</qt>"


def _why(why: dict, site_id: str) -> str:
    w = why.get(site_id)
    return "" if w is None else w.text()


__all__ = ["SuggestDialog"]
