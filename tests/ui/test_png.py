"""The fast PNG writer: the file Qt (and any PNG reader) reads back has the same pixels."""

from __future__ import annotations

import zlib

import numpy as np
from PySide6.QtGui import QColor, QImage, QPainter

from app.ui.png import deflate_parallel, write_png


def test_parallel_deflate_is_one_valid_zlib_stream():
    rng = np.random.default_rng(1)
    data = np.concatenate(
        [rng.integers(0, 255, 10_001, dtype=np.uint8), np.zeros(50_000, np.uint8)]
    )
    for parts in (1, 2, 3):
        assert zlib.decompress(deflate_parallel(data, 1, parts)) == data.tobytes()


def test_png_round_trip(tmp_path, qapp):
    image = QImage(301, 157, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4f1ea"))
    painter = QPainter(image)
    painter.fillRect(10, 10, 120, 60, QColor("#bd0026"))
    painter.drawText(150, 80, "乌兰察布 Ulanqab")
    painter.end()
    back = QImage(str(write_png(image, tmp_path / "x.png")))
    assert (back.width(), back.height()) == (301, 157)
    same = back.convertToFormat(QImage.Format.Format_RGB32)
    assert same == image.convertToFormat(QImage.Format.Format_RGB32)
