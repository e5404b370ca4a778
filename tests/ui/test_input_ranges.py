"""The window's input widgets take exactly what the scenario file takes (the reader's ranges,
``app.domain.ranges``): a typed value outside is refused with a message naming the field and
the range, is no undo step and leaves the widget showing the model's value; a valid file's
value is shown as it is, never clamped (QA pass 2, D2-D4)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

BIG_SITE = """\
format = "cpn-scenario"
version = 1

[[sites]]
id = "big"
name = "Big campus"
lon = 113.13
lat = 41.03
capacity_mw = 8000.0
utilisation = 0.02
tariff_cny_per_kwh = 7.5
green_price_cny_per_kwh = 8.0

[assumptions]
carbon_price_cny_per_t = 8000.0
stock_pue = 4.0
"""


def _type_keys(widget, text: str) -> None:
    """Select all of ``widget``'s text, type ``text`` and press Enter, as a planner does."""
    widget.setFocus()
    widget.selectAll()
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    QTest.keyClicks(widget, text)
    QTest.keyClick(widget, Qt.Key.Key_Return)


def _type_cell(table, row: int, col: int, text: str) -> None:
    """Show the table's tab, open the cell's editor, type ``text`` and press Enter."""
    from PySide6.QtWidgets import QDockWidget, QTabWidget

    parent = table.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabWidget):
            parent.setCurrentWidget(table)
        if isinstance(parent, QDockWidget):
            parent.raise_()
        parent = parent.parentWidget()
    table.window().activateWindow()
    table.setCurrentCell(row, col)
    table.editItem(table.item(row, col))
    editor = table.indexWidget(table.model().index(row, col))
    assert isinstance(editor, QLineEdit)
    _type_keys(editor, text)
    QApplication.processEvents()  # the delegate commits the cell queued


def _refused(window, before, *parts: str) -> None:
    """Nothing went on the undo stack, the model is unchanged and the planner was told."""
    assert window.undo_stack.count() == before[0]
    assert window.model.scenario.assumptions == before[1]
    for part in parts:
        assert part in window.last_error, window.last_error
    assert window.statusBar().currentMessage() == window.last_error


@pytest.fixture
def panel(window):
    window.allocation.auto_action.setChecked(False)
    window.last_error = ""
    return window.allocation.assumptions


@pytest.mark.parametrize(
    ("col", "text", "shown"),
    [
        (1, "nan", "must be in [0, 1000]"),
        (1, "inf", "must be in [0, 1000]"),
        (1, "1001", "must be in [0, 1000]"),
        (1, "-1", "must be in [0, 1000]"),
        (2, "nan", "must be in (0, 10000] ms"),
        (2, "0", "must be in (0, 10000] ms"),
        (2, "1e5", "must be in (0, 10000] ms"),
    ],
)
def test_class_cells_refuse_what_the_file_refuses(window, panel, col, text, shown):
    a = window.model.scenario.assumptions
    before = (window.undo_stack.count(), a)
    _type_cell(panel.classes, 0, col, text)
    label = panel.classes.item(0, 0).text()
    _refused(window, before, label, shown, f"got {text}")
    assert panel.last_error == window.last_error
    cls = a.classes[0]
    model_text = f"{cls.share:g}" if col == 1 else f"{cls.latency_limit_ms or '':g}"
    assert panel.classes.item(0, col).text() == model_text


def test_class_cells_take_what_the_file_takes(window, panel):
    _type_cell(panel.classes, 0, 1, "1e3")  # 1000, the top of [0, 1000]
    assert window.model.scenario.assumptions.classes[0].share == 1000.0
    assert window.undo_stack.count() == 1
    assert panel.classes.item(0, 1).text() == "1000"
    # every share 0: the file refuses it ("must add up to more than 0"), so does the table
    from app.ui.commands import SetAssumptionsCommand

    a = window.model.scenario.assumptions
    others = tuple(replace(c, share=0.0) for c in a.classes[1:])
    window.undo_stack.push(
        SetAssumptionsCommand(window.model, replace(a, classes=(a.classes[0], *others)), "zero")
    )
    before = (window.undo_stack.count(), window.model.scenario.assumptions)
    _type_cell(panel.classes, 0, 1, "0")
    _refused(window, before, "the shares must add up to more than 0")


@pytest.mark.parametrize("text", ["nan", "-5", "1e7"])
def test_capacity_cells_refuse_what_the_file_refuses(window, panel, text):
    before = (window.undo_stack.count(), window.model.scenario.assumptions)
    row = next(
        r
        for r in range(panel.capacity.rowCount())
        if panel.capacity.item(r, 0).data(Qt.ItemDataRole.UserRole) == "stock:440000"
    )
    shown = panel.capacity.item(row, 1).text()
    _type_cell(panel.capacity, row, 1, text)
    _refused(window, before, panel.capacity.item(row, 0).text(), "must be in [0, 1000000] MW")
    assert panel.capacity.item(row, 1).text() == shown


