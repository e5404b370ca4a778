"""Province overrides in the inspector: tariff, grid CO2 factor, demand and existing stock.

The values live in the scenario's allocation assumptions (``tariff_cny_per_kwh``,
``emission_kg_per_kwh``, ``demand_mw``, ``stock_mw``, each {adcode: value}); every change is one
``SetAssumptionsCommand`` on the undo stack, so the solver, the files and Ctrl+Z all see it.

Signals (OverridesPanel): sigChanged(int adcode, str field, object value or None to clear);
sigRefused(message): a typed value the scenario file would refuse (outside the field's range in
``app.domain.ranges.PROVINCE_OVERRIDE``, or not a number), not taken.
"""

from __future__ import annotations

import math
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from app.domain.ranges import PROVINCE_OVERRIDE
from app.ui.describe import unit_text
from app.ui.i18n import tr
from app.ui.ranged import checked_number

#: (assumptions field, label, unit, decimals shown); each field's range is the file's
#: (``PROVINCE_OVERRIDE``)
FIELDS = (
    ("tariff_cny_per_kwh", "Electricity tariff", "CNY/kWh", 4),
    ("emission_kg_per_kwh", "Grid CO2 factor", "kgCO2/kWh", 4),
    ("demand_mw", "Demand", "MW", 1),
    ("stock_mw", "Existing stock capacity", "MW", 1),
)


def field_label(field: str) -> str:
    """The translated name of an override field."""
    for name, label, *_ in FIELDS:
        if name == field:
            return tr(label)
    return field


def defaults(atlas, assumptions, code: int) -> dict[str, float]:
    """What each field is for province ``code`` without the planner's override."""
    from app.engine.allocation.national_problem import demand_table, stock_capacity

    bare = replace(
        assumptions,
        **{f: {k: v for k, v in getattr(assumptions, f).items() if k != code} for f, *_ in FIELDS},
    )
    row = atlas.provinces.loc[code]
    return {
        "tariff_cny_per_kwh": float(row["price_cny_per_kwh"]),
        "emission_kg_per_kwh": float(row["grid_ef_2023_kgco2_per_kwh"]),
        "demand_mw": float(demand_table(atlas, bare).loc[code].sum()),
        "stock_mw": float(stock_capacity(atlas, bare).loc[code]),
    }


def with_override(assumptions, field: str, code: int, value: float | None):
    """New assumptions with ``field`` of province ``code`` set (None removes the override)."""
    table = dict(getattr(assumptions, field))
    if value is None:
        table.pop(code, None)
    else:
        table[code] = float(value)
    return replace(assumptions, **{field: table})


def _shown_text(value: float | None, decimals: int) -> str:
    """An override as its field shows it: ``decimals`` places without trailing zeros, or all
    of them when that would change it (then leaving the field is no edit)."""
    if value is None:
        return ""
    text = f"{value:.{decimals}f}".rstrip("0").rstrip(".")
    return text if float(text) == value else repr(float(value))


