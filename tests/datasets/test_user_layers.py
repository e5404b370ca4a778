"""The planner's own layer files: formats, CRS, encodings, and clear errors."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely

from app.datasets.user_data import UserDataError
from app.datasets.user_layers import load_user_layer


def _squares(crs: str = "EPSG:4326") -> gpd.GeoDataFrame:
    frame = gpd.GeoDataFrame(
        {"名称": ["乌兰察布园区", "中卫园区"], "mw": [50, 30]},
        geometry=[shapely.box(113, 41, 113.5, 41.5), shapely.box(105, 37.3, 105.4, 37.6)],
        crs="EPSG:4326",
    )
    return frame.to_crs(crs)


def test_geojson_in_web_mercator_is_projected(tmp_path):
    path = tmp_path / "parks.geojson"
    _squares("EPSG:3857").to_file(path)
    layer = load_user_layer(path)
    assert layer.kind == "polygons" and len(layer.geometries) == 2
    assert "3857" in layer.source_crs
    assert list(layer.attributes["名称"]) == ["乌兰察布园区", "中卫园区"]
    # Albers metres: the first park lies north-east of the central meridian (105°E).
    assert shapely.centroid(layer.geometries[0]).x > 500_000


def test_gbk_shapefile_attributes_are_read(tmp_path):
    path = tmp_path / "parks.shp"
    _squares().to_file(path, encoding="gbk")
    (tmp_path / "parks.cpg").unlink(missing_ok=True)  # as many Chinese files come
    layer = load_user_layer(path)
    assert "乌兰察布园区" in list(layer.attributes["名称"])


def test_geopackage(tmp_path):
    path = tmp_path / "parks.gpkg"
    _squares().to_file(path, driver="GPKG")
    assert len(load_user_layer(path).geometries) == 2


def test_points_from_xlsx(tmp_path):
    import pandas as pd

    path = tmp_path / "sites.xlsx"
    pd.DataFrame({"name": ["A", "B"], "Longitude": [113.1, 121.1], "Latitude": [41, 31]}).to_excel(
        path, index=False
    )
    layer = load_user_layer(path)
    assert layer.kind == "points" and len(layer.geometries) == 2


@pytest.mark.parametrize(
    "name, content, expected",
    [
        ("broken.geojson", "{ not json", "broken.geojson"),
        ("empty.geojson", '{"type":"FeatureCollection","features":[]}', "no features"),
        ("nolonlat.csv", "name,value\nA,1\n", "missing columns"),
        ("badrow.csv", "name,lon,lat\nA,113,41\nB,east,31\n", "row 3"),
        ("empty.csv", "", "empty.csv"),
        ("notes.txt", "hello", "unsupported file type"),
    ],
)
def test_bad_files_name_file_and_problem(tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(UserDataError) as err:
        load_user_layer(path)
    assert expected in str(err.value)
    assert name in str(err.value)


def test_missing_crs_is_reported(tmp_path):
    path = tmp_path / "nocrs.shp"
    _squares().to_file(path)
    (tmp_path / "nocrs.prj").unlink()
    with pytest.raises(UserDataError, match="coordinate reference system"):
        load_user_layer(path)


def test_missing_file(tmp_path):
    with pytest.raises(UserDataError, match="not found"):
        load_user_layer(tmp_path / "nope.geojson")


# ---- hostile files (issue 11, issue 10 item 10) -------------------------------------------
def _feature(geometry: str) -> str:
    return '{"type":"Feature","properties":{"a":1},"geometry":' + geometry + "}"


def _collection(*geometries: str, crs: str = "") -> str:
    member = f'"crs":{{"type":"name","properties":{{"name":"{crs}"}}}},' if crs else ""
    return (
        '{"type":"FeatureCollection",'
        + member
        + '"features":['
        + ",".join(_feature(g) for g in geometries)
        + "]}"
    )


POINT = '{"type":"Point","coordinates":[113.1, 41.0]}'
SQUARE = '{"type":"Polygon","coordinates":[[[100,30],[101,30],[101,31],[100,30]]]}'


@pytest.mark.parametrize(
    "name, content, expected",
    [
        (
            "nan.geojson",
            _collection('{"type":"Point","coordinates":[NaN, 30]}'),
            "nan.geojson: a geometry has a coordinate that is not a number",
        ),
        (
            "ring.geojson",
            _collection('{"type":"Polygon","coordinates":[[[100,30],[101,30],[101,31]]]}'),
            "ring.geojson: a polygon's ring is not closed (its last point must repeat the first)",
        ),
        (
            "crs.geojson",
            _collection(POINT, crs="urn:ogc:def:crs:EPSG::999999"),
            "crs.geojson: unknown coordinate reference system 'urn:ogc:def:crs:EPSG::999999'",
        ),
        (
            "far.geojson",
            _collection('{"type":"Point","coordinates":[1000, 3000]}'),
            "far.geojson: coordinates (1000, 3000) to (1000, 3000) lie outside the area where "
            "EPSG:4326 is valid",
        ),
        ("fake.xlsx", "this is not a workbook", "fake.xlsx: not a readable Excel workbook (.xlsx)"),
        (
            "zip.xlsx",
            "PK\x03\x04 a zip header and nothing else",
            "zip.xlsx: not a readable Excel workbook (.xlsx)",
        ),
        (
            "abc.csv",
            "name,lon,lat\nA,113,41\nB,abc,40\n",
            "abc.csv: row 3: lon 'abc' and lat 40 are not degrees (longitude -180 to 180, "
            "latitude -90 to 90)",
        ),
        (
            "gap.csv",
            "name,lon,lat\nA,113,41\nB,,40\nC,500,40\n",
            "gap.csv: row 3: lon empty and lat 40 are not degrees (longitude -180 to 180, latitude "
            "-90 to 90) (and 1 more rows)",
        ),
    ],
)
def test_hostile_files_are_one_sentence(tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(UserDataError) as err:
        load_user_layer(path)
    assert str(err.value).startswith(expected)
    assert "np." not in str(err.value) and "Exception" not in str(err.value)


def test_projected_coordinates_outside_the_crs_area_are_refused(tmp_path):
    path = tmp_path / "mercator.geojson"
    gpd.GeoDataFrame({"a": [1]}, geometry=[shapely.Point(9e12, 9e12)], crs="EPSG:3857").to_file(
        path
    )
    with pytest.raises(UserDataError, match="outside the area where EPSG:3857 is valid"):
        load_user_layer(path)


def test_mixed_geometry_types_become_one_layer_per_type(tmp_path):
    from app.datasets.user_layers import load_user_layers

    path = tmp_path / "mixed.geojson"
    path.write_text(_collection(POINT, SQUARE, POINT))
    layers = load_user_layers(path)
    assert [(layer.name, layer.kind, len(layer.geometries)) for layer in layers] == [
        ("mixed (polygons)", "polygons", 1),
        ("mixed (points)", "points", 2),
    ]


def test_not_a_regular_file_and_size_caps(tmp_path, monkeypatch):
    import os

    from app.datasets import user_data, user_layers

    folder = tmp_path / "folder.geojson"
    folder.mkdir()
    with pytest.raises(UserDataError, match="is a folder, not a file"):
        load_user_layer(folder)
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.csv")
        with pytest.raises(UserDataError, match="not a regular file"):
            load_user_layer(tmp_path / "pipe.csv")  # refused without blocking
    big = tmp_path / "big.csv"
    big.write_text("name,lon,lat\n" + "A,113,41\n" * 30)
    monkeypatch.setattr(user_data, "MAX_FEATURES", 20)
    with pytest.raises(UserDataError, match="too many features \\(30; a layer may have up to 20"):
        load_user_layer(big)
    monkeypatch.setattr(user_layers, "MAX_LAYER_MB", 0.0001)
    with pytest.raises(UserDataError, match="is too big"):
        load_user_layer(big)


def test_an_unreadable_prj_is_refused(tmp_path):
    path = tmp_path / "garbage.shp"
    _squares().to_file(path)
    (tmp_path / "garbage.prj").write_text("GARBAGE NOT A CRS")
    with pytest.raises(UserDataError, match="no readable coordinate reference system"):
        load_user_layer(path)


# ---- QA6 D9: empty file, cells as typed, ragged rows, polygons with no area ---------------
@pytest.mark.parametrize(
    "name, content, expected",
    [
        ("empty.geojson", "", "empty.geojson: the file is empty"),
        ("blank.geojson", "  \n", "blank.geojson: the file is empty"),
        (
            "nan.csv",
            "name,lon,lat\na,nan,41\n",
            "nan.csv: row 2: lon nan and lat 41 are not degrees",
        ),
        (
            "ragged.csv",
            "name,lon,lat\na,113,41,extra,more\nb,114,40\n",
            "ragged.csv: row 2 has 5 fields, the header 3",
        ),
        (
            "ragged_later.csv",
            "name,lon,lat\na,113,41\n\nb,114,40,x\n",
            "ragged_later.csv: row 4 has 4 fields, the header 3",
        ),
        (
            "semicolons.csv",
            "name;lon;lat\na;113,5;41,2\n",
            "semicolons.csv: the columns are separated by ';', not commas",
        ),
        (
            "point_poly.geojson",
            _collection(
                SQUARE, '{"type":"Polygon","coordinates":[[[100,30],[100,30],[100,30],[100,30]]]}'
            ),
            "point_poly.geojson: feature 2 is a polygon with no area (its points are the same "
            "or on one line); fix or delete it",
        ),
        (
            "flat_poly.geojson",
            _collection('{"type":"Polygon","coordinates":[[[100,30],[101,30],[102,30],[100,30]]]}'),
            "flat_poly.geojson: feature 1 is a polygon with no area",
        ),
        (
            "dot_line.geojson",
            _collection('{"type":"LineString","coordinates":[[100,30],[100,30]]}'),
            "dot_line.geojson: feature 1 is a line with no length",
        ),
    ],
)
def test_messages_name_the_cell_row_or_feature_as_given(tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(UserDataError) as err:
        load_user_layer(path)
    assert str(err.value).startswith(expected)
    assert "GDAL" not in str(err.value) and "DRIVER" not in str(err.value)


def test_a_nan_cell_in_a_workbook_is_shown_as_typed(tmp_path):
    import pandas as pd

    path = tmp_path / "sites.xlsx"
    pd.DataFrame({"name": ["A"], "lon": ["nan"], "lat": [41]}).to_excel(path, index=False)
    with pytest.raises(UserDataError, match="row 2: lon nan and lat 41 are not degrees"):
        load_user_layer(path)


def test_a_csv_whose_short_rows_leave_cells_empty_still_loads(tmp_path):
    path = tmp_path / "short.csv"
    path.write_text("name,lon,lat,note\na,113,41\nb,114,40,x\n")
    layer = load_user_layer(path)
    assert layer.kind == "points" and len(layer.geometries) == 2
    assert list(layer.attributes["name"]) == ["a", "b"]
