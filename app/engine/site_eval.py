"""Evaluate one placed site: climate -> hourly PUE -> annual energy, cost, carbon, water, tokens.

The climate comes from the nearest built-in station with normals (synthetic 8760-h year) or
from the planner's own hourly file (EPW or 8760-row CSV) named on the site.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from app.datasets.atlas import Atlas
from app.domain.site import Site
from app.engine.climate import (
    HourlyWeather,
    normals_from_frame,
    read_epw,
    read_hourly_csv,
    synthesize_year,
)
from app.engine.costs import (
    ACCELERATOR_PROFILES,
    SiteCostInputs,
    capex_cny_per_mw,
    capex_cny_per_mw_year,
    site_costs,
    token_costs,
)
from app.engine.network import haversine_km
from app.engine.pue import TECH_LABELS, evaluate_pue
from app.engine.pue_band import pue_band

__all__ = ["ACCELERATOR_PROFILES", "SiteMetrics", "evaluate_site", "nearest_station"]

_WEATHER_CACHE: OrderedDict[tuple[int, str], HourlyWeather] = OrderedDict()
_WEATHER_CACHE_SIZE = 64


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
    capex_annuity_mcny: float
    carbon_t: float | None
    water_m3: float
    cost_per_mtok_cny: float
    facility_kwh_per_mtok: float
    cost_per_mchar_cny: float
    notes: list[str] = field(default_factory=list)
    token_cost_includes: str = "energy"
    facility: str = "large"  # class of app.engine.facility
    pue_p5: float = math.nan  # p5-p95 band of annual_pue (app.engine.pue_band)
    pue_p95: float = math.nan
    #: the load the figures are at: "design" (the card before a solve, or a site left out)
    #: or "solved" (the load the allocation chose; app.engine.solved_card)
    load_basis: str = "design"
    utilisation: float = math.nan  # of the figures shown
    design_annual_pue: float = math.nan  # the figures at the design load, shown beside
    design_facility_energy_mwh: float = math.nan

    @property
    def free_hours(self) -> int:
        return self.mode_hours["free"]

    @property
    def station_text(self) -> str:
        if self.station_km != self.station_km:  # NaN: the planner's own file
            return self.climate_source
        return f"{self.station} ({self.station_km:.0f} km)"


def nearest_station(atlas: Atlas, lon: float, lat: float) -> tuple[str, float]:
    """Name and great-circle distance (km) of the closest built-in climate station."""
    st = atlas.stations
    km = haversine_km(lat, lon, st["lat"].to_numpy(), st["lon"].to_numpy())
    i = int(np.argmin(km))
    return str(st.index[i]), float(km[i])


def station_weather(atlas: Atlas, station: str) -> HourlyWeather:
    """Synthetic year of a built-in station (cached: a drag re-evaluates often)."""
    key = (id(atlas.normals), station)
    if key in _WEATHER_CACHE:
        _WEATHER_CACHE.move_to_end(key)
        return _WEATHER_CACHE[key]
    weather = synthesize_year(normals_from_frame(atlas.normals, station))
    _WEATHER_CACHE[key] = weather
    if len(_WEATHER_CACHE) > _WEATHER_CACHE_SIZE:
        _WEATHER_CACHE.popitem(last=False)
    return weather


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


def _tariff(site: Site, atlas: Atlas, code: int | None, overrides: dict) -> tuple[float, str]:
    if site.tariff_cny_per_kwh is not None:
        return site.tariff_cny_per_kwh, "site override"
    if code in overrides:
        return float(overrides[code]), "province override"
    if code is not None and code in atlas.provinces.index:
        price = atlas.provinces.at[code, "price_cny_per_kwh"]
        if price == price:
            kind = str(atlas.provinces.at[code, "price_kind"]).replace("_", " ")
            return float(price), f"province, {kind}"
    return math.nan, "no tariff: set an override"


def evaluate_site(
    site: Site, atlas: Atlas, weather: HourlyWeather | None = None, assumptions=None
) -> SiteMetrics:
    """Everything the comparison dock shows for one site (≈ 5 ms, synthesis cached).

    ``assumptions`` (``AllocationAssumptions``) supplies province tariff and emission-factor
    overrides; a site's own tariff override wins over both.
    """
    from app.datasets.projection import to_map

    x, y = to_map(site.lon, site.lat)
    code = atlas.province_at(float(x), float(y))
    station, km = nearest_station(atlas, site.lon, site.lat)
    if weather is None and site.weather_file:
        weather = read_weather_file(site.weather_file)
    if weather is None:
        weather, source = station_weather(atlas, station), f"synthetic year of {station}"
    else:
        km, source = math.nan, weather.source
    pue = evaluate_pue(weather, site.cooling, site.utilization, facility=site.facility)
    band = pue_band(
        weather, site.cooling, site.facility, site.utilization, pue.annual_pue, key=source
    )
    tariff, tariff_source = _tariff(
        site, atlas, code, getattr(assumptions, "tariff_cny_per_kwh", {})
    )
    factor = None
    emission_overrides = getattr(assumptions, "emission_kg_per_kwh", {})
    if code in emission_overrides:
        factor = float(emission_overrides[code])
    elif code is not None and code in atlas.provinces.index:
        value = atlas.provinces.at[code, "grid_ef_2023_kgco2_per_kwh"]
        factor = None if value != value else float(value)
    with_capex = bool(getattr(assumptions, "token_cost_includes_capex", False))
    costs = site_costs(
        SiteCostInputs(
            it_capacity_mw=site.capacity_mw,
            annual_pue=pue.annual_pue,
            tariff_cny_per_kwh=0.0 if tariff != tariff else tariff,
            utilization=site.utilization,
            grid_factor_kg_per_kwh=factor,
            green_share=site.green_share,
            green_price_cny_per_kwh=site.green_price_cny_per_kwh,
            wue_l_per_kwh=pue.wue_l_per_kwh,
            capex_cny_per_mw=capex_cny_per_mw(site.cooling, facility=site.facility)
            if with_capex
            else None,
        )
    )
    tokens = token_costs(
        ACCELERATOR_PROFILES[site.accelerator],
        pue.annual_pue,
        0.0 if tariff != tariff else tariff,
        grid_factor_kg_per_kwh=factor,
        capex_cny_per_mw_year=(
            capex_cny_per_mw_year(site.cooling, facility=site.facility) if with_capex else None
        ),
        utilization=site.utilization,
    )
    grid_cost = costs.grid_energy_mwh * 1000.0 * (0.0 if tariff != tariff else tariff)
    notes = list(weather.notes)
    if factor is None:
        notes.append("grid CO2 factor missing for this province: carbon not computed")
    if tariff != tariff:
        notes.append("no tariff for this province: energy cost needs a site override")
    return SiteMetrics(
        site_id=site.id,
        name=site.name,
        cooling=site.cooling,
        cooling_label=TECH_LABELS[site.cooling][0],
        province_adcode=code,
        station=station,
        station_km=km,
        climate_source=source,
        annual_pue=pue.annual_pue,
        monthly_pue=pue.monthly_pue,
        mode_hours=dict(pue.mode_hours),
        wue_l_per_kwh=pue.wue_l_per_kwh,
        it_energy_mwh=costs.it_energy_mwh,
        facility_energy_mwh=costs.facility_energy_mwh,
        tariff_cny_per_kwh=tariff,
        tariff_source=tariff_source,
        grid_factor_kg_per_kwh=factor,
        energy_cost_mcny=costs.energy_cost_cny / 1e6,
        grid_energy_cost_mcny=grid_cost / 1e6,
        green_energy_cost_mcny=(costs.energy_cost_cny - grid_cost) / 1e6,
        capex_annuity_mcny=costs.capex_annuity_cny / 1e6,
        carbon_t=costs.carbon_t,
        water_m3=costs.water_m3,
        cost_per_mtok_cny=tokens.cost_cny_per_million_tokens,
        facility_kwh_per_mtok=tokens.facility_kwh_per_million_tokens,
        cost_per_mchar_cny=tokens.cost_cny_per_million_chars,
        notes=notes,
        token_cost_includes=tokens.includes,
        facility=site.facility,
        pue_p5=band.p5,
        pue_p95=band.p95,
    )


@dataclass(frozen=True)
class StationPue:
    """Estimated PUE of one technology at every built-in station (index = station name)."""

    tech: str
    utilization: float
    annual: dict[str, float]
    monthly: dict[str, np.ndarray]


_STATION_PUE_CACHE: dict[tuple[int, str, float, str], StationPue] = {}


def station_pue(
    atlas: Atlas, tech: str, utilization: float = 0.75, facility: str = "large"
) -> StationPue:
    """Annual and monthly PUE of ``tech`` in a ``facility`` class at every mapped station
    (batched; cached per tech and class)."""
    from app.engine.climate import all_normals_from_frame, synthesize_many
    from app.engine.pue import evaluate_many

    key = (id(atlas.normals), tech, utilization, facility)
    if key not in _STATION_PUE_CACHE:
        mapped = atlas.normals[atlas.normals["station"].isin(atlas.stations.index)]
        normals = all_normals_from_frame(mapped)
        results = dict(
            zip(
                [n.name for n in normals],
                evaluate_many(synthesize_many(normals), tech, utilization, facility=facility),
                strict=True,
            )
        )
        _STATION_PUE_CACHE[key] = StationPue(
            tech,
            utilization,
            {k: r.annual_pue for k, r in results.items()},
            {k: r.monthly_pue for k, r in results.items()},
        )
    return _STATION_PUE_CACHE[key]


def province_mean_pue(atlas: Atlas, pue: StationPue) -> dict[int, float]:
    """Mean estimated PUE of the stations inside each province (provinces without a station
    are absent: shown as missing, not guessed)."""
    frame = atlas.stations[["province_adcode"]].copy()
    frame["pue"] = [pue.annual.get(name, math.nan) for name in frame.index]
    means = frame[frame["province_adcode"] > 0].groupby("province_adcode")["pue"].mean()
    return {int(k): float(v) for k, v in means.items() if v == v}


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
