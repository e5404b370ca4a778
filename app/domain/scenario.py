"""The scenario: the planner's edits on top of the national atlas, as one plain object.

A ``Scenario`` is what a scenario file holds (``app.io.scenario_file`` reads and writes it):
metadata, the base datasets, placed sites, allocation assumptions (demand, classes, province
and cluster overrides), solver settings and the map view. Only undo commands mutate it in
the app. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain.assumptions import AllocationAssumptions
from app.domain.policy import PolicySettings
from app.domain.site import Site
from app.domain.sweep import SweepDefinition

#: Base datasets a scenario may replace with the planner's own files. Value "builtin" or a
#: path (absolute in memory; relative to the scenario file on disk when possible).
BASE_DATASETS: dict[str, str] = {
    "boundaries": "Province boundaries (GeoJSON/GeoPackage/Shapefile)",
    "provinces": "Province table: GDP, population, grid emission factors (CSV)",
    "tariffs": "Electricity tariffs per province (CSV)",
    "hubs": "National hub nodes (CSV)",
    "clusters": "National data-centre clusters (CSV)",
    "normals": "Monthly climate normals per station (CSV)",
}
BUILTIN = "builtin"
REGION_LEVELS: tuple[str, ...] = ("province", "prefecture")
DEFAULT_UNSERVED_PENALTY = 1.0e8
"""CNY per MW-year of unserved demand, the one definition (the engine's solver uses it;
``data/assumptions.csv`` row ``solver.unserved_penalty_cny_per_mw_year`` gives its reasoning
and range, and a test checks that it says the same)."""


def default_base() -> dict[str, str]:
    """Every base dataset built in."""
    return dict.fromkeys(BASE_DATASETS, BUILTIN)


@dataclass(frozen=True)
class MapView:
    """What the map shows.

    ``metric`` is a key of ``app.domain.metrics.METRICS_BY_KEY`` (province colouring);
    ``visible_layers`` the keys of the visible map layers (None = the app's default);
    ``view_lonlat`` the visible box as (west, south, east, north) in degrees (None = all China).
    """

    metric: str = "price"
    visible_layers: tuple[str, ...] | None = None
    view_lonlat: tuple[float, float, float, float] | None = None


@dataclass(frozen=True)
class SolverSettings:
    """How the allocation is solved.

    ``regions``: demand regions, "province" or "prefecture"; ``auto_solve``: re-solve after
    every edit; ``unserved_penalty_cny_per_mw_year``: cost of one MW-year of unserved demand.
    """

    regions: str = "province"
    auto_solve: bool = True
    unserved_penalty_cny_per_mw_year: float = DEFAULT_UNSERVED_PENALTY


@dataclass
class Scenario:
    """The planner's edits on top of the national atlas (only undo commands mutate it).

    ``assumptions`` (:class:`app.domain.assumptions.AllocationAssumptions`) the demand,
    workload classes, carbon price and the per-province / per-cluster overrides;
    ``created`` is an ISO date ("2025-06-30") or ""; ``base`` maps each key of
    ``BASE_DATASETS`` to "builtin" or a file path; ``policy`` the year the scenario is
    judged in and its own national or provincial targets (``[policy]``); ``sweep`` how the
    scenario is swept (``app.domain.sweep.SweepDefinition``) or None.
    """

    name: str = "Untitled"
    sites: list[Site] = field(default_factory=list)
    assumptions: AllocationAssumptions = field(default_factory=AllocationAssumptions)
    author: str = ""
    created: str = ""
    notes: str = ""
    base: dict[str, str] = field(default_factory=default_base)
    map_view: MapView = field(default_factory=MapView)
    solver: SolverSettings = field(default_factory=SolverSettings)
    policy: PolicySettings = field(default_factory=PolicySettings)  # year judged, own targets
    sweep: SweepDefinition | None = None

    def index(self, site_id: str) -> int:
        """Position of the site with id ``site_id`` in ``sites`` (KeyError if absent)."""
        for i, site in enumerate(self.sites):
            if site.id == site_id:
                return i
        raise KeyError(site_id)

    def site(self, site_id: str) -> Site:
        """The site with id ``site_id`` (KeyError if absent)."""
        return self.sites[self.index(site_id)]
