"""Giant and awkward layer files: an XLSX refused by its unpacked size or row count before
any parser sees it, a GBK CSV with a byte-order mark, every layer of a GeoPackage, and a
polygon whose repair yields a GeometryCollection kept as a polygon."""

from __future__ import annotations

import zipfile

import geopandas as gpd
import pytest
import shapely

from app.datasets import user_tables
from app.datasets.user_data import UserDataError
from app.datasets.user_layers import load_user_layers

_TYPES = (
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"/>'
)


def xlsx_with_sheet(path, head: bytes, body_chunks=(), repeat: int = 0) -> None:
    """A zip with the parts an XLSX has; the sheet is ``head`` + ``body_chunks`` x ``repeat``."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _TYPES)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write(head)
            for _ in range(repeat):
                for chunk in body_chunks:
                    f.write(chunk)


def zip_bomb(path, unpacked_mb: int) -> None:
    """A small XLSX whose sheet inflates to ``unpacked_mb`` MB of blanks."""
    xlsx_with_sheet(path, b"<worksheet>", [b" " * (1 << 20)], unpacked_mb)


def test_a_zip_bomb_is_refused_by_its_unpacked_size(tmp_path, monkeypatch):
    monkeypatch.setattr(user_tables, "MAX_XLSX_UNPACKED", 8 * 1024 * 1024)
    path = tmp_path / "bomb.xlsx"
    zip_bomb(path, 9)
    assert path.stat().st_size < 100_000
    with pytest.raises(UserDataError, match=r"bomb.xlsx: unpacks to 9 MB; at most 8 MB is allowed"):
        load_user_layers(path)


def test_a_million_rows_are_refused_from_the_dimension(tmp_path):
    path = tmp_path / "rows.xlsx"
    xlsx_with_sheet(path, b'<worksheet><dimension ref="A1:C1000001"/>')
    with pytest.raises(UserDataError, match=r"too many rows \(1,000,000; a layer may have up"):
        load_user_layers(path)


def test_rows_are_counted_when_the_sheet_has_no_dimension(tmp_path):
    path = tmp_path / "rows.xlsx"
    xlsx_with_sheet(path, b"<worksheet><sheetData>", [b'<row r="1"><c/></row>'], 200_002)
    with pytest.raises(UserDataError, match=r"too many rows \(200,00\d"):
        load_user_layers(path)


def test_gbk_csv_with_a_byte_order_mark_is_read(tmp_path):
    path = tmp_path / "sites.csv"
    path.write_bytes(b"\xef\xbb\xbf" + "名称,lon,lat\n乌兰察布,113.1,41.0\n".encode("gbk"))
    [layer] = load_user_layers(path)
    assert list(layer.attributes["名称"]) == ["乌兰察布"]


def test_every_geopackage_layer_is_loaded(tmp_path):
    path = tmp_path / "three.gpkg"
    for i, name in enumerate(("parks", "lines", "campuses")):
        geometry = (
            [shapely.box(110 + i, 35, 110.5 + i, 35.5)]
            if name != "lines"
            else [shapely.LineString([(100, 30), (101, 31)])]
        )
        gpd.GeoDataFrame({"n": [i]}, geometry=geometry, crs="EPSG:4326").to_file(path, layer=name)
    layers = load_user_layers(path)
    assert sorted(layer.name for layer in layers) == [
        "three: campuses",
        "three: lines",
        "three: parks",
    ]
    assert {layer.kind for layer in layers} == {"polygons", "lines"}


def test_a_spike_repaired_into_a_collection_stays_a_polygon(tmp_path):
    spike = shapely.from_wkt(
        "POLYGON ((100 30, 101 30, 101 31, 100.5 31, 100.5 32, 100.5 31, 100 31, 100 30))"
    )
    assert shapely.make_valid(spike).geom_type == "GeometryCollection"  # what GEOS gives
    path = tmp_path / "spike.geojson"
    gpd.GeoDataFrame({"n": [1]}, geometry=[spike], crs="EPSG:4326").to_file(path)
    [layer] = load_user_layers(path)
    assert layer.kind == "polygons" and layer.geometries[0].geom_type == "Polygon"
    assert layer.geometries[0].area > 0
