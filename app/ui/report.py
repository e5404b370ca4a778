"""The PDF report: title and metadata, summary, map with sites and flows and a legend for
every symbol, site comparison, monthly PUE chart, allocation before/after by province, site
utilisation, assumptions and data sources, in the report's language.

Laid out as HTML (:mod:`app.ui.report_html`) in a QTextDocument paginated at the PDF's own
page size, so headings can be kept with their tables, and printed to a QPdfWriter. Headless
commands reach it through ``write_pdf``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.io.exports import ReportError
from app.io.report_data import ReportData
from app.io.report_sites import pue_curves
from app.ui.pdf_print import (  # noqa: F401 (re-exported)
    CJK_FAMILIES,
    cjk_font_family,
    keep_headings_with_tables,
    keep_rows_whole,
    split_rows,
)


def _map_image(data: ReportData, atlas, width: int = 1500, height: int = 1050):
    """The map as the window draws it at national zoom (flows bundled), and the scale of its
    flows for the legend: (image, MW of the widest line, what was too small to draw)."""
    from app.datasets.projection import to_map
    from app.ui.map.flows_item import FlowsItem, load_sites_item, show_preview
    from app.ui.map.legend import LegendWidget
    from app.ui.map.national import NationalLayers
    from app.ui.map.sites_item import SitesItem
    from app.ui.map.view import MapView

    view = MapView()
    view.resize(width, height)
    layers = NationalLayers(view, atlas)
    legend = LegendWidget(view)
    from PySide6.QtGui import QFont

    legend.setFont(QFont(cjk_font_family() or "Sans Serif", 17))  # printed at ~0.47x: ~8 pt
    legend.set_spec(layers.set_metric("price"))
    legend.move(12, height - legend.height() - 12)
    flows = None
    if data.preview is not None:
        flows, loads = FlowsItem(bundled=True), load_sites_item()
        view.add_layer("flows", "flows", [flows])
        view.add_layer("loads", "loads", [loads])
        show_preview(flows, loads, data.preview)
    sites = SitesItem()
    sites.setZValue(9500)
    view.view_box.addItem(sites, ignoreBounds=True)
    layers.cluster_labels[0].avoid.append(sites.labels)  # no cluster label over a site's
    rows = []
    for i, r in data.sites.iterrows():
        x, y = to_map(r["lon"], r["lat"])
        rows.append((str(i), str(r["site"]), float(x), float(y)))
    sites.set_sites(rows)
    view.zoom_to_china()  # the flows bundle for this zoom
    image = view.grab().toImage()
    scale = (
        FlowScale()
        if flows is None
        else FlowScale(flows.top_mw, *flows.left_out(), flows.zoom.min_mw)
    )
    view.deleteLater()
    return image, scale


@dataclass(frozen=True)
class FlowScale:
    """The report map's flows as drawn: the MW of the widest line, and the flows in bundles
    too small to draw at its zoom (how many, their MW)."""

    top_mw: float = 0.0
    not_drawn: int = 0
    not_drawn_mw: float = 0.0
    min_mw: float = 0.0  # the smallest bundle drawn


#: Monthly PUE curves in the PDF chart: more cannot be told apart, and each legend entry
#: costs time that grows with the entries already there (the sites table lists every site).
MAX_CHART_CURVES = 12


def _pue_chart(data: ReportData, width: int = 1400, height: int = 600):
    import pyqtgraph as pg
    from PySide6.QtGui import QFont

    from app.domain.text import tr
    from app.ui.map import colors
    from app.ui.plain import legend_name

    # The image is printed at about half its pixel size: text at ~20 px reads as ~9 pt.
    plot = pg.PlotWidget(background="w")
    plot.resize(width, height)
    plot.addLegend(offset=(10, 10), labelTextSize="17pt", labelTextColor="#202020")
    font = QFont(cjk_font_family() or "Sans Serif", 17)
    style = {"color": "#202020", "font-size": "19pt"}
    for side in ("left", "bottom"):
        axis = plot.getAxis(side)
        axis.setTickFont(font)
        axis.setPen("#404040")
        axis.setTextPen("#202020")
    plot.setLabel("left", tr("PUE", data.lang), **style)
    plot.setLabel("bottom", tr("Month", data.lang), **style)
    plot.getAxis("bottom").setTicks([[(i + 1, m) for i, m in enumerate(data.monthly_pue.index)]])
    monthly = data.monthly_pue.to_numpy(dtype=float)
    drawn = pue_curves(data.monthly_pue)  # a site serving nothing has no PUE, so no curve
    for i in drawn[:MAX_CHART_CURVES]:
        plot.plot(
            np.arange(1, 13),
            monthly[:, i],
            pen=pg.mkPen(colors.categorical(i), width=3),
            name=legend_name(data.monthly_pue.columns[i]),  # a site's name is text, never markup
            symbol="o",
            symbolBrush=colors.categorical(i),
        )
    if len(drawn) > MAX_CHART_CURVES:
        more = tr("and {n} more sites (see the sites table)", data.lang)
        plot.plot([], [], name=legend_name(more.format(n=len(drawn) - MAX_CHART_CURVES)))
    idle = monthly.shape[1] - len(drawn)
    if idle:
        note = tr("sites serving nothing, so without a PUE: {n}", data.lang)
        plot.plot([], [], name=legend_name(note.format(n=idle)))
    image = plot.grab().toImage()
    plot.deleteLater()
    return image


def _legend_image(data: ReportData, scale: FlowScale | None = None, width: int = 1500):
    """Every map symbol explained at the map image's own pixel scale: flow colour per workload
    class, flow width per MW (``scale``: as the map drew them; else the largest single flow),
    circle size per MW of load, circle colour per utilisation."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

    from app.domain.text import tr
    from app.ui.map import colors
    from app.ui.map.flows_item import CLASS_COLORS, FlowsItem, load_diameters

    lang = data.lang
    height = 290
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    family = cjk_font_family() or "Sans Serif"
    p.setFont(QFont(family, 20, QFont.Weight.Bold))  # printed at ~0.47x: ~9 pt
    col = width // 4
    titles = (
        tr("Flows by workload class", lang),
        tr("Flow width (MW)", lang),
        tr("Site load (MW)", lang),
        tr("Site utilisation", lang),
    )
    for i, title in enumerate(titles):
        p.drawText(QPointF(10 + i * col, 30), title)
    p.setFont(QFont(family, 18))
    for j, (cid, label) in enumerate(data.classes):
        y = 68 + j * 42
        pen = QPen(QColor(CLASS_COLORS.get(cid, "#7f7f7f")), 6)
        p.setPen(pen)
        p.drawLine(QPointF(10, y), QPointF(70, y))
        p.setPen(QColor("black"))
        p.drawText(QPointF(80, y + 6), label)
    top = scale.top_mw if scale is not None and scale.top_mw > 0 else data.flow_max_mw
    if top > 0:
        for j, mw in enumerate((top, top / 4, top / 16)):
            y = 68 + j * 42
            w = max(1.0, FlowsItem.MAX_WIDTH_PX * (mw / top) ** 0.5)
            p.setPen(QPen(QColor("#555555"), w, c=Qt.PenCapStyle.RoundCap))
            p.drawLine(QPointF(10 + col, y), QPointF(70 + col, y))
            p.setPen(QColor("black"))
            p.drawText(QPointF(80 + col, y + 6), f"{mw:,.0f}")
        if scale is not None and scale.not_drawn:
            note = tr("Not drawn: {n} flows in bundles < {min} MW ({mw} MW)", lang)
            p.setFont(QFont(family, 15))
            p.drawText(
                QRectF(10 + col, 68 + 3 * 42 - 12, col - 20, 80),
                Qt.TextFlag.TextWordWrap,
                note.format(
                    n=scale.not_drawn, min=f"{scale.min_mw:,.0f}", mw=f"{scale.not_drawn_mw:,.0f}"
                ),
            )
            p.setFont(QFont(family, 18))
    else:
        p.drawText(QPointF(10 + col, 70), tr("no flows leave their province", lang))
    load = data.load_max_mw
    if load > 0:
        y = 60.0
        for mw in (load, load / 4, load / 16):
            size = float(load_diameters([mw], load)[0])  # as the map draws it
            p.setPen(QPen(QColor("#303030"), 1))
            p.setBrush(QColor("#bbbbbb"))
            p.drawEllipse(QRectF(40 + 2 * col - size / 2, y, size, size))
            p.drawText(QPointF(80 + 2 * col, y + size / 2 + 6), f"{mw:,.0f}")
            y += size + 14
    ramp = colors.ramp("rdylgn_r", 5)
    for j, color in enumerate(ramp):
        y = 55 + j * 42
        p.setPen(QPen(QColor("#303030"), 1))
        p.setBrush(color)
        p.drawEllipse(QRectF(30 + 3 * col, y, 22, 22))
        p.drawText(QPointF(65 + 3 * col, y + 18), f"{j * 20}–{(j + 1) * 20} %")
    p.end()
    return image


