"""Run a sweep on dask.distributed and stream its rows into a Parquet file.

Samples are cut into chunks whose size depends only on the number of samples (never on the
workers), each chunk one task evaluated with one warm solver, so the same seed gives the same
rows on one worker, two or a cluster. Rows are written as chunks arrive, one row group each,
into a temporary file beside the output that is renamed over it at the end - also when the
sweep is cancelled or a task fails: what finished is kept. Cancelling sets a distributed
``Event`` that every task checks between samples, then waits for the tasks to return, so no
task is left running.
"""

from __future__ import annotations

import math
import os
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

_TYPES = {"int": pa.int64(), "float": pa.float64(), "str": pa.string()}
MAX_CHUNK = 32
"""Most samples per task (a task of 32 samples takes a few seconds)."""


@dataclass(frozen=True)
class SweepOutcome:
    """``rows`` written of ``total`` to ``path``; ``cancelled`` or ``error`` (one sentence)
    when the sweep stopped early."""

    path: Path
    rows: int
    total: int
    seconds: float
    cancelled: bool = False
    error: str | None = None


def chunk_size(total: int) -> int:
    """Samples per task: about 16 tasks, at most :data:`MAX_CHUNK` samples each."""
    return max(1, min(MAX_CHUNK, math.ceil(total / 16)))


class _Stop:
    """Asks the sweep's ``Event`` at most every ``every`` seconds (a scheduler round trip)."""

    def __init__(self, event_name: str, every: float = 0.1) -> None:
        from distributed import Event

        self.event, self.every, self.last = Event(event_name), every, -math.inf

    def __call__(self) -> bool:
        now = time.monotonic()
        if now - self.last < self.every:
            return False
        self.last = now
        return self.event.is_set()


def _run_chunk(model, start: int, values: np.ndarray, event_name: str) -> list[dict]:
    return model.run_chunk(start, values, _Stop(event_name))


def _schema(columns: dict[str, str]) -> pa.Schema:
    return pa.schema([(name, _TYPES[kind]) for name, kind in columns.items()])


def _table(rows: list[dict], schema: pa.Schema) -> pa.Table:
    data = {f.name: [_clean(r.get(f.name)) for r in rows] for f in schema}
    return pa.Table.from_pydict(data, schema=schema)


def _clean(value):
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def open_client(workers: int | None = None, scheduler: str | None = None, processes=True):
    """A dask client: on ``scheduler`` (an address) or a local cluster of ``workers``
    single-threaded workers (default: one per core). Close it with ``close_client``."""
    import dask
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler)
    n = workers or os.cpu_count() or 1
    # the statistical profiler samples every worker's stack 100 times a second: ~10 % of
    # a sweep's CPU for a dashboard nobody opens here
    with dask.config.set({"distributed.worker.profile.enabled": False}):
        cluster = LocalCluster(
            n_workers=n,
            threads_per_worker=1,
            processes=processes,
            dashboard_address=":0",
            silence_logs=40,
        )
    return Client(cluster)


def close_client(client) -> None:
    cluster = client.cluster
    client.close()
    if cluster is not None:
        cluster.close()


def run_sweep(
    client,
    model,
    values: np.ndarray,
    out: str | Path,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> SweepOutcome:
    """Evaluate every row of ``values`` with ``model`` on ``client``'s workers and write the
    rows to ``out`` (Parquet) as they arrive; ``progress(done, total)`` after each chunk,
    ``cancel()`` checked between chunks."""
    from distributed import Event, as_completed

    out, total, t0 = Path(out), len(values), time.perf_counter()
    cancel = cancel or (lambda: False)
    event_name = f"cpn-sweep-{uuid.uuid4().hex}"
    stop = Event(event_name, client=client)
    remote = client.scatter(model, broadcast=True, hash=False)  # a fresh key per sweep
    size = chunk_size(total)
    futures = [
        client.submit(_run_chunk, remote, i, values[i : i + size], event_name, pure=False)
        for i in range(0, total, size)
    ]
    schema = _schema(model.columns())
    tmp = out.with_name(f".{out.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    done, cancelled, error = 0, False, None
    try:
        with pq.ParquetWriter(tmp, schema) as writer:
            for future in as_completed(futures):
                try:
                    rows = future.result()
                except Exception as exc:  # a failed task: keep what finished, stop the rest
                    error = error or f"{type(exc).__name__}: {exc}"
                    stop.set()
                    continue
                if rows:
                    writer.write_table(_table(rows, schema))
                done += len(rows)
                if progress:
                    progress(done, total)
                if not cancelled and error is None and cancel():
                    cancelled = True
                    stop.set()  # running tasks return after their current sample
        _finish(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
        stop.clear()
    return SweepOutcome(out, done, total, time.perf_counter() - t0, cancelled, error)


def _finish(tmp: Path, out: Path) -> None:
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    os.replace(tmp, out)
    try:
        fd = os.open(out.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def read_rows(path: str | Path):
    """A sweep's Parquet file as a DataFrame ordered by sample."""
    return pq.read_table(path).to_pandas().sort_values("sample").reset_index(drop=True)
