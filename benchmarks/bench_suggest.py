"""Site suggestions: time to the first answer and to the proven optimum (or the gap at the
time limit) for 300 candidate locations with every cooling technology and facility class, K = 3
and K = 5 sites adding 600 MW to the built-in baseline.

Run: ``python benchmarks/bench_suggest.py [--runs N] [--time-limit S]``.

Printed beside a reference measured in the same run: the scenario's own allocation LP (the
evaluation's solve, no candidates), so the figures compare between machines. "prepare" prices
every candidate option (cold: the PUE years of ~300 stations x 6 technologies x 4 classes;
warm: from the energy cache, as a second suggestion in the same session). "first" is the
greedy + local-search answer, "optimum" HiGHS's branch and bound started from it.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from statistics import median
from time import perf_counter

from app.datasets.base_atlas import atlas_for_base
from app.engine.allocation.allocation import Solver
from app.engine.costs.site_figures import DEFAULT_CACHE
from app.engine.evaluate import build_problem, status_quo
from app.engine.suggest.suggest import SuggestRequest, suggest
from app.engine.suggest.suggest import prepare as prepare_model
from app.io.scenario_file import load_scenario
from app.paths import DATA_DIR


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--time-limit", type=float, default=60.0)
    args = ap.parse_args()
    scenario = load_scenario(DATA_DIR / "scenarios" / "baseline.toml")
    atlas = atlas_for_base(scenario.base)
    req = SuggestRequest(add_mw=600.0, time_limit_s=args.time_limit)

    t = perf_counter()
    prepared = prepare_model(atlas, scenario, req, lambda f: None, lambda: False)
    cold = perf_counter() - t
    warm = []
    for _ in range(args.runs):
        t = perf_counter()
        prepare_model(atlas, scenario, req, lambda f: None, lambda: False)
        warm.append(perf_counter() - t)
    _, options, model = prepared
    _, today = status_quo(atlas, scenario)
    lp = []
    for _ in range(max(args.runs, 5)):
        problem = build_problem(atlas, scenario, [], today)
        t = perf_counter()
        Solver().solve(problem)
        lp.append(perf_counter() - t)
    ref = median(lp)
    print(f"candidates: {req.max_locations} locations, {len(options)} options, "
          f"MIP {model.lp.num_col_:,} columns x {model.lp.num_row_:,} rows")  # fmt: skip
    print(f"reference: the scenario's allocation LP build+solve {ref * 1000:.0f} ms (median)")
    print(f"prepare: cold {cold:.1f} s, warm {median(warm):.2f} s (median of {args.runs})")
    for k in (3, 5):
        firsts, totals, last = [], [], None
        for _ in range(args.runs):
            last = suggest(scenario, replace(req, max_sites=k), atlas=atlas)
            firsts.append(last.seconds_to_first)
            totals.append(last.seconds_total)
        f, tt = median(firsts), median(totals)
        print(
            f"K={k}: first answer {f:.2f} s ({f / ref:.0f}x the LP), gap of the first "
            f"{last.first_gap:.3%}; {last.status} after {tt:.1f} s ({tt / ref:.0f}x the LP), "
            f"gap {last.gap:.3%}; saving {last.saving_cny / 1e9:+.3f} bn CNY/yr"
        )
    DEFAULT_CACHE.clear()


if __name__ == "__main__":
    main()
