"""Start-up figures (issues 10 and 21), each beside its reference measured in the same run.

* ``cpn-planner --help`` (``python -m app --help``) and ``--version`` vs a bare
  ``python -c pass``;
* process start to the map's first paint (``python -m app --startup-benchmark``, the map base
  cache warm) vs process start to the first paint of a bare PySide6 + pyqtgraph window
  (QMainWindow + PlotWidget);
* process start to the complete window (docks, menus, allocation: built after the map's first
  paint), same runs as the painted map;
* opening western-expansion (its saved map metric is the stations' PUE) in the started app
  until its map metric is shown and its evaluation is done: the process's peak memory vs the
  bare window's, and the longest the GUI thread went without handling a 5 ms timer.

Run: ``python benchmarks/bench_startup.py [RUNS]`` (default 7; medians; offscreen). Runs are
interleaved so that load on the machine hits both sides alike.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# An installed app has its bytecode (pip compiles it); without it every run would compile each
# app module again (38 ms of --help's 50 ms). The warm-up runs write it, to a folder of its own
# (no __pycache__ written into the checkouts).
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
os.environ.setdefault("PYTHONPYCACHEPREFIX", os.path.join(tempfile.gettempdir(), "cpn-bench-pyc"))
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
import resource
print(f"peak-rss-kib {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)
"""

OPEN_EXAMPLE = """
import numpy  # before PySide6, as the app does
import resource, sys, time
from PySide6.QtCore import QCoreApplication, QTimer
from app.paths import DATA_DIR
from app.ui.app import make_application
from app.ui.main_window import MainWindow

app = make_application()
try:
    from app.datasets.map_base import load_map_base
    base, atlas = load_map_base()
    win = MainWindow(atlas if atlas is not None else base, paint_first=True)
except ImportError:  # a checkout from before the map base (for a before/after comparison)
    from app.datasets.atlas import load_atlas
    win = MainWindow(load_atlas(), paint_first=True)
win.resize(1400, 900)
state = {"metric": False, "evaluated": False, "last": 0.0, "gap": 0.0}  # metric: PUE shown

def tick():
    now = time.perf_counter()
    state["gap"] = max(state["gap"], now - state["last"])
    state["last"] = now
    state["metric"] = win.national.metric.key.startswith("pue:")
    if state["metric"] and state["evaluated"] and not win.allocation.runner.busy:
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"peak-rss-kib {rss}", flush=True)
        print(f"longest-stall-s {state['gap']:.4f}", flush=True)
        QCoreApplication.quit()

timer = QTimer()
timer.setInterval(5)
timer.timeout.connect(tick)

def open_example():
    win.allocation.sigEvaluated.connect(lambda _e: state.update(evaluated=True))
    state["last"] = time.perf_counter()
    timer.start()
    win.document.open(DATA_DIR / "scenarios" / "western-expansion.toml")

win.sigReady.connect(lambda: QTimer.singleShot(0, open_example))
win.show()
app.exec()
"""


def _lines(args: list[str], root: Path = ROOT) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(root)}
    out = subprocess.run(args, cwd=root, env=env, capture_output=True, text=True, check=True).stdout
    return dict(line.split(" ", 1) for line in out.splitlines() if " " in line)


def open_example(runs: int, roots: list[Path]) -> list[tuple[float, float]]:
    """Per checkout of ``roots`` then the bare window: medians of (peak MiB, longest GUI-thread
    stall in s) opening western-expansion, interleaved runs."""
    py = sys.executable
    mib: list[list[float]] = [[] for _ in range(len(roots) + 1)]
    stall: list[list[float]] = [[] for _ in range(len(roots) + 1)]
    for _ in range(runs):
        for i, root in enumerate(roots):
            opened = _lines([py, "-c", OPEN_EXAMPLE], root)
            mib[i].append(int(opened["peak-rss-kib"]) / 1024)
            stall[i].append(float(opened["longest-stall-s"]))
        mib[-1].append(int(_lines([py, "-c", BARE_WINDOW])["peak-rss-kib"]) / 1024)
        stall[-1].append(0.0)
    med = statistics.median
    return [(med(m), med(s)) for m, s in zip(mib, stall, strict=True)]


def _process_s(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, cwd=ROOT, capture_output=True, check=True)
    return time.perf_counter() - start


def _to_first_paint_s(args: list[str]) -> float:
    return _epochs_s(args)[0]


def _epochs_s(args: list[str], root: Path = ROOT) -> tuple[float, float | None]:
    """Seconds from process start to the first paint and (if printed) to the complete window,
    of the checkout at ``root``."""
    start = time.time()
    env = {**os.environ, "PYTHONPATH": str(root)}
    out = subprocess.run(args, cwd=root, env=env, capture_output=True, text=True, check=True).stdout
    ready = float(out.split("ready-epoch")[1].split()[0]) - start if "ready-epoch" in out else None
    return float(out.split("first-paint-epoch")[1].split()[0]) - start, ready


def main(runs: int = 7) -> None:
    """``BENCH_BEFORE=/other/checkout`` adds that checkout's painted map, interleaved (a
    before/after in the same run)."""
    py = sys.executable
    before = Path(os.environ["BENCH_BEFORE"]) if os.environ.get("BENCH_BEFORE") else None
    before_s: list[float] = []
    _to_first_paint_s([py, "-m", "app", "--startup-benchmark"])  # warm caches (atlas, disk)
    _process_s([py, "-m", "app", "--help"])  # and the bytecode of the modules --help imports
    if before is not None:
        _epochs_s([py, "-m", "app", "--startup-benchmark"], before)
    help_s, version_s, bare_s, map_s, window_s, ready_s = [], [], [], [], [], []
    for _ in range(runs):
        help_s.append(_process_s([py, "-m", "app", "--help"]))
        version_s.append(_process_s([py, "-m", "app", "--version"]))
        bare_s.append(_process_s([py, "-c", "pass"]))
        painted, ready = _epochs_s([py, "-m", "app", "--startup-benchmark"])
        map_s.append(painted)
        ready_s.append(ready if ready is not None else painted)
        window_s.append(_to_first_paint_s([py, "-c", BARE_WINDOW]))
        if before is not None:
            before_s.append(_epochs_s([py, "-m", "app", "--startup-benchmark"], before)[0])
    med = statistics.median
    rows = [
        ("cpn-planner --help (python -m app --help)", med(help_s)),
        ("cpn-planner --version", med(version_s)),
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
        f"  ratio --version / bare interpreter                   "
        f"{med(version_s) / med(bare_s):8.2f}x"
    )
    print(
        f"  ratio painted map / bare Qt window                   {med(map_s) / med(window_s):8.2f}x"
    )
    if before_s:
        print(f"  painted map of {before}: {med(before_s) * 1000:.0f} ms, ratio ", end="")
        print(f"{med(before_s) / med(window_s):.2f}x")
    roots = [ROOT] + ([before] if before is not None else [])
    *apps, (bare_mib, _) = open_example(max(3, runs // 2), roots)
    print(f"opening western-expansion (medians of {max(3, runs // 2)} runs, same run)")
    print(f"  peak memory, bare PySide6 + pyqtgraph window          {bare_mib:8.0f} MiB")
    for root, (mib, stall) in zip(roots, apps, strict=True):
        print(f"  {root}:")
        print(f"    peak memory with western-expansion open             {mib:8.0f} MiB")
        print(f"    ratio to the bare window                            {mib / bare_mib:8.2f}x")
        print(f"    longest GUI-thread stall while opening              {stall * 1000:8.0f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
