"""Scenario files: round trip, every validation message, fuzzing, atomic save, and every
released version and shipped example loading."""

from __future__ import annotations

import itertools
import multiprocessing
import os
import random
import signal
import tomllib
from dataclasses import replace
from pathlib import Path

import pytest
import tomli_w

from app.domain.scenario import MapView, Scenario, SolverSettings
from app.domain.site import Site
from app.engine.allocation.allocation import WorkloadClass
from app.io import atomic, scenario_file
from app.io.scenario_file import (
    CURRENT_VERSION,
    LOADERS,
    ScenarioError,
    load_scenario,
    loads_scenario,
    save_scenario,
    validate_file,
)
from app.paths import ROOT

TEST_DATA = Path(__file__).resolve().parent.parent / "data" / "scenarios"
EXAMPLES = ROOT / "data" / "scenarios"


def _edited(tmp_path: Path) -> Scenario:
    """A scenario with sites, overrides, edited classes, map view and solver settings."""
    weather = tmp_path / "weather" / "ulanqab.epw"
    normals = tmp_path / "normals.csv"
    for f in (weather, normals):
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text("x\n")
    base = Scenario()
    a = replace(
        base.assumptions,
        national_it_mw=19876.5,
        demand_proxy="population_2023_million",
        carbon_price_cny_per_t=88.8,
        stock_pue=1.5,
        token_cost_includes_capex=True,
        classes=(
            WorkloadClass("rt", "实时推理", 12.5, "province", 0.3, 0.6, "10G"),
            WorkloadClass("batch", "Batch", None, "hub", 0.1, 0.4, "400G"),
        ),
        tariff_cny_per_kwh={510000: 0.4123456789},
        emission_kg_per_kwh={640000: 0.1 + 0.2},
        demand_mw={440000: 1234.5},
        stock_mw={510000: 0.0},
        cluster_mw={"qingyang": 999.0},
    )
    sites = [
        Site(
            "s1",
            "Ulanqab",
            113.13,
            41.03,
            300.0,
            0.65,
            "indirect_evaporative",
            0.31,
            0.4,
            0.29,
            "npu_400w_70b",
            str(weather),
        ),
        Site("s2", '青浦 "Qingpu"', 121.12, 31.15, cooling="liquid_cold_plate"),
    ]
    return Scenario(
        name="What if",
        sites=sites,
        assumptions=a,
        author="Planner 王",
        created="2025-06-30",
        notes='line one\nline two with """ and \\ backslash\n',
        base={**base.base, "normals": str(normals)},
        map_view=MapView("pue:chiller_tower", ("provinces", "sites"), (100.0, 20.5, 125.0, 45.0)),
        solver=SolverSettings("prefecture", False, 3.0e8),
    )


# ---- round trip ----------------------------------------------------------------------------
def test_round_trip_is_exact(tmp_path) -> None:
    s = _edited(tmp_path)
    path = tmp_path / "plan.toml"
    save_scenario(s, path)
    assert load_scenario(path) == s
    text = path.read_text(encoding="utf-8")
    assert 'weather_file = "weather/ulanqab.epw"' in text  # relative to the scenario file
    assert 'normals = "normals.csv"' in text and str(tmp_path) not in text


def test_paths_relative_to_the_saved_file_wherever_it_goes(tmp_path) -> None:
    s = _edited(tmp_path)
    path = tmp_path / "deeper" / "plans" / "plan.toml"
    path.parent.mkdir(parents=True)
    save_scenario(s, path)
    assert 'weather_file = "../../weather/ulanqab.epw"' in path.read_text(encoding="utf-8")
    assert load_scenario(path) == s
    save_scenario(s, path, relative_paths=False)
    assert str(Path(s.sites[0].weather_file).as_posix()) in path.read_text(encoding="utf-8")
    assert load_scenario(path) == s


