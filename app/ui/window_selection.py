"""Hover, clicks and selection on the main window's map: tooltips, the inspector, stations,
clusters and provinces (a mixin of MainWindow)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtWidgets import QToolTip

from app.datasets.projection import to_lonlat
from app.ui import describe
from app.ui.i18n import language, tr


class SelectionMixin:
    """What the map's hover and clicks do; needs the window's map, docks and controllers."""

    def _on_hover(self, x: float, y: float) -> None:
        """Status bar and tooltip for what is under the cursor: a climate station, a flow or
        a province (with the current metric's value). The tooltip is re-shown on every move,
        so it never goes missing after its first appearance."""
        lon, lat = to_lonlat(x, y)
        self.coord_label.setText(f"{float(lon):.3f}°E  {float(lat):.3f}°N")
        row = int(self.atlas.boundaries.locate(x, y)[0])
        if row != self._hover_row:
            self._hover_row = row
            self.national.highlight(row)
            self.province_label.setText(
                ""
                if row < 0
                else describe.province_title(self.atlas, int(self.atlas.boundaries.codes[row]))
            )
        text = self.hover_text(x, y)
        if not text:
            QToolTip.hideText()
            return
        pos = self.map.mapToGlobal(
            self.map.mapFromScene(self.map.view_box.mapViewToScene(QPointF(x, y)))
        )
        # shown for a minute: read while the pointer rests, hidden when it leaves or moves off
        QToolTip.showText(pos + QPoint(14, 14), text, self.map, QRect(), 60_000)

    def hover_text(self, x: float, y: float) -> str:
        """The tooltip (HTML) for map point (x, y) in metres; "" over nothing."""
        return self.tips.text(x, y)

    def _on_leave(self) -> None:
        self._hover_row = -1
        self.national.highlight(None)
        self.province_label.setText("")
        QToolTip.hideText()

    def _on_click(self, x: float, y: float, button: int, taken: bool) -> None:
        placing = self.placement.place_action.isChecked()
        if button == Qt.MouseButton.RightButton.value and placing:
            self.leave_placement()
            return
        if button != Qt.MouseButton.LeftButton.value:
            return
        if placing:  # placing wins over markers underneath
            if self.placement.place_at(x, y) is None:
                self.statusBar().showMessage(self.placement.last_error, 4000)
            return
        if taken:  # a placed site's marker took it (select, or drag)
            return
        self.show_pick(self.tips.picker.pick(x, y))

    def show_pick(self, picked) -> None:
        """Select what the picking rule found (see app.ui.map.picking; None clears) and bring
        the inspector forward."""
        kind, key = (None, None) if picked is None else (picked.kind, picked.key)
        if kind != "site":
            self.placement.select(None)
        if kind != "station":
            self.mark_station(None)
        if kind == "site":
            self.placement.select(str(key))
        elif kind == "cluster":
            self.show_cluster(str(key))
        elif kind == "station":
            self.show_station(str(key))
        elif kind == "load":
            self.show_load(str(key))
        else:
            self.select_province(None if key is None else int(key))
        if kind is not None:
            self.inspector_dock.raise_()

    def leave_placement(self) -> None:
        if self.placement.place_action.isChecked():
            self.placement.place_action.setChecked(False)
            self.statusBar().showMessage(tr("Placement ended"), 3000)

    def _on_escape(self) -> None:
        """Esc leaves placement first; otherwise it cancels a running solve."""
        if self.placement.place_action.isChecked():
            self.leave_placement()
        else:
            self.allocation.cancel_action.trigger()

    def _on_placing(self, placing: bool) -> None:
        cursor = Qt.CursorShape.CrossCursor if placing else Qt.CursorShape.ArrowCursor
        self.map.viewport().setCursor(cursor)
        if placing:
            self.statusBar().showMessage(
                tr("Click on the map to place a data centre; Esc or right-click to stop"), 8000
            )

    def mark_station(self, station: str | None) -> None:
        """Ring the selected climate station (None clears)."""
        if station is None:
            self.station_mark.setData([], [])
            return
        s = self.atlas.stations.loc[station]
        self.station_mark.setData([float(s["x"])], [float(s["y"])])

    def _on_site_selected(self, site_id: str | None) -> None:
        self.inspector_stack.setCurrentWidget(self.site_editor if site_id else self.inspector)
        # The stack asks for its widest page; only the site form needs that width (it
        # scrolls in a narrow dock), the attribute table wraps.
        self.inspector_stack.setMinimumWidth(
            self.site_editor.minimumSizeHint().width() if site_id else 240
        )
        self.comparison.select(site_id)
        if site_id:
            self.inspector_dock.setWindowTitle(tr("Site"))
            self.inspector_dock.raise_()  # a click on a site shows its editor
        else:
            self.inspector_dock.setWindowTitle(tr("Inspector"))

    def _refresh_comparison(self) -> None:
        from app.engine.allocation.national_problem import cluster_capacity
        from app.engine.costs.site_eval import cluster_reference_site
        from app.engine.evaluate import site_cards

        metrics = [
            self.placement.metrics[s.id] for s in self.model.sites if s.id in self.placement.metrics
        ]
        a = self.model.scenario.assumptions
        capacity = cluster_capacity(self.atlas, a)
        clusters = [
            cluster_reference_site(self.atlas, cid, capacity[cid])
            for cid in self.comparison.chosen_clusters()
        ]  # the same figures as a placed site's (evaluate's accounting)
        metrics += site_cards(self.atlas, clusters, a) if clusters else []
        self.comparison.set_metrics(metrics, self.placement.selected)

    def _on_comparison_selected(self, site_id: str | None) -> None:
        if site_id and site_id.startswith("cluster:"):
            cid = site_id.removeprefix("cluster:")
            self.placement.select(None)
            self.inspector.show_rows(
                describe.cluster_label(self.atlas.clusters.loc[cid], language()),
                describe.cluster_rows(self.atlas, cid),
            )
            return
        self.placement.select(site_id)

    def select_province(self, code: int | None) -> None:
        """Select a province by adcode (None clears) and show it in the inspector."""
        if code is not None and code not in self.atlas.boundaries.codes:
            code = code // 10000 * 10000  # a prefecture picked in the results: its province
        self.selected_code = code
        if code is None:
            self.national.highlight(None, selected=True)
            self.inspector.clear()
            return
        row = self.atlas.boundaries.position(code)
        self.national.highlight(row, selected=True)
        self.inspector_dock.raise_()  # the planner asked to see it: in front of its tabs
        self.inspector.show_rows(
            describe.province_title(self.atlas, code),
            describe.province_rows(self.atlas, code, self.national.overrides),
        )
        self.overrides.show(code)

    def set_province_override(self, code: int, field: str, value: float | None) -> None:
        """One undo step: province ``code``'s ``field`` override set (None clears it)."""
        self.overrides.set_override(code, field, value)

    def zoom_to_selection(self) -> None:
        if self.selected_code is None:
            self.statusBar().showMessage(tr("Select a province first"), 3000)
            return
        self.map.zoom_to_rect(
            self.national.province_rect(self.atlas.boundaries.position(self.selected_code))
        )

    def show_load(self, site_id: str) -> None:
        """A load circle: its placed site in the editor, a cluster's or a province's figures
        in the inspector."""
        if site_id.startswith("stock:"):
            self.select_province(int(site_id.removeprefix("stock:")))
        else:
            self._on_comparison_selected(site_id)
        self.inspector_dock.raise_()

    def show_cluster(self, cid: str) -> None:
        col = "name_zh" if language() == "zh" else "name_en"
        self.inspector.show_rows(
            str(self.atlas.clusters.at[cid, col]), describe.cluster_rows(self.atlas, cid)
        )
        self.inspector_dock.raise_()

    def show_station(self, station: str) -> None:
        self.mark_station(station)
        rows = describe.station_rows(self.atlas, station)
        pue = self.national.station_pue
        if pue is not None:
            rows.insert(0, (tr("Estimated annual PUE"), f"{pue.annual[station]:.3f}"))
        name = self.atlas.station_name(station, language())
        self.inspector.show_rows(f"{tr('Climate station')}: {name}", rows)
        if pue is not None:
            self.inspector.show_curve(pue.monthly[station], tr("Monthly PUE"))
        self.inspector_dock.raise_()
