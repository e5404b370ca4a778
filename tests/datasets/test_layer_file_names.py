"""Layer files are read whatever their name: pyogrio reads a path as a URI, so a ";" (also in
"&amp;") cut the name short and a "!" split it as an archive, before GDAL saw it."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely

from app.datasets.user_data import UserDataError
from app.datasets.user_layers import load_user_layers

NAMES = [
    "semi;colon",
    "R&amp;D",
    "R&D plan",
    "hash#1",
    "why?",
    "bang!x",
    "乌兰察布 园区；二期",
]


def _squares() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        {"名称": ["乌兰察布园区", "中卫园区"]},
        geometry=[shapely.box(113, 41, 113.5, 41.5), shapely.box(105, 37.3, 105.4, 37.6)],
        crs="EPSG:4326",
    )


def _written(folder, stem: str, suffix: str, driver: str, **options):
    """The file written under a plain name, then renamed (with its sidecar files)."""
    plain = folder.parent / "plain"  # pyogrio writes through the same URI reading
    plain.mkdir()
    _squares().to_file(plain / f"plain{suffix}", driver=driver, **options)
    for part in list(plain.glob("plain.*")):
        part.rename(folder / f"{stem}{part.name[len('plain') :]}")
    return folder / f"{stem}{suffix}"


@pytest.mark.parametrize("stem", NAMES)
@pytest.mark.parametrize(
    "suffix, driver", [(".geojson", "GeoJSON"), (".gpkg", "GPKG"), (".shp", "ESRI Shapefile")]
)
def test_a_layer_file_is_read_whatever_its_name(tmp_path, stem, suffix, driver):
    folder = tmp_path / "R&D; 资料!"
    folder.mkdir()
    path = _written(folder, stem, suffix, driver)
    (layer,) = load_user_layers(str(path))
    assert layer.name == stem and layer.path == path
    assert list(layer.attributes["名称"]) == ["乌兰察布园区", "中卫园区"]


def test_a_gbk_shapefile_with_a_semicolon_keeps_its_sidecars(tmp_path):
    (tmp_path / "in").mkdir()
    path = _written(tmp_path / "in", "a;b", ".shp", "ESRI Shapefile", encoding="gbk")
    (tmp_path / "in" / "a;b.cpg").unlink(missing_ok=True)
    (layer,) = load_user_layers(path)
    assert "4326" in layer.source_crs  # the .prj was found
    assert list(layer.attributes["名称"]) == ["乌兰察布园区", "中卫园区"]  # the .dbf, as GBK


def test_an_unreadable_file_with_a_semicolon_is_named_as_it_is(tmp_path):
    path = tmp_path / "semi;colon.geojson"
    path.write_text("{ not json")
    with pytest.raises(UserDataError) as err:
        load_user_layers(path)
    message = str(err.value)
    assert "semi;colon.geojson" in message and "cpn-layer-" not in message
