"""The assumptions dock's "Today and moving" tab: how today's status quo is built (utilisation of
the provinces' stock and of the clusters) and the friction of leaving it (one-off migration
cost per MW, payback years, classes frozen in place) and whether a hall that load leaves is
switched off (``retire_idle_halls``). Each edit is one ``emit(text, **changes)``
call that the dock turns into an undo step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QFormLayout, QLabel, QWidget

from app.domain.assumptions import AllocationAssumptions
from app.domain.workload import shown_label
from app.ui.describe import assumption_tip, unit_text
from app.ui.i18n import tr
from app.ui.plain import action_text

Emit = Callable[..., None]


def _spin(lo: float, hi: float, step: float, decimals: int, suffix: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(lo, hi)
    box.setSingleStep(step)
    box.setDecimals(decimals)
    box.setSuffix(f" {suffix}" if suffix else "")
    box.setKeyboardTracking(False)
    return box


class StatusQuoPanel(QWidget):
    """Widgets for the status-quo and migration fields of :class:`AllocationAssumptions`."""

    def __init__(self, emit: Emit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._emit = emit
        self.assumptions = AllocationAssumptions()
        self.migration_cost = _spin(0.0, 1000.0, 1.0, 1, unit_text("M CNY/MW"))
        self.payback = _spin(0.1, 100.0, 0.5, 1, tr("years"))
        self.stock_utilisation = _spin(1.0, 100.0, 5.0, 0, "%")
        self.cluster_utilisation = _spin(0.0, 100.0, 5.0, 0, "%")
        for box, key in (
            (self.migration_cost, "migration_cost_cny_per_mw"),
            (self.payback, "payback_years"),
            (self.stock_utilisation, "stock_utilisation"),
            (self.cluster_utilisation, "cluster_utilisation"),
        ):
            box.setToolTip(assumption_tip(f"assumptions.{key}"))
        self.form = QFormLayout(self)
        self.form.addRow(tr("Stock in use today"), self.stock_utilisation)
        self.form.addRow(tr("Clusters in use today"), self.cluster_utilisation)
        self.form.addRow(tr("Migration cost (one-off)"), self.migration_cost)
        self.form.addRow(tr("Moves pay back within"), self.payback)
        self.retire = QCheckBox(tr("Switch off the part of a hall that load leaves"))
        self.retire.setToolTip(
            tr(
                "Off (default): an existing hall keeps its load-independent energy (UPS no-load "
                "loss, lighting, fans and pumps at their floor) when load leaves it. On: that "
                "part is retired with the load (its energy follows its load at the average PUE)"
            )
        )
        self.retire.toggled.connect(
            lambda on: self._emit(tr("Set retiring idle halls"), retire_idle_halls=bool(on))
        )
        self.form.addRow(self.retire)
        self.frozen_label = QLabel(tr("Kept where served today (frozen):"))
        self.form.addRow(self.frozen_label)
        self.frozen: dict[str, QCheckBox] = {}
        self.migration_cost.valueChanged.connect(
            lambda v: self._emit(tr("Set migration cost"), migration_cost_cny_per_mw=v * 1e6)
        )
        self.payback.valueChanged.connect(
            lambda v: self._emit(tr("Set payback years"), payback_years=v)
        )
        self.stock_utilisation.valueChanged.connect(
            lambda v: self._emit(tr("Set stock utilisation"), stock_utilisation=v / 100.0)
        )
        self.cluster_utilisation.valueChanged.connect(
            lambda v: self._emit(tr("Set cluster utilisation"), cluster_utilisation=v / 100.0)
        )

    def show_assumptions(self, a: AllocationAssumptions) -> None:
        """Model -> widgets without echo."""
        self.assumptions = a
        self._class_boxes(a)
        boxes = (
            self.migration_cost,
            self.payback,
            self.stock_utilisation,
            self.cluster_utilisation,
            self.retire,
            *self.frozen.values(),
        )
        blockers = [QSignalBlocker(w) for w in boxes]
        self.migration_cost.setValue(a.migration_cost_cny_per_mw / 1e6)
        self.payback.setValue(a.payback_years)
        self.stock_utilisation.setValue(a.stock_utilisation * 100.0)
        self.cluster_utilisation.setValue(a.cluster_utilisation * 100.0)
        self.retire.setChecked(a.retire_idle_halls)
        for cid, box in self.frozen.items():
            box.setChecked(cid in a.frozen_classes)
        del blockers

    def _class_boxes(self, a: AllocationAssumptions) -> None:
        """One check box per workload class (rebuilt when the classes change)."""
        labels = {c.id: shown_label(c.id, c.label) for c in a.classes}
        if list(self.frozen) == list(labels):
            return
        for box in self.frozen.values():
            self.form.removeRow(box)
        self.frozen = {}
        for cid, label in labels.items():
            box = QCheckBox(action_text(label))  # a class named by the planner
            box.toggled.connect(lambda on, c=cid: self._freeze(c, on))
            self.frozen[cid] = box
            self.form.addRow(box)

    def _freeze(self, cid: str, on: bool) -> None:
        kept = [c for c in self.assumptions.frozen_classes if c != cid]
        frozen = tuple(
            c.id for c in self.assumptions.classes if c.id in kept or (on and c.id == cid)
        )
        label = next(
            (shown_label(c.id, c.label) for c in self.assumptions.classes if c.id == cid), cid
        )
        text = tr("Freeze {name}") if on else tr("Unfreeze {name}")
        self._emit(text.format(name=label), frozen_classes=frozen)
