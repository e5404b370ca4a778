"""Allocation build + solve times on synthetic but realistic instances.

Run: ``python benchmarks/bench_allocation.py [--full]`` (``--full`` also times a raw HiGHS solve of
the prefecture-scale MPS, which takes tens of seconds).

Instances: 31 province centres drawn in China's lon/lat box (lon 85-125 E, lat 22-45 N); regions
and sites scattered around them (one region per province at province scale); demand gamma
distributed summing to ~20 GW, split by the default class shares; site capacities sum to
1.1x demand; PUE 1.15-1.6; tariffs and grid factors per province. Figures are medians of >= 5
runs; "build" is the numpy build plus loading HiGHS, "solve" the HiGHS runs plus pricing.

Note on speed: HiGHS's simplex needs ~4 pivots per row on this transportation LP, and each
pivot prices every column, so the full LP at prefecture scale takes tens of seconds; the solver
therefore generates columns (see app/engine/allocation/allocation.py). "raw" is a fresh ``highspy.Highs``
reading the exported MPS of the full LP and running it with default options (read not timed).
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from statistics import median
from time import perf_counter

import highspy
import numpy as np

from app.engine.allocation.allocation import (
    DEFAULT_CLASSES,
    AllocationProblem,
    Regions,
    Sites,
    Solver,
    build,
    write_mps,
)
from app.engine.allocation.migration import Migration

RUNS = 5


def instance(n_regions: int, n_sites: int, seed: int = 0) -> AllocationProblem:
    """Synthetic instance (see module docstring)."""
    rng = np.random.default_rng(seed)
    c_lat, c_lon = rng.uniform(22, 45, 31), rng.uniform(85, 125, 31)
    hub = np.array([str(i % 8) if i < 20 else "" for i in range(31)])
    tariff, ef = rng.uniform(0.3, 0.8, 31), rng.uniform(0.1, 0.8, 31)
    if n_regions == 31:
        rp, lat, lon = np.arange(31), c_lat, c_lon
    else:
        rp = rng.integers(0, 31, n_regions)
        lat = c_lat[rp] + rng.normal(0, 1.0, n_regions)
        lon = c_lon[rp] + rng.normal(0, 1.2, n_regions)
    rid = [f"r{i}" for i in range(n_regions)]
    regions = Regions(rid, rid, lat, lon, rp.astype(str), hub[rp])
    total = rng.gamma(2.0, 20_250 / n_regions / 2, n_regions)
    demand = total[:, None] * np.array([c.share for c in DEFAULT_CLASSES])
    sp = rng.integers(0, 31, n_sites)
    cap = rng.gamma(2.0, 1.0, n_sites)
    sid = [f"s{i}" for i in range(n_sites)]
    sites = Sites(
        sid, sid, c_lat[sp] + rng.normal(0, 1.0, n_sites), c_lon[sp] + rng.normal(0, 1.2, n_sites),
        sp.astype(str), cap * 1.1 * demand.sum() / cap.sum(), rng.uniform(1.15, 1.6, n_sites),
        tariff[sp] * rng.uniform(0.95, 1.05, n_sites), ef[sp], hub_id=hub[sp],
    )  # fmt: skip
    return AllocationProblem(regions, sites, demand, carbon_price_cny_per_t=80.0)


def with_friction(pb: AllocationProblem, seed: int = 2) -> AllocationProblem:
    """``pb`` with a status quo (its optimum under other tariffs) and the default friction."""
    rng = np.random.default_rng(seed)
    s = pb.sites
    tariff = s.tariff_cny_per_kwh * rng.uniform(0.7, 1.3, len(s))
    f = Solver().solve(replace(pb, sites=replace(s, tariff_cny_per_kwh=tariff))).flows
    return replace(pb, migration=Migration(f["region"], f["class"], f["site"], f["mw"]))


def time_cold(pb: AllocationProblem) -> dict[str, float]:
    rows = []
    for _ in range(RUNS):
        t = perf_counter()
        res = Solver().solve(pb)
        rows.append((res.build_s, res.solve_s, perf_counter() - t, res.pivots, res.n_columns))
    b, s, w, p, n = (median(c) for c in zip(*rows, strict=True))
    return {"build": b * 1e3, "solve": s * 1e3, "total": w * 1e3, "pivots": p, "cols": n}


def time_warm_moves(pb: AllocationProblem, moves: int = 9) -> dict[str, float]:
    """Move one loaded site (a different one each time, ~2 degrees) and re-solve warm."""
    rng = np.random.default_rng(1)
    solver = Solver()
    res = solver.solve(pb)
    rows = []
    for _ in range(moves):
        i = int(rng.choice(np.nonzero(res.site_load_mw > 0)[0]))
        lat, lon = pb.sites.lat.copy(), pb.sites.lon.copy()
        lat[i] += rng.normal(0, 2.0)
        lon[i] += rng.normal(0, 2.0)
        pb = replace(pb, sites=replace(pb.sites, lat=lat, lon=lon))
        t = perf_counter()
        res = solver.solve(pb)
        rows.append((res.build_s, res.solve_s, perf_counter() - t, res.pivots, res.n_columns))
        assert res.warm_started and res.ok
    b, s, w, p, n = (median(c) for c in zip(*rows, strict=True))
    worst = max(r[2] for r in rows) * 1e3
    return {
        "build": b * 1e3,
        "solve": s * 1e3,
        "total": w * 1e3,
        "pivots": p,
        "cols": n,
        "max": worst,
    }


def time_raw_mps(pb: AllocationProblem, runs: int) -> float:
    """Median ms of a fresh highspy.Highs running the exported MPS (default options)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "allocation.mps")
        write_mps(pb, path)
        times = []
        for _ in range(runs):
            h = highspy.Highs()
            h.setOptionValue("output_flag", False)
            h.readModel(path)
            t = perf_counter()
            h.run()
            times.append(perf_counter() - t)
    return median(times) * 1e3


