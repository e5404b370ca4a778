"""Energy splits for many sites at once, and a site's design-utilisation card.

Sites sharing a station, a cooling technology and a design utilisation share one energy split:
the station's synthetic year is built once (batched with ``synthesize_many``), a planner's
weather file is read once per path and modification time, and splits are cached between
evaluations (a drag or an assumption edit re-uses them).
"""

from __future__ import annotations

import math
import os
import threading
from collections import OrderedDict
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from app.datasets.atlas import Atlas
from app.domain.site import Site
from app.engine.costs.costs import ACCELERATOR_PROFILES, capex_cny_per_mw_year, token_costs
from app.engine.costs.site_energy import EnergySplit, site_energy_splits
from app.engine.costs.site_inputs import SiteInputs, weather_file
from app.engine.pue.pue import TECH_LABELS
from app.engine.pue.pue_band import pue_band


@dataclass(frozen=True)
class ClimateSplit:
    """An energy split with the climate it came from (source text, fallback notes) and the
    p5-p95 band of the design-point PUE over the facility class's parameter ranges (NaN until
    computed: a band costs 33 PUE years, so a large scenario gets them a few at a time)."""

    split: EnergySplit
    source: str
    notes: tuple[str, ...]
    pue_p5: float = math.nan
    pue_p95: float = math.nan


#: New PUE bands per evaluation (each costs 33 PUE years; cached afterwards).
BAND_LIMIT = 24


class SiteEnergyCache:
    """Energy splits keyed by (weather, cooling, design utilisation); LRU of ``size`` entries."""

    def __init__(self, size: int = 8192) -> None:
        self.size = size
        self._entries: OrderedDict[tuple, ClimateSplit] = OrderedDict()
        self._lock = threading.Lock()

    def _weather_key(self, atlas: Atlas, site: Site, inputs: SiteInputs) -> tuple:
        if site.weather_file:
            path = os.path.abspath(site.weather_file)
            return ("file", path, Path(path).stat().st_mtime)
        return ("station", id(atlas.normals), inputs.station)

    def splits(
        self,
        atlas: Atlas,
        sites: list[Site],
        inputs: list[SiteInputs],
        progress=lambda f: None,
        cancel=lambda: False,
        band_limit: int = BAND_LIMIT,
    ) -> list[ClimateSplit] | None:
        """One split per site (None when cancelled); PUE bands for at most ``band_limit``
        (climate, technology, class, utilisation) combinations that have none yet. Thread-safe: the GUI thread
        may ask for one site's card while the worker evaluates the scenario; the lock covers
        the cache, not the computation."""
        keys = [
            (self._weather_key(atlas, s, i), s.cooling, round(float(s.utilization), 9), s.facility)
            for s, i in zip(sites, inputs, strict=True)
        ]
        with self._lock:
            have = {k: self._entries[k] for k in keys if k in self._entries}
        todo = list(dict.fromkeys(k for k in keys if k not in have))
        unbanded = [k for k in dict.fromkeys(keys) if k not in have or math.isnan(have[k].pue_p5)]
        banded = set(unbanded[:band_limit])  # the rest in later evaluations
        weathers = _weathers(
            atlas,
            list(dict.fromkeys(k[0] for k in [*todo, *banded])),
            {k[0]: s for k, s in zip(keys, sites, strict=True)},
        )
        groups: dict[tuple, list[tuple]] = {}
        for key in todo:  # one batched PUE run per technology, utilisation and class
            groups.setdefault(key[1:], []).append(key)
        done = 0
        for (cooling, util, facility), group in groups.items():
            if cancel():
                return None
            years = [weathers[k[0]] for k in group]
            for key, weather, split in zip(
                group, years, site_energy_splits(years, cooling, util, facility), strict=True
            ):
                have[key] = ClimateSplit(split, _source(key[0], weather), tuple(weather.notes))
            done += len(group)
            progress(done / len(todo))
        for key in banded:
            if cancel():
                return None
            entry = have[key]
            band = pue_band(
                weathers[key[0]],
                key[1],
                key[3],
                key[2],
                entry.split.at(key[2]).annual_pue,
                key=key[0],
            )
            have[key] = replace(entry, pue_p5=band.p5, pue_p95=band.p95)
        with self._lock:
            for key in dict.fromkeys(keys):
                self._entries[key] = have[key]
                self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)
        return [have[key] for key in keys]

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


DEFAULT_CACHE = SiteEnergyCache()


def _weathers(atlas: Atlas, keys: list[tuple], site_of: dict[tuple, Site]) -> dict:
    """The hourly years of ``keys``: stations' synthetic years (kept per atlas), files read
    (cached)."""
    from app.engine.climate.station_years import station_years

    out: dict = {}
    stations = list(dict.fromkeys(k for k in keys if k[0] == "station"))
    if stations:  # built once per station and atlas, shared
        years = station_years(atlas.normals, [k[2] for k in stations])
        out.update(zip(stations, years, strict=True))
    for key in keys:
        if key[0] == "file":
            out[key] = weather_file(str(site_of[key].weather_file))  # "file" keys have one
    return out


