"""A small legend painted over the map's corner (also appears in rendered PNGs).

It holds the province classes and, after a solve, the flow symbols (class colours, line width
per MW) and the load circles' size scale. Clicking it folds it to its title, so it never has
to hide the map; on a small map it starts folded.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QWidget


@dataclass
class LegendSpec:
    title: str
    entries: list[tuple[QColor, str]] = field(default_factory=list)
    note: str = ""


@dataclass
class SymbolSpec:
    """Flow and load-circle symbols: (colour, label) lines, (width px, label) widths,
    (diameter px, label) circles."""

    title: str = ""
    lines: list[tuple[QColor, str]] = field(default_factory=list)
    widths: list[tuple[float, str]] = field(default_factory=list)
    circles: list[tuple[float, str]] = field(default_factory=list)
    note: str = ""  # a line of text under the symbols (e.g. the flows left out)

    def rows(self) -> int:
        symbols = len(self.lines) + len(self.widths) + len(self.circles)
        return bool(self.title) + symbols + bool(self.note)


class LegendWidget(QWidget):
    """Colour boxes with labels; sizes itself to its content; a click folds or unfolds it.

    Signals: sigFolded(bool) when the planner folds or unfolds it.
    """

    sigFolded = Signal(bool)
    PAD, BOX, GAP = 8, 14, 4

    def __init__(self, parent: QWidget | None = None, foldable: bool = False) -> None:
        """``foldable``: a click folds it (the window); a rendered PNG's legend is static."""
        super().__init__(parent)
        self.foldable = foldable
        if foldable:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._spec = LegendSpec("")
        self._symbols = SymbolSpec()
        self.folded = False

    @property
    def spec(self) -> LegendSpec:
        return self._spec

    @property
    def symbols(self) -> SymbolSpec:
        return self._symbols

    def set_spec(self, spec: LegendSpec) -> None:
        self._spec = spec
        self._resize()

    def set_symbols(self, symbols: SymbolSpec) -> None:
        self._symbols = symbols
        self._resize()

    def set_folded(self, folded: bool) -> None:
        if folded != self.folded:
            self.folded = folded
            self._resize()

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if not self.foldable:
            return
        self.set_folded(not self.folded)
        self.sigFolded.emit(self.folded)
        event.accept()

    def _bold(self) -> QFont:
        bold = QFont(self.font())
        bold.setBold(True)
        return bold

    def _row(self) -> int:
        return max(QFontMetrics(self.font()).height(), self.BOX) + self.GAP

    def title_text(self) -> str:
        if not self.foldable:
            return self._spec.title
        return ("▸ " if self.folded else "▾ ") + self._spec.title

    def _widths(self) -> tuple[int, int]:
        """Widths of the class column and of the symbol column (0 without symbols)."""
        fm, bold = QFontMetrics(self.font()), QFontMetrics(self._bold())
        # The title is drawn bold: measure it bold, or its end is cut off.
        w1 = bold.horizontalAdvance(self.title_text()) + 2 * self.PAD + 2
        if self.folded:
            return w1, 0
        boxed = self.BOX * 2 + 3 * self.PAD
        for _, label in self._spec.entries:
            w1 = max(w1, fm.horizontalAdvance(label) + boxed)
        if self._spec.note:
            w1 = max(w1, fm.horizontalAdvance(self._spec.note) + 2 * self.PAD + 2)
        s = self._symbols
        if not s.rows():
            return w1, 0
        w2 = bold.horizontalAdvance(s.title) + 2 * self.PAD
        for _, label in s.lines + s.widths + s.circles:
            w2 = max(w2, fm.horizontalAdvance(label) + boxed)
        w2 = max(w2, fm.horizontalAdvance(s.note) + 2 * self.PAD)
        return w1, w2

    def _resize(self) -> None:
        w1, w2 = self._widths()
        row = self._row()
        if self.folded:
            self.resize(w1, self.PAD * 2 + row)
        else:
            # Classes on the left, flow and circle symbols beside them: short, not tall.
            left = 1 + len(self._spec.entries) + bool(self._spec.note)
            right = self._symbols.rows() * row + sum(
                _extra_height(d, row) for d, _ in self._symbols.circles
            )
            self.resize(w1 + w2, self.PAD * 2 + max(left * row, row + right))
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#b0b0b0")))
        painter.setBrush(QColor(255, 255, 255, 225))
        painter.drawRoundedRect(self.rect().adjusted(0, 0, -1, -1), 4, 4)
        row = self._row()
        y = self.PAD
        painter.setFont(self._bold())
        painter.setPen(QColor("#202020"))
        painter.drawText(QRect(self.PAD, y, self.width(), row), 0, self.title_text())
        if self.folded:
            painter.end()
            return
        painter.setFont(self.font())
        for color, label in self._spec.entries:
            y += row
            painter.setPen(QPen(QColor("#707070")))
            painter.setBrush(color)
            painter.drawRect(self.PAD, y + 1, self.BOX * 2, self.BOX - 2)
            self._label(painter, 0, y, label)
        if self._spec.note:
            y += row
            painter.setPen(QColor("#606060"))
            painter.drawText(QRect(self.PAD, y, self.width(), row), 0, self._spec.note)
        self._paint_symbols(painter, self._widths()[0], self.PAD, row)
        painter.end()

    def _label(self, painter: QPainter, x: int, y: int, label: str) -> None:
        # A font taller than the swatch (the report's) gets a taller box, centred on the
        # swatch, or its glyphs are cut off at the swatch's height.
        height = max(self.BOX + 2, QFontMetrics(self.font()).height())
        top = y + min(0, (self.BOX + 2 - height) // 2)
        painter.setPen(QColor("#202020"))
        painter.drawText(
            QRect(x + self.PAD * 2 + self.BOX * 2, top, self.width(), height), 0, label
        )

    def _paint_symbols(self, painter: QPainter, x: int, y: int, row: int) -> int:
        """The symbol column, starting at ``x`` (its title on the legend's title row)."""
        s = self._symbols
        if s.title:
            painter.setFont(self._bold())
            painter.setPen(QColor("#202020"))
            painter.drawText(QRect(x + self.PAD, y, self.width(), row), 0, s.title)
            painter.setFont(self.font())
        x0 = x + self.PAD
        mid = self.BOX // 2
        for color, label in s.lines:
            y += row
            painter.setPen(QPen(color, 3))
            painter.drawLine(x0, y + mid, x0 + self.BOX * 2, y + mid)
            self._label(painter, x, y, label)
        for width, label in s.widths:
            y += row
            painter.setPen(_flat_pen(width))
            painter.drawLine(x0, y + mid, x0 + self.BOX * 2, y + mid)
            self._label(painter, x, y, label)
        for diameter, label in s.circles:  # to scale: a big circle gets a taller row
            y += row
            extra = _extra_height(diameter, row)
            painter.setPen(QPen(QColor("#303030"), 1))
            painter.setBrush(QColor(120, 120, 120, 110))
            painter.drawEllipse(
                QPointF(x0 + self.BOX, y + mid + extra / 2), diameter / 2, diameter / 2
            )
            self._label(painter, x, y + extra // 2, label)
            y += extra
        if s.note:
            y += row
            painter.setPen(QColor("#606060"))
            painter.drawText(QRect(x + self.PAD, y, self.width(), row), 0, s.note)
        return y


def _flat_pen(width: float) -> QPen:
    pen = QPen(QColor("#606060"))
    pen.setWidthF(width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


def _extra_height(diameter: float, row: int) -> int:
    return max(0, int(diameter + 3 - row))
