"""``validate`` reads the files a scenario names with the readers ``solve`` uses (the planner's
own [base] tables, each site's weather file), so a file it calls valid solves; a problem is
one line naming the key path, the file, the row and the column, and ``solve`` names the same
key path."""

from __future__ import annotations

import argparse

import numpy as np
import pandas as pd
import pytest

from app.cli import scenario as cli_scenario
from app.engine.costs.site_inputs import WeatherFileError
from app.engine.evaluate import evaluate, input_problems
from app.io.scenario_file import load_scenario
from app.paths import DATA_DIR


def _validate(path) -> int:
    parser = argparse.ArgumentParser(prog="cpn-planner")
    cli_scenario.add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["validate", str(path)])
    return args.func(args)


def _scenario(tmp_path, body: str):
    path = tmp_path / "plan.toml"
    path.write_text(f'format = "cpn-scenario"\nversion = 1\n{body}', encoding="utf-8")
    return path


def _tariffs(tmp_path, price: str):
    frame = pd.read_csv(DATA_DIR / "tariffs.csv", dtype=str, keep_default_na=False)
    frame.loc[0, "price_cny_per_kwh"] = price
    path = tmp_path / "tariffs.csv"
    frame.to_csv(path, index=False)
    return path


def _weather(tmp_path, rows: int = 8760, tdb=None):
    hours = np.arange(rows)
    frame = pd.DataFrame({"tdb_c": 10 + 10 * np.sin(hours / 24 * 2 * np.pi), "rh_pct": 60.0})
    if tdb is not None:
        frame.loc[5, "tdb_c"] = tdb
    path = tmp_path / "weather.csv"
    frame.to_csv(path, index=False)
    return path


SITE = '[[sites]]\nid = "a"\nname = "A"\nlon = 113.13\nlat = 41.03\n'


@pytest.mark.parametrize(("price", "shown"), [("1e300", "1e+300"), ("0", "0")])
def test_validate_reports_a_base_tariff_out_of_range(tmp_path, capsys, price, shown):
    tariffs = _tariffs(tmp_path, price)
    plan = _scenario(tmp_path, f'[base]\ntariffs = "{tariffs.name}"\n')
    assert _validate(plan) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [
        f"{plan}: 1 problem",
        f"  base.tariffs: {tariffs}: row 2, column 'price_cny_per_kwh': "
        f"must be in (0, 10) CNY/kWh, got {shown}",
    ]


def test_validate_passes_a_good_base_table(tmp_path, capsys):
    tariffs = _tariffs(tmp_path, "0.36")
    plan = _scenario(tmp_path, f'[base]\ntariffs = "{tariffs.name}"\n')
    assert _validate(plan) == 0
    assert capsys.readouterr().out.strip() == f"{plan}: valid (0 sites)"


@pytest.mark.parametrize(
    ("make", "problem"),
    [
        (lambda t: _weather(t, rows=100), "100 data rows; an hourly year needs 8760"),
        (lambda t: _weather(t, tdb=1e6), "row 7, column 'tdb_c'"),
        (lambda t: _weather(t, tdb=float("nan")), "row 7, column 'tdb_c'"),
    ],
)
def test_a_broken_weather_file_is_named_by_key_path_in_validate_and_solve(
    tmp_path, capsys, make, problem
):
    weather = make(tmp_path)
    plan = _scenario(tmp_path, f'{SITE}weather_file = "{weather.name}"\n')
    assert _validate(plan) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"{plan}: 1 problem"
    assert err[1].startswith(f"  sites[0].weather_file: {weather}: ")
    assert problem in err[1]
    with pytest.raises(WeatherFileError) as info:
        evaluate(load_scenario(plan), free=False)
    assert str(info.value) == err[1].strip()


def test_a_broken_epw_and_the_second_site_are_named(tmp_path):
    good = _weather(tmp_path)
    bad = tmp_path / "garbage.epw"
    bad.write_text("LOCATION,x,y,z,w,1,2,3,4,high\n", encoding="utf-8")
    body = f'{SITE}weather_file = "{good.name}"\n' + SITE.replace('"a"', '"b"')
    plan = _scenario(tmp_path, body + f'weather_file = "{bad.name}"\n')
    problems = input_problems(load_scenario(plan))
    assert len(problems) == 1 and problems[0].startswith(f"sites[1].weather_file: {bad}: ")


def test_a_good_weather_file_validates(tmp_path, capsys):
    weather = _weather(tmp_path)
    plan = _scenario(tmp_path, f'{SITE}weather_file = "{weather.name}"\n')
    assert _validate(plan) == 0
    assert capsys.readouterr().out.strip() == f"{plan}: valid (1 site)"