def main(argv: list[str]) -> None:
    full = "--full" in argv
    print(f"{'case':<38}{'build ms':>10}{'solve ms':>10}{'total ms':>10}{'pivots':>8}{'cols':>9}")
    cases = [("31 x 4 x 200", 31, 200, "<= 20 ms"), ("340 x 4 x 500", 340, 500, "<= 1 s")]
    for name, n_p, n_s, target in cases:
        pb = instance(n_p, n_s)
        pairs = build(pb).n_pairs
        r = plain = time_cold(pb)
        line = f"{r['build']:>10.1f}{r['solve']:>10.1f}{r['total']:>10.1f}{r['pivots']:>8.0f}"
        print(
            f"{'cold ' + name + f' ({pairs} pairs)':<38}{line}{r['cols']:>9.0f}   target {target}"
        )
        w = time_warm_moves(pb)
        line = f"{w['build']:>10.1f}{w['solve']:>10.1f}{w['total']:>10.1f}{w['pivots']:>8.0f}"
        print(
            f"{'warm, one site moved ' + name:<38}{line}{w['cols']:>9.0f}   target <= 30 ms"
            f" (worst of 9: {w['max']:.1f} ms)"
        )
        fr = with_friction(pb)
        r = time_cold(fr)
        line = f"{r['build']:>10.1f}{r['solve']:>10.1f}{r['total']:>10.1f}{r['pivots']:>8.0f}"
        print(f"{'cold, with migration friction':<38}{line}{r['cols']:>9.0f}")
        w = time_warm_moves(fr)
        line = f"{w['build']:>10.1f}{w['solve']:>10.1f}{w['total']:>10.1f}{w['pivots']:>8.0f}"
        print(
            f"{'warm, one site moved, friction':<38}{line}{w['cols']:>9.0f}"
            f"   (worst of 9: {w['max']:.1f} ms)"
        )
        if n_p == 31 or full:  # like for like: each LP against raw HiGHS on that same LP
            for label, ours, problem in (("", plain, pb), (", friction", r, fr)):
                raw = time_raw_mps(problem, RUNS if n_p == 31 else 1)
                print(
                    f"{'raw HiGHS on its MPS ' + name + label:<38}{'':>10}{raw:>10.1f}{'':>10}"
                    f"{'':>8}{'':>9}   ours/raw = {ours['total'] / raw:.2f} (target <= 1.5)"
                )


if __name__ == "__main__":
    main(sys.argv[1:])