class OverridesPanel(QGroupBox):
    """One line per field: empty means the built-in figure (shown greyed as a hint)."""

    sigChanged = Signal(int, str, object)
    sigRefused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Province overrides"), parent)
        self.code: int | None = None
        self.edits: dict[str, QLineEdit] = {}
        self.message = QLabel()
        self.message.setStyleSheet("color: #c62828")
        self.message.setWordWrap(True)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow docks: stack
        for field, label, unit, _decimals in FIELDS:
            # No validator: it would drop keystrokes (1e3 became 13) and hold back a value
            # out of its range without a word; _commit checks the text against the range.
            edit = QLineEdit()
            edit.setClearButtonEnabled(True)
            edit.setMinimumWidth(130)  # the built-in figure stays readable; rows wrap instead
            edit.editingFinished.connect(lambda f=field: self._commit(f))
            edit.installEventFilter(self)
            clear = QToolButton()
            clear.setText(tr("Reset"))
            clear.setToolTip(tr("Back to the built-in figure"))
            clear.clicked.connect(lambda _=False, f=field: self._clear(f))
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(clear)
            form.addRow(f"{tr(label)} ({unit_text(unit)})", row)
            self.edits[field] = edit
        form.addRow(self.message)
        self._shown: dict[str, float | None] = {}

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        """Ctrl+Z / Ctrl+Y in a field with nothing pending undo the scenario's last edit (the
        override just entered), not the field's typing: the window's shortcut is let through."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(obj, QLineEdit):
            undo_redo = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
            if any(event.matches(k) for k in undo_redo) and not self._pending(obj):
                event.ignore()
                return True
        return super().eventFilter(obj, event)

    def _pending(self, edit: QLineEdit) -> bool:
        """Whether ``edit`` holds typing not yet committed as an override."""
        field = next(f for f, e in self.edits.items() if e is edit)
        text = edit.text().strip()
        shown = self._shown.get(field)
        if not text:
            return shown is not None
        try:
            return float(text) != shown
        except ValueError:
            return True

    def show_province(
        self, code: int, current: dict[str, float | None], builtin: dict[str, float]
    ) -> None:
        """Show province ``code``'s overrides (``current``, None = none) over ``builtin``."""
        self.code = code
        self._shown = dict(current)
        self.message.clear()
        for field, _label, _unit, decimals in FIELDS:
            edit = self.edits[field]
            with QSignalBlocker(edit):
                edit.setText(_shown_text(current.get(field), decimals))
                base = builtin.get(field, math.nan)
                hint = (
                    tr("built-in: {value}").format(value=f"{base:,.{decimals}f}")
                    if base == base
                    else tr("built-in: missing")
                )
                edit.setPlaceholderText(hint)
                edit.setToolTip(hint)

    def _commit(self, field: str) -> None:
        if self.code is None:
            return
        text = self.edits[field].text().strip()
        value = None
        if text:
            value, why = checked_number(field_label(field), PROVINCE_OVERRIDE[field], text)
            if value is None:
                self._refuse(field, why)
                return
        if value == self._shown.get(field):
            return  # editingFinished fires on focus loss too: no empty undo steps
        self._shown[field] = value
        self.message.clear()
        self.sigChanged.emit(self.code, field, value)

    def _refuse(self, field: str, message: str) -> None:
        """The field shows the override again; the message stays under the fields."""
        decimals = next(d for f, _l, _u, d in FIELDS if f == field)
        with QSignalBlocker(self.edits[field]):
            self.edits[field].setText(_shown_text(self._shown.get(field), decimals))
        self.message.setText(message)
        self.sigRefused.emit(message)

    def _clear(self, field: str) -> None:
        self.edits[field].clear()
        self._commit(field)


class OverridesController(QObject):
    """Shows the selected province's overrides in the inspector and turns edits into undo
    commands; after any assumptions change (an edit, undo, redo) the panel shows them again."""

    def __init__(self, atlas, model, undo, inspector, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.atlas, self.model, self.undo, self.inspector = atlas, model, undo, inspector
        self.code: int | None = None
        inspector.overrides.sigChanged.connect(self.set_override)
        model.assumptionsChanged.connect(self._refresh)

    def show(self, code: int | None) -> None:
        """Show province ``code``'s overrides (None or not a mainland province: nothing)."""
        self.code = code if code in self.atlas.provinces.index else None
        if self.code is not None:
            self._fill()
            self.inspector.overrides.show()

    def _refresh(self) -> None:
        # Only while the inspector still shows the province (show_rows hides the panel).
        if self.code is not None and self.inspector.overrides.isVisibleTo(self.inspector):
            self._fill()

    def _fill(self) -> None:
        a = self.model.scenario.assumptions
        current = {f: getattr(a, f).get(self.code) for f, *_ in FIELDS}
        self.inspector.overrides.show_province(
            self.code, current, defaults(self.atlas, a, self.code)
        )

    def set_override(self, code: int, field: str, value: float | None) -> None:
        """One undo step: province ``code``'s ``field`` override set (None clears it)."""
        from app.ui.commands import SetAssumptionsCommand
        from app.ui.i18n import language

        name = self.atlas.province_name(code, language())
        text = (
            tr("Override {what} of {province}")
            if value is not None
            else tr("Clear {what} override of {province}")
        ).format(what=field_label(field), province=name)
        new = with_override(self.model.scenario.assumptions, field, code, value)
        self.undo.push(SetAssumptionsCommand(self.model, new, text))
