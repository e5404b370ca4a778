"""Run a sweep on dask.distributed and stream its rows into a Parquet file.

Samples are cut into chunks whose size depends only on the number of samples (never on the
workers), each chunk one task evaluated with one warm solver, so the same seed gives the same
rows on one worker, two or a cluster. Rows are written as chunks arrive, one row group each,
into the writer's own temporary file beside the output (:mod:`app.io.atomic`: shortened name,
fsync, rename) that replaces it at the end - also when the sweep is cancelled or a task fails:
what finished is kept. The target is checked before any sample runs (a folder, a missing
folder, a read-only file, too long a name). When the file still cannot be written (disk full,
the rename refused) the sweep stops, and the rows that finished, also held in memory, are
kept in a file beside the target or in the system's temporary folder, and the outcome says
where. Cancelling sets a distributed ``Event`` that every task checks between samples, then
waits for the tasks to return, so no task is left running.
"""

from __future__ import annotations

import contextlib
import math
import os
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from app.domain.text import tr
from app.io.atomic import (
    WriteFailed,
    atomic_write,
    failure_sentence,
    fsync_dir,
    new_temp,
    put_in_place,
    remove_stale_temps,
    target_problem,
)

_TYPES = {"int": pa.int64(), "float": pa.float64(), "str": pa.string()}
MAX_CHUNK = 32
"""Most samples per task (a task of 32 samples takes a few seconds)."""


@dataclass(frozen=True)
class SweepOutcome:
    """``rows`` written of ``total`` to ``path``; ``cancelled`` or ``error`` (one sentence)
    when the sweep stopped early. ``write_failed``: the target could not be written and
    ``path`` is where the rows were kept instead (``error`` says so)."""

    path: Path
    rows: int
    total: int
    seconds: float
    cancelled: bool = False
    error: str | None = None
    write_failed: bool = False


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
    quiet_highs()
    return model.run_chunk(start, values, _Stop(event_name))


_highs_quiet = threading.Lock()
_highs_started: list[bool] = []


def quiet_highs() -> None:
    """Start HiGHS once in this process with stdout on the null device. HiGHS prints its
    banner ("Running HiGHS ... Copyright") on stdout at a process's first ``Highs()``, before
    ``output_flag`` can be set; every later one is silent (the solver's options turn its log
    off), so a sweep's stdout carries only its summary, also from its worker processes."""
    with _highs_quiet:
        if _highs_started:
            return
        import sys

        import highspy

        with contextlib.suppress(AttributeError, ValueError):
            sys.stdout.flush()
        saved = os.dup(1)
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, 1)
            highspy.Highs()
        finally:
            os.dup2(saved, 1)
            os.close(saved)
            os.close(devnull)
        _highs_started.append(True)


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


