"""Each placed site's annual PUE reaches the XLSX and CSV with its p5-p95 band as two numeric
columns, and its facility class as text, in English and Chinese; a missing band is an empty
cell, never "nan"."""

from __future__ import annotations

import csv
import math

import numpy as np
import openpyxl
import pytest

from app.domain.pue_shown import band_at, pue_band_text
from app.io import exports
from app.io.report_data import collect
from app.io.scenario_file import load_scenario
from app.paths import DATA_DIR

WESTERN = DATA_DIR / "scenarios" / "western-expansion.toml"


@pytest.fixture(scope="module")
def scenario():
    return load_scenario(WESTERN)


@pytest.fixture(scope="module")
def english(scenario, atlas):
    return collect(scenario, atlas, lang="en")


def _columns(ws) -> dict[str, int]:
    return {ws.cell(row=1, column=c).value: c for c in range(1, ws.max_column + 1)}


def test_the_evaluation_bands_every_site_and_the_table_keeps_the_order(english):
    sites = english.sites
    assert len(sites) >= 2
    for row, m in zip(sites.to_dict("records"), english.metrics, strict=True):
        # the band was computed at the design utilisation and surrounds that PUE
        assert m.pue_p5 <= m.annual_pue <= m.pue_p95 and m.pue_p95 > m.pue_p5
        if math.isnan(row["annual_pue"]):
            continue  # left out of the solve: no solved PUE, no band
        assert row["pue_p5"] <= row["annual_pue"] <= row["pue_p95"]
        if row["solved_utilisation"] == pytest.approx(row["design_utilisation"]):
            assert row["pue_p5"] == pytest.approx(m.pue_p5)
            assert row["pue_p95"] == pytest.approx(m.pue_p95)


def test_xlsx_has_p5_and_p95_as_numbers_around_the_pue(english, scenario, tmp_path):
    book = openpyxl.load_workbook(exports.write_xlsx(english, tmp_path / "r.xlsx"))
    ws = book["Placed sites"]
    cols = _columns(ws)
    pue, p5, p95 = (cols[h] for h in ("Annual PUE", "Annual PUE p5", "Annual PUE p95"))
    facility = cols["Facility class"]
    checked = 0
    for r in range(2, ws.max_row + 1):
        low, mid, high = (ws.cell(row=r, column=c).value for c in (p5, pue, p95))
        if mid is None:
            continue
        assert isinstance(low, float) and isinstance(high, float)
        assert low <= mid <= high and high - low > 0.005
        assert ws.cell(row=r, column=p5).number_format == "#,##0.000"
        checked += 1
    assert checked >= 1  # a site that serves nothing has no PUE (and is flagged)
    wanted = {"hyperscale": "Hyperscale", "large": "Large", "midsize": "Mid-size", "small": "Small"}
    shown = [ws.cell(row=r, column=facility).value for r in range(2, ws.max_row)]  # w/o total
    assert shown == [wanted[s.facility] for s in scenario.sites]


def test_csv_has_the_band_columns_and_chinese_headings(scenario, atlas, tmp_path):
    data = collect(scenario, atlas, lang="zh")
    written = exports.write_csvs(data, tmp_path / "r.csv")
    path = next(p for p in written if p.name == "r-sites.csv")
    with path.open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert {"年均PUE P5", "年均PUE P95", "设施等级"} <= set(rows[0]), list(rows[0])
    pue_heading = next(h for h in rows[0] if h.startswith("年均PUE") and "P" not in h[5:])
    for row in rows:
        if row[pue_heading]:
            assert float(row["年均PUE P5"]) <= float(row[pue_heading]) <= float(row["年均PUE P95"])
    assert {row["设施等级"] for row in rows} <= {"超大型", "大型", "中型", "小型"}


def test_a_missing_band_is_an_empty_cell_never_nan(english, tmp_path):
    sites = english.sites.copy()
    i = int(np.flatnonzero(sites["annual_pue"].notna().to_numpy())[0])  # a site with a PUE
    sites.loc[i, ["pue_p5", "pue_p95"]] = math.nan  # as beyond the evaluation's band limit
    data = english.__class__(**{**english.__dict__, "sites": sites})
    ws = openpyxl.load_workbook(exports.write_xlsx(data, tmp_path / "m.xlsx"))["Placed sites"]
    cols = _columns(ws)
    assert ws.cell(row=2 + i, column=cols["Annual PUE p5"]).value is None
    assert ws.cell(row=2 + i, column=cols["Annual PUE"]).value is not None
    path = next(
        p for p in exports.write_csvs(data, tmp_path / "m.csv") if p.name.endswith("-sites.csv")
    )
    text = path.read_text(encoding="utf-8-sig")
    assert "nan" not in text.lower()


def test_band_text_and_carrying_the_band_to_another_load():
    assert pue_band_text(1.2449, 1.181, 1.309, "en") == "1.24 (1.18-1.31)"
    assert pue_band_text(1.24, math.nan, 1.3, "en") == "1.24 (band missing)"
    assert pue_band_text(1.24, None, None, "zh") == "1.24（区间缺失）"
    assert pue_band_text(math.nan, 1.1, 1.3, "en") == "missing"
    # hand-computed: overhead 0.2 with band 0.1..0.3; at PUE 1.4 (overhead 0.4) it doubles
    assert band_at(1.4, 1.2, 1.1, 1.3) == pytest.approx((1.2, 1.6))
    assert band_at(1.2, 1.2, 1.1, 1.3) == pytest.approx((1.1, 1.3))
    assert all(math.isnan(v) for v in band_at(None, 1.2, 1.1, 1.3))


def test_energy_cost_and_carbon_carry_the_band(english):
    # Facility energy = IT energy x PUE; cost and grid carbon follow the energy at the same
    # price, green share and emission factor: their p5/p95 are the PUE's ratios.
    checked = 0
    for row in english.sites.to_dict("records"):
        if math.isnan(row["annual_pue"]):
            continue
        for key in ("facility_energy_mwh", "energy_cost_mcny", "carbon_t"):
            low, mid, high = row[f"{key}_p5"], row[key], row[f"{key}_p95"]
            assert low < mid < high
            assert low / mid == pytest.approx(row["pue_p5"] / row["annual_pue"])
            assert high / mid == pytest.approx(row["pue_p95"] / row["annual_pue"])
            checked += 1
    assert checked >= 3
