"""Placing, moving, editing and deleting data-centre sites, all through the undo stack.

Signals:
    sigSelected(str | None): the selected site changed (id, or None).
    sigEvaluated(): site metrics changed (a site was added, edited, moved or removed).
    sigMetrics(): the cards were replaced by a finished evaluation (design and solved).
    sigRefused(str): an edit was refused; the message names the field and the value.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack

from app.datasets.atlas import Atlas
from app.datasets.projection import to_lonlat, to_map
from app.domain.site import Site, new_site_id
from app.engine.costs.site_eval import SiteMetrics, read_weather_file
from app.engine.costs.site_evaluation import site_cards
from app.engine.costs.site_inputs import locate_sites
from app.ui import describe
from app.ui.commands import (
    AddSiteCommand,
    EditSiteCommand,
    MoveSiteCommand,
    RemoveSiteCommand,
    ScenarioModel,
)
from app.ui.docks.site_editor import SiteEditor
from app.ui.i18n import language, tr
from app.ui.map.sites_item import SitesItem


class SitePlacement(QObject):
    sigSelected = Signal(object)
    sigEvaluated = Signal()
    sigMetrics = Signal()  # cards replaced by a finished evaluation
    sigRefused = Signal(str)  # an edit was refused: the reason, naming field and value

    def __init__(
        self,
        atlas: Atlas,
        model: ScenarioModel,
        undo: QUndoStack,
        item: SitesItem,
        editor: SiteEditor,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.atlas, self.model, self.undo, self.item, self.editor = (
            atlas,
            model,
            undo,
            item,
            editor,
        )
        self.metrics: dict[str, SiteMetrics] = {}
        self.evaluation = None  # the last app.engine.evaluate.Evaluation
        self._left_out: set[str] = set()  # sites the last evaluation left out (flagged)
        self.selected: str | None = None
        self.place_action = QAction(tr("Place data centre"), self)
        self.place_action.setCheckable(True)
        self.place_action.setShortcut(QKeySequence("P"))
        self.place_action.setToolTip(tr("Click on the map to place a data centre (P)"))
        self.delete_action = QAction(tr("Delete site"), self)
        self.delete_action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        self.delete_action.triggered.connect(lambda: self.selected and self.delete(self.selected))
        model.siteAdded.connect(self._on_added)
        model.siteChanged.connect(self._on_changed)
        model.siteRemoved.connect(self._on_removed)
        model.reset.connect(self._on_reset)
        model.assumptionsChanged.connect(self._on_reset_metrics)
        item.sigSiteClicked.connect(self.select)
        item.sigSiteDragged.connect(self._on_dragged)
        editor.sigEdited.connect(self.edit)
        editor.sigDeleteRequested.connect(self.delete)
        self.last_error = ""
        self._drag_serial = 0
        #: a drag's solved frames bring the moved site's card and show it (set by the
        #: allocation controller while a site is dragged with auto-solve on): a move then
        #: leaves the card and the editor to the frame instead of computing them twice
        self.cards_from_frames = False

    # ---- edits (each one undo command) ---------------------------------------------------
    def place_at(self, x: float, y: float) -> Site | None:
        """Place a new site at map point (x, y) metres; None outside China."""
        code = self.atlas.province_at(x, y)
        if code is None:
            self.last_error = tr("A site must be placed inside China")
            return None
        lon, lat = (float(v) for v in to_lonlat(x, y))
        name = self._unique_name(self.place_name(x, y))
        taken = {s.id for s in self.model.sites}
        site_id = new_site_id()
        while site_id in taken:  # an opened scenario may already use "site-1", ...
            site_id = new_site_id()
        site = Site(site_id, name, round(lon, 4), round(lat, 4))
        self.undo.push(AddSiteCommand(self.model, site))
        self.select(site.id)
        return site

    def edit(self, site_id: str, changes: dict) -> bool:
        new = self.model.site(site_id).with_changes(**changes)
        problems = new.validate()
        if changes.get("weather_file"):
            try:  # a bad weather file is refused with its reason; the site keeps its climate
                read_weather_file(changes["weather_file"])
            except (OSError, ValueError) as exc:
                problems.append(f"weather_file: {exc}")
        if problems:
            self.last_error = "; ".join(problems)
            self.sigRefused.emit(self.last_error)
            self.editor.show_site(self.model.site(site_id), self.describe(site_id))
            return False
        if new != self.model.site(site_id):
            self.undo.push(EditSiteCommand(self.model, new))
        return True

    def move(self, site_id: str, x: float, y: float) -> None:
        if self.atlas.province_at(x, y) is None:
            return  # dragging off the map keeps the last position inside China
        lon, lat = (float(v) for v in to_lonlat(x, y))
        old = self.model.site(site_id)
        name = None
        if self.has_automatic_name(old):  # the planner's own names stay; ours follow the site
            name = self._unique_name(self.place_name(x, y), site_id)
        self.undo.push(
            MoveSiteCommand(
                self.model, site_id, round(lon, 4), round(lat, 4), drag=self._drag_serial, name=name
            )
        )

    # ---- names ----------------------------------------------------------------------------
    def place_name(self, x: float, y: float) -> str:
        """Where map point (x, y) is, in the interface language: "Ulanqab, Inner Mongolia" /
        "乌兰察布市" (in English, the province alone where the prefecture has no English name in
        the data)."""
        pref = self.atlas.prefectures
        row = int(pref.locate(x, y)[0])
        prefecture = pref.names_zh[row] if row >= 0 else ""
        # The prefecture's own province: near a border the simplified province outline may
        # disagree with the prefecture's (Qingpu is in Shanghai, not Jiangsu).
        code = int(pref.parent_codes[row]) if row >= 0 else self.atlas.province_at(x, y)
        return self.atlas.place_name(prefecture, code, language())

    def has_automatic_name(self, site: Site) -> bool:
        """True while the site carries the name placing gave it (planner names are kept)."""
        x, y = to_map(site.lon, site.lat)
        return re.sub(r" \d+$", "", site.name) == self.place_name(float(x), float(y))

    def _unique_name(self, base: str, site_id: str | None = None) -> str:
        taken = {s.name for s in self.model.sites if s.id != site_id}
        name, n = base, 1
        while name in taken:
            n += 1
            name = f"{base} {n}"
        return name

    def delete(self, site_id: str) -> None:
        self.undo.push(RemoveSiteCommand(self.model, site_id))

    def _on_dragged(self, site_id: str, x: float, y: float, finished: bool) -> None:
        self.move(site_id, x, y)
        if finished:
            self._drag_serial += 1  # the next drag is a new undo step

    # ---- selection ------------------------------------------------------------------------
    def select(self, site_id: str | None) -> None:
        self.selected = site_id
        self.item.selected = site_id
        self._refresh_item()
        if site_id is not None:
            self.editor.show_site(self.model.site(site_id), self.describe(site_id))
            self._show_load(site_id)
        self.sigSelected.emit(site_id)

    # ---- model -> view --------------------------------------------------------------------
    def _refresh_item(self) -> None:
        sites = self.model.sites
        xs, ys = to_map([s.lon for s in sites], [s.lat for s in sites])  # one call for all
        self.item.set_sites(
            [
                (s.id, self._label(s), float(x), float(y))
                for s, x, y in zip(sites, xs.ravel(), ys.ravel(), strict=True)
            ]
        )

    def _label(self, site) -> str:
        """The site's name on the map; a site the allocation left out says so."""
        if site.id in self._left_out:
            return tr("{name} (left out: no price or outside the provinces)").format(name=site.name)
        return site.name

    def _evaluate(self, site_id: str) -> None:
        """One site's card now (the evaluation's own figures); the worker's evaluation
        replaces it with the solved figures (``set_evaluation``)."""
        self.metrics[site_id] = site_cards(
            self.atlas, [self.model.site(site_id)], self.model.scenario.assumptions
        )[0]

    def set_evaluation(self, evaluation) -> None:
        """Cards from a finished ``app.engine.evaluate.Evaluation`` (design and solved)."""
        self.evaluation = evaluation
        self.metrics = {e.site.id: e.card for e in evaluation.sites}  # at the solved load
        # left out of the solve (no price, outside the provinces), not merely idle
        left_out = {e.site.id for e in evaluation.sites if e.solved is None}
        if left_out != self._left_out:
            self._left_out = left_out
            self._refresh_item()
        if self.selected is not None and self.selected in self.metrics:
            self.editor.show_site(self.model.site(self.selected), self.describe(self.selected))
            self._show_load(self.selected)
        self.sigMetrics.emit()

    def _show_load(self, site_id: str) -> None:
        e = self.evaluation.site.get(site_id) if self.evaluation is not None else None
        if e is None:
            self.editor.show_load(None, None, ())
            return
        self.editor.show_load(e.site.utilization, e.solved, e.flags)

    def show_own_card(self, site_id: str) -> None:
        """The site's card from its own figures: a drag's frame that was to bring it failed."""
        if any(s.id == site_id for s in self.model.sites):
            self._evaluate(site_id)
            if site_id == self.selected:
                self.editor.show_site(self.model.site(site_id), self.describe(site_id))
            self.sigMetrics.emit()

    def _on_added(self, site_id: str) -> None:
        self._evaluate(site_id)
        self._refresh_item()
        self.sigEvaluated.emit()

    def _on_changed(self, site_id: str) -> None:
        if not self.cards_from_frames:
            self._evaluate(site_id)
        self._refresh_item()
        if site_id == self.selected and not self.cards_from_frames:
            self.editor.show_site(self.model.site(site_id), self.describe(site_id))
        self.sigEvaluated.emit()

    def _on_removed(self, site_id: str) -> None:
        self.metrics.pop(site_id, None)
        if self.selected == site_id:
            self.select(None)
        self._refresh_item()
        self.sigEvaluated.emit()

    def _on_reset(self) -> None:
        self.select(None)
        self._on_reset_metrics()

    def _on_reset_metrics(self) -> None:
        """A new scenario, or province tariff/CO2 overrides changed: the cards come from the
        evaluation the worker runs next (thousands of sites must not block the window); the
        provinces under the sites are looked up here, on the GUI thread (pyproj)."""
        self.metrics = {}
        locate_sites(self.atlas, self.model.sites)
        self._refresh_item()
        self.sigEvaluated.emit()

    def describe(self, site_id: str) -> str:
        m = self.metrics.get(site_id)
        return "" if m is None else describe.site_summary(m)
