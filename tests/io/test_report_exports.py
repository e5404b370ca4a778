"""Report exports a finance office accepts (XLSX, CSV, GeoJSON), without Qt: every shipped
scenario, a scenario with no placed sites, hostile names that must never become formulas,
units in headings, number formats, a metadata sheet, frozen headings, no float noise."""

from __future__ import annotations

import csv
import json
from dataclasses import replace

import openpyxl
import pytest

from app.io import exports
from app.io.report_data import collect
from app.io.scenario_file import load_scenario
from app.paths import DATA_DIR

SCENARIOS = sorted((DATA_DIR / "scenarios").glob("*.toml"))
HOSTILE = ('=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd")
FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture(scope="module")
def reports(atlas):
    return {p.stem: collect(load_scenario(p), atlas, lang="en") for p in SCENARIOS}


@pytest.fixture(scope="module")
def hostile_report(atlas):
    """Western expansion with every site and a workload class named like a formula."""
    sc = load_scenario(DATA_DIR / "scenarios" / "western-expansion.toml")
    sites = [replace(s, name=HOSTILE[i % len(HOSTILE)]) for i, s in enumerate(sc.sites)]
    sites += [
        replace(sc.sites[0], id=f"h{i}", name=name, lon=sc.sites[0].lon + 0.1 * i)
        for i, name in enumerate(HOSTILE[2:])
    ]
    classes = tuple(
        replace(c, id="=evil", label="=cmd|' /C calc'!A0") if i == 0 else c
        for i, c in enumerate(sc.assumptions.classes)
    )
    sc = replace(
        sc,
        name="=1+2",
        author="@evil",
        sites=sites,
        assumptions=replace(sc.assumptions, classes=classes),
    )
    return collect(sc, atlas, lang="en")


def test_scenario_without_sites_exports_every_format(reports, tmp_path):
    data = reports["baseline"]
    assert len(data.sites) == 0 and list(data.sites.columns)[0] == "site"
    book = openpyxl.load_workbook(exports.write_xlsx(data, tmp_path / "b.xlsx"))
    sites = book["Placed sites"]
    assert sites["A2"].value.startswith("No placed sites")
    written = exports.write_csvs(data, tmp_path / "b.csv")
    assert {p.name for p in written} >= {"b-sites.csv", "b-summary.csv", "b-metadata.csv"}
    features = json.loads(exports.write_geojson(data, tmp_path / "b.geojson").read_text())
    assert {f["properties"]["kind"] for f in features["features"]} == {"flow"}
    summary = {r[0]: r for r in _rows(book["Versus today"])}
    # no placed sites: the change is what re-allocating today's demand alone is worth
    cost = summary["Total annual cost"]
    assert cost[4] == pytest.approx(cost[3] - cost[2], abs=1e-3) and cost[4] <= 0


@pytest.mark.parametrize("name", [p.stem for p in SCENARIOS])
def test_every_shipped_scenario_exports(reports, tmp_path, name):
    data = reports[name]
    book = openpyxl.load_workbook(exports.write_xlsx(data, tmp_path / f"{name}.xlsx"))
    assert book.sheetnames[:6] == [
        "About this report",
        "Placed sites' effect",
        "Versus today",
        "Annual cost by hall, scenario",  # the summary's money lines, hall by hall
        "Annual cost by hall, today",
        "Placed sites",
    ]
    # header, one row per site and their total (or the "no placed sites" line)
    assert book["Placed sites"].max_row == (len(data.sites) + 2 if len(data.sites) else 2)
    assert len(exports.write_csvs(data, tmp_path / f"{name}.csv")) == len(data.tables())
    exports.write_geojson(data, tmp_path / f"{name}.geojson")


def _rows(ws):
    return [list(r) for r in ws.iter_rows(values_only=True)]


def test_headings_carry_units_and_numbers_have_formats(reports, tmp_path):
    data = reports["western-expansion"]
    book = openpyxl.load_workbook(exports.write_xlsx(data, tmp_path / "w.xlsx"))
    for ws in book.worksheets:
        assert ws.freeze_panes == "A2", ws.title
        assert all(ws.column_dimensions[c].width >= 6 for c in "AB"), ws.title
    sites = book["Placed sites"]
    headers = [c.value for c in sites[1]]
    assert "Energy cost (M CNY)" in headers and "Water (m³)" in headers
    assert "Annual PUE" in headers and "Design utilisation (%)" in headers
    # the Zhongwei campus (row 3) is loaded; Ulanqab may serve nothing (no PUE, flagged)
    pue = sites.cell(row=3, column=headers.index("Annual PUE") + 1)
    assert pue.number_format == "#,##0.000" and 1.0 < pue.value < 1.5
    energy = sites.cell(row=2, column=headers.index("Facility energy (MWh)") + 1)
    assert energy.number_format == "#,##0"
    # the stored figure is the engine's, scaled and rounded, not re-derived
    assert energy.value == pytest.approx(data.sites["facility_energy_mwh"].iloc[0], abs=0.01)
    summary = {r[0]: r for r in _rows(book["Versus today"])}
    cost = summary["Total annual cost"]
    assert cost[1] == "bn CNY"
    t = data.totals.set_index("total")
    assert cost[2] == pytest.approx(t.at["cost_cny", "before"] / 1e9, abs=1e-5)
    assert cost[4] == pytest.approx(cost[3] - cost[2], abs=1e-4)  # scenario minus reference
    ev = data.evaluation  # versus today: the scenario's total minus today's
    today_change = (ev.result.totals["cost_cny"] - ev.baseline.totals["cost_cny"]) / 1e9
    assert cost[4] == pytest.approx(today_change, abs=1e-4)


def test_metadata_sheet_says_what_when_and_against_what(reports, tmp_path):
    data = reports["western-expansion"]
    book = openpyxl.load_workbook(exports.write_xlsx(data, tmp_path / "w.xlsx"))
    meta = dict((r[0], r[1]) for r in _rows(book["About this report"])[1:])
    assert meta["Scenario"] == "Western expansion"
    assert meta["App version"].startswith("CPN Planner ")
    assert meta["Report generated"][:2] == "20" and meta["Number of placed sites"] == "2"
    # the three references, each named once, and what the sites' effect is measured against
    without = meta["Reference - without the placed sites"]
    assert "placed sites removed" in without and "same status quo" in without
    assert "status quo" in meta["Reference - today"]
    assert "no cost of moving" in meta["Reference - if moving were free"]
    assert meta["Assumptions"] == "built-in defaults"


def test_no_float_noise_in_any_cell(reports, tmp_path):
    book = openpyxl.load_workbook(
        exports.write_xlsx(reports["eastern-inference"], tmp_path / "e.xlsx")
    )
    for ws in book.worksheets:
        for row in ws.iter_rows(min_row=2, values_only=True):
            for v in row:
                if isinstance(v, float):
                    assert len(repr(v).split(".")[-1].rstrip("0")) <= 6, (ws.title, v)


def test_hostile_names_are_never_formulas_in_xlsx(hostile_report, tmp_path):
    book = openpyxl.load_workbook(exports.write_xlsx(hostile_report, tmp_path / "h.xlsx"))
    texts = []
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    texts.append(cell.value)
    # the names are kept as written, as text (site sheets, monthly headings, flows, metadata)
    for name in ("=1+2", "@evil", "+1+1", "@SUM(A1)", "=cmd|' /C calc'!A0", "=evil"):
        assert name in texts, name
    monthly = book["Monthly PUE"]
    assert [c.value for c in monthly[1]][1] == HOSTILE[0]
    assert monthly["B1"].data_type == "s"


def test_hostile_names_are_escaped_in_csv(hostile_report, tmp_path):
    for path in exports.write_csvs(hostile_report, tmp_path / "h.csv"):
        with path.open(encoding="utf-8-sig", newline="") as f:
            for row in csv.reader(f):
                for cell in row:
                    assert not cell.startswith(FORMULA_LEADS) or _is_number(cell), (path, cell)
    sites = (tmp_path / "h-sites.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in sites and "'@SUM(A1)" in sites
    assert "'=1+2" in (tmp_path / "h-metadata.csv").read_text(encoding="utf-8-sig")


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def test_a_site_without_a_price_shows_its_cost_as_missing_not_free(atlas, tmp_path):
    from app.domain.site import Site

    sc = load_scenario(DATA_DIR / "scenarios" / "baseline.toml")
    sc = replace(
        sc,
        sites=[
            Site(
                id="sea", name="At sea", lon=124.5, lat=27.0, capacity_mw=50.0, cooling="immersion"
            )
        ],
    )
    data = collect(sc, atlas, lang="en")
    book = openpyxl.load_workbook(exports.write_xlsx(data, tmp_path / "s.xlsx"))
    sites = book["Placed sites"]
    headers = [c.value for c in sites[1]]
    row = {h: c.value for h, c in zip(headers, sites[2], strict=True)}
    assert row["Energy cost (M CNY)"] is None and row["Electricity price (CNY/kWh)"] is None
    assert row["Token cost (CNY per M tokens)"] is None
    assert row["Price source"] == "no tariff: set an override"
    # left out of the allocation: no load, so no figures at the solved load, and it says why
    assert row["Solved load (MW)"] is None and row["Facility energy (MWh)"] is None
    assert "left out" in row["Flags"]