def test_relative_paths_resolve_against_the_file_not_the_working_dir(tmp_path, monkeypatch) -> None:
    (tmp_path / "w").mkdir()
    (tmp_path / "w" / "year.csv").write_text("tdb_c,rh_pct\n")
    doc = _doc()
    doc["sites"][0]["weather_file"] = "w/year.csv"
    path = _write(tmp_path, doc)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    site = load_scenario(path).sites[0]
    assert site.weather_file == str(tmp_path / "w" / "year.csv")


def test_default_scenario_round_trips_and_defaults_hold(tmp_path) -> None:
    from app.engine.allocation.allocation import DEFAULT_UNSERVED_PENALTY

    assert SolverSettings().unserved_penalty_cny_per_mw_year == DEFAULT_UNSERVED_PENALTY
    assert Scenario().name == "Untitled" and Scenario().sites == []
    path = tmp_path / "default.toml"
    save_scenario(Scenario(), path)
    assert load_scenario(path) == Scenario()


def test_minimal_file_takes_defaults(tmp_path) -> None:
    path = tmp_path / "min.toml"
    path.write_text('format = "cpn-scenario"\nversion = 1\n', encoding="utf-8")
    assert load_scenario(path) == Scenario()


def test_overrides_reach_the_national_problem(atlas) -> None:
    from app.engine.allocation.national_problem import build_national_problem

    s = load_scenario(TEST_DATA / "v1.toml")
    sites = build_national_problem(atlas, s.assumptions).sites
    at = {sid: i for i, sid in enumerate(sites.ids)}
    assert sites.emission_kg_per_kwh[at["stock:510000"]] == 0.11
    assert sites.emission_kg_per_kwh[at["cluster:tianfu"]] == 0.11  # a cluster in Sichuan
    assert sites.emission_kg_per_kwh[at["cluster:zhongwei"]] == 0.6
    assert sites.tariff_cny_per_kwh[at["stock:510000"]] == 0.42
    assert sites.capacity_mw[at["stock:510000"]] == 650.0
    assert sites.capacity_mw[at["cluster:zhongwei"]] == 1200.0


# ---- validation messages -------------------------------------------------------------------
def _doc() -> dict:
    sites = [{"id": f"s{i}", "name": f"Site {i}", "lon": 110.0 + i, "lat": 35.0} for i in range(3)]
    return {"format": "cpn-scenario", "version": 1, "metadata": {"name": "t"}, "sites": sites}


def _write(tmp_path: Path, doc: dict, name: str = "bad.toml") -> Path:
    path = tmp_path / name
    path.write_text(tomli_w.dumps(doc), encoding="utf-8")
    return path


def _set(path: str, value):
    """A mutation setting the key at dotted ``path`` (``sites.2.capacity_mw``) to ``value``."""

    def mutate(doc: dict) -> None:
        *parents, last = [int(p) if p.isdigit() and len(p) < 3 else p for p in path.split(".")]
        node = doc
        for p in parents:
            node = node.setdefault(p, {}) if isinstance(p, str) else node[p]
        node[last] = value

    return mutate


def _del(path: str):
    def mutate(doc: dict) -> None:
        *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
        node = doc
        for p in parents:
            node = node[p]
        del node[last]

    return mutate


