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
    html_text: str, images: dict, title: str, lang: str, version: str
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
    writer.setCreator(f"CPN Planner {version}")
    doc.setPageSize(QSizeF(writer.pageLayout().paintRectPixels(96).size()))
    keep_headings_with_tables(doc)
    try:
        doc.print_(writer)
    finally:
        del writer  # ends the PDF
    pdf = bytes(buffer.data())
    buffer.close()
    return pdf, warnings
