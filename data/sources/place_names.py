"""Write data/place_names.csv: every prefecture of the boundary data with its pinyin name and a
point for its seat, so the PUE CLI and lookups find a city by Chinese or pinyin name.

Pinyin by the ``pypinyin`` package (build time only: ``pip install pypinyin``), tone marks
dropped, syllables joined, an apostrophe before a syllable starting with a, e or o (Xi'an,
Lu'an). The point: the built-in climate station of the same name when there is one (stations
stand at the seat city), else a point inside the prefecture's polygon. Run:
``python data/sources/place_names.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import shapely
from pypinyin import lazy_pinyin

from app.datasets.boundaries import load_boundaries
from app.datasets.projection import to_lonlat
from app.engine.climate.city_lookup import bare_name, fold, station_base

HERE = Path(__file__).resolve().parent
DATA = HERE.parent


#: Readings pypinyin gets wrong in place names (勒 le in 锡林郭勒/阿勒泰, 都 du in 昌都).
PLACE_READINGS = {"勒": "le", "都": "du"}


def pinyin(name_zh: str) -> str:
    """'六安' -> "Lu'an", '石家庄' -> 'Shijiazhuang', '昌都' -> 'Changdu'."""
    syllables = [
        PLACE_READINGS.get(c, s) for c, s in zip(name_zh, lazy_pinyin(name_zh), strict=True)
    ]
    text = syllables[0]
    for s in syllables[1:]:
        text += ("'" if s[:1] in "aeo" else "") + s
    return text[:1].upper() + text[1:]


def main() -> None:
    normals = pd.read_csv(DATA / "climate_normals.csv")
    normals = normals[~normals["coord_doubtful"].astype(bool)]  # coordinates of another city
    stations = normals.groupby("station", sort=False)[["lat", "lon"]].first()
    by_fold = {station_base(s): s for s in stations.index}
    provinces = {int(c): n for c, n in zip(*_province_names(), strict=True)}
    b = load_boundaries("prefecture")
    rows = []
    for i, name in enumerate(b.names_zh):
        bare = bare_name(name)
        py = pinyin(bare)
        province = provinces.get(int(b.parent_codes[i]), "")
        station = by_fold.get((fold(py), fold(province))) or by_fold.get((fold(py), ""))
        p = shapely.point_on_surface(b.geometries[i])
        lon, lat = to_lonlat(shapely.get_x(p), shapely.get_y(p))
        where = "inside polygon"
        # A station of the same name stands at the seat, unless it is another province's
        # city of that name (far from this prefecture).
        if (
            station is not None
            and abs(stations.at[station, "lat"] - lat) + abs(stations.at[station, "lon"] - lon)
            < 2.0
        ):
            lat, lon, where = stations.at[station, "lat"], stations.at[station, "lon"], "station"
        rows.append((int(b.codes[i]), name, bare, py, province, round(float(lon), 4),
                     round(float(lat), 4), where))  # fmt: skip
    with (DATA / "place_names.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(("adcode", "name_zh", "bare_zh", "pinyin", "province", "lon", "lat", "point"))
        w.writerows(sorted(rows))


def _province_names() -> tuple[list[int], list[str]]:
    p = pd.read_csv(DATA / "provinces.csv", usecols=["adcode", "name_en"])
    return p["adcode"].tolist(), p["name_en"].tolist()


if __name__ == "__main__":
    main()
