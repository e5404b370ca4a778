"""Hostile and absurd scenario files (issue 11): refused before anything is solved, with the
key path, never a traceback, a stall or a blocked read."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from app.domain.safe_read import FileRefused, check_file, read_bytes
from app.io import scenario_file
from app.io.scenario_file import ScenarioError, load_scenario, loads_scenario

ROOT = Path(__file__).resolve().parents[2]
HEAD = 'format = "cpn-scenario"\nversion = 1\n'


def _problems(text: str, check_files: bool = False) -> list[str]:
    with pytest.raises(ScenarioError) as info:
        loads_scenario(HEAD + text, check_files=check_files)
    return info.value.messages


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "[demand]\nnational_it_mw = 1e300\n",
            "demand.national_it_mw: must be in (0, 1000000] MW, got 1e+300",
        ),
        (
            "[overrides.provinces.510000]\ndemand_mw = 1e300\n",
            "overrides.provinces.510000.demand_mw: must be in [0, 1000000] MW, got 1e+300",
        ),
        (
            "[assumptions]\nstock_pue = 1e308\n",
            "assumptions.stock_pue: must be in [1, 5], got 1e+308",
        ),
        ("[assumptions]\nkw_per_rack = 1e9\n", "assumptions.kw_per_rack: must be in (0, 500] kW"),
        (
            "[assumptions]\ncarbon_price_cny_per_t = 1e12\n",
            "assumptions.carbon_price_cny_per_t: must be in [0, 10000] CNY/t",
        ),
        (
            "[[sites]]\nid='a'\nname='A'\nlon=100\nlat=30\ncapacity_mw=1e7\n",
            "sites[0].capacity_mw: must be in (0, 50000] MW, got 10000000.0",
        ),
        (
            "[[demand.classes]]\nid='x'\nlatency_limit_ms=1e9\nshare=1e9\nbandwidth_gbps_per_mw=1e9\n",
            "demand.classes[0].latency_limit_ms: must be in (0, 10000] ms",
        ),
        (
            "[overrides.clusters.wuhu]\ncapacity_mw = 1e20\n",
            "overrides.clusters.wuhu.capacity_mw: must be in [0, 1000000] MW",
        ),
        (
            "[solver]\nunserved_penalty_cny_per_mw_year = 1e300\n",
            "solver.unserved_penalty_cny_per_mw_year: must be in (0, 1e+10] CNY/MW-year",
        ),
        # found by tools/fuzz_scenarios.py: a PUE overflow and an OverflowError in the view box
        (
            "[[sites]]\nid='a'\nname='A'\nlon=100\nlat=30\nutilization=5e-324\n",
            "sites[0].utilization: must be in [0.01, 1], got 5e-324",
        ),
        ("[map]\nview_lonlat = [95, 30, 125, 1" + "0" * 320 + "]\n", "map.view_lonlat: must be"),
        # an integer beyond what a float holds: a message, not OverflowError
        (
            "[demand]\nnational_it_mw = 1" + "0" * 320 + "\n",
            "demand.national_it_mw: must be a finite number, got an integer of 321 digits",
        ),
    ],
)
def test_absurd_numbers_are_refused_with_the_key_path(body, expected) -> None:
    assert any(m.startswith(expected) for m in _problems(body)), _problems(body)


def test_a_number_of_5000_digits_is_refused_before_parsing() -> None:
    assert _problems("[demand]\nnational_it_mw = " + "9" * 5000 + "\n") == [
        "a number has more than 400 digits; no value in a scenario needs that"
    ]


def test_a_100000_level_header_is_refused_before_parsing() -> None:
    header = "[" + ".".join(["a"] * 100_000) + "]\n"
    assert _problems(header) == [
        "line 3: keys nested more than 32 levels deep; a scenario file never needs that"
    ]
    dotted_key = ".".join(["a"] * 40) + " = 1\n"
    assert _problems(dotted_key)[0].startswith("line 3: keys nested more than 32 levels")


def test_dots_in_notes_are_not_nesting() -> None:
    notes = '[metadata]\nnotes = """\n' + "see the appendix " + "." * 50 + '\n"""\n'
    assert loads_scenario(HEAD + notes).notes.endswith("." * 50 + "\n")


def test_a_file_over_the_cap_is_refused_unread(tmp_path) -> None:
    big = tmp_path / "big.toml"
    with open(big, "wb") as f:  # sparse: 17 MB of nothing, never parsed
        f.truncate(scenario_file.MAX_FILE_BYTES + 1)
    with pytest.raises(ScenarioError, match=r"is too big \(16 MB; the limit for a scenario "):
        load_scenario(big)


def _in_thread(func, *args):
    """Run ``func`` in a thread; a read that blocks forever leaves the thread alive (the
    join's timeout only keeps the suite from hanging; it is never a timing assertion)."""
    out: dict = {}

    def run() -> None:
        try:
            out["value"] = func(*args)
        except Exception as exc:  # noqa: BLE001 - the test inspects it
            out["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(60)
    assert not thread.is_alive(), "the read blocked"
    return out


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_blocking(tmp_path) -> None:
    pipe = tmp_path / "plan.toml"
    os.mkfifo(pipe)
    out = _in_thread(load_scenario, pipe)
    assert isinstance(out["error"], ScenarioError)
    assert out["error"].messages == [
        "is not a regular file (a pipe, device or socket); expected a scenario file (TOML)"
    ]


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_link_to_dev_zero_is_refused(tmp_path) -> None:
    link = tmp_path / "w.epw"
    link.symlink_to("/dev/zero")
    with pytest.raises(FileRefused, match="not a regular file"):
        read_bytes(link, max_bytes=1000, expected="an EPW weather file")
    scenario = tmp_path / "plan.toml"
    scenario.symlink_to("/dev/zero")
    with pytest.raises(ScenarioError, match="not a regular file"):
        load_scenario(scenario)


def test_check_file_names_the_kind_and_never_the_content(tmp_path) -> None:
    secret = tmp_path / "secret.csv"
    secret.write_text("password=hunter2\n")
    with pytest.raises(FileRefused) as info:
        check_file(secret, max_bytes=10, expected="an EPW weather file", suffixes={".epw"})
    assert str(info.value) == (f"{secret}: expected an EPW weather file (.epw), got a '.csv' file")
    with pytest.raises(FileRefused) as info:
        check_file(secret, max_bytes=10, expected="a CSV table", suffixes={".csv"})
    assert "hunter2" not in str(info.value) and "too big (17 bytes" in str(info.value)
    with pytest.raises(FileRefused, match="is a folder, not a file"):
        check_file(tmp_path, max_bytes=10, expected="a CSV table")
    with pytest.raises(FileRefused, match="file not found"):
        check_file(tmp_path / "nope.csv", max_bytes=10, expected="a CSV table")
    assert check_file(secret, max_bytes=100, expected="a CSV table") == 17


def test_validate_cli_reports_a_huge_integer_without_traceback(tmp_path) -> None:
    path = tmp_path / "x.toml"
    path.write_text(HEAD + "[demand]\nnational_it_mw = " + "1" * 5000 + "\n")
    done = subprocess.run(
        [sys.executable, "-m", "app", "validate", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "a number has more than 400 digits" in done.stderr


def test_solve_json_is_strict_json(tmp_path) -> None:
    from app.cli.solve import clean

    assert clean({"a": float("nan"), "b": [float("inf"), 1.5], "c": "x"}) == {
        "a": None,
        "b": [None, 1.5],
        "c": "x",
    }
    done = subprocess.run(
        [sys.executable, "-m", "app", "solve", "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )

    def refuse(constant: str):
        raise AssertionError(f"{constant} in solve --json output")

    assert json.loads(done.stdout, parse_constant=refuse)["status"] == "optimal"


# ---- paths in a scenario: weather files and [base] ------------------------------------------
def test_base_paths_are_no_existence_probe(tmp_path) -> None:
    exists = tmp_path / "secret.key"
    exists.write_text("do not tell")
    answers = []
    for target in (exists, tmp_path / "missing.key"):
        problems = _problems(f'[base]\nprovinces = "{target}"\n', check_files=True)
        answers.append([m.replace(str(target), "PATH") for m in problems])
    assert answers[0] == answers[1] == ["base.provinces: must be a CSV table (.csv), got 'PATH'"]


def test_weather_file_of_the_wrong_kind_is_refused_unread(tmp_path) -> None:
    passwd = tmp_path / "passwd"
    passwd.write_text("root:x:0:0:root:/root:/bin/bash\n")
    problems = _problems(
        f"[[sites]]\nid='a'\nname='A'\nlon=100\nlat=30\nweather_file = \"{passwd}\"\n"
    )
    assert problems == [
        f"sites[0].weather_file: must be an EPW or CSV weather file (.csv, .epw), got '{passwd}'"
    ]


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_weather_links_to_devices_and_pipes_are_refused(tmp_path) -> None:
    from app.engine.costs.site_eval import read_weather_file

    zero = tmp_path / "zero.epw"
    zero.symlink_to("/dev/zero")
    problems = _problems(
        f"[[sites]]\nid='a'\nname='A'\nlon=100\nlat=30\nweather_file = \"{zero}\"\n",
        check_files=True,
    )
    assert problems[0].startswith("sites[0].weather_file: is not a regular file")
    out = _in_thread(read_weather_file, zero)  # the engine's reader refuses it too
    assert "not a regular file" in str(out["error"])
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.csv")
        out = _in_thread(read_weather_file, tmp_path / "pipe.csv")
        assert "not a regular file" in str(out["error"])


def test_weather_csv_errors_do_not_echo_the_content(tmp_path) -> None:
    from app.engine.costs.site_eval import read_weather_file

    csv = tmp_path / "w.csv"
    csv.write_text("password=hunter2,other\n1,2\n")
    with pytest.raises(ValueError) as info:
        read_weather_file(csv)
    assert "hunter2" not in str(info.value) and "column 'tdb_c' missing" in str(info.value)
    csv.write_text("tdb_c,rh_pct\n" + "hunter2,50\n" * 8760)
    with pytest.raises(ValueError) as info:
        read_weather_file(csv)
    assert "hunter2" not in str(info.value) and "row 2, column 'tdb_c'" in str(info.value)
    with pytest.raises(ValueError, match="expected an EPW or CSV weather file"):
        read_weather_file(tmp_path / "w.txt")


@pytest.mark.parametrize(
    "body, expected",
    [
        ('[metadata]\nname = "plan\\nstatus optimal; FAKE"\n', "metadata.name: must be one line"),
        (
            '[[sites]]\nid = "a"\nname = "N\\r\\nFAKE"\nlon = 113.0\nlat = 41.0\n',
            "sites[0].name: must be one line, got 'N\\r\\nFAKE'",
        ),
        ('[[sites]]\nid = "a\\u2028b"\nname = "A"\nlon = 113.0\nlat = 41.0\n', "sites[0].id"),
    ],
)
def test_a_line_break_in_a_name_or_id_is_refused(body, expected) -> None:
    """A name is printed on one line by the CLI and the reports; a line break in it could
    forge a line of output (a fake 'status optimal'). Notes may hold line breaks."""
    assert any(p.startswith(expected) for p in _problems(body)), _problems(body)
    assert loads_scenario(HEAD + '[metadata]\nnotes = "line 1\\nline 2"\n').notes.count("\n") == 1
