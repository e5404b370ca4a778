"""Report export and scenario comparison off the GUI thread, with progress and Cancel.

The slow part of both is evaluating scenarios and building their tables (``collect``); that
runs as a plain function on a worker (:class:`app.ui.file_loader.BackgroundTask`) while the
window keeps repainting. An XLSX, CSV or GeoJSON export is written on the worker too, into a
hidden folder beside the target, and moved into place on the GUI thread only if the planner
did not cancel (a cancelled one is deleted). What touches Qt widgets (the PDF's map and
charts, the comparison dialog) happens on the GUI thread afterwards; a PDF's layout and
printing run on a worker again, and the checked bytes are written atomically. So a cancelled export leaves nothing, not even half a file.

Projections happen on the GUI thread before the worker starts (pyproj must not start on a
Qt worker thread); the window's own evaluation is reused when the scenario is unchanged.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

from app.domain.text import language
from app.ui.error_dialog import details_of
from app.ui.file_loader import BackgroundTask
from app.ui.i18n import tr


def same_inputs(a, b) -> bool:
    """True when scenarios ``a`` and ``b`` evaluate alike (``evaluate.evaluation_inputs``)."""
    from app.engine.evaluate import evaluation_inputs

    return evaluation_inputs(a) == evaluation_inputs(b)


def reusable_evaluation(controller, scenario, atlas=None):
    """The window's last evaluation if it is of ``scenario`` as it is now (and of ``atlas``
    when given) and no newer solve is under way; else None."""
    ev = controller.evaluation
    if ev is None or controller.runner.busy or not same_inputs(ev.scenario, scenario):
        return None
    return ev if atlas is None or ev.atlas is atlas else None


def prepare(scenario, atlas):
    """A snapshot of ``scenario`` (later edits do not reach the worker) with its sites'
    provinces and the demand points projected here, on the GUI thread."""
    from app.engine.costs.site_inputs import locate_sites

    snapshot = replace(scenario, sites=list(scenario.sites))
    atlas.province_points  # noqa: B018 - projected on the GUI thread
    if snapshot.solver.regions == "prefecture":
        atlas.prefecture_points  # noqa: B018
    locate_sites(atlas, snapshot.sites)
    return snapshot


def collect_task(items, lang: str):
    """``items``: (scenario, atlas, evaluation or None) per report. The worker function:
    evaluates what has no evaluation yet and collects each report's tables; None when
    cancelled."""

    def task(progress, cancelled):
        from app.engine.evaluate import evaluate
        from app.io.report_data import collect

        reports = []
        n = len(items)
        for i, (scenario, atlas, ev) in enumerate(items):

            def part(f, i=i):
                progress((i + 0.9 * f) / n)

            if ev is None:
                ev = evaluate(scenario, part, cancelled, atlas=atlas)
            if ev is None or cancelled():
                return None
            reports.append(collect(scenario, atlas, evaluation=ev, lang=lang))
            progress((i + 1) / n)
        return reports

    return task


def export_task(item, lang: str, path: Path, sweep=None):
    """The worker function of an export: ``(report data, staged)``, where ``staged`` is
    ``(folder, files, warnings)`` of an XLSX/CSV/GeoJSON written into a hidden folder beside
    ``path`` (None for a PDF, drawn later on the GUI thread); None when cancelled. ``sweep``:
    the last sweep's table and charts (``app.sweep.report_table.SweepReport``), or None."""
    collect = collect_task([item], lang)

    def task(progress, cancelled):
        from app.io.exports import write_report

        reports = collect(progress, cancelled)
        if reports is not None and sweep is not None:
            reports[0].sweep, reports[0].sweep_charts = sweep.table, sweep
        if reports is None or path.suffix.lower() == ".pdf":
            return None if reports is None else (reports[0], None)
        from app.io.atomic import STAGE_PREFIX

        stage_prefix = f"{STAGE_PREFIX}{os.getpid()}-"  # cleaned by a later export if we die
        folder = Path(tempfile.mkdtemp(prefix=stage_prefix, dir=path.parent))
        try:
            files, warnings = write_report(reports[0], None, folder / path.name)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        if cancelled():
            shutil.rmtree(folder, ignore_errors=True)
            return None
        return reports[0], (folder, files, warnings)

    return task


def _discard_staged(result) -> None:
    if result is not None and result[1] is not None:
        shutil.rmtree(result[1][0], ignore_errors=True)


def run_task(window, task, label: str, on_discard=None):
    """Run ``task`` on a worker behind a progress dialog; ``(result, error, cancelled)``.
    ``window.background`` is the running task while it runs (Cancel in tests)."""
    job = BackgroundTask(window, task, label, tr("Cancel"), on_discard)
    window.background = job
    try:
        result, error, cancelled = job.run()
    finally:
        window.background = None
    return result, error, cancelled or (error is None and result is None)