@pytest.mark.parametrize(
    ("field", "text", "shown"),
    [
        ("tariff_cny_per_kwh", "0", "must be in (0, 10) CNY/kWh"),
        ("tariff_cny_per_kwh", "10", "must be in (0, 10) CNY/kWh"),
        ("tariff_cny_per_kwh", "1e3", "must be in (0, 10) CNY/kWh, got 1e3"),
        ("tariff_cny_per_kwh", "nan", "must be in (0, 10) CNY/kWh"),
        ("emission_kg_per_kwh", "5", "must be in [0, 5) kgCO2/kWh"),
        ("demand_mw", "-1", "must be in [0, 1000000] MW"),
        ("stock_mw", "inf", "must be in [0, 1000000] MW"),
        ("stock_mw", "lots", "Not a number: lots"),
    ],
)
def test_province_overrides_refuse_what_the_file_refuses(window, field, text, shown):
    window.allocation.auto_action.setChecked(False)
    window.select_province(440000)
    overrides = window.inspector.overrides
    before = (window.undo_stack.count(), window.model.scenario.assumptions)
    _type_keys(overrides.edits[field], text)
    _refused(window, before, shown)
    assert overrides.message.text() == window.last_error
    assert overrides.edits[field].text() == ""  # no override: the field shows none again


def test_province_override_takes_the_file_notation(window):
    window.allocation.auto_action.setChecked(False)
    window.select_province(440000)
    _type_keys(window.inspector.overrides.edits["tariff_cny_per_kwh"], "9.5e-1")
    assert window.model.scenario.assumptions.tariff_cny_per_kwh == {440000: 0.95}
    assert window.undo_stack.count() == 1


@pytest.fixture
def big(window, tmp_path):
    path = tmp_path / "big.toml"
    path.write_text(BIG_SITE, encoding="utf-8")
    window.allocation.auto_action.setChecked(False)
    assert window.document.open(str(path)) is not False
    window.placement.select("big")
    window.last_error = ""
    return window.site_editor


def test_a_valid_big_site_is_shown_as_it_is(window, big):
    assert big.capacity.value() == 8000.0 and big.capacity.text() == "8000.0 MW"
    assert big.utilization.value() == 0.02
    assert big.tariff.value() == 7.5 and big.green_price.value() == 8.0
    big.capacity.stepUp()  # one arrow click is one step from the site's value
    assert window.model.site("big").capacity_mw == 8005.0
    panel = window.allocation.assumptions
    assert panel.carbon.value() == 8000.0 and panel.stock_pue.value() == 4.0


@pytest.mark.parametrize(
    ("box", "text", "shown"),
    [
        ("capacity", "60000", "IT capacity: must be in (0, 50000] MW, got 60000"),
        ("capacity", "0", "IT capacity: must be in (0, 50000] MW, got 0"),
        ("capacity", "-5", "IT capacity: must be in (0, 50000] MW, got -5"),
        ("utilization", "1.5", "Utilisation: must be in [0.01, 1], got 1.5"),
        ("tariff", "10", "Tariff override: must be in (0, 10) CNY/kWh, got 10"),
        ("green_share", "2", "Green power share: must be in [0, 1], got 2"),
    ],
)
def test_site_editor_refuses_what_the_file_refuses(window, big, box, text, shown):
    before = (window.undo_stack.count(), window.model.site("big"))
    spin = getattr(big, box)
    value = spin.value()
    _type_keys(spin, text)
    assert window.last_error == shown
    assert window.statusBar().currentMessage() == shown
    assert window.undo_stack.count() == before[0]
    assert window.model.site("big") == before[1]
    assert spin.value() == value


def test_assumption_boxes_refuse_what_the_file_refuses(window, panel):
    before = (window.undo_stack.count(), window.model.scenario.assumptions)
    _type_keys(panel.carbon, "20000")
    _refused(window, before, "Carbon price: must be in [0, 10000] CNY/t, got 20000")
    assert panel.carbon.value() == before[1].carbon_price_cny_per_t


def test_assumptions_the_tables_cannot_show_raise_nothing(window, panel, qtbot):
    """A model holding a share the demand table refuses (as an old autosave could): the
    slot says why in the status bar and raises nothing (pytest-qt fails on a slot's raise)."""
    from app.ui.commands import SetAssumptionsCommand

    a = window.model.scenario.assumptions
    bad = replace(a, classes=(replace(a.classes[0], share=float("nan")), *a.classes[1:]))
    window.undo_stack.push(SetAssumptionsCommand(window.model, bad, "bad"))
    assert "class shares" in window.statusBar().currentMessage()
    assert panel.assumptions == bad  # the next edit starts from the model's values


@pytest.mark.parametrize(
    ("box", "text", "field", "value"),
    [
        ("capacity", "1e3", "capacity_mw", 1000.0),
        ("utilization", "2.5e-1", "utilization", 0.25),
        ("tariff", "4.5E-1", "tariff_cny_per_kwh", 0.45),
    ],
)
def test_site_editor_takes_the_file_notation(window, big, box, text, field, value):
    """``1e3`` typed key by key is 1000, as in the file (Qt dropped the ``e``: 13)."""
    _type_keys(getattr(big, box), text)
    assert window.last_error == ""
    assert getattr(window.model.site("big"), field) == value


def test_site_editor_refuses_the_file_notation_out_of_range(window, big):
    before = window.model.site("big")
    _type_keys(big.capacity, "1e5")
    assert window.last_error == "IT capacity: must be in (0, 50000] MW, got 1e5"
    assert window.model.site("big") == before
