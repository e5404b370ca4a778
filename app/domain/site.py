"""A data-centre site the planner places (the scenario that holds it: ``app.domain.scenario``)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace

#: Field -> (unit, description). Schema as data: the inspector's labels and validation use it.
SITE_FIELDS: dict[str, tuple[str, str]] = {
    "name": ("", "Site name"),
    "lon": ("°E", "Longitude (WGS-84)"),
    "lat": ("°N", "Latitude (WGS-84)"),
    "capacity_mw": ("MW", "IT capacity"),
    "utilization": ("0-1", "Mean IT load as a share of capacity"),
    "cooling": ("", "Cooling technology"),
    "tariff_cny_per_kwh": ("CNY/kWh", "Tariff override (empty = the province's price)"),
    "green_share": ("0-1", "Share of energy bought as green power"),
    "green_price_cny_per_kwh": ("CNY/kWh", "Green power price (empty = same as tariff)"),
    "accelerator": ("", "Accelerator profile for the token cost"),
    "weather_file": ("", "Hourly weather file replacing the nearest station's normals"),
}

_ids = itertools.count(1)


def new_site_id() -> str:
    return f"site-{next(_ids)}"


@dataclass(frozen=True)
class Site:
    """A placed data centre. Immutable: an edit makes a new Site (undo keeps the old one)."""

    id: str
    name: str
    lon: float
    lat: float
    capacity_mw: float = 50.0
    utilization: float = 0.7
    cooling: str = "indirect_evaporative"
    tariff_cny_per_kwh: float | None = None
    green_share: float = 0.0
    green_price_cny_per_kwh: float | None = None
    accelerator: str = "gpu_700w_70b"
    weather_file: str | None = None  # the planner's own hourly year (EPW or 8760-row CSV)

    def validate(self) -> list[str]:
        """Problems with this site's values, each naming the field and the value."""
        problems = []
        if not self.name.strip():
            problems.append("name: must not be empty")
        if not (70.0 <= self.lon <= 140.0 and 10.0 <= self.lat <= 56.0):
            problems.append(f"position: ({self.lon}, {self.lat}) is outside China's extent")
        if not self.capacity_mw > 0:
            problems.append(f"capacity_mw: must be > 0, got {self.capacity_mw}")
        if not 0.0 < self.utilization <= 1.0:
            problems.append(f"utilization: must be in (0, 1], got {self.utilization}")
        if not 0.0 <= self.green_share <= 1.0:
            problems.append(f"green_share: must be in [0, 1], got {self.green_share}")
        for key in ("tariff_cny_per_kwh", "green_price_cny_per_kwh"):
            value = getattr(self, key)
            if value is not None and not 0.0 < value < 10.0:
                problems.append(f"{key}: must be in (0, 10) CNY/kWh, got {value}")
        return problems

    def with_changes(self, **changes) -> Site:
        return replace(self, **changes)
