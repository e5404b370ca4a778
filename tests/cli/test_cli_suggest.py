"""``cpn-planner suggest``: JSON for scripts, --apply writes a scenario that solve agrees with."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from app.io.scenario_file import load_scenario
from app.paths import DATA_DIR

BASELINE = str(DATA_DIR / "scenarios" / "baseline.toml")


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, timeout=300
    )


@pytest.fixture()
def candidates(tmp_path):
    path = tmp_path / "candidates.csv"
    path.write_text("name,lon,lat\nUlanqab,113.13,41.03\nZhongwei,105.19,37.51\n")
    return path


def test_json_names_sites_and_apply_matches_solve(tmp_path, candidates):
    out_toml, report = tmp_path / "with-sites.toml", tmp_path / "suggestion.xlsx"
    args = ["suggest", BASELINE, "--add-mw", "200", "--max-sites", "2", "--step-mw", "100",
            "--min-site-mw", "100", "--candidates", str(candidates), "--only-candidates",
            "--technologies", "indirect_evaporative", "--facilities", "large",
            "--alternatives", "1", "--within", "0.5", "--json", "--apply", str(out_toml), "--report", str(report)]  # fmt: skip
    out = _run(*args)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["status"] == "optimal" and data["gap"] == 0
    assert sum(s["capacity_mw"] for s in data["sites"]) == pytest.approx(200.0)
    site = data["sites"][0]
    assert {"lon", "lat", "capacity_mw", "cooling", "facility", "province", "station"} <= set(site)
    assert site["province"] in {"Inner Mongolia", "Ningxia"}
    # The saving is the one evaluation's and equals what the optimiser priced.
    assert data["saving_cny"] == pytest.approx(
        data["base_cost_cny"] - data["objective_cny"], rel=1e-6, abs=1.0
    )
    assert data["alternatives"] and data["alternatives"][0]["sites"] != data["sites"]
    written = load_scenario(out_toml)
    assert [s.capacity_mw for s in written.sites] == [s["capacity_mw"] for s in data["sites"]]
    import openpyxl

    book = openpyxl.load_workbook(report)
    plans = book.worksheets[-1]
    assert plans.max_row >= 3  # heading, the best plan's site(s), the alternative's
    from app.engine.evaluate import evaluate
    from app.engine.suggest.suggest import plan_cost

    solved = evaluate(written, free=False)  # the written file costs what was suggested
    assert plan_cost(solved) == pytest.approx(data["objective_cny"], rel=1e-7)
    # Every site figure is the one evaluation's of the scenario with the plan placed, as the
    # window and the report show it (not the design-load PUE the options were priced on).
    new = [e for e in solved.sites if e.site.id.startswith("suggested-")]
    assert len(new) == len(data["sites"])
    for e, site in zip(new, data["sites"], strict=True):
        assert site["pue"] == pytest.approx(e.solved.pue, rel=1e-12)
        assert site["load_mw"] == pytest.approx(e.solved.load_mw, rel=1e-12)
        assert site["utilisation"] == pytest.approx(e.solved.utilisation, rel=1e-12)
    heads = [c.value for c in plans[1]]
    pue_col, site_col = heads.index("Annual PUE"), heads.index("Site")
    in_report = {r[site_col]: r[pue_col] for r in plans.iter_rows(min_row=2, values_only=True)}
    for e, site in zip(new, data["sites"], strict=True):
        assert in_report[e.site.name] == pytest.approx(site["pue"], rel=1e-4)


def test_bad_request_is_one_sentence(candidates, capsys):
    from app.__main__ import main

    assert main(["suggest", BASELINE, "--add-mw", "-3", "--candidates", str(candidates)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("suggest: add_mw: ") and len(err.strip().splitlines()) == 1


def test_a_report_that_cannot_be_written_is_refused_before_the_search(tmp_path, capsys):
    from app.__main__ import main

    missing = tmp_path / "nowhere" / "suggestion.xlsx"
    assert main(["suggest", BASELINE, "--add-mw", "100", "--report", str(missing)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("suggest: ") and "does not exist" in err
    assert len(err.strip().splitlines()) == 1
    assert main(["suggest", BASELINE, "--add-mw", "100", "--report", str(tmp_path / "s.docx")]) == 2
    assert "must end in .xlsx or .pdf" in capsys.readouterr().err


def test_the_summary_reads_in_chinese(candidates, capsys):
    """The solver's status and the province in Chinese (they read "optimal" and "Ningxia")."""
    from app.__main__ import main
    from app.domain import text

    argv = ["--lang", "zh", "suggest", BASELINE, "--add-mw", "100", "--max-sites", "1",
            "--step-mw", "100", "--min-site-mw", "100", "--candidates", str(candidates),
            "--only-candidates", "--technologies", "indirect_evaporative", "--facilities", "large"]  # fmt: skip
    try:
        assert main(argv) == 0
    finally:
        text.set_language("en")
    out = capsys.readouterr().out
    assert out.startswith("最优：1 个站点") and "optimal" not in out
    assert "内蒙古自治区" in out or "宁夏回族自治区" in out
    # Cooling and facility class by the names the window uses, not their ids.
    from app.domain.ids import COOLING_TECH_LABELS
    from app.engine.pue.facility import FACILITY_LABELS

    assert "indirect_evaporative" not in out and " large" not in out
    assert COOLING_TECH_LABELS["indirect_evaporative"][True] in out
    assert FACILITY_LABELS["large"][True] in out


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_summary_says_one_site_and_an_extra_cost_not_a_negative_saving(lang):
    from app.cli.suggest import summary_line
    from app.domain.text import set_language

    set_language(lang)
    try:
        one = summary_line("optimal", 1, 5e9, 0.001, -0.82e9)
        two = summary_line("optimal", 2, 5e9, 0.001, 1.5e9)
        noise = summary_line("optimal", 2, 5e9, 0.001, -1e3)  # rounds to nothing
    finally:
        set_language("en")
    assert "1 sites" not in one and "-0.820" not in one and "-8.200" not in one
    assert "-0.000" not in noise and "costs" not in noise
    if lang == "en":
        assert one.endswith(
            "1 site, annual cost 5.000 bn CNY, gap 0.10%; costs 0.820 bn CNY a year more"
        )
        assert two.endswith(
            "2 sites, annual cost 5.000 bn CNY, gap 0.10%; saves 1.500 bn CNY a year"
        )
        assert noise.endswith("; saves 0.000 bn CNY a year")
    else:
        assert "8.200 亿元" in one and "15.000 亿元" in two
