"""Every placed site's inputs, resolved once and for all sites at a time.

Effective energy price = green share x green price + (1 - green share) x grid price, where the
grid price is the site's tariff override, else the province override, else the province's
tariff. Effective emission factor = (1 - green share) x grid factor (contracted green power is
carbon-free). A site outside every mainland province (Hong Kong, Macau, Taiwan, at sea) or with
no price is flagged and left out of the allocation: never priced at 0.

Province lookup projects to the map: :func:`locate_sites` caches by position, and the GUI calls
it on its own thread first (pyproj must not start on a Qt worker thread).
"""

from __future__ import annotations

import math
import os
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from app.datasets.atlas import Atlas
from app.domain.site import Site
from app.domain.text import tr
from app.engine.allocation.allocation import NATIONAL_EMISSION_KG_PER_KWH
from app.engine.allocation.network import haversine_km

_PROVINCE_CACHE: dict[tuple[int, float, float], int] = {}
_WEATHER_FILES: OrderedDict[tuple[str, float], object] = OrderedDict()
_WEATHER_FILES_SIZE = 32
_LOCK = threading.Lock()
_TABLE_CACHE: dict[tuple, tuple[object, object]] = {}
_TABLE_CACHE_SIZE = 16


@dataclass(frozen=True)
class SiteInputs:
    """One placed site's resolved inputs. Prices CNY/kWh, factors kgCO2/kWh (None: unknown);
    ``price_cny_per_kwh`` is NaN when there is none; ``flags`` say why a site is left out."""

    site_id: str
    province_adcode: int | None
    station: str
    station_km: float
    grid_price_cny_per_kwh: float
    price_source: str
    price_cny_per_kwh: float
    grid_factor_kg_per_kwh: float | None
    emission_kg_per_kwh: float | None
    flags: tuple[str, ...] = field(default_factory=tuple)

    @property
    def in_solve(self) -> bool:
        """Priced and inside a province: the allocation may load it."""
        return not self.flags


def locate_sites(atlas: Atlas, sites: list[Site]) -> list[int | None]:
    """Province adcode under each site (None outside every unit), cached by position."""
    key = id(atlas.boundaries)
    todo = [s for s in sites if (key, s.lon, s.lat) not in _PROVINCE_CACHE]
    if todo:
        from app.datasets.projection import to_map

        x, y = to_map(np.array([s.lon for s in todo]), np.array([s.lat for s in todo]))
        rows = atlas.boundaries.locate(x, y)
        for s, row in zip(todo, rows.tolist(), strict=True):
            code = -1 if row < 0 else int(atlas.boundaries.codes[row])
            _PROVINCE_CACHE[(key, s.lon, s.lat)] = code
    codes = [_PROVINCE_CACHE[(key, s.lon, s.lat)] for s in sites]
    return [None if c < 0 else c for c in codes]


def _per_table(table, make):
    """``make(table)``, kept while ``table`` (an atlas frame) lives: a site's card and every
    drag step read the same stations and provinces (pandas lookups were ~10 % of a card)."""
    key = (id(table), make)
    with _LOCK:
        hit = _TABLE_CACHE.get(key)
    if hit is not None and hit[0] is table:
        return hit[1]
    value = make(table)
    with _LOCK:  # the table itself is held, so its id cannot be reused by another
        _TABLE_CACHE[key] = (table, value)
        while len(_TABLE_CACHE) > _TABLE_CACHE_SIZE:
            _TABLE_CACHE.pop(next(iter(_TABLE_CACHE)))
    return value


def _station_arrays(stations) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Station latitudes, longitudes (degrees) and names, in table order."""
    return (
        stations["lat"].to_numpy(float)[None, :],
        stations["lon"].to_numpy(float)[None, :],
        [str(n) for n in stations.index],
    )


def nearest_stations(atlas: Atlas, sites: list[Site]) -> tuple[list[str], np.ndarray]:
    """Closest built-in climate station to each site and its great-circle distance (km)."""
    if not sites:
        return [], np.zeros(0)
    st_lat, st_lon, names = _per_table(atlas.stations, _station_arrays)
    lat = np.array([s.lat for s in sites])[:, None]
    lon = np.array([s.lon for s in sites])[:, None]
    km = haversine_km(lat, lon, st_lat, st_lon)
    i = np.argmin(km, axis=1)
    return [names[k] for k in i.tolist()], km[np.arange(len(sites)), i]


def weather_file(path: str):
    """The planner's hourly year (EPW or 8760-row CSV), cached by path and modification time."""
    from app.engine.costs.site_eval import read_weather_file

    key = (os.path.abspath(path), Path(path).stat().st_mtime)
    with _LOCK:
        weather = _WEATHER_FILES.get(key)
    if weather is None:
        weather = read_weather_file(path)
    with _LOCK:  # the GUI thread (one site's card) and the worker may both read
        _WEATHER_FILES[key] = weather
        _WEATHER_FILES.move_to_end(key)
        while len(_WEATHER_FILES) > _WEATHER_FILES_SIZE:
            _WEATHER_FILES.popitem(last=False)
    return weather


