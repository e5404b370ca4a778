"""Property tests of scenario files: any valid scenario round-trips exactly, and whatever a
file holds (random TOML, a mutated valid file, random bytes) only ScenarioError escapes."""

from __future__ import annotations

import copy
import os
import tomllib
from pathlib import Path

import tomli_w
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.domain.assumptions import AllocationAssumptions
from app.domain.metrics import METRICS_BY_KEY
from app.domain.scenario import BASE_DATASETS, REGION_LEVELS, MapView, Scenario, SolverSettings
from app.domain.site import Site
from app.engine.allocation.allocation import RESIDENCIES, WorkloadClass
from app.engine.allocation.network import default_tiers
from app.engine.costs.costs import ACCELERATOR_PROFILES
from app.engine.pue.pue import COOLING_TECHS
from app.io import assumptions_v1, demand_v1, scenario_v1, sites_v1, toml_names
from app.io.checks import same_id_key, visible
from app.io.scenario_file import ScenarioError, dumps_scenario, load_scenario, loads_scenario

V1_FILE = Path(__file__).resolve().parent.parent / "data" / "scenarios" / "v1.toml"
BASE = Path("/tmp/cpn-fuzz/plans").absolute()
#: CPN_FUZZ_EXAMPLES=5000 for a long run.
FUZZ = settings(
    max_examples=int(os.environ.get("CPN_FUZZ_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


# ---- valid scenarios round-trip ------------------------------------------------------------
def _floats(lo: float, hi: float, **kw) -> st.SearchStrategy[float]:
    return st.floats(lo, hi, allow_nan=False, allow_infinity=False, **kw)


texts = st.text(max_size=30)
one_line = texts.filter(lambda s: len(s.splitlines()) <= 1)  # names and ids: one line
names = one_line.filter(lambda s: visible(s) != "")  # an id of invisible characters is empty
paths = st.sampled_from(
    [
        str(BASE / "w.epw"),
        str(BASE / "sub" / "y.csv"),
        str(BASE.parent / "other" / "z.csv"),
        str(BASE.parent.parent / "a b.csv"),
    ]
)
money = st.none() | _floats(0, 10, exclude_min=True, exclude_max=True)
sites = st.builds(
    Site,
    id=names,
    name=names,
    lon=_floats(70, 140),
    lat=_floats(10, 56),
    capacity_mw=_floats(0, 5e4, exclude_min=True),
    utilization=_floats(0.01, 1),
    cooling=st.sampled_from(COOLING_TECHS),
    tariff_cny_per_kwh=money,
    green_share=_floats(0, 1),
    green_price_cny_per_kwh=money,
    accelerator=st.sampled_from(list(ACCELERATOR_PROFILES)),
    weather_file=st.none() | paths,
)
classes = st.builds(
    WorkloadClass,
    id=names,
    label=one_line,
    latency_limit_ms=st.none() | _floats(0, 1e4, exclude_min=True),
    residency=st.sampled_from(RESIDENCIES),
    bandwidth_gbps_per_mw=_floats(0, 1e3),
    share=_floats(0.001, 1),
    bandwidth_tier=st.sampled_from(list(default_tiers())),
)
codes = st.sampled_from(sorted(set(toml_names.province_names().values())))
overrides = st.dictionaries(codes, _floats(0, 1e6), max_size=4)
assumptions = st.builds(
    AllocationAssumptions,
    national_it_mw=_floats(0, 1e6, exclude_min=True),
    demand_proxy=st.sampled_from(demand_v1.DEMAND_PROXIES),
    classes=st.lists(classes, min_size=1, max_size=5, unique_by=lambda c: c.id).map(tuple),
    carbon_price_cny_per_t=_floats(0, 1e4),
    kw_per_rack=_floats(0, 100, exclude_min=True),
    stock_pue=_floats(1, 3),
    stock_mw=overrides,
    demand_mw=overrides,
    cluster_mw=st.dictionaries(st.sampled_from(toml_names.cluster_ids()), _floats(0, 1e6)),
    tariff_cny_per_kwh=st.dictionaries(codes, _floats(0, 10, exclude_min=True, exclude_max=True)),
    emission_kg_per_kwh=st.dictionaries(codes, _floats(0, 5, exclude_max=True)),
)
lons = st.lists(_floats(-180, 180), min_size=2, max_size=2, unique=True).map(sorted)
lats = st.lists(_floats(-90, 90), min_size=2, max_size=2, unique=True).map(sorted)
views = st.builds(
    MapView,
    metric=st.sampled_from(list(METRICS_BY_KEY)),
    visible_layers=st.none() | st.lists(texts, max_size=4).map(tuple),
    view_lonlat=st.none()
    | st.tuples(lons, lats).map(lambda t: (t[0][0], t[1][0], t[0][1], t[1][1])),
)
scenarios = st.builds(
    Scenario,
    name=one_line,
    sites=st.lists(sites, max_size=5, unique_by=lambda s: same_id_key(s.id)),
    assumptions=assumptions,
    author=one_line,
    notes=texts,
    created=st.just("") | st.dates().map(lambda d: d.isoformat()),
    base=st.fixed_dictionaries(
        {
            k: st.just("builtin")
            | paths.map(
                lambda p, k=k: str(Path(p).with_suffix(".geojson" if k == "boundaries" else ".csv"))
            )
            for k in BASE_DATASETS
        }
    ),
    map_view=views,
    solver=st.builds(
        SolverSettings,
        regions=st.sampled_from(REGION_LEVELS),
        auto_solve=st.booleans(),
        unserved_penalty_cny_per_mw_year=_floats(0, 1e10, exclude_min=True),
    ),
)


@FUZZ
@given(scenarios)
def test_any_valid_scenario_round_trips_exactly(scenario: Scenario) -> None:
    text = dumps_scenario(scenario, BASE)
    assert loads_scenario(text, BASE, check_files=False) == scenario


# ---- bad files: only ScenarioError ---------------------------------------------------------
KNOWN_KEYS = sorted(
    {
        *scenario_v1.TOP_KEYS,
        *sites_v1.SITE_KEYS,
        *demand_v1.CLASS_KEYS,
        *demand_v1.DEMAND_KEYS,
        *assumptions_v1.ASSUMPTION_KEYS,
        *toml_names.PROVINCE_OVERRIDES,
        *scenario_v1.SOLVER_KEYS,
        *scenario_v1.MAP_KEYS,
        *scenario_v1.META_KEYS,
        *BASE_DATASETS,
        "provinces",
        "clusters",
        "510000",
        "Sichuan",
        "zhongwei",
    }
)
keys = st.sampled_from(KNOWN_KEYS) | st.text(max_size=8)
scalars = (
    st.booleans()
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats()
    | st.text(max_size=12)
    | st.dates()
    | st.datetimes()
    | st.sampled_from(["builtin", "price", "province", "chiller_tower", "../x.csv", ""])
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=6),
    max_leaves=25,
)
documents = st.dictionaries(keys, values, max_size=8)
envelopes = st.sampled_from([1, 1, 1, 2, 0, -1, "1", 1.0, True])


def _only_scenario_error(text: str) -> None:
    try:
        loads_scenario(text, BASE, check_files=True)
    except ScenarioError as exc:
        assert exc.messages and all(isinstance(m, str) for m in exc.messages)
        assert not any("unexpected error" in m for m in exc.messages), exc.messages


def _toml(doc: dict) -> str:
    try:
        return tomli_w.dumps(doc)
    except (TypeError, ValueError):  # e.g. a time with a UTC offset: not TOML
        assume(False)
        raise


@FUZZ
@given(documents, envelopes, st.booleans())
def test_random_toml_documents_raise_only_scenario_error(doc, version, enveloped) -> None:
    if enveloped:
        doc = {**doc, "format": "cpn-scenario", "version": version}
    _only_scenario_error(_toml(doc))


def _leaf_paths(node, prefix=()) -> list[tuple]:
    out = [prefix] if prefix else []
    children = (
        node.items()
        if isinstance(node, dict)
        else (enumerate(node) if isinstance(node, list) else ())
    )
    for key, child in children:
        out += _leaf_paths(child, (*prefix, key))
    return out


VALID_DOC = tomllib.loads(V1_FILE.read_text(encoding="utf-8"))
VALID_PATHS = _leaf_paths(VALID_DOC)


@FUZZ
@given(
    st.lists(
        st.tuples(st.sampled_from(VALID_PATHS), st.none() | values | keys), min_size=1, max_size=4
    )
)
def test_mutated_valid_documents_raise_only_scenario_error(mutations) -> None:
    doc = copy.deepcopy(VALID_DOC)
    for path, value in mutations:
        node = doc
        try:
            for key in path[:-1]:
                node = node[key]
            if value is None:
                del node[path[-1]]
            else:
                node[path[-1]] = value
        except (KeyError, IndexError, TypeError):  # an earlier mutation changed the shape
            continue
    _only_scenario_error(_toml(doc))


@FUZZ
@given(st.data())
def test_mutated_valid_text_raises_only_scenario_error(data) -> None:
    text = V1_FILE.read_text(encoding="utf-8")
    for _ in range(data.draw(st.integers(1, 4))):
        i = data.draw(st.integers(0, len(text)))
        j = data.draw(st.integers(i, min(len(text), i + 40)))
        insert = data.draw(
            st.text(max_size=10)
            | st.sampled_from(["=", "[", "]", '"', "\n", "[[sites]]\n", "-5", "nan"])
        )
        text = text[:i] + insert + text[j:]
    _only_scenario_error(text)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=200))