def _application() -> None:
    """The QApplication, offscreen when there is no display (headless commands)."""
    if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from app.ui.qt_app import make_application

    make_application()


def report_images(data: ReportData, atlas) -> dict:
    """The report's pictures (name -> QImage), drawn with widgets on the GUI thread in the
    report's language (the map legend speaks it)."""
    from app.ui import i18n

    _application()
    previous = i18n.language()
    if previous != data.lang:
        i18n.install_language(data.lang)
    try:
        map_image, scale = _map_image(data, atlas)
        images = {"map.png": map_image, "legend.png": _legend_image(data, scale)}
        if pue_curves(data.monthly_pue):
            images["pue.png"] = _pue_chart(data)
        if data.sweep_charts is not None:
            from app.ui.report_sweep import sweep_images

            images.update(sweep_images(data.sweep_charts, data.lang))
        return images
    finally:
        if previous != data.lang:
            i18n.install_language(previous)


def print_pdf(
    html_text: str,
    images: dict,
    path: str | Path,
    title: str,
    lang: str,
    version: str,
    author: str = "",
) -> tuple[Path, list[str]]:
    """Lay out ``html_text`` with ``images`` (name -> QImage) on A4 pages and write the PDF
    atomically, checked before it replaces anything; returns the path and warnings."""
    from app.ui.pdf_print import render_pdf

    _application()
    pdf, warnings = render_pdf(html_text, images, title, lang, version, author)
    return write_checked(Path(path), pdf, lang), warnings


