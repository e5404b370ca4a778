"""What each default of the allocation is and where it comes from, for the assumptions dock:
the notes on its basis (``ASSUMPTION_NOTES``) and the table of every sourced default.

User-supplied text never reaches these widgets: notes and sources are the built-in table's,
escaped where shown as rich text.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from app.datasets.assumptions import assumptions_table
from app.engine.allocation.national_problem import ASSUMPTION_NOTES
from app.ui.describe import unit_text
from app.ui.i18n import tr

SOURCE_COLUMNS = ("Key", "Value", "Unit", "Low", "High", "Kind", "Source")
#: Kinds of figure as shown (the literals let the translation tool find them).
KIND_LABELS = {
    "measured": "measured",
    "official statistic": "official statistic",
    "claim": "claim",
    "estimate": "estimate",
    "reasoned": "reasoned",
}


#: What each allocation note explains (ASSUMPTION_NOTES keys), translated when shown.
NOTE_TITLES = {
    "national_it_mw": "National demand",
    "year": "Scenario year",
    "demand_proxy": "Spread by",
    "stock": "Existing stock",
    "cluster_racks": "Cluster capacity",
    "stock_pue": "PUE of existing stock",
    "cluster_pue": "PUE of the clusters",
    "carbon_price": "Carbon price",
    "bandwidth_prices": "Circuit prices",
    "stock_utilisation": "Stock in use today",
    "cluster_utilisation": "Clusters in use today",
    "migration_cost_cny_per_mw": "Migration cost",
    "retire_idle_halls": "Idle halls",
    "payback_years": "Payback period",
}


def note_text(key: str) -> str:
    """An allocation assumption's note in the interface language."""
    return tr(ASSUMPTION_NOTES[key])


def notes_html() -> str:
    """Each allocation note under its title, as rich text (the notes escaped)."""
    return "<br>".join(
        f"<b>{tr(NOTE_TITLES.get(key, key))}</b>: {html.escape(note_text(key))}"
        for key in ASSUMPTION_NOTES
    )


def sources_table() -> QTableWidget:
    """Read-only table of every built-in default; the note is each row's tooltip."""
    table = assumptions_table()
    widget = QTableWidget(len(table), len(SOURCE_COLUMNS))
    widget.setHorizontalHeaderLabels([tr(c) for c in SOURCE_COLUMNS])
    widget.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for row, r in enumerate(table.itertuples(index=False)):
        cells = (
            r.key,
            f"{r.value:g}",
            unit_text(r.unit),
            f"{r.low:g}",
            f"{r.high:g}",
            tr(KIND_LABELS.get(r.kind, r.kind)),
            r.source or tr("none (reasoned)"),
        )
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(tr(r.note))
            widget.setItem(row, col, item)
    widget.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return widget
