"""A city name in English, pinyin or Chinese -> the place it names and the built-in climate
station that stands in for it, with the distance between them.

Places: the built-in stations (pinyin or English names), every prefecture
(``data/place_names.csv``: Chinese, bare Chinese and pinyin name, a point for its seat), the
national clusters (``data/clusters.csv``: Zhongwei/中卫, Horinger/和林格尔, Gui'an/贵安,
Tianfu/天府, ...), provinces (their capital) and a few English exonyms (Hohhot, Urumqi,
Harbin, Kashgar...). Case, accents and tone marks, apostrophes, spaces and hyphens are ignored.
A name that fits places more than :data:`SAME_PLACE_KM` apart is ambiguous: the error lists
the candidates, and ``"Taizhou, Zhejiang"`` (or ``台州``) picks one. Beyond
:data:`STATION_WARN_KM` the station's climate may differ from the place's (elevation, coast,
basin): callers say so.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import numpy as np
import pandas as pd

from app.domain.text import tr
from app.paths import DATA_DIR

#: Beyond this distance (km) the nearest station's climate is flagged as a stand-in that may
#: differ: within ~50 km and similar elevation monthly normals differ by < ~1 degC in China's
#: plains; Zhongwei's nearest station (Baiyin) is ~100 km away over mountains.
STATION_WARN_KM = 50.0
#: Matches closer than this (km) are one place (a station, its prefecture and a cluster there).
SAME_PLACE_KM = 60.0
#: English exonyms -> the Chinese name they stand for.
ALIASES = {
    "hohhot": "呼和浩特",
    "urumqi": "乌鲁木齐",
    "harbin": "哈尔滨",
    "kashgar": "喀什",
    "ulanqab": "乌兰察布",
    "peking": "北京",
    "canton": "广州",
    "tibet": "西藏",
    "innermongolia": "内蒙古",
    "hulunbuir": "呼伦贝尔",
    "ordos": "鄂尔多斯",
    "xilingol": "锡林郭勒",
    "hotan": "和田",
    "aksu": "阿克苏",
    "ili": "伊犁",
    "bortala": "博尔塔拉",
    "bayingolin": "巴音郭楞",
    "kizilsu": "克孜勒苏",
    "karamay": "克拉玛依",
    "turpan": "吐鲁番",
    "kumul": "哈密",
    "altay": "阿勒泰",
    "shigatse": "日喀则",
    "nyingchi": "林芝",
    "lhoka": "山南",
    "nagqu": "那曲",
    "chamdo": "昌都",
    "ngari": "阿里",
    "golog": "果洛",
    "hinggan": "兴安",
    "alxa": "阿拉善",
    "xilinhot": "锡林郭勒",
}
#: Cluster names beyond those in clusters.csv (the YRD demonstration zone's three counties).
CLUSTER_EXTRA = {"yrd_demo": ("Qingpu", "青浦", "Wujiang", "吴江", "Jiashan", "嘉善")}
_SUFFIXES = (
    "特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "地区", "新区",
    "省", "市", "盟",
)  # fmt: skip
_CJK = re.compile(r"[\u4e00-\u9fff]")
#: Peoples named in the names of autonomous prefectures (stripped from the end of the name).
_PEOPLES = (
    "朝鲜族", "土家族", "布依族", "哈尼族", "景颇族", "傈僳族", "蒙古族", "苗族", "彝族", "藏族",
    "回族", "傣族", "白族", "羌族", "侗族", "壮族", "黎族", "哈萨克", "蒙古", "柯尔克孜",
)  # fmt: skip


class PlaceNotFound(ValueError):
    """The name fits no place, or several (the message lists them)."""


@dataclass(frozen=True)
class Place:
    """A named point: ``label`` as shown (``中卫 / Zhongwei (Ningxia)``), lon/lat degrees."""

    label: str
    lon: float
    lat: float
    province: str = ""
    name_zh: str = ""  # full Chinese name of a prefecture (中卫市)


@dataclass(frozen=True)
class Resolved:
    """The place a name found, its stand-in station and their distance (km)."""

    place: Place
    station: str
    station_distance_km: float

    @property
    def far(self) -> bool:
        return self.station_distance_km > STATION_WARN_KM


def fold(name: str) -> str:
    """Case, accents and tones, apostrophes, spaces and hyphens ignored: 'Ürümqi' == 'urumqi',
    "Xi'an" == 'xian', 'Lù ān' == 'luan'."""
    text = unicodedata.normalize("NFKD", name.strip().casefold())
    return "".join(c for c in text if not unicodedata.combining(c) and c not in "'’ -_.")


def bare_name(name: str) -> str:
    """'中卫市' -> '中卫', '伊犁哈萨克自治州' -> '伊犁', '海西蒙古族藏族自治州' -> '海西'."""
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            bare = name[: -len(suffix)]
            while suffix == "自治州":  # the peoples named before 自治州 are not the place name
                people = next((p for p in _PEOPLES if bare.endswith(p)), "")
                if not people or len(bare) - len(people) < 2:
                    break
                bare = bare[: -len(people)]
            return bare
    return name


def _km(lat1: float, lon1: float, lat2: np.ndarray, lon2: np.ndarray) -> np.ndarray:
    p1, p2 = np.radians(lat1), np.radians(lat2)
    a = (
        np.sin((p2 - p1) / 2) ** 2
        + np.cos(p1) * np.cos(p2) * np.sin(np.radians(lon2 - lon1) / 2) ** 2
    )
    return 6371.0 * 2.0 * np.arcsin(np.sqrt(np.minimum(a, 1.0)))


@cache
def _built_in_places() -> dict[str, list[Place]]:
    """Folded name -> places: prefectures, clusters and provinces (capital's point)."""
    index: dict[str, list[Place]] = {}

    def add(names: tuple[str, ...], place: Place) -> None:
        for n in {fold(x) for x in names if x}:
            index.setdefault(n, []).append(place)

    pref = pd.read_csv(DATA_DIR / "place_names.csv", keep_default_na=False)
    for r in pref.itertuples(index=False):
        add(
            (r.name_zh, r.bare_zh, r.pinyin),
            Place(f"{r.bare_zh} / {r.pinyin}", r.lon, r.lat, r.province, r.name_zh),
        )
    clusters = pd.read_csv(DATA_DIR / "clusters.csv", keep_default_na=False)
    for c in clusters.itertuples(index=False):
        en = c.name_en.removesuffix(" cluster")
        zh = c.name_zh.removesuffix("数据中心集群")
        names = (c.cluster_id, en, zh, *re.split(r"[()]", en), *CLUSTER_EXTRA.get(c.cluster_id, ()))
        add(names, Place(f"{zh} / {en}", float(c.lon), float(c.lat), "cluster"))
    return index


@cache
def _provinces() -> dict[str, tuple[str, str]]:
    """Folded province name (Chinese, bare Chinese, English) -> (English name, capital)."""
    p = pd.read_csv(DATA_DIR / "provinces.csv", usecols=["name_en", "name_zh", "capital"])
    out = {}
    for en, zh, capital in zip(p["name_en"], p["name_zh"], p["capital"], strict=True):
        for n in (zh, bare_name(zh), en, en.split(" (")[0]):
            out[fold(n)] = (en, str(capital))
    return out


def _column(normals: pd.DataFrame) -> str:
    return "station" if "station" in normals.columns else "city"


_STATION_CACHE: dict[int, tuple[pd.DataFrame, pd.DataFrame]] = {}


def _stations(normals: pd.DataFrame) -> pd.DataFrame:
    """lat, lon, ``doubtful`` (coordinates that are another city's), folded ``whole`` name,
    ``base`` and ``qualifier`` per station (cached per normals table)."""
    hit = _STATION_CACHE.get(id(normals))
    if hit is not None and hit[0] is normals:
        return hit[1]
    cols = ["lat", "lon"] + (["coord_doubtful"] if "coord_doubtful" in normals.columns else [])
    frame = normals.groupby(_column(normals), sort=False)[cols].first()
    frame["doubtful"] = frame.pop("coord_doubtful").astype(bool) if len(cols) > 2 else False
    names = [str(s) for s in frame.index]
    frame["whole"] = [fold(s.replace(",", "")) for s in names]
    frame["base"], frame["qualifier"] = zip(*(station_base(s) for s in names), strict=True)
    _STATION_CACHE.clear()  # one table at a time: the built-in or the user's --normals
    _STATION_CACHE[id(normals)] = (normals, frame)
    return frame


def _split_qualifier(name: str) -> tuple[str, str]:
    """'Taizhou, Zhejiang' / 'Taizhou (Zhejiang)' -> ('Taizhou', 'zhejiang')."""
    m = re.fullmatch(r"\s*(.+?)\s*(?:,\s*(.+?)|\((.+?)\))\s*", name)
    if not m:
        return name, ""
    return m.group(1), fold(m.group(2) or m.group(3) or "")


def station_base(station: str) -> tuple[str, str]:
    """A station's place name and province qualifier, folded: 'Suzhou, Anhui' -> ('suzhou',
    'anhui'), 'Hami City' -> ('hami', '')."""
    base, qualifier = _split_qualifier(station)
    return fold(base.removesuffix(" City")), qualifier


def _station_place(stations: pd.DataFrame, s: str) -> Place:
    _, qualifier = station_base(s)
    return Place(s, float(stations.at[s, "lon"]), float(stations.at[s, "lat"]), qualifier.title())


def _distinct(places: list[Place]) -> list[Place]:
    out: list[Place] = []
    for p in places:
        if all(_km(p.lat, p.lon, np.array(q.lat), np.array(q.lon)) > SAME_PLACE_KM for q in out):
            out.append(p)
    return out


def _candidates(name: str, stations: pd.DataFrame) -> list[Place]:
    whole = stations.index[stations["whole"].to_numpy() == fold(name.replace(",", ""))]
    if len(whole):  # a station by its full name
        return [_station_place(stations, whole[0])]
    key, qualifier = _split_qualifier(name)
    folded = fold(ALIASES.get(fold(key), key))
    places = _built_in_places()
    if _CJK.search(key) and folded not in places:
        folded = fold(bare_name(key))
    clusters = [p for p in places.get(folded, []) if p.province == "cluster"]
    if clusters:  # a cluster names one city
        return clusters[:1]
    hit = (stations["base"] == folded) & ~stations["doubtful"]
    if qualifier:
        hit &= stations["qualifier"] == qualifier
    found = [_station_place(stations, s) for s in stations.index[hit.to_numpy()]]
    found += [p for p in places.get(folded, []) if not qualifier or fold(p.province) == qualifier]
    province = _provinces().get(folded)
    # A province's name means the province (its capital), unless a prefecture was named in
    # full: '吉林' / 'Jilin' -> Changchun, '吉林市' -> Jilin city; '海南' -> Haikou.
    if province is not None and not any(p.name_zh == key.strip() for p in found):
        return _candidates(province[1], stations)
    return _distinct(found)


def resolve(name: str, normals: pd.DataFrame) -> Resolved:
    """The place ``name`` names and its nearest station in ``normals`` (long table with
    ``station``/``city``, ``lat``, ``lon``). :class:`PlaceNotFound` when nothing or several
    places fit (the message lists candidates)."""
    stations = _stations(normals)
    found = _candidates(name, stations)
    key = _split_qualifier(name)[0]
    if len(found) > 1:
        listed = "; ".join(f"{p.label} ({p.province})" if p.province else p.label for p in found)
        raise PlaceNotFound(
            tr(
                "{name} names several places: {places}. Add the province (e.g. {example}) "
                "or use the Chinese name."
            ).format(
                name=repr(name),
                places=listed,
                example=repr(f"{key}, {found[0].province or tr('Province')}"),
            )
        )
    if not found:
        known = [
            *stations.index.astype(str),
            *(p.label.split(" / ")[-1] for v in _built_in_places().values() for p in v),
        ]
        close = difflib.get_close_matches(key, sorted(set(known)), n=4, cutoff=0.6)
        hint = (
            tr("; did you mean {names}?").format(names=", ".join(repr(c) for c in close))
            if close
            else ""
        )
        raise PlaceNotFound(
            tr(
                "{name} not found (no station, prefecture, cluster or province of that name){hint}"
            ).format(name=repr(name), hint=hint)
        )
    place = found[0]
    if place.label in stations.index:  # the station itself
        return Resolved(place, place.label, 0.0)
    named = (fold(place.label.split(" / ")[-1]), fold(place.province))
    own = stations.index[
        ((stations["base"] == named[0]) & (stations["qualifier"] == named[1])).to_numpy()
    ]
    if len(own):  # the city's own station, whose listed coordinates are another city's
        return Resolved(place, own[0], 0.0)
    stations = stations[~stations["doubtful"].to_numpy()]
    km = _km(place.lat, place.lon, stations["lat"].to_numpy(), stations["lon"].to_numpy())
    i = int(np.argmin(km))
    return Resolved(place, str(stations.index[i]), float(km[i]))


def station_for(name: str, normals: pd.DataFrame) -> str:
    """Station name in ``normals`` for ``name``; the name itself when nothing fits (the caller
    reports unknown names)."""
    try:
        return resolve(name, normals).station
    except PlaceNotFound:
        return name.strip()
