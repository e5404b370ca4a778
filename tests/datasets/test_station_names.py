"""Chinese station names and the English names of prefectures (which name placed sites).

Stations whose reference coordinates lie in another place (``coord_doubtful``) are named
after the place they are named for, never after where their wrong coordinates fall: 'Baoshan,
Yunnan' once lay in Shanghai, so it was 上海市 and gave Shanghai its English name."""

from __future__ import annotations

import pandas as pd
import pytest

from app.datasets.reference import load_climate_normals, prefecture_names_en
from app.paths import DATA_DIR


@pytest.fixture(scope="module")
def names() -> pd.DataFrame:
    return pd.read_csv(DATA_DIR / "station_names_zh.csv").set_index("station")


def test_a_doubtful_station_has_the_name_of_its_own_place(names):
    normals = load_climate_normals()
    doubtful = set(normals.loc[normals["coord_doubtful"].astype(bool), "station"])
    assert len(doubtful) == 19
    assert names.loc[sorted(doubtful), "named_after"].str.startswith("doubtful").all()
    assert names.at["Baoshan, Yunnan", "name_zh"] == "保山市"
    assert names.at["Yulin, Shaanxi", "name_zh"] == "榆林市"  # not Guangxi's 玉林市
    assert names.at["Suzhou, Anhui", "name_zh"] == "宿州市"  # not Jiangsu's 苏州市
    usable = names.drop(sorted(doubtful))
    assert not usable["named_after"].str.startswith("doubtful").any()


@pytest.mark.parametrize(
    "prefecture, english",
    [
        ("上海市", "Shanghai"),
        ("重庆市", "Chongqing"),
        ("百色市", "Baise"),
        ("乌兰察布市", "Ulanqab"),
    ],
)
def test_a_prefecture_is_named_by_a_station_that_lies_in_it(prefecture, english):
    assert prefecture_names_en()[prefecture] == english


@pytest.mark.parametrize(
    "prefecture, code, english",
    [
        ("上海市", 310000, "Shanghai"),  # a municipality once read "Baoshan, Shanghai"
        ("重庆市", 500000, "Chongqing"),
        ("乌兰察布市", 150000, "Ulanqab, Inner Mongolia"),
    ],
)
def test_a_placed_site_is_named_after_its_place(atlas, prefecture, code, english):
    assert atlas.place_name(prefecture, code, "en") == english
    assert atlas.place_name(prefecture, code, "zh") == prefecture
