"""Retake the README's window screenshots (offscreen): the western-expansion example solved,
net import by province with its flows, at 1400x900 and 1024x700, in English and Chinese.

Run: ``QT_QPA_PLATFORM=offscreen python tools/screenshots.py`` (writes docs/allocation*.png).
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


def shoot(lang: str) -> None:
    from app.ui.app import make_application

    app = make_application()
    from app.datasets.atlas import load_atlas
    from app.paths import DATA_DIR
    from app.ui.i18n import install_language
    from app.ui.main_window import MainWindow

    install_language(lang)
    window = MainWindow(load_atlas())
    suffix_lang = "" if lang == "en" else "-zh"
    done: list[object] = []
    window.allocation.sigSolved.connect(done.append)
    window.show()
    window.document.open(DATA_DIR / "scenarios" / "western-expansion.toml")
    deadline = time.monotonic() + 180
    while not done and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    window.set_metric("net_import")
    window.select_province(110000)
    for suffix, (w, h) in SIZES.items():
        window.resize(w, h)
        for _ in range(40):
            app.processEvents()
            time.sleep(0.01)
        out = ROOT / "docs" / f"allocation{suffix_lang}{suffix}.png"
        window.grab().save(str(out))
        print(out)
    window.close()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        shoot(sys.argv[1])
    else:
        for language in ("en", "zh"):
            subprocess.run([sys.executable, __file__, language], check=True)
