"""A data-centre site the planner places (the scenario that holds it: ``app.domain.scenario``)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace

from app.domain.ranges import SITE
from app.domain.text import tr

_ids = itertools.count(1)


def new_site_id() -> str:
    return f"site-{next(_ids)}"


@dataclass(frozen=True)
class Site:
    """A placed data centre. Immutable: an edit makes a new Site (undo keeps the old one).

    ``lon``/``lat`` WGS-84 degrees; ``capacity_mw`` rated IT capacity (MW); ``utilization``
    mean IT load / rated (0-1]; ``cooling`` an ``app.engine.pue.pue.COOLING_TECHS`` id;
    ``tariff_cny_per_kwh`` overrides the province's price (None: use it); ``green_share`` of the
    energy bought as green power at ``green_price_cny_per_kwh`` (None: the tariff);
    ``accelerator`` an ``app.engine.costs.costs.ACCELERATOR_PROFILES`` key for the token cost.
    """

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
    facility: str = "large"  # an app.engine.pue.facility.FACILITY_CLASSES id (power chain, plant)

    def validate(self) -> list[str]:
        """Problems with this site's values, each naming the field and the value."""
        problems = []
        if not self.name.strip():
            problems.append("name: " + tr("must not be empty"))
        if not (70.0 <= self.lon <= 140.0 and 10.0 <= self.lat <= 56.0):
            problems.append(
                "position: "
                + tr("({lon}, {lat}) is outside China's extent").format(lon=self.lon, lat=self.lat)
            )
        for key in ("capacity_mw", "utilization", "green_share"):
            problems += _range_problems(self, key)
        for key in ("tariff_cny_per_kwh", "green_price_cny_per_kwh"):
            if getattr(self, key) is not None:  # None: the province's price
                problems += _range_problems(self, key)
        return problems

    def with_changes(self, **changes) -> Site:
        return replace(self, **changes)


def _range_problems(site: Site, key: str) -> list[str]:
    """``key: must be in ..., got value`` when ``site``'s ``key`` is outside the range the
    scenario file allows (``app.domain.ranges.SITE``), else nothing."""
    value = getattr(site, key)
    problem = SITE[key].problem(value)
    if not problem:
        return []
    return [f"{key}: " + tr("{problem}, got {value}").format(problem=problem, value=value)]
