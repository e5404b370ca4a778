"""The [sweep] section: read, written back as read, and bad definitions refused with key
paths like the rest of the format."""

from __future__ import annotations

import pytest

from app.domain.sweep import SweepParameter
from app.io.scenario_file import ScenarioError, dumps_scenario, loads_scenario

HEAD = """
format = "cpn-scenario"
version = 1
[[sites]]
id = "ulanqab-1"
name = "Ulanqab campus"
lon = 113.13
lat = 41.03
capacity_mw = 300.0
"""

GOOD = (
    HEAD
    + """
[sweep]
sampling = "latin_hypercube"
samples = 20
seed = 7
pue_bands = true
[[sweep.parameters]]
key = "assumptions.carbon_price_cny_per_t"
distribution = "triangular"
low = 0.0
mode = 50.0
high = 300.0
[[sweep.parameters]]
key = "demand.national_it_mw"
values = [18000.0, 20250.0, 26000.0]
[[sweep.parameters]]
key = "demand.class_share.training"
ranges = "defaults"
[[sweep.parameters]]
key = "overrides.provinces.Sichuan.tariff_cny_per_kwh"
distribution = "normal"
mean = 0.4
sd = 0.05
low = 0.2
"""
)


def test_a_sweep_is_read_and_written_back_as_read():
    s = loads_scenario(GOOD)
    d = s.sweep
    assert (d.sampling, d.samples, d.seed, d.pue_bands) == ("latin_hypercube", 20, 7, True)
    assert d.parameters[0] == SweepParameter(
        "assumptions.carbon_price_cny_per_t", "triangular", low=0.0, high=300.0, mode=50.0
    )
    assert d.parameters[1].values == (18000.0, 20250.0, 26000.0)
    # data/assumptions.csv: demand.class_share.training 0.06-0.25
    assert (d.parameters[2].low, d.parameters[2].high) == (0.06, 0.25)
    assert loads_scenario(dumps_scenario(s)).sweep == d


def test_the_year_is_swept_in_whole_years():
    from app.io import scenario_v1, sweep_v1
    from app.sweep.model import ScenarioModel

    s = loads_scenario(HEAD)
    full = sweep_v1.full_document(s, scenario_v1.dumps)
    model = ScenarioModel(full, [SweepParameter("assumptions.year", "uniform", 2023.0, 2030.0)])
    scenario, _ = model.scenario([2026.4])
    assert scenario.assumptions.year == 2026


def test_a_scenario_without_a_sweep_has_none():
    assert loads_scenario(HEAD).sweep is None
    assert "[sweep]" not in dumps_scenario(loads_scenario(HEAD))


BAD = [
    ('sampling = "sobl"', "sweep.sampling: unknown sampling 'sobl' (did you mean 'sobol'?)"),
    ("samples = 0", "sweep.samples: must be in [1, 1000000], got 0"),
    ('ranges = "all"', "sweep.ranges: must be \"defaults\", got 'all'"),
    ("colour = 3", "sweep.colour: unknown key"),
]
PARAMETERS = [
    (
        'key = "assumptions.carbon_price_cny_per_t"\nlow = -5.0\nhigh = 300.0',
        "sweep.parameters[0].low: must be in [0, 10000] CNY/t, got -5.0",
    ),
    ('key = "sites[nowhere].capacity_mw"\nlow = 1\nhigh = 2', "sweep.parameters[0].key: no site with id 'nowhere'"),
    (
        'key = "assumptions.token_cost_includes_capex"\nlow = 1\nhigh = 2',
        "sweep.parameters[0].key: 'assumptions.token_cost_includes_capex' is not a numeric key",
    ),
    ('key = "demand.national_it_mw"\ndistribution = "normal"\nmean = 100.0', "sweep.parameters[0]: normal needs sd"),
    ('key = "demand.national_it_mw"\nlow = 5.0\nhigh = 1.0', "sweep.parameters[0]: low must be below high"),
    (
        'key = "sites[ulanqab-1].pue_band"\nlow = 0.0\nhigh = 1.5',
        "sweep.parameters[0].high: a PUE band position must be in [0, 1]",
    ),
    (
        'key = "overrides.provinces.Sichuan.tariff_cny_per_kwh"\nvalues = [0.3, 12.0]',
        "sweep.parameters[0].values[1]: must be in (0, 10) CNY/kWh, got 12.0",
    ),
    ('key = "overrides.provinces.Atlantis.demand_mw"\nvalues = [1.0]', "sweep.parameters[0].key: overrides.provinces.Atlantis.demand_mw: no province Atlantis"),
    ('key = "demand.national_it_mw"\nvalues = []', "sweep.parameters[0].values: must be an array of 1 to 10000 finite numbers"),
    ('key = "capex.life_years"\nranges = "defaults"', "sweep.parameters[0].key: 'capex.life_years' is not a numeric key"),
]  # fmt: skip


def _problems(text: str) -> list[str]:
    with pytest.raises(ScenarioError) as err:
        loads_scenario(text)
    return err.value.messages


@pytest.mark.parametrize(("line", "message"), BAD)
def test_a_bad_sweep_is_refused_with_its_key_path(line, message):
    text = (
        HEAD
        + f'\n[sweep]\n{line}\n[[sweep.parameters]]\nkey = "demand.national_it_mw"\nlow = 1.0\nhigh = 2.0\n'
    )
    assert any(p.startswith(message) for p in _problems(text)), _problems(text)


