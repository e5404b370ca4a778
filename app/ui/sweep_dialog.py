"""The sweep dialog: parameters, ranges and samples; the sweep runs on dask from a worker
thread with progress and Cancel (what finished is kept), then its charts and summary.

The definition is checked by the scenario format's own reader (the same key paths as a file
would get); the sweep is ``app.sweep`` end to end - the dialog draws what it returns.
``client_factory(workers)`` makes the dask client (default: a local cluster of processes;
tests pass an in-process one). ``sigFinished(summary)`` when a sweep ends with rows.
"""

from __future__ import annotations

import copy
import os
import shutil
import tempfile
import threading
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.sweep import SAMPLINGS, SweepDefinition, SweepParameter
from app.sweep.plan import DEFAULT_KEY, default_definition
from app.ui.i18n import tr
from app.ui.sweep_plots import SweepCharts
from app.ui.workers import TaskRunner

COLUMNS = ("Key", "Distribution", "Low", "High")
PARAMETER_ROLE = Qt.ItemDataRole.UserRole


class SweepDialog(QDialog):
    sigFinished = Signal(object)

    def __init__(self, scenario, parent=None, client_factory=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Sweep: how sure are we?"))
        self.resize(1100, 800)
        self.scenario = scenario
        self.swept_scenario = None  # a copy of the plan the last run swept
        self.client_factory = client_factory
        self.folder = Path(tempfile.mkdtemp(prefix="cpn-sweep-"))
        self.result = None
        self._stop = threading.Event()
        self.runner = TaskRunner(self)
        self.runner.sigProgress.connect(lambda f: self.progress.setValue(int(1000 * f)))
        self.runner.sigDone.connect(self._done)
        self.runner.sigFailed.connect(self._failed)
        self._build(default_definition(scenario))

    # ---- widgets ---------------------------------------------------------------------------
    def _build(self, d: SweepDefinition) -> None:
        self.sampling = QComboBox()
        for key in SAMPLINGS:  # shown in words, kept as the file's key
            self.sampling.addItem(sampling_label(key), key)
        self.sampling.setCurrentIndex(max(self.sampling.findData(d.sampling), 0))
        self.samples, self.seed, self.workers = QSpinBox(), QSpinBox(), QSpinBox()
        self.samples.setRange(1, 100_000)
        self.samples.setValue(d.samples)
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setValue(d.seed)
        self.workers.setRange(1, max(os.cpu_count() or 1, 1) * 4)
        self.workers.setValue(os.cpu_count() or 1)
        self.tornado = QCheckBox(tr("Also run the tornado (each parameter at its ends)"))
        self.tornado.setChecked(True)
        self.composed = QCheckBox(tr("Also vary the estimated electricity prices"))
        self.composed.setToolTip(
            tr(
                "Each province without a published price varies over the span by which the "
                "estimate rule has missed published prices (tested on the provinces that "
                "publish one, each left out in turn); prices you set yourself stay fixed."
            )
        )
        self.composed.setChecked(d.composed_tariffs)
        form = QFormLayout()
        form.addRow(tr("Sampling"), self.sampling)
        form.addRow(tr("Samples"), self.samples)
        form.addRow(tr("Seed"), self.seed)
        form.addRow(tr("Workers"), self.workers)
        form.addRow(self.tornado)
        form.addRow(self.composed)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.kept: dict[int, SweepParameter] = {}
        for p in d.parameters:
            self.add_parameter(p)
        self.definition = d
        add, remove = QPushButton(tr("Add parameter")), QPushButton(tr("Remove parameter"))
        add.clicked.connect(
            lambda: self.add_parameter(SweepParameter(DEFAULT_KEY, "uniform", 0.0, 100.0))
        )
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        self.run_button, self.cancel_button = QPushButton(tr("Run")), QPushButton(tr("Cancel"))
        self.save_button = QPushButton(tr("Save rows…"))
        self.cancel_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button.clicked.connect(self._save_rows)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.summary = QPlainTextEdit()  # plain text: keys and names as typed; columns aligned
        self.summary.setReadOnly(True)
        self.summary.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.summary.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.charts = SweepCharts()
        buttons = QHBoxLayout()
        for b in (add, remove):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.run_button, self.cancel_button, self.save_button):
            buttons.addWidget(b)
        top = QWidget()
        left = QVBoxLayout(top)
        left.addLayout(form)
        left.addWidget(self.table, 1)
        left.addLayout(buttons)
        left.addWidget(self.progress)
        left.addWidget(self.summary, 2)
        split = QSplitter()
        split.addWidget(top)
        split.addWidget(self.charts)
        split.setSizes([450, 650])
        QVBoxLayout(self).addWidget(split)

    def add_parameter(self, p: SweepParameter) -> None:
        """A row; distributions other than uniform keep their other figures (edit low/high)."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        shown = "values" if p.values is not None else p.distribution
        low = min(p.values) if p.values else p.low
        high = max(p.values) if p.values else p.high
        for col, value in enumerate((p.key, shown, low, high)):
            item = QTableWidgetItem("" if value is None else str(value))
            if col == 1:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, col, item)
        self.table.item(row, 0).setData(PARAMETER_ROLE, p)  # the parameter as read

    # ---- the definition --------------------------------------------------------------------
    def current_definition(self) -> SweepDefinition:
        """The definition the widgets show (raises ScenarioError naming bad cells by key
        path: the format's reader checks it)."""
        params = [self._parameter(r) for r in range(self.table.rowCount())]
        d = replace(
            self.definition,
            sampling=self.sampling.currentData(),
            samples=self.samples.value(),
            seed=self.seed.value(),
            parameters=tuple(params),
            composed_tariffs=self.composed.isChecked(),
        )
        from app.io.scenario_file import dumps_scenario, loads_scenario

        text = dumps_scenario(replace(self.scenario, sweep=d))
        return loads_scenario(text, check_files=False).sweep

    def _parameter(self, row: int) -> SweepParameter:
        before: SweepParameter = self.table.item(row, 0).data(PARAMETER_ROLE)
        key = self.table.item(row, 0).text().strip()
        low, high = (self._number(self.table.item(row, c).text()) for c in (2, 3))
        if before is None or before.values is not None:
            return SweepParameter(key, "uniform", low, high)
        return replace(before, key=key, low=low, high=high)

    @staticmethod
    def _number(text: str):
        try:
            return float(text)
        except ValueError:
            return None

    # ---- running ---------------------------------------------------------------------------
    def run(self) -> None:
        from app.io.scenario_file import ScenarioError

        try:
            definition = self.current_definition()
        except ScenarioError as exc:
            QMessageBox.warning(self, tr("Sweep"), "\n".join(exc.messages))
            return
        self._stop.clear()
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.summary.setPlainText(tr("Running…"))
        # the plan as it is now: the window's scenario object changes with every later edit
        self.swept_scenario = copy.deepcopy(self.scenario)
        self.runner.submit(self._task(replace(self.swept_scenario, sweep=definition)))

    def cancel(self) -> None:
        """Stop the sweep; the samples that finished are kept and shown."""
        self._stop.set()
        self.cancel_button.setEnabled(False)

    def _task(self, scenario):
        from app.sweep.dialog_task import sweep_task

        return sweep_task(
            scenario,
            self.folder / "sweep.parquet",
            self.workers.value(),
            self.tornado.isChecked(),
            self.client_factory,
            self._stop,
        )

    def _done(self, result) -> None:
        self.result = result
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.save_button.setEnabled(result.outcome.rows > 0)
        names = {s: result.site_names.get(s, s) for s in result.site_ids}
        self.charts.show_results(result.rows, result.summary, names, result.tornado)
        self.summary.setPlainText(result.text)
        if result.outcome.rows:
            self.sigFinished.emit(result)

    def _failed(self, message: str) -> None:
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.summary.setPlainText(tr("The sweep failed: {message}").format(message=message))

    def _save_rows(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Save the sweep's rows"), "sweep.parquet", tr("Parquet (*.parquet)")
        )
        if not path:
            return
        from app.io.atomic import WriteFailed, atomic_write_bytes

        path = Path(path)
        if path.suffix.lower() != ".parquet":  # what the planner typed is kept
            path = path.with_name(path.name + ".parquet")
        source = self.result.outcome.path
        try:
            data = source.read_bytes()
        except OSError as exc:
            reason = exc.strerror or str(exc)
            QMessageBox.warning(self, tr("Sweep"), tr(
                "the sweep's rows could not be read from {path}: {reason}"
            ).format(path=source, reason=reason))  # fmt: skip
            return
        try:
            atomic_write_bytes(path, data)
        except WriteFailed as exc:  # read-only, disk full, ...: the old file is unchanged
            QMessageBox.warning(self, tr("Sweep"), str(exc))

    def done(self, code: int) -> None:  # closing: stop a running sweep, drop the temp rows
        self._stop.set()
        self.runner.wait()
        shutil.rmtree(self.folder, ignore_errors=True)
        super().done(code)


def sampling_label(key: str) -> str:
    """A sampling design (``app.domain.sweep.SAMPLINGS``) in the interface language."""
    return {
        "monte_carlo": tr("Monte Carlo"),
        "latin_hypercube": tr("Latin hypercube"),
        "grid": tr("Grid"),
        "sobol": tr("Sobol' (variance-based sensitivity)"),
        "morris": tr("Morris (elementary effects)"),
    }.get(key, key)
