"""Issue 16 figures: what one evaluation costs now that it also solves *without the placed
sites* and every LP is solved cold (the same optimum and duals in the window and the CLI).

Same run, medians of 7 on the western-expansion example:

* a drag step: the same scenario with one campus moved a little, ``evaluate`` with today and
  *without the placed sites* cached (what the window re-runs while a site is dragged), beside
  the same step with warm HiGHS models for the scenario and the free reference (what the
  window did before; reference);
* a first evaluation of a new assumption set (today and *without the placed sites* solved),
  beside the built-in baseline's (no placed sites: no extra solve; reference).

Run: ``python benchmarks/bench_sites_effect.py``.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
RUNS = 7


def _median(fn) -> float:
    times = []
    for i in range(RUNS):
        start = time.perf_counter()
        fn(i)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    from app.engine.allocation.allocation import Solver
    from app.engine.evaluate import evaluate
    from app.engine.references import references
    from app.io.scenario_file import load_scenario
    from app.paths import DATA_DIR

    western = load_scenario(DATA_DIR / "scenarios" / "western-expansion.toml")
    baseline = load_scenario(DATA_DIR / "scenarios" / "baseline.toml")
    ev = evaluate(western)
    atlas = ev.atlas

    def moved(i: int):
        site = western.sites[0]
        return replace(western, sites=[replace(site, lon=site.lon + 0.01 * (i + 1)),
                                       *western.sites[1:]])  # fmt: skip

    drag = _median(lambda i: evaluate(moved(i), atlas=atlas))
    import app.engine.evaluate as evaluate_module

    warm = [Solver(), Solver()]  # the old path: one warm model for the scenario, one free
    calls = []

    def warm_solver():
        calls.append(1)
        return warm[(len(calls) - 1) % 2]

    evaluate_module.Solver = warm_solver
    try:
        evaluate(moved(0), atlas=atlas)
        warm_ms = _median(lambda i: evaluate(moved(i), atlas=atlas))
    finally:
        evaluate_module.Solver = Solver

    def first(sc, i: int) -> None:
        references._BASELINES.clear()
        a = replace(sc.assumptions, carbon_price_cny_per_t=float(i))
        evaluate(replace(sc, assumptions=a), atlas=atlas)

    first_western = _median(lambda i: first(western, i))
    first_baseline = _median(lambda i: first(baseline, i))
    print(f"drag step, evaluate (cold, references cached): {drag * 1e3:.1f} ms")
    print(f"  reference: the same step with warm HiGHS models (before): {warm_ms * 1e3:.1f} ms")
    print(f"first evaluation, western expansion: {first_western * 1e3:.1f} ms")
    print(
        f"  reference: first evaluation, baseline (no placed sites): {first_baseline * 1e3:.1f} ms"
    )


if __name__ == "__main__":
    main()
