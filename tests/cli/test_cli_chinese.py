"""``--lang zh`` on the command line: argparse's words, the commands' messages, validation
messages, engine notes and units in Chinese; English again without it."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from app.__main__ import main
from app.domain import text
from app.domain.site import Site
from app.engine.climate import weather

ROOT = Path(__file__).resolve().parents[2]
HAN = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_WORDS = re.compile(r"\b(must|unknown|missing|problems?|usage|error|options|got)\b")


@pytest.fixture(autouse=True)
def _english_afterwards():
    yield
    text.set_language("en")


@pytest.fixture
def bad_scenario(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text(
        'format = "cpn-scenario"\nversion = 1\n[[sites]]\nid = "a"\nname = "x"\n'
        'lon = 110.0\nlat = 30.0\ncapacity_mw = -5\ncooling = "chiler_tower"\n'
        "foo = 1\n",
        encoding="utf-8",
    )
    return path


def test_validation_messages_in_chinese(bad_scenario, capsys):
    assert main(["validate", str(bad_scenario), "--lang", "zh"]) == 1
    err = capsys.readouterr().err
    assert "3 个问题" in err
    assert "sites[0].capacity_mw: 必须在 (0, 50000] MW 内，实际为 -5" in err
    assert "未知的冷却技术 'chiler_tower'" in err and "'chiller_tower'" in err
    assert "未知的键" in err
    assert not ENGLISH_WORDS.search(err), err


def test_units_with_words_are_chinese_too(tmp_path, capsys):
    path = tmp_path / "far.toml"
    path.write_text(
        'format = "cpn-scenario"\nversion = 1\n[assumptions]\npayback_years = 0\n'
        '[[sites]]\nid = "a"\nname = "x"\nlon = 200.0\nlat = 30.0\n',
        encoding="utf-8",
    )
    assert main(["validate", str(path), "--lang", "zh"]) == 1
    err = capsys.readouterr().err
    assert "sites[0].lon: 必须在 [70, 140] °E（中国范围） 内，实际为 200" in err, err
    assert "(0, 100] 年" in err and "extent" not in err and "] years" not in err


def test_english_again_without_lang(bad_scenario, capsys):
    main(["validate", str(bad_scenario), "--lang", "zh"])
    capsys.readouterr()
    assert main(["validate", str(bad_scenario)]) == 1
    err = capsys.readouterr().err
    assert "sites[0].capacity_mw: must be in (0, 50000] MW, got -5" in err and "3 problems" in err
    assert not HAN.search(err)


def test_help_and_argparse_errors_in_chinese():
    help_ = subprocess.run(
        [sys.executable, "-m", "app", "--lang", "zh", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert help_.startswith("用法：cpn-planner")
    assert "显示此帮助信息并退出" in help_ and "检查方案文件并列出其中的问题" in help_
    bad = subprocess.run(
        [sys.executable, "-m", "app", "validate", "--lang", "zh"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 2
    assert "错误：缺少必需的参数：scenario" in bad.stderr, bad.stderr


def test_solve_summary_in_chinese_units_matches_json(capsys):
    assert main(["solve", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert main(["--lang", "zh", "solve"]) == 0
    out = capsys.readouterr().out
    cost = float(re.search(r"成本 ([\d,.]+) 亿元/年", out).group(1).replace(",", ""))
    carbon = float(re.search(r"碳排放 ([\d,.]+) 万吨", out).group(1).replace(",", ""))
    assert cost * 1e8 == pytest.approx(doc["totals"]["cost_cny"], abs=1e5)  # 3 decimals of 亿元
    assert carbon * 1e4 == pytest.approx(doc["totals"]["carbon_t"], abs=100)  # 2 decimals of 万吨
    assert "状态" in out and not ENGLISH_WORDS.search(out)
    # every word in Chinese: only units and quoted ids stay Latin (the solver's status and the
    # engine's flags once read "optimal" and "no grid emission factor ...")
    words = set(re.findall(r"[A-Za-z]{2,}", re.sub(r"'[^']*'", "", out)))
    assert words <= {"MW", "ms", "kgCO", "kWh"}, words


def test_engine_notes_in_chinese(tmp_path, capsys):
    """The humidity and elevation fallbacks of a normals file without them, via ``pue``."""
    frame = pd.DataFrame(
        {
            "city": "Dryville",
            "lat": 39.9,
            "lon": 116.4,
            "month": range(1, 13),
            "tmax_c": 20.0,
            "tmean_c": 15.0,
            "tmin_c": 10.0,
            "rh_pct": None,
        }
    )
    frame.to_csv(tmp_path / "normals.csv", index=False)
    argv = [
        "pue",
        "--normals",
        str(tmp_path / "normals.csv"),
        "--city",
        "Dryville",
        "--cooling",
        "chiller_tower",
        "--json",
    ]
    assert main([*argv, "--lang", "zh"]) == 0
    notes = json.loads(capsys.readouterr().out)["notes"]
    assert any(n.startswith("缺少相对湿度") for n in notes), notes
    assert any(n.startswith("缺少海拔") for n in notes), notes
    assert main(argv) == 0
    assert weather.RH_FALLBACK_NOTE in json.loads(capsys.readouterr().out)["notes"]


def _manual_engine_notes() -> list[str]:
    spec = importlib.util.spec_from_file_location(
        "cpn_extract_notes", ROOT / "resources" / "translations" / "extract.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module.ENGINE_NOTES


def test_every_engine_note_has_a_chinese_translation(atlas):
    """The copies in extract.py match what the engine writes (else the note stays English)."""
    from app.domain.scenario import Scenario
    from app.engine.costs.site_evaluation import site_cards

    lhasa = Site(
        id="lhasa", name="Lhasa", lon=91.1, lat=29.65, capacity_mw=10.0
    )  # no grid CO2 factor
    written = [weather.RH_FALLBACK_NOTE, weather.ELEVATION_FALLBACK_NOTE]
    [card] = site_cards(atlas, [lhasa], Scenario().assumptions)
    written += [n for n in card.notes if "province" in n]
    assert any("CO2" in n for n in written), written
    manual = _manual_engine_notes()
    for note in written:
        assert note in manual, f"engine note not in extract.ENGINE_NOTES: {note!r}"
        assert HAN.search(text.tr(note, "zh")), note


def test_argparse_is_english_again_for_other_code(bad_scenario, capsys):
    """The Chinese argparse words are swapped in only while our parser runs."""
    import argparse
    import gettext

    main(["--lang", "zh", "validate", str(bad_scenario)])
    assert argparse._ is gettext.gettext
    with pytest.raises(SystemExit):
        main(["--lang", "zh", "validate"])
    assert argparse._ is gettext.gettext
    capsys.readouterr()


@pytest.mark.parametrize("command", ["solve", "pue", "report"])
def test_command_help_in_chinese(command, capsys):
    """Every option's help of a command is Chinese under --lang zh (option names, metavars and
    choices stay as typed)."""
    with pytest.raises(SystemExit):
        main([command, "--lang", "zh", "--help"])
    out = capsys.readouterr().out
    helps = [line.split("  ")[-1] for line in out.splitlines()[3:] if "  " in line.strip()]
    english = [h for h in helps if re.search(r"\b[a-z]{4,} [a-z]{3,}\b", h)]
    assert not english, english


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_sites_price_source_reads_whole_in_either_language(atlas, lang):
    """The engine names a price source by a key (never translated there): evaluated under
    ``--lang zh`` it once reached the report as "省级，composed estimate"."""
    from app.engine.evaluate import evaluate
    from app.io.report_sites import TARIFF_SOURCES, sites_table
    from app.io.scenario_file import load_scenario

    text.set_language(lang)
    scenario = load_scenario(ROOT / "data" / "scenarios" / "western-expansion.toml")
    evaluation = evaluate(scenario, atlas=atlas)
    sources = {e.metrics.tariff_source for e in evaluation.sites}
    assert sources and sources <= set(TARIFF_SOURCES)  # keys, whatever the language
    metrics = [e.metrics for e in evaluation.sites]
    shown = sites_table(scenario.sites, metrics, lang)["tariff_source"].tolist()
    if lang == "zh":
        assert all(HAN.search(s) and not re.search("[A-Za-z]", s) for s in shown), shown
    else:
        assert all(s in TARIFF_SOURCES.values() for s in shown), shown


def test_pue_table_and_its_errors_in_chinese(capsys):
    """``pue``'s table and its input errors read in Chinese: only units and the technology
    and class ids stay Latin."""
    assert main(["--lang", "zh", "pue", "--city", "贵阳", "--cooling", "chiller_tower"]) == 0
    out = capsys.readouterr().out
    assert "年均PUE" in out and "运行模式小时数" in out and "随机种子" in out
    assert "气象站:          贵阳市 (0 km)" in out  # the station's Chinese name
    words = set(re.findall(r"[A-Za-z]{2,}", out))
    assert words <= {"chiller", "tower", "large", "IT", "MWh", "MW", "kWh", "km", "PUE",
                     "WUE"}, words  # fmt: skip
    assert main(["--lang", "zh", "pue", "--city", "贵阳", "--cooling", "chiler"]) == 2
    err = capsys.readouterr().err
    assert "未知的制冷方式 'chiler'" in err and "是否指" in err and "error" not in err
    assert main(["pue", "--city", "Guiyang", "--cooling", "chiller_tower"]) == 0
    assert "Annual PUE:" in capsys.readouterr().out  # English again


def test_a_bad_sweep_argument_is_refused_in_chinese(tmp_path, capsys):
    scenario = ROOT / "data" / "scenarios" / "western-expansion.toml"
    out = tmp_path / "o.parquet"
    argv = ["--lang", "zh", "sweep", str(scenario), "-o", str(out), "--utilisation", "0"]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err == "sweep: --utilisation 须在 (0, 1] 之间，实际为 0.0\n" and not out.exists()
