"""The sweep's charts in the PDF report: tornado, Sobol bars and each site's probability of
use, drawn from the sweep's own figures, titled inside the image, after the sweep's table."""

from __future__ import annotations

import pandas as pd
import pytest

from app.io.report_data import collect
from app.io.scenario_file import load_scenario
from app.paths import DATA_DIR
from app.sweep.report_table import SweepReport

KEYS = ["assumptions.carbon_price_cny_per_t", "demand.national_it_mw"]


@pytest.fixture(scope="module")
def data(atlas):
    data = collect(load_scenario(DATA_DIR / "scenarios" / "baseline.toml"), atlas, lang="en")
    table = pd.DataFrame([("Samples solved", "general", 64.0)], columns=["title", "kind", "value"])
    tornado = pd.DataFrame({"low": [-1e9, 2e9], "high": [3e9, 2.5e9]}, index=KEYS)
    sobol = pd.DataFrame(
        {"S1": [0.6, 0.2], "ST": [0.7, 0.25], "S1_conf": [0.05, 0.02], "ST_conf": [0.05, 0.03]},
        index=KEYS,
    )
    data.sweep = table
    data.sweep_charts = SweepReport(table, tornado, sobol, {"Site A": 0.25, "Site B": 0.75}, 0.8)
    return data


def _columns_of(image, color) -> list[int]:
    """x of every pixel column that holds ``color`` (a bar of that colour spans them)."""
    from PySide6.QtGui import QColor

    want = QColor(color).rgb()
    return [
        x
        for x in range(image.width())
        if any(image.pixel(x, y) == want for y in range(0, image.height(), 3))
    ]


def test_each_chart_draws_the_sweeps_figures(data, atlas, qapp):
    from app.ui.map import colors
    from app.ui.report import report_images

    images = report_images(data, atlas)
    assert {"sweep_tornado.png", "sweep_sobol.png", "sweep_use.png"} <= set(images)
    tornado = images["sweep_tornado.png"]
    low, high = (
        _columns_of(tornado, colors.categorical(0)),
        _columns_of(tornado, colors.categorical(1)),
    )
    assert low and high
    assert min(low) < min(high)  # only the low end of the carbon price goes below zero
    # use: 25 % and 75 % of the samples, bars from 0 on a 0-100 % axis: lengths 1 : 3
    use = images["sweep_use.png"]
    from PySide6.QtGui import QColor

    green = QColor(colors.categorical(2)).rgb()
    lengths = []
    for y in range(use.height()):
        n = sum(1 for x in range(use.width()) if use.pixel(x, y) == green)
        if n and (not lengths or abs(n - lengths[-1]) > 5):
            lengths.append(n)
    assert len(lengths) == 2
    assert max(lengths) / min(lengths) == pytest.approx(3.0, rel=0.05)


def test_the_report_places_the_charts_after_the_sweep_table(data, qapp):
    from app.ui.report_html import report_html
    from app.ui.report_sweep import sweep_images

    text = report_html(data)
    table, names = text.index("Samples solved"), ("tornado", "sobol", "use")
    at = [text.index(f"<img src='sweep_{n}.png'") for n in names]
    assert table < at[0] < at[1] < at[2]
    assert set(sweep_images(data.sweep_charts, "en")) == {f"sweep_{n}.png" for n in names}
