"""The window against hostile names, damaged state, conflicting writers and giant files: a
name is shown as text everywhere and opens no file; a damaged settings file or autosave
never stops the start; a file changed on disk is not overwritten unasked; Save As keeps the
typed name; a zip-bomb XLSX is refused while the window keeps running."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile

import pytest
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QToolTip

from app.datasets.projection import to_map


def _place(window, lon, lat, **changes):
    x, y = to_map(lon, lat)
    site = window.placement.place_at(float(x), float(y))
    if changes:
        window.placement.edit(site.id, changes)
    return window.model.site(site.id)


# ---- names are text --------------------------------------------------------------------------
@pytest.fixture
def probe(tmp_path):
    """An image file whose every read shows in its access time (set before its modification
    time, so even a relatime mount records the next read); ``read()`` tells."""
    path = tmp_path / "probe.png"
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    image.save(str(path))

    class Probe:
        hostile = f'<img src="file://{path}">Evil <b>name</b>'

        @staticmethod
        def reset() -> None:
            os.utime(path, (0, os.stat(path).st_mtime))

        @staticmethod
        def read() -> bool:
            return os.stat(path).st_atime > 0

    Probe.reset()
    return Probe


def _close_dialog_soon() -> None:
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().done(0))


def test_a_hostile_name_opens_no_file_anywhere(window, qtbot, probe, tmp_path):
    control = QLabel(probe.hostile)  # what Qt does with a name taken as rich text
    control.grab()
    if not probe.read():
        pytest.skip("this file system does not record reads (noatime)")
    probe.reset()

    site = _place(window, 113.13, 41.03)
    with qtbot.waitSignal(window.placement.sigMetrics, timeout=30_000):
        window.placement.edit(site.id, {"name": probe.hostile})
    window.model.scenario.name = probe.hostile
    window.comparison.grab()  # the PUE chart's legend names the site
    QToolTip.showText(QPoint(10, 10), window.tips.site(site.id), window.map)
    QToolTip.hideText()
    from app.io import recovery
    from app.ui.document import recovery_prompt

    info = recovery.RecoveryInfo(tmp_path / "x", tmp_path / probe.hostile, None, "", probe.hostile)
    _close_dialog_soon()
    window.document._ask("Restore?", recovery_prompt(info), ("restore", "discard"))
    from app.ui import plain

    _close_dialog_soon()
    plain.warn(window, "Cannot open scenario", f"{probe.hostile}.toml: not a scenario")
    from app.ui.report_jobs import export_report

    # a repeating timer runs only while the GUI thread runs its event loop: seeing the
    # printing job under way means the window was free while the PDF was laid out
    seen = set()
    timer = QTimer()
    timer.timeout.connect(
        lambda: seen.add(window.background.label) if window.background is not None else None
    )
    timer.start(0)
    [pdf] = export_report(window, tmp_path / "report.pdf")
    timer.stop()
    assert "Writing report.pdf…" in seen and pdf.stat().st_size > 10_000
    assert not probe.read(), "a name was rendered as rich text and Qt opened the file it named"


# ---- damaged state -----------------------------------------------------------------------------
TRUNCATED_SETTINGS = (
    "[window]\n"
    "geometry=@ByteArray(\\x1\\xd9\\xd0\\xcb\\0\\x3\\0\\0\n"
    "state=@ByteArray(\\0\\0\\0\\xff\\0\\0\\0\\x2\\xfd\n"
    "[files]\n"
    "recent=" + ", ".join(f"/p/{i}.toml" for i in range(20_000)) + "\n"
    "[paths]\n"
    "last_layer_dir=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\aQPointF"
)


def test_a_truncated_settings_file_lets_the_app_start(tmp_path):
    folder = tmp_path / "cpn-planner"
    folder.mkdir()
    (folder / "CPN Planner.conf").write_text(TRUNCATED_SETTINGS)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "app", "--startup-benchmark"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0 and "ready-epoch" in done.stdout, done.stderr[-2000:]


def test_settings_of_the_wrong_type_are_ignored_and_long_lists_cut(window):
    from PySide6.QtCore import QSettings

    from app.ui import settings, window_layout

    QSettings().setValue("files/recent", [f"/p/{i}.toml" for i in range(5_000)] + [3, None])
    QSettings().setValue(window_layout.GEOMETRY_KEY, "not bytes")
    QSettings().setValue("paths/last_layer_dir", 42)
    assert window.document.recent() == [f"/p/{i}.toml" for i in range(8)]
    assert len(QSettings().value("files/recent")) == 8  # cut in the file too
    assert settings.read_bytes(window_layout.GEOMETRY_KEY) is None
    assert settings.read_text("paths/last_layer_dir", "home") == "home"
    window_layout.restore(window)  # no TypeError


def test_an_autosave_that_cannot_be_restored_says_so_and_is_set_aside(window, _recovery_dir):
    broken = _recovery_dir / "plan-0123456789ab-999999999-1.autosave.toml"
    broken.write_text('format = "cpn-scenario"\nversion = 1\n[[sites]]\nid = "a"\nna')
    asked = []
    window.document.ask = lambda title, text, choices: asked.append(text) or choices[0]
    assert not window.document.offer_recovery()
    assert "cannot be restored" in asked[-1] and "moved to" in asked[-1]
    assert not broken.exists() and broken.with_name(broken.name + ".damaged").exists()
    from app.io import recovery

    assert recovery.find_recovery() == []  # never offered again


# ---- conflicts and Save As -----------------------------------------------------------------------
def test_a_file_changed_on_disk_is_not_overwritten_unasked(window, tmp_path):
    path = tmp_path / "plan.toml"
    window.document.ask_file = lambda mode: str(path)
    _place(window, 113.13, 41.03)
    assert window.document.save()
    other = path.read_text().replace("[[sites]]", "# another window's save\n[[sites]]", 1)
    path.write_text(other)  # another window saves the same file
    _place(window, 105.2, 37.5)
    asked = []
    window.document.ask = lambda title, text, choices: asked.append(title) or "cancel"
    assert not window.document.save()
    assert asked == ["File changed on disk"] and path.read_text() == other
    window.document.ask = lambda title, text, choices: "overwrite"
    assert window.document.save() and "another window" not in path.read_text()
    asked.clear()
    window.document.ask = lambda title, text, choices: asked.append(title) or "cancel"
    os.utime(path)  # touched, not changed: no question
    _place(window, 110.0, 35.0)
    assert window.document.save() and asked == []


def test_save_as_keeps_the_typed_name_and_confirms_the_file_it_writes(window, tmp_path):
    existing = tmp_path / "plan 2025 v1.2.toml"
    existing.write_text("keep me")
    (tmp_path / "plan 2025 v1.toml").write_text("and me")
    window.document.ask_file = lambda mode: str(tmp_path / "plan 2025 v1.2")
    asked = []
    window.document.ask = lambda title, text, choices: asked.append(text) or "cancel"
    _place(window, 113.13, 41.03)
    assert not window.document.save_as()
    assert asked == ["plan 2025 v1.2.toml already exists. Replace it?"]
    assert existing.read_text() == "keep me" and (tmp_path / "plan 2025 v1.toml").read_text()
    window.document.ask = lambda title, text, choices: "overwrite"
    assert window.document.save_as() and window.document.path == existing
    assert "keep me" not in existing.read_text()
    assert (tmp_path / "plan 2025 v1.toml").read_text() == "and me"


# ---- giants ------------------------------------------------------------------------------------
def test_a_zip_bomb_xlsx_is_refused_while_the_window_keeps_running(window, tmp_path):
    from app.datasets.user_tables import MAX_XLSX_UNPACKED

    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write(b"<worksheet><sheetData>")
            for _ in range(MAX_XLSX_UNPACKED // (1 << 20) + 10):
                f.write(b" " * (1 << 20))
    assert bomb.stat().st_size < 2_000_000
    during = []  # a timer set now fires only when the GUI thread runs its event loop
    QTimer.singleShot(0, lambda: during.append(window.background is not None))
    assert window.add_layer(bomb) is None
    assert during == [True]  # it ran while the file was being read: the window was free
    assert window.last_error.startswith("bomb.xlsx: unpacks to")
    assert window.background is None and not window.user_layers


def test_leftovers_beside_recent_files_are_cleaned_at_start(window, tmp_path):
    from PySide6.QtCore import QSettings

    QSettings().setValue("files/recent", [str(tmp_path / "plan.toml")])
    dead = tmp_path / ".report.pdf.999999999.x1.tmp"
    stage = tmp_path / ".cpn-export-999999999-x1"
    alive = tmp_path / f".report.pdf.{os.getpid()}.x1.tmp"
    for f in (dead, alive):
        f.write_text("half")
    stage.mkdir()
    window.document.offer_recovery()
    assert not dead.exists() and not stage.exists() and alive.exists()


def test_a_large_layer_is_drawn_simplified_and_merged():
    import numpy as np
    import shapely

    from app.ui.user_layer_items import MERGED_PATHS, drawn_paths

    rng = np.random.default_rng(1)
    centres = rng.uniform(-2e6, 2e6, (5_000, 2))
    # 5,000 circles of 65 vertices (325,000 in all), 10 km across
    circles = shapely.buffer(shapely.points(centres), 5_000.0, quad_segs=16)
    paths = drawn_paths(circles)
    assert len(paths) == MERGED_PATHS
    drawn = sum(p.elementCount() for p in paths)
    assert drawn < 0.5 * shapely.get_num_coordinates(circles).sum()  # simplified
    small = drawn_paths(circles[:10])
    assert len(small) == 10 and sum(p.elementCount() for p in small) == 650  # as they are


def test_every_layer_of_a_geopackage_reaches_the_map(window, tmp_path):
    import geopandas as gpd
    import shapely

    path = tmp_path / "three.gpkg"
    for i, name in enumerate(("parks", "campuses", "zones")):
        box = shapely.box(110 + i, 35, 110.5 + i, 35.5)
        gpd.GeoDataFrame({"n": [i]}, geometry=[box], crs="EPSG:4326").to_file(path, layer=name)
    assert window.add_layer(path) is not None
    for name in ("parks", "campuses", "zones"):
        assert window.map.has_layer(f"user:{path}#three: {name}")
    # the status line counts features and names the kind in words ("1 points" before)
    assert "(polygons: 1) from EPSG:4326" in window.statusBar().currentMessage()


def test_an_autosave_with_refused_values_restores_the_rest_and_says_which(window, _recovery_dir):
    """An autosave holding ``latency_limit_ms = nan`` (written before the window refused it)
    is not set aside whole: the rest of the unsaved work comes back, and the planner is told
    which values were left out (QA pass 2, D2)."""
    autosave = _recovery_dir / "plan-0123456789ab-999999999-1.autosave.toml"
    autosave.write_text(
        'format = "cpn-scenario"\nversion = 1\n[metadata]\nname = "unsaved"\n'
        '[[sites]]\nid = "a"\nname = "A"\nlon = 110.0\nlat = 35.0\ncapacity_mw = 321.0\n'
        '[[demand.classes]]\nid = "rt"\nlatency_limit_ms = nan\nshare = 1.0\n',
        encoding="utf-8",
    )
    asked = []
    window.document.ask = lambda title, text, choices: asked.append(text) or choices[0]
    assert window.document.offer_recovery()
    assert window.model.site("a").capacity_mw == 321.0
    assert window.model.scenario.assumptions.classes[0].latency_limit_ms is None
    assert "demand.classes[0].latency_limit_ms" in asked[-1]
    assert not autosave.with_name(autosave.name + ".damaged").exists()
    window.document.ask = lambda title, text, choices: "discard"  # the close: no save dialog
