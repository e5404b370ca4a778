"""The PDF report: title and metadata, summary, map with sites and flows and a legend for
every symbol, site comparison, monthly PUE chart, allocation before/after by province, site
utilisation, assumptions and data sources, in the report's language.

Laid out as HTML (:mod:`app.ui.report_html`) in a QTextDocument paginated at the PDF's own
page size, so headings can be kept with their tables, and printed to a QPdfWriter. Headless
commands reach it through ``write_pdf``.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from app.io.report_data import ReportData

CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "SimHei",
    "PingFang SC",
)


def cjk_font_family() -> str | None:
    """A installed font family that has Chinese glyphs, or None."""
    from PySide6.QtGui import QFontDatabase

    families = set(QFontDatabase.families())
    return next((f for f in CJK_FAMILIES if f in families), None)


def _map_image(data: ReportData, atlas, width: int = 1500, height: int = 1050):
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
    if data.preview is not None:
        flows, loads = FlowsItem(), load_sites_item()
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
    view.zoom_to_china()
    image = view.grab().toImage()
    view.deleteLater()
    return image


def _pue_chart(data: ReportData, width: int = 1400, height: int = 600):
    import pyqtgraph as pg
    from PySide6.QtGui import QFont

    from app.domain.text import tr
    from app.ui.map import colors

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
    for i, name in enumerate(data.monthly_pue.columns):
        plot.plot(
            np.arange(1, 13),
            data.monthly_pue[name].to_numpy(),
            pen=pg.mkPen(colors.categorical(i), width=3),
            name=str(name),
            symbol="o",
            symbolBrush=colors.categorical(i),
        )
    image = plot.grab().toImage()
    plot.deleteLater()
    return image


def _legend_image(data: ReportData, width: int = 1500):
    """Every map symbol explained at the map image's own pixel scale: flow colour per workload
    class, flow width per MW, circle size per MW of load, circle colour per utilisation."""
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
    top = data.flow_max_mw
    if top > 0:
        for j, mw in enumerate((top, top / 4, top / 16)):
            y = 68 + j * 42
            w = max(1.0, FlowsItem.MAX_WIDTH_PX * (mw / top) ** 0.5)
            p.setPen(QPen(QColor("#555555"), w, c=Qt.PenCapStyle.RoundCap))
            p.drawLine(QPointF(10 + col, y), QPointF(70 + col, y))
            p.setPen(QColor("black"))
            p.drawText(QPointF(80 + col, y + 6), f"{mw:,.0f}")
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


def keep_headings_with_tables(doc, follow: float = 90.0) -> None:
    """Move every ``<h2>`` that would end a page, with less than ``follow`` (document units)
    of its section below it, to the top of the next page."""
    from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextFormat

    page_h = doc.pageSize().height()
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        doc.pageCount()  # lay out the whole document first: a partial layout loses headings
        if block.blockFormat().headingLevel() == 2:
            rect = layout.blockBoundingRect(block)
            page_bottom = (int(rect.top() // page_h) + 1) * page_h
            if page_bottom - rect.bottom() < follow:
                fmt = QTextBlockFormat(block.blockFormat())
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(fmt)
        block = block.next()


#: Height (document units, 96 per inch) kept for the running header and the page number.
HEADER_H, FOOTER_H = 28.0, 24.0


def _tables(doc) -> list:
    from PySide6.QtGui import QTextTable

    out, frames = [], [doc.rootFrame()]
    while frames:
        frame = frames.pop()
        for child in frame.childFrames():
            if isinstance(child, QTextTable):
                out.append(child)
            frames.append(child)
    return out


def split_rows(doc) -> list[tuple[object, int]]:
    """(table, row) of every table row that starts on one page and ends on the next."""
    layout, page_h = doc.documentLayout(), doc.pageSize().height()
    doc.pageCount()  # the whole document laid out
    out = []
    for table in _tables(doc):
        for r in range(table.rows()):
            cells = [table.cellAt(r, c) for c in range(table.columns())]
            top = min(
                layout.blockBoundingRect(c.firstCursorPosition().block()).top() for c in cells
            )
            bottom = max(
                layout.blockBoundingRect(c.lastCursorPosition().block()).bottom() for c in cells
            )
            if int(top // page_h) != int((bottom - 1) // page_h) and bottom - top < page_h:
                out.append((table, r))
    return out


def keep_rows_whole(doc, rounds: int = 200) -> None:
    """Move every table row that a page end would split to the next page (its cells start
    with a page break); moving one can split a later one, so repeat until none is."""
    from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextFormat

    for _ in range(rounds):
        split = split_rows(doc)
        if not split:
            return
        table, r = split[0]
        for c in range(table.columns()):
            block = table.cellAt(r, c).firstCursorPosition().block()
            fmt = QTextBlockFormat(block.blockFormat())
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(block).setBlockFormat(fmt)


def print_pages(doc, writer, header: str, page_text) -> None:
    """Print ``doc`` page by page with ``header`` above and ``page_text(i, n)`` below each
    page (QTextDocument.print_ numbers pages only when it lays the document out itself)."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QPainter

    body_h = doc.pageSize().height()
    width = doc.pageSize().width()
    pages = doc.pageCount()
    painter = QPainter(writer)
    small = QFont(doc.defaultFont())
    small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
    try:
        for i in range(pages):
            if i:
                writer.newPage()
            painter.save()
            painter.translate(QPointF(0, HEADER_H - i * body_h))
            doc.drawContents(painter, QRectF(0, i * body_h, width, body_h))
            painter.restore()
            painter.setFont(small)
            painter.setPen(QColor("#555555"))
            top = QRectF(0, 0, width, HEADER_H - 8)
            painter.drawText(
                top, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), header
            )
            painter.drawLine(QPointF(0, HEADER_H - 6), QPointF(width, HEADER_H - 6))
            bottom = QRectF(0, HEADER_H + body_h + 4, width, FOOTER_H - 4)
            painter.drawText(bottom, int(Qt.AlignmentFlag.AlignHCenter), page_text(i + 1, pages))
    finally:
        painter.end()


