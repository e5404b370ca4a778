"""Sweeps on real dask clusters started inside the tests (threads, no processes: fast).

Reproducible across worker counts; a grid equals separate solves; Ishigami's known Sobol
indices recovered through the same runner and analysis; a cancelled sweep keeps what finished
and leaves no task running; a failing task keeps what finished."""

from __future__ import annotations

import errno
import os
import tempfile
import threading
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow.parquet as pq
import pytest
from distributed import Client, LocalCluster

from app.domain.sweep import SweepDefinition
from app.engine.evaluate import evaluate
from app.io.atomic import WriteFailed
from app.io.scenario_file import loads_scenario
from app.sweep import analysis
from app.sweep.ishigami import PARAMETERS, IshigamiModel, exact_indices
from app.sweep.plan import plan
from app.sweep.run import chunk_size, read_rows, run_sweep
from app.sweep.sampling import design

HEAD = """
format = "cpn-scenario"
version = 1
"""
SCENARIO = (
    HEAD
    + """
[[sites]]
id = "ulanqab-1"
name = "Ulanqab campus"
lon = 113.13
lat = 41.03
capacity_mw = 300.0
[[sites]]
id = "zhongwei-1"
name = "Zhongwei campus"
lon = 105.19
lat = 37.51
capacity_mw = 300.0
"""
)
SWEEP = """
[sweep]
sampling = "{sampling}"
samples = {samples}
seed = 11
[[sweep.parameters]]
key = "assumptions.carbon_price_cny_per_t"
{carbon}
"""
BAND = """
[[sweep.parameters]]
key = "sites[ulanqab-1].pue_band"
low = 0.0
high = 1.0
"""
CARBON_GRID = "values = [0.0, 150.0, 400.0]"


def _client(workers: int):
    cluster = LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=False, dashboard_address=":0"
    )
    return Client(cluster)


@pytest.fixture
def two(dask_client):
    return dask_client


def _scenario(sampling="monte_carlo", samples=4, carbon="low = 0.0\nhigh = 300.0", band=True):
    sweep = SWEEP.format(sampling=sampling, samples=samples, carbon=carbon)
    return loads_scenario(SCENARIO + sweep + (BAND if band else ""))


def test_the_same_seed_gives_the_same_rows_on_one_worker_and_two(two, tmp_path):
    sweep = plan(_scenario())
    run_sweep(two, sweep.model, sweep.design.values, tmp_path / "two.parquet")
    one = _client(1)
    try:
        run_sweep(one, sweep.model, sweep.design.values, tmp_path / "one.parquet")
    finally:
        one.close()
        one.cluster.close()
    a, b = read_rows(tmp_path / "one.parquet"), read_rows(tmp_path / "two.parquet")
    assert len(a) == 4 and (a["status"] == "optimal").all()
    pd.testing.assert_frame_equal(a, b)
    assert a["effect.cost_cny"].nunique() == 4  # the samples differ


def test_a_grid_over_one_parameter_equals_separate_solves(two, tmp_path):
    sweep = plan(_scenario("grid", 1, CARBON_GRID, band=False))
    out = run_sweep(two, sweep.model, sweep.design.values, tmp_path / "grid.parquet")
    rows = read_rows(out.path)
    assert out.rows == 3 and rows["assumptions.carbon_price_cny_per_t"].tolist() == [0, 150, 400]
    for _, row in rows.iterrows():
        price = row["assumptions.carbon_price_cny_per_t"]
        assumptions = f"[assumptions]\ncarbon_price_cny_per_t = {price}\n"
        # separately: the scenario file with that price, and the same without its sites
        alone = evaluate(loads_scenario(SCENARIO + assumptions), free=False)
        bare = evaluate(loads_scenario(HEAD + assumptions), free=False)
        assert row["cost_cny"] == pytest.approx(alone.totals["cost_cny"], rel=1e-6)
        assert row["carbon_t"] == pytest.approx(alone.totals["carbon_t"], rel=1e-6)
        effect = alone.totals["cost_cny"] - bare.totals["cost_cny"]
        assert row["effect.cost_cny"] == pytest.approx(effect, rel=1e-6)
        site = alone.site["ulanqab-1"].solved
        assert row["site.ulanqab-1.load_mw"] == pytest.approx(site.load_mw, rel=1e-6, abs=1e-6)
        # the policy scorecard of the same scenario, target by target
        for item in alone.policy.of("scenario"):
            value = row[f"policy.{item.target.id}.{item.scope}"]
            assert (None if pd.isna(value) else bool(value)) == item.passed
    # a dearer carbon price never makes the optimum cheaper (emissions are never negative)
    assert rows["cost_cny"].is_monotonic_increasing and rows["cost_cny"].nunique() == 3


