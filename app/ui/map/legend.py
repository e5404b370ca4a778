"""A small legend painted over the map's corner (also appears in rendered PNGs)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QWidget


@dataclass
class LegendSpec:
    title: str
    entries: list[tuple[QColor, str]] = field(default_factory=list)
    note: str = ""


class LegendWidget(QWidget):
    """Colour boxes with labels; sizes itself to its content."""

    PAD, BOX, GAP = 8, 14, 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._spec = LegendSpec("")

    @property
    def spec(self) -> LegendSpec:
        return self._spec

    def set_spec(self, spec: LegendSpec) -> None:
        self._spec = spec
        fm = QFontMetrics(self.font())
        lines = [spec.title, *(label for _, label in spec.entries)]
        if spec.note:
            lines.append(spec.note)
        width = max(fm.horizontalAdvance(s) for s in lines) + self.BOX + 3 * self.PAD
        row = max(fm.height(), self.BOX) + self.GAP
        height = self.PAD * 2 + row * (len(spec.entries) + 1 + bool(spec.note))
        self.resize(width, height)
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#b0b0b0")))
        painter.setBrush(QColor(255, 255, 255, 225))
        painter.drawRoundedRect(self.rect().adjusted(0, 0, -1, -1), 4, 4)
        fm = QFontMetrics(self.font())
        row = max(fm.height(), self.BOX) + self.GAP
        y = self.PAD
        bold = self.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor("#202020"))
        painter.drawText(QRect(self.PAD, y, self.width(), row), 0, self._spec.title)
        painter.setFont(self.font())
        for color, label in self._spec.entries:
            y += row
            painter.setPen(QPen(QColor("#707070")))
            painter.setBrush(color)
            painter.drawRect(self.PAD, y + 1, self.BOX, self.BOX - 2)
            painter.setPen(QColor("#202020"))
            painter.drawText(QRect(self.PAD * 2 + self.BOX, y, self.width(), row), 0, label)
        if self._spec.note:
            painter.setPen(QColor("#606060"))
            painter.drawText(QRect(self.PAD, y + row, self.width(), row), 0, self._spec.note)
        painter.end()
