"""Allocation results on the map: flow lines (width ∝ √MW, colour by workload class, an
arrow head towards the serving site) and allocation sites (circle area ∝ load, colour by
utilisation, translucent and capped so the east stays readable).

In the window the flows are bundled (see ``bundles``): at national zoom flows of a class
from nearby sources to nearby sites share one trunk, small bundles are left out and counted
in the legend, and zooming in splits the bundles into the individual flows.

Signals:
    sigZoomChanged(): the flows were regrouped for a new zoom level (the legend's count of
        flows left out changes with it).
"""

from __future__ import annotations

import functools

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF

from app.domain.workload import shown_label
from app.ui.i18n import tr
from app.ui.map import colors
from app.ui.map.bundles import Bundle, Zoom, bundle_flows, group_flows, zoom_for
from app.ui.map.legend import SymbolSpec
from app.ui.map.picking import MarkerItem

CLASS_COLORS = {
    "realtime": "#d62728",
    "interactive": "#ff7f0e",
    "training": "#1f77b4",
    "sensitive": "#2ca02c",
}
LOAD_MAX_DIAMETER_PX = 22.0  # the largest site's circle; area ∝ load below it
LOAD_MIN_DIAMETER_PX = 4.0
#: circle diameters are drawn in steps of a quarter pixel (invisible): pyqtgraph renders each
#: (symbol, size, pen, brush) once, so a drag re-renders only the sizes it has not drawn yet
LOAD_DIAMETER_STEP_PX = 0.25
LOAD_ALPHA = 120  # translucent: provinces and flows stay readable under the circles
#: the widest line stands for the largest bundle at this coarse a zoom (China in ~700 px),
#: so a width means the same MW at every zoom
REFERENCE_M_PER_PX = 8_000.0


def class_label(class_id: str) -> str:
    """The workload class's name in the interface language."""
    return shown_label(class_id)


