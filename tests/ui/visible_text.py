"""Every text a planner can read in a window, and the English words among them.

Used by the Chinese-window test (issue 20's done-when): labels, buttons, tabs, dock titles,
menus, combo items, table headers and cells, tooltips, the status bar, plot axes and legends,
the map legend and map labels.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabBar,
    QTextEdit,
    QWidget,
)

#: Words allowed in the Chinese window: units and proper nouns a Chinese planner reads as such
#: (PUE and WUE are industry terms; MW, kWh, CO2 units; HiGHS the solver's name; file formats).
ALLOWED = {
    "PUE",
    "WUE",
    "GDP",
    "CPN",
    "MW",
    "GW",
    "kW",
    "kWh",
    "MWh",
    "GWh",
    "TWh",
    "CO",
    "tCO",
    "kgCO",
    "km",
    "ms",
    "HiGHS",
    "PDF",
    "XLSX",
    "CSV",
    "GeoJSON",
    "TOML",
    "MPS",
    "GPU",
    "NPU",
    "Gbps",
    "LP",
    "English",  # View > Language names each language in itself
    "IT",  # IT load/capacity: the industry's term in Chinese too (IT负载)
    "kV",
    "EnergyPlus",  # the weather-file format a planner brings (EPW)
    "EPW",
    "tdb",  # column names of an hourly CSV the planner writes: tdb_c, rh_pct
    "rh",
    "pct",
}
_WORD = re.compile(r"[A-Za-z][A-Za-z]+")
_TAG = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """``text`` without HTML tags and entities (tooltips are rich text)."""
    return html.unescape(_TAG.sub("", text)) if "<" in text else html.unescape(text)


def english_words(text: str) -> list[str]:
    """Latin words of ``text`` (HTML tags dropped) that are not on the allow-list."""
    return [w for w in _WORD.findall(plain(text)) if w not in ALLOWED]


def _menu_texts(menu: QMenu, where: str):
    for action in menu.actions():
        if action.isSeparator():
            continue
        yield f"{where} > menu", action.text()
        if action.toolTip() and action.toolTip() != action.text():
            yield f"{where} > menu tooltip", action.toolTip()
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), f"{where} > {action.text()}")


def _view_texts(view: QAbstractItemView, where: str):
    model = view.model()
    if model is None:
        return
    root = QModelIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    for i in range(columns):
        yield f"{where} header", str(model.headerData(i, Qt.Orientation.Horizontal) or "")
    for r in range(min(model.rowCount(root), 200)):
        for c in range(columns):
            index = model.index(r, c)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield f"{where} cell {r},{c}", value


def widget_texts(widget: QWidget, where: str):
    if widget.toolTip():
        yield f"{where} tooltip", widget.toolTip()
    if isinstance(widget, (QLabel, QAbstractButton)):
        yield where, widget.text()
    elif isinstance(widget, QGroupBox):
        yield where, widget.title()
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield f"{where} tab", widget.tabText(i)
            yield f"{where} tab tooltip", widget.tabToolTip(i)
    elif isinstance(widget, QDockWidget):
        yield f"{where} title", widget.windowTitle()
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield f"{where} item", widget.itemText(i)
    elif isinstance(widget, QLineEdit):
        yield where, widget.placeholderText()
    elif isinstance(widget, QTextEdit):
        yield where, widget.toPlainText()
    elif isinstance(widget, QAbstractItemView):
        yield from _view_texts(widget, where)


def scene_texts(widget: QWidget, where: str):
    """Texts drawn in a pyqtgraph scene: axis labels and ticks' titles, legends, map labels."""
    scene = getattr(widget, "scene", None)
    if scene is None or not callable(scene) or scene() is None:
        return
    import pyqtgraph as pg

    for item in scene().items():
        if isinstance(item, pg.AxisItem) and item.isVisible() and item.label.isVisible():
            yield f"{where} axis", item.label.toPlainText()
        elif isinstance(item, pg.LabelItem):
            yield f"{where} label", item.text
        elif isinstance(item, pg.TextItem):
            yield f"{where} text", item.textItem.toPlainText()
        elif hasattr(item, "texts") and isinstance(item.texts, list):
            for text in item.texts:
                yield f"{where} map label", str(text)


def window_texts(window: QMainWindow):
    """(where, text) for every text of ``window``, its menus, docks and child widgets."""
    yield "title", window.windowTitle()
    yield from _menu_texts_of_bar(window)
    yield "status bar", window.statusBar().currentMessage()
    for widget in window.findChildren(QWidget):
        where = f"{type(widget).__name__}:{widget.objectName()}"
        yield from widget_texts(widget, where)
        yield from scene_texts(widget, where)


def _menu_texts_of_bar(window: QMainWindow):
    for action in window.menuBar().actions():
        yield "menu bar", action.text()
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), action.text())


def english_findings(texts) -> list[tuple[str, str, list[str]]]:
    """(where, text, English words) for every text with a word not on the allow-list."""
    out = []
    for where, text in texts:
        words = english_words(text or "")
        if words:
            out.append((where, text, words))
    return out