class WeatherFileError(ValueError):
    """A site's weather file cannot be used; the message names ``sites[i].weather_file``, the
    file, and where it can the row and the column."""


def weather_file_problems(sites: list[Site]) -> list[str]:
    """One sentence per site whose ``weather_file`` cannot be read (the reader the engine uses,
    so a file read here is cached for the solve), each naming the key path
    ``sites[i].weather_file`` (``i`` counts from 0, as the scenario file's messages do)."""
    problems = []
    for i, site in enumerate(sites):
        if not site.weather_file:
            continue
        try:
            weather_file(site.weather_file)
        except ValueError as exc:  # the readers name file, row and column
            problems.append(f"sites[{i}].weather_file: {exc}")
        except OSError as exc:  # gone or unreadable since the scenario was loaded
            problems.append(
                f"sites[{i}].weather_file: "
                + tr("{file}: cannot be read ({reason})").format(
                    file=site.weather_file, reason=exc.strerror or type(exc).__name__
                )
            )
    return problems


def check_weather_files(sites: list[Site]) -> None:
    """Raise :class:`WeatherFileError` with the first of :func:`weather_file_problems`."""
    problems = weather_file_problems(sites)
    if problems:
        raise WeatherFileError(problems[0])


class _Provinces:
    """The province columns site resolution reads, as dicts (thousands of lookups)."""

    def __init__(self, p) -> None:
        self.codes = {int(c) for c in p.index}
        self.price = {int(c): float(v) for c, v in p["price_cny_per_kwh"].items()}
        self.kind = {int(c): str(v).replace("_", " ") for c, v in p["price_kind"].items()}
        self.factor = {int(c): float(v) for c, v in p["grid_ef_2023_kgco2_per_kwh"].items()}


def _grid_price(
    site: Site, prov: _Provinces, code: int | None, overrides: dict
) -> tuple[float, str]:
    """The grid price and where it comes from, as a key the reports and the window translate
    (io.report_sites.TARIFF_SOURCES): never translated here, or a key in another language
    would reach them half-translated."""
    if site.tariff_cny_per_kwh is not None:
        return float(site.tariff_cny_per_kwh), "site override"
    if code in overrides:
        return float(overrides[code]), "province override"
    price = prov.price.get(code, math.nan) if code is not None else math.nan
    if code is not None and price == price:
        return price, f"province, {prov.kind[code]}"
    return math.nan, "no tariff: set an override"


def _grid_factor(prov: _Provinces, code: int | None, overrides: dict) -> float | None:
    if code in overrides:
        return float(overrides[code])
    value = prov.factor.get(code, math.nan) if code is not None else math.nan
    return None if value != value else value


def resolve_sites(atlas: Atlas, sites: list[Site], assumptions) -> list[SiteInputs]:
    """:class:`SiteInputs` of every site (``assumptions``: ``AllocationAssumptions``)."""
    codes = locate_sites(atlas, sites)
    stations, km = nearest_stations(atlas, sites)
    prov = _per_table(atlas.provinces, _Provinces)
    out = []
    for site, code, station, dist in zip(sites, codes, stations, km.tolist(), strict=True):
        grid, source = _grid_price(site, prov, code, assumptions.tariff_cny_per_kwh)
        g = float(site.green_share)
        green = grid if site.green_price_cny_per_kwh is None else site.green_price_cny_per_kwh
        price = g * green + (1.0 - g) * grid if g > 0 else grid
        if g >= 1.0 and site.green_price_cny_per_kwh is not None:
            price = float(green)  # all green at its own price: no grid price needed
        factor = _grid_factor(prov, code, assumptions.emission_kg_per_kwh)
        flags = []
        if code is None or code not in prov.codes:
            flags.append(
                tr(
                    "outside the mainland provinces (Hong Kong, Macau, Taiwan or at "
                    "sea): left out of the allocation"
                )
            )
        elif price != price:
            flags.append(
                tr(
                    "no electricity price: left out of the allocation until a tariff "
                    "override is set"
                )
            )
        out.append(
            SiteInputs(
                site_id=site.id,
                province_adcode=code,
                station=station,
                station_km=float(dist),
                grid_price_cny_per_kwh=grid,
                price_source=source,
                price_cny_per_kwh=float(price),
                grid_factor_kg_per_kwh=factor,
                emission_kg_per_kwh=0.0
                if g >= 1.0
                else (1.0 - g) * (NATIONAL_EMISSION_KG_PER_KWH if factor is None else factor),
                flags=tuple(flags),
            )
        )
    return out
