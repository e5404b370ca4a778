"""Issue 10 start-up figures, each beside its reference measured in the same run.

* ``cpn-planner --help`` (``python -m app --help``) vs a bare ``python -c pass``;
* process start to the map's first paint (``python -m app --startup-benchmark``) vs process
  start to the first paint of a bare PySide6 + pyqtgraph window (QMainWindow + PlotWidget);
* process start to the complete window (docks, menus, allocation: built after the map's first
  paint), same runs as the painted map.

Run: ``python benchmarks/bench_startup.py [RUNS]`` (default 7; medians; offscreen). Runs are
interleaved so that load on the machine hits both sides alike.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent

BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
import pyqtgraph as pg

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            print(f"first-paint-epoch {time.time():.6f}", flush=True)
            QTimer.singleShot(0, QCoreApplication.quit)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1400, 900)
plot = pg.PlotWidget()
plot.plot([0, 1, 2], [0, 1, 0])
window.setCentralWidget(plot)
probe = FirstPaint()
plot.viewport().installEventFilter(probe)
window.show()
app.exec()
"""


def _process_s(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, cwd=ROOT, capture_output=True, check=True)
    return time.perf_counter() - start


def _to_first_paint_s(args: list[str]) -> float:
    return _epochs_s(args)[0]


def _epochs_s(args: list[str]) -> tuple[float, float | None]:
    """Seconds from process start to the first paint and (if printed) to the complete window."""
    start = time.time()
    out = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=True).stdout
    ready = float(out.split("ready-epoch")[1].split()[0]) - start if "ready-epoch" in out else None
    return float(out.split("first-paint-epoch")[1].split()[0]) - start, ready


def main(runs: int = 7) -> None:
    py = sys.executable
    _to_first_paint_s([py, "-m", "app", "--startup-benchmark"])  # warm caches (atlas, disk)
    help_s, bare_s, map_s, window_s, ready_s = [], [], [], [], []
    for _ in range(runs):
        help_s.append(_process_s([py, "-m", "app", "--help"]))
        bare_s.append(_process_s([py, "-c", "pass"]))
        painted, ready = _epochs_s([py, "-m", "app", "--startup-benchmark"])
        map_s.append(painted)
        ready_s.append(ready if ready is not None else painted)
        window_s.append(_to_first_paint_s([py, "-c", BARE_WINDOW]))
    med = statistics.median
    rows = [
        ("cpn-planner --help (python -m app --help)", med(help_s)),
        ("bare python -c pass", med(bare_s)),
        ("start to the painted map (python -m app)", med(map_s)),
        ("start to a painted bare PySide6 + pyqtgraph window", med(window_s)),
        ("start to the complete window (docks, menus, engine)", med(ready_s)),
    ]
    print(f"medians of {runs} runs, same run, QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}")
    for label, seconds in rows:
        print(f"  {label:<52} {seconds * 1000:8.0f} ms")
    print(
        f"  ratio --help / bare interpreter                      {med(help_s) / med(bare_s):8.2f}x"
    )
    print(
        f"  ratio painted map / bare Qt window                   {med(map_s) / med(window_s):8.2f}x"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
