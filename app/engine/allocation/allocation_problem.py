"""Problem side of the allocation LP: inputs, consistency check and the numpy build.

The LP itself is described in :mod:`app.engine.allocation.allocation` (import from there); this module
holds :class:`AllocationProblem` and its parts, :func:`check_consistency` and :func:`build`
with its ``define_*`` steps, which assemble :class:`BuiltModel`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from numpy.typing import ArrayLike, NDArray

from app.domain.scenario import DEFAULT_UNSERVED_PENALTY as DOMAIN_UNSERVED_PENALTY
from app.domain.sourced import default
from app.domain.text import tr
from app.domain.workload import (  # noqa: F401 - re-exported: the types live in app.domain
    RESIDENCIES,
    Residency,
    WorkloadClass,
    default_classes,
)
from app.engine.allocation.migration import (
    Migration,
)
from app.engine.allocation.network import NetworkParams

HOURS_PER_YEAR = 8760.0
NATIONAL_EMISSION_KG_PER_KWH = default("grid.national_ef_kg_per_kwh")
"""MEE/NBS 2023 national average grid factor, kgCO2/kWh (Announcement 2025 No. 47); used for
sites with no factor (e.g. Tibet has no published provincial value) and flagged."""
# CNY per MW-year of unserved demand: about 4x the energy cost of a MW at PUE 2 and 1.5 CNY/kWh
# (26 million CNY/MW-year), so shortfall appears only when capacity or admissibility forces it.
# A serving cost above the penalty is flagged. Defined once, in the domain (a scenario's solver
# settings default to it); data/assumptions.csv carries its reasoning and range (a test checks
# the two agree).
DEFAULT_UNSERVED_PENALTY = DOMAIN_UNSERVED_PENALTY


DEFAULT_CLASSES: tuple[WorkloadClass, ...] = default_classes()
"""The built-in classes (:func:`app.domain.workload.default_classes`, with their sources)."""


def _arr(x: ArrayLike | None, n: int | None, dtype: type, fill: object = None) -> NDArray:
    if x is None:
        return np.full(n or 0, fill, dtype=dtype)
    return np.asarray(x, dtype=dtype)


@dataclass(frozen=True, eq=False)
class Regions:
    """Demand regions (provinces or prefectures); lat/lon in degrees (WGS-84)."""

    ids: NDArray
    names: NDArray
    lat: NDArray
    lon: NDArray
    province_id: NDArray
    hub_id: NDArray = None  # type: ignore[assignment]  # None -> "" each (__post_init__)
    """National hub id per region, "" for none."""

    def __post_init__(self) -> None:
        n = len(self.ids)
        for name, dtype in (("ids", str), ("names", str), ("province_id", str)):
            object.__setattr__(self, name, _arr(getattr(self, name), n, dtype))
        object.__setattr__(self, "hub_id", _arr(self.hub_id, n, str, ""))
        for name in ("lat", "lon"):
            object.__setattr__(self, name, _arr(getattr(self, name), n, float))

    def __len__(self) -> int:
        return len(self.ids)


@dataclass(frozen=True, eq=False)
class Sites:
    """Supply sites. Capacity in MW of IT load; tariff CNY/kWh; emissions kgCO2/kWh (NaN ->
    national average, flagged); capex CNY per MW-year of IT capacity used (NaN -> 0);
    ``fixed_mwh_per_mw_rated``: facility energy per rated MW-year that runs at any load (the
    idle hall's lights, UPS no-load loss, fans at their floor; 0 by default). ``annual_pue`` is
    then the marginal PUE of a served MW; the fixed part is a constant of the totals."""

    ids: NDArray
    names: NDArray
    lat: NDArray
    lon: NDArray
    province_id: NDArray
    capacity_mw: NDArray
    annual_pue: NDArray
    tariff_cny_per_kwh: NDArray
    # None -> NaN / 0 each (__post_init__): always an array after construction
    emission_kg_per_kwh: NDArray = None  # type: ignore[assignment]
    capex_cny_per_mw_year: NDArray = None  # type: ignore[assignment]
    hub_id: NDArray = None  # type: ignore[assignment]  # None -> "" each (__post_init__)
    fixed_mwh_per_mw_rated: NDArray = None  # type: ignore[assignment]  # None -> 0 each

    def __post_init__(self) -> None:
        n = len(self.ids)
        object.__setattr__(
            self, "fixed_mwh_per_mw_rated", _arr(self.fixed_mwh_per_mw_rated, n, float, 0.0)
        )
        for name, dtype in (("ids", str), ("names", str), ("province_id", str)):
            object.__setattr__(self, name, _arr(getattr(self, name), n, dtype))
        object.__setattr__(self, "hub_id", _arr(self.hub_id, n, str, ""))
        for name in ("lat", "lon", "capacity_mw", "annual_pue", "tariff_cny_per_kwh"):
            object.__setattr__(self, name, _arr(getattr(self, name), n, float))
        object.__setattr__(
            self, "emission_kg_per_kwh", _arr(self.emission_kg_per_kwh, n, float, np.nan)
        )
        object.__setattr__(
            self, "capex_cny_per_mw_year", _arr(self.capex_cny_per_mw_year, n, float, 0.0)
        )

    def __len__(self) -> int:
        return len(self.ids)


@dataclass(frozen=True, eq=False)
class AllocationProblem:
    """Everything the LP needs. ``demand_mw`` has shape (regions, classes), MW of IT load."""

    regions: Regions
    sites: Sites
    demand_mw: NDArray
    classes: tuple[WorkloadClass, ...] = DEFAULT_CLASSES
    carbon_price_cny_per_t: float = 0.0
    unserved_penalty_cny_per_mw_year: float = DEFAULT_UNSERVED_PENALTY
    network: NetworkParams = field(default_factory=NetworkParams)
    include_capex: bool = True
    hours_per_year: float = HOURS_PER_YEAR
    migration: Migration | None = None
    """Status quo and the cost of moving away from it (:mod:`app.engine.allocation.migration`)."""


def check_consistency(problem: AllocationProblem) -> list[str]:
    """Raise ``ValueError`` listing every inconsistency; return warnings (flags) otherwise."""
    r, s, cls = problem.regions, problem.sites, problem.classes
    err: list[str] = []
    for obj, what in ((r, "regions"), (s, "sites")):
        for name, val in vars(obj).items():
            if len(val) != len(obj):
                err.append(f"{what}.{name}: length {len(val)} != {len(obj)}")
        if len(set(obj.ids.tolist())) != len(obj):
            err.append(f"{what}.ids: duplicate ids")
        if np.any(~np.isfinite(obj.lat) | (np.abs(obj.lat) > 90)):
            err.append(f"{what}.lat: missing or outside [-90, 90]")
        if np.any(~np.isfinite(obj.lon) | (np.abs(obj.lon) > 180)):
            err.append(f"{what}.lon: missing or outside [-180, 180]")
    d = np.asarray(problem.demand_mw, dtype=float)
    if d.shape != (len(r), len(cls)):
        err.append(f"demand_mw: shape {d.shape} != (regions, classes) = ({len(r)}, {len(cls)})")
    elif np.any(~np.isfinite(d) | (d < 0)):
        err.append("demand_mw: values must be finite and >= 0")
    for name, lo in (("capacity_mw", 0.0), ("annual_pue", 1.0), ("tariff_cny_per_kwh", 0.0)):
        v = getattr(s, name)
        bad = ~np.isfinite(v) | (v < lo)
        if np.any(bad):
            err.append(f"sites.{name}: must be finite and >= {lo} (site {str(s.ids[bad][0])!r})")
    if np.any(s.emission_kg_per_kwh < 0) or np.any(s.capex_cny_per_mw_year < 0):
        err.append("sites: emission_kg_per_kwh and capex_cny_per_mw_year must be >= 0")
    if len({c.id for c in cls}) != len(cls):
        err.append("classes: duplicate ids")
    for c in cls:
        if c.residency not in RESIDENCIES:
            err.append(f"class {c.id!r}: residency {c.residency!r} not in {RESIDENCIES}")
        if c.bandwidth_tier not in problem.network.tiers:
            err.append(f"class {c.id!r}: unknown bandwidth tier {c.bandwidth_tier!r}")
        if c.bandwidth_gbps_per_mw < 0 or (
            c.latency_limit_ms is not None and c.latency_limit_ms < 0
        ):
            err.append(f"class {c.id!r}: bandwidth and latency limit must be >= 0")
    if not problem.unserved_penalty_cny_per_mw_year > 0:
        err.append("unserved_penalty_cny_per_mw_year must be > 0")
    if problem.migration is not None:
        err += problem.migration.problems()
    if err:
        raise ValueError("inconsistent allocation problem:\n  " + "\n  ".join(err))
    missing = np.isnan(s.emission_kg_per_kwh)
    note = tr("site {site!r}: no grid emission factor; national average {ef} kgCO2/kWh used")
    return [
        note.format(site=sid, ef=NATIONAL_EMISSION_KG_PER_KWH) for sid in s.ids[missing].tolist()
    ]