def _source(weather_key: tuple, weather) -> str:
    """Where a split's climate came from, as the card says it."""
    return f"synthetic year of {weather_key[2]}" if weather_key[0] == "station" else weather.source


def site_annuity_cny(site: Site) -> float:
    """What building the site costs a year (CNY): its capacity x the annuity per MW of its
    cooling and class. The scenario always charges it; its card's cost bar shows it."""
    return capex_cny_per_mw_year(site.cooling, facility=site.facility) * site.capacity_mw


def _capex(site: Site, with_capex: bool) -> float | None:
    """Facility capex annuity, CNY per MW-year, when the planner counts it (else None)."""
    return capex_cny_per_mw_year(site.cooling, facility=site.facility) if with_capex else None


def token_cost(
    site: Site, pue: float | None, price: float | None, utilisation: float, with_capex: bool = False
) -> float | None:
    """CNY per million tokens served at ``pue`` and ``price`` (None when either is unknown);
    with the facility capex annuity spread over the tokens of ``utilisation`` when asked."""
    if pue is None or price is None or not math.isfinite(pue) or utilisation <= 0:
        return None
    profile = ACCELERATOR_PROFILES[site.accelerator]
    return token_costs(
        profile,
        max(pue, 1.0),
        price,
        capex_cny_per_mw_year=_capex(site, with_capex),
        utilization=utilisation,
    ).cost_cny_per_million_tokens


#: Shown on the card when the province has no grid CO2 factor (translated: extract.py).
NO_GRID_FACTOR_NOTE = "grid CO2 factor missing for this province: carbon counted at the national average (0.5306 kgCO2/kWh)"


def _missing_notes(inputs: SiteInputs) -> list[str]:
    """Why a figure is missing, not zero (the card shows these notes)."""
    return [NO_GRID_FACTOR_NOTE] if inputs.grid_factor_kg_per_kwh is None else []


def design_metrics(site: Site, inputs: SiteInputs, climate: ClimateSplit, with_capex: bool = False):
    """The site card at the design utilisation (``SiteMetrics``), with the LP's accounting."""
    from app.engine.costs.site_eval import SiteMetrics

    year = climate.split.at(site.utilization)
    cap, g = site.capacity_mw, float(site.green_share)
    facility = year.facility_mwh_per_mw * cap
    grid = inputs.grid_price_cny_per_kwh
    price = inputs.price_cny_per_kwh
    grid_cost = facility * (1.0 - g) * 1000.0 * grid if math.isfinite(grid) else math.nan
    cost = facility * 1000.0 * price if math.isfinite(price) else math.nan
    profile = ACCELERATOR_PROFILES[site.accelerator]
    tokens = token_costs(
        profile,
        max(year.annual_pue, 1.0),
        price if math.isfinite(price) else 0.0,
        capex_cny_per_mw_year=_capex(site, with_capex),
        utilization=site.utilization,
    )
    per_mtok = tokens.cost_cny_per_million_tokens if math.isfinite(price) else math.nan
    source, notes = climate.source, climate.notes
    km = math.nan if site.weather_file else inputs.station_km
    ef = inputs.emission_kg_per_kwh
    return SiteMetrics(
        site_id=site.id,
        name=site.name,
        cooling=site.cooling,
        cooling_label=TECH_LABELS[site.cooling][0],
        province_adcode=inputs.province_adcode,
        station=inputs.station,
        station_km=km,
        climate_source=source,
        annual_pue=year.annual_pue,
        monthly_pue=np.asarray(year.monthly_pue),
        mode_hours=dict(year.mode_hours),
        wue_l_per_kwh=year.wue_l_per_kwh,
        it_energy_mwh=year.it_mwh_per_mw * cap,
        facility_energy_mwh=facility,
        tariff_cny_per_kwh=grid,
        tariff_source=inputs.price_source,
        grid_factor_kg_per_kwh=inputs.grid_factor_kg_per_kwh,
        energy_cost_mcny=cost / 1e6,
        grid_energy_cost_mcny=grid_cost / 1e6,
        green_energy_cost_mcny=(cost - grid_cost) / 1e6 if g > 0 else 0.0,
        capex_annuity_mcny=site_annuity_cny(site) / 1e6,
        carbon_t=None if ef is None else facility * ef,
        water_m3=year.water_m3_per_mw * cap,
        cost_per_mtok_cny=per_mtok,
        facility_kwh_per_mtok=tokens.facility_kwh_per_million_tokens,
        cost_per_mchar_cny=per_mtok / tokens.chars_per_token,
        notes=list(notes) + list(inputs.flags) + _missing_notes(inputs),
        token_cost_includes=tokens.includes,
        facility=site.facility,
        pue_p5=climate.pue_p5,
        pue_p95=climate.pue_p95,
    )
