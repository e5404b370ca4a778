"""The comparison's cost chart names every bar however narrow the dock (pyqtgraph drops a
label that would overlap its neighbour), and its legend stays clear of the bars."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QImage, QPainter

from app.io.scenario_file import load_scenario
from app.paths import DATA_DIR


@pytest.fixture(scope="module")
def metrics(atlas):
    from app.engine.evaluate import evaluate

    scenario = load_scenario(DATA_DIR / "scenarios" / "western-expansion.toml")
    sites = [e.metrics for e in evaluate(scenario, atlas=atlas).sites]
    names = ("Ulanqab north campus phase two", "Zhongwei desert campus phase one")
    more = [replace(m, name=f"{names[i % 2]} ({i})") for i, m in enumerate(sites * 3)]
    return more  # six bars with long names


def _labels_drawn(chart) -> list[str]:
    axis = chart.getAxis("bottom")
    image = QImage(10, 10, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        _axis_spec, _ticks, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [text for _rect, _flags, text in texts]


@pytest.mark.parametrize("width", [320, 900])
def test_every_bar_is_named_and_the_legend_clears_the_bars(qtbot, metrics, width):
    from app.ui.docks.comparison_charts import CostChart

    chart = CostChart()
    qtbot.addWidget(chart)
    chart.resize(width, 260)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_metrics(metrics)
    drawn = _labels_drawn(chart)
    assert len(drawn) == len(metrics)  # none dropped
    for text, m in zip(drawn, metrics, strict=True):
        assert text and (text == m.name or (text.endswith("…") and m.name.startswith(text[:-1])))
    if width == 320:
        assert any(t.endswith("…") for t in drawn)  # the narrow dock elides them
    box = chart.getViewBox()
    legend_bottom = box.mapSceneToView(chart.legend.sceneBoundingRect().bottomLeft()).y()
    assert legend_bottom > chart.top > 0  # the legend sits above the tallest bar


def test_without_sites_the_chart_is_empty(qtbot):
    from app.ui.docks.comparison_charts import CostChart

    chart = CostChart()
    qtbot.addWidget(chart)
    chart.set_metrics([])
    assert _labels_drawn(chart) == [] and chart.top == 0.0


def test_the_pue_legend_clears_the_curves(qtbot, metrics):
    from app.ui.docks.comparison_charts import PueChart

    chart = PueChart()
    qtbot.addWidget(chart)
    chart.resize(360, 260)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_metrics(metrics[:2])
    assert len(chart.listDataItems()) == 2
    highest = max(max(m.monthly_pue) for m in metrics[:2])
    box = chart.getViewBox()
    legend_bottom = box.mapSceneToView(chart.legend.sceneBoundingRect().bottomLeft()).y()
    assert legend_bottom > highest > box.viewRange()[1][0]
