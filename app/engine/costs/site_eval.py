"""Evaluate one placed site: climate -> hourly PUE -> annual energy, cost, carbon, water, tokens.

The climate comes from the nearest built-in station with normals (synthetic 8760-h year) or
from the planner's own hourly file (EPW or 8760-row CSV) named on the site.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from app.datasets import reference
from app.datasets.atlas import Atlas
from app.domain import text
from app.domain.site import Site
from app.engine.allocation.network import haversine_km
from app.engine.climate.climate import (
    HourlyWeather,
    read_epw,
    read_hourly_csv,
)
from app.engine.costs.costs import (
    ACCELERATOR_PROFILES,
)

__all__ = ["ACCELERATOR_PROFILES", "SiteMetrics", "nearest_station"]


@dataclass
class SiteMetrics:
    """One site's year. Money in CNY (``_mcny`` = million CNY), energy MWh, water m³."""

    site_id: str
    name: str
    cooling: str
    cooling_label: str
    province_adcode: int | None
    station: str
    station_km: float
    climate_source: str
    annual_pue: float
    monthly_pue: np.ndarray
    mode_hours: dict[str, int]
    wue_l_per_kwh: float
    it_energy_mwh: float
    facility_energy_mwh: float
    tariff_cny_per_kwh: float
    tariff_source: str
    grid_factor_kg_per_kwh: float | None
    energy_cost_mcny: float
    grid_energy_cost_mcny: float
    green_energy_cost_mcny: float
    capex_annuity_mcny: float  # building it, a year: always (the scenario charges it)
    carbon_t: float | None
    water_m3: float
    cost_per_mtok_cny: float
    facility_kwh_per_mtok: float
    cost_per_mchar_cny: float
    notes: list[str] = field(default_factory=list)
    token_cost_includes: str = "energy"
    facility: str = "large"  # class of app.engine.pue.facility
    pue_p5: float = math.nan  # p5-p95 band of annual_pue (app.engine.pue.pue_band)
    pue_p95: float = math.nan
    #: the load the figures are at: "design" (the card before a solve, or a site left out)
    #: or "solved" (the load the allocation chose; app.engine.costs.solved_card)
    load_basis: str = "design"
    utilisation: float = math.nan  # of the figures shown
    design_annual_pue: float = math.nan  # the figures at the design load, shown beside
    design_facility_energy_mwh: float = math.nan

    @property
    def free_hours(self) -> int:
        return self.mode_hours["free"]

    @property
    def station_text(self) -> str:
        return self.station_label()

    def station_label(self, lang: str | None = None) -> str:
        """The climate station and its distance ("吴忠市 (103 km)" in Chinese), or the
        planner's own weather file."""
        if self.station_km != self.station_km:  # NaN: the planner's own file
            return self.climate_source
        name = self.station
        if (lang or text.language()) == "zh":
            name = reference.station_names_zh().get(name, name)
        return f"{name} ({self.station_km:.0f} km)"


def nearest_station(atlas: Atlas, lon: float, lat: float) -> tuple[str, float]:
    """Name and great-circle distance (km) of the closest built-in climate station."""
    st = atlas.stations
    km = haversine_km(lat, lon, st["lat"].to_numpy(), st["lon"].to_numpy())
    i = int(np.argmin(km))
    return str(st.index[i]), float(km[i])


def station_weather(atlas: Atlas, station: str) -> HourlyWeather:
    """Synthetic year of a built-in station (kept per atlas: a drag re-evaluates often)."""
    from app.engine.climate.station_years import station_years

    return station_years(atlas.normals, [station])[0]