def write_checked(path: Path, pdf: bytes, lang: str) -> Path:
    """Write PDF bytes atomically once they are a whole PDF; :class:`ReportError` (one
    sentence) for a PDF that was not drawn or a write that failed (the old file stays)."""
    from app.domain.text import tr
    from app.io.atomic import WriteFailed, atomic_write_bytes

    if not pdf.startswith(b"%PDF-") or not pdf.rstrip().endswith(b"%%EOF"):
        raise ReportError(tr("{name}: the PDF could not be drawn", lang).format(name=path.name))
    try:
        return atomic_write_bytes(path, pdf)
    except WriteFailed as exc:
        raise ReportError(str(exc)) from None


def write_pdf(data: ReportData, atlas, path: str | Path) -> tuple[Path, list[str]]:
    """Write the report PDF; returns the path and warnings (e.g. no CJK font)."""
    from app.ui.report_html import report_html

    images = report_images(data, atlas)
    return print_pdf(
        report_html(data), images, path, data.title, data.lang, data.app_version, data.author
    )


def write_comparison_pdf(
    sheets, title: str, path: str | Path, lang: str = "en"
) -> tuple[Path, list[str]]:
    """The comparison's tables (:func:`app.io.compare_tables.comparison_sheets`) as a PDF."""
    from app import __version__
    from app.ui.report_html import comparison_html

    return print_pdf(comparison_html(sheets, title, lang), {}, path, title, lang, __version__)


def write_sheets(sheets, title: str, path: str | Path, lang: str = "en") -> Path:
    """Tables (a comparison, a suggestion) as a PDF when ``path`` ends in .pdf, else as a
    workbook: .xlsx is appended to any other name, so what the planner typed is kept ("plan
    v1.2" -> "plan v1.2.xlsx"). ``ReportError`` says why a target cannot be written."""
    from app.io.exports import check_target, write_sheets_xlsx

    path = Path(path)
    if path.suffix.lower() not in (".pdf", ".xlsx"):
        path = path.with_name(path.name + ".xlsx")
    check_target(path)
    if path.suffix.lower() == ".pdf":
        return write_comparison_pdf(sheets, title, path, lang)[0]
    return write_sheets_xlsx(sheets, path, lang, title=title)
