"""Retake the README's window screenshots (offscreen): the western-expansion example solved,
net import by province with its flows, at 1400x900 and 1024x700, in English and Chinese; the
window as it opens (electricity price, Ningxia selected; in Chinese, estimated PUE for
indirect evaporative cooling with Guiyang's station); and the sweep dialog on the example.

Run: ``QT_QPA_PLATFORM=offscreen python tools/screenshots.py`` (writes docs/allocation*.png,
docs/main-window*.png and docs/sweep.png).
Each language runs in its own process: the interface language is chosen before the window
exists.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = {"": (1400, 900), "-1024": (1024, 700)}


def _settle(app, until=lambda: True, seconds: float = 180.0) -> None:
    """Run the event loop until ``until()`` (at most ``seconds``), then a little more for the
    repaints it queued."""
    deadline = time.monotonic() + seconds
    while not until() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    for _ in range(40):
        app.processEvents()
        time.sleep(0.01)


def shoot_opening(app, window, lang: str) -> None:
    """The window as it opens: price by province with Ningxia (English), or estimated PUE
    for indirect evaporative cooling with Guiyang's station (Chinese)."""
    window.resize(*SIZES[""])
    if lang == "en":
        window.set_metric("price")
        window.select_province(640000)
        _settle(app)
    else:
        shown: list[str] = []
        window.sigMetricShown.connect(shown.append)
        window.set_metric("pue:indirect_evaporative")
        _settle(app, lambda: bool(shown))
        window.show_station("Guiyang")
        _settle(app)
    out = ROOT / "docs" / ("main-window.png" if lang == "en" else "main-window-zh.png")
    window.grab().save(str(out))
    print(out)


def shoot_sweep(app, window) -> None:
    """The sweep dialog on the open example: Sobol' over the carbon price and both campuses'
    PUE bands, 16 base samples, with the tornado."""
    dialog = window.sweep_dialog()
    dialog.sampling.setCurrentText("sobol")
    dialog.samples.setValue(16)
    dialog.workers.setValue(2)
    dialog.tornado.setChecked(True)
    finished: list[object] = []
    dialog.sigFinished.connect(finished.append)
    dialog.resize(1300, 800)
    dialog.run()
    _settle(app, lambda: bool(finished), seconds=600)
    out = ROOT / "docs" / "sweep.png"
    dialog.grab().save(str(out))
    print(out)
    dialog.close()


def shoot(lang: str) -> None:
    from app.ui.app import make_application

    app = make_application()
    from app.datasets.atlas import load_atlas
    from app.paths import DATA_DIR
    from app.ui.i18n import install_language
    from app.ui.main_window import MainWindow

    install_language(lang)
    window = MainWindow(load_atlas())
    window.show()
    shoot_opening(app, window, lang)
    suffix_lang = "" if lang == "en" else "-zh"
    done: list[object] = []
    window.allocation.sigSolved.connect(done.append)
    window.document.open(DATA_DIR / "scenarios" / "western-expansion.toml")
    _settle(app, lambda: bool(done))
    window.set_metric("net_import")
    window.select_province(110000)
    for suffix, (w, h) in SIZES.items():
        window.resize(w, h)
        _settle(app)
        out = ROOT / "docs" / f"allocation{suffix_lang}{suffix}.png"
        window.grab().save(str(out))
        print(out)
    if lang == "en":
        shoot_sweep(app, window)
    window.close()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        shoot(sys.argv[1])
    else:
        for language in ("en", "zh"):
            subprocess.run([sys.executable, __file__, language], check=True)
