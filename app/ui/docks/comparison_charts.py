"""The comparison's two charts: each site's monthly PUE, and its annual cost as a stacked bar
(grid energy, green power, capex annuity) named underneath however narrow the dock.

pyqtgraph drops a tick label that would overlap its neighbour, so in a narrow dock the bars
lost their names; here each name is elided to the room its bar has. A legend floats in the
plot's top-left corner, so each chart's y range keeps room for it above the data.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from app.domain.report_units import display, heading
from app.engine.costs.site_eval import SiteMetrics
from app.ui import plain
from app.ui.i18n import language, tr
from app.ui.map import colors

#: the most curves drawn: a legend entry per curve costs quadratic time (thousands of sites
#: would freeze the window), and more than a dozen curves cannot be told apart anyway
MAX_CURVES = 12

#: the most bars named underneath (more cannot be read anyway)
MAX_TICKS = 40
#: (legend label, SiteMetrics field), stacked from the bottom
PARTS = (
    ("Grid energy", "grid_energy_cost_mcny"),
    ("Green power", "green_energy_cost_mcny"),
    ("Capex annuity", "capex_annuity_mcny"),
)
_GAP_PX = 8  # between the legend's bottom and the data
_OFFSET_PX = 5  # the legend's distance from the plot's top-left corner


def keep_legend_clear(plot: pg.PlotWidget, legend, low: float, high: float) -> None:
    """Set ``plot``'s y range from ``low`` so that ``high`` stays below its legend."""
    height = plot.getViewBox().height()
    room = _OFFSET_PX + legend.boundingRect().height() + _GAP_PX
    if high > low and height > room * 1.5:  # a chart too short keeps the data whole
        plot.setYRange(low, low + (high - low) * height / (height - room), padding=0)


class PueChart(pg.PlotWidget):
    def __init__(self) -> None:
        super().__init__(background="w")
        self.setLabel("left", tr("PUE"))
        self.setLabel("bottom", tr("Month"))
        self.legend = self.addLegend(offset=(_OFFSET_PX, _OFFSET_PX))
        self.getAxis("bottom").setTicks([[(i + 1, str(i + 1)) for i in range(12)]])
        self.span = (0.0, 0.0)  # the lowest and highest monthly PUE drawn
        self.getViewBox().sigResized.connect(self._fit)

    def set_metrics(self, metrics: list[SiteMetrics]) -> None:
        self.clear()
        months, drawn = np.arange(1, 13), []
        for i, m in enumerate(metrics[:MAX_CURVES]):
            monthly = np.asarray(m.monthly_pue, float)
            if not np.isfinite(monthly).any():
                continue  # serves nothing at its solved load: no PUE to draw
            drawn.append(monthly)
            self.plot(
                months,
                monthly,
                pen=pg.mkPen(colors.categorical(i), width=2),
                name=plain.legend_name(m.name),
                symbol="o",
                symbolSize=5,
                symbolBrush=colors.categorical(i),
            )
        values = np.concatenate(drawn) if drawn else np.array([np.nan])
        self.span = (float(np.nanmin(values)), float(np.nanmax(values))) if drawn else (0.0, 0.0)
        self._fit()

    def _fit(self, *_args) -> None:
        low, high = self.span
        pad = max(0.05 * (high - low), 0.005)
        if high > 0:
            keep_legend_clear(self, self.legend, low - pad, high + pad)


class CostChart(pg.PlotWidget):
    def __init__(self) -> None:
        super().__init__(background="w")
        self.setLabel("left", heading(tr("Annual cost"), "mcny", language()))
        self.legend = self.addLegend(offset=(_OFFSET_PX, _OFFSET_PX))
        self.names: list[str] = []
        self.top = 0.0  # the tallest bar, in the axis's unit
        self.getViewBox().sigResized.connect(self._fit)

    def set_metrics(self, metrics: list[SiteMetrics]) -> None:
        self.clear()
        self.names, self.top = [m.name for m in metrics[:MAX_TICKS]], 0.0
        if not metrics:
            self._fit()
            return
        x = np.arange(len(metrics))
        bottom = np.zeros(len(metrics))
        factor = display("mcny", language()).factor
        for j, (label, attr) in enumerate(PARTS):
            heights = np.array([getattr(m, attr) for m in metrics], float) * factor
            if not heights.any():
                continue
            self.addItem(
                pg.BarGraphItem(
                    x=x,
                    y0=bottom,
                    height=heights,
                    width=0.6,
                    brush=colors.categorical(j + 4),
                    name=tr(label),
                )
            )
            bottom = bottom + heights
        self.top = float(np.nanmax(bottom)) if np.isfinite(bottom).any() else 0.0
        self.setXRange(-0.5, len(metrics) - 0.5, padding=0.02)
        self._fit()

    def _fit(self, *_args) -> None:
        """Name every bar in the room it has; keep the legend clear of the bars."""
        axis, box = self.getAxis("bottom"), self.getViewBox()
        (x0, x1), width = box.viewRange()[0], box.width()
        room = 0.95 * width / max(x1 - x0, 1e-9)  # px per bar
        font = QFontMetrics(axis.style.get("tickFont") or axis.font())
        elide = Qt.TextElideMode.ElideRight
        axis.setTicks(
            [[(i, font.elidedText(n, elide, max(int(room), 1))) for i, n in enumerate(self.names)]]
        )
        if self.top > 0:
            keep_legend_clear(self, self.legend, 0.0, self.top)
