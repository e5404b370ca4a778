"""User-file messages follow the language: Chinese with ``--lang zh`` / the Chinese UI, English
otherwise; file names and the planner's values stay as they are."""

from __future__ import annotations

import re

import pytest

from app.datasets.user_data import UserDataError
from app.datasets.user_layers import load_user_layers
from app.domain import text
from app.engine.climate.weather import read_hourly_csv

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def zh():
    text.set_language("zh")
    try:
        yield
    finally:
        text.set_language("en")


def _words(template: str) -> set[str]:
    """English words of a message template (placeholders and short tokens left out)."""
    bare = re.sub(r"\{[^}]*\}", " ", template)
    return {w.lower() for w in re.findall(r"[A-Za-z]{4,}", bare)}


def _bad_row_csv(tmp_path):
    path = tmp_path / "sites.csv"
    path.write_text("name,lon,lat\nA,116.4,39.9\nB,east,40\n", encoding="utf-8")
    return path


def _unknown_crs_geojson(tmp_path):
    path = tmp_path / "zones.geojson"
    path.write_text(
        '{"type": "FeatureCollection", "crs": {"type": "name", "properties": '
        '{"name": "EPSG:999999"}}, "features": [{"type": "Feature", "properties": {}, '
        '"geometry": {"type": "Point", "coordinates": [116.4, 39.9]}}]}',
        encoding="utf-8",
    )
    return path


def _short_weather_csv(tmp_path):
    path = tmp_path / "hourly.csv"
    path.write_text("tdb_c,rh_pct\n" + "20,50\n" * 100, encoding="utf-8")
    return path


def _message(load, path) -> str:
    with pytest.raises(ValueError) as caught:
        load(path)
    return str(caught.value)


CASES = [
    (
        _bad_row_csv,
        load_user_layers,
        "row {row}: {lon_col} {lon} and {lat_col} {lat} are not degrees "
        "(longitude -180 to 180, latitude -90 to 90){more}",
        ["sites.csv", "row 3", "'east'"],
        ["sites.csv", "第 3 行", "'east'", "lon", "lat"],
    ),
    (
        _unknown_crs_geojson,
        load_user_layers,
        "unknown coordinate reference system {crs}; save the file in a known one (e.g. EPSG:4326)",
        ["zones.geojson", "unknown coordinate reference system 'EPSG:999999'"],
        ["zones.geojson", "'EPSG:999999'", "EPSG:4326", "坐标参考系"],
    ),
    (
        _short_weather_csv,
        read_hourly_csv,
        "{path}: {n} data rows; an hourly year needs 8760",
        ["hourly.csv: 100 data rows; an hourly year needs 8760"],
        ["hourly.csv", "100", "8760"],
    ),
]


@pytest.mark.parametrize("make, load, template, _en, parts", CASES)
def test_messages_are_chinese_with_zh(tmp_path, zh, make, load, template, _en, parts):
    message = _message(load, make(tmp_path))
    assert CJK.search(message), message
    rest = message
    for part in parts:  # file paths, the planner's values and codes are never translated
        assert part in message, (part, message)
        rest = rest.replace(part, " ")
    rest = rest.replace(str(tmp_path), " ")
    leftover = _words(template) & {w.lower() for w in re.findall(r"[A-Za-z]+", rest)}
    assert not leftover, (leftover, message)


@pytest.mark.parametrize("make, load, template, en, _zh", CASES)
def test_messages_stay_english_with_en(tmp_path, make, load, template, en, _zh):
    text.set_language("en")
    message = _message(load, make(tmp_path))
    assert not CJK.search(message), message
    for part in en:
        assert part in message, (part, message)


def test_user_data_error_is_still_the_exception(tmp_path, zh):
    with pytest.raises(UserDataError) as caught:
        load_user_layers(_bad_row_csv(tmp_path))
    assert caught.value.path.name == "sites.csv"
