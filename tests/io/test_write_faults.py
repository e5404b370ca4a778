"""Exports into a full file system, concurrent writers on one target, long names, read-only
targets and leftovers of killed writers: the old files stay byte-identical and every failure
is one sentence. Real processes, real file systems (a small tmpfs when we may mount one, else
a file-size limit on the writing process)."""

from __future__ import annotations

import errno
import json
import os
import re
import select
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from app.io import atomic, exports
from app.io.atomic import WriteFailed, atomic_write_bytes
from app.paths import DATA_DIR

BASELINE = DATA_DIR / "scenarios" / "baseline.toml"
FORMATS = ("r.xlsx", "r.csv", "r.pdf")

# The child puts old files in FOLDER (random bytes, under every name the export writes),
# fills the file system or limits its own file size, then writes every format of the
# baseline report there: prints the old files' contents (hex) and each write's outcome.
_EXPORT_ALL = f"""
import json, os, resource, signal, sys
from pathlib import Path
from app.io import exports
from app.io.report_data import collect
from app.io.scenario_file import load_scenario
from app.ui.report import write_pdf

folder, how = Path(sys.argv[1]), sys.argv[2]
data = collect(load_scenario(sys.argv[3]), lang="en")
csvs = exports.csv_targets(folder / "r.csv", [s.name for s in exports.sheets(data)])
old = {{name: os.urandom(3000).hex() for name in ["r.xlsx", "r.pdf", *(p.name for p in csvs)]}}
for name, content in old.items():
    (folder / name).write_bytes(bytes.fromhex(content))
if how == "fill":  # to the last byte
    try:
        with open(folder / "filler", "wb") as f:
            while True:
                f.write(bytes(4096))
                f.flush()
    except OSError:
        pass
else:  # a process-wide file-size limit: writes beyond it fail with EFBIG
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (2000, 2000))
out = {{}}
for name in {FORMATS!r}:
    try:
        exports.write_report(data, data.evaluation.atlas, folder / name, write_pdf)
        out[name] = "written"
    except exports.ReportError as exc:
        out[name] = str(exc)
print(json.dumps({{"old": old, "results": out}}))
"""


def _child(folder: Path, how: str) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _EXPORT_ALL, str(folder), how, str(BASELINE)],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr  # not even an ignored exception
    return json.loads(done.stdout.splitlines()[-1])  # after the solver's banner


def _mount_small_tmpfs(where: Path) -> bool:
    where.mkdir()
    if os.name != "posix" or os.geteuid() != 0:
        return False
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(where)], capture_output=True
    )
    return done.returncode == 0


@pytest.mark.parametrize("how", ["full tmpfs", "file-size limit"])
def test_exports_into_a_full_file_system_keep_the_old_files(tmp_path, how):
    folder = tmp_path / "fs"
    if how == "full tmpfs" and not _mount_small_tmpfs(folder):
        pytest.skip("mounting a tmpfs needs root")
    folder.mkdir(exist_ok=True)
    try:
        out = _child(folder, "fill" if how == "full tmpfs" else "limit")
        reason = "the disk is full" if how == "full tmpfs" else "larger than this system allows"
        for name in FORMATS:
            text = out["results"][name]
            assert reason in text and ". " not in text and "Errno" not in text, out["results"]
        for name, content in out["old"].items():
            assert (folder / name).read_bytes() == bytes.fromhex(content), name  # unchanged
        left = set(os.listdir(folder)) - set(out["old"]) - {"filler"}
        assert not left, left  # no temp file, no staging folder
    finally:
        if how == "full tmpfs":
            subprocess.run(["umount", str(folder)], check=False)


# ---- concurrent writers --------------------------------------------------------------------
_WRITER = """
import os, sys
from pathlib import Path
from app.io.exports import write_sheets_xlsx
from app.io.report_tables import Sheet
from app.ui.report import print_pdf

folder, me = Path(sys.argv[1]), sys.argv[2]
go_xlsx, go_pdf, done = int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
rows = [[me, i] for i in range(500)]
sheet = Sheet("t", "Writer " + me, ["writer", "row"], rows, [None, None])
html = "<h1>Writer %s</h1>" % me + "<p>text</p>" * 100
os.read(go_xlsx, 1)  # every writer starts at once
write_sheets_xlsx([sheet], folder / "report.xlsx")
os.write(done, b"x")
os.read(go_pdf, 1)  # and again for the PDF (its own pipe: a fast writer must not take a
# slow one's start of the first round)
print_pdf(html, {}, folder / "report.pdf", "Writer " + me, "en", "test")
"""


