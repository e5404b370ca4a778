"""The map view: a pyqtgraph plot without axes, in Albers metres, holding named layers.

Signals:
    sigHovered(float, float): cursor moved to map point (x, y) in metres.
    sigClicked(float, float, int, bool): click at map point; the Qt button; whether an item
        that acts on clicks already took it (a placed site's marker); otherwise the window
        picks by ``picking``'s rule.
    sigLeft(): cursor left the map.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Signal
from PySide6.QtWidgets import QGraphicsItem

from app.datasets.projection import china_view_rect, to_lonlat, to_map

_NO_CACHE = QGraphicsItem.CacheMode.NoCache


@dataclass
class LayerEntry:
    key: str
    title: str
    items: list[QGraphicsItem]
    visible: bool = True
    opacity: float = 1.0


class MapView(pg.GraphicsView):
    sigHovered = Signal(float, float)
    sigClicked = Signal(float, float, int, bool)
    sigLeft = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent, background="#f4f1ea")
        self.setAntialiasing(False)  # polygons with thousands of vertices: speed first
        # A bare ViewBox, not a PlotItem: no axes or context menus to build (~10 ms a map).
        self.view_box = pg.ViewBox(enableMenu=False)
        self.setCentralItem(self.view_box)
        self.view_box.setAspectLocked(True)
        self.view_box.setMouseMode(pg.ViewBox.PanMode)
        self.view_box.disableAutoRange()
        #: widget rect kept free of occupied map when framing China (the legend), and the
        #: test of what is occupied (map x, y arrays in metres -> bool array)
        self.keep_clear: QRect | None = None
        self.occupied = None
        self.framing_china = False  # True until the planner pans or zooms: resizes re-frame
        self._layers: dict[str, LayerEntry] = {}
        self._order: list[str] = []
        self.view_box.sigRangeChangedManually.connect(
            lambda *_: setattr(self, "framing_china", False)
        )
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        self.zoom_to_china()

    # ---- layers ---------------------------------------------------------------------------
    def add_layer(
        self, key: str, title: str, items: list[QGraphicsItem], *, visible: bool = True
    ) -> LayerEntry:
        """Add a named layer on top of the others (one layer may hold several items)."""
        if key in self._layers:
            self.remove_layer(key)
        entry = LayerEntry(key, title, list(items), visible)
        for item in entry.items:
            self.view_box.addItem(item, ignoreBounds=True)
            item.setVisible(visible)
        self._layers[key] = entry
        self._order.append(key)
        self._apply_order()
        return entry

    def remove_layer(self, key: str) -> None:
        entry = self._layers.pop(key)
        self._order.remove(key)
        for item in entry.items:
            self.view_box.removeItem(item)

    def layer(self, key: str) -> LayerEntry:
        return self._layers[key]

    def layers(self) -> list[LayerEntry]:
        """Layers from bottom to top."""
        return [self._layers[k] for k in self._order]

    def has_layer(self, key: str) -> bool:
        return key in self._layers

    def set_visible(self, key: str, visible: bool) -> None:
        entry = self._layers[key]
        entry.visible = visible
        for item in entry.items:
            item.setVisible(visible)

    def set_opacity(self, key: str, opacity: float) -> None:
        entry = self._layers[key]
        entry.opacity = max(0.0, min(1.0, opacity))
        for item in entry.items:
            item.setOpacity(entry.opacity)

    def cache_layers(self, keys: list[str], cached: bool) -> None:
        """Keep the items of these layers as device pixmaps, replayed at each repaint (while a
        site is dragged the map repaints at every step and they stay as they are: 3-4 ms of
        provinces and hub outlines per step), or draw them directly again (panning and zooming
        re-render the pixmaps: drawing is cheaper then). Labels that keep clear of other
        labels (the cluster names, of the placed sites' names) are laid out at every paint
        and never cached."""
        mode = QGraphicsItem.CacheMode.DeviceCoordinateCache if cached else _NO_CACHE
        for key in keys:
            for item in self._layers[key].items:
                if not getattr(item, "avoid", None):
                    item.setCacheMode(mode)

    def set_order(self, keys_bottom_to_top: list[str]) -> None:
        if sorted(keys_bottom_to_top) != sorted(self._order):
            raise ValueError("set_order needs every layer exactly once")
        self._order = list(keys_bottom_to_top)
        self._apply_order()

    def _apply_order(self) -> None:
        for z, key in enumerate(self._order):
            for sub, item in enumerate(self._layers[key].items):
                item.setZValue(z * 10 + sub)

    # ---- view -----------------------------------------------------------------------------
    def zoom_to_china(self) -> None:
        """Frame China. With ``keep_clear`` (a widget rect, e.g. the legend) and ``occupied``
        (map x, y arrays -> bool array, e.g. "inside a province") set, widen the frame to the
        left in steps until nothing occupied lies under that rect: the legend then covers no
        province, and China shrinks only as much as needed."""
        x, y, w, h = china_view_rect()
        steps = 12 if self.keep_clear is not None and self.occupied is not None else 1
        for step in range(steps):
            extra = w * 0.05 * step
            self.view_box.setRange(QRectF(x - extra, y, w + extra, h), padding=0.02)
            if steps == 1 or not self._clear_area_occupied():
                break
        self.framing_china = True

    def _clear_area_occupied(self, step_px: int = 6) -> bool:
        rect = self.keep_clear
        px, py = np.meshgrid(
            np.arange(rect.left(), rect.right() + 1, step_px, dtype=float),
            np.arange(rect.top(), rect.bottom() + 1, step_px, dtype=float),
            indexing="ij",
        )
        # widget pixel -> map is affine (no rotation): map three pixels, not every one
        # (one Python round trip per pixel made the first show ~0.15 s slower)
        o, ex, ey = (
            self.view_box.mapSceneToView(self.mapToScene(a, b)) for a, b in ((0, 0), (1, 0), (0, 1))
        )
        xs = o.x() + (ex.x() - o.x()) * px + (ey.x() - o.x()) * py
        ys = o.y() + (ex.y() - o.y()) * px + (ey.y() - o.y()) * py
        return bool(np.any(self.occupied(xs.ravel(), ys.ravel())))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if getattr(self, "framing_china", False):
            self.zoom_to_china()

    def zoom_to_rect(self, rect: QRectF, padding: float = 0.15) -> None:
        if rect.isValid():
            self.framing_china = False
            self.view_box.setRange(rect, padding=padding)

    def visible_rect(self) -> QRectF:
        return self.view_box.viewRect()

    def view_lonlat(self) -> tuple[float, float, float, float]:
        """The visible box as (west, south, east, north) degrees, rounded to 0.001°."""
        rect = self.visible_rect()
        lon, lat = to_lonlat([rect.left(), rect.right()], [rect.top(), rect.bottom()])
        return (
            round(float(min(lon)), 3),
            round(float(min(lat)), 3),
            round(float(max(lon)), 3),
            round(float(max(lat)), 3),
        )

    def show_lonlat(self, box: tuple[float, float, float, float] | None) -> None:
        """Frame a (west, south, east, north) box in degrees; None frames China."""
        if box is None:
            self.zoom_to_china()
            return
        w, s, e, n = box
        x, y = to_map([w, e, w, e], [s, s, n, n])
        self.zoom_to_rect(QRectF(min(x), min(y), max(x) - min(x), max(y) - min(y)), padding=0.0)

    # ---- mouse ----------------------------------------------------------------------------
    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        if not self.view_box.sceneBoundingRect().contains(scene_pos):
            self.sigLeft.emit()
            return
        p = self.view_box.mapSceneToView(scene_pos)
        self.sigHovered.emit(p.x(), p.y())

    def _on_mouse_clicked(self, event) -> None:
        p = self.view_box.mapSceneToView(event.scenePos())
        # Only an item that acts on clicks (``handles_clicks``: a placed site) takes one; a
        # decoration that accepted it (a policy ring, a suggestion star, a user layer's
        # point) leaves the click to the picking rule.
        taken = event.isAccepted() and getattr(event.currentItem, "handles_clicks", False)
        self.sigClicked.emit(p.x(), p.y(), int(event.button().value), bool(taken))

    def viewportEvent(self, event) -> bool:  # noqa: N802 (Qt override)
        # The scene answers Qt's tooltip request (sent once the pointer rests) by hiding any
        # tooltip when no item has one of its own, which took ours away after about a second.
        # Our tooltips follow the hover (sigHovered), so the request is ours to ignore.
        if event.type() == QEvent.Type.ToolTip:
            return True
        return super().viewportEvent(event)

    def leaveEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.sigLeft.emit()
        super().leaveEvent(event)
