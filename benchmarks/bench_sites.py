"""Issue 3 and 4 figures: one site's 8760-h evaluation, the all-stations PUE layer, and one
drag step as the mouse drives it (move -> card -> cold solve -> frame -> repaint).

Run: ``python benchmarks/bench_sites.py`` (medians; ``--drag``: the drag step alone).
"""

from __future__ import annotations

import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def site_evaluation(atlas) -> tuple[float, float]:
    """(ms) one new site's card through the production path (``evaluate.site_cards``: inputs,
    synthetic year, two PUE years, band, costs) with its energy cache cleared; and cached."""
    from app.domain.scenario import Scenario
    from app.domain.site import Site
    from app.engine.allocation import national_problem  # noqa: F401 - Scenario()'s defaults
    from app.engine.costs.site_evaluation import site_cards
    from app.engine.costs.site_figures import DEFAULT_CACHE

    site, a = Site("bench", "Ulanqab", 113.13, 41.03), Scenario().assumptions
    site_cards(atlas, [site], a)  # the band of this station/technology/utilisation, once

    def cold():
        DEFAULT_CACHE.clear()
        site_cards(atlas, [site], a)

    return _median_ms(cold, 21), _median_ms(lambda: site_cards(atlas, [site], a), 21)


def site_arithmetic(atlas) -> float:
    """(ms) same-run reference: the arithmetic a new site's card cannot avoid, bare - its
    station's synthetic year and the two PUE years of its energy split, no lookups, caches
    or bookkeeping."""
    from app.engine.climate.climate import synthesize_year
    from app.engine.climate.normals import normals_by_station
    from app.engine.pue.pue import evaluate_pue

    normals = normals_by_station(atlas.normals)["Ulanqab"]

    def run():
        year = synthesize_year(normals)
        evaluate_pue(year, "indirect_evaporative", 0.7, facility="large")
        evaluate_pue(year, "indirect_evaporative", 1.0, facility="large")

    return _median_ms(run, 21)


def station_layer(atlas) -> float:
    """(s) estimated PUE of one technology at every mapped station (cache cleared)."""
    from app.engine.costs import site_eval

    def run():
        site_eval._STATION_PUE_CACHE.clear()
        site_eval.station_pue(atlas, "indirect_evaporative")

    return _median_ms(run, 5) / 1000


def _drag_window(atlas):
    """The main window with one placed 500 MW site at Ulanqab, auto-solve on and idle."""
    from app.datasets.projection import to_map
    from app.ui.app import make_application
    from app.ui.main_window import MainWindow

    app = make_application()
    window = MainWindow(atlas)
    window.document.ask = lambda *args: "discard"  # no modal prompt on close
    window.show()
    x, y = to_map(113.13, 41.03)
    site = window.placement.place_at(float(x), float(y))
    window.placement.edit(site.id, {"capacity_mw": 500.0})
    _settle(app, window.allocation)
    return app, window, site


class _PaintCounter:
    """Counts the paint events a widget receives (the bench must time the repaint)."""

    def __init__(self, widget) -> None:
        from PySide6.QtCore import QEvent, QObject

        counter = self

        class Filter(QObject):
            def eventFilter(self, _obj, event) -> bool:  # noqa: N802 (Qt override)
                if event.type() == QEvent.Type.Paint:
                    counter.count += 1
                return False

        self.count = 0
        self._filter = Filter()
        widget.installEventFilter(self._filter)


def _settle(app, controller) -> None:
    """Run the event loop as the window does (the GUI paints while the worker solves) until
    the worker is idle and its result is shown; synchronised on events, never timed out."""
    from PySide6.QtCore import QEventLoop

    hold = getattr(controller, "paint_hold", None)  # the map's paint waits for the frame
    while controller.runner.busy or (hold is not None and hold.held):
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    app.processEvents()


