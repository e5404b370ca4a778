"""The built-in national layers: province choropleth, prefectures, hub regions, clusters,
climate stations, and the hover/selection highlights."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QColor, QFont

from app.datasets.boundaries import load_prefecture_lines
from app.datasets.map_base import MapBase, map_base_of
from app.domain.metrics import Metric, metric
from app.engine.maps.classify import (
    class_labels,
    classify,
    diverging_breaks,
    format_edge,
    quantile_breaks,
)
from app.ui.i18n import language, tr
from app.ui.map import colors
from app.ui.map.layers import (
    HighlightItem,
    LabelsItem,
    LineLayer,
    PolygonLayer,
    rings_to_path,
)
from app.ui.map.legend import LegendSpec
from app.ui.map.picking import MarkerItem
from app.ui.map.view import MapView

if TYPE_CHECKING:
    from app.datasets.atlas import Atlas

_HUB_PATHS: dict[tuple, list] = {}
_BRUSHES: dict[int, QBrush] = {}


def _hub_paths(base: MapBase) -> list:
    """Hub outline paths, built once per outline set (QPainterPaths are implicitly shared)."""
    key = tuple((hub, len(rings), float(rings[0][0, 0])) for hub, rings in base.hub_rings.items())
    if key not in _HUB_PATHS:
        _HUB_PATHS[key] = [rings_to_path(rings) for rings in base.hub_rings.values()]
    return _HUB_PATHS[key]


def _brush(color) -> QBrush:
    """A brush per colour, made once (see NationalLayers._color_stations)."""
    key = QColor(color).rgba()
    if key not in _BRUSHES:
        _BRUSHES[key] = pg.mkBrush(color)
    return _BRUSHES[key]


class NationalLayers:
    """Owns the national layers on a MapView and colours provinces by a chosen metric.

    Built from a :class:`MapBase` alone (the start-up's first paint: the start metric only),
    the national tables come later with :meth:`attach`; built from an atlas, at once."""

    def __init__(self, view: MapView, atlas: Atlas | MapBase) -> None:
        self.view = view
        self.atlas: Atlas | None = None if isinstance(atlas, MapBase) else atlas
        self.base = base = atlas if isinstance(atlas, MapBase) else map_base_of(atlas)
        self.metric: Metric = metric("price")
        self.station_pue = None  # StationPue of the chosen technology, when a PUE metric is on
        #: metric key -> {adcode: value} for metrics computed elsewhere (allocation results)
        self.extra_values: dict[str, dict[int, float]] = {}
        #: metric key -> class edges kept across solves (set by the planner or frozen at the
        #: first solve), so colours mean the same in every what-if
        self.fixed_breaks: dict[str, np.ndarray] = {}
        self.user_breaks: set[str] = set()
        #: column of Atlas.provinces -> {adcode: value}: the scenario's province overrides
        #: (tariff, CO2 factor), shown on the map instead of the built-in figure
        self.overrides: dict[str, dict[int, float]] = {}
        #: adcode -> value of the metric shown now (the tooltip reads it)
        self.current_values: dict[int, float] = {}
        self.provinces = PolygonLayer(
            base.boundaries, outline=pg.mkPen("#6b6b6b", width=1), name="provinces"
        )
        view.add_layer("provinces", tr("Provinces"), [self.provinces])
        self._prefectures: LineLayer | None = None
        view.add_layer("prefectures", tr("Prefectures"), [], visible=False)
        self.hub_ids = list(base.hub_rings)
        hub_paths = _hub_paths(base)
        self.hubs = PolygonLayer(
            paths=hub_paths, outline=pg.mkPen("#1f3b73", width=1), name="hubs", bold=True
        )
        view.add_layer("hubs", tr("Hub regions"), [self.hubs])
        self.stations = self._station_item()
        view.add_layer("stations", tr("Climate stations"), [self.stations], visible=False)
        self.clusters, self.cluster_labels = self._cluster_items()
        view.add_layer(
            "clusters", tr("Data-centre clusters"), [self.clusters, *self.cluster_labels]
        )
        self.hover = HighlightItem(pg.mkPen("#303030", width=2))
        self.selection = HighlightItem(pg.mkPen("#00a0ff", width=3))
        for z, item in ((9000, self.hover), (9001, self.selection)):
            view.view_box.addItem(item, ignoreBounds=True)
            item.setZValue(z)

    def attach(self, atlas: Atlas) -> None:
        """The national tables, loaded after the first paint: every metric, tooltips, PUE."""
        self.atlas = atlas
        if "hub_outlines" not in atlas.__dict__ and list(atlas.hubs.index) == list(
            self.base.hub_rings
        ):  # the cached union (cached_property's slot): not computed again on the GUI thread
            atlas.__dict__["hub_outlines"] = self.base.hub_rings
        ids = tuple(str(s) for s in atlas.stations.index)
        if ids != self.base.station_ids:  # a stale cache would mislabel the stations
            st = atlas.stations
            self.stations.setData(
                x=st["x"].to_numpy(float), y=st["y"].to_numpy(float), data=list(ids)
            )
            self._color_stations(None)

    def _atlas(self) -> Atlas:
        if self.atlas is None:
            raise RuntimeError("the national tables are still loading")
        return self.atlas

    # ---- prefectures (built when first shown: 370 paths are not needed at start-up) ------
    def show_prefectures(self, visible: bool) -> None:
        if visible and self._prefectures is None:
            self._prefectures = LineLayer(
                load_prefecture_lines(), pg.mkPen("#a0a0a0", width=1), name="prefectures"
            )
            entry = self.view.layer("prefectures")
            entry.items.append(self._prefectures)
            self.view.view_box.addItem(self._prefectures, ignoreBounds=True)
            self.view.set_order([e.key for e in self.view.layers()])
            self.view.set_opacity("prefectures", entry.opacity)
        self.view.set_visible("prefectures", visible)

    # ---- choropleth -----------------------------------------------------------------------
    def province_values(self, m: Metric) -> list:
        """Metric value per boundary feature (None/NaN where the province has no figure)."""
        scale = m.shown_scale(language())  # GDP in 亿元, population in 万人 in Chinese
        if self.atlas is None:  # first paint: the start metric's column from the map base
            cached = self.base.province_columns[m.column]
            return [None if np.isnan(v) else float(v) * scale for v in cached]
        table = self.atlas.provinces
        out = []
        for code in self.base.boundaries.codes:
            code = int(code)
            value = table.at[code, m.column] if code in table.index else None
            value = self.overrides.get(m.column, {}).get(code, value)
            out.append(value * scale if value is not None and scale != 1.0 else value)
        return out

    def pending_computation(self, key: str):
        """What metric ``key`` still needs computed, as a worker task
        ``(progress, is_cancelled) -> None`` (the stations' PUE: seconds), else None (it can
        be shown at once). :meth:`set_metric` computes it in place when not done first."""
        if not key.startswith("pue:") or self.atlas is None:
            return None
        from app.engine.costs.site_eval import station_pue, station_pue_cached

        atlas, tech = self.atlas, key.removeprefix("pue:")
        if station_pue_cached(atlas, tech):
            return None
        return lambda progress, cancelled: station_pue(
            atlas, tech, progress=progress, is_cancelled=cancelled
        )

    def set_metric(self, key: str) -> LegendSpec:
        """Colour provinces by metric ``key``; returns the legend to show."""
        self.metric = m = metric(key)
        self._color_stations(None)
        if key.startswith("pue:"):
            return self._pue(m, key.removeprefix("pue:"))
        if not m.column:
            values = self.extra_values.get(key, {})
            spec = self._numeric(m, [values.get(int(c)) for c in self.base.boundaries.codes])
            if not values:
                spec.note = tr("Solve the allocation first (F5)")
            return spec
        values = self.province_values(m)
        return self._categorical(m, values) if m.categorical else self._numeric(m, values)

    def _pue(self, m: Metric, tech: str) -> LegendSpec:
        """Province mean of the stations' estimated PUE; stations coloured on the same classes."""
        from app.engine.costs.site_eval import province_mean_pue, station_pue  # PUE metrics only

        atlas = self._atlas()
        self.station_pue = pue = station_pue(atlas, tech)
        means = province_mean_pue(atlas, pue)
        values = [means.get(int(code)) for code in self.base.boundaries.codes]
        station_values = np.array([pue.annual.get(s, np.nan) for s in atlas.stations.index])
        edges = self.fixed_breaks.get(m.key)
        if edges is None:
            edges = quantile_breaks(np.concatenate([station_values, np.array(values, float)]), 5)
        spec = self._numeric(m, values, edges)
        self._color_stations(classify(station_values, edges), colors.ramp(m.ramp, len(edges) - 1))
        self.view.set_visible("stations", True)
        return spec

    def _color_stations(self, classes, palette=None) -> None:
        """One brush per point (a single brush left the PUE colours on), each class's brush
        shared: pyqtgraph renders one symbol per brush object (700 renders took 0.2 s)."""
        if classes is None:
            self.stations.setBrush([_brush("#ffffff")] * len(self.stations.data))
            return
        brushes = [_brush(c) for c in palette]
        missing = _brush(colors.MISSING)
        self.stations.setBrush([brushes[c] if c >= 0 else missing for c in classes])

    def _numeric(self, m: Metric, values: list, edges: np.ndarray | None = None) -> LegendSpec:
        vals = np.array([np.nan if v is None else float(v) for v in values])
        fixed = m.key in self.fixed_breaks
        diverging = m.ramp == "rdbu_r"  # net import and changes: symmetric around zero
        if fixed:
            edges = self.fixed_breaks[m.key]
        elif edges is None:
            edges = diverging_breaks(vals, 5) if diverging else quantile_breaks(vals, 5)
            if not m.column and not m.key.startswith("pue:") and np.isfinite(vals).any():
                # Solved metrics: freeze the classes of the first solve for later what-ifs.
                self.fixed_breaks[m.key] = edges
                fixed = True
        self.current_values = {
            int(c): float(v) for c, v in zip(self.base.boundaries.codes, vals, strict=True)
        }
        classes = classify(vals, edges)
        palette = colors.ramp(m.ramp, max(len(edges) - 1, 1))
        self.provinces.set_fills([palette[c] if c >= 0 else colors.MISSING for c in classes])
        labels = class_labels(edges, m.decimals, open_ends=fixed)
        entries = list(zip(palette, labels, strict=False))
        if np.isnan(vals).any():
            entries.append((colors.MISSING, tr("no data")))
        if m.key in self.user_breaks:
            note = tr("Your classes")
        else:
            note = tr("Symmetric classes around zero") if diverging else tr("Quantile classes")
            if fixed:
                note += ", " + tr("kept across solves")
        return LegendSpec(self.metric_label(m), entries, note)

    def set_breaks(self, key: str, edges: np.ndarray | None) -> None:
        """Planner-set class edges for metric ``key`` (kept until reset); None recomputes
        them from the current values (and, for solved metrics, keeps the new ones)."""
        if edges is None:
            self.fixed_breaks.pop(key, None)
            self.user_breaks.discard(key)
        else:
            self.fixed_breaks[key] = np.asarray(edges, float)
            self.user_breaks.add(key)

    def value_text(self, code: int) -> str:
        """ "<metric>: <value unit>" of province ``code`` for the numeric metric shown now
        ("" for the hub map, which the tooltip already names)."""
        m = self.metric
        if m.categorical or code not in self.current_values:
            return ""
        value = self.current_values[code]
        label = m.label_zh if language() == "zh" else tr(m.label)
        if not np.isfinite(value):
            return f"{label}: {tr('no data')}"
        return f"{label}: {format_edge(value, m.decimals)} {m.shown_unit(language())}".rstrip()

    def _categorical(self, m: Metric, values: list) -> LegendSpec:
        self.current_values = {}
        hubs = self._atlas().hubs
        hub_ids = list(hubs.index)
        fills, entries = [], []
        for v in values:
            fills.append(colors.categorical(hub_ids.index(v)) if v in hub_ids else colors.MISSING)
        name_col = "name_zh" if language() == "zh" else "name_en"
        for i, hub_id in enumerate(hub_ids):
            entries.append((colors.categorical(i), str(hubs.at[hub_id, name_col])))
        entries.append((colors.MISSING, tr("not in a national hub")))
        self.provinces.set_fills(fills)
        return LegendSpec(self.metric_label(m), entries)

    @staticmethod
    def metric_label(m: Metric) -> str:
        label = m.label_zh if language() == "zh" else tr(m.label)
        unit = m.shown_unit(language())
        return f"{label} ({unit})" if unit else label

    # ---- highlights -----------------------------------------------------------------------
    def highlight(self, row: int | None, *, selected: bool = False) -> None:
        item = self.selection if selected else self.hover
        item.set_path(None if row is None or row < 0 else self.provinces.path(row))

    def province_rect(self, row: int) -> QRectF:
        return self.provinces.path(row).boundingRect()

    # ---- points ---------------------------------------------------------------------------
    def _station_item(self) -> pg.ScatterPlotItem:
        xy = self.base.station_xy
        return MarkerItem(
            x=xy[:, 0],
            y=xy[:, 1],
            size=7,
            pxMode=True,  # hoverable
            pen=pg.mkPen("#333333", width=0.5),
            brush=pg.mkBrush("#ffffff"),
            data=list(self.base.station_ids),
            hoverable=True,
            tip=None,
        )

    def _cluster_items(self) -> tuple[pg.ScatterPlotItem, list[LabelsItem]]:
        base = self.base
        x, y = base.cluster_xy[:, 0], base.cluster_xy[:, 1]
        item = MarkerItem(
            x=x,
            y=y,
            size=11,
            symbol="s",
            pxMode=True,
            pen=pg.mkPen("#202020", width=1.2),
            brush=pg.mkBrush("#d62728"),
            data=list(base.cluster_ids),
            hoverable=True,
            tip=None,
        )
        font = QFont()
        font.setPointSize(8)
        # Label priority: the larger planned cluster keeps its label when two collide.
        order = np.argsort(-base.cluster_planned, kind="stable")
        texts = base.cluster_labels["zh" if language() == "zh" else "en"]
        labels = LabelsItem(x[order], y[order], [texts[i] for i in order], font)
        return item, [labels]
