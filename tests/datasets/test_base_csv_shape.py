"""A planner's [base] CSV whose shape is broken is refused for what is wrong with it: a row
cut short or too long (its field count against the header's), a column name given twice, a
file separated by ';', text that is not UTF-8 (byte offset, line and column, not the codec's
words). Pandas never takes the first column as an index, so no cell lands under the wrong
column. The messages go through ``tr`` like the table's other messages."""

from __future__ import annotations

import csv
import io

import pytest

from app.datasets.base_atlas import BaseDataError, atlas_for_base, read_table
from app.domain import text
from app.paths import DATA_DIR


def _rows() -> list[list[str]]:
    raw = (DATA_DIR / "tariffs.csv").read_text(encoding="utf-8-sig")
    return list(csv.reader(io.StringIO(raw)))


def _write(tmp_path, rows: list[list[str]], name: str = "tariffs.csv") -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    path = tmp_path / name
    path.write_text(out.getvalue(), encoding="utf-8")
    return str(path)


def _refusal(path: str, kind: str = "tariffs") -> str:
    with pytest.raises(BaseDataError) as info:
        read_table(path, kind)
    return str(info.value)


def test_a_row_cut_short_is_refused_not_read_as_a_missing_price(tmp_path):
    rows = _rows()
    rows[1] = rows[1][:3]  # 'adcode,province,basis': the price is gone
    path = _write(tmp_path, rows)
    assert _refusal(path) == f"{path}: row 2 has 3 fields, the header 7"
    with pytest.raises(BaseDataError, match=r"^base\.tariffs: .*row 2 has 3 fields"):
        atlas_for_base({"tariffs": path})


@pytest.mark.parametrize("which", ["every row", "one row"])
def test_an_extra_field_names_the_row_not_a_shifted_column(tmp_path, which):
    rows = _rows()
    for i in range(1, len(rows) if which == "every row" else 2):
        rows[i] = [*rows[i], "x"]
    message = _refusal(_write(tmp_path, rows))
    assert message.endswith("row 2 has 8 fields, the header 7")
    assert "Beijing" not in message and "benchmark" not in message  # no file content


def test_a_column_name_given_twice_is_named(tmp_path):
    rows = _rows()
    rows[0] = [*rows[0][:3], "basis", *rows[0][3:]]
    rows[1:] = [[*r[:3], r[2], *r[3:]] for r in rows[1:]]  # the rows agree with the header
    assert _refusal(_write(tmp_path, rows)).endswith(
        "row 1: the column name 'basis' is given twice"
    )


def test_a_semicolon_separated_file_is_named_as_such(tmp_path):
    rows = [[";".join(r)] for r in _rows()[:5]]
    assert "separated by ';'" in _refusal(_write(tmp_path, rows))


def test_text_that_is_not_utf8_gives_offset_line_and_column(tmp_path):
    path = tmp_path / "tariffs.csv"
    path.write_bytes("adcode,province\n110000,北京\n".encode("gbk"))
    assert _refusal(str(path)) == (
        f"{path}: not UTF-8 text at byte offset 23 (line 2, column 8); save it as a UTF-8 CSV"
    )


def test_a_well_formed_table_still_reads_with_its_first_column(tmp_path):
    table = read_table(_write(tmp_path, _rows()), "tariffs")
    assert list(table.columns[:2]) == ["adcode", "province"]
    assert int(table["adcode"].iloc[0]) == 110000


@pytest.fixture
def marked(monkeypatch):
    """A Chinese catalogue that marks every message: what reaches the planner went through
    ``tr`` (the real translations are made with the .ts file)."""

    class Marked(dict):
        def get(self, key, default=None):
            return "译:" + key

    monkeypatch.setattr(text, "_catalogue", lambda lang: Marked())
    text.set_language("zh")
    yield
    text.set_language("en")


@pytest.mark.parametrize(
    "edit",
    [
        lambda rows: [r[:3] if i == 1 else r for i, r in enumerate(rows)],  # row cut short
        lambda rows: [rows[0] + ["basis"], *(r + ["x"] for r in rows[1:])],  # name twice
        lambda rows: [[";".join(r)] for r in rows[:3]],  # ';'
        lambda rows: [rows[0][:5], *(r[:5] for r in rows[1:])],  # missing columns
        lambda rows: [rows[0], ["Beijing", *rows[1][1:]]],  # not a number
    ],
)
def test_the_messages_go_through_tr(tmp_path, marked, edit):
    assert "译:" in _refusal(_write(tmp_path, edit(_rows())))


def test_the_utf8_message_goes_through_tr_without_codec_text(tmp_path, marked):
    path = tmp_path / "tariffs.csv"
    path.write_bytes(b"adcode,province\n110000,\xb1\xb1\n")
    message = _refusal(str(path))
    assert message.startswith("译:") and message.count("译:") == 2
    assert "codec" not in message and "0xb1" not in message
