"""What the map says under the cursor: one HTML tooltip for a climate station, a loaded site,
a flow or a province (with the value of the metric shown, PUE in PUE mode). Names come from
the planner's files, so every one is escaped: a name is text, never markup."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QPointF

from app.datasets.atlas import Atlas
from app.ui import describe
from app.ui.i18n import language, tr
from app.ui.map.flows_item import class_label


class MapTips:
    """Tooltip text for map points; the topmost thing wins (stations, loads, flows, province)."""

    def __init__(self, atlas: Atlas, view, national, allocation, placement=None) -> None:
        self.atlas, self.view, self.national, self.allocation = atlas, view, national, allocation
        self.placement = placement

    def text(self, x: float, y: float) -> str:
        """The tooltip (HTML) for map point (x, y) in metres; "" over nothing."""
        view = self.view
        if self.placement is not None:
            points = self.placement.item.pointsAt(QPointF(x, y))
            if len(points):
                return self.site(str(points[-1].data()))
        if view.layer("stations").visible:
            points = self.national.stations.pointsAt(QPointF(x, y))
            if len(points):
                return self.station(points[0].data())
        if view.layer("loads").visible:
            points = self.allocation.loads.pointsAt(QPointF(x, y))
            if len(points):
                return self.load(str(points[-1].data()))
        if view.layer("flows").visible:
            pixel = max(view.view_box.viewPixelSize()[0], 1.0)
            i = self.allocation.flows.flow_at(x, y, 4 * pixel)
            if i is not None:
                src, dst, cls, mw = self.allocation.flows.flow(i)
                return f"<b>{escape(str(src))} → {escape(str(dst))}</b><br>{escape(class_label(cls))}: {describe.fmt(mw, 1, 'MW')}"
        code = self.atlas.province_at(x, y)
        if code is None:
            return ""
        text = describe.province_tooltip(self.atlas, code, self.national.overrides)
        value = self.national.value_text(code)
        return f"{text}<br><b>{value}</b>" if value else text

    def station(self, station: str) -> str:
        keep = {tr("Province"), tr("Elevation"), tr("Annual mean temperature")}
        name = self.atlas.station_name(station, language())
        lines = [f"<b>{tr('Climate station')}: {escape(str(name))}</b>"]
        lines += [
            f"{k}: {escape(str(v))}"
            for k, v in describe.station_rows(self.atlas, station)
            if k in keep
        ]
        pue = self.national.station_pue
        if pue is not None and station in pue.annual:
            lines.append(f"<b>{tr('Estimated annual PUE')}: {pue.annual[station]:.3f}</b>")
        return "<br>".join(lines)

    def site(self, site_id: str) -> str:
        """A placed site: name, capacity, cooling, annual PUE."""
        site = self.placement.model.site(site_id)
        lines = [
            f"<b>{escape(site.name)}</b>",
            f"{tr('IT capacity')}: {describe.fmt(site.capacity_mw, 1, 'MW')}",
            describe.cooling_label(site.cooling),
        ]
        m = self.placement.metrics.get(site_id)
        if m is not None:  # a site that serves nothing has no PUE: shown as missing
            lines.append(f"{tr('Annual PUE')}: {describe.fmt(m.annual_pue, 3)}")
        return "<br>".join(lines)

    def load(self, site_id: str) -> str:
        load, util = self.allocation.loads.site_loads[site_id]
        return (
            f"<b>{escape(str(self.allocation.names.get(site_id, site_id)))}</b><br>"
            f"{tr('Load')}: {describe.fmt(load, 1, 'MW')}<br>"
            f"{tr('Utilisation')}: {util * 100:.0f} %"
        )