def check_output(out: str | Path) -> None:
    """Raise :class:`WriteFailed` (one sentence) when rows could not be written to ``out``:
    asked before any sample runs."""
    problem = target_problem(out)
    if problem:
        raise WriteFailed(None, problem)


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
    ``cancel()`` checked between chunks. A target that cannot be written raises
    :class:`WriteFailed` before any sample runs; a write that fails later stops the sweep and
    keeps the rows elsewhere (:attr:`SweepOutcome.write_failed`)."""
    from distributed import Event, as_completed

    out, total, t0 = Path(out), len(values), time.perf_counter()
    check_output(out)
    remove_stale_temps(out.parent, out.name)
    try:
        tmp = new_temp(out)  # own name, shortened to fit the file system
    except OSError as exc:
        raise WriteFailed(exc.errno, failure_sentence(exc, out)) from None
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
    rows_file = _RowsFile(tmp, schema)
    done, cancelled, error = 0, False, None
    try:
        for future in as_completed(futures):
            try:
                rows = future.result()
            except Exception as exc:  # a failed task: keep what finished, stop the rest
                error = error or f"{type(exc).__name__}: {exc}"
                stop.set()
                continue
            if rows and not rows_file.write(_table(rows, schema)):
                stop.set()  # the file cannot take more: stop, keep what finished
            done += len(rows)
            if progress:
                progress(done, total)
            if not cancelled and error is None and cancel():
                cancelled = True
                stop.set()  # running tasks return after their current sample
        path, failed = _finish(rows_file, out)
    finally:
        rows_file.abandon()
        stop.clear()
    if failed:
        error = f"{error}; {failed}" if error else failed
    return SweepOutcome(
        path, done, total, time.perf_counter() - t0, cancelled, error, write_failed=bool(failed)
    )


_WRITE_ERRORS = (OSError, pa.ArrowException)
"""What a failed write of the rows raises (pyarrow's own errors beside the system's)."""


class _RowsFile:
    """The sweep's temp file, one row group per chunk; every chunk is also held in memory so
    that the rows survive a write that fails (the first failure is kept, later writes
    skipped)."""

    def __init__(self, tmp: Path, schema: pa.Schema) -> None:
        self.tmp, self.schema, self.tables = tmp, schema, []
        self.failure: Exception | None = None
        self.writer = self.sink = None
        try:  # the file is opened here and closed in close(), whatever the writer did
            self.sink = pa.OSFile(str(tmp), "wb")
            self.writer = pq.ParquetWriter(self.sink, schema)
        except _WRITE_ERRORS as exc:
            self.failure = exc

    def write(self, table: pa.Table) -> bool:
        """Add ``table``; False once the file has failed."""
        self.tables.append(table)
        if self.failure is None:
            try:
                self.writer.write_table(table)
            except _WRITE_ERRORS as exc:
                self.failure = exc
        return self.failure is None

    def close(self) -> None:
        """Close the file, raising its first failure."""
        writer, self.writer = self.writer, None
        sink, self.sink = self.sink, None
        for part in (writer, sink):  # a failed footer must not leave the file open
            if part is not None:
                try:
                    part.close()
                except _WRITE_ERRORS as exc:
                    self.failure = self.failure or exc
        if self.failure is not None:
            raise self.failure

    def rows(self) -> pa.Table:
        return pa.concat_tables(self.tables) if self.tables else self.schema.empty_table()

    def abandon(self) -> None:
        """Close and delete the temp file (after :func:`_finish` renamed it, or failed)."""
        with contextlib.suppress(*_WRITE_ERRORS):
            self.close()
        self.tmp.unlink(missing_ok=True)


def _finish(rows_file: _RowsFile, out: Path) -> tuple[Path, str | None]:
    """Rename the finished temp file over ``out``: ``(out, None)``; if that fails, the rows
    kept elsewhere and one sentence saying why and where."""
    tmp = rows_file.tmp
    try:
        rows_file.close()
        put_in_place(tmp, out)
    except _WRITE_ERRORS as exc:
        reason = failure_sentence(exc, out)
    else:
        fsync_dir(out.parent)
        return out, None
    table = rows_file.rows()
    kept = keep_rows(table, out)
    if kept is None:
        raise WriteFailed(
            None,
            tr("{reason}; the rows that finished could not be kept anywhere").format(reason=reason),
        )
    return kept, tr("{reason}; the {rows} rows that finished are kept in {kept}").format(
        reason=reason, rows=table.num_rows, kept=kept
    )


def keep_rows(table: pa.Table, out: Path) -> Path | None:
    """Write ``table`` to a new file named after ``out``, beside it or else in the system's
    temporary folder; its path, or None when neither could take it."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    stem = out.stem.encode("utf-8", "surrogatepass")[:150].decode("utf-8", "ignore")
    name = f"{stem}.unsaved-{stamp}-{os.getpid()}.parquet"  # fits in 255 bytes
    for folder in (out.parent, Path(tempfile.gettempdir())):
        try:
            return atomic_write(folder / name, lambda tmp: pq.write_table(table, tmp))
        except _WRITE_ERRORS:
            continue
    return None


def read_rows(path: str | Path):
    """A sweep's Parquet file as a DataFrame ordered by sample."""
    return pq.read_table(path).to_pandas().sort_values("sample").reset_index(drop=True)
