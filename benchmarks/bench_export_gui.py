"""Issue 8: exporting a report from the window keeps it responsive. For a scenario with N
placed sites (default 2,000; seeded as in ``bench_scale``) open in the window (offscreen),
an XLSX export is timed three ways, each with the longest pause of the GUI thread (the
largest gap between ticks of a 10 ms timer while the export runs):

* ``reuse``: the window's evaluation is current (the usual case): tables on the worker;
* ``evaluate``: no current evaluation: evaluation and tables on the worker;
* ``reference``: the previous synchronous path, ``app.io.exports.export_report`` on the GUI thread.

Run: ``python benchmarks/bench_export_gui.py [N_SITES]`` (medians of 3).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_scale import write_scenario  # noqa: E402

RUNS = 3


class Stalls:
    """The longest gap between ticks of a 10 ms GUI timer (the window's longest freeze)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.worst = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def __enter__(self):
        self.last = time.perf_counter()
        self.worst = 0.0
        self.timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self._tick()
        self.timer.stop()


def measure(fn) -> tuple[float, float]:
    """Median wall time and median longest GUI pause (s) of ``fn``."""
    walls, stalls = [], []
    for _ in range(RUNS):
        with Stalls() as s:
            start = time.perf_counter()
            fn()
            walls.append(time.perf_counter() - start)
        stalls.append(s.worst)
    return statistics.median(walls), statistics.median(stalls)


def main() -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    from app.datasets.atlas import load_atlas
    from app.io.exports import export_report
    from app.ui.app import make_application
    from app.ui.main_window import MainWindow
    from app.ui.report import write_pdf

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    make_application()
    atlas = load_atlas()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        path = write_scenario(tmp / f"sites-{n}.toml", n, atlas)
        win = MainWindow(atlas)
        win.show_error = lambda title, message: print("error:", message)
        win.document.ask = lambda title, text, choices: (
            "discard" if "discard" in choices else choices[-1]
        )
        win.show()
        loop = QEventLoop()
        win.allocation.sigEvaluated.connect(loop.quit)
        QTimer.singleShot(0, lambda: win.document.open(path))
        loop.exec()
        win.allocation.runner.wait()
        loop.processEvents()
        win.allocation.auto_action.setChecked(False)
        evaluation = win.allocation.evaluation

        def reuse():
            win.allocation.evaluation = evaluation
            assert win.export_report(tmp / "r.xlsx")

        def fresh():
            win.allocation.evaluation = None
            assert win.export_report(tmp / "e.xlsx")

        def reference():
            export_report(win.current_scenario(), atlas, tmp / "s.xlsx", write_pdf=write_pdf)

        rows = [
            ("reuse (worker)", *measure(reuse)),
            ("evaluate (worker)", *measure(fresh)),
            ("reference: synchronous export", *measure(reference)),
        ]
        win.close()
    print(f"XLSX export of {n} placed sites from the window, medians of {RUNS}:")
    for name, wall, stall in rows:
        print(f"  {name:32s} wall {wall:6.2f} s   longest GUI pause {stall:6.2f} s")


if __name__ == "__main__":
    main()