def test_random_bytes_raise_only_scenario_error(tmp_path, blob) -> None:
    path = tmp_path / "random.toml"
    path.write_bytes(blob)
    try:
        load_scenario(path)
    except ScenarioError as exc:
        assert not any("unexpected error" in m for m in exc.messages)


# ---- any number in any numeric key: refused, or solved to a finite answer -------------------
EXAMPLE = Path(__file__).resolve().parents[2] / "data" / "scenarios" / "western-expansion.toml"
EXAMPLE_DOC = {  # the example plus every other numeric key of the format, at its default
    **tomllib.loads(EXAMPLE.read_text(encoding="utf-8")),
    "demand": {
        "national_it_mw": 20250.0,
        "classes": [
            {"id": "rt", "latency_limit_ms": 10.0, "bandwidth_gbps_per_mw": 0.5, "share": 0.3},
            {"id": "batch", "share": 0.7},
        ],
    },
    "assumptions": {
        "carbon_price_cny_per_t": 100.0,
        "kw_per_rack": 2.5,
        "stock_pue": 1.42,
        "bandwidth_price_cny_per_km_year": {"100G": 5000.0},
    },
    "overrides": {
        "provinces": {
            "510000": {
                "tariff_cny_per_kwh": 0.4,
                "emission_kg_per_kwh": 0.1,
                "demand_mw": 800.0,
                "capacity_mw": 900.0,
            }
        },
        "clusters": {"zhongwei": {"capacity_mw": 1200.0}},
    },
    "solver": {"unserved_penalty_cny_per_mw_year": 1e8},
}
EXAMPLE_DOC["sites"][0].update(
    tariff_cny_per_kwh=0.3, green_share=0.5, green_price_cny_per_kwh=0.35
)


