"""Map layers as custom graphics items.

Following pyqtgraph's ``customGraphicsItem`` example: paths are built once when data changes and
``boundingRect()`` is exact. ``paint()`` draws the prepared paths directly: measured here, replaying
a QPicture of the same paths was ~50 % slower (3.8 vs 2.6 ms for the provinces).
Hit-testing is not done here but on the boundary set's STRtree (see ``MapView``), which is
cheaper than asking 370 paths whether they contain the cursor.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPixmap

from app.datasets.boundaries import BoundarySet


def rings_to_path(rings: Sequence[np.ndarray]) -> QPainterPath:
    """One QPainterPath of closed subpaths (odd-even fill makes holes holes)."""
    if not rings:
        return QPainterPath()
    xy = np.concatenate(rings)
    connect = np.ones(len(xy), dtype=np.int32)
    # pyqtgraph reads connect[i] as "point i joins point i + 1": cut after each ring's end.
    connect[np.cumsum([len(r) for r in rings]) - 1] = 0
    return pg.arrayToQPath(xy[:, 0], xy[:, 1], connect=connect, finiteCheck=False)


_PATH_CACHE: dict[int, list[QPainterPath]] = {}


def boundary_paths(boundaries: BoundarySet) -> list[QPainterPath]:
    """One path per feature, built once per boundary set (paths are implicitly shared, so
    every map and rendered PNG reuses them)."""
    key = id(boundaries.coords)
    if key not in _PATH_CACHE:
        _PATH_CACHE[key] = [rings_to_path(boundaries.rings(i)) for i in range(len(boundaries))]
    return _PATH_CACHE[key]


class PolygonLayer(pg.GraphicsObject):
    """Filled and/or outlined polygons of a boundary set (or any list of ring lists).

    Style is per feature: ``set_fills`` takes one QColor (or None for no fill) per feature.
    """

    def __init__(
        self,
        boundaries: BoundarySet | None = None,
        *,
        paths=None,
        outline: QPen | None = None,
        name: str = "",
        bold: bool = False,
    ) -> None:
        super().__init__()
        self.name = name
        self.bold = bold
        if paths is None:
            assert boundaries is not None
            paths = boundary_paths(boundaries)
        self._paths: list[QPainterPath] = list(paths)
        self._fills: list[QColor | None] = [None] * len(self._paths)
        self._outline = outline if outline is not None else pg.mkPen("#6b6b6b", width=0.8)
        rect = QRectF()
        for path in self._paths:
            rect = rect.united(path.boundingRect())
        self._rect = rect

    def __len__(self) -> int:
        return len(self._paths)

    def path(self, i: int) -> QPainterPath:
        return self._paths[i]

    def set_fills(self, fills: Sequence[QColor | None]) -> None:
        if len(fills) != len(self._paths):
            raise ValueError(f"{self.name}: {len(fills)} fills for {len(self._paths)} features")
        self._fills = list(fills)
        self.update()

    def set_outline(self, pen: QPen) -> None:
        self._outline = pen
        self.update()

    def fill(self, i: int) -> QColor | None:
        return self._fills[i]

    def paint(self, painter: QPainter, *args) -> None:
        painter.setPen(self._outline)
        no_brush = Qt.BrushStyle.NoBrush
        for path, fill in zip(self._paths, self._fills, strict=True):
            painter.setBrush(fill if fill is not None else no_brush)
            painter.drawPath(path)
        if self.bold:
            _draw_bold_outline(painter, self._paths)

    def boundingRect(self) -> QRectF:
        return QRectF(self._rect)


def _draw_bold_outline(painter: QPainter, paths: Sequence[QPainterPath]) -> None:
    """Thicken 1-px outlines by redrawing them one device pixel right and down.

    A pen wider than one pixel leaves Qt's cosmetic fast path: measured here, the hub
    outlines take 4.7 ms at width 2 and 0.45 ms at width 1, so three 1-px passes win.
    """
    painter.setBrush(Qt.BrushStyle.NoBrush)
    scale = abs(painter.deviceTransform().m11()) or 1.0
    for dx, dy in ((1.0, 0.0), (0.0, 1.0)):
        painter.save()
        painter.translate(dx / scale, -dy / scale)
        for path in paths:
            painter.drawPath(path)
        painter.restore()


class LineLayer(pg.GraphicsObject):
    """Open polylines stroked with one pen, as a single path (e.g. inner prefecture borders)."""

    def __init__(self, lines: Sequence[np.ndarray], pen: QPen, name: str = "") -> None:
        super().__init__()
        self.name = name
        self._path = rings_to_path(lines)
        self._pen = pen
        self.line_count = len(lines)

    def paint(self, painter: QPainter, *args) -> None:
        painter.setPen(self._pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)

    def boundingRect(self) -> QRectF:
        return self._path.boundingRect()


class LabelsItem(pg.GraphicsObject):
    """Point labels with a white halo, drawn in screen pixels at map positions, decluttered.

    Each label is rendered once to a pixmap; a repaint only blits them (ten pyqtgraph
    TextItems cost 4 ms to build per map, and stroking text paths on every repaint costs more
    than blitting). Labels never overlap: in priority order (the order given), each goes right
    of its anchor, else left, else above, else it is skipped at this zoom; ``avoid`` lists
    label items of higher priority (e.g. the planner's sites) whose labels this one keeps
    clear of. ``shown`` holds the texts drawn by the last paint.
    """

    PAD_M = 1_500_000.0  # labels reach right of their anchor; keep them unclipped

    def __init__(
        self, xs, ys, texts: Sequence[str], font, offset_px: float = 8.0, color: str = "#202020"
    ) -> None:
        super().__init__()
        self._font, self._color, self._offset = font, color, offset_px
        self.avoid: list[LabelsItem] = []
        self.shown: list[str] = []
        self.set_labels(xs, ys, texts)

    def set_labels(self, xs, ys, texts: Sequence[str]) -> None:
        self.prepareGeometryChange()
        self.texts = list(texts)
        self._xy = np.column_stack([np.asarray(xs, float), np.asarray(ys, float)]).reshape(-1, 2)
        self._pixmaps = [_halo_pixmap(text, self._font, self._color) for text in self.texts]
        if len(self._xy):
            lo, hi = self._xy.min(axis=0), self._xy.max(axis=0)
            self._rect = QRectF(lo[0], lo[1], hi[0] - lo[0], hi[1] - lo[1]).adjusted(
                -self.PAD_M, -self.PAD_M, self.PAD_M, self.PAD_M
            )
        else:
            self._rect = QRectF()
        self.update()

    def placements(self, transform) -> list[tuple[int, QRectF]]:
        """(label index, screen rect) of the labels that fit, given the world transform."""
        taken = [
            rect
            for item in self.avoid
            if item.isVisible()
            for _, rect in item.placements(transform)
        ]
        out = []
        for i, ((x, y), pixmap) in enumerate(zip(self._xy, self._pixmaps, strict=True)):
            p = transform.map(QPointF(x, y))
            w, h = pixmap.width(), pixmap.height()
            for left, top in (
                (p.x() + self._offset, p.y() - h / 2),
                (p.x() - self._offset - w, p.y() - h / 2),
                (p.x() - w / 2, p.y() - self._offset - h),
                (p.x() - w / 2, p.y() + self._offset),  # below: Chongqing next to Tianfu
            ):
                rect = QRectF(left, top, w, h).adjusted(1, 1, -1, -1)
                if not any(rect.intersects(other) for other in taken):
                    taken.append(rect)
                    out.append((i, rect.adjusted(-1, -1, 1, 1)))
                    break
        return out

    def paint(self, painter: QPainter, *args) -> None:
        # The world transform, not deviceTransform(): on a real window the device transform
        # also carries the viewport's offset in the window, which resetTransform() keeps.
        transform = painter.worldTransform()
        placed = self.placements(transform)
        painter.save()
        painter.resetTransform()
        for i, rect in placed:
            painter.drawPixmap(rect.topLeft(), self._pixmaps[i])
        painter.restore()
        self.shown = [self.texts[i] for i, _ in placed]

    def boundingRect(self) -> QRectF:
        return QRectF(self._rect)


_HALO_CACHE: dict[tuple[str, str, str], QPixmap] = {}


def _halo_pixmap(text: str, font, color: str = "#202020") -> QPixmap:
    """The label drawn once with its halo (cached: every map shows the same labels)."""
    key = (text, font.key(), color)
    if key not in _HALO_CACHE:
        _HALO_CACHE[key] = _draw_halo(text, font, color)
    return _HALO_CACHE[key]


def _draw_halo(text: str, font, color: str = "#202020") -> QPixmap:
    # Sized from the glyphs' outline, not the advance width: a bold last glyph (and its halo)
    # reaches past the advance, and truncating to whole pixels cut it off.
    metrics = QFontMetricsF(font)
    halo, pad = 3.0, 3.0
    path = QPainterPath()
    path.addText(0, metrics.ascent(), font, text)
    box = path.boundingRect().adjusted(-pad, -pad, pad, pad)
    width = max(box.right(), metrics.horizontalAdvance(text) + pad)
    height = max(box.bottom(), metrics.height() + pad)
    pixmap = QPixmap(math.ceil(width - min(box.left(), 0.0)), math.ceil(height))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.translate(-min(box.left(), 0.0), 0.0)
    painter.strokePath(path, QPen(QColor(255, 255, 255, 230), halo))
    painter.fillPath(path, QColor(color))
    painter.end()
    return pixmap


class HighlightItem(pg.GraphicsObject):
    """A thick outline drawn over one path (hover or selection); C++-cheap to move."""

    def __init__(self, pen: QPen) -> None:
        super().__init__()
        self._pen = pen
        self._path = QPainterPath()

    def set_path(self, path: QPainterPath | None) -> None:
        self.prepareGeometryChange()
        self._path = QPainterPath(path) if path is not None else QPainterPath()
        self.update()

    def paint(self, painter: QPainter, *args) -> None:
        painter.setPen(self._pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)

    def boundingRect(self) -> QRectF:
        # Pad so the thick cosmetic outline is not clipped; the pad is in map metres.
        return self._path.boundingRect().adjusted(-20_000, -20_000, 20_000, 20_000)
