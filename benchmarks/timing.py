"""The one timer the benchmarks share: the median wall time of a few calls."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_s(fn: Callable[[], object], runs: int) -> float:
    """Median seconds of ``runs`` calls of ``fn`` (``time.perf_counter``)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
