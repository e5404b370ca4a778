"""A label held by a HeightBarrier re-lays out its ancestors only when it needs another
size: a drag step's new numbers leave the docks alone, a longer text still gets its room."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from app.ui.docks.height_barrier import HeightBarrier

LONG = 30_000  # ms: a synchronisation bound, not a timing assertion


class _LayoutRequests(QObject):
    def __init__(self, widget) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, _obj, event) -> bool:  # noqa: N802 (Qt override)
        self.count += event.type() == QEvent.Type.LayoutRequest
        return False


def _panel(qtbot, label: QLabel) -> tuple[QWidget, HeightBarrier]:
    panel = QWidget()
    qtbot.addWidget(panel)
    barrier = HeightBarrier(label)
    layout = QVBoxLayout(panel)
    layout.addWidget(barrier)
    layout.addWidget(QLabel("below"), 1)
    panel.resize(400, 300)
    panel.show()
    qtbot.waitExposed(panel)
    return panel, barrier


def test_new_numbers_leave_the_parent_layout_alone(qtbot):
    label = QLabel("Total cost: 65.95 bn CNY/yr; moved: 807 MW")
    label.setWordWrap(True)
    panel, barrier = _panel(qtbot, label)
    qtbot.waitUntil(lambda: label.geometry() == barrier.rect(), timeout=LONG)
    label.setText("Total cost: 65.96 bn CNY/yr; moved: 808 MW")  # the holder's first size
    for _ in range(2):  # its request, then the parent's request it posts
        QApplication.processEvents()
    requests = _LayoutRequests(panel)
    for mw in range(800, 820):
        label.setText(f"Total cost: 65.{mw % 100} bn CNY/yr; moved: {mw} MW")
        QApplication.processEvents()  # deliver what the new text posted
    assert requests.count == 0
    assert label.geometry() == barrier.rect()


def test_a_longer_text_gets_its_room(qtbot):
    label = QLabel("one line")
    label.setWordWrap(True)
    panel, barrier = _panel(qtbot, label)
    qtbot.waitUntil(lambda: barrier.height() > 0, timeout=LONG)
    one_line = barrier.height()
    label.setText("<br>".join(f"line {i}" for i in range(5)))
    qtbot.waitUntil(lambda: barrier.height() > 3 * one_line, timeout=LONG)
    assert label.geometry() == barrier.rect()  # the label fills the room it was given
    assert label.height() >= label.heightForWidth(label.width())
