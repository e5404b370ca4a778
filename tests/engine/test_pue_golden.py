"""The climate and PUE arithmetic gives its golden values (``tests/data/pue_golden.json``) to
1e-9 relative: synthetic years of five stations, the hourly PUE of six technologies x four
facility classes x three utilisations on each, PUE bands, design-load cards and the wet-bulb
solver. The values were recorded from the code before it was rewritten for speed; a parameter
change on purpose regenerates them (``tests/data/make_pue_golden.py`` says how)."""

from __future__ import annotations

import importlib.util
import json
import math
from pathlib import Path

import numpy as np
import pytest

DATA = Path(__file__).parents[1] / "data"
REL, ABS = 1e-9, 1e-12


def _maker():
    spec = importlib.util.spec_from_file_location("make_pue_golden", DATA / "make_pue_golden.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


MAKE = _maker()
GOLDEN = json.loads((DATA / "pue_golden.json").read_text(encoding="utf-8"))


def _differences(got, want, where: str = "") -> list[str]:
    """Every place where ``got`` differs from ``want`` beyond floating-point noise."""
    if isinstance(want, dict):
        if set(got) != set(want):
            return [f"{where}: keys {sorted(got)} != {sorted(want)}"]
        return [d for k in want for d in _differences(got[k], want[k], f"{where}/{k}")]
    if isinstance(want, list):
        if len(got) != len(want):
            return [f"{where}: {len(got)} values, want {len(want)}"]
        return [
            d
            for i, (g, w) in enumerate(zip(got, want, strict=True))
            for d in _differences(g, w, f"{where}[{i}]")
        ]
    if isinstance(want, float):
        if not math.isclose(got, want, rel_tol=REL, abs_tol=ABS):
            return [f"{where}: {got!r} != {want!r}"]
        return []
    return [] if got == want else [f"{where}: {got!r} != {want!r}"]


@pytest.fixture(scope="module")
def now(atlas) -> dict:
    from app.engine.costs.site_figures import DEFAULT_CACHE

    DEFAULT_CACHE.clear()  # the cards through the cold path
    return MAKE.golden(atlas)


@pytest.mark.parametrize("section", ["weather", "pue", "band", "cards", "wet_bulb"])
def test_equal_to_the_golden_values(now, section) -> None:
    problems = _differences(now[section], GOLDEN[section], section)
    assert not problems, f"{len(problems)} differences, first: " + "; ".join(problems[:5])


def test_the_golden_values_are_not_trivial() -> None:
    """The file holds what it claims: every combination, spread PUE values, real water use."""
    pue = GOLDEN["pue"]
    assert len(pue) == 5 * 6 * 4 * 3
    annual = [v["annual_pue"] for v in pue.values()]
    assert 1.02 < min(annual) < 1.15 and max(annual) > 1.6
    assert any(v["water_m3_per_mw_it_year"] > 100.0 for v in pue.values())
    assert {w["pressure_pa"] < 70000.0 for w in GOLDEN["weather"].values()} == {True, False}


def test_batched_paths_equal_the_golden_values(atlas) -> None:
    """The batched synthesis and PUE (maps, many sites) give the same numbers."""
    from app.engine.climate.climate import synthesize_arrays, synthesize_many
    from app.engine.climate.normals import normals_by_station
    from app.engine.pue.pue import annual_pue_many, evaluate_many

    normals = normals_by_station(atlas.normals)
    stations = list(MAKE.STATIONS)
    years = synthesize_many([normals[s] for s in stations])
    for name, year in zip(stations, years, strict=True):
        assert not _differences(MAKE.weather_values(year), GOLDEN["weather"][name], name)
    arrays = synthesize_arrays([normals[s] for s in stations])
    for tech in ("chiller_tower", "direct_air", "immersion"):
        many = evaluate_many(years, tech, 0.7, facility="large")
        annual = annual_pue_many(arrays, tech, 0.7, facility="large")
        for name, r, a in zip(stations, many, annual, strict=True):
            want = GOLDEN["pue"][MAKE.pue_key(name, tech, "large", 0.7)]
            assert not _differences(MAKE.pue_values(r), want, name)
            assert a == pytest.approx(want["annual_pue"], rel=REL)
    np.testing.assert_array_equal(arrays["tdb_c"][0], years[0].tdb_c)
