"""A scenario's [base] files are read defensively (app.domain.safe_read): a named pipe, a
symlink to /dev/zero, a folder or an oversized file is refused at once with a sentence
naming the file, never hangs or fills memory, and no message repeats the file's content."""

from __future__ import annotations

import os

import pytest

from app.datasets import base_atlas
from app.datasets.base_atlas import BaseDataError, atlas_for_base, read_boundaries, read_table
from app.paths import DATA_DIR

SECRET = "TOP-SECRET-CONTENT"


def _fifo(tmp_path, name):
    path = tmp_path / name
    os.mkfifo(path)  # nobody writes: opening it for reading would block forever
    return path


@pytest.mark.parametrize("kind", ["tariffs", "normals"])
def test_a_named_pipe_is_refused_without_blocking(tmp_path, kind):
    path = _fifo(tmp_path, f"{kind}.csv")
    with pytest.raises(BaseDataError, match=r"not a regular file") as info:
        read_table(path, kind)
    assert str(path) in str(info.value)
    with pytest.raises(BaseDataError, match=r"not a regular file"):
        atlas_for_base({"tariffs": str(path)} if kind == "tariffs" else {"normals": str(path)})


def test_a_pipe_as_boundaries_is_refused(tmp_path):
    with pytest.raises(BaseDataError, match=r"boundaries.geojson: .*not a regular file"):
        read_boundaries(_fifo(tmp_path, "boundaries.geojson"))


def test_a_symlink_to_dev_zero_is_refused(tmp_path):
    link = tmp_path / "provinces.csv"
    link.symlink_to("/dev/zero")  # endless bytes: reading it would never stop
    with pytest.raises(BaseDataError, match=r"provinces.csv: .*not a regular file"):
        read_table(link, "provinces")
    shape = tmp_path / "boundaries.shp"
    shape.symlink_to("/dev/zero")
    with pytest.raises(BaseDataError, match=r"not a regular file"):
        read_boundaries(shape)


def test_a_folder_is_refused(tmp_path):
    folder = tmp_path / "hubs.csv"
    folder.mkdir()
    with pytest.raises(BaseDataError, match=r"hubs.csv: is a folder"):
        read_table(folder, "hubs")
    with pytest.raises(BaseDataError, match=r"is a folder"):
        read_boundaries(folder)


def test_an_oversized_file_is_refused_and_not_quoted(tmp_path):
    path = tmp_path / "clusters.csv"
    with open(path, "w") as f:
        f.write(SECRET + "\n")
        f.truncate(base_atlas.MAX_TABLE_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(BaseDataError, match=r"clusters.csv: is too big .*limit") as info:
        read_table(path, "clusters")
    assert SECRET not in str(info.value)
    big = tmp_path / "boundaries.geojson"
    with open(big, "w") as f:
        f.truncate(base_atlas.MAX_BOUNDARY_BYTES + 1)
    with pytest.raises(BaseDataError, match=r"is too big"):
        read_boundaries(big)


def test_a_bad_cell_is_named_but_not_repeated_at_length(tmp_path):
    lines = (DATA_DIR / "tariffs.csv").read_text(encoding="utf-8-sig").splitlines()
    header = lines[0].split(",")
    column = header.index("price_cny_per_kwh")
    cells = lines[1].split(",")
    cells[column] = SECRET * 100
    path = tmp_path / "tariffs.csv"
    path.write_text("\n".join([lines[0], ",".join(cells), *lines[2:]]) + "\n", encoding="utf-8")
    with pytest.raises(BaseDataError, match=r"row 2, column 'price_cny_per_kwh'") as info:
        read_table(path, "tariffs")
    assert len(str(info.value)) < len(str(path)) + 200  # a short quote, not the cell


def test_a_good_table_still_reads(tmp_path):
    copy = tmp_path / "hubs.csv"
    copy.write_bytes((DATA_DIR / "hubs.csv").read_bytes())
    table = read_table(copy, "hubs")
    assert len(table) > 0 and "hub_id" in table.columns
