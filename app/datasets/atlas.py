"""The national base: boundaries, provinces, hubs, clusters and climate stations in one object.

Everything here is read-only after loading; the planner's edits live in the scenario.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

import numpy as np
import pandas as pd

from app.datasets import reference, tariffs
from app.datasets.boundaries import EXTRA_NAMES_EN, BoundarySet, load_boundaries
from app.datasets.projection import to_map

#: Capitals spelt otherwise in the climate normals (provinces.csv -> climate_normals.csv).
STATION_SPELLINGS = {"Hohhot": "Huhehaote", "Urumqi": "Ürümqi"}


@dataclass(frozen=True)
class Atlas:
    """Immutable national base data.

    ``provinces``: one row per mainland province (index adcode) with GDP, population, grid
    emission factors, the default electricity price and its parts, hub membership and the
    annual mean temperature of its climate stations. ``stations``: one row per climate station
    with map x/y (m) and the province it falls in. ``normals``: monthly normals, long format.
    """

    boundaries: BoundarySet
    provinces: pd.DataFrame
    hubs: pd.DataFrame
    clusters: pd.DataFrame
    stations: pd.DataFrame
    normals: pd.DataFrame
    _prefectures: list[BoundarySet] = field(default_factory=list, compare=False, repr=False)

    @property
    def prefectures(self) -> BoundarySet:
        """Prefecture boundaries (370 units), loaded on first use."""
        if not self._prefectures:
            self._prefectures.append(load_boundaries("prefecture"))
        return self._prefectures[0]

    @cached_property
    def price_ranges(self) -> dict[int, tuple[float, float]]:
        """adcode -> (low, high) CNY/kWh of each estimated (composed) price: where published
        prices have fallen against such estimates (:func:`tariffs.composed_price_ranges`);
        computed on first use."""
        return tariffs.composed_price_ranges(self.provinces)

    def province_name(self, adcode: int, lang: str = "en") -> str:
        """Display name of a province (or Hong Kong/Macau/Taiwan) by adcode."""
        names = self._province_names["name_zh" if lang == "zh" else "name_en"]
        if adcode in names:
            return names[adcode]
        if lang != "zh" and adcode in EXTRA_NAMES_EN:
            return EXTRA_NAMES_EN[adcode]
        return self.boundaries.names_zh[self.boundaries.position(adcode)]

    @cached_property
    def _province_names(self) -> dict[str, dict[int, str]]:
        """Column -> adcode -> name (a drag names the site's place at every step)."""
        columns = ("name_zh", "name_en")
        return {c: {int(k): str(v) for k, v in self.provinces[c].items()} for c in columns}

    def station_name(self, station: str, lang: str = "en") -> str:
        """A climate station's name: Chinese after its county or prefecture (see
        ``reference.station_names_zh``), the normals' English name otherwise."""
        if lang == "zh":
            names = reference.station_names_zh()
            return names.get(station, names.get(STATION_SPELLINGS.get(station, ""), station))
        return station

    def place_name(self, prefecture_zh: str, province_adcode: int | None, lang: str = "en") -> str:
        """A place by its prefecture (Chinese name, "" when none) and province, as a placed
        site is named: "乌兰察布市" in Chinese; "Ulanqab, Inner Mongolia" in English (the
        province alone where the prefecture has no English name in the data)."""
        province = "" if province_adcode is None else self.province_name(province_adcode, lang)
        if lang == "zh":
            return prefecture_zh or province
        english = reference.prefecture_names_en().get(prefecture_zh, "") if prefecture_zh else ""
        if english == province:  # a municipality: "Shanghai", not "Shanghai, Shanghai"
            return province
        return f"{english}, {province}" if english and province else province or english

    def province_at(self, x: float, y: float) -> int | None:
        """Adcode of the unit under map point (x, y) in metres, None outside China."""
        row = int(self.boundaries.locate(x, y)[0])
        return None if row < 0 else int(self.boundaries.codes[row])

    @cached_property
    def hub_outlines(self) -> dict[str, list[np.ndarray]]:
        """hub_id -> rings (map metres) of the union of its member provinces."""
        import shapely

        geoms = self.boundaries.geometries
        out: dict[str, list[np.ndarray]] = {}
        for hub_id, codes in self.hubs["province_adcodes"].items():
            members = [geoms[self.boundaries.position(int(c))] for c in str(codes).split(";")]
            union = shapely.coverage_union_all(members)
            rings: list[np.ndarray] = []
            for poly in shapely.get_parts(union):
                rings.append(shapely.get_coordinates(poly.exterior))
                rings.extend(shapely.get_coordinates(r) for r in poly.interiors)
            out[str(hub_id)] = rings
        return out

    @cached_property
    def province_points(self) -> pd.DataFrame:
        """Demand point per mainland province (index adcode; lon, lat in degrees): the
        capital's climate station, else a point inside the polygon. Computed once, and first
        on the GUI thread: pyproj transformers must not be created on Qt worker threads."""
        import shapely

        from app.datasets.projection import to_lonlat

        rows = []
        for code, prov in self.provinces.iterrows():
            capital = str(prov["capital"])
            if capital in self.stations.index:
                lon, lat = self.stations.at[capital, "lon"], self.stations.at[capital, "lat"]
            else:
                geom = self.boundaries.geometries[self.boundaries.position(int(code))]
                p = shapely.point_on_surface(geom)
                lon, lat = (float(v) for v in to_lonlat(p.x, p.y))
            rows.append((int(code), float(lon), float(lat)))
        return pd.DataFrame(rows, columns=["adcode", "lon", "lat"]).set_index("adcode")

    @cached_property
    def prefecture_points(self) -> pd.DataFrame:
        """Demand point per mainland prefecture (index adcode; lon, lat, province adcode,
        name_zh): a point inside its polygon. Like ``province_points``, computed on the GUI
        thread."""
        import shapely

        from app.datasets.projection import to_lonlat

        pref = self.prefectures
        rows = np.flatnonzero(np.isin(pref.parent_codes, self.provinces.index.to_numpy()))
        points = shapely.point_on_surface(pref.geometries[rows])
        lon, lat = to_lonlat(shapely.get_x(points), shapely.get_y(points))
        return pd.DataFrame(
            {
                "lon": lon,
                "lat": lat,
                "province": pref.parent_codes[rows].astype(int),
                "name_zh": [pref.names_zh[i] for i in rows],
            },
            index=pd.Index(pref.codes[rows].astype(int), name="adcode"),
        )

    @cached_property
    def hub_of_province(self) -> dict[int, str]:
        """adcode -> hub_id for the provinces that belong to a national hub."""
        hubs = self.provinces["hub_id"].dropna()
        return {int(k): str(v) for k, v in hubs.items() if str(v)}


def _stations(normals: pd.DataFrame, boundaries: BoundarySet) -> pd.DataFrame:
    """One row per station: position, elevation, annual mean temperature, province.

    Stations whose coordinates belong to a namesake elsewhere (``coord_doubtful``, see
    data/README.md) are left out: their climate would be drawn, and matched, in the wrong place.
    """
    normals = normals[~normals["coord_doubtful"].astype(bool)]
    first = normals.groupby("station", sort=False).first()
    stations = first[["lat", "lon", "elevation_m"]].copy()
    stations["tmean_annual_c"] = normals.groupby("station", sort=False)["tmean_c"].mean()
    stations["has_rh"] = normals.groupby("station", sort=False)["rh_pct"].count() == 12
    x, y = to_map(stations["lon"].to_numpy(), stations["lat"].to_numpy())
    stations["x"], stations["y"] = x, y
    rows = boundaries.locate(x, y)
    codes = np.where(rows >= 0, boundaries.codes[np.maximum(rows, 0)], -1)
    stations["province_adcode"] = codes
    return stations


def load_atlas() -> Atlas:
    """The built-in national dataset (offline; boundaries cached after the first run)."""
    return assemble_atlas(read_atlas_tables())


class AtlasTables(NamedTuple):
    """The atlas's tables as read from disk, before the stations are projected."""

    boundaries: BoundarySet
    normals: pd.DataFrame
    provinces: pd.DataFrame
    hubs: pd.DataFrame
    clusters: pd.DataFrame


def read_atlas_tables() -> AtlasTables:
    """The atlas's tables (pandas, no projection): safe on a worker thread, where pyproj must
    not run (see :mod:`app.datasets.projection`)."""
    return AtlasTables(
        boundaries=load_boundaries("province"),
        normals=reference.load_climate_normals(),
        provinces=tariffs.province_table(),
        hubs=reference.load_hubs().set_index("hub_id"),
        clusters=reference.load_clusters().set_index("cluster_id"),
    )


def assemble_atlas(tables: AtlasTables) -> Atlas:
    """The atlas from :func:`read_atlas_tables` (stations projected: on the GUI thread in the
    app)."""
    boundaries, normals, provinces = tables.boundaries, tables.normals, tables.provinces
    stations = _stations(normals, boundaries)
    by_province = stations[stations["province_adcode"] > 0].groupby("province_adcode")
    provinces["tmean_annual_c"] = by_province["tmean_annual_c"].mean()
    provinces["tmean_station_count"] = by_province.size().reindex(provinces.index).fillna(0)
    return Atlas(
        boundaries=boundaries,
        provinces=provinces,
        hubs=tables.hubs,
        clusters=tables.clusters,
        stations=stations,
        normals=normals,
    )
