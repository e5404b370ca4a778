"""The comparison's annual-cost chart: one stacked bar per site (grid energy, green power,
capex annuity), each bar named underneath however narrow the dock, the legend above the bars.

pyqtgraph drops a tick label that would overlap its neighbour, so in a narrow dock the bars
lost their names; here each name is elided to the room its bar has. Its legend floats in the
plot's top-left corner, so the y range keeps room for it above the tallest bar.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from app.domain.report_units import display, heading
from app.engine.costs.site_eval import SiteMetrics
from app.ui.i18n import language, tr
from app.ui.map import colors

#: the most bars named underneath (more cannot be read anyway)
MAX_TICKS = 40
#: (legend label, SiteMetrics field), stacked from the bottom
PARTS = (
    ("Grid energy", "grid_energy_cost_mcny"),
    ("Green power", "green_energy_cost_mcny"),
    ("Capex annuity", "capex_annuity_mcny"),
)
_GAP_PX = 8  # between the legend's bottom and the tallest bar


class CostChart(pg.PlotWidget):
    def __init__(self) -> None:
        super().__init__(background="w")
        self.setLabel("left", heading(tr("Annual cost"), "mcny", language()))
        self.legend = self.addLegend(offset=(5, 5))
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
        height = box.height()
        legend = 5 + self.legend.boundingRect().height() + _GAP_PX  # 5: the legend's offset
        if self.top > 0 and height > legend * 1.5:  # a dock too short keeps the bars whole
            self.setYRange(0.0, self.top * height / (height - legend), padding=0)