def _wait_for_writers(n: int, done_r: int, procs) -> None:
    """Until ``n`` writers said done on the pipe, or one of them died (then the others are
    let go on, and the test fails on its exit status instead of hanging)."""
    got = 0
    while got < n:
        ready, _, _ = select.select([done_r], [], [], 1.0)
        if ready:
            got += len(os.read(done_r, n - got))
        elif any(p.poll() not in (None, 0) for p in procs):
            return


def test_eight_concurrent_exports_leave_one_whole_file(tmp_path):
    """Eight processes export XLSX, then PDF, to the same two files at the same moment."""
    import openpyxl
    from pypdf import PdfReader

    n = 8
    go_r, go_w = os.pipe()
    pdf_r, pdf_w = os.pipe()
    done_r, done_w = os.pipe()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                _WRITER,
                str(tmp_path),
                str(i),
                str(go_r),
                str(pdf_r),
                str(done_w),
            ],
            pass_fds=(go_r, pdf_r, done_w),
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(n)
    ]
    os.write(go_w, b"g" * n)
    _wait_for_writers(n, done_r, procs)  # every XLSX written (or a writer failed)
    os.write(pdf_w, b"g" * n)
    for p in procs:
        p.wait(240)
    for fd in (go_r, go_w, pdf_r, pdf_w, done_r, done_w):
        os.close(fd)
    assert all(p.returncode == 0 for p in procs), [p.stderr.read() for p in procs]
    sheet = openpyxl.load_workbook(tmp_path / "report.xlsx").worksheets[-1]
    writers = {row[0] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert len(writers) == 1 and sheet.max_row == 501  # one writer's whole table
    reader = PdfReader(tmp_path / "report.pdf")
    text = " ".join(page.extract_text() for page in reader.pages)
    writers = set(re.findall(r"Writer\s+(\d+)", text))
    assert len(writers) == 1 and text.count("text") == 100, text[:200]  # one whole document
    assert sorted(os.listdir(tmp_path)) == ["report.pdf", "report.xlsx"]  # no temp files


# ---- names, read-only targets, leftovers -----------------------------------------------------
def test_a_name_of_255_bytes_is_written(tmp_path):
    target = tmp_path / ("报" * 83 + ".xlsx")  # 249 + 5 bytes: the temp name must be shorter
    assert len(target.name.encode()) == 254
    atomic_write_bytes(target, b"data")
    assert target.read_bytes() == b"data" and os.listdir(tmp_path) == [target.name]


def test_too_long_a_name_is_one_sentence(tmp_path):
    with pytest.raises(WriteFailed, match="is too long for this file system"):
        atomic_write_bytes(tmp_path / ("a" * 300 + ".pdf"), b"data")


def test_read_only_report_is_refused_not_replaced(tmp_path):
    target = tmp_path / "r.xlsx"
    target.write_bytes(b"old")
    target.chmod(0o444)
    with pytest.raises(exports.ReportError, match="r.xlsx is read-only; choose another name"):
        exports.check_target(target)
    with pytest.raises(WriteFailed, match="read-only"):
        atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"old"


def test_leftovers_of_dead_writers_are_cleaned_and_a_running_ones_kept(tmp_path):
    dead_tmp = tmp_path / ".r.xlsx.999999999.abc.tmp"
    dead_stage = tmp_path / ".cpn-export-999999999-abc"
    mine = tmp_path / f".r.xlsx.{os.getpid()}.abc.tmp"
    dead_tmp.write_text("half")
    mine.write_text("under way")
    dead_stage.mkdir()
    (dead_stage / "r-sites.csv").write_text("half")
    atomic_write_bytes(tmp_path / "r.xlsx", b"new")
    assert sorted(os.listdir(tmp_path)) == sorted([mine.name, "r.xlsx"])


def test_a_failed_rename_in_a_csv_set_names_the_old_files(tmp_path, monkeypatch):
    stage = tmp_path / ".stage"
    stage.mkdir()
    targets = [tmp_path / f"r-{n}.csv" for n in ("a", "b", "c")]
    for t in targets:
        t.write_text("old")
        (stage / t.name).write_text("new")
    real = atomic.os.replace
    calls = []

    def second_fails(src, dst):
        calls.append(dst)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real(src, dst)

    monkeypatch.setattr(exports.os, "replace", second_fails)
    with pytest.raises(exports.ReportError) as caught:
        exports.move_staged(stage, targets)
    assert "these files are still the old ones: r-b.csv, r-c.csv" in str(caught.value)
    assert [t.read_text() for t in targets] == ["new", "old", "old"]


def test_csv_tables_failing_halfway_leave_every_old_file(tmp_path, monkeypatch):
    """The third table fails to write: no table has been replaced yet."""
    from app.io.report_tables import Sheet

    tables = [Sheet(n, n, ["a"], [[1]], [None]) for n in ("one", "two", "three")]
    monkeypatch.setattr(exports, "sheets", lambda data: tables)
    for n in ("one", "two", "three"):
        (tmp_path / f"r-{n}.csv").write_text("old")
    real = exports._write_csv

    def fail_third(frame, tmp):
        if "three" in tmp.name:
            raise OSError(28, "No space left on device")
        real(frame, tmp)

    monkeypatch.setattr(exports, "_write_csv", fail_third)
    with pytest.raises(exports.ReportError, match="the disk is full"):
        exports.write_csvs(None, tmp_path / "r.csv")
    assert sorted(os.listdir(tmp_path)) == ["r-one.csv", "r-three.csv", "r-two.csv"]
    assert {p.read_text() for p in tmp_path.iterdir()} == {"old"}


def test_failure_sentences_are_one_sentence_each():
    import errno

    for code, words in (
        (errno.ENOSPC, "the disk is full"),
        (errno.EROFS, "is read-only"),
        (errno.ENAMETOOLONG, "too long"),
        (errno.EACCES, "permission denied"),
        (errno.ENOENT, "the folder /x does not exist"),
        (errno.EISDIR, "/x/r.pdf is a folder"),
    ):
        text = atomic.failure_sentence(OSError(code, os.strerror(code)), "/x/r.pdf")
        assert words in text and "Errno" not in text and "\n" not in text


def test_a_writer_that_names_its_own_file_is_staged_and_checked(tmp_path):
    """HiGHS writes MPS by the file's extension: it writes into a staging folder; a failure
    leaves the old file and no staging folder."""
    import errno

    target = tmp_path / "lp.mps"
    target.write_text("old")

    def full(staged):
        staged.write_text("half")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(exports.ReportError, match="the disk is full: lp.mps was not written"):
        exports.write_staged(target, full)
    assert target.read_text() == "old" and os.listdir(tmp_path) == ["lp.mps"]
    exports.write_staged(target, lambda staged: staged.write_text("new"))
    assert target.read_text() == "new" and os.listdir(tmp_path) == ["lp.mps"]


def test_a_target_is_checked_before_the_work_with_one_sentence(tmp_path):
    """Too long a name, a folder, a missing folder, a read-only file: each one sentence that
    names the file, before anything is written (no raw OSError with the path twice)."""
    (tmp_path / "dir.pdf").mkdir()
    (tmp_path / "ro.pdf").write_text("old")
    (tmp_path / "ro.pdf").chmod(0o444)
    for name, words in (
        ("a" * 300 + ".pdf", "the file name " + "a" * 300 + ".pdf is too long for this file"),
        ("dir.pdf", "dir.pdf is a folder; give a file name"),
        ("no/r.pdf", f"the folder {tmp_path / 'no'} does not exist"),
        ("a" * 300 + "/r.pdf", "is too long for this file system"),
        ("ro.pdf", "ro.pdf is read-only; choose another name"),
    ):
        text = atomic.target_problem(tmp_path / name)
        assert text and words in text and "Errno" not in text, (name, text)
        with pytest.raises(exports.ReportError) as caught:
            exports.check_target(tmp_path / name)
        assert str(caught.value) == text
    assert atomic.target_problem(tmp_path / ("a" * 250 + ".pdf")) is None  # legal
    assert sorted(os.listdir(tmp_path)) == ["dir.pdf", "ro.pdf"]


def test_a_staged_writer_refuses_a_bad_target_before_writing(tmp_path):
    called = []
    with pytest.raises(exports.ReportError, match="is too long for this file system"):
        exports.write_staged(tmp_path / ("a" * 300 + ".mps"), called.append)
    with pytest.raises(exports.ReportError, match="does not exist; create it"):
        exports.write_staged(tmp_path / "no" / "lp.mps", called.append)
    assert not called and os.listdir(tmp_path) == []


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.EROFS, "the file system of {folder} is read-only: r.pdf was not written"),
        (errno.EACCES, "permission denied: cannot write r.pdf in {folder}"),
        (errno.ENOSPC, "the disk is full: r.pdf was not written"),
    ],
)
def test_a_folder_that_takes_no_file_says_why(tmp_path, monkeypatch, code, words):
    """The folder's refusal is the system's own (read-only file system, permission, full
    disk), not always "permission denied"; nothing is left behind."""

    def refuse(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "access", lambda *args, **kwargs: False)
    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    text = atomic.target_problem(tmp_path / "r.pdf")
    assert text and text.startswith(words.format(folder=tmp_path)), text
    assert os.listdir(tmp_path) == []


def test_a_folder_os_access_doubts_but_that_takes_a_file_is_fine(tmp_path, monkeypatch):
    monkeypatch.setattr(os, "access", lambda *args, **kwargs: False)
    assert atomic.target_problem(tmp_path / "r.pdf") is None
    assert os.listdir(tmp_path) == []