class FlowsItem(pg.GraphicsObject):
    """Lines from demand point to serving site; only flows that leave the province.

    ``bundled``: group flows by zoom (the window and the report's map); unbundled, every flow
    is drawn on its own, widths scaled by the largest single flow.
    ``hidden_classes`` hides classes (View > Flow classes); ``bundle_at`` finds the bundle
    under the cursor for the tooltip.
    """

    MAX_WIDTH_PX = 9.0
    sigZoomChanged = Signal()

    def __init__(self, bundled: bool = False) -> None:
        super().__init__()
        self.bundled = bundled
        self.zoom = Zoom(None, 0.0, 0.0)
        self.bundles: list[Bundle] = []  # drawn now, largest first
        self.small: list[int] = []  # flows left out at this zoom (indices into ``labels``)
        self._lines: list[tuple[QLineF, QPen, str, float]] = []  # strokes in draw order
        self._stroke_bundle = np.zeros(0, int)
        self._segments = np.zeros((0, 4))
        self._arrows: list[tuple[QLineF, QPen, str]] = []  # trunks: (line, pen, class)
        self._rect = QRectF()
        self.count = 0
        self.top_mw = 1.0
        self.hidden_classes: set[str] = set()
        self.labels: list[tuple[str, str]] = []  # (from, to) names per flow, largest first
        self._mw = np.zeros(0)
        self._classes: list[str] = []
        self._xy = np.zeros((0, 4))
        self._groups: dict[float, list[np.ndarray]] = {}  # the flows' groups by radius (m)

    def width_px(self, mw: float) -> float:
        return max(1.0, self.MAX_WIDTH_PX * float(np.sqrt(max(mw, 0.0) / self.top_mw)))

    def set_flows(self, x0, y0, x1, y1, mw, classes, labels=None) -> None:
        """Arrays in map metres and MW; ``classes`` is the class id per flow; ``labels`` the
        (from, to) names per flow for tooltips."""
        self.prepareGeometryChange()
        mw = np.asarray(mw, float)
        order = np.argsort(-mw, kind="stable")  # thick lines first, thin ones stay on top
        names = list(labels) if labels is not None else [("", "")] * len(mw)
        self.labels = [names[i] for i in order]
        self._mw = mw[order]
        self._classes = [str(classes[i]) for i in order]
        self._xy = (
            np.column_stack([np.asarray(a, float)[order] for a in (x0, y0, x1, y1)])
            if len(mw)
            else np.zeros((0, 4))
        )
        self.count = len(mw)
        self._groups = {}
        self.top_mw = self._reference_mw()
        xs = np.concatenate([x0, x1]) if len(x0) else np.array([0.0])
        ys = np.concatenate([y0, y1]) if len(y0) else np.array([0.0])
        self._rect = QRectF(xs.min(), ys.min(), xs.max() - xs.min(), ys.max() - ys.min())
        self.zoom = self._current_zoom()
        self._build()

    def _reference_mw(self) -> float:
        """The MW of the widest line: the largest flow, or (bundled) the largest bundle at a
        coarse national zoom."""
        if not len(self._mw) or self._mw.max() <= 0:
            return 1.0
        if not self.bundled:
            return float(self._mw.max())
        bundles, _ = self._bundle(zoom_for(REFERENCE_M_PER_PX, 0.0))
        return max(float(self._mw.max()), bundles[0].mw)

    def _bundle(self, zoom: Zoom) -> tuple[list[Bundle], list[int]]:
        """Bundles at ``zoom``; the grouping (zoom level, not the MW left out) is made once
        per set of flows: the reference width and the view often share a level."""
        src, dst = self._xy[:, :2], self._xy[:, 2:]
        groups = self._groups.get(zoom.radius_m)
        if groups is None:
            groups = group_flows(src, dst, self._classes, self._mw, zoom.radius_m)
            self._groups[zoom.radius_m] = groups
        return bundle_flows(src, dst, self._classes, self._mw, zoom, groups)

    def _current_zoom(self, current: Zoom | None = None) -> Zoom:
        box = self.getViewBox() if self.bundled else None
        if not isinstance(box, pg.ViewBox):  # not (yet) in a map view
            return Zoom(None, 0.0, 0.0)
        return zoom_for(float(box.viewPixelSize()[0]), self.top_mw, current)

    def viewTransformChanged(self) -> None:  # noqa: N802 (pyqtgraph hook: zoom or resize)
        super().viewTransformChanged()
        zoom = self._current_zoom(self.zoom)
        if zoom != self.zoom:
            self.zoom = zoom
            self._build()
            self.sigZoomChanged.emit()

    def _build(self) -> None:
        """Strokes of the current zoom's bundles, built once: ``paint`` only replays them.
        The bounding rect stays (it holds every flow), so this may run while painting."""
        self.bundles, self.small = self._bundle(self.zoom) if len(self._mw) else ([], [])
        self._lines, owners, self._arrows = [], [], []
        sources, mws = self._xy[:, :2].tolist(), self._mw.tolist()
        for b, bundle in enumerate(self.bundles):
            trunk = QLineF(*bundle.junction, *bundle.end)
            strokes = [(trunk, bundle.mw)]
            if len(bundle.members) > 1:  # branches from each source into the trunk
                strokes += [(QLineF(*sources[i], *bundle.junction), mws[i]) for i in bundle.members]
            for line, mw in strokes:
                self._lines.append((line, _flow_pen(bundle.cls, self.width_px(mw)), bundle.cls, mw))
                owners.append(b)
            self._arrows.append((trunk, self._lines[-len(strokes)][1], bundle.cls))
        self._stroke_bundle = np.array(owners, int)
        self._segments = np.array(
            [(ln.x1(), ln.y1(), ln.x2(), ln.y2()) for ln, *_ in self._lines]
        ).reshape(-1, 4)
        self.update()

    def set_class_visible(self, class_id: str, visible: bool) -> None:
        (self.hidden_classes.discard if visible else self.hidden_classes.add)(class_id)
        self.update()

    def visible_count(self) -> int:
        """Flows of the classes shown (drawn alone, in a bundle, or left out as small)."""
        return sum(cls not in self.hidden_classes for cls in self._classes)

    def left_out(self) -> tuple[int, float]:
        """(count, MW) of the shown classes' flows too small to draw at this zoom."""
        shown = [i for i in self.small if self._classes[i] not in self.hidden_classes]
        return len(shown), float(self._mw[shown].sum()) if shown else 0.0

    def classes(self) -> list[str]:
        """Class ids present, in CLASS_COLORS order."""
        present = set(self._classes)
        return [c for c in CLASS_COLORS if c in present] + sorted(present - set(CLASS_COLORS))

    def bundle_at(self, x: float, y: float, m_per_px: float) -> int | None:
        """Index into ``bundles`` of the topmost bundle with a stroke under map point (x, y):
        within the stroke's half width plus a pixel (at least 3 px) of its centre line, in a
        view with pixels of ``m_per_px`` metres. Thin strokes lie on top of thick ones."""
        if not len(self._segments):
            return None
        a, b = self._segments[:, :2], self._segments[:, 2:]
        ab = b - a
        t = np.clip(((np.array([x, y]) - a) * ab).sum(1) / np.maximum((ab**2).sum(1), 1e-9), 0, 1)
        dist_px = np.hypot(*(a + ab * t[:, None] - np.array([x, y])).T) / m_per_px
        reach_px = np.array([max(pen.widthF() / 2 + 1, 3.0) for _, pen, _, _ in self._lines])
        hidden = np.array([cls in self.hidden_classes for _, _, cls, _ in self._lines])
        near = np.flatnonzero((dist_px <= reach_px) & ~hidden)
        return int(self._stroke_bundle[near[-1]]) if len(near) else None

    def flow(self, i: int) -> tuple[str, str, str, float]:
        """(from, to, class id, MW) of flow ``i`` (largest first)."""
        return (*self.labels[i], self._classes[i], float(self._mw[i]))

    def paint(self, painter: QPainter, *args) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for line, pen, cls, _ in self._lines:
            if cls in self.hidden_classes:
                continue
            painter.setPen(_casing_pen(pen.widthF()))
            painter.drawLine(line)
            painter.setPen(pen)
            painter.drawLine(line)
        heads = [(line, pen) for line, pen, cls in self._arrows if cls not in self.hidden_classes]
        _draw_arrow_heads(painter, heads)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-50_000, -50_000, 50_000, 50_000)


