"""The sweep dialog in the window: parameters checked like the file, a sweep on an in-process
dask cluster with progress, charts and the robustness column; Cancel keeps what finished."""

from __future__ import annotations

import pyqtgraph as pg
import pytest

from app.datasets.projection import to_map


@pytest.fixture
def client(dask_client):
    return dask_client


def _dialog(window, client, samples):
    window.allocation.auto_action.setChecked(False)
    x, y = to_map(113.13, 41.03)
    site = window.placement.place_at(float(x), float(y))
    dialog = window.sweep_dialog(client_factory=lambda workers: client)
    dialog.sampling.setCurrentIndex(dialog.sampling.findData("monte_carlo"))
    dialog.samples.setValue(samples)
    return dialog, site


def _bars(plot) -> list:
    return [i for i in plot.getPlotItem().items if isinstance(i, pg.BarGraphItem)]


def test_a_sweep_draws_its_charts_and_the_robustness_column(window, client, qtbot, tmp_path):
    dialog, site = _dialog(window, client, 3)
    # default: the carbon price over its sourced range and the site's PUE band
    keys = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert keys == ["assumptions.carbon_price_cny_per_t", f"sites[{site.id}].pue_band"]
    with qtbot.waitSignal(dialog.sigFinished, timeout=120_000):
        dialog.run_button.click()
    result = dialog.result
    assert result.outcome.rows == 3 and "3 of 3 samples" in dialog.summary.toPlainText()
    assert all(_bars(p) for p in dialog.charts.distribution_plots.values())
    assert len(_bars(dialog.charts.tornado_plot)) == 2 and _bars(dialog.charts.sites_plot)
    assert result.summary.policy and _bars(dialog.charts.policy_plot)
    # robustness: share of samples above 80 %, counted here from the rows
    used = (result.rows[f"site.{site.id}.utilisation"] >= 0.8).mean()
    column = window.comparison.table.columnCount() - 1
    assert window.comparison.table.item(0, column).text() == f"{100 * used:,.1f}"
    assert window.last_sweep is result
    dialog.charts.threshold.setValue(0.0)  # every solved sample is used above 0 %
    assert window.comparison.table.item(0, column).text() == "100.0"
    dialog.close()
    _the_report_has_the_sweep(window, result, site, tmp_path)


def _the_report_has_the_sweep(window, result, site, tmp_path):
    import openpyxl
    from pypdf import PdfReader

    [xlsx] = window.export_report(tmp_path / "report.xlsx")
    sheet = openpyxl.load_workbook(xlsx)["Uncertainty sweep"]
    figures = {r[0].value: r[2].value for r in sheet.iter_rows(min_row=2)}
    assert figures["Samples solved"] == 3
    p50 = result.rows["effect.cost_cny"].median() / 1e9  # bn CNY
    assert figures["Sites' effect on cost, p50"] == pytest.approx(p50, abs=1e-4)
    used = (result.rows[f"site.{site.id}.utilisation"] >= 0.8).mean()
    assert figures[f"{site.name}: samples with use above 80%"] == pytest.approx(
        100 * used, abs=1e-3
    )  # shown to 3 decimals
    [pdf] = window.export_report(tmp_path / "report.pdf")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "Uncertainty sweep" in text and "Samples solved" in text


def test_a_bad_cell_is_refused_with_its_key_path(window, client, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    dialog, _ = _dialog(window, client, 4)
    dialog.table.item(0, 2).setText("cheap")
    dialog.run_button.click()
    assert said == ["sweep.parameters[0]: uniform needs low (or values)"]
    assert dialog.run_button.isEnabled() and dialog.result is None
    dialog.close()


def test_cancel_keeps_what_finished_and_leaves_no_task_running(window, client, qtbot):
    dialog, _ = _dialog(window, client, 64)
    dialog.tornado.setChecked(False)
    dialog.runner.sigProgress.connect(lambda f: f > 0 and dialog.cancel())
    with qtbot.waitSignal(dialog.sigFinished, timeout=120_000):
        dialog.run_button.click()
    out = dialog.result.outcome
    assert out.cancelled and 0 < out.rows < 64 and len(dialog.result.rows) == out.rows
    assert dialog.summary.toPlainText().startswith("stopped")
    assert all(not tasks for tasks in client.processing().values())
    dialog.close()


def test_the_estimated_prices_can_be_varied_too(window, client, qtbot):
    dialog, _ = _dialog(window, client, 2)
    dialog.tornado.setChecked(False)
    assert not dialog.composed.isChecked()  # off unless asked
    dialog.composed.setChecked(True)
    assert dialog.current_definition().composed_tariffs
    with qtbot.waitSignal(dialog.sigFinished, timeout=120_000):
        dialog.run_button.click()
    rows = dialog.result.rows
    ningxia = rows["overrides.provinces.640000.tariff_cny_per_kwh"]  # estimated, swept
    assert len(rows) == 2 and ningxia.between(0.40, 0.51).all() and ningxia.nunique() == 2
    assert "overrides.provinces.500000.tariff_cny_per_kwh" not in rows  # Chongqing: published
    dialog.close()


def test_save_rows_says_why_it_failed_and_keeps_the_old_file(window, tmp_path, monkeypatch):
    from types import SimpleNamespace

    from PySide6.QtWidgets import QFileDialog, QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    dialog = window.sweep_dialog(client_factory=lambda workers: None)
    rows = tmp_path / "rows.parquet"
    rows.write_bytes(b"PAR1 rows")
    dialog.result = SimpleNamespace(outcome=SimpleNamespace(path=rows))
    ro = tmp_path / "ro.parquet"
    ro.write_bytes(b"old")
    ro.chmod(0o444)
    for target in (ro, tmp_path / "no" / "x.parquet", tmp_path / ("a" * 300 + ".parquet")):
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target: (str(t), ""))
        dialog.save_button.setEnabled(True)
        dialog._save_rows()  # no exception escapes into Qt's event loop
    assert said == [
        "ro.parquet is read-only; choose another name",
        f"the folder {tmp_path / 'no'} does not exist; create it or choose another",
        f"the file name {'a' * 300}.parquet is too long for this file system",
    ]
    assert ro.read_bytes() == b"old"
    # a name typed without the extension gets it; nothing else is written
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "s"), ""))
    dialog._save_rows()
    assert (tmp_path / "s.parquet").read_bytes() == b"PAR1 rows" and len(said) == 3
    dialog.close()