BAD = [
    ("wrong format", _set("format", "other"), "format: must be \"cpn-scenario\", got 'other'"),
    (
        "no format",
        _del("format"),
        'format: missing; a scenario file starts with format = "cpn-scenario"',
    ),
    (
        "newer version",
        _set("version", 2),
        "version: 2 is newer than this CPN Planner can read (up to 1); please update the app",
    ),
    ("unknown version", _set("version", 0), "version: unknown version 0 (known: 1)"),
    ("version as text", _set("version", "1"), "version: must be an integer, got '1'"),
    (
        "unknown top-level key",
        _set("colour", "red"),
        "colour: unknown key (expected one of: format, version, metadata, base, sites, demand, "
        "assumptions, overrides, solver, map, policy",  # later sections may follow
    ),
    ("unknown site key", _set("sites.1.colour", "red"), "sites[1].colour: unknown key ("),
    (
        "misspelt site key",
        _set("sites.0.capacity", 5.0),
        "sites[0].capacity: unknown key (did you mean 'capacity_mw'?)",
    ),
    (
        "negative capacity",
        _set("sites.2.capacity_mw", -5),
        "sites[2].capacity_mw: must be in (0, 50000] MW, got -5",
    ),
    (
        "unknown cooling",
        _set("sites.0.cooling", "water"),
        "sites[0].cooling: unknown cooling technology 'water'; choose one of: chiller_tower, ",
    ),
    (
        "lon out of range",
        _set("sites.0.lon", 200.0),
        "sites[0].lon: must be in [70, 140] °E (China's extent), got 200.0",
    ),
    (
        "bad type",
        _set("sites.1.capacity_mw", "big"),
        "sites[1].capacity_mw: must be a number, got 'big'",
    ),
    (
        "boolean is not a number",
        _set("sites.0.utilization", True),
        "sites[0].utilization: must be a number, got true",
    ),
    ("nan", _set("sites.0.lat", float("nan")), "sites[0].lat: must be a finite number, got nan"),
    (
        "utilisation above 1",
        _set("sites.0.utilization", 1.5),
        "sites[0].utilization: must be in [0.01, 1], got 1.5",
    ),
    (
        "duplicate site ids",
        _set("sites.1.id", "s0"),
        "sites[1].id: duplicate id 's0' (also sites[0])",
    ),
    ("missing lat", _del("sites.0.lat"), "sites[0].lat: missing (required)"),
    ("empty name", _set("sites.0.name", "  "), "sites[0].name: must not be empty"),
    ("sites not an array", _set("sites", 3), "sites: must be an array of tables, got 3"),
    ("site not a table", _set("sites.1", "x"), "sites[1]: must be a table, got 'x'"),
    ("metadata not a table", _set("metadata", "x"), "metadata: must be a table, got 'x'"),
    (
        "bad created date",
        _set("metadata.created", "yesterday"),
        "metadata.created: must be an ISO date such as 2025-06-30, got 'yesterday'",
    ),
    ("unknown base dataset", _set("base.roads", "builtin"), "base.roads: unknown key"),
    (
        "unknown accelerator",
        _set("sites.0.accelerator", "tpu"),
        "sites[0].accelerator: unknown accelerator profile 'tpu'",
    ),
    (
        "tariff out of range",
        _set("sites.0.tariff_cny_per_kwh", 0.0),
        "sites[0].tariff_cny_per_kwh: must be in (0, 10) CNY/kWh, got 0.0",
    ),
    (
        "unknown province",
        _set("overrides.provinces.Atlantis", {"demand_mw": 1.0}),
        "overrides.provinces.Atlantis: unknown province; use its adcode",
    ),
    (
        "province twice",
        lambda d: d.update(
            overrides={"provinces": {"510000": {"demand_mw": 1.0}, "Sichuan": {"demand_mw": 2.0}}}
        ),
        "overrides.provinces.Sichuan: the same province as overrides.provinces.510000",
    ),
    (
        "negative province demand",
        _set("overrides.provinces.510000", {"demand_mw": -1}),
        "overrides.provinces.510000.demand_mw: must be in [0, 1000000] MW, got -1",
    ),
    (
        "unknown province override",
        _set("overrides.provinces.510000", {"pue": 1.2}),
        "overrides.provinces.510000.pue: unknown key",
    ),
    (
        "unknown cluster",
        _set("overrides.clusters.atlantis", {"capacity_mw": 1.0}),
        "overrides.clusters.atlantis: unknown key (expected one of: zhangjiakou,",
    ),
    ("no classes", _set("demand.classes", []), "demand.classes: must have at least one class"),
    (
        "class residency",
        _set("demand.classes", [{"id": "a", "residency": "moon"}]),
        "demand.classes[0].residency: unknown residency 'moon'; choose one of: anywhere, "
        "province, hub",
    ),
    (
        "duplicate class ids",
        _set("demand.classes", [{"id": "a"}, {"id": "a"}]),
        "demand.classes[1].id: duplicate class id 'a'",
    ),
    (
        "zero latency",
        _set("demand.classes", [{"id": "a", "latency_limit_ms": 0}]),
        "demand.classes[0].latency_limit_ms: must be in (0, 10000] ms, got 0",
    ),
    (
        "zero shares",
        _set("demand.classes", [{"id": "a", "share": 0.0}]),
        "demand.classes: the shares must add up to more than 0",
    ),
    ("bad proxy", _set("demand.proxy", "gdp"), "demand.proxy: unknown demand proxy 'gdp'"),
    (
        "stock PUE below 1",
        _set("assumptions.stock_pue", 0.9),
        "assumptions.stock_pue: must be in [1, 5], got 0.9",
    ),
    (
        "region level",
        _set("solver.regions", "county"),
        "solver.regions: unknown region level 'county'; choose one of: province, prefecture",
    ),
    (
        "auto_solve not bool",
        _set("solver.auto_solve", "yes"),
        "solver.auto_solve: must be true or false, got 'yes'",
    ),
    (
        "penalty",
        _set("solver.unserved_penalty_cny_per_mw_year", 0),
        "solver.unserved_penalty_cny_per_mw_year: must be in (0, 1e+10] CNY/MW-year, got 0",
    ),
    (
        "unknown metric",
        _set("map.metric", "prices"),
        "map.metric: unknown metric 'prices' (did you mean 'price'?)",
    ),
    (
        "layers not strings",
        _set("map.visible_layers", [1]),
        "map.visible_layers: must be an array of strings, got [1]",
    ),
    (
        "view box",
        _set("map.view_lonlat", [120.0, 30.0, 110.0, 40.0]),
        "map.view_lonlat: must be [west, south, east, north] in degrees with west < east and "
        "south < north, got [120.0, 30.0, 110.0, 40.0]",
    ),
    (
        "view box inverted",
        _set("map.view_lonlat", [125, 40, 100, 30]),
        "map.view_lonlat: must be [west, south, east, north] in degrees with west < east and "
        "south < north, got [125, 40, 100, 30]",
    ),
    (
        "view box nan",
        _set("map.view_lonlat", [float("nan"), 2, 3, 4]),
        "map.view_lonlat: must be [west, south, east, north] in degrees with west < east and "
        "south < north, got [nan, 2, 3, 4]",
    ),
    (
        "name a table",
        _set("metadata.name", {"a": 1, "b c": "x"}),
        "metadata.name: must be a string, got {a = 1, \"b c\" = 'x'}",
    ),
    (
        "long array shortened",
        _set("map.visible_layers", list(range(1000))),
        "map.visible_layers: must be an array of strings, got [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, "
        "10, 11, 12, 13, 14, 15, 1...]",
    ),
]


