"""The sweep dialog's work as a plain function (runs on a worker thread, no Qt): plan, run
on dask, read the rows back, summarise, and the tornado when asked."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from app.sweep.plan import Summary, plan, summary, tornado, tornado_design
from app.sweep.run import SweepOutcome, close_client, open_client, read_rows, run_sweep
from app.sweep.text import summary_lines, tornado_lines


@dataclass
class SweepResult:
    outcome: SweepOutcome
    rows: pd.DataFrame
    summary: Summary
    site_ids: tuple[str, ...]
    site_names: dict[str, str]
    tornado: pd.DataFrame | None
    text: str


def sweep_task(scenario, out: Path, workers: int, with_tornado: bool, client_factory, stop):
    """A worker task ``(progress, cancelled) -> SweepResult``; ``stop`` (a threading.Event)
    or the runner's cancellation stops the sweep and keeps what finished."""

    def task(progress, cancelled):
        halt = lambda: stop.is_set() or cancelled()  # noqa: E731
        sweep = plan(scenario)
        client = (client_factory or open_client)(workers)
        try:
            outcome = run_sweep(
                client, sweep.model, sweep.design.values, out,
                progress=lambda d, t: progress(d / max(t, 1)), cancel=halt,
            )  # fmt: skip
            frame, errors = None, [outcome.error]
            if with_tornado and not (outcome.cancelled or outcome.error or halt()):
                values = tornado_design(sweep).values
                path = out.with_suffix(".tornado.parquet")
                done = run_sweep(client, sweep.model, values, path, cancel=halt)
                if done.rows == len(values):
                    frame = tornado(sweep, read_rows(done.path))  # or where it was kept
                errors.append(done.error)
        finally:
            if client_factory is None:
                close_client(client)
        rows = read_rows(outcome.path)
        s = summary(sweep, rows)
        lines = summary_lines(outcome, s) + (tornado_lines(frame) if frame is not None else [])
        lines += [e for e in errors if e]
        names = {site.id: site.name for site in scenario.sites}
        text = "\n".join(lines)
        return SweepResult(outcome, rows, s, sweep.model.site_ids, names, frame, text)

    return task


__all__ = ["SweepResult", "sweep_task"]