def test_the_band_position_moves_the_pue_between_p5_and_p95(tmp_path):
    sweep = plan(_scenario("grid", 3, CARBON_GRID.replace("0.0, 150.0, 400.0", "0.0")))
    assert sweep.design.values[:, 1].tolist() == [0.0, 0.5, 1.0]
    low, mid, high = (sweep.model.run_one(i, v) for i, v in enumerate(sweep.design.values))
    cost = [r["cost_cny"] for r in (low, mid, high)]
    assert cost[0] < cost[1] < cost[2]


def test_ishigami_sobol_indices_are_recovered_through_the_runner(two, tmp_path):
    definition = SweepDefinition("sobol", 1024, 5, tuple(PARAMETERS))
    d = design(definition, PARAMETERS)
    out = run_sweep(two, IshigamiModel(), d.values, tmp_path / "ishigami.parquet")
    y = read_rows(out.path)["y"].to_numpy()
    indices = analysis.sobol_indices(d.problem, y, seed=1)
    for key, (s1, st) in exact_indices().items():
        r = indices.loc[key]
        assert abs(r.S1 - s1) < 0.05 and abs(r.ST - st) < 0.05, (key, r)
        assert r.S1_conf < 0.1 and r.ST_conf < 0.1


class SlowModel(IshigamiModel):
    """Ishigami, but each sample waits until the test lets it run (a gate per sample)."""

    def __init__(self) -> None:
        self.gate = threading.Semaphore(0)

    def run_chunk(self, start, values, stop=lambda: False):
        rows = []
        for i in range(len(values)):
            while not self.gate.acquire(timeout=0.05):
                if stop():
                    return rows
            rows += super().run_chunk(start + i, values[i : i + 1])
        return rows

    def __reduce__(self):  # scattered in-process: the same object, not a copy
        return (_same, (id(self),))


_MODELS: dict[int, SlowModel] = {}


def _same(key):
    return _MODELS[key]


def test_cancel_keeps_what_finished_and_leaves_no_task_running(two, tmp_path):
    model = SlowModel()
    _MODELS[id(model)] = model
    values = np.zeros((64, 3))
    for _ in range(5):
        model.gate.release()
    seen = []
    out = run_sweep(
        two,
        model,
        values,
        tmp_path / "cut.parquet",
        progress=lambda d, t: seen.append(d),
        cancel=lambda: bool(seen),
    )
    assert out.cancelled and 0 < out.rows < 64
    rows = read_rows(out.path)
    assert len(rows) == out.rows and rows["sample"].is_unique
    assert all(not tasks for tasks in two.processing().values())
    assert not list(tmp_path.glob(".*.tmp"))


class FailingModel(IshigamiModel):
    def run_chunk(self, start, values, stop=lambda: False):
        if start >= 32:
            raise RuntimeError("solver crashed")
        return super().run_chunk(start, values, stop)


def test_a_failed_task_keeps_what_finished(two, tmp_path):
    out = run_sweep(two, FailingModel(), np.zeros((128, 3)), tmp_path / "f.parquet")
    assert out.error == "RuntimeError: solver crashed"
    rows = read_rows(out.path)
    assert 0 < len(rows) == out.rows and rows["sample"].max() < 32


# ---- where the rows go: checked before, kept when the file fails ------------------------------
class CountingModel(IshigamiModel):
    """Ishigami that counts its chunks (in-process workers: the class is shared)."""

    chunks: list[int] = []

    def run_chunk(self, start, values, stop=lambda: False):
        CountingModel.chunks.append(start)
        return super().run_chunk(start, values, stop)


def test_a_target_that_cannot_be_written_is_refused_before_any_sample_runs(two, tmp_path):
    (tmp_path / "dir.parquet").mkdir()
    ro = tmp_path / "ro.parquet"
    ro.write_bytes(b"old")
    ro.chmod(0o444)
    CountingModel.chunks.clear()
    for name, words in (
        ("dir.parquet", "dir.parquet is a folder; give a file name"),
        ("no/x.parquet", "does not exist; create it or choose another"),
        ("ro.parquet", "ro.parquet is read-only; choose another name"),
        ("b" * 300 + ".parquet", "is too long for this file system"),
    ):
        with pytest.raises(WriteFailed, match=words):
            run_sweep(two, CountingModel(), np.zeros((8, 3)), tmp_path / name)
    assert CountingModel.chunks == [] and ro.read_bytes() == b"old"
    assert sorted(os.listdir(tmp_path)) == ["dir.parquet", "ro.parquet"]