@functools.lru_cache(maxsize=1024)
def _flow_pen(cls: str, width_px: float) -> QPen:
    """The stroke of a flow: opaque, the legend's exact colour (overlapping translucent lines
    blended into colours the legend does not have); the same pen for the same class and
    width, so a drag step re-creates only the pens of flows whose width changed."""
    pen = QPen(QColor(CLASS_COLORS.get(cls, "#7f7f7f")))
    pen.setCosmetic(True)
    pen.setWidthF(width_px)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


@functools.lru_cache(maxsize=1024)
def _casing_pen(width_px: float) -> QPen:
    """The white casing under a flow's stroke: keeps crossing lines apart."""
    pen = QPen(QColor(255, 255, 255, 220))
    pen.setCosmetic(True)
    pen.setWidthF(width_px + 2.0)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def _draw_arrow_heads(painter: QPainter, heads: list[tuple[QLineF, QPen]]) -> None:
    """Arrow heads in screen pixels, 60 % of the way along each trunk (the site's circle
    covers the end): which way the demand goes, at any zoom."""
    transform = painter.worldTransform()
    painter.save()
    painter.resetTransform()
    painter.setPen(Qt.PenStyle.NoPen)
    for line, pen in heads:
        p0, p1 = transform.map(line.p1()), transform.map(line.p2())
        d = p1 - p0
        length = (d.x() ** 2 + d.y() ** 2) ** 0.5
        if length < 24:
            continue
        u = QPointF(d.x() / length, d.y() / length)
        n = QPointF(-u.y(), u.x())
        size = 5.0 + 1.1 * pen.widthF()
        tip = p0 + d * 0.6 + u * size
        back = tip - u * size * 1.8
        painter.setBrush(pen.color())
        painter.drawPolygon(QPolygonF([tip, back + n * size, back - n * size]))
    painter.restore()


def load_sites_item() -> pg.ScatterPlotItem:
    return MarkerItem(pxMode=True, hoverable=True, tip=None)  # the view picks (see picking)


def load_diameters(load_mw, top_mw: float) -> np.ndarray:
    """Circle diameters in px: area ∝ load (to LOAD_DIAMETER_STEP_PX), the largest
    LOAD_MAX_DIAMETER_PX."""
    load = np.clip(np.asarray(load_mw, float), 0, None)
    exact = LOAD_MAX_DIAMETER_PX * np.sqrt(load / max(top_mw, 1e-9))
    stepped = np.round(exact / LOAD_DIAMETER_STEP_PX) * LOAD_DIAMETER_STEP_PX
    return np.maximum(LOAD_MIN_DIAMETER_PX, stepped)


# The same brush and pen objects every time: pyqtgraph's symbol cache is keyed by object.
@functools.cache
def _load_brush(level: int) -> QBrush:
    """The fill of a utilisation level (0-4, low to full; -1: no load)."""
    color = QColor(colors.ramp("rdylgn_r", 5)[level] if level >= 0 else colors.MISSING)
    color.setAlpha(LOAD_ALPHA)
    return pg.mkBrush(color)