def _sweep_report(window):
    """The window's last sweep as the report shows it (None without one)."""
    result = getattr(window, "last_sweep", None)
    if result is None:
        return None
    if not same_plan(getattr(window, "last_sweep_scenario", None), window.current_scenario()):
        return None  # export_report says so (stale_sweep_note)
    from app.sweep.report_table import sweep_report

    return sweep_report(result.summary, result.site_names, result.tornado, language())


def export_report(window, path: Path) -> list[Path]:
    """Write the window's scenario's report to ``path`` (format by suffix): the tables on a
    worker, the file(s) on the GUI thread. Errors are shown to the planner; returns the
    files written ([] on error or cancel)."""
    from app.io.exports import check_target

    title = tr("Cannot export report")
    try:
        check_target(path)
        scenario = window.current_scenario()
        atlas = window.allocation._atlas_for(scenario)
        snapshot = prepare(scenario, atlas)
    except Exception as exc:  # noqa: BLE001 - every failure reaches the planner as a message
        window.show_error(title, f"{path}: {exc}", details_of(exc))
        return []
    evaluation = reusable_evaluation(window.allocation, snapshot)
    result, error, cancelled = run_task(
        window,
        export_task((snapshot, atlas, evaluation), language(), path, _sweep_report(window)),
        tr("Preparing the report {name}…").format(name=path.name),
        _discard_staged,
    )
    if cancelled:
        _discard_staged(result)
        window.statusBar().showMessage(
            tr("Export of {name} cancelled").format(name=path.name), 10000
        )
        return []
    try:
        if error is not None:
            raise error
        data, staged = result
        if staged is None:
            pdf = print_on_worker(window, data, atlas, path)
            if pdf is None:
                window.statusBar().showMessage(
                    tr("Export of {name} cancelled").format(name=path.name), 10000
                )
                return []
            written, warnings = pdf
        else:  # written on the worker: move into place (same folder, each an atomic rename)
            from app.io.exports import move_staged

            folder, files, warnings = staged
            written = move_staged(folder, [path.parent / f.name for f in files])
    except Exception as exc:  # noqa: BLE001 - every failure reaches the planner as a message
        window.show_error(title, f"{path}: {exc}", details_of(exc))
        return []
    finally:
        _discard_staged(result)
    message = tr("Exported {path}").format(path=written[0])
    warnings = [*warnings, *stale_sweep_note(window)]
    if warnings:
        message += " — " + "; ".join(warnings)
    window.statusBar().showMessage(message, 10000)
    return written


def print_on_worker(window, data, atlas, path: Path):
    """The PDF of report ``data``: pictures drawn here (they need widgets), layout and
    printing on a worker (the window keeps repainting), the bytes checked and written
    atomically here. ``(files, warnings)``, or None when the planner cancelled."""
    from app.ui.pdf_print import render_pdf
    from app.ui.report import report_images, write_checked
    from app.ui.report_html import report_html

    images, html = report_images(data, atlas), report_html(data)

    def task(progress, cancelled):
        return render_pdf(html, images, data.title, data.lang, data.app_version)

    result, error, cancelled = run_task(window, task, tr("Writing {name}…").format(name=path.name))
    if error is not None:
        raise error
    if cancelled:
        return None
    pdf, warnings = result
    return [write_checked(path, pdf, data.lang)], warnings


def compare_reports(window, scenarios: dict) -> dict | None:
    """Report data per label of ``scenarios`` (the first the window's own), collected on a
    worker against the window's atlas; None (after telling the planner) on error or
    cancel."""
    atlas = window.atlas
    try:
        snapshots = {label: prepare(sc, atlas) for label, sc in scenarios.items()}
    except Exception as exc:  # noqa: BLE001 - every failure reaches the planner as a message
        window.show_error(tr("Cannot compare scenarios"), str(exc), details_of(exc))
        return None
    items = [
        (sc, atlas, reusable_evaluation(window.allocation, sc, atlas) if i == 0 else None)
        for i, sc in enumerate(snapshots.values())
    ]
    result, error, cancelled = run_task(
        window, collect_task(items, language()), tr("Comparing scenarios…")
    )
    if cancelled:
        window.statusBar().showMessage(tr("Comparison cancelled"), 10000)
        return None
    if error is not None:
        window.show_error(tr("Cannot compare scenarios"), str(error), details_of(error))
        return None
    return dict(zip(snapshots, result, strict=True))


def stale_sweep_note(window) -> list[str]:
    """Why the report has no sweep although one was run: it swept an earlier version."""
    if getattr(window, "last_sweep", None) is None or same_plan(
        getattr(window, "last_sweep_scenario", None), window.current_scenario()
    ):
        return []
    return [
        tr(
            "the last sweep was run on an earlier version of this scenario and is left out; "
            "run it again to include it"
        )
    ]


def same_plan(a, b) -> bool:
    """Whether two scenarios are the same plan (sites, assumptions, base data, policy): a
    sweep of one describes the other; the map's view and the file's metadata do not count."""
    if a is None or b is None:
        return False
    keys = ("sites", "assumptions", "base", "policy")
    return all(getattr(a, k) == getattr(b, k) for k in keys)
