"""HTML with pictures laid out on A4 pages and printed to PDF bytes, in memory.

Qt's text layout and PDF writer are reentrant, so this runs on a worker thread as well as on
the GUI thread (the pictures, which need widgets, are drawn on the GUI thread first); the
caller checks the bytes and writes them atomically."""

from __future__ import annotations

import os

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


def _first_line_top(layout, block) -> float:
    """Where ``block``'s first line starts (a picture too tall for the rest of a page moves its
    line to the next page while the block itself still starts on this one)."""
    top = layout.blockBoundingRect(block).top()
    lines = block.layout()
    return top + lines.lineAt(0).y() if lines is not None and lines.lineCount() else top


def keep_headings_with_tables(doc, follow: float = 90.0) -> None:
    """Move every ``<h2>`` that would end a page, with less than ``follow`` (document units)
    of its section below it or with what follows it starting on the next page (a table or a
    picture), to the top of the next page."""
    from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextFormat

    page_h = doc.pageSize().height()
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        doc.pageCount()  # lay out the whole document first: a partial layout loses headings
        if block.blockFormat().headingLevel() == 2:
            rect = layout.blockBoundingRect(block)
            page = int(rect.top() // page_h)
            page_bottom = (page + 1) * page_h
            after = block.next()
            parted = after.isValid() and int(_first_line_top(layout, after) // page_h) != page
            if page_bottom - rect.bottom() < follow or parted:
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


def _document(html_text: str, images: dict, family: str | None):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QFont, QTextDocument, QTextOption

    doc = QTextDocument()
    doc.setDefaultFont(QFont(family or "Sans Serif", 9))
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)  # never inside a word or number
    doc.setDefaultTextOption(option)
    for name, image in images.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    doc.setHtml(html_text)
    return doc


def render_pdf(
    html_text: str, images: dict, title: str, lang: str, version: str, author: str = ""
) -> tuple[bytes, list[str]]:
    """The PDF bytes of ``html_text`` with ``images`` (name -> QImage) and warnings (e.g. no
    CJK font). Needs a QGuiApplication (any thread)."""
    if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    from app.domain.text import tr

    warnings = []
    family = cjk_font_family()
    if family is None:
        warnings.append(
            tr(
                "no CJK font installed (e.g. fonts-wqy-microhei): Chinese names will show as boxes",
                lang,
            )
        )
    doc = _document(html_text, images, family)
    buffer = QBuffer()  # in memory: every byte is checked before a file is replaced
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
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
        print_pages(doc, writer, header, lambda i, n: tr("Page {i} of {n}", lang).format(i=i, n=n))
    finally:
        del writer  # ends the PDF
    pdf = bytes(buffer.data())
    buffer.close()
    return pdf, warnings
