"""What colours the main window's map: the metric shown, computed on a worker when it takes
seconds, its class breaks, and the scenario's own tariffs and CO2 factors in place of the
built-in ones (a mixin of MainWindow)."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker

from app.ui import describe
from app.ui.i18n import tr


class MetricMixin:
    """Needs the window's map, national layers, legend (and its control), layers panel,
    metric combo, inspector and ``sigMetricShown``."""

    def _build_metric_loader(self) -> None:
        from app.ui.map.metric_loader import window_metric_loader

        self.metric_loader = window_metric_loader(self)

    def _show_metric_again(self) -> None:
        """The metric shown, with new figures; not while another one computes (it will show
        with the newest figures when ready)."""
        if self.metric_loader.wanted in ("", self.national.metric.key):
            self.set_metric(self.national.metric.key)

    def set_metric(self, key: str) -> None:
        """Colour provinces by ``key`` (see app.domain.metrics) and refresh the legend; a
        metric that takes seconds (station PUE) is computed on a worker first, the map
        keeping the metric shown until then. sigMetricShown(key) once it is shown."""
        self._select_metric_in_combo(key)
        computing = tr("Computing the PUE at every climate station…")
        if self.metric_loader.request(key):
            self.statusBar().showMessage(computing)
            return
        spec = self.national.set_metric(key)
        self.legend.set_spec(spec)
        self.legend_control.place()
        self.layers_panel.refresh()  # a PUE metric turns the stations layer on
        if self.statusBar().currentMessage() == computing:
            self.statusBar().clearMessage()
        self.sigMetricShown.emit(key)

    def _select_metric_in_combo(self, key: str) -> None:
        index = self.metric_combo.findData(key)
        if index != self.metric_combo.currentIndex():
            with QSignalBlocker(self.metric_combo):
                self.metric_combo.setCurrentIndex(index)

    def set_class_breaks(self, text: str | None) -> bool:
        """The planner's class breaks for the metric shown (see LegendControl)."""
        return self.legend_control.set_class_breaks(text)

    def _show_overrides(self) -> None:
        """The scenario's province tariffs and CO2 factors on the map, in its tooltips and in
        the inspector, in place of the built-in figures (the view is kept)."""
        a = self.model.scenario.assumptions
        overrides = {
            "price_cny_per_kwh": dict(a.tariff_cny_per_kwh),
            "grid_ef_2023_kgco2_per_kwh": dict(a.emission_kg_per_kwh),
        }
        if overrides == self.national.overrides:
            return
        self.national.overrides = overrides
        if self.national.metric.column in overrides:
            self._show_metric_again()
        if (
            self.selected_code is not None
            and self.inspector_stack.currentWidget() is self.inspector
        ):
            self.inspector.update_rows(
                describe.province_rows(self.atlas, self.selected_code, overrides)
            )
