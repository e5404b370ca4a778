"""A holder for a label whose text changes often (a drag step's headline, its site card).

Qt re-lays out every ancestor of a label up to the main window whenever its text changes
(``QLayout::activate`` ends with an unconditional ``updateGeometry``): docks, tab bars and
separators were laid out and repainted at every drag step, ~3 ms for the results headline
alone. The holder keeps its child out of any layout and tells its own parent layout only
when the size the child needs changed (a line more or less), not at every new text.

For a word-wrapped label that is its height at the width it has and its minimum size; the
width it would prefer (``sizeHint``, the text on one line) is left to the parent layout's
next pass: a holder belongs in a layout that sets its width (a dock's column).

``whole``: its minimum height is the wrapped text's at the width it has (told again when the
width changes), so a squeezed layout (a form in a scroll area shorter than the form) cannot cut
lines off; the area scrolls instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QWidget


class HeightBarrier(QWidget):
    """Shows ``child`` filling this widget; sizes as the child asks (height for width too)."""

    def __init__(
        self, child: QWidget, parent: QWidget | None = None, *, whole: bool = False
    ) -> None:
        super().__init__(parent)
        self.child, self.whole = child, whole
        child.setParent(self)
        self.setSizePolicy(child.sizePolicy())
        self._asked: tuple | None = None

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self._lines_at_width(self.child.sizeHint())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self._lines_at_width(self.child.minimumSizeHint())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        # whole: the height for the width it has is told as its size; a QFormLayout's own
        # height-for-width pass kept the height of an earlier text (one line of two in Chinese)
        return not self.whole and self.child.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        return self.child.heightForWidth(width)

    def _lines_at_width(self, hint: QSize) -> QSize:
        if self.whole and self.child.hasHeightForWidth():
            hint.setHeight(max(hint.height(), self.child.heightForWidth(self.width())))
        return hint

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.child.setGeometry(self.rect())
        if self.whole and event.size().width() != event.oldSize().width():
            self._ask()  # another width, maybe another number of lines
        super().resizeEvent(event)

    def event(self, event) -> bool:
        # A child without a parent layout posts its geometry change here as a LayoutRequest.
        if event.type() == QEvent.Type.LayoutRequest:
            self._ask()
            self.child.setGeometry(self.rect())
            return True
        return super().event(event)

    def _ask(self) -> None:
        """Tell the parent layout, only when the size asked for changed."""
        asked = (
            self.minimumSizeHint(),
            self.heightForWidth(self.width()) if self.hasHeightForWidth() else self.sizeHint(),
        )
        if asked != self._asked:
            self._asked = asked
            self.updateGeometry()  # the parent layout gives it the new size
