"""Take the README screenshots: the main window at 1400x900 (and any size), English or Chinese.

    QT_QPA_PLATFORM=offscreen python docs/tools/screenshots.py --size 1400x900 --lang en \
        --out docs/main-window.png [--example western-expansion --solve --metric net_import]

Under Xvfb (``xvfb-run -s '-screen 0 1600x1000x24' python docs/tools/screenshots.py ...``) the
same script grabs a real X11 window.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1400x900")
    parser.add_argument("--lang", default="en", choices=("en", "zh"))
    parser.add_argument("--out", required=True)
    parser.add_argument("--example", help="open data/scenarios/<name>.toml first")
    parser.add_argument("--solve", action="store_true", help="solve before the grab")
    parser.add_argument("--metric", help="colour provinces by this metric key")
    parser.add_argument("--select", type=int, help="select this province (adcode)")
    parser.add_argument("--region", help="show this region in the results table")
    parser.add_argument("--site", help="select the placed site with this name")
    args = parser.parse_args(argv)

    from PySide6.QtCore import QEventLoop, QTimer

    from app.datasets.atlas import load_atlas
    from app.ui.app import make_application
    from app.ui.i18n import install_language
    from app.ui.main_window import MainWindow
    from app.ui.png import write_png

    app = make_application()
    import tempfile

    from PySide6.QtCore import QSettings

    # A fresh settings folder: the default layout, and the user's own settings untouched.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp(prefix="cpn-shots-")
    )
    install_language(args.lang)
    width, height = (int(v) for v in args.size.split("x"))
    window = MainWindow(load_atlas())
    window.resize(width, height)
    window.show()
    app.processEvents()

    def wait_for(signal, ms=30_000):
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    if args.example:
        from app.ui.document import DATA_DIR

        window.document.open(DATA_DIR / "scenarios" / f"{args.example}.toml")
        wait_for(window.document.sigLoaded)  # read on a worker
    if args.solve:
        window.allocation.request_solve()
        wait_for(window.allocation.sigSolved)
        window.results_dock.raise_()
    if args.metric:
        window.set_metric(args.metric)
    if args.select:
        window.select_province(args.select)
    if args.region and window.allocation.preview is not None:
        table = window.allocation.results.provinces
        for row in range(table.rowCount()):
            if table.item(row, 0).data(0x0100) == args.region:
                table.selectRow(row)
        if args.select:
            window.select_province(args.select)
    if args.site:
        site = next(s for s in window.model.sites if s.name == args.site)
        window.placement.select(site.id)
    for _ in range(5):
        app.processEvents()
    write_png(window.grab().toImage(), Path(args.out))
    print(f"wrote {args.out} ({width}x{height}, {args.lang})")
    window.document.closing = lambda: True
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
