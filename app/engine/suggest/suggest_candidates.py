"""Candidate locations and build options for site suggestions (:mod:`app.engine.suggest.suggest`).

A location is a point where a data centre could go: every climate station and prefecture seat
inside a priced mainland province, the cluster cities, and the planner's own points. An option
is a location with one cooling technology and one facility class. Each option is priced with the
same arithmetic :func:`app.engine.evaluate.evaluate` uses for a placed site there (site inputs,
energy split at the design utilisation, capex annuity), split into a fixed cost per rated MW
and a marginal cost per MW served. At one location an option that is no cheaper in both parts
(nor in water, when water is capped) than another can never be chosen, so it is dropped: the
pruning is exact.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np

from app.datasets.atlas import Atlas
from app.domain.site import Site
from app.domain.text import language
from app.engine.allocation.allocation import NATIONAL_EMISSION_KG_PER_KWH
from app.engine.allocation.allocation_build import define_site_costs
from app.engine.allocation.national_problem import PlacedSupply, build_national_problem
from app.engine.costs.costs import capex_cny_per_mw_year
from app.engine.costs.site_figures import DEFAULT_CACHE, SiteEnergyCache
from app.engine.costs.site_inputs import SiteInputs, resolve_sites

#: Locations closer than this are one location (a prefecture seat beside its station).
SAME_PLACE_KM = 2.0


@dataclass(frozen=True)
class Location:
    """A point a site could go (WGS-84 degrees) and where it came from."""

    name: str
    lon: float
    lat: float
    kind: str  # "station", "prefecture", "cluster" or "planner"


@dataclass(frozen=True)
class Option:
    """One buildable site: a location with a cooling technology and a facility class.

    ``fixed_cny_per_mw`` is paid per rated MW and year whatever the load (capex annuity and
    the load-independent energy with its carbon cost); ``marginal_cny_per_mw`` per MW served
    and year (energy at the marginal PUE with its carbon cost: the allocation's own price).
    ``water_m3_per_mw`` per rated MW and year at full load. ``design_pue`` is the annual PUE
    at the request's design utilisation, the split the option is priced on; it is not what a
    planner is shown: every figure of a suggested site comes from the one evaluation of the
    scenario with the site placed, at its solved load (:func:`suggest_explain.explain`).
    """

    location: int
    site: Site
    inputs: SiteInputs
    fixed_cny_per_mw: float
    marginal_cny_per_mw: float
    water_m3_per_mw: float
    design_pue: float
    pue_p5: float
    pue_p95: float

    @property
    def full_load_cny_per_mw(self) -> float:
        return self.fixed_cny_per_mw + self.marginal_cny_per_mw


def builtin_locations(atlas: Atlas, lang: str | None = None) -> list[Location]:
    """Stations, prefecture seats (a point inside each prefecture) and cluster cities, named
    in ``lang`` (the current language by default) as the map names them: a station by
    :meth:`Atlas.station_name`, a prefecture as a placed site is named
    (:meth:`Atlas.place_name`: "Haidong, Qinghai" / "海东市"), a cluster by its short name."""
    from app.datasets.cluster_names import cluster_label

    lang = lang or language()
    out = [
        Location(atlas.station_name(str(name), lang), float(r.lon), float(r.lat), "station")
        for name, r in atlas.stations.iterrows()
    ]
    pref = atlas.prefecture_points
    out += [
        Location(
            atlas.place_name(str(r.name_zh), int(r.province), lang),
            float(r.lon), float(r.lat), "prefecture",
        )
        for r in pref.itertuples()
    ]  # fmt: skip
    out += [
        Location(cluster_label(c, lang), float(c["lon"]), float(c["lat"]), "cluster")
        for _, c in atlas.clusters.iterrows()
    ]
    return out


def distinct_locations(locations: list[Location]) -> list[Location]:
    """``locations`` without near-duplicates (within ``SAME_PLACE_KM``; the first is kept)."""
    if not locations:
        return []
    lat = np.radians([p.lat for p in locations])
    lon = np.radians([p.lon for p in locations])
    keep: list[int] = []
    for i in range(len(locations)):
        if keep:
            k = np.asarray(keep)
            a = (
                np.sin((lat[k] - lat[i]) / 2) ** 2
                + np.cos(lat[i]) * np.cos(lat[k]) * np.sin((lon[k] - lon[i]) / 2) ** 2
            )
            if np.min(2 * 6371.0 * np.arcsin(np.sqrt(a))) < SAME_PLACE_KM:
                continue
        keep.append(i)
    return [locations[i] for i in keep]


def _price_options(
    atlas: Atlas,
    scenario,
    locations: list[Location],
    inputs: list[SiteInputs],
    combos: list[tuple[str, str]],
    utilisation: float,
    cache: SiteEnergyCache,
    cancel,
) -> list[Option] | None:
    """Every location with every (cooling, facility) combination, priced (None: cancelled).
    One call for all of them, so each station's synthetic year is built once."""
    a = scenario.assumptions
    sites = [
        Site(f"suggest-{i}", p.name, p.lon, p.lat, 1.0, utilisation, cooling, facility=facility)
        for cooling, facility in combos
        for i, p in enumerate(locations)
    ]
    all_inputs = inputs * len(combos)
    climates = cache.splits(atlas, sites, all_inputs, cancel=cancel, band_limit=0)
    if climates is None:
        return None
    supplies = [
        PlacedSupply(
            s.id, s.name, s.lon, s.lat, i.province_adcode, 1.0,
            max(c.split.marginal_pue, 1.0), i.price_cny_per_kwh, i.emission_kg_per_kwh,
        )
        for s, i, c in zip(sites, all_inputs, climates, strict=True)
    ]  # fmt: skip
    problem = build_national_problem(atlas, a, supplies)
    costs = define_site_costs(problem)  # the LP's own price of a MW served at each site
    first = len(problem.sites) - len(supplies)
    marginal = (
        costs["energy_cny"][first:]
        + problem.carbon_price_cny_per_t * costs["carbon_t"][first:]
        + costs["capex_cny"][first:]
    )
    capex = {c: capex_cny_per_mw_year(c[0], facility=c[1]) for c in combos}
    out = []
    for n, (site, inp, climate) in enumerate(zip(sites, all_inputs, climates, strict=True)):
        split = climate.split
        ef = inp.emission_kg_per_kwh
        ef = NATIONAL_EMISSION_KG_PER_KWH if ef is None else ef
        fixed = split.fixed_mwh_per_mw_rated * (
            1000.0 * inp.price_cny_per_kwh + ef * a.carbon_price_cny_per_t
        )
        out.append(
            Option(
                location=n % len(locations),
                site=site,
                inputs=inp,
                fixed_cny_per_mw=float(fixed + capex[(site.cooling, site.facility)]),
                marginal_cny_per_mw=float(marginal[n]),
                water_m3_per_mw=float(split.at(1.0).water_m3_per_mw),
                design_pue=float(split.at(utilisation).annual_pue),
                pue_p5=climate.pue_p5,
                pue_p95=climate.pue_p95,
            )
        )
    return out


def pareto(options: list[Option], with_water: bool) -> list[Option]:
    """The options of one location that no other option beats in every cost (and water)."""

    def parts(o: Option) -> tuple[float, ...]:
        base = (o.fixed_cny_per_mw, o.marginal_cny_per_mw)
        return (*base, o.water_m3_per_mw) if with_water else base

    kept: list[Option] = []
    for o in sorted(options, key=lambda o: (o.full_load_cny_per_mw, o.site.cooling)):
        p = parts(o)
        if not any(all(q <= v + 1e-9 for q, v in zip(parts(k), p, strict=True)) for k in kept):
            kept.append(o)
    return kept


def build_options(
    atlas: Atlas,
    scenario,
    locations: list[Location],
    technologies: tuple[str, ...],
    facilities: tuple[str, ...],
    utilisation: float,
    *,
    no_water_provinces: frozenset[int] = frozenset(),
    with_water: bool = False,
    cache: SiteEnergyCache = DEFAULT_CACHE,
    progress=lambda f: None,
    cancel=lambda: False,
) -> tuple[list[Location], list[Option]] | None:
    """Locations inside a priced mainland province and their non-dominated options (None
    when cancelled). Technologies that use water are not offered in ``no_water_provinces``."""
    probe = [Site(f"suggest-{i}", p.name, p.lon, p.lat) for i, p in enumerate(locations)]
    inputs = resolve_sites(atlas, probe, scenario.assumptions)
    keep = [i for i, inp in enumerate(inputs) if inp.in_solve]
    locations = [locations[i] for i in keep]
    inputs = [replace(inputs[i], site_id=f"suggest-{n}") for n, i in enumerate(keep)]
    by_location: list[list[Option]] = [[] for _ in locations]
    combos = [(t, f) for t in technologies for f in facilities]
    priced = _price_options(
        atlas, scenario, locations, inputs, combos, utilisation, cache,
        lambda: (progress(0.5), cancel())[1],
    )  # fmt: skip
    if priced is None:
        return None
    for o in priced:
        if o.water_m3_per_mw > 0 and o.inputs.province_adcode in no_water_provinces:
            continue
        if math.isfinite(o.fixed_cny_per_mw) and math.isfinite(o.marginal_cny_per_mw):
            by_location[o.location].append(o)
    progress(1.0)
    options = [o for group in by_location for o in pareto(group, with_water)]
    return locations, options


def screen(
    locations: list[Location], options: list[Option], max_locations: int, per_province: int = 2
) -> tuple[list[Location], list[Option]]:
    """At most ``max_locations`` locations: the ``per_province`` cheapest at full load in each
    province (demand near it may need them), then the cheapest anywhere. The planner's own
    points are always kept."""
    best: dict[int, float] = {}
    for o in options:
        best[o.location] = min(best.get(o.location, math.inf), o.full_load_cny_per_mw)
    order = sorted(best, key=lambda i: (best[i], i))
    province = {o.location: o.inputs.province_adcode for o in options}
    chosen = [i for i in order if locations[i].kind == "planner"]
    seen: dict[int | None, int] = {}
    for i in order:
        if seen.get(province[i], 0) < per_province and i not in chosen:
            chosen.append(i)
            seen[province[i]] = seen.get(province[i], 0) + 1
    for i in order:
        if len(chosen) >= max_locations:
            break
        if i not in chosen:
            chosen.append(i)
    chosen = sorted(chosen[: max(max_locations, 0)] if len(chosen) > max_locations else chosen)
    new_index = {old: new for new, old in enumerate(chosen)}
    kept = [replace(o, location=new_index[o.location]) for o in options if o.location in new_index]
    return [locations[i] for i in chosen], kept


__all__ = [
    "Location",
    "Option",
    "build_options",
    "builtin_locations",
    "distinct_locations",
    "pareto",
    "points_from_file",
    "screen",
]


def points_from_file(path) -> tuple[Location, ...]:
    """The planner's candidate points from any layer file with points (a CSV/XLSX with lon/lat
    columns, GeoJSON, GeoPackage, Shapefile); a ``name`` column names them. Raises
    ``UserDataError`` (one sentence naming the file) when it has none."""
    from app.datasets.projection import to_lonlat
    from app.datasets.user_data import UserDataError
    from app.datasets.user_layers import load_user_layers
    from app.domain.text import tr

    points = [layer for layer in load_user_layers(path) if layer.kind == "points"]
    if not points:
        raise UserDataError(path, tr("has no points to use as candidate sites"))
    out = []
    for layer in points:
        import shapely

        lon, lat = to_lonlat(shapely.get_x(layer.geometries), shapely.get_y(layer.geometries))
        names = layer.attributes.get("name")
        for i, (x, y) in enumerate(zip(lon, lat, strict=True)):
            label = str(names.iloc[i]) if names is not None else f"{layer.name} {i + 1}"
            out.append(Location(label, round(float(x), 6), round(float(y), 6), "planner"))
    return tuple(out)
