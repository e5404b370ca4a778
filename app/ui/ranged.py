"""Input widgets that take exactly the numbers the scenario file takes.

The ranges are the reader's (:mod:`app.domain.ranges`); a typed value outside one is refused
with a message naming the field and the range (``refusal``), never clamped to a nearby number
and never an undo step; the widget then shows the model's value again.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox

from app.domain.ranges import Range
from app.ui.i18n import tr

#: "1e", "2.5E-": a number in the file's notation being typed, its exponent still to come.
_EXPONENT_TO_COME = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)[eE][+-]?")


def refusal(field: str, problem: str, text: str) -> str:
    """ "Share of Real-time: must be in [0, 1000], got nan": what the planner is told."""
    return f"{field}: " + tr("{problem}, got {value}").format(problem=problem, value=text)


def checked_number(field: str, rng: Range, text: str) -> tuple[float | None, str]:
    """``text`` read as a number in ``rng`` (``1e3`` is 1000): (value, "") or (None, why)."""
    try:
        value = float(text.strip())
    except ValueError:
        return None, f"{field}: " + tr("Not a number: {text}").format(text=text.strip())
    problem = rng.problem(value)
    return (None, refusal(field, problem, text.strip())) if problem else (value, "")


class RangeSpinBox(QDoubleSpinBox):
    """A spin box over ``rng`` at ``decimals`` places (an open bound moves in by one step).

    The file's notation is taken as typed (``1e3`` is 1000; Qt would drop the ``e``). Typing a
    number outside the range is let through until the edit ends (Qt would drop the
    keystroke, turning 60000 into 6000); then it is refused: the box goes back to its value
    and ``sigRefused(message)`` names ``field`` and the range. ``special``: the text shown at
    the minimum, which then means "not set" (the minimum is 0 then, below an open range).

    Signals: sigRefused(str).
    """

    sigRefused = Signal(str)

    def __init__(
        self,
        field: str,
        rng: Range,
        step: float,
        decimals: int,
        suffix: str = "",
        special: str | None = None,
    ) -> None:
        super().__init__()
        self.field, self.rng = field, rng
        low, high = rng.closed(10.0**-decimals)
        self.setDecimals(decimals)
        self.setRange(0.0 if special else low, high)
        self.setSingleStep(step)
        self.setKeyboardTracking(False)  # one edit per finished value, not per keystroke
        if suffix:
            self.setSuffix(f" {suffix}")
        if special:
            self.setSpecialValueText(special)
        self._refused = ""
        self.editingFinished.connect(self._report)

    def _typed(self, text: str) -> float | None:
        """The number in ``text`` without prefix and suffix, or None."""
        value, ok = self.locale().toDouble(self._body(text))
        return value if ok else None

    def _body(self, text: str) -> str:
        body = text.strip().removeprefix(self.prefix().strip()).removesuffix(self.suffix().strip())
        return body.strip()

    def _takes(self, value: float) -> bool:
        """A value the box can hold as it is: in its range, at its decimals."""
        return self.minimum() <= value <= self.maximum() and round(value, self.decimals()) == value

    def validate(self, text: str, pos: int) -> object:  # Qt override
        state, text, pos = super().validate(text, pos)
        if state == QValidator.State.Invalid:
            value, body = self._typed(text), self._body(text)
            if value is not None and self._takes(value):  # e.g. 1e3
                state = QValidator.State.Acceptable
            elif value is not None or body in ("-", "+") or _EXPONENT_TO_COME.fullmatch(body):
                # out of range, or its sign or exponent still to come: judged when the edit ends
                state = QValidator.State.Intermediate
        return state, text, pos

    def valueFromText(self, text: str) -> float:  # Qt override: also the file's notation
        value = self._typed(text)
        return value if value is not None else super().valueFromText(text)

    def fixup(self, text: str) -> str:  # Qt override: the edit ended on a value not taken
        value = self._typed(text)
        if value is not None:
            shown = text.strip().removesuffix(self.suffix().strip()).strip()
            problem = self.rng.problem(value) or tr(
                "can have at most {n} decimal places here"
            ).format(n=self.decimals())
            self._refused = refusal(self.field, problem, shown)
        return super().fixup(text)

    def _report(self) -> None:
        if self._refused:
            message, self._refused = self._refused, ""
            self.sigRefused.emit(message)
