"""Layers dock: toggle, reorder (drag, or the arrow buttons) and set opacity of map layers.

The list shows the top layer first, as GIS tools do; the map stores bottom-to-top.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.i18n import tr
from app.ui.map.view import MapView

KEY_ROLE = Qt.ItemDataRole.UserRole


class LayersPanel(QWidget):
    """Emits ``sigVisibilityChanged(key, visible)`` so owners can build layers lazily."""

    sigVisibilityChanged = Signal(str, bool)

    def __init__(self, view: MapView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.itemChanged.connect(self._on_item_changed)
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.list.model().rowsMoved.connect(self._push_order)
        self.opacity = QSlider(Qt.Orientation.Horizontal)
        self.opacity.setRange(0, 100)
        self.opacity.valueChanged.connect(self._on_opacity)
        up, down = QToolButton(text="▲"), QToolButton(text="▼")
        up.setToolTip(tr("Move layer up"))
        down.setToolTip(tr("Move layer down"))
        up.clicked.connect(lambda: self.move_current(-1))
        down.clicked.connect(lambda: self.move_current(+1))
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Opacity")))
        row.addWidget(self.opacity, 1)
        row.addWidget(up)
        row.addWidget(down)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the list from the map's layers (top first)."""
        current = self.current_key()
        with QSignalBlocker(self.list):
            self.list.clear()
            for entry in reversed(self.view.layers()):
                item = QListWidgetItem(entry.title)
                item.setData(KEY_ROLE, entry.key)
                item.setFlags(
                    item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled
                )
                item.setCheckState(
                    Qt.CheckState.Checked if entry.visible else Qt.CheckState.Unchecked
                )
                self.list.addItem(item)
                if entry.key == current:
                    self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._on_current_changed(self.list.currentItem(), None)

    def item(self, key: str) -> QListWidgetItem:
        for i in range(self.list.count()):
            if self.list.item(i).data(KEY_ROLE) == key:
                return self.list.item(i)
        raise KeyError(key)

    def current_key(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else item.data(KEY_ROLE)

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        with QSignalBlocker(self.list):
            item = self.list.takeItem(row)
            self.list.insertItem(target, item)
            self.list.setCurrentRow(target)
        self._push_order()

    def _push_order(self, *args) -> None:
        keys = [self.list.item(i).data(KEY_ROLE) for i in range(self.list.count())]
        self.view.set_order(list(reversed(keys)))

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        key = item.data(KEY_ROLE)
        visible = item.checkState() == Qt.CheckState.Checked
        if self.view.layer(key).visible != visible:
            self.view.set_visible(key, visible)
            self.sigVisibilityChanged.emit(key, visible)

    def _on_current_changed(self, item, _previous) -> None:
        self.opacity.setEnabled(item is not None)
        if item is not None:
            with QSignalBlocker(self.opacity):
                self.opacity.setValue(round(self.view.layer(item.data(KEY_ROLE)).opacity * 100))

    def _on_opacity(self, value: int) -> None:
        key = self.current_key()
        if key is not None:
            self.view.set_opacity(key, value / 100)
