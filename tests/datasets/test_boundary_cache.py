"""The boundary cache heals: any damage means rebuild, an unusable folder means no cache (one
warning); the app and the CLI start either way."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from app.datasets import boundary_cache
from app.datasets.boundaries import _arrays, _cache_name, _from_arrays, load_boundaries
from app.paths import cache_dir

REPO = Path(__file__).resolve().parents[2]


def _damage(path: Path, how: str) -> None:
    data = path.read_bytes()
    if how == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif how == "empty":
        path.write_bytes(b"")
    elif how == "bit-flipped":  # one bit in the middle of the coordinates
        flipped = bytearray(data)
        flipped[len(data) // 2] ^= 0x10
        path.write_bytes(bytes(flipped))
    else:  # a folder where the file should be
        path.unlink()
        path.mkdir()


@pytest.mark.parametrize("how", ["truncated", "empty", "bit-flipped", "folder"])
def test_any_damage_reads_as_no_cache(tmp_path, how) -> None:
    good = load_boundaries("province")
    path = tmp_path / "cache.npz"
    boundary_cache.write_cache(path, _arrays(good))
    again = boundary_cache.read_cache(path, _from_arrays)
    assert again is not None and np.array_equal(again.coords, good.coords)
    _damage(path, how)
    assert boundary_cache.read_cache(path, _from_arrays) is None
    assert path.is_dir() if how == "folder" else not path.exists()  # removed, rebuilt later
    # nothing else left behind (the atomic write's temporary file is gone)
    assert [p.name for p in tmp_path.iterdir()] == (["cache.npz"] if how == "folder" else [])


def test_inconsistent_arrays_read_as_no_cache(tmp_path) -> None:
    arrays = _arrays(load_boundaries("province"))
    arrays["feat_off"] = arrays["feat_off"][:-1]  # CRC fine, content wrong
    path = tmp_path / "cache.npz"
    boundary_cache.write_cache(path, arrays)
    assert boundary_cache.read_cache(path, _from_arrays) is None


def test_unusable_cache_folder_means_no_cache_and_one_warning(tmp_path, monkeypatch, caplog):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("CPN_CACHE_DIR", str(blocker / "cache"))
    monkeypatch.setattr(boundary_cache, "_warned", set())
    with caplog.at_level(logging.WARNING, logger=boundary_cache.__name__):
        assert boundary_cache.cache_file("a.npz") is None
        assert boundary_cache.cache_file("b.npz") is None
        boundary_cache.write_cache(blocker / "c.npz", {"x": np.zeros(2)})  # parent is a file
    assert len(caplog.records) == 1 and "without a cache" in caplog.records[0].getMessage()


def test_the_no_cache_warning_is_in_words_and_translated(tmp_path, monkeypatch, caplog):
    from app.domain import text

    class Marked(dict):  # every message marked: it went through tr
        def get(self, key, default=None):
            return "译:" + key

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("CPN_CACHE_DIR", str(blocker / "cache"))
    monkeypatch.setattr(boundary_cache, "_warned", set())
    monkeypatch.setattr(text, "_catalogue", lambda lang: Marked())
    text.set_language("zh")
    try:
        with caplog.at_level(logging.WARNING, logger=boundary_cache.__name__):
            assert boundary_cache.cache_file("a.npz") is None
    finally:
        text.set_language("en")
    message = caplog.records[0].getMessage()
    assert message.startswith("译:boundary cache unusable (")
    assert "译:a part of the path is a file, not a folder" in message
    assert "Errno" not in message


def _damaged_cache_copy(tmp_path: Path) -> Path:
    """The session's caches copied, with a folder in place of the province cache (the first
    thing either start reads; rebuilt in a few seconds, then not writable: one warning)."""
    load_boundaries("province")
    folder = tmp_path / "cache"
    shutil.copytree(cache_dir(), folder)
    province = folder / _cache_name("province")
    province.unlink()
    province.mkdir()
    return folder


@pytest.mark.parametrize("argv", [["render-map", "map.png"], ["--startup-benchmark"]])
def test_cli_and_app_start_with_a_folder_in_the_caches_place(tmp_path, argv) -> None:
    env = {**os.environ, "CPN_CACHE_DIR": str(_damaged_cache_copy(tmp_path))}
    env["QT_QPA_PLATFORM"], env["PYTHONPATH"] = "offscreen", str(REPO)
    done = subprocess.run(
        [sys.executable, "-m", "app", *argv],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stderr.count("running without a cache") == 1
