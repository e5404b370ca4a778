"""``cpn-planner render-map``: the map as a PNG without a window."""

from __future__ import annotations

import os

import pytest
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


@pytest.mark.parametrize("size", [["--width", "-5"], ["--width", "0"], ["--height", "99999"]])
def test_out_of_range_sizes_are_refused_like_any_bad_argument(tmp_path, capsys, size):
    tmp_path = tmp_path / "out"  # the window's fixtures keep their folders in tmp_path
    tmp_path.mkdir()
    with pytest.raises(SystemExit) as stopped:
        main(["render-map", str(tmp_path / "m.png"), *size])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert f"error: argument {size[0]}: must be from 1 to 16384 pixels, not {size[1]}" in err
    assert "Traceback" not in err and os.listdir(tmp_path) == []


def test_a_name_that_is_not_png_is_refused_before_drawing(tmp_path, capsys):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    out = tmp_path / "map.txt"
    assert main(["render-map", str(out)]) == 2
    assert capsys.readouterr().err == f"render-map: {out}: the output must end in .png\n"
    assert os.listdir(tmp_path) == []


def test_a_target_that_cannot_be_written_is_one_sentence(tmp_path, capsys):
    ro = tmp_path / "ro.png"
    ro.write_bytes(b"old")
    ro.chmod(0o444)
    assert main(["render-map", str(ro)]) == 2
    assert main(["render-map", str(tmp_path / "no" / "m.png")]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "render-map: ro.png is read-only; choose another name",
        f"render-map: the folder {tmp_path / 'no'} does not exist; create it or choose another",
    ]
    assert ro.read_bytes() == b"old"
