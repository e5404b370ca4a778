"""``cpn-planner render-map``: the map as a PNG without a window."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage

from app.__main__ import main


def test_render_map_writes_the_choropleth(tmp_path, capsys):
    out = tmp_path / "map.png"
    assert (
        main(["render-map", str(out), "--metric", "emission", "--width", "800", "--height", "600"])
        == 0
    )
    image = QImage(str(out))
    assert (image.width(), image.height()) == (800, 600)
    colours = {image.pixelColor(x, y).name() for x in range(0, 800, 8) for y in range(0, 600, 8)}
    # The greys ramp of the emission metric and the 'no data' grey for Tibet both appear.
    assert "#d9d9d9" in colours
    assert len(colours) > 8
    background = QColor("#f4f1ea").name()
    assert background in colours  # sea/outside China is background, not filled


def test_render_map_unknown_metric_fails_clearly(tmp_path, capsys):
    assert main(["render-map", str(tmp_path / "x.png"), "--metric", "rainfall"]) == 2
    err = capsys.readouterr().err
    assert "rainfall" in err and "price" in err
    assert not (tmp_path / "x.png").exists()
