"""A planner's [base] boundaries are checked as the map's own layers are (one check,
app.datasets.user_layers): a feature with no geometry, a point or a polygon of no area for a
province, coordinates outside China once in degrees (degrees labelled EPSG:3857) and an adcode
that is no whole number are refused in one sentence naming the file, the feature and the
value; before, they crashed (a null geometry) or put sites "at sea" without a word."""

from __future__ import annotations

import json

import pytest

from app.datasets.base_atlas import BaseDataError, atlas_for_base, read_boundaries

BEIJING = [[[115.5, 39.5], [117.5, 39.5], [117.5, 41.0], [115.5, 41.0], [115.5, 39.5]]]
TIANJIN = [[[116.8, 38.6], [118.0, 38.6], [118.0, 39.5], [116.8, 39.5], [116.8, 38.6]]]


def _geojson(tmp_path, features, crs="urn:ogc:def:crs:OGC:1.3:CRS84", name="own.geojson"):
    doc = {
        "type": "FeatureCollection",
        "crs": {"type": "name", "properties": {"name": crs}},
        "features": [
            {"type": "Feature", "properties": {"adcode": code, "name": str(code)}, "geometry": g}
            for code, g in features
        ],
    }
    path = tmp_path / name
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def _polygon(rings):
    return {"type": "Polygon", "coordinates": rings}


def _refusal(path) -> str:
    with pytest.raises(BaseDataError) as info:
        read_boundaries(path)
    return str(info.value)


def test_good_polygons_still_read(tmp_path):
    path = _geojson(tmp_path, [(110000, _polygon(BEIJING)), (120000, _polygon(TIANJIN))])
    bset = read_boundaries(path)
    assert bset.codes.tolist() == [110000, 120000] and len(bset.rings(0)) == 1


def test_a_null_geometry_is_named_not_a_crash(tmp_path):
    path = _geojson(tmp_path, [(110000, _polygon(BEIJING)), (120000, None)])
    assert _refusal(path) == (
        f"{path}: feature 2 has no geometry (null or empty); it must be a polygon"
    )
    with pytest.raises(BaseDataError, match=r"^base\.boundaries: .*feature 2 has no geometry"):
        atlas_for_base({"boundaries": str(path)})


def test_an_empty_polygon_is_named(tmp_path):
    path = _geojson(tmp_path, [(110000, _polygon([])), (120000, _polygon(TIANJIN))])
    assert _refusal(path).endswith(
        "feature 1 has no geometry (null or empty); it must be a polygon"
    )


def test_a_point_for_a_province_is_named(tmp_path):
    point = {"type": "Point", "coordinates": [116.4, 39.9]}
    path = _geojson(tmp_path, [(110000, point), (120000, _polygon(TIANJIN))])
    assert _refusal(path) == f"{path}: feature 1 is a Point, not a polygon"


def test_a_polygon_of_no_area_is_named(tmp_path):
    flat = [[[116.0, 40.0], [117.0, 40.0], [118.0, 40.0], [116.0, 40.0]]]
    path = _geojson(tmp_path, [(110000, _polygon(BEIJING)), (120000, _polygon(flat))])
    assert "feature 2 is a polygon with no area" in _refusal(path)


def test_a_bow_tie_has_an_area_and_is_still_read(tmp_path):
    bow = [[[115.0, 39.0], [117.0, 41.0], [117.0, 39.0], [115.0, 41.0], [115.0, 39.0]]]
    assert len(read_boundaries(_geojson(tmp_path, [(110000, _polygon(bow))]))) == 1


def test_degrees_labelled_as_web_mercator_metres_are_refused(tmp_path):
    path = _geojson(
        tmp_path,
        [(110000, _polygon(BEIJING)), (120000, _polygon(TIANJIN))],
        crs="urn:ogc:def:crs:EPSG::3857",
    )
    message = _refusal(path)
    assert message.startswith(f"{path}: coordinates (115.5, 38.6) to (118, 41) in EPSG:3857 lie")
    assert "outside China (70–140°E, 0–56°N)" in message


def test_metres_in_a_projected_crs_inside_china_still_read(tmp_path):
    # Beijing's square in Web Mercator metres, said so
    from pyproj import Transformer

    to_m = Transformer.from_crs("EPSG:4326", "EPSG:3857", always_xy=True)
    ring = [list(to_m.transform(x, y)) for x, y in BEIJING[0]]
    path = _geojson(tmp_path, [(110000, _polygon([ring]))], crs="urn:ogc:def:crs:EPSG::3857")
    assert read_boundaries(path).codes.tolist() == [110000]


@pytest.mark.parametrize(
    "code, problem",
    [
        (110000.7, "feature 1, column 'adcode': must be a whole number, got 110000.7"),
        ("Beijing", "feature 1, column 'adcode': not a number"),
    ],
)
def test_an_adcode_that_is_no_whole_number_is_refused(tmp_path, code, problem):
    path = _geojson(tmp_path, [(code, _polygon(BEIJING)), (120000, _polygon(TIANJIN))])
    assert _refusal(path) == f"{path}: {problem}"
