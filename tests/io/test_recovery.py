"""Autosave and recovery helpers: where autosaves go, what a crash leaves, what is offered."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.domain.scenario import Scenario
from app.domain.site import Site
from app.io import recovery
from app.io.scenario_file import ScenarioError, load_scenario


@pytest.fixture(autouse=True)
def _cache(tmp_path, monkeypatch) -> Path:
    """Every test gets its own cache dir (never the developer's)."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("CPN_CACHE_DIR", str(cache))
    return cache


def _scenario(tmp_path: Path) -> Scenario:
    weather = tmp_path / "w.csv"
    weather.write_text("tdb_c,rh_pct\n")
    return Scenario(
        name="unsaved work", sites=[Site("a", "A", 110.0, 35.0, weather_file=str(weather))]
    )


def _dead_pid() -> int:
    """The id of a process that has exited (and been reaped)."""
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stdout)


def _pretend_crashed(path: Path) -> None:
    info = path.with_name(path.name.removesuffix(recovery.SUFFIX) + recovery.INFO_SUFFIX)
    data = json.loads(info.read_text(encoding="utf-8"))
    data["pid"] = _dead_pid()
    info.write_text(json.dumps(data), encoding="utf-8")


def test_autosave_path_is_in_the_cache_and_stable(_cache, tmp_path) -> None:
    untitled = recovery.autosave_path(None)
    assert untitled.parent == _cache / "recovery" and str(os.getpid()) in untitled.name
    a = recovery.autosave_path(tmp_path / "plans" / "west.toml")
    assert a == recovery.autosave_path(tmp_path / "plans" / ".." / "plans" / "west.toml")
    assert a != recovery.autosave_path(tmp_path / "other" / "west.toml")
    assert a.name.startswith("west-") and a.name.endswith(recovery.SUFFIX)


def test_write_then_find_after_a_crash(tmp_path) -> None:
    s = _scenario(tmp_path)
    origin = tmp_path / "plans" / "west.toml"
    path = recovery.write_recovery(s, origin)
    assert path == recovery.autosave_path(origin)
    assert recovery.find_recovery() == []  # this process is alive: nothing to recover
    _pretend_crashed(path)
    assert recovery.find_recovery() == [path]
    restored, original = recovery.read_recovery(path)
    assert restored == s and original == origin
    assert load_scenario(path) == s  # an ordinary scenario file, with absolute paths
    assert str(tmp_path / "w.csv") in path.read_text(encoding="utf-8")


def test_untitled_and_newest_first(tmp_path) -> None:
    older = recovery.write_recovery(Scenario(name="old"), tmp_path / "old.toml")
    newer = recovery.write_recovery(Scenario(name="new"), None)
    os.utime(older, (1_000_000_000, 1_000_000_000))
    for p in (older, newer):
        _pretend_crashed(p)
    assert recovery.find_recovery() == [newer, older]
    assert recovery.read_recovery(newer) == (Scenario(name="new"), None)


def test_autosave_without_sidecar_is_offered_and_orphan_sidecars_go(tmp_path) -> None:
    path = recovery.write_recovery(Scenario(), tmp_path / "x.toml")
    info = path.with_name(path.name.removesuffix(recovery.SUFFIX) + recovery.INFO_SUFFIX)
    info.unlink()
    assert recovery.find_recovery() == [path]
    assert recovery.recovery_info(path).scenario_path is None
    path.unlink()
    orphan = recovery.recovery_dir() / f"gone{recovery.INFO_SUFFIX}"
    orphan.write_text("{}")
    assert recovery.find_recovery() == [] and not orphan.exists()


def test_unreadable_sidecar_is_tolerated(tmp_path) -> None:
    path = recovery.write_recovery(Scenario(), tmp_path / "x.toml")
    info = path.with_name(path.name.removesuffix(recovery.SUFFIX) + recovery.INFO_SUFFIX)
    for junk in ("not json", "[1, 2]", '{"pid": "7", "scenario_path": 3}'):
        info.write_text(junk)
        assert recovery.recovery_info(path) == recovery.RecoveryInfo(path, None, None, "")