def _value(doc, path: tuple):
    for key in path:
        doc = doc[key]
    return doc


NUMERIC_PATHS = [
    p for p in _leaf_paths(EXAMPLE_DOC) if type(_value(EXAMPLE_DOC, p)) in (int, float)
]  # not bool
numbers = (
    st.floats()
    | st.integers(-(10**330), 10**330)
    | st.sampled_from(
        [0, 1e-300, 5e-324, 0.01, 1.0, 5.0, 500.0, 10_000.0, 50_000.0, 1e6, 1e8, 1e10, 1e300, -1.0]
    )
)


def _solve_json(path: Path) -> dict:
    import contextlib
    import io
    import json

    from app.__main__ import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = main(["solve", str(path), "--json"])

    def refuse(constant: str):
        raise AssertionError(f"{constant} in solve --json")

    result = json.loads(out.getvalue(), parse_constant=refuse)
    assert code in (0, 1, 2) and isinstance(result, dict)
    return result


@settings(
    max_examples=int(os.environ.get("CPN_FUZZ_SOLVE_EXAMPLES", "12")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.lists(st.tuples(st.sampled_from(NUMERIC_PATHS), numbers), min_size=1, max_size=3))
def test_any_number_is_refused_or_solves_to_a_finite_answer(tmp_path, changes) -> None:
    import math

    doc = copy.deepcopy(EXAMPLE_DOC)
    for path, value in changes:
        node = doc
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
    target = tmp_path / "plan.toml"
    target.write_text(_toml(doc), encoding="utf-8")
    try:
        load_scenario(target)
    except ScenarioError as exc:
        assert not any("unexpected error" in m for m in exc.messages), exc.messages
        return
    result = _solve_json(target)
    if result["status"] == "optimal":
        assert math.isfinite(result["objective_cny"])


def test_the_numeric_fuzz_starts_from_a_valid_file() -> None:
    assert len(loads_scenario(tomli_w.dumps(EXAMPLE_DOC)).sites) == 2 and len(NUMERIC_PATHS) > 25
