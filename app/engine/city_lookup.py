"""A city name in English, pinyin or Chinese -> the built-in climate station to use.

Station names are pinyin or English (``Guiyang``, ``Huhehaote``, ``Ulanqab``). Chinese names
name a province (its capital's station) or a prefecture (the station nearest to a point
inside it).
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np
import pandas as pd

#: English names whose station is spelt in pinyin.
ALIASES = {
    "hohhot": "Huhehaote",
    "wulumuqi": "Ürümqi",
    "wulanchabu": "Ulanqab",
    "peking": "Beijing",
    "canton": "Guangzhou",
}
_SUFFIXES = (
    "特别行政区",
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "自治区",
    "自治州",
    "地区",
    "省",
    "市",
    "盟",
)
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _fold(name: str) -> str:
    """Case, accents, apostrophes and spaces ignored: 'Ürümqi' == 'urumqi', "Xi'an" == 'xian'."""
    text = unicodedata.normalize("NFKD", name.strip().casefold())
    return "".join(c for c in text if not unicodedata.combining(c) and c not in "' -")


def _bare(name: str) -> str:
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


def station_for(name: str, normals: pd.DataFrame) -> str:
    """Station name in ``normals`` (long table, column ``station`` or ``city``) for ``name``;
    the name itself when nothing better is found (the caller reports unknown names)."""
    col = "station" if "station" in normals.columns else "city"
    stations = pd.unique(normals[col].astype(str))
    key = name.strip()
    folded = {_fold(s): s for s in stations}
    plain = _fold(key)
    if plain in folded:
        return folded[plain]
    if plain in ALIASES and ALIASES[plain] in stations:
        return ALIASES[plain]
    if _CJK.search(key):
        capital = _province_capital(key)
        if capital is not None and capital != key:
            return station_for(capital, normals)
        point = _chinese_place(key)
        if point is not None:
            first = normals.groupby(col, sort=False)[["lat", "lon"]].first()
            lon, lat = point
            d = (first["lat"] - lat) ** 2 + ((first["lon"] - lon) * np.cos(np.radians(lat))) ** 2
            return str(d.idxmin())
    return key


def _province_capital(name: str) -> str | None:
    """English capital of the province called ``name`` (data/provinces.csv), else None."""
    from app.paths import DATA_DIR

    provinces = pd.read_csv(DATA_DIR / "provinces.csv", usecols=["name_zh", "capital"])
    for zh, capital in zip(provinces["name_zh"], provinces["capital"], strict=True):
        if zh == name or _bare(str(zh)) == _bare(name):
            return str(capital)
    return None


def _chinese_place(name: str) -> tuple[float, float] | None:
    """(lon, lat) of a point inside the prefecture or province called ``name``."""
    import shapely

    from app.datasets.boundaries import load_boundaries
    from app.datasets.projection import to_lonlat

    bare = _bare(name)
    for level in ("prefecture", "province"):
        b = load_boundaries(level)
        for i, n in enumerate(b.names_zh):
            if n == name or _bare(n) == bare:
                p = shapely.point_on_surface(b.geometries[i])
                lon, lat = to_lonlat(shapely.get_x(p), shapely.get_y(p))
                return float(lon), float(lat)
    return None
