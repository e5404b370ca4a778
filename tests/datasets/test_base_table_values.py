"""A planner's own [base] tables are range-checked like the scenario format's own keys: a
price of 1e300, 0 or below, an emission factor of 5, a header-only file, a repeated key or an
unknown province code is refused with one sentence naming the [base] key, the file, the row
(header = row 1), the column and the value; nothing reaches the solver as NaN or free power."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from app.datasets.base_atlas import BaseDataError, atlas_for_base, read_table
from app.paths import DATA_DIR

BUILTIN_FILES = {
    "provinces": "provinces.csv",
    "tariffs": "tariffs.csv",
    "hubs": "hubs.csv",
    "clusters": "clusters.csv",
    "normals": "climate_normals.csv",
}


def _copy(tmp_path, kind, edit=lambda f: f):
    """The built-in table of ``kind`` as a planner's file, edited (text cells)."""
    frame = pd.read_csv(DATA_DIR / BUILTIN_FILES[kind], dtype=str, keep_default_na=False)
    path = tmp_path / f"own-{kind}.csv"
    edit(frame).to_csv(path, index=False)
    return path


def _set(column, row, value):
    def edit(frame):
        frame.loc[row, column] = value
        return frame

    return edit


def _beijing_agency_row() -> int:
    t = pd.read_csv(DATA_DIR / "tariffs.csv", dtype=str, keep_default_na=False)
    agency = "agency_purchase_two_part_large_industry_1-10kV_2026-08_flat"
    return int(t.index[(t["adcode"] == "110000") & (t["basis"] == agency)][0])


@pytest.mark.parametrize("kind", sorted(BUILTIN_FILES))
def test_the_built_in_tables_pass_as_a_planners_own(tmp_path, kind):
    read_table(_copy(tmp_path, kind), kind)
    atlas_for_base({kind: str(_copy(tmp_path, kind))})


@pytest.mark.parametrize(
    ("value", "shown"), [("1e300", "1e+300"), ("0", "0"), ("-0.5", "-0.5"), ("10", "10")]
)
def test_a_tariff_outside_0_10_is_refused_with_file_row_and_column(tmp_path, value, shown):
    row = _beijing_agency_row()
    path = _copy(tmp_path, "tariffs", _set("price_cny_per_kwh", row, value))
    expected = (
        f"base.tariffs: {path}: row {row + 2}, column 'price_cny_per_kwh': "
        f"must be in (0, 10) CNY/kWh, got {shown}"
    )
    with pytest.raises(BaseDataError) as info:
        atlas_for_base({"tariffs": str(path)})
    assert str(info.value) == expected


def test_an_empty_price_is_still_not_found(tmp_path):
    """An empty cell means "not found" (data/README.md): Beijing's price is then composed."""
    path = _copy(tmp_path, "tariffs", _set("price_cny_per_kwh", _beijing_agency_row(), ""))
    atlas = atlas_for_base({"tariffs": str(path)})
    assert atlas.provinces.loc[110000, "price_kind"] == "composed_estimate"
    assert 0 < atlas.provinces.loc[110000, "price_cny_per_kwh"] < 10


def test_a_header_only_tariff_table_is_refused(tmp_path):
    path = tmp_path / "tariffs.csv"
    header = (DATA_DIR / "tariffs.csv").read_text(encoding="utf-8").splitlines()[0]
    path.write_text(header + "\n", encoding="utf-8")
    with pytest.raises(BaseDataError, match=re.escape(f"base.tariffs: {path}: no data rows")):
        atlas_for_base({"tariffs": str(path)})


def test_a_table_without_any_usable_price_is_refused(tmp_path):
    """Only promotional quotes: no province gets a price, so the solve would have none."""
    path = _copy(tmp_path, "tariffs", lambda f: f[f["basis"] == "dc_quoted_price"])
    with pytest.raises(BaseDataError, match="no province has a price"):
        atlas_for_base({"tariffs": str(path)})


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("-1", "unknown province adcode -1 (not in the provinces table)"),
        ("990000", "unknown province adcode 990000 (not in the provinces table)"),
        ("1e300", "must be a whole number of at most 15 digits, got 1e+300"),
        ("110000.5", "must be a whole number of at most 15 digits, got 110000.5"),
    ],
)
def test_a_tariff_row_for_an_unknown_province_is_named_not_dropped(tmp_path, value, problem):
    path = _copy(tmp_path, "tariffs", _set("adcode", 0, value))
    with pytest.raises(BaseDataError) as info:
        atlas_for_base({"tariffs": str(path)})
    assert str(info.value) == f"base.tariffs: {path}: row 2, column 'adcode': {problem}"


def test_a_repeated_tariff_row_names_both_rows(tmp_path):
    path = _copy(tmp_path, "tariffs", lambda f: pd.concat([f, f.iloc[[0]]], ignore_index=True))
    rows = len(pd.read_csv(path))
    with pytest.raises(BaseDataError) as info:
        atlas_for_base({"tariffs": str(path)})
    assert str(info.value) == (
        f"base.tariffs: {path}: row {rows + 1}, column(s) 'adcode', 'basis': "
        "110000, 'coal_benchmark_2019' is already in row 2"
    )


@pytest.mark.parametrize(
    ("kind", "column", "value", "rule"),
    [
        ("provinces", "grid_ef_2023_kgco2_per_kwh", "5", "[0, 5) kgCO2/kWh"),
        ("provinces", "grid_ef_2023_kgco2_per_kwh", "-0.1", "[0, 5) kgCO2/kWh"),
        ("provinces", "gdp_2023_billion_cny", "0", "(0, 1000000] billion CNY"),
        ("provinces", "population_2023_million", "1e300", "(0, 2000] million"),
        ("hubs", "pue_target", "0.5", "[1, 5]"),
        ("hubs", "utilisation_target", "65", "(0, 1]"),
        ("clusters", "lat", "1e300", "[10, 56] °N (China's extent)"),
        ("clusters", "pue_target", "inf", "[1, 5]"),
        ("normals", "rh_pct", "500", "[0, 100] %"),
    ],
)
def test_values_outside_their_range_are_refused(tmp_path, kind, column, value, rule):
    path = _copy(tmp_path, kind, _set(column, 0, value))
    with pytest.raises(BaseDataError) as info:
        atlas_for_base({kind: str(path)})
    assert str(info.value).startswith(
        f"base.{kind}: {path}: row 2, column {column!r}: must be in {rule}, got "
    )


def test_a_cluster_in_an_unknown_province_is_refused(tmp_path):
    path = _copy(tmp_path, "clusters", _set("province_adcode", 3, "123456"))
    with pytest.raises(BaseDataError, match=r"row 5, column 'province_adcode': unknown province"):
        atlas_for_base({"clusters": str(path)})


@pytest.mark.parametrize(("cell", "problem"), [("110000;x", "'x' is not"), ("990000", "990000")])
def test_a_hub_with_a_bad_member_code_is_refused(tmp_path, cell, problem):
    path = _copy(tmp_path, "hubs", _set("province_adcodes", 1, cell))
    with pytest.raises(BaseDataError, match=rf"row 3, column 'province_adcodes': .*{problem}"):
        atlas_for_base({"hubs": str(path)})


def test_a_province_without_a_boundary_names_the_provinces_row(tmp_path):
    path = _copy(tmp_path, "provinces", _set("adcode", 2, "990000"))
    with pytest.raises(BaseDataError) as info:
        atlas_for_base({"provinces": str(path)})
    assert str(info.value).startswith(
        f"base.provinces: {path}: row 4, column 'adcode': no province boundary has adcode 990000"
    )
