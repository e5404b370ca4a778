"""The sweep's charts in the PDF report: tornado, Sobol bars and each site's probability of
use, drawn with pyqtgraph like the report's monthly PUE chart (text at print size, dark
ink). Every bar is a figure the finished sweep computed (``app.sweep.report_table``)."""

from __future__ import annotations

import numpy as np

#: Pixel size of a chart; the PDF prints it at about half: 17 pt text reads as ~8-9 pt.
WIDTH = 1400
ROW_PX = 70  # height per bar row, so long parameter keys never overlap
TEXT_PT = 17


def _plot(n_rows: int, title: str, bottom: str):
    """A white plot sized for ``n_rows`` bars, dark axes, its title drawn inside."""
    import pyqtgraph as pg
    from PySide6.QtGui import QFont

    from app.ui.pdf_print import cjk_font_family

    plot = pg.PlotWidget(background="w")
    plot.resize(WIDTH, 200 + ROW_PX * max(n_rows, 1))
    # the title is drawn in the image, so a page never separates a chart from its title
    plot.setTitle(title, color="#202020", size=f"{TEXT_PT + 3}pt", bold=True)
    font = QFont(cjk_font_family() or "Sans Serif", TEXT_PT)
    for side in ("left", "bottom"):
        axis = plot.getAxis(side)
        axis.setTickFont(font)
        axis.setPen("#404040")
        axis.setTextPen("#202020")
        axis.enableAutoSIPrefix(False)
    plot.setLabel("bottom", bottom, color="#202020", **{"font-size": f"{TEXT_PT + 2}pt"})
    return plot


def _legend(plot):
    return plot.addLegend(offset=(-10, 10), labelTextSize=f"{TEXT_PT}pt", labelTextColor="#202020")


def _grab(plot):
    image = plot.grab().toImage()
    plot.deleteLater()
    return image


def _row_ticks(plot, labels) -> np.ndarray:
    from PySide6.QtGui import QFontMetrics

    y = np.arange(len(labels))[::-1].astype(float)  # tick text is drawn as plain text
    axis = plot.getAxis("left")
    axis.setTicks([[(v, str(t)) for v, t in zip(y, labels, strict=True)]])
    # the axis is laid out before it is shown: make it as wide as its longest label
    metrics = QFontMetrics(axis.style["tickFont"])
    axis.setWidth(40 + max((metrics.horizontalAdvance(str(t)) for t in labels), default=0))
    plot.setYRange(-0.6, len(labels) + 0.6, padding=0)  # empty rows on top for the legend
    return y


def tornado_image(frame, lang: str):
    """The sites' effect on cost at each parameter's low and high end (bars from 0)."""
    import pyqtgraph as pg

    from app.domain import units
    from app.domain.text import tr
    from app.ui.map import colors

    unit = units.unit("money", lang)
    title = tr("Tornado: sites' effect on cost at each parameter's ends", lang)
    plot = _plot(len(frame), title, unit.symbol)
    legend = _legend(plot)
    y = _row_ticks(plot, frame.index)
    for i, (column, name) in enumerate((("low", "low end"), ("high", "high end"))):
        ends = frame[column].to_numpy(float) / unit.per
        bars = pg.BarGraphItem(  # side by side: one end never hides the other
            x0=np.minimum(ends, 0), x1=np.maximum(ends, 0), y=y + 0.2 - 0.4 * i, height=0.35,
            brush=colors.categorical(i),
        )  # fmt: skip
        plot.addItem(bars)
        legend.addItem(bars, tr(name, lang))
    return _grab(plot)


def sobol_image(frame, lang: str):
    """First-order and total Sobol indices with their 95 % confidence intervals."""
    import pyqtgraph as pg

    from app.domain.text import tr
    from app.ui.map import colors

    title = tr("Sobol indices of the sites' effect on cost", lang)
    plot = _plot(len(frame), title, tr("Sobol index", lang))
    legend = _legend(plot)
    y = _row_ticks(plot, frame.index)
    names = (("S1", tr("first order", lang)), ("ST", tr("total", lang)))
    for i, (key, name) in enumerate(names):
        offset = 0.2 - 0.4 * i
        value = frame[key].to_numpy(float)
        bars = pg.BarGraphItem(
            x0=np.minimum(value, 0), x1=np.maximum(value, 0), y=y + offset, height=0.35,
            brush=colors.categorical(i),
        )  # fmt: skip
        plot.addItem(bars)
        legend.addItem(bars, name)
        width = 2 * frame[f"{key}_conf"].to_numpy(float)
        plot.addItem(pg.ErrorBarItem(x=value, y=y + offset, width=width, beam=0.1, pen="#202020"))
    return _grab(plot)


def use_image(use: dict[str, float], threshold: float, lang: str):
    """Per site, the share of samples with use at or above ``threshold``."""
    import pyqtgraph as pg

    from app.domain.text import tr
    from app.ui.map import colors

    label = tr("Share of samples with use above {u:.0%}", lang).format(u=threshold)
    plot = _plot(len(use), tr("Probability of use per site", lang), label)
    y = _row_ticks(plot, list(use))
    shares = 100.0 * np.asarray(list(use.values()), float)
    plot.addItem(pg.BarGraphItem(x0=0, x1=shares, y=y, height=0.6, brush=colors.categorical(2)))
    plot.setXRange(0, 100)
    return _grab(plot)


def sweep_images(report, lang: str) -> dict:
    """name -> QImage of the sweep's charts that have data (``chart_names``)."""
    from app.ui.report_html import chart_names

    draw = {
        "sweep_tornado.png": lambda: tornado_image(report.tornado, lang),
        "sweep_sobol.png": lambda: sobol_image(report.sobol, lang),
        "sweep_use.png": lambda: use_image(report.use, report.threshold, lang),
    }
    return {name: draw[name]() for name in chart_names(report)}