def read_weather_file(path: str | Path) -> HourlyWeather:
    """A measured hourly year: EnergyPlus EPW or an 8760-row CSV (tdb_c, rh_pct)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".epw", ".csv"):  # checked before anything is read
        raise ValueError(
            f"{path}: expected an EPW or CSV weather file (.epw, .csv), got a "
            f"'{path.suffix or 'no extension'}' file"
        )
    return read_epw(path) if suffix == ".epw" else read_hourly_csv(path)


@dataclass(frozen=True)
class StationPue:
    """Estimated PUE of one technology at every built-in station (index = station name)."""

    tech: str
    utilization: float
    annual: dict[str, float]
    monthly: dict[str, np.ndarray]


_STATION_PUE_CACHE: dict[tuple[int, str, float, str], StationPue] = {}
#: Stations synthesised and evaluated per step: a multiple of the climate synthesis block (16)
#: and the PUE block (32), so every station gets the same year as in one batch, while only
#: this many hourly years are in memory at once (all ~700 at once: hundreds of MiB).
STATIONS_PER_STEP = 32


class Cancelled(Exception):
    """The computation was cancelled by its caller (a newer request superseded it)."""


def station_pue_cached(atlas: Atlas, tech: str, utilization: float = 0.75) -> bool:
    """Whether :func:`station_pue` of these arguments is already computed (then instant)."""
    return (id(atlas.normals), tech, utilization, "large") in _STATION_PUE_CACHE


def station_pue(
    atlas: Atlas,
    tech: str,
    utilization: float = 0.75,
    facility: str = "large",
    progress: Callable[[float], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> StationPue:
    """Annual and monthly PUE of ``tech`` in a ``facility`` class at every mapped station
    (batched, :data:`STATIONS_PER_STEP` at a time, hourly years dropped after each step;
    cached per tech and class). ``progress(0..1)`` after each step; :class:`Cancelled` is
    raised between steps once ``is_cancelled()``."""
    from app.engine.climate.climate import all_normals_from_frame, synthesize_many
    from app.engine.pue.pue import evaluate_many

    key = (id(atlas.normals), tech, utilization, facility)
    if key not in _STATION_PUE_CACHE:
        mapped = atlas.normals[atlas.normals["station"].isin(atlas.stations.index)]
        normals = all_normals_from_frame(mapped)
        annual: dict[str, float] = {}
        monthly: dict[str, np.ndarray] = {}
        for start in range(0, len(normals), STATIONS_PER_STEP):
            if is_cancelled is not None and is_cancelled():
                raise Cancelled(f"PUE of {tech} at the stations")
            step = normals[start : start + STATIONS_PER_STEP]
            results = evaluate_many(synthesize_many(step), tech, utilization, facility=facility)
            for n, r in zip(step, results, strict=True):
                annual[n.name], monthly[n.name] = r.annual_pue, r.monthly_pue.copy()
            if progress is not None:
                progress(min(1.0, (start + len(step)) / len(normals)))
        _STATION_PUE_CACHE[key] = StationPue(tech, utilization, annual, monthly)
    return _STATION_PUE_CACHE[key]


def province_mean_pue(atlas: Atlas, pue: StationPue) -> dict[int, float]:
    """Mean estimated PUE of the stations inside each province (provinces without a station
    are absent: shown as missing, not guessed). In numpy: the map recolours with it."""
    codes = atlas.stations["province_adcode"].to_numpy(dtype=np.int64)
    values = np.array([pue.annual.get(name, math.nan) for name in atlas.stations.index])
    keep = (codes > 0) & np.isfinite(values)
    provinces, index = np.unique(codes[keep], return_inverse=True)
    sums = np.bincount(index, weights=values[keep], minlength=len(provinces))
    counts = np.bincount(index, minlength=len(provinces))
    return {int(c): float(s / n) for c, s, n in zip(provinces, sums, counts, strict=True)}


#: Reference cooling for comparing with a national cluster (no cluster publishes its plant):
#: indirect evaporative in the western hubs, chiller + tower with economiser in the east.
CLUSTER_REFERENCE_COOLING = {"west": "indirect_evaporative", "east": "chiller_tower"}


def cluster_reference_site(atlas: Atlas, cluster_id: str, capacity_mw: float) -> Site:
    """A national cluster as a comparable site: its centre, capacity, the utilisation target
    (0.65 where none is published) and the reference cooling of its hub's region."""
    c = atlas.clusters.loc[cluster_id]
    region = str(atlas.hubs.at[c["hub_id"], "region"])
    util = c.get("utilisation_target")
    return Site(
        id=f"cluster:{cluster_id}",
        name=f"{c['name_en']}",
        lon=float(c["lon"]),
        lat=float(c["lat"]),
        capacity_mw=float(capacity_mw),
        utilization=float(util) if util == util and util else 0.65,
        cooling=CLUSTER_REFERENCE_COOLING.get(region, "chiller_tower"),
    )
