"""``pue`` headless command: called through run() and as ``python -m app.cli.pue``."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

import app.paths
from app.cli import pue as cli_pue

TMAX = [2.1, 5.8, 12.6, 20.7, 26.9, 30.5, 31.5, 30.5, 26.2, 19.4, 10.3, 3.8]
TMEAN = [-2.9, 0.4, 7.0, 14.9, 21.0, 25.0, 26.9, 25.8, 20.8, 13.8, 5.1, -0.9]
TMIN = [-7.1, -4.3, 1.6, 8.9, 14.9, 19.8, 22.7, 21.7, 16.0, 8.8, 0.6, -4.9]
RH = [44.0, 43, 41, 43, 49, 59, 70, 72, 65, 58, 54, 47]


def _city(name: str, rh: list[float | None], **extra) -> pd.DataFrame:
    return pd.DataFrame(
        {"city": name, "lat": 39.9, "lon": 116.4, "month": range(1, 13), "tmax_c": TMAX,
         "tmean_c": TMEAN, "tmin_c": TMIN, "rh_pct": rh, **extra}
    )  # fmt: skip


@pytest.fixture()
def normals(tmp_path):
    frame = pd.concat([_city("Beijing", RH, elevation_m=44.0), _city("Dryville", [None] * 12)])
    path = tmp_path / "normals.csv"
    frame.to_csv(path, index=False)
    return path


def _run(argv: list[str]) -> int:
    parser = cli_pue.configure(argparse.ArgumentParser(prog="pue"))
    return cli_pue.run(parser.parse_args(argv))


def test_plain_table(normals, capsys) -> None:
    assert _run(["--normals", str(normals), "--city", "Beijing", "--cooling", "chiller_tower"]) == 0
    out = capsys.readouterr().out
    assert "Annual PUE:" in out and "Mode hours:" in out and "WUE:" in out
    assert out.count("Monthly PUE:") == 1 and "Note:" not in out


def test_json_with_rh_fallback(normals, capsys) -> None:
    argv = ["--normals", str(normals), "--city", "Dryville", "--cooling", "indirect_evaporative"]
    assert _run([*argv, "--utilization", "0.5", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert 1.0 < doc["annual_pue"] < 1.5
    assert len(doc["monthly_pue"]) == 12
    assert sum(doc["mode_hours"].values()) == 8760
    assert doc["utilisation"] == pytest.approx(0.5)  # the old option spelling still works
    assert "utilization" not in doc
    assert any("relative humidity missing" in n for n in doc["notes"])
    assert any("elevation missing" in n for n in doc["notes"])
    assert doc["wue_l_per_kwh"] >= 0


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--city", "Bejing", "--cooling", "chiller_tower"], "did you mean 'Beijing'"),
        (["--city", "Beijing", "--cooling", "chiller"], "unknown cooling technology 'chiller'"),
        (["--city", "Beijing", "--cooling", "immersion", "--utilization", "1.7"], "--utilisation"),
    ],
)
def test_bad_input_exits_2_with_message(normals, capsys, argv, message) -> None:
    assert _run(["--normals", str(normals), *argv]) == 2
    captured = capsys.readouterr()
    assert message in captured.err and captured.out == ""


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda f: f[f["month"] != 6], "month(s) [6] missing"),
        (
            lambda f: f.assign(tmax_c=np.where(f["month"] == 7, 80.0, f["tmax_c"])),
            "month 7, column tmax_c",
        ),
        (
            lambda f: f.assign(rh_pct=np.where(f["month"] == 1, 140.0, f["rh_pct"])),
            "month 1, column rh_pct",
        ),
    ],
)
def test_bad_normals_file_exits_2(tmp_path, capsys, edit, message) -> None:
    path = tmp_path / "bad.csv"
    edit(_city("Beijing", RH)).to_csv(path, index=False)
    assert _run(["--normals", str(path), "--city", "Beijing", "--cooling", "direct_air"]) == 2
    err = capsys.readouterr().err
    assert message in err and "bad.csv" in err


def test_measured_hourly_file_replaces_synthesis(tmp_path, capsys) -> None:
    hourly = tmp_path / "year.csv"
    pd.DataFrame({"tdb_c": np.full(8760, 5.0), "rh_pct": 50.0}).to_csv(hourly, index=False)
    assert _run(["--hourly", str(hourly), "--cooling", "chiller_tower", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["weather_source"] == "hourly CSV: year.csv"
    assert doc["mode_hours"]["free"] == 8760
    assert _run(["--cooling", "chiller_tower"]) == 2  # no weather at all


def test_add_parser_registers_subcommand(normals, capsys) -> None:
    main = argparse.ArgumentParser(prog="cpn-planner")
    cli_pue.add_parser(main.add_subparsers(dest="command"))
    args = main.parse_args(
        ["pue", "--normals", str(normals), "--city", "Beijing", "--cooling", "immersion"]
    )
    assert args.func(args) == 0
    assert "immersion" in capsys.readouterr().out


def test_module_entry_point(normals) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "app.cli.pue", "--normals", str(normals), "--city", "Beijing",
         "--cooling", "air_chiller", "--json"],
        capture_output=True, text=True, cwd=app.paths.ROOT, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["cooling"] == "air_chiller"
    bad = subprocess.run(
        [sys.executable, "-m", "app.cli.pue", "--normals", str(normals), "--city", "Nowhere",
         "--cooling", "air_chiller"],
        capture_output=True, text=True, cwd=app.paths.ROOT, timeout=120,
    )  # fmt: skip
    assert bad.returncode == 2 and "not found" in bad.stderr


def test_builtin_normals_chinese_city_facility_and_band(capsys) -> None:
    assert _run(["--city", "贵阳", "--cooling", "chiller_tower", "--json"]) == 0
    zh = json.loads(capsys.readouterr().out)
    assert _run(["--city", "Guiyang", "--cooling", "chiller_tower", "--json"]) == 0
    en = json.loads(capsys.readouterr().out)
    assert zh["annual_pue"] == en["annual_pue"] and "Guiyang" in zh["city"]
    assert en["facility"] == "large"
    assert en["annual_pue_p5"] <= en["annual_pue"] <= en["annual_pue_p95"]
    assert en["annual_pue_text"] == (
        f"{en['annual_pue']:.2f} ({en['annual_pue_p5']:.2f}-{en['annual_pue_p95']:.2f})"
    )
    names = {row["name"]: row for row in en["parameters"]}
    assert names["chain_redundancy"]["value"] == 2.0 and names["chain_redundancy"]["source"]
    assert 1.0 < en["marginal_mwh_per_mwh_it"] < en["annual_pue"]
    argv = [
        "--city",
        "Hohhot",
        "--cooling",
        "direct_air",
        "--facility",
        "hyperscale",
        "--utilisation",
        "0.5",
        "--json",
    ]
    assert _run(argv) == 0
    hyper = json.loads(capsys.readouterr().out)
    assert hyper["facility"] == "hyperscale" and hyper["utilisation"] == 0.5
    assert "Huhehaote" in hyper["city"]


def test_bad_facility_exits_2(capsys) -> None:
    assert _run(["--city", "Beijing", "--cooling", "direct_air", "--facility", "huge"]) == 2
    assert "unknown facility class 'huge'" in capsys.readouterr().err


@pytest.mark.parametrize(
    "name, station",
    [
        ("贵阳", "Guiyang"),
        ("贵阳市", "Guiyang"),
        ("Guiyang", "Guiyang"),
        ("guiyang", "Guiyang"),
        ("内蒙古", "Huhehaote"),
        ("Hohhot", "Huhehaote"),
        ("乌兰察布市", "Ulanqab"),
        ("Urumqi", "Ürümqi"),
        ("新疆", "Ürümqi"),
        ("深圳", "Shenzhen"),
    ],
)
def test_city_names_in_chinese_english_or_pinyin(name, station) -> None:
    from app.engine.climate.city_lookup import station_for

    normals = pd.read_csv(app.paths.DATA_DIR / "climate_normals.csv")
    assert station_for(name, normals) == station


def test_unknown_chinese_city_exits_2(capsys) -> None:
    assert _run(["--city", "火星", "--cooling", "direct_air"]) == 2
    assert "'火星' not found" in capsys.readouterr().err
