"""A fast PNG writer for rendered maps.

Qt's PNG encoder takes ~29 ms for a 1600x1200 map here. The same pixels as 8-bit RGB, deflated
at level 1 in two halves on two threads (zlib releases the GIL; the halves are joined
into one valid stream the way pigz does) take ~5 ms; the file is about the size of Qt's at its quality 80.
"""

from __future__ import annotations

import struct
import zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
from PySide6.QtGui import QImage


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


_POOL = ThreadPoolExecutor(max_workers=2, thread_name_prefix="png")


def _deflate_part(data: memoryview, level: int, last: bool) -> bytes:
    raw = zlib.compressobj(level, zlib.DEFLATED, -15)  # raw deflate, no header
    return raw.compress(data) + raw.flush(zlib.Z_FINISH if last else zlib.Z_SYNC_FLUSH)


def deflate_parallel(data: bytes | memoryview, level: int = 1, parts: int = 2) -> bytes:
    """A zlib stream of ``data`` compressed in ``parts`` pieces concurrently."""
    data = memoryview(data).cast("B")  # slices below are views, not copies
    step = -(-len(data) // parts)
    pieces = [data[i : i + step] for i in range(0, len(data), step)]
    bodies = _POOL.map(
        _deflate_part,
        pieces,
        [level] * len(pieces),
        [i == len(pieces) - 1 for i in range(len(pieces))],
    )
    return b"\x78\x01" + b"".join(bodies) + struct.pack(">I", zlib.adler32(data))


def write_png(image: QImage, path: str | Path, level: int = 1) -> Path:
    """Write ``image`` as an opaque 8-bit RGB PNG (atomically: own temp file, fsync, rename)."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    w, h = rgb.width(), rgb.height()
    pixels = np.frombuffer(rgb.constBits(), np.uint8).reshape(h, rgb.bytesPerLine())[:, : w * 3]
    rows = np.zeros((h, w * 3 + 1), np.uint8)  # each row starts with filter type 0 (none)
    rows[:, 1:] = pixels
    header = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    data = (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", deflate_parallel(rows, level))
        + _chunk(b"IEND", b"")
    )
    from app.io.atomic import atomic_write_bytes  # own temp name, fsync, checked, rename

    return atomic_write_bytes(Path(path), data)
