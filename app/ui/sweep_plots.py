"""The sweep's charts (pyqtgraph): distributions of the totals and of the sites' effect,
tornado and Sobol bars, and each site's probability of use above a chosen utilisation.

Every chart draws figures a finished sweep computed (``app.sweep.plan``); nothing here
computes a figure of its own except counting rows above the chosen utilisation.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import units
from app.sweep.analysis import probability
from app.ui.i18n import tr
from app.ui.map import colors

#: (column, label) of the distributions shown.
DISTRIBUTIONS = (
    ("cost_cny", "Total cost"),
    ("effect.cost_cny", "Sites' effect on cost"),
    ("carbon_t", "Carbon"),
    ("effect.carbon_t", "Sites' effect on carbon"),
)
BINS = 20


def _plot(title: str, left: str = "", bottom: str = "") -> pg.PlotWidget:
    plot = pg.PlotWidget(background="w")
    plot.setTitle(title, color="k")
    plot.setLabel("left", left)
    plot.setLabel("bottom", bottom)
    for side in ("left", "bottom"):  # the unit is in the label: no "(x0.001)"
        plot.getAxis(side).enableAutoSIPrefix(False)
    return plot


def _money_scale() -> tuple[float, str]:
    unit = units.money_unit()
    return unit.per, unit.symbol


class SweepCharts(QTabWidget):
    """Tabs of charts; ``show_results(rows, summary, tornado)`` draws them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        dist = QWidget()
        grid = QVBoxLayout(dist)
        self.distribution_plots = {c: _plot(tr(label)) for c, label in DISTRIBUTIONS}
        for pair in (DISTRIBUTIONS[:2], DISTRIBUTIONS[2:]):
            row = QHBoxLayout()
            for column, _ in pair:
                row.addWidget(self.distribution_plots[column])
            grid.addLayout(row)
        self.addTab(dist, tr("Distributions"))
        self.tornado_plot = _plot(tr("Tornado: sites' effect on cost at each parameter's ends"))
        self.tornado_plot.addLegend(offset=(-5, -5))
        self.addTab(self.tornado_plot, tr("Tornado"))
        self.sobol_plot = _plot(tr("Sobol indices of the sites' effect on cost"))
        self.sobol_plot.addLegend(offset=(5, 5))
        self.addTab(self.sobol_plot, tr("Sobol"))
        sites = QWidget()
        box = QVBoxLayout(sites)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Probability of use above")))
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.0, 1.0)
        self.threshold.setSingleStep(0.05)
        self.threshold.setValue(0.8)
        self.threshold.valueChanged.connect(self._plot_sites)
        row.addWidget(self.threshold)
        row.addStretch(1)
        box.addLayout(row)
        self.sites_plot = _plot(tr("Probability of use per site"), tr("share of samples"))
        box.addWidget(self.sites_plot)
        self.addTab(sites, tr("Sites"))
        self.policy_plot = _plot(tr("Probability of passing each policy target"))
        self.addTab(self.policy_plot, tr("Policy targets"))
        self.rows: pd.DataFrame | None = None
        self.site_ids: tuple[str, ...] = ()
        self.site_names: dict[str, str] = {}

    def show_results(self, rows: pd.DataFrame, summary, site_names, tornado=None) -> None:
        """``site_names``: site id -> name, in the scenario's order."""
        self.rows = rows[rows["status"] == "optimal"]
        self.site_ids, self.site_names = tuple(site_names), dict(site_names)
        for column, plot in self.distribution_plots.items():
            self._histogram(plot, column)
        self._tornado(tornado)
        self._sobol(summary.sobol)
        self._plot_sites()
        self._policy({summary.policy_names.get(k, k): v for k, v in summary.policy.items()})

    def probabilities(self) -> dict[str, float]:
        """Site id -> share of solved samples with utilisation >= the chosen threshold."""
        if self.rows is None:
            return {}
        u = self.threshold.value()
        return {s: probability(self.rows[f"site.{s}.utilisation"] >= u) for s in self.site_ids}

    def _histogram(self, plot: pg.PlotWidget, column: str) -> None:
        plot.clear()
        x = self.rows[column].dropna().to_numpy(float) if self.rows is not None else []
        if not len(x):
            return
        money = column.endswith("cost_cny")
        per, symbol = (
            _money_scale() if money else (units.carbon_unit().per, units.carbon_unit().symbol)
        )
        counts, edges = np.histogram(x / per, bins=BINS)
        plot.addItem(
            pg.BarGraphItem(x0=edges[:-1], x1=edges[1:], height=counts, brush=colors.categorical(0))
        )
        plot.setLabel("bottom", symbol)
        plot.setLabel("left", tr("samples"))

    def _tornado(self, frame: pd.DataFrame | None) -> None:
        self.tornado_plot.clear()
        self.tornado_plot.getPlotItem().legend.clear()
        if frame is None or not len(frame):
            return
        per, symbol = _money_scale()
        y = np.arange(len(frame))[::-1]
        low, high = frame["low"].to_numpy() / per, frame["high"].to_numpy() / per
        for i, (ends, name) in enumerate(((low, tr("low end")), (high, tr("high end")))):
            x0, x1 = np.minimum(ends, 0), np.maximum(ends, 0)
            bars = pg.BarGraphItem(x0=x0, x1=x1, y=y, height=0.6, brush=colors.categorical(i))
            self.tornado_plot.addItem(bars)
            self.tornado_plot.getPlotItem().legend.addItem(bars, name)
        self.tornado_plot.getAxis("left").setTicks([list(zip(y, frame.index, strict=True))])
        self.tornado_plot.setLabel("bottom", symbol)

    def _sobol(self, frame: pd.DataFrame | None) -> None:
        """Horizontal bars (the keys are long): first-order and total index, each with its
        95 % confidence interval."""
        self.sobol_plot.clear()
        self.sobol_plot.getPlotItem().legend.clear()
        if frame is None:
            return
        y = np.arange(len(frame))[::-1].astype(float)
        for offset, key, i in ((0.2, "S1", 0), (-0.2, "ST", 1)):
            value = frame[key].to_numpy()
            bars = pg.BarGraphItem(
                x0=np.minimum(value, 0), x1=np.maximum(value, 0), y=y + offset, height=0.35,
                brush=colors.categorical(i),
            )  # fmt: skip
            self.sobol_plot.addItem(bars)
            self.sobol_plot.getPlotItem().legend.addItem(bars, key)
            width = 2 * frame[f"{key}_conf"].to_numpy()
            self.sobol_plot.addItem(pg.ErrorBarItem(x=value, y=y + offset, width=width, beam=0.1))
        self.sobol_plot.getAxis("left").setTicks([list(zip(y, frame.index, strict=True))])

    def _policy(self, shares: dict[str, float]) -> None:
        """Horizontal bars: share of the samples that pass each target (0 to 1)."""
        self.policy_plot.clear()
        if not shares:
            return
        y = np.arange(len(shares))[::-1].astype(float)
        self.policy_plot.addItem(
            pg.BarGraphItem(
                x0=0, x1=list(shares.values()), y=y, height=0.6, brush=colors.categorical(3)
            )  # fmt: skip
        )
        self.policy_plot.getAxis("left").setTicks([list(zip(y, shares, strict=True))])
        self.policy_plot.setXRange(0, 1)

    def _plot_sites(self) -> None:
        self.sites_plot.clear()
        p = self.probabilities()
        if not p:
            return
        x = np.arange(len(p))
        self.sites_plot.addItem(
            pg.BarGraphItem(x=x, height=list(p.values()), width=0.6, brush=colors.categorical(2))
        )
        names = [self.site_names.get(s, s) for s in p]
        self.sites_plot.getAxis("bottom").setTicks([list(zip(x, names, strict=True))])
        self.sites_plot.setYRange(0, 1)
