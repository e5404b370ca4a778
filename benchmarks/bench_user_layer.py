"""Issue 19: a 100,000-polygon user layer. Reading time (on a worker in the window), and the
map's repaint time with the layer drawn the old way (one path per feature) and simplified and
merged (``drawn_paths``); reference in the same run: the repaint without the layer.

Run: ``python benchmarks/bench_user_layer.py [N]`` (medians of 5 repaints; default 100000).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))


def main(n: int) -> None:
    import geopandas as gpd
    import numpy as np
    import pyqtgraph as pg
    import shapely
    from PySide6.QtGui import QColor
    from timing import median_s

    from app.datasets.atlas import load_atlas
    from app.datasets.user_layers import load_user_layers
    from app.ui.app import make_application
    from app.ui.map.layers import PolygonLayer
    from app.ui.map.national import NationalLayers
    from app.ui.map.view import MapView
    from app.ui.user_layer_items import drawn_paths, geometry_path

    app = make_application()
    rng = np.random.default_rng(3)
    lon, lat = rng.uniform(100, 120, n), rng.uniform(25, 40, n)
    shapes = shapely.buffer(shapely.points(lon, lat), 0.02, quad_segs=4)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "many.gpkg")  # GeoJSON of this many is over the 50 MB cap
        gpd.GeoDataFrame({"i": np.arange(n)}, geometry=shapes, crs="EPSG:4326").to_file(path)
        start = time.perf_counter()
        [layer] = load_user_layers(path)
        read = time.perf_counter() - start
    view = MapView()
    view.resize(1400, 900)
    NationalLayers(view, load_atlas())
    view.show()
    view.zoom_to_china()
    app.processEvents()

    def repaint() -> None:
        view.viewport().repaint()

    reference = median_s(repaint, 5)
    rows = []
    for label, make in (
        ("one path per feature (before)", lambda: [geometry_path(g) for g in layer.geometries]),
        ("simplified, merged (now)", lambda: drawn_paths(layer.geometries)),
    ):
        start = time.perf_counter()
        paths = make()
        build = time.perf_counter() - start
        width = 1.0 if len(paths) < n else 1.5  # as user_layer_items draws it
        item = PolygonLayer(paths=paths, outline=pg.mkPen("#1f77b4", width=width))
        item.set_fills([QColor(31, 119, 180, 70)] * len(paths))
        view.view_box.addItem(item)
        rows.append((label, build, median_s(repaint, 5)))
        view.view_box.removeItem(item)
    print(f"{n:,} polygons: read and checked {read:.2f} s (on a worker in the window)")
    print(f"{'layer drawn':32s} {'paths built':>11s} {'repaint':>9s}")
    print(f"{'(no layer: reference)':32s} {'':>11s} {reference * 1000:7.0f}ms")
    for label, build, paint in rows:
        print(f"{label:32s} {build:10.2f}s {paint * 1000:7.0f}ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