def test_clear_recovery(tmp_path) -> None:
    origin = tmp_path / "x.toml"
    path = recovery.write_recovery(Scenario(), origin)
    untitled = recovery.write_recovery(Scenario(), None)
    recovery.clear_recovery(origin)
    assert not path.exists() and untitled.exists()
    assert sorted(recovery.recovery_dir().iterdir()) == sorted(
        [untitled, untitled.with_name(untitled.name.replace(recovery.SUFFIX, recovery.INFO_SUFFIX))]
    )
    recovery.clear_recovery(recovery_file=untitled)
    assert list(recovery.recovery_dir().iterdir()) == []
    recovery.clear_recovery(origin)  # nothing there: fine
    mine = tmp_path / "mine.autosave.toml"
    mine.write_text("precious")
    with pytest.raises(ValueError, match="not an autosave file"):
        recovery.clear_recovery(recovery_file=mine)
    assert mine.exists()


def test_two_windows_on_one_file_keep_their_own_autosaves(tmp_path) -> None:
    origin = tmp_path / "plan.toml"
    left, right = recovery.new_owner(), recovery.new_owner()
    a = recovery.write_recovery(Scenario(name="left edits"), origin, owner=left)
    b = recovery.write_recovery(Scenario(name="right edits"), origin, owner=right)
    assert a != b
    for p in (a, b):
        _pretend_crashed(p)
    assert {recovery.read_recovery(p)[0].name for p in recovery.find_recovery()} == {
        "left edits",
        "right edits",
    }
    recovery.clear_recovery(origin, owner=left)  # the left window saved or discarded
    assert not a.exists() and b.exists()
    assert recovery.recovery_info(b).scenario_name == "right edits"


def test_temp_files_of_a_killed_autosave_are_cleaned_on_start(tmp_path) -> None:
    path = recovery.write_recovery(Scenario(name="x"), tmp_path / "x.toml")
    stale = path.with_name(f".{path.name}.{_dead_pid()}.k1ll3d.tmp")
    stale.write_text("half an autosave")
    _pretend_crashed(path)
    assert recovery.find_recovery() == [path] and not stale.exists()


REFUSED_AUTOSAVE = """\
format = "cpn-scenario"
version = 1
[metadata]
name = "half-finished"
[[sites]]
id = "kept"
name = "Kept"
lon = 110.0
lat = 35.0
capacity_mw = 120.0
tariff_cny_per_kwh = 10.0
[[sites]]
id = "off-map"
name = "Off the map"
lon = 200.0
lat = 35.0
[[sites]]
id = "also-kept"
name = "Also kept"
lon = 111.0
lat = 36.0
[demand]
national_it_mw = 9000.0
[[demand.classes]]
id = "realtime"
latency_limit_ms = nan
share = 0.5
[[demand.classes]]
id = "batch"
share = 0.5
[overrides.clusters.zhangjiakou]
capacity_mw = inf
[overrides.provinces.440000]
tariff_cny_per_kwh = 0.6
"""


def test_an_autosave_with_refused_values_is_restored_without_them(tmp_path) -> None:
    """An autosave written before the window refused such values (QA pass 2, D2/D3): the
    strict read fails, the lenient one leaves out the refused keys (a site whose required
    position is refused goes whole) and keeps every other edit."""
    autosave = recovery.recovery_dir() / f"plan-0123456789ab-1-1{recovery.SUFFIX}"
    autosave.write_text(REFUSED_AUTOSAVE, encoding="utf-8")
    with pytest.raises(ScenarioError):
        recovery.read_recovery(autosave)
    scenario, _origin, left_out = recovery.read_recovery_leniently(autosave)
    assert [s.id for s in scenario.sites] == ["kept", "also-kept"]
    assert scenario.sites[0].capacity_mw == 120.0 and scenario.sites[0].tariff_cny_per_kwh is None
    a = scenario.assumptions
    assert a.national_it_mw == 9000.0 and [c.id for c in a.classes] == ["realtime", "batch"]
    assert a.classes[0].latency_limit_ms is None  # no limit: the key left out
    assert a.cluster_mw == {} and a.tariff_cny_per_kwh == {440000: 0.6}
    assert any(m.startswith("sites[0].tariff_cny_per_kwh: ") for m in left_out)
    assert any(m.startswith("sites[1].lon: ") for m in left_out)
    assert any(m.startswith("demand.classes[0].latency_limit_ms: ") for m in left_out)
    assert any(m.startswith("overrides.clusters.zhangjiakou.capacity_mw: ") for m in left_out)


def test_an_autosave_that_is_not_toml_is_still_refused(tmp_path) -> None:
    autosave = recovery.recovery_dir() / f"plan-0123456789ab-1-1{recovery.SUFFIX}"
    autosave.write_text('format = "cpn-scenario"\nversion = 1\n[[sites]]\nna', encoding="utf-8")
    with pytest.raises(ScenarioError):
        recovery.read_recovery_leniently(autosave)
