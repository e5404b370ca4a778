"""The planner's own layer files: formats, CRS, encodings, and clear errors."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely

from app.datasets.user_layers import UserDataError, load_user_layer


def _squares(crs: str = "EPSG:4326") -> gpd.GeoDataFrame:
    frame = gpd.GeoDataFrame(
        {"名称": ["乌兰察布园区", "中卫园区"], "mw": [50, 30]},
        geometry=[shapely.box(113, 41, 113.5, 41.5), shapely.box(105, 37.3, 105.4, 37.6)],
        crs="EPSG:4326")
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
    pd.DataFrame({"name": ["A", "B"], "Longitude": [113.1, 121.1], "Latitude": [41, 31]}
                 ).to_excel(path, index=False)
    layer = load_user_layer(path)
    assert layer.kind == "points" and len(layer.geometries) == 2


@pytest.mark.parametrize("name, content, expected", [
    ("broken.geojson", "{ not json", "broken.geojson"),
    ("empty.geojson", '{"type":"FeatureCollection","features":[]}', "no features"),
    ("nolonlat.csv", "name,value\nA,1\n", "missing columns"),
    ("badrow.csv", "name,lon,lat\nA,113,41\nB,east,31\n", "row 3"),
    ("empty.csv", "", "empty.csv"),
    ("notes.txt", "hello", "unsupported file type"),
])
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