@pytest.mark.parametrize("mutate, expected", [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_bad_input_is_named_with_key_path_and_value(tmp_path, mutate, expected) -> None:
    doc = _doc()
    mutate(doc)
    path = _write(tmp_path, doc)
    with pytest.raises(ScenarioError) as info:
        load_scenario(path)
    assert any(m.startswith(expected) for m in info.value.messages), info.value.messages
    assert validate_file(path) == info.value.messages
    assert str(path) in str(info.value)


def test_all_problems_are_reported_at_once(tmp_path) -> None:
    doc = _doc()
    doc["sites"][2]["capacity_mw"] = -5
    doc["sites"][0]["cooling"] = "water"
    doc["solver"] = {"regions": "county"}
    messages = validate_file(_write(tmp_path, doc))
    assert len(messages) == 3
    assert "sites[2].capacity_mw: must be in (0, 50000] MW, got -5" in messages


def test_missing_weather_file_names_the_path_tried(tmp_path) -> None:
    doc = _doc()
    doc["sites"][1]["weather_file"] = "weather/nope.epw"
    path = _write(tmp_path, doc)
    tried = tmp_path / "weather" / "nope.epw"
    with pytest.raises(ScenarioError) as info:
        load_scenario(path)
    assert info.value.messages == [
        f"sites[1].weather_file: file not found: {tried} (from 'weather/nope.epw')"
    ]
    assert info.value.missing_files == [tried]
    # the GUI may still open it, leaving the path as it is
    assert load_scenario(path, check_files=False).sites[1].weather_file == str(tried)


def test_missing_base_file_names_the_path_tried(tmp_path) -> None:
    doc = _doc()
    doc["base"] = {"normals": "../my-normals.csv"}
    path = _write(tmp_path, doc)
    tried = tmp_path.parent / "my-normals.csv"
    assert validate_file(path) == [
        f"base.normals: file not found: {tried} (from '../my-normals.csv')"
    ]


@pytest.mark.parametrize(
    "content, expected",
    [
        (b"format = ", "not valid TOML: "),
        (b"\xff\xfe\x00 not utf-8", "not UTF-8 text"),
        (b"", "format: missing"),
        (b"[[sites]]\nid = 1\n", "format: missing"),
        (b'\xef\xbb\xbfformat = "cpn-scenario"\nversion = 1\n', None),  # BOM is fine
    ],
)
def test_unreadable_files(tmp_path, content, expected) -> None:
    path = tmp_path / "x.toml"
    path.write_bytes(content)
    if expected is None:
        assert load_scenario(path) == Scenario()
        return
    with pytest.raises(ScenarioError) as info:
        load_scenario(path)
    assert info.value.messages[0].startswith(expected)


def test_a_latin1_scenario_names_the_byte_offset_line_and_column(tmp_path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes(
        'format = "cpn-scenario"\nversion = 1\n[metadata]\nname = "Café"\n'.encode("latin-1")
    )
    with pytest.raises(ScenarioError) as info:
        load_scenario(path)
    assert info.value.messages == [
        "not UTF-8 text at byte offset 58 (line 4, column 12); save the file as UTF-8"
    ]


def test_missing_file_directory_and_too_big(tmp_path, monkeypatch) -> None:
    with pytest.raises(ScenarioError, match="file not found: .*nope.toml"):
        load_scenario(tmp_path / "nope.toml")
    with pytest.raises(ScenarioError, match="is a folder"):
        load_scenario(tmp_path)
    monkeypatch.setattr(scenario_file, "MAX_FILE_BYTES", 100)
    (tmp_path / "big.toml").write_text("# " + "x" * 200)
    with pytest.raises(ScenarioError, match="is too big"):
        load_scenario(tmp_path / "big.toml")


# ---- saving --------------------------------------------------------------------------------
def test_invalid_scenario_is_not_saved_and_old_file_survives(tmp_path) -> None:
    path = tmp_path / "plan.toml"
    save_scenario(Scenario(name="old"), path)
    before = path.read_bytes()
    bad = Scenario(name="new", sites=[Site("a", "A", 110.0, 35.0, capacity_mw=-5.0)])
    with pytest.raises(
        ScenarioError, match=r"sites\[0\].capacity_mw: must be in \(0, 50000\] MW, got -5.0"
    ):
        save_scenario(bad, path)
    assert path.read_bytes() == before and os.listdir(tmp_path) == ["plan.toml"]


def test_failed_replace_leaves_old_file_and_no_temp(tmp_path, monkeypatch) -> None:
    path = tmp_path / "plan.toml"
    save_scenario(Scenario(name="old"), path)
    os.chmod(path, 0o640)

    def fail(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", fail)
    with pytest.raises(OSError):
        save_scenario(Scenario(name="new"), path)
    monkeypatch.undo()
    assert load_scenario(path).name == "old" and os.listdir(tmp_path) == ["plan.toml"]
    save_scenario(Scenario(name="new"), path)
    assert load_scenario(path).name == "new"
    assert os.stat(path).st_mode & 0o777 == 0o640  # permissions kept


def _big(n: int, name: str) -> Scenario:
    rng = random.Random(n)
    sites = [
        Site(
            f"site-{i}",
            f"{name} site {i}",
            rng.uniform(75, 135),
            rng.uniform(20, 50),
            rng.uniform(1, 500),
        )
        for i in range(n)
    ]
    return Scenario(name=name, sites=sites, notes=name * 200_000)


def _save_forever(path: Path, scenarios: tuple[Scenario, ...], told: int, go: int) -> None:
    """Runs in the forked child: save in a loop; at every fsync (of the temp file before the
    rename, of the folder after it) say so on ``told`` and wait for a byte on ``go``, so the
    parent kills at a known point of a save, synchronised on the pipe, never on time."""
    real_fsync = os.fsync

    def fsync_and_wait(fd: int) -> None:
        real_fsync(fd)
        os.write(told, b"f")
        os.read(go, 1)

    os.fsync = fsync_and_wait
    for s in itertools.cycle(scenarios):
        save_scenario(s, path)


@pytest.mark.skipif(
    not hasattr(signal, "SIGKILL") or "fork" not in multiprocessing.get_all_start_methods(),
    reason="needs fork and SIGKILL",
)
def test_kill_during_save_leaves_old_or_new_file(tmp_path) -> None:
    path = tmp_path / "big.toml"
    a, b = _big(150, "A"), _big(160, "B")
    save_scenario(a, path)
    expected = {"A": a, "B": b}
    rng = random.Random(7)
    ctx = multiprocessing.get_context("fork")
    killed_with_temp = 0
    for _ in range(12):
        told_r, told_w = os.pipe()
        go_r, go_w = os.pipe()
        proc = ctx.Process(target=_save_forever, args=(path, (b, a), told_w, go_r), daemon=True)
        proc.start()
        for _ in range(rng.randint(1, 5)):  # let it pass a few fsyncs, then kill it there
            assert os.read(told_r, 1) == b"f"
            os.write(go_w, b"g")
        assert os.read(told_r, 1) == b"f"  # the child is inside a save right now
        temps = list(tmp_path.glob(f".big.toml.{proc.pid}.*.tmp"))
        os.kill(proc.pid, signal.SIGKILL)
        proc.join(10)
        for fd in (told_r, told_w, go_r, go_w):
            os.close(fd)
        assert list(tmp_path.glob(f".big.toml.{proc.pid}.*.tmp")) == temps  # left behind
        killed_with_temp += bool(temps)
        loaded = load_scenario(path)
        assert loaded == expected[loaded.name]
    assert killed_with_temp, "no kill landed between writing the temp file and the rename"
    save_scenario(a, path)  # the next save cleans up what killed saves left
    assert os.listdir(tmp_path) == ["big.toml"]


def test_a_running_save_keeps_its_temp_file(tmp_path) -> None:
    mine = tmp_path / f".plan.toml.{os.getpid()}.abc.tmp"
    dead = tmp_path / ".plan.toml.999999999.abc.tmp"
    for f in (mine, dead):
        f.write_text("half")
    assert scenario_file.remove_stale_temps(tmp_path, "plan.toml") == [dead]
    assert mine.exists()


def test_a_read_only_file_is_refused_not_replaced(tmp_path) -> None:
    path = tmp_path / "plan.toml"
    save_scenario(Scenario(name="old"), path)
    path.chmod(0o444)
    with pytest.raises(ScenarioError, match="read-only; save the scenario under another name"):
        save_scenario(Scenario(name="new"), path)
    assert load_scenario(path).name == "old"


# ---- every released version and the shipped examples --------------------------------------
def test_every_released_version_has_a_test_file_and_loads() -> None:
    files = sorted(TEST_DATA.glob("*.toml"))
    versions = {tomllib.loads(f.read_text(encoding="utf-8"))["version"] for f in files}
    assert versions == set(LOADERS) and CURRENT_VERSION in versions
    for f in files:
        scenario = load_scenario(f)
        assert all(site.validate() == [] for site in scenario.sites)


def test_v1_file_content() -> None:
    s = load_scenario(TEST_DATA / "v1.toml")
    assert s.name == "Every v1 key" and s.created == "2025-07-01" and len(s.sites) == 2
    assert s.sites[0].capacity_mw == 300.0 and s.sites[0].accelerator == "npu_400w_70b"
    assert s.sites[0].weather_file == str(TEST_DATA / "v1-weather-placeholder.csv")
    assert s.base["normals"] == str(ROOT / "data" / "climate_normals.csv")
    a = s.assumptions
    assert [c.id for c in a.classes] == ["realtime", "batch"] and a.classes[
        1
    ].latency_limit_ms is None
    assert a.emission_kg_per_kwh == {510000: 0.11, 640000: 0.6}
    assert a.demand_mw == {510000: 900.0, 440000: 2500.0} and a.stock_mw == {510000: 650.0}
    assert a.cluster_mw == {"zhongwei": 1200.0} and a.demand_proxy == "population_2023_million"
    assert s.solver == SolverSettings("prefecture", False, 2e8)
    assert s.map_view == MapView(
        "emission", ("provinces", "hubs", "sites"), (100.0, 25.0, 125.0, 45.0)
    )


@pytest.mark.parametrize("name", ["baseline", "western-expansion", "eastern-inference"])
def test_shipped_examples_load(name) -> None:
    s = load_scenario(EXAMPLES / f"{name}.toml")
    assert all(site.validate() == [] for site in s.sites)
    assert s.assumptions == Scenario().assumptions  # examples change sites only
    if name == "baseline":
        assert s.sites == [] and s.base == Scenario().base
    elif name == "western-expansion":
        assert {(x.lon, x.lat) for x in s.sites} == {(113.13, 41.03), (105.19, 37.51)}
        assert {(x.capacity_mw, x.cooling) for x in s.sites} == {(300.0, "indirect_evaporative")}
    else:
        assert (121.12, 31.15) in {(x.lon, x.lat) for x in s.sites} and len(s.sites) == 3
        assert {x.cooling for x in s.sites} <= {"chiller_tower", "liquid_cold_plate"}


def test_every_example_in_the_folder_loads() -> None:
    files = sorted(EXAMPLES.glob("*.toml"))
    assert len(files) >= 3
    for f in files:
        assert validate_file(f) == [], f


def test_files_are_data_only() -> None:
    """Nothing in a scenario file is executed: the readers use tomllib only."""
    import inspect
    import re

    from app.io import assumptions_v1, checks, demand_v1, recovery, scenario_v1, sites_v1

    readers = (scenario_v1, sites_v1, demand_v1, assumptions_v1)
    for module in (scenario_file, *readers, checks, recovery):
        source = inspect.getsource(module)
        assert not re.search(r"\b(eval|exec|pickle|marshal|yaml|importlib)\b", source), module


def test_view_box_is_clamped_or_dropped_never_refused(tmp_path) -> None:
    path = tmp_path / "view.toml"
    nan = float("nan")
    for box, expected in [
        ((-200.0, 10.0, 50.0, 95.0), (-180.0, 10.0, 50.0, 90.0)),
        ((nan, 10.0, 50.0, 40.0), None),
        ((50.0, 10.0, 50.0, 40.0), None),
    ]:
        save_scenario(Scenario(map_view=MapView(view_lonlat=box)), path)
        assert load_scenario(path).map_view.view_lonlat == expected


def test_documented_example_is_valid_and_every_key_is_documented(tmp_path) -> None:
    import re

    from app.io import assumptions_v1, demand_v1, scenario_v1, sites_v1, sweep_v1, toml_names

    doc = (ROOT / "docs" / "scenario-format.md").read_text(encoding="utf-8")
    example = re.search(r"```toml\n(.*?)```", doc, re.S).group(1)
    for name in ("data/our-stations.csv", "weather/zhongwei-2023.epw"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x\n")
    (tmp_path / "example.toml").write_text(example, encoding="utf-8")
    s = load_scenario(tmp_path / "example.toml")
    assert len(s.sites) == 2 and s.assumptions.emission_kg_per_kwh == {510000: 0.11}
    keys = {
        *scenario_v1.TOP_KEYS,
        *scenario_v1.META_KEYS,
        *sites_v1.SITE_KEYS,
        *demand_v1.DEMAND_KEYS,
        *demand_v1.CLASS_KEYS,
        *assumptions_v1.ASSUMPTION_KEYS,
        *toml_names.PROVINCE_OVERRIDES,
        *toml_names.CLUSTER_OVERRIDES,
        *scenario_v1.SOLVER_KEYS,
        *scenario_v1.MAP_KEYS,
        *sweep_v1.SWEEP_KEYS,
        *sweep_v1.PARAMETER_KEYS,
        *Scenario().base,
    }
    assert {k for k in keys if f"`{k}`" not in doc} <= {
        "sites",
        "demand",
        "overrides",
        "map",
        "solver",
        "assumptions",
        "metadata",
        "base",
        "classes",
    }


def test_bandwidth_prices_round_trip_and_validate():
    from dataclasses import replace

    from app.domain.scenario import Scenario
    from app.io.scenario_file import ScenarioError, dumps_scenario, loads_scenario

    s = Scenario()
    s.assumptions = replace(s.assumptions, bandwidth_price_cny_per_km_year={"100G": 8000.0})
    text = dumps_scenario(s)
    assert loads_scenario(text).assumptions == s.assumptions
    with pytest.raises(ScenarioError) as err:
        loads_scenario(text.replace("100G = 8000.0", "100G = -1.0"))
    assert "assumptions.bandwidth_price_cny_per_km_year.100G: must be in (0, 1e+08]" in str(
        err.value
    )


def test_utilisation_is_written_once_spelt_and_both_spellings_are_read(tmp_path) -> None:
    path = tmp_path / "one.toml"
    save_scenario(
        Scenario(sites=[Site(id="a", name="A", lon=113.0, lat=41.0, utilization=0.55)]), path
    )
    text = path.read_text(encoding="utf-8")
    assert "utilisation = 0.55" in text and "utilization" not in text
    assert load_scenario(path).sites[0].utilization == 0.55
    old = tmp_path / "old.toml"
    old.write_text(text.replace("utilisation = 0.55", "utilization = 0.55"), encoding="utf-8")
    assert load_scenario(old).sites[0].utilization == 0.55
    both = tmp_path / "both.toml"
    both.write_text(text.replace("utilisation = 0.55", "utilisation = 0.55\nutilization = 0.6"))
    with pytest.raises(
        ScenarioError, match=r"sites\[0\]\.utilization: the same key as utilisation"
    ):
        load_scenario(both)


@pytest.mark.parametrize(
    ("sites", "message"),
    [
        ('id = "\\u200b"', "sites[0].id: must not be empty"),  # a zero-width space only
        ('id = "a"\n[[sites]]\nname = "B"\nlon = 113.0\nlat = 41.0\nid = "A"',
         "sites[1].id: duplicate id 'A' (also sites[0])"),  # one id to a reader
        ('id = "caf\\u00e9"\n[[sites]]\nname = "B"\nlon = 113.0\nlat = 41.0\nid = "cafe\\u0301"',
         "sites[1].id: duplicate id"),  # NFC and NFD: the same letters
        (f'id = "{"x" * 201}"', "sites[0].id: must be at most 200 characters, got 201"),
    ],
)  # fmt: skip
def test_ids_a_reader_cannot_tell_apart_are_refused(sites, message):
    text = f'format = "cpn-scenario"\nversion = 1\n[[sites]]\nname = "A"\nlon = 113.0\nlat = 41.0\n{sites}\n'
    with pytest.raises(ScenarioError) as err:
        loads_scenario(text)
    assert message in str(err.value)


def test_a_pasted_document_is_not_a_name():
    text = f'format = "cpn-scenario"\nversion = 1\n[metadata]\nname = "{"x" * 10_000}"\n'
    with pytest.raises(ScenarioError) as err:
        loads_scenario(text)
    assert "metadata.name: must be at most 200 characters, got 10,000" in str(err.value)
