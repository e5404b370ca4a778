"""Site editor: the selected placed site's values; each finished edit is one undo command.

Two-way binding without echo: model -> widgets under QSignalBlocker; widget -> model through
``sigEdited(site_id, changes)`` which the owner turns into an EditSiteCommand.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.ranges import SITE
from app.domain.site import Site
from app.engine.pue.facility import FACILITY_CLASSES, FACILITY_LABELS
from app.io.checks import MAX_NAME_CHARS
from app.ui import plain
from app.ui.docks.height_barrier import HeightBarrier
from app.ui.i18n import language, tr
from app.ui.ranged import RangeSpinBox


class SiteEditor(QWidget):
    """Signals: sigEdited(site id, changes); sigDeleteRequested(site id); sigRefused(message):
    a typed number outside the scenario file's range, refused (the box shows the site's)."""

    sigEdited = Signal(str, dict)
    sigDeleteRequested = Signal(str)
    sigRefused = Signal(str)

    def __init__(
        self,
        cooling: list[tuple[str, str]],
        accelerators: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.site_id: str | None = None
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME_CHARS)  # the file's limit
        # the file's ranges (app.domain.ranges.SITE): a valid site is shown as it is
        self.capacity = self._spin("capacity_mw", tr("IT capacity"), 5, 1, "MW")
        self.utilization = self._spin("utilization", tr("Utilisation"), 0.05, 2)
        self.cooling = QComboBox()
        for key, label in cooling:
            self.cooling.addItem(label, key)
        self.facility = QComboBox()
        for key in FACILITY_CLASSES:
            self.facility.addItem(FACILITY_LABELS[key][1 if language() == "zh" else 0], key)
        self.facility.setToolTip(tr("Power chain, air/water loop and plant of the PUE model"))
        self.tariff = self._spin(
            "tariff_cny_per_kwh", tr("Tariff override"), 0.01, 4, "CNY/kWh", tr("province price")
        )
        self.green_share = self._spin("green_share", tr("Green power share"), 0.05, 2)
        self.green_price = self._spin(
            "green_price_cny_per_kwh",
            tr("Green power price"),
            0.01,
            4,
            "CNY/kWh",
            tr("same as tariff"),
        )
        self.accelerator = QComboBox()
        for key, label in accelerators:
            self.accelerator.addItem(label, key)
        for box in (self.cooling, self.facility, self.accelerator):
            # the longest choice would set the dock's least width: the form (and the wrapped
            # design/solved row) ran past the dock's edge; the open list shows choices whole
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(12)
        self.weather = QLabel(tr("nearest climate station"))
        self.weather.setWordWrap(True)
        choose = QPushButton(tr("Weather file…"))
        choose.setToolTip(
            tr(
                "A measured hourly year (EnergyPlus EPW or 8760-row CSV with "
                "tdb_c, rh_pct) replaces the nearest station's normals"
            )
        )
        choose.clicked.connect(self._choose_weather)
        clear = QPushButton(tr("Use nearest station"))
        clear.clicked.connect(lambda: self._emit(weather_file=None))
        # one above the other: side by side the two buttons set the dock's least width, and
        # the English form scrolled sideways in a 300 px dock
        weather_row = QVBoxLayout()
        weather_row.addWidget(self.weather)
        weather_row.addWidget(choose)
        weather_row.addWidget(clear)
        self.ask_weather_file = self._ask_weather_file
        self.evaluation = QLabel()
        self.evaluation.setWordWrap(True)
        self.load = QLabel()  # design vs solved utilisation, from the last evaluation
        plain.plain_labels(self.weather, self.evaluation, self.load)  # file and site names
        self.load.setWordWrap(True)
        delete = QPushButton(tr("Delete site"))
        delete.clicked.connect(lambda: self.site_id and self.sigDeleteRequested.emit(self.site_id))
        form = QFormLayout()
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("IT capacity"), self.capacity)
        form.addRow(tr("Utilisation"), self.utilization)
        # the card and the load change at every drag step: no re-layout of the dock for that
        form.addRow(tr("Design / solved"), HeightBarrier(self.load, whole=True))
        form.addRow(tr("Cooling"), self.cooling)
        form.addRow(tr("Facility class"), self.facility)
        form.addRow(tr("Tariff override"), self.tariff)
        form.addRow(tr("Green power share"), self.green_share)
        form.addRow(tr("Green power price"), self.green_price)
        form.addRow(tr("Accelerator"), self.accelerator)
        form.addRow(tr("Climate"), weather_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(HeightBarrier(self.evaluation, whole=True), 1)
        layout.addWidget(delete)
        self.name.editingFinished.connect(lambda: self._emit(name=self.name.text().strip()))
        self.capacity.valueChanged.connect(lambda v: self._emit(capacity_mw=v))
        self.utilization.valueChanged.connect(lambda v: self._emit(utilization=v))
        self.cooling.currentIndexChanged.connect(
            lambda i: self._emit(cooling=self.cooling.itemData(i))
        )
        self.facility.currentIndexChanged.connect(
            lambda i: self._emit(facility=self.facility.itemData(i))
        )
        self.tariff.valueChanged.connect(lambda v: self._emit(tariff_cny_per_kwh=v or None))
        self.green_share.valueChanged.connect(lambda v: self._emit(green_share=v))
        self.green_price.valueChanged.connect(
            lambda v: self._emit(green_price_cny_per_kwh=v or None)
        )
        self.accelerator.currentIndexChanged.connect(
            lambda i: self._emit(accelerator=self.accelerator.itemData(i))
        )

    def _spin(
        self,
        key: str,
        label: str,
        step: float,
        decimals: int,
        suffix: str = "",
        special: str | None = None,
    ) -> RangeSpinBox:
        """A box over the file's range of Site field ``key``; ``special`` is shown at 0,
        meaning "not set" (use the province's value)."""
        box = RangeSpinBox(label, SITE[key], step, decimals, suffix, special)
        box.sigRefused.connect(self.sigRefused)
        return box

    def show_site(self, site: Site, evaluation_text: str = "") -> None:
        """Model -> widgets, without echoing edits back."""
        self.site_id = site.id
        widgets = (
            self.name,
            self.capacity,
            self.utilization,
            self.cooling,
            self.tariff,
            self.green_share,
            self.green_price,
            self.accelerator,
            self.facility,
        )
        blockers = [QSignalBlocker(w) for w in widgets]
        # Only what differs: a drag shows the site at every step, and setting a widget to
        # the value it has still repaints it and re-lays out the dock.
        if self.name.text() != site.name:
            self.name.setText(site.name)
        values = (
            (self.capacity, site.capacity_mw),
            (self.utilization, site.utilization),
            (self.tariff, site.tariff_cny_per_kwh or 0.0),
            (self.green_share, site.green_share),
            (self.green_price, site.green_price_cny_per_kwh or 0.0),
        )
        for box, value in values:
            if box.value() != round(value, box.decimals()):
                box.setValue(value)
        choices = (
            (self.cooling, site.cooling),
            (self.accelerator, site.accelerator),
            (self.facility, site.facility),
        )
        for combo, key in choices:
            if combo.currentData() != key:
                combo.setCurrentIndex(combo.findData(key))
        del blockers
        self.weather.setText(
            Path(site.weather_file).name if site.weather_file else tr("nearest climate station")
        )
        self.evaluation.setText(evaluation_text)

    def show_load(self, design: float | None, solved, flags=()) -> None:
        """Design utilisation beside the one the allocation chose (``solved``: the
        evaluation's ``SiteFigures``, None for a site left out or not solved yet)."""
        if design is None:
            self.load.setText("")
        elif solved is None:
            self.load.setText(
                tr("{design:.0%} design; not in the allocation{why}").format(
                    design=design, why="" if not flags else ": " + "; ".join(flags)
                )
            )
        else:
            self.load.setText(
                tr(
                    "{design:.0%} design / {solved:.0%} solved ({mw:,.1f} MW): "
                    "PUE {pue}, {mwh:,.0f} MWh"
                ).format(
                    design=design,
                    solved=solved.utilisation,
                    mw=solved.load_mw,
                    pue="-" if solved.pue is None else f"{solved.pue:.3f}",
                    mwh=solved.energy_mwh,
                )
            )

    def _ask_weather_file(self) -> str:
        return QFileDialog.getOpenFileName(
            self,
            tr("Hourly weather file"),
            str(Path.home()),
            tr("Weather (*.epw *.csv);;All files (*)"),
        )[0]

    def _choose_weather(self) -> None:
        path = self.ask_weather_file()
        if path:
            self._emit(weather_file=path)

    def _emit(self, **changes) -> None:
        if self.site_id is not None:
            self.sigEdited.emit(self.site_id, changes)