@pytest.mark.parametrize(("body", "message"), PARAMETERS)
def test_a_bad_parameter_is_refused_with_its_key_path(body, message):
    problems = _problems(HEAD + f"\n[sweep]\n[[sweep.parameters]]\n{body}\n")
    assert any(p.startswith(message) for p in problems), problems


def test_a_sweep_without_parameters_and_a_key_swept_twice_are_refused():
    assert _problems(HEAD + "\n[sweep]\nsamples = 5\n") == [
        "sweep.parameters: a sweep needs at least one parameter (or ranges, pue_bands or composed_tariffs)"
    ]
    twice = '[[sweep.parameters]]\nkey = "demand.class_share.training"\nvalues = [0.1]\n'
    twice += '[[sweep.parameters]]\nkey = "demand.classes[training].share"\nvalues = [0.2]\n'
    assert _problems(HEAD + "\n[sweep]\n" + twice) == [
        "sweep.parameters[1].key: 'demand.classes[training].share' is swept twice "
        "(also sweep.parameters[0])"
    ]


def test_hostile_sizes_are_refused_quickly():
    many = '[[sweep.parameters]]\nkey = "demand.national_it_mw"\nvalues = [1.0]\n' * 201
    assert _problems(HEAD + "\n[sweep]\n" + many) == [
        "sweep.parameters: 201 parameters; at most 200"
    ]
    values = ", ".join(["20000.0"] * 10_000)
    text = f'[[sweep.parameters]]\nkey = "demand.national_it_mw"\nvalues = [{values}, -1.0]\n'
    problems = _problems(HEAD + "\n[sweep]\n" + text)
    assert problems[0].startswith("sweep.parameters[0].values: must be an array of 1 to 10000")
    text = text.replace(", -1.0]", "]").replace("20000.0, 20000.0", "-1.0, 20000.0", 1)
    assert _problems(HEAD + "\n[sweep]\n" + text) == [
        "sweep.parameters[0].values[0]: must be in (0, 1000000] MW, got -1.0"
    ]


def test_a_grid_too_large_is_refused_before_anything_runs():
    body = "".join(
        f'[[sweep.parameters]]\nkey = "{k}"\nlow = 0.5\nhigh = 0.9\n'
        for k in ("assumptions.stock_utilisation", "assumptions.cluster_utilisation")
    )
    problems = _problems(HEAD + '\n[sweep]\nsampling = "grid"\nsamples = 2000\n' + body)
    assert problems == ["sweep: asks for 4,000,000 evaluations; at most 1,000,000"]


# ---- whatever a [sweep] holds, only ScenarioError escapes; a valid one round-trips ----------
import tomli_w  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from app.domain.sweep import DISTRIBUTIONS, SAMPLINGS  # noqa: E402

_KEYS = [
    "assumptions.carbon_price_cny_per_t",
    "demand.national_it_mw",
    "demand.class_share.training",
    "demand.classes[realtime].latency_limit_ms",
    "sites[ulanqab-1].capacity_mw",
    "sites[ulanqab-1].pue_band",
    "sites[ulanqab-1].colour",
    "overrides.provinces.Sichuan.tariff_cny_per_kwh",
    "overrides.clusters.zhongwei.capacity_mw",
    "assumptions.bandwidth_price_cny_per_km_year.100G",
    "sites[].x",
    "a..b",
    "",
]
_anything = st.none() | st.booleans() | st.integers(-10, 10**7) | st.text(max_size=8)
_numbers = st.floats(-1e6, 1e6, allow_nan=False) | st.integers(-5, 10**6) | _anything
_parameter = st.fixed_dictionaries(
    {"key": st.sampled_from(_KEYS) | _anything},
    optional={
        "distribution": st.sampled_from(DISTRIBUTIONS) | _anything,
        "low": _numbers,
        "high": _numbers,
        "mode": _numbers,
        "mean": _numbers,
        "sd": _numbers,
        "median": _numbers,
        "sigma": _numbers,
        "values": st.lists(_numbers, max_size=4) | _anything,
        "ranges": st.just("defaults") | _anything,
    },
)
_sweep = st.fixed_dictionaries(
    {},
    optional={
        "sampling": st.sampled_from(SAMPLINGS) | _anything,
        "samples": st.integers(-2, 3000) | _anything,
        "seed": st.integers(-2, 10**9) | _anything,
        "pue_bands": st.booleans() | _anything,
        "ranges": st.just("defaults") | _anything,
        "prefixes": st.lists(st.sampled_from(["assumptions.", "demand.", "x"]), max_size=2),
        "parameters": st.lists(_parameter, max_size=4) | _anything,
    },
)


def _clean(value):
    """TOML has no null: drop the keys whose value is None."""
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_clean(v) for v in value if v is not None]
    return value


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_sweep)
def test_any_sweep_is_read_or_refused_with_messages_and_a_read_one_round_trips(sweep):
    text = HEAD + tomli_w.dumps({"sweep": _clean(sweep)})
    try:
        s = loads_scenario(text)
    except ScenarioError as exc:
        assert exc.messages and all(m.strip() for m in exc.messages)
        return
    assert loads_scenario(dumps_scenario(s)).sweep == s.sweep
