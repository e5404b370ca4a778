"""User-supplied text (names, notes, file names, layer attributes) shown as text, never as
markup: Qt guesses rich text from a leading tag, and rich text loads the images it names
(``<img src="file:///...">``), so a shared scenario could make the window open local files."""

from __future__ import annotations

import html


def tip(text: str) -> str:
    """A tooltip that shows ``text`` exactly as written (escaped inside rich text, so Qt's
    rich-text guess cannot turn it into markup)."""
    return f"<p style='white-space:pre-wrap'>{html.escape(str(text))}</p>"


def legend_name(text: str) -> str:
    """A pyqtgraph legend label (drawn as HTML) that shows ``text`` as written."""
    return html.escape(str(text))


def action_text(text: str) -> str:
    """``text`` for an action, menu, button, check box or tab title, shown as written: Qt takes
    a lone "&" there for a keyboard mnemonic (``R&D`` shows as "RD"), so each is doubled."""
    return str(text).replace("&", "&&")


def undo_text(text: str) -> str:
    """An undo command's text: as written in an undo view, and with "&" doubled after the
    newline, which Qt keeps for the Edit menu's Undo/Redo actions (``QUndoCommand.setText``)."""
    menu = action_text(text)
    return text if menu == text or not text else f"{text}\n{menu}"


def warn(parent, title: str, message: str) -> None:
    """A modal warning that shows ``message`` as plain text (it names files and scenarios)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def plain_labels(*labels) -> None:
    """Make QLabels show their text as written (they guess rich text otherwise)."""
    from PySide6.QtCore import Qt

    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)