def print_pdf(
    html_text: str,
    images: dict,
    path: str | Path,
    title: str,
    lang: str,
    version: str,
    author: str = "",
) -> tuple[Path, list[str]]:
    """Lay out ``html_text`` (with ``images``: name -> function returning a QImage, called
    once the application exists) on A4 pages and write the PDF atomically; returns the path
    and warnings (e.g. no CJK font)."""
    if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QMarginsF, QSizeF, QUrl
    from PySide6.QtGui import (
        QFont,
        QPageLayout,
        QPageSize,
        QPdfWriter,
        QTextDocument,
        QTextOption,
    )

    from app.domain.text import tr
    from app.ui import i18n
    from app.ui.app import make_application

    make_application()
    previous = i18n.language()
    if previous != lang:  # the map legend speaks the report's language
        i18n.install_language(lang)
    try:
        warnings = []
        family = cjk_font_family()
        if family is None:
            warnings.append(
                tr(
                    "no CJK font installed (e.g. fonts-wqy-microhei): Chinese names "
                    "will show as boxes",
                    lang,
                )
            )
        path = Path(path)
        tmp = path.with_name(f".{path.name}.tmp")
        doc = QTextDocument()
        doc.setDefaultFont(QFont(family or "Sans Serif", 9))
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)  # never inside a word or number
        doc.setDefaultTextOption(option)
        for name, make in images.items():
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), make())
        doc.setHtml(html_text)
        writer = QPdfWriter(str(tmp))
        writer.setResolution(96)  # = document units, so our pagination is the printed one
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(15, 15, 15, 15),
            )
        )
        writer.setTitle(title)
        writer.setAuthor(author or tr("CPN Planner", lang))
        writer.setCreator(f"CPN Planner {version}")
        page = QSizeF(writer.pageLayout().paintRectPixels(96).size())
        doc.setPageSize(QSizeF(page.width(), page.height() - HEADER_H - FOOTER_H))
        keep_headings_with_tables(doc)
        keep_rows_whole(doc)  # no row split across pages (README)
        header = f"{tr('CPN Planner', lang)} · {title}"
        try:
            print_pages(
                doc, writer, header, lambda i, n: tr("Page {i} of {n}", lang).format(i=i, n=n)
            )
        finally:
            del writer  # flushes the file
        os.replace(tmp, path)
        return path, warnings
    finally:
        if previous != lang:
            i18n.install_language(previous)


def write_pdf(data: ReportData, atlas, path: str | Path) -> tuple[Path, list[str]]:
    """Write the report PDF; returns the path and warnings (e.g. no CJK font)."""
    from app.ui.report_html import report_html

    images = {"map.png": lambda: _map_image(data, atlas), "legend.png": lambda: _legend_image(data)}
    if data.metrics:
        images["pue.png"] = lambda: _pue_chart(data)
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
