"""Allocation assumptions in one place: demand total and proxy, carbon price, PUE of the
existing stock, workload classes (share, latency limit, residency), cluster capacities, the
resulting demand per province with its basis, and every built-in default with its source and
range (``data/assumptions.csv``; also as each field's tooltip). Every edit emits one
``sigChanged(new, text)`` that the owner pushes as an undo command; the model's value is shown
back without echo.
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.datasets.cluster_names import cluster_label
from app.datasets.reference import load_clusters
from app.domain.assumptions import AllocationAssumptions
from app.domain.ranges import ASSUMPTION, CLUSTER_MW, PROVINCE_OVERRIDE, WORKLOAD_CLASS
from app.domain.workload import RESIDENCIES, residency_label, shown_label
from app.engine.allocation.demand import BASE_YEAR
from app.engine.allocation.network import default_tiers, network_params
from app.ui.describe import assumption_tip, unit_text
from app.ui.docks.assumption_sources import note_text, notes_html, sources_table
from app.ui.docks.status_quo_panel import StatusQuoPanel
from app.ui.i18n import language, tr
from app.ui.ranged import RangeSpinBox, checked_number

PROXIES = (("gdp_2023_billion_cny", "GDP 2023"), ("population_2023_million", "Population 2023"))
CLASS_COLUMNS = ("Class", "Share", "RTT limit (ms, empty = none)", "Residency")
TIER_KEY = "assumptions.bandwidth_price_cny_per_km_year.{tier}"


def _cluster_names() -> dict[str, str]:
    """Built-in cluster id -> short name in the interface language."""
    clusters = load_clusters().set_index("cluster_id")
    return {str(cid): cluster_label(c, language()) for cid, c in clusters.iterrows()}


class AssumptionsPanel(QWidget):
    """Signals: sigChanged(AllocationAssumptions, undo text); sigRegionsChanged(str);
    sigRefused(message): a typed value the scenario file would refuse, not taken (the
    widget shows the model's value again; ``last_error`` keeps the message)."""

    sigChanged = Signal(object, str)
    sigRegionsChanged = Signal(str)
    sigRefused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.assumptions = AllocationAssumptions()
        self._demand, self._names = pd.DataFrame(), {}
        self._cluster_names = _cluster_names()
        self.last_error = ""
        # the file's ranges (app.domain.ranges.ASSUMPTION): what a file holds is shown as is
        self.total = self._spin("national_it_mw", tr("National IT load drawn (base year)"), 500, 1)
        self.year = QSpinBox()  # demand grows and clusters are built to this year (issue 17)
        self.year.setRange(BASE_YEAR, 2060)
        self.year.setKeyboardTracking(False)
        self.year.setToolTip(
            tr(
                "The scenario's year: demand grows from the base year {base} at the sourced "
                "rate and each cluster is built from what stood in {base} towards its plan"
            ).format(base=BASE_YEAR)
        )
        self.proxy = QComboBox()
        for key, label in PROXIES:
            self.proxy.addItem(tr(label), key)
        self.carbon = self._spin(
            "carbon_price_cny_per_t", tr("Carbon price"), 10, 0, unit_text("CNY/tCO2")
        )
        self.stock_pue = self._spin("stock_pue", tr("PUE of existing stock"), 0.01, 2, "")
        self.capex_tokens = QCheckBox(tr("Cost per token includes capex"))
        self.capex_tokens.setToolTip(
            tr(
                "Adds the facility capex annuity (construction per MW by cooling, annualised over "
                "its life at the discount rate) to each placed site's year and its cost per "
                "million tokens"
            )
        )
        for widget, key in (
            (self.total, "demand.national_it_mw"),
            (self.carbon, "assumptions.carbon_price_cny_per_t"),
            (self.stock_pue, "assumptions.stock_pue"),
        ):
            widget.setToolTip(assumption_tip(key))
        self.stock_pue.setSpecialValueText(tr("by province"))  # 1.00: each province's own
        self.tier_prices: dict[str, QDoubleSpinBox] = {}
        for name in default_tiers():
            box = self._spin(
                "bandwidth_price_cny_per_km_year",
                tr("{tier} circuit price").format(tier=name),
                500,
                0,
                unit_text("CNY/km/yr"),
            )
            box.setToolTip(assumption_tip(TIER_KEY.format(tier=name)))
            box.valueChanged.connect(lambda v, n=name: self._set_tier_price(n, v))
            self.tier_prices[name] = box
        self.regions = QComboBox()
        self.regions.addItem(tr("Provinces (31)"), "province")
        self.regions.addItem(
            tr("Prefectures (province demand split by census population)"), "prefecture"
        )
        self.regions.currentIndexChanged.connect(
            lambda i: self.sigRegionsChanged.emit(self.regions.itemData(i))
        )
        form = QFormLayout()
        form.addRow(tr("Demand regions"), self.regions)
        form.addRow(tr("Scenario year"), self.year)
        form.addRow(tr("National IT load drawn (base year)"), self.total)
        form.addRow(tr("Spread by"), self.proxy)
        form.addRow(tr("Carbon price"), self.carbon)
        form.addRow(tr("PUE of existing stock"), self.stock_pue)
        for name, box in self.tier_prices.items():
            form.addRow(tr("{tier} circuit price").format(tier=name), box)
        form.addRow(self.capex_tokens)
        notes = QLabel(notes_html())
        notes.setWordWrap(True)
        notes.setTextFormat(Qt.TextFormat.RichText)
        general = QWidget()
        lay = QVBoxLayout(general)
        lay.addLayout(form)
        lay.addWidget(notes, 1)
        self.classes = QTableWidget(0, len(CLASS_COLUMNS))
        self.classes.setHorizontalHeaderLabels([tr(c) for c in CLASS_COLUMNS])
        self.classes.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.classes.itemChanged.connect(self._on_class_edited)
        self.demand = QTableWidget(0, 3)
        self.demand.setHorizontalHeaderLabels([tr("Province"), tr("Demand (MW)"), tr("Basis")])
        self.demand.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.capacity = QTableWidget(0, 3)
        self.capacity.setHorizontalHeaderLabels([tr("Site"), tr("IT capacity (MW)"), tr("Basis")])
        self.capacity.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.capacity.itemChanged.connect(self._on_capacity_edited)
        tabs = QTabWidget()
        tabs.addTab(general, tr("General"))
        tabs.addTab(self.classes, tr("Workload classes"))
        tabs.addTab(self.demand, tr("Demand by province"))
        tabs.addTab(self.capacity, tr("Capacities"))
        self.status_quo = StatusQuoPanel(self._emit)  # today's allocation and moving friction
        tabs.addTab(self.status_quo, tr("Today and moving"))
        self.sources = sources_table()
        tabs.addTab(self.sources, tr("Sources and ranges"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(tabs)
        self.total.valueChanged.connect(
            lambda v: self._emit(tr("Set national demand"), national_it_mw=v)
        )
        self.proxy.currentIndexChanged.connect(
            lambda i: self._emit(tr("Set demand proxy"), demand_proxy=self.proxy.itemData(i))
        )
        self.year.valueChanged.connect(lambda v: self._emit(tr("Set scenario year"), year=int(v)))
        self.carbon.valueChanged.connect(
            lambda v: self._emit(tr("Set carbon price"), carbon_price_cny_per_t=v)
        )
        self.stock_pue.valueChanged.connect(
            lambda v: self._emit(tr("Set stock PUE"), stock_pue=v if v > 1.0 else None)
        )
        self.capex_tokens.toggled.connect(
            lambda on: self._emit(
                tr("Include capex in cost per token"), token_cost_includes_capex=bool(on)
            )
        )

    def _spin(
        self, key: str, label: str, step: float, decimals: int, suffix: str = "MW"
    ) -> RangeSpinBox:
        """A box over the file's range of assumption ``key``, its refusals said as ours."""
        box = RangeSpinBox(label, ASSUMPTION[key], step, decimals, suffix)
        box.sigRefused.connect(self._refuse)
        return box

    def _refuse(self, message: str) -> None:
        """A typed value not taken: the model's values shown again, the planner told."""
        self.last_error = message
        self.show_assumptions(self.assumptions, self._demand, self._names)
        self.sigRefused.emit(message)

    def show_regions(self, regions: str) -> None:
        with QSignalBlocker(self.regions):
            self.regions.setCurrentIndex(self.regions.findData(regions))

    def show_assumptions(
        self,
        a: AllocationAssumptions,
        demand: pd.DataFrame,
        names: dict[int, str],
        capacity: pd.Series | None = None,
    ) -> None:
        """Model -> widgets without echo. ``capacity``: MW per supply key ("cluster:<id>" or
        "stock:<adcode>") with display names in ``names`` for provinces."""
        self.assumptions, self._demand, self._names = a, demand, names
        if capacity is not None:
            self._capacity = capacity
        widgets = (
            self.total,
            self.year,
            self.proxy,
            self.carbon,
            self.stock_pue,
            self.classes,
            self.capacity,
            self.capex_tokens,
            *self.tier_prices.values(),
        )
        blockers = [QSignalBlocker(w) for w in widgets]
        self.total.setValue(a.national_it_mw)
        self.year.setValue(a.year)
        self.proxy.setCurrentIndex(self.proxy.findData(a.demand_proxy))
        self.carbon.setValue(a.carbon_price_cny_per_t)
        self.stock_pue.setValue(a.stock_pue or 1.0)
        self.capex_tokens.setChecked(a.token_cost_includes_capex)
        tiers = network_params(a).tiers
        for name, box in self.tier_prices.items():
            box.setValue(tiers[name].price_cny_per_km_year)
        self.classes.setRowCount(len(a.classes))
        for row, c in enumerate(a.classes):
            limit = "" if c.latency_limit_ms is None else f"{c.latency_limit_ms:g}"
            tips = ("", f"demand.class_share.{c.id}", f"demand.class.{c.id}.latency_limit_ms", "")
            shown = (
                shown_label(c.id, c.label),
                f"{c.share:g}",
                limit,
                residency_label(c.residency),
            )
            for col, text in enumerate(shown):
                item = QTableWidgetItem(text)
                item.setToolTip(assumption_tip(tips[col]) if tips[col] else "")
                if col == 0:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.classes.setItem(row, col, item)
        self._fill_capacity(a)
        self.status_quo.show_assumptions(a)
        del blockers
        basis = tr("override") if a.demand_mw else ""
        totals = demand.sum(axis=1)
        self.demand.setRowCount(len(totals))
        proxy_label = self.proxy.currentText()  # already translated
        for row, (code, mw) in enumerate(totals.items()):
            self.demand.setItem(row, 0, QTableWidgetItem(names.get(int(code), str(code))))
            self.demand.setItem(row, 1, QTableWidgetItem(f"{mw:,.0f}"))
            how = (
                basis
                if int(code) in a.demand_mw
                else tr("national total x {proxy} share").format(proxy=proxy_label)
            )
            self.demand.setItem(row, 2, QTableWidgetItem(how))

    def _fill_capacity(self, a: AllocationAssumptions) -> None:
        cap = getattr(self, "_capacity", pd.Series(dtype=float))
        self.capacity.setRowCount(len(cap))
        for row, (key, mw) in enumerate(cap.items()):
            kind, ident = str(key).split(":", 1)
            if kind == "cluster":
                label, overridden = self._cluster_names.get(ident, ident), ident in a.cluster_mw
                basis = note_text("cluster_racks")
            else:
                label = f"{self._names.get(int(ident), ident)} {tr('stock')}"
                overridden, basis = int(ident) in a.stock_mw, note_text("stock")
            name = QTableWidgetItem(label)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name.setData(Qt.ItemDataRole.UserRole, str(key))
            self.capacity.setItem(row, 0, name)
            self.capacity.setItem(row, 1, QTableWidgetItem(f"{mw:.1f}"))
            note = QTableWidgetItem(tr("override") if overridden else basis)
            note.setFlags(note.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.capacity.setItem(row, 2, note)

    def _on_capacity_edited(self, item: QTableWidgetItem) -> None:
        if item.column() != 1:
            return
        name = self.capacity.item(item.row(), 0)
        key = name.data(Qt.ItemDataRole.UserRole)
        kind, ident = key.split(":", 1)
        field = tr("{column} of {name}").format(column=tr("IT capacity (MW)"), name=name.text())
        rng = CLUSTER_MW if kind == "cluster" else PROVINCE_OVERRIDE["stock_mw"]
        mw, why = checked_number(field, rng, item.text())
        if mw is None:
            self._refuse(why)
            return
        if kind == "cluster":
            self._emit(
                tr("Set capacity of {name}").format(name=self._cluster_names.get(ident, ident)),
                cluster_mw={**self.assumptions.cluster_mw, ident: mw},
            )
        else:
            self._emit(
                tr("Set stock of {name}").format(name=self._names.get(int(ident), ident)),
                stock_mw={**self.assumptions.stock_mw, int(ident): mw},
            )

    def _set_tier_price(self, name: str, price: float) -> None:
        prices = {**self.assumptions.bandwidth_price_cny_per_km_year, name: price}
        self._emit(
            tr("Set {tier} circuit price").format(tier=name), bandwidth_price_cny_per_km_year=prices
        )

    def _emit(self, text: str, **changes) -> None:
        new = replace(self.assumptions, **changes)
        if new != self.assumptions:
            self.sigChanged.emit(new, text)

    def _on_class_edited(self, item: QTableWidgetItem) -> None:
        row, col = item.row(), item.column()
        cls = self.assumptions.classes[row]
        text = item.text().strip()
        field = tr("{column} of {name}").format(
            column=self.classes.horizontalHeaderItem(col).text(),
            name=shown_label(cls.id, cls.label),
        )
        why = ""
        if col in (1, 2) and text:  # share; RTT limit (empty: no limit)
            key = "share" if col == 1 else "latency_limit_ms"
            value, why = checked_number(field, WORKLOAD_CLASS[key], text)
            cls = replace(cls, **{key: value})
        elif col == 1:
            why = f"{field}: " + tr("Not a number: {text}").format(text=text)
        elif col == 2:
            cls = replace(cls, latency_limit_ms=None)
        elif col == 3:
            by_label = {residency_label(r): r for r in RESIDENCIES}
            text = by_label.get(text, text)  # the shown name or the file's id
            if text in RESIDENCIES:
                cls = replace(cls, residency=text)
            else:
                why = f"{field}: " + tr(
                    "unknown {what} {value}{hint}; choose one of: {choices}"
                ).format(
                    what=tr("residency"),
                    value=repr(text),
                    hint="",
                    choices=", ".join(residency_label(r) for r in RESIDENCIES),
                )
        classes = list(self.assumptions.classes)
        classes[row] = cls
        if not why and sum(c.share for c in classes) <= 0:
            why = f"{tr('Workload classes')}: " + tr("the shares must add up to more than 0")
        if why:
            self._refuse(why)
            return
        self._emit(
            tr("Edit class {name}").format(name=shown_label(cls.id, cls.label)),
            classes=tuple(classes),
        )