@functools.cache
def _load_pen() -> QPen:
    return pg.mkPen(60, 60, 60, 200, width=1)


def _utilisation_level(u: float) -> int:
    return min(4, int(u * 5 - 1e-9)) if u > 0 else -1


def set_load_sites(item: pg.ScatterPlotItem, x, y, load_mw, utilisation, ids) -> None:
    """Markers sized by load (area ∝ MW, capped) and coloured by utilisation (green low,
    red full), translucent so the provinces and the flows underneath stay readable."""
    load = np.asarray(load_mw, float)
    top = float(load.max()) if len(load) and load.max() > 0 else 1.0
    item.top_mw = top
    item.site_loads = {
        str(i): (float(mw), float(u))  # id -> (load MW, utilisation 0-1)
        for i, mw, u in zip(ids, load, np.asarray(utilisation, float), strict=True)
    }
    brushes = [_load_brush(_utilisation_level(u)) for u in np.asarray(utilisation, float)]
    item.setData(
        x=x,
        y=y,
        # squares for the national clusters (as their map marker), circles for the rest:
        # "Chongqing" (cluster) and "Chongqing stock" no longer look alike
        symbol=["s" if str(i).startswith("cluster:") else "o" for i in ids],
        size=load_diameters(load, top),
        brush=brushes,
        pen=_load_pen(),
        data=list(ids),
    )


def symbols(flows: FlowsItem, loads: pg.ScatterPlotItem) -> SymbolSpec:
    """The legend's flow and load-circle rows for what is drawn now."""
    spec = SymbolSpec(tr("Allocation"))
    spec.lines = [
        (QColor(CLASS_COLORS.get(c, "#7f7f7f")), class_label(c))
        for c in flows.classes()
        if c not in flows.hidden_classes
    ]
    if flows.count:  # the widest line and one for a quarter of its MW (width ∝ √MW)
        spec.widths = [
            (flows.width_px(mw), tr("{mw} MW flow").format(mw=f"{mw:,.0f}"))
            for mw in (flows.top_mw, flows.top_mw / 4)
        ]
    top_load = getattr(loads, "top_mw", 0.0)
    if top_load > 0:  # the largest circle and a quarter of its load (area ∝ MW)
        spec.circles = [
            (float(load_diameters([mw], top_load)[0]), tr("{mw} MW load").format(mw=f"{mw:,.0f}"))
            for mw in (top_load, top_load / 4)
        ]
    count, mw = flows.left_out()
    if count:  # national zoom: small bundles are not drawn, but said
        spec.note = tr("Not drawn: {n} flows in bundles < {min} MW ({mw} MW)").format(
            n=count, min=f"{flows.zoom.min_mw:,.0f}", mw=f"{mw:,.0f}"
        )
    return spec


def show_preview(
    flows: FlowsItem, loads: pg.ScatterPlotItem, preview, names: dict[str, str] | None = None
) -> None:
    """Draw a solved ``Preview``: flows that leave their province (the result's non-zero
    flows, as ``AllocationResult.flows`` lists them), and every site's load. Read from the
    pair arrays: this runs at every drag step, and a flows DataFrame costs milliseconds."""
    from app.datasets.projection import to_map

    names = names or {}
    res = preview.scenario
    regions, sites = res.problem.regions, res.problem.sites
    j = res.flowing
    ri, si = res.pair_region[j], res.pair_site[j]
    away = regions.ids[ri] != sites.province_id[si]
    j, ri, si = j[away], ri[away], si[away]
    rx, ry = (np.atleast_1d(v) for v in to_map(regions.lon, regions.lat))
    sx, sy = (np.atleast_1d(v) for v in to_map(sites.lon, sites.lat))
    class_ids = np.array([c.id for c in res.problem.classes], dtype=object)
    labels = [
        (names.get(r, r), names.get(s, s))
        for r, s in zip(regions.ids[ri].tolist(), sites.ids[si].tolist(), strict=True)
    ]
    flows.set_flows(
        rx[ri], ry[ri], sx[si], sy[si], res.flow_mw[j], class_ids[res.pair_class[j]], labels
    )
    set_load_sites(loads, sx, sy, res.site_load_mw, res.utilisation, sites.ids)
