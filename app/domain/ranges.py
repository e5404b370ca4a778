"""The physical range of every number a scenario holds, in one place: the scenario reader
(``app.io.*_v1``) refuses a file's value outside it and the window's input widgets refuse a
typed one, so the two can never disagree (``docs/scenario-format.md`` lists them).

A :class:`Range` is ``(gt | ge, lt | le)`` with a unit; its :meth:`Range.problem` is the
reader's message ("must be in (0, 10) CNY/kWh"), ``""`` for a value inside.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from app.domain.text import tr


@dataclass(frozen=True)
class Range:
    """Bounds of one number: ``gt``/``ge`` below (exclusive/inclusive), ``lt``/``le`` above;
    None for no bound on that side; ``unit`` as messages show it."""

    gt: float | None = None
    ge: float | None = None
    lt: float | None = None
    le: float | None = None
    unit: str = ""

    def keywords(self) -> dict[str, Any]:
        """The bounds as ``app.io.checks.Checker.number`` keywords."""
        return {"gt": self.gt, "ge": self.ge, "lt": self.lt, "le": self.le, "unit": self.unit}

    def problem(self, value: float) -> str:
        """ "" when ``value`` is finite and inside, else what is wrong, e.g. "must be in
        (0, 10) CNY/kWh" (no value quoted). Every range here has a bound, so a NaN or an
        infinity is told the range too."""
        if not math.isfinite(value):
            value = math.nan  # fails every comparison, so every bound
        return range_problem(value, self.gt, self.ge, self.lt, self.le, self.unit)

    def closed(self, step: float) -> tuple[float, float]:
        """Inclusive bounds for a widget that holds multiples of ``step``: an open bound moves
        in by one ``step``, a missing one is +-1e12."""
        low = self.ge if self.ge is not None else (self.gt + step if self.gt is not None else -1e12)
        high = self.le if self.le is not None else (self.lt - step if self.lt is not None else 1e12)
        return low, high


def range_problem(
    value: float,
    gt: float | None,
    ge: float | None,
    lt: float | None,
    le: float | None,
    unit: str,
) -> str:
    """ "" when ``value`` is within the bounds, else "must be ..." (e.g. "must be in (0, 1]")."""
    low_ok = (gt is None or value > gt) and (ge is None or value >= ge)
    high_ok = (lt is None or value < lt) and (le is None or value <= le)
    if low_ok and high_ok:
        return ""
    unit = f" {tr(unit)}" if unit else ""  # "years", "°E (China's extent)" have words
    low = f"({bound_text(gt)}" if gt is not None else f"[{bound_text(ge)}" if ge is not None else ""
    high = (
        f"{bound_text(lt)})" if lt is not None else f"{bound_text(le)}]" if le is not None else ""
    )
    if low and high:
        return tr("must be in {low}, {high}{unit}").format(low=low, high=high, unit=unit)
    if low:
        return tr("must be {op} {bound}{unit}").format(
            op=">" if low[0] == "(" else ">=", bound=low[1:], unit=unit
        )
    return tr("must be {op} {bound}{unit}").format(
        op="<" if high[-1] == ")" else "<=", bound=high[:-1], unit=unit
    )


def bound_text(x: float) -> str:
    """A range bound as people write it: 50000, 0.5, 1e+10."""
    return str(int(x)) if float(x).is_integer() and abs(x) <= 1e6 else f"{x:g}"


MAX_MW = 1_000_000.0
"""National, province and cluster MW (1,000 GW): far beyond any real plan (China's whole
stock is about 20 GW), small enough that the solver stays accurate."""
MAX_SITE_MW = 50_000.0
"""One site's IT capacity (50 GW; the largest campuses are about 1 GW)."""
MIN_UTILIZATION = 0.01
"""Below 1 % the fixed cooling and power overheads make the PUE meaningless (17 at 0.1 %,
overflowing near 1e-300)."""

PRICE = Range(gt=0.0, lt=10.0, unit="CNY/kWh")
"""An electricity price: a site's tariff or green price, a province's tariff override."""

#: ``[[sites]]`` numbers, by Site field.
SITE = {
    "lon": Range(ge=70.0, le=140.0, unit="°E (China's extent)"),
    "lat": Range(ge=10.0, le=56.0, unit="°N (China's extent)"),
    "capacity_mw": Range(gt=0.0, le=MAX_SITE_MW, unit="MW"),
    "utilization": Range(ge=MIN_UTILIZATION, le=1.0),
    "tariff_cny_per_kwh": PRICE,
    "green_share": Range(ge=0.0, le=1.0),
    "green_price_cny_per_kwh": PRICE,
}
#: China's territory as a box: what province boundaries cover. Wider than a site's range to
#: the south, where Hainan's islands reach 3.8°N.
CHINA_EXTENT = {
    "lon": SITE["lon"],
    "lat": Range(ge=0.0, le=56.0, unit="°N (China's extent)"),
}
#: ``[[demand.classes]]`` numbers, by WorkloadClass field.
WORKLOAD_CLASS = {
    "latency_limit_ms": Range(gt=0.0, le=10_000.0, unit="ms"),
    "bandwidth_gbps_per_mw": Range(ge=0.0, le=1_000.0, unit="Gbps/MW"),
    "share": Range(ge=0.0, le=1_000.0),
}
#: ``[overrides.provinces.<province>]`` numbers, by AllocationAssumptions field.
PROVINCE_OVERRIDE = {
    "tariff_cny_per_kwh": PRICE,
    "emission_kg_per_kwh": Range(ge=0.0, lt=5.0, unit="kgCO2/kWh"),
    "demand_mw": Range(ge=0.0, le=MAX_MW, unit="MW"),
    "stock_mw": Range(ge=0.0, le=MAX_MW, unit="MW"),
}
CLUSTER_MW = Range(ge=0.0, le=MAX_MW, unit="MW")
"""``[overrides.clusters.<cluster>]`` capacity, built and planned MW."""
#: ``[demand]`` and ``[assumptions]`` numbers, by AllocationAssumptions field.
ASSUMPTION = {
    "national_it_mw": Range(gt=0.0, le=MAX_MW, unit="MW"),
    "carbon_price_cny_per_t": Range(ge=0.0, le=10_000.0, unit="CNY/t"),
    "kw_per_rack": Range(gt=0.0, le=500.0, unit="kW"),
    "stock_pue": Range(ge=1.0, le=5.0),
    "bandwidth_price_cny_per_km_year": Range(gt=0.0, le=1e8, unit="CNY/km-year"),
}
