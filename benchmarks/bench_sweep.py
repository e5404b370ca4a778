"""Sweep throughput: samples per second with 1 and 2 dask workers against a plain loop.

Run: ``python benchmarks/bench_sweep.py [--samples N] [--runs R]``.

Scenario: the shipped ``data/scenarios/western-expansion.toml`` (two 300 MW campuses) with a
Monte Carlo sweep of the carbon price (0-300 CNY/t), national demand and the stock PUE
(data/assumptions.csv ranges) and both campuses' PUE bands. Reference, in the same run: a
plain loop over the same samples in this process (one warm solver, the way one task runs its
chunk). Workers are processes (a ``LocalCluster``, one thread each) warmed up on the
scenario's own row before timing, so the figures compare steady throughput; cluster start-up
is printed separately. Medians of ``--runs`` runs. Goals (issue 24): 2 workers at least
0.8 x linear; 1 worker at most 1.2 x the plain loop's time.

Wall-clock rates depend on what else runs on the machine (the load average is printed); the
CPU seconds per sample (this process for the loop; every worker process, all threads, for
dask) measure the overhead of the machinery itself whatever the load.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path
from statistics import median
from time import perf_counter, process_time

from app.io.scenario_file import load_scenario, loads_scenario
from app.paths import DATA_DIR
from app.sweep.plan import plan
from app.sweep.run import close_client, open_client, run_sweep

SWEEP = """
[sweep]
sampling = "monte_carlo"
samples = {samples}
seed = 1
pue_bands = true
ranges = "defaults"
prefixes = ["demand.national_it_mw", "assumptions.stock_pue"]
[[sweep.parameters]]
key = "assumptions.carbon_price_cny_per_t"
low = 0.0
high = 300.0
"""


def _plan(samples: int):
    path = DATA_DIR / "scenarios" / "western-expansion.toml"
    load_scenario(path)  # the shipped file must load as is
    text = path.read_text(encoding="utf-8") + SWEEP.format(samples=samples)
    return plan(loads_scenario(text, path.parent))


def _warm(model) -> None:
    import numpy as np

    model.run_one(-1, np.full(len(model.params), np.nan))


def _cpu() -> float:
    import time

    return time.process_time()


def _workers_cpu(client) -> float:
    return sum(client.run(_cpu).values())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--samples", type=int, default=48)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    sweep = _plan(args.samples)
    values = sweep.design.values
    n = len(values)
    print(f"{n} samples of {len(sweep.model.params)} parameters, {os.cpu_count()} cores")
    loop, cpu = [], {}
    loop_cpu = []
    for _ in range(args.runs):
        t, c = perf_counter(), process_time()
        sweep.model.run_chunk(0, values)
        loop.append(perf_counter() - t)
        loop_cpu.append(process_time() - c)
    rates = {"loop": n / median(loop)}
    cpu["loop"] = median(loop_cpu) / n
    with tempfile.TemporaryDirectory() as tmp:
        for workers in (1, 2):
            t = perf_counter()
            client = open_client(workers)
            client.run(_warm, sweep.model)
            start = perf_counter() - t
            times, cpus = [], []
            for i in range(args.runs):
                before = _workers_cpu(client)
                out = run_sweep(client, sweep.model, values, Path(tmp) / f"{workers}-{i}.parquet")
                cpus.append(_workers_cpu(client) - before)
                assert out.rows == n and out.error is None, out
                times.append(out.seconds)
            close_client(client)
            rates[workers] = n / median(times)
            cpu[workers] = median(cpus) / n
            print(f"{workers} worker(s): cluster start + warm-up {start:.1f} s")
    print(f"load average during the run: {os.getloadavg()[0]:.1f}")
    for key, label in (
        ("loop", "plain loop (reference)"),
        (1, "dask, 1 worker"),
        (2, "dask, 2 workers"),
    ):
        print(f"{label:<24}{rates[key]:6.2f} samples/s  {1000 * cpu[key]:6.1f} ms CPU/sample")
    print(f"overhead of 1 worker vs the loop: {rates['loop'] / rates[1]:.2f}x time (goal <= 1.2)")
    print(f"2 workers vs linear: {rates[2] / (2 * rates[1]):.2f} (goal >= 0.8)")


if __name__ == "__main__":
    main()