def drag_update(atlas, steps: int = 40) -> dict[str, float]:
    """(ms, medians) one drag step of a placed 500 MW site as the mouse drives it (the map
    item's drag signal): move, card, solve on the worker, the frame shown, the map repainted,
    as wall time and as the GUI thread's CPU time; the release (full evaluation: references,
    moves, tables, policy); and the same run's references: a bare repaint of the map (wall and
    CPU), and raw HiGHS on the exported MPS of the step's LP."""
    from app.datasets.projection import to_map

    app, window, site = _drag_window(atlas)
    item, controller = window.sites_item, window.allocation
    paints = _PaintCounter(window.map.viewport())

    def step(i: int, finished: bool = False) -> None:
        px, py = to_map(113.13, 41.03 - 0.05 * i)
        item.sigSiteDragged.emit(site.id, float(px), float(py), finished)
        _settle(app, controller)  # the frame shown and the map painted (counted below)

    step(0)
    walls, cpus = [], []
    paints.count = 0
    for i in range(1, steps + 1):
        wall, cpu = time.perf_counter(), time.thread_time()  # this (the GUI) thread's CPU
        step(i)
        cpus.append(time.thread_time() - cpu)
        walls.append(time.perf_counter() - wall)
    assert paints.count >= steps, "a drag step that paints no map times no repaint"
    print(f"map paints per drag step: {paints.count / steps:.1f}")
    start = time.perf_counter()
    step(steps + 1, finished=True)
    release = (time.perf_counter() - start) * 1000

    bare_walls, bare_cpus = [], []
    for _ in range(steps):
        wall, cpu = time.perf_counter(), time.thread_time()
        window.map.viewport().update()
        app.processEvents()
        bare_cpus.append(time.thread_time() - cpu)
        bare_walls.append(time.perf_counter() - wall)
    from bench_allocation import time_raw_mps

    raw = time_raw_mps(controller.evaluation.result.problem, steps)
    window.close()
    app.processEvents()
    ms = lambda xs: statistics.median(xs) * 1000  # noqa: E731
    return {
        "wall": ms(walls),
        "cpu": ms(cpus),
        "release": release,
        "bare_wall": ms(bare_walls),
        "bare_cpu": ms(bare_cpus),
        "raw": raw,
    }


def print_drag(d: dict[str, float]) -> None:
    print(f"{'drag step (move+card+solve+frame+repaint), wall':52s} {d['wall']:8.2f}ms  <= 30 ms")
    print(f"{'  reference: raw HiGHS on the step LP (MPS)':52s} {d['raw']:8.2f}ms")
    print(f"{'  reference: bare repaint of the map, wall':52s} {d['bare_wall']:8.2f}ms")
    print(f"{'drag step, GUI-thread CPU':52s} {d['cpu']:8.2f}ms  <= 30 ms")
    print(f"{'  reference: bare repaint of the map, CPU':52s} {d['bare_cpu']:8.2f}ms")
    print(f"{'release (full evaluation, tables, moves, policy)':52s} {d['release']:8.2f}ms")


def main(argv: list[str]) -> None:
    from app.datasets.atlas import load_atlas

    atlas = load_atlas()
    if "--drag" in argv:  # the drag step alone
        print_drag(drag_update(atlas))
        return
    cold, warm = site_evaluation(atlas)
    bare_site = site_arithmetic(atlas)
    layer = station_layer(atlas)
    drag = drag_update(atlas)
    print(f"{'figure (median)':52s} {'value':>10s}  target")
    print(f"{'one new site, card through evaluate.site_cards':52s} {cold:8.2f}ms  <= 2 ms")
    print(f"{'  reference: synthetic year + 2 PUE years, bare':52s} {bare_site:8.2f}ms")
    print(f"{'one site, station year cached (re-evaluation)':52s} {warm:8.2f}ms")
    print(f"{'estimated-PUE layer, all stations, one technology':52s} {layer:9.2f}s  <= 1 s")
    print_drag(drag)


if __name__ == "__main__":
    main(sys.argv[1:])
