"""Undo commands: every planner edit is one QUndoCommand on the window's QUndoStack.

The ``ScenarioModel`` wraps the plain ``Scenario`` and announces changes; only these
commands call its mutating methods.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from app.domain.scenario import Scenario
from app.domain.site import Site
from app.ui.i18n import tr
from app.ui.plain import undo_text

_MOVE_ID = 1001


class ScenarioModel(QObject):
    """Signals: siteAdded(id), siteChanged(id), siteRemoved(id)."""

    siteAdded = Signal(str)
    siteChanged = Signal(str)
    siteRemoved = Signal(str)
    assumptionsChanged = Signal()
    reset = Signal()  # a whole new scenario (opened, new, restored)

    def __init__(self, scenario: Scenario | None = None) -> None:
        super().__init__()
        self.scenario = scenario or Scenario()

    @property
    def sites(self) -> list[Site]:
        return list(self.scenario.sites)

    def site(self, site_id: str) -> Site:
        return self.scenario.site(site_id)

    def _insert(self, index: int, site: Site) -> None:
        self.scenario.sites.insert(index, site)
        self.siteAdded.emit(site.id)

    def _replace(self, site: Site) -> None:
        self.scenario.sites[self.scenario.index(site.id)] = site
        self.siteChanged.emit(site.id)

    def replace_scenario(self, scenario: Scenario) -> None:
        """Swap in another scenario (not undoable: the undo stack is cleared with it)."""
        self.scenario = scenario
        self.reset.emit()

    def _set_setting(self, field: str, value) -> None:
        """Replace ``assumptions`` or ``solver``; both feed the allocation, so one signal."""
        setattr(self.scenario, field, value)
        self.assumptionsChanged.emit()

    def _remove(self, site_id: str) -> tuple[int, Site]:
        index = self.scenario.index(site_id)
        site = self.scenario.sites.pop(index)
        self.siteRemoved.emit(site_id)
        return index, site


class AddSiteCommand(QUndoCommand):
    def __init__(self, model: ScenarioModel, site: Site) -> None:
        super().__init__(undo_text(tr("Place {name}").format(name=site.name)))
        self.model, self.site = model, site
        self.index = len(model.scenario.sites)

    def redo(self) -> None:
        self.model._insert(self.index, self.site)

    def undo(self) -> None:
        self.model._remove(self.site.id)


class RemoveSiteCommand(QUndoCommand):
    def __init__(self, model: ScenarioModel, site_id: str) -> None:
        self.model, self.site = model, model.site(site_id)
        super().__init__(undo_text(tr("Delete {name}").format(name=self.site.name)))
        self.index = model.scenario.index(site_id)

    def redo(self) -> None:
        self.model._remove(self.site.id)

    def undo(self) -> None:
        self.model._insert(self.index, self.site)


class EditSiteCommand(QUndoCommand):
    """Replace a site's values (old -> new); used for inspector edits."""

    def __init__(self, model: ScenarioModel, new: Site, text: str | None = None) -> None:
        self.model, self.old, self.new = model, model.site(new.id), new
        super().__init__(undo_text(text or tr("Edit {name}").format(name=new.name)))

    def redo(self) -> None:
        self.model._replace(self.new)

    def undo(self) -> None:
        self.model._replace(self.old)


class MoveSiteCommand(EditSiteCommand):
    """A drag: successive moves of the same site within one drag merge into one undo step."""

    def __init__(
        self,
        model: ScenarioModel,
        site_id: str,
        lon: float,
        lat: float,
        drag: int | None = None,
        name: str | None = None,
    ) -> None:
        """``name``: a new name that goes with the move (a site named after its place)."""
        changes = (
            {"lon": lon, "lat": lat} if name is None else {"lon": lon, "lat": lat, "name": name}
        )
        new = model.site(site_id).with_changes(**changes)
        super().__init__(model, new, tr("Move {name}").format(name=new.name))
        self.drag = drag

    def id(self) -> int:
        return _MOVE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt override)
        same_drag = self.drag is not None and getattr(other, "drag", None) == self.drag
        if not isinstance(other, MoveSiteCommand) or other.new.id != self.new.id or not same_drag:
            return False
        self.new = other.new
        return True


class SetSettingCommand(QUndoCommand):
    """Replace one scenario setting object (old -> new): ``assumptions`` or ``solver``."""

    FIELD = ""

    def __init__(self, model: ScenarioModel, new, text: str) -> None:
        super().__init__(undo_text(text))
        self.model, self.old, self.new = model, getattr(model.scenario, self.FIELD), new

    def redo(self) -> None:
        self.model._set_setting(self.FIELD, self.new)

    def undo(self) -> None:
        self.model._set_setting(self.FIELD, self.old)


class SetAssumptionsCommand(SetSettingCommand):
    """New allocation assumptions, e.g. a carbon price or a cluster's capacity."""

    FIELD = "assumptions"


class SetSolverCommand(SetSettingCommand):
    """New solver settings, e.g. demand regions: provinces -> prefectures."""

    FIELD = "solver"
