"""Issue 3 and 4 figures: one site's 8760-h evaluation, the all-stations PUE layer, and one
drag update end to end (move -> site evaluation -> warm re-solve -> diff -> map redraw).

Run: ``python benchmarks/bench_sites.py`` (medians).
"""

from __future__ import annotations

import os
import statistics
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
    from app.engine.costs.site_figures import DEFAULT_CACHE
    from app.engine.evaluate import site_cards

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
    from app.engine.climate.weather import normals_by_station
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


def drag_update(atlas, steps: int = 40, moves: bool = True) -> float:
    """(ms) one drag step of a placed 500 MW site, everything the user waits for; ``moves``
    False leaves out the free-moving reference solve (a reference)."""
    from app.datasets.projection import to_map
    from app.ui.app import make_application
    from app.ui.main_window import MainWindow

    app = make_application()
    window = MainWindow(atlas)
    window.document.ask = lambda *args: "discard"  # no modal prompt on close
    window.show()
    window.allocation.auto_action.setChecked(False)
    x, y = to_map(113.13, 41.03)
    site = window.placement.place_at(float(x), float(y))
    window.placement.edit(site.id, {"capacity_mw": 500.0})
    controller = window.allocation
    from app.engine.allocation.allocation import Solver
    from app.engine.evaluate import evaluate
    from app.ui.allocation_controller import _with_moves

    solver, free = Solver(), Solver()  # warm, as the window's worker keeps them

    def step(i: int) -> None:
        px, py = to_map(113.13, 41.03 - 0.05 * i)
        window.placement.move(site.id, float(px), float(py))  # evaluates the site's card
        evaluation = evaluate(
            window.model.scenario, atlas=atlas, solver=solver, free_solver=free, free=moves
        )
        evaluation = _with_moves(evaluation) if moves else evaluation
        controller._on_done(evaluation)  # cards, results tables, flows, loads
        window.map.viewport().repaint()
        app.processEvents()  # queued updates and the repaint they ask for are timed too

    step(0)
    times = []
    for i in range(1, steps + 1):
        start = time.perf_counter()
        step(i)
        times.append(time.perf_counter() - start)
    window.close()
    app.processEvents()
    return statistics.median(times) * 1000


def main() -> None:
    from app.datasets.atlas import load_atlas

    atlas = load_atlas()
    cold, warm = site_evaluation(atlas)
    bare_site = site_arithmetic(atlas)
    layer = station_layer(atlas)
    drag = drag_update(atlas)
    bare = drag_update(atlas, moves=False)
    print(f"{'figure (median)':52s} {'value':>10s}  target")
    print(f"{'one new site, card through evaluate.site_cards':52s} {cold:8.2f}ms  <= 2 ms")
    print(f"{'  reference: synthetic year + 2 PUE years, bare':52s} {bare_site:8.2f}ms")
    print(f"{'one site, station year cached (re-evaluation)':52s} {warm:8.2f}ms")
    print(f"{'estimated-PUE layer, all stations, one technology':52s} {layer:9.2f}s  <= 1 s")
    print(f"{'drag update end to end (eval+solve+results+draw)':52s} {drag:8.2f}ms  <= 30 ms")
    print(f"{'  same, without the free-moving reference solve':52s} {bare:8.2f}ms")


if __name__ == "__main__":
    main()
