"""What the map says under the cursor: one HTML tooltip for a climate station, a loaded site,
a flow or a province (with the value of the metric shown, PUE in PUE mode). Names come from
the planner's files, so every one is escaped: a name is text, never markup."""

from __future__ import annotations

from html import escape

from app.datasets.atlas import Atlas
from app.ui import describe
from app.ui.i18n import language, tr
from app.ui.map.flows_item import class_label
from app.ui.map.picking import MapPicker


class MapTips:
    """Tooltip text for map points: what a click would pick (see ``picking``), with flows
    between the load circles and the provinces."""

    def __init__(self, atlas: Atlas, view, national, allocation, placement=None) -> None:
        self.atlas, self.view, self.national, self.allocation = atlas, view, national, allocation
        self.placement = placement
        self.picker = MapPicker(atlas, view, national, allocation, placement)

    def text(self, x: float, y: float) -> str:
        """The tooltip (HTML) for map point (x, y) in metres; "" over nothing."""
        view = self.view
        picked = self.picker.pick(x, y, kinds=("site", "station", "load"))
        if picked is not None:
            show = {"site": self.site, "station": self.station, "load": self.load}
            return show[picked.kind](str(picked.key))
        if view.layer("flows").visible:
            pixel = max(view.view_box.viewPixelSize()[0], 1.0)
            i = self.allocation.flows.bundle_at(x, y, pixel)
            if i is not None:
                return self.bundle(i)
        code = self.atlas.province_at(x, y)
        if code is None:
            return ""
        text = describe.province_tooltip(self.atlas, code, self.national.overrides)
        value = self.national.value_text(code)
        return f"{text}<br><b>{value}</b>" if value else text

    def bundle(self, i: int, listed: int = 8) -> str:
        """A flow, or a bundle of flows: from, to, class and MW, then its largest flows."""
        flows = self.allocation.flows
        bundle = flows.bundles[i]
        members = [flows.flow(j) for j in bundle.members]
        sources = list(dict.fromkeys(src for src, *_ in members))
        targets = list(dict.fromkeys(dst for _, dst, *_ in members))
        src = sources[0] if len(sources) == 1 else tr("{n} regions").format(n=len(sources))
        dst = targets[0] if len(targets) == 1 else tr("{n} sites").format(n=len(targets))
        lines = [
            f"<b>{escape(str(src))} → {escape(str(dst))}</b>",
            f"{escape(class_label(bundle.cls))}: {describe.fmt(bundle.mw, 1, 'MW')}",
        ]
        if len(members) > 1:
            lines += [
                f"{escape(str(a))} → {escape(str(b))}: {describe.fmt(mw, 1, 'MW')}"
                for a, b, _, mw in members[:listed]
            ]
        if len(members) > listed:
            rest = sum(mw for *_, mw in members[listed:])
            more = tr("… and {n} more ({mw})")
            lines.append(more.format(n=len(members) - listed, mw=describe.fmt(rest, 1, "MW")))
        return "<br>".join(lines)

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