def test_a_legal_250_byte_name_is_written_with_a_shortened_temp_name(two, tmp_path):
    out = tmp_path / ("b" * 242 + ".parquet")
    assert len(out.name.encode()) == 250
    done = run_sweep(two, IshigamiModel(), np.zeros((8, 3)), out)
    assert done.path == out and not done.error and len(read_rows(out)) == 8
    assert os.listdir(tmp_path) == [out.name] and oct(out.stat().st_mode & 0o777) == "0o644"


def test_a_full_disk_stops_the_sweep_and_keeps_the_rows_in_the_temporary_folder(
    two, tmp_path, monkeypatch
):
    folder, spare = tmp_path / "out", tmp_path / "spare"
    folder.mkdir()
    spare.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spare))
    out = folder / "rows.parquet"
    out.write_bytes(b"old")
    real_write, written = pq.ParquetWriter.write_table, []

    def full_after_one(self, table, *args, **kwargs):  # the disk of ``folder`` fills up
        where = self.where  # the sweep's own open temp file, or a path (rows kept elsewhere)
        in_folder = not isinstance(where, str | os.PathLike) or Path(where).parent == folder
        if in_folder and written:
            raise OSError(errno.ENOSPC, "No space left on device")
        written.append(table)
        return real_write(self, table, *args, **kwargs)

    monkeypatch.setattr(pq.ParquetWriter, "write_table", full_after_one)
    done = run_sweep(two, IshigamiModel(), np.zeros((128, 3)), out)
    assert done.write_failed and out.read_bytes() == b"old"
    assert done.path.parent == spare and done.path.name.startswith("rows.unsaved-")
    assert done.error == (
        "the disk is full: rows.parquet was not written and the old file is unchanged; "
        f"the {done.rows} rows that finished are kept in {done.path}"
    )
    rows = read_rows(done.path)  # every row that finished, also those after the failure
    assert len(rows) == done.rows >= 2 * chunk_size(128) and rows["sample"].is_unique
    assert os.listdir(folder) == ["rows.parquet"]  # no temp file left behind


def test_a_failed_rename_keeps_every_row_in_the_temporary_folder(two, tmp_path, monkeypatch):
    folder, spare = tmp_path / "out", tmp_path / "spare"
    folder.mkdir()
    spare.mkdir()
    out = folder / "rows.parquet"
    monkeypatch.setattr(tempfile, "tempdir", str(spare))
    real_replace = os.replace

    def refused(src, dst):  # the folder turned read-only while the sweep ran
        if Path(dst).parent == folder:
            raise PermissionError(errno.EACCES, "Permission denied")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", refused)
    done = run_sweep(two, IshigamiModel(), np.zeros((40, 3)), out)
    assert done.write_failed and done.rows == 40 and done.path.parent == spare
    assert done.error == (
        f"permission denied: cannot write rows.parquet in {folder}; "
        f"the 40 rows that finished are kept in {done.path}"
    )
    assert read_rows(done.path)["sample"].tolist() == list(range(40))
    assert os.listdir(folder) == []  # no temp file left behind


def test_a_really_full_file_system_keeps_the_old_file_and_the_rows(two, tmp_path, monkeypatch):
    import subprocess

    folder, spare = tmp_path / "fs", tmp_path / "spare"
    folder.mkdir()
    spare.mkdir()
    mount = ["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(folder)]
    if os.name != "posix" or os.geteuid() != 0 or subprocess.run(mount).returncode:
        pytest.skip("mounting a tmpfs needs root")
    try:
        monkeypatch.setattr(tempfile, "tempdir", str(spare))
        out = folder / "rows.parquet"
        out.write_bytes(b"old" * 1000)
        try:
            with open(folder / "filler", "wb") as f:  # to the last byte
                while True:
                    f.write(bytes(4096))
                    f.flush()
        except OSError:
            pass
        done = run_sweep(two, IshigamiModel(), np.zeros((256, 3)), out)
        assert done.write_failed and done.error.startswith("the disk is full: rows.parquet")
        assert done.path.parent == spare and len(read_rows(done.path)) == done.rows > 0
        assert out.read_bytes() == b"old" * 1000
        assert sorted(os.listdir(folder)) == ["filler", "rows.parquet"]
    finally:
        # fails ('target is busy') when a file there is still open, e.g. the abandoned temp
        unmounted = subprocess.run(["umount", str(folder)], capture_output=True, text=True)
    assert unmounted.returncode == 0, unmounted.stderr
