"""Issue 8 scale figures: a scenario with 2,000 placed sites opened, evaluated and solved,
beside the built-in baseline (no placed sites) measured in the same run.

* headless, in process: ``load_scenario`` + ``evaluate`` with every cache cleared;
* headless, a fresh process: ``python -m app solve FILE --json`` (imports and atlas included);
* in the window (offscreen): ``document.open(FILE)`` until the evaluation is shown.

Sites: seeded, near the built-in climate stations (about 300), the six cooling technologies,
5-50 MW each. Run: ``python benchmarks/bench_scale.py [N_SITES]`` (medians of 3).
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
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
RUNS = 3


def write_scenario(path: Path, n: int, atlas) -> Path:
    import numpy as np
    import tomli_w

    from app.engine.pue.pue import COOLING_TECHS

    rng = np.random.default_rng(8)
    st = atlas.stations[atlas.stations["province_adcode"] > 0]
    pick = rng.integers(0, len(st), n)
    sites = [
        {
            "id": f"s{k}",
            "name": f"Site {k}",
            "lon": round(float(st["lon"].iloc[j] + rng.normal(0, 0.05)), 4),
            "lat": round(float(st["lat"].iloc[j] + rng.normal(0, 0.05)), 4),
            "capacity_mw": float(rng.integers(5, 50)),
            "utilization": 0.7,
            "cooling": str(COOLING_TECHS[rng.integers(0, len(COOLING_TECHS))]),
        }
        for k, j in enumerate(pick)
    ]
    doc = {"format": "cpn-scenario", "version": 1, "metadata": {"name": f"{n} sites"}}
    if sites:
        doc["sites"] = sites
    path.write_text(tomli_w.dumps(doc), encoding="utf-8")
    return path


def clear_caches() -> None:
    from app.engine.costs import site_figures, site_inputs
    from app.engine.references import references

    references._BASELINES.clear()
    site_figures.DEFAULT_CACHE.clear()
    site_inputs._PROVINCE_CACHE.clear()
    site_inputs._WEATHER_FILES.clear()


def median_s(fn) -> float:
    times = []
    for _ in range(RUNS):
        clear_caches()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def headless(path: Path, atlas) -> float:
    from app.engine.evaluate import evaluate
    from app.io.scenario_file import load_scenario

    return median_s(lambda: evaluate(load_scenario(path), atlas=atlas))


def process(path: Path) -> float:
    def run():
        subprocess.run(
            [sys.executable, "-m", "app", "solve", str(path), "--json"],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )

    return median_s(run)


def window(paths: list[Path], atlas) -> list[float]:
    from PySide6.QtCore import QEventLoop, QTimer

    from app.ui.app import make_application
    from app.ui.main_window import MainWindow

    make_application()
    win = MainWindow(atlas)
    win.document.ask = lambda title, text, choices: (
        "discard" if "discard" in choices else choices[-1]
    )
    win.show()
    out = []
    for path in paths:

        def run(path=path):
            loop = QEventLoop()
            win.allocation.sigEvaluated.connect(loop.quit)
            win.allocation.sigFailed.connect(loop.quit)
            QTimer.singleShot(0, lambda: win.document.open(path))
            loop.exec()
            win.allocation.sigEvaluated.disconnect(loop.quit)
            win.allocation.sigFailed.disconnect(loop.quit)
            assert win.allocation.evaluation is not None
            assert len(win.allocation.evaluation.sites) == len(win.model.sites)

        out.append(median_s(run))
    win.allocation.runner.wait()
    win.close()
    return out


def main() -> None:
    from app.datasets.atlas import load_atlas

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    atlas = load_atlas()
    with tempfile.TemporaryDirectory() as tmp:
        base = write_scenario(Path(tmp) / "baseline.toml", 0, atlas)
        many = write_scenario(Path(tmp) / "many.toml", n, atlas)
        rows = [
            (
                "headless, in process (open + evaluate + solve)",
                headless(base, atlas),
                headless(many, atlas),
            ),
            ("headless, fresh process (cpn-planner solve --json)", process(base), process(many)),
        ]
        rows.append(
            ("window, offscreen (open until the evaluation is shown)", *window([base, many], atlas))
        )
    print(f"median of {RUNS} runs, caches cleared; baseline = no placed sites")
    print(f"{'':58s} {'baseline':>10s} {f'{n} sites':>11s} {'ratio':>6s}")
    for label, b, m in rows:
        print(f"{label:58s} {b:9.2f}s {m:10.2f}s {m / b:6.1f}")


if __name__ == "__main__":
    main()
