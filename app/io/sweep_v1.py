"""Scenario format v1: the ``[sweep]`` section (documented in ``docs/scenario-format.md``).

Read after the rest of the scenario, because its keys are checked against the scenario's
full document (every default spelled out): a site or class a key names must exist, and the
bounds of a parameter must be values the file itself could hold.
"""

from __future__ import annotations

import copy
import math
import tomllib
from typing import Any

from app.domain.sourced import assumption_keys, ranges
from app.domain.sweep import DISTRIBUTIONS, PUE_BAND, SAMPLINGS, SweepDefinition, SweepParameter
from app.domain.text import tr
from app.io.checks import Checker, key_path, show
from app.io.sweep_keys import KeyProblem, canonical, resolve, set_value

SWEEP_KEYS = (
    "sampling",
    "samples",
    "seed",
    "ranges",
    "prefixes",
    "pue_bands",
    "composed_tariffs",
    "parameters",
)
PARAMETER_KEYS = (
    "key",
    "distribution",
    "low",
    "high",
    "mode",
    "mean",
    "sd",
    "median",
    "sigma",
    "values",
    "ranges",
)
NUMBERS = ("low", "high", "mode", "mean", "sd", "median", "sigma")
MAX_RUNS = 1_000_000
"""Most evaluations one sweep may ask for (a grid's product, Sobol's N x (k + 2))."""
MAX_PARAMETERS = 200
MAX_VALUES = 10_000
_WHERE = "sweep"


def full_document(scenario, dumps) -> dict[str, Any]:
    """The scenario as a document with every default written out (``dumps``: the format's
    writer), which sweep keys address and samples are written into."""
    return tomllib.loads(dumps(scenario, None))


def load(doc: dict[str, Any], check: Checker, full: dict[str, Any], reader) -> Any:
    """The ``[sweep]`` of ``doc`` (None without one); ``full`` the scenario's full document,
    ``reader(document) -> problems`` reads a document back with the format's checks."""
    if "sweep" not in doc:
        return None
    tbl = check.table(doc["sweep"], _WHERE, SWEEP_KEYS)
    params = []
    tables = check.tables(tbl, "parameters", _WHERE, PARAMETER_KEYS) or []
    if len(tables) > MAX_PARAMETERS:
        check.add(key_path(_WHERE, "parameters"), tr("{n} parameters; at most {most}").format(
            n=len(tables), most=MAX_PARAMETERS))  # fmt: skip
        tables = []
    for path, p in tables:
        param = _parameter(p, path, check, full, reader)
        if param is not None:
            params.append((path, param))
    seen: dict[str, str] = {}
    for path, param in params:
        key = canonical(param.key)
        if key in seen:
            check.add(f"{path}.key", tr("{key} is swept twice (also {other})").format(
                key=show(param.key), other=seen[key]))  # fmt: skip
        seen.setdefault(key, path)
    default_ranges = _ranges_flag(tbl, check)
    definition = SweepDefinition(
        sampling=check.choice(tbl, "sampling", _WHERE, SAMPLINGS, "monte_carlo", "sampling"),
        samples=_count(tbl, "samples", check, 100, 1),
        seed=_count(tbl, "seed", check, 0, 0),
        parameters=tuple(p for _, p in params),
        default_ranges=default_ranges,
        prefixes=check.strings(tbl, "prefixes", _WHERE) or (),
        pue_bands=check.boolean(tbl, "pue_bands", _WHERE, False),
        composed_tariffs=check.boolean(tbl, "composed_tariffs", _WHERE, False),
    )
    _check_size(definition, full, check)
    return definition


def _count(tbl: dict[str, Any], key: str, check: Checker, default: int, least: int) -> int:
    value = check.integer(tbl, key, _WHERE, default)
    if value is None:
        return default
    if not least <= value <= MAX_RUNS:
        check.add(key_path(_WHERE, key), tr("must be in [{low}, {high}], got {value}").format(
            low=least, high=MAX_RUNS, value=value))  # fmt: skip
        return default
    return value


def _ranges_flag(tbl: dict[str, Any], check: Checker) -> bool:
    if "ranges" not in tbl:
        return False
    if tbl["ranges"] != "defaults":
        check.add(key_path(_WHERE, "ranges"), tr('must be "defaults", got {value}').format(
            value=show(tbl["ranges"])))  # fmt: skip
        return False
    return True


def _parameter(p: dict[str, Any], path: str, check: Checker, full, reader):
    key = check.string(p, "key", path, non_empty=True)
    if not key:
        return None
    try:
        target, band = resolve(key, full)
    except KeyProblem as exc:
        check.add(key_path(path, "key"), str(exc))
        return None
    before = len(check.problems)
    numbers = {k: check.number(p, k, path, None) for k in NUMBERS}
    if p.get("ranges") is not None:
        numbers.update(_default_range(p, key, path, check))
    values = _values(p, path, check)
    distribution = check.choice(p, "distribution", path, DISTRIBUTIONS, "uniform", "distribution")
    if len(check.problems) > before:
        return None
    param = SweepParameter(key, distribution, values=values, **numbers)
    problem = _shape_problem(param)
    if problem:
        check.add(path, problem)
        return None
    _check_bounds(param, target, band, path, check, full, reader)
    return param


def _default_range(p, key: str, path: str, check: Checker) -> dict[str, float]:
    if p["ranges"] != "defaults":
        check.add(key_path(path, "ranges"), tr('must be "defaults", got {value}').format(
            value=show(p["ranges"])))  # fmt: skip
        return {}
    span = ranges().get(key) or ranges().get(_alias_of(key), None)
    if span is None or not span[0] < span[1]:
        check.add(key_path(path, "ranges"), tr(
            "data/assumptions.csv gives no range for {key}").format(key=key))  # fmt: skip
        return {}
    return {"low": span[0], "high": span[1]}


def _alias_of(key: str) -> str:
    """The data/assumptions.csv spelling of a class key (``demand.classes[x].share``)."""
    for csv_key in assumption_keys("demand."):
        if canonical(csv_key) == key:
            return csv_key
    return key


def _values(p: dict[str, Any], path: str, check: Checker) -> tuple[float, ...] | None:
    if "values" not in p:
        return None
    v = p["values"]
    ok = (
        isinstance(v, list)
        and 0 < len(v) <= MAX_VALUES
        and all(
            isinstance(x, int | float) and not isinstance(x, bool) and math.isfinite(x) for x in v
        )
    )
    if not ok:
        check.add(key_path(path, "values"), tr(
            "must be an array of 1 to {most} finite numbers, got {value}").format(
                most=MAX_VALUES, value=show(v)))  # fmt: skip
        return None
    return tuple(float(x) for x in v)


def _shape_problem(p: SweepParameter) -> str:
    """What a parameter lacks for its distribution (one sentence), or ""."""
    if p.values is not None:
        return ""
    need = {"uniform": ("low", "high"), "triangular": ("low", "mode", "high"),
            "normal": ("mean", "sd"), "lognormal": ("median", "sigma")}[p.distribution]  # fmt: skip
    missing = [k for k in need if getattr(p, k) is None]
    if missing:
        return tr("{distribution} needs {keys} (or values)").format(
            distribution=p.distribution, keys=", ".join(missing))  # fmt: skip
    lo, hi = p.low, p.high
    if lo is not None and hi is not None and not lo < hi:
        return tr("low must be below high, got {low} and {high}").format(low=lo, high=hi)
    mode = p.mode
    triangular = p.distribution == "triangular"  # its low, mode and high are given (above)
    if (
        triangular
        and lo is not None
        and hi is not None
        and mode is not None
        and not lo <= mode <= hi
    ):
        return tr("mode must lie within low and high, got {mode}").format(mode=p.mode)
    for k in ("sd", "sigma", "median"):
        if getattr(p, k) is not None and not getattr(p, k) > 0:
            return tr("{key} must be > 0, got {value}").format(key=k, value=getattr(p, k))
    return ""


def _check_bounds(param, target, band: bool, path: str, check: Checker, full, reader) -> None:
    """The bounds and values of ``param`` must be values the file could hold itself."""
    points = [(k, getattr(param, k)) for k in ("low", "high", "mode", "mean", "median")]
    if param.values:  # each key's range is an interval: its smallest and largest choice
        v = param.values
        points += [(f"values[{i}]", v[i]) for i in sorted({v.index(min(v)), v.index(max(v))})]
    for name, value in points:
        if value is None:
            continue
        where = f"{path}.{name}" if "[" in name else key_path(path, name)
        if band:
            if not 0.0 <= value <= 1.0:
                check.add(where, tr(
                    "a PUE band position must be in [0, 1] (0 = p5, 1 = p95), got {value}"
                ).format(value=value))  # fmt: skip
            continue
        doc = copy.deepcopy(full)
        set_value(doc, target, value)
        for problem in reader(doc):  # "<key path>: <message>": the path is the parameter's
            check.add(where, problem.split(": ", 1)[-1])
    if band and param.values is None and (param.low is None or param.high is None):
        check.add(path, tr("a PUE band parameter needs low and high within [0, 1]"))


def expand(
    definition: SweepDefinition,
    full: dict[str, Any],
    composed: dict[int, tuple[float, float]] | None = None,
) -> list[SweepParameter]:
    """Every parameter of the sweep: those of the file, then the defaults' ranges for the
    prefixes (keys the format can set, low below high), then each placed site's PUE band
    (uniform over [0, 1]), then with ``composed_tariffs`` the price of each province in
    ``composed`` (adcode -> low, high; ``app.datasets.tariffs.composed_price_ranges``) whose
    price the scenario does not set itself, uniform over its range; each key once."""
    params = list(definition.parameters)
    have = {canonical(p.key) for p in params}
    if definition.default_ranges:
        for key, (low, high) in ranges().items():
            if not low < high or not any(key.startswith(x) for x in definition.prefixes or ("",)):
                continue
            try:
                resolve(key, full)
            except KeyProblem:
                continue  # a default the scenario file cannot hold (capex, accelerators)
            if canonical(key) not in have:
                params.append(SweepParameter(key, "uniform", low, high))
                have.add(canonical(key))
    if definition.pue_bands:
        for site in full.get("sites", []):
            key = f"sites[{site['id']}].{PUE_BAND}"
            if key not in have:
                params.append(SweepParameter(key, "uniform", 0.0, 1.0))
    if definition.composed_tariffs:
        params += _composed_prices(params, full, composed or {})
    return params


def _composed_prices(
    params: list[SweepParameter], full: dict[str, Any], composed: dict[int, tuple[float, float]]
) -> list[SweepParameter]:
    """A price parameter for each province in ``composed`` that neither the scenario's own
    overrides nor a parameter already set (a planner's price is theirs, not an estimate)."""
    taken = set()
    for p in params:
        try:
            taken.add(resolve(p.key, full)[0])
        except KeyProblem:
            continue
    own = full.get("overrides", {}).get("provinces", {})
    out = []
    for code, (low, high) in sorted(composed.items()):
        path = ("overrides", "provinces", str(code), "tariff_cny_per_kwh")
        if path in taken or path[-1] in own.get(str(code), {}) or not low < high:
            continue  # set by the planner, or no measured span (no province publishes both)
        out.append(SweepParameter(".".join(path), "uniform", round(low, 6), round(high, 6)))
    return out


def _check_size(definition: SweepDefinition, full, check: Checker) -> None:
    params = expand(definition, full)  # composed prices are counted when the sweep is planned
    if not params and not definition.composed_tariffs and not check.problems:
        check.add(key_path(_WHERE, "parameters"), size_problem(definition, params))
    elif params:
        problem = size_problem(definition, params)
        if problem:
            check.add(_WHERE, problem)


def size_problem(definition: SweepDefinition, params: list[SweepParameter]) -> str:
    """Why the sweep of ``params`` cannot run (none, or too many evaluations), or ""."""
    if not params:
        return tr("a sweep needs at least one parameter (or ranges, pue_bands or composed_tariffs)")
    k, n = len(params), definition.samples
    runs = {"sobol": n * (k + 2), "morris": n * (k + 1)}.get(definition.sampling, n)
    if definition.sampling == "grid":
        runs = math.prod(len(p.values) if p.values else n for p in params)
    if runs <= MAX_RUNS:
        return ""
    return tr("asks for {runs:,} evaluations; at most {most:,}").format(runs=runs, most=MAX_RUNS)


def sections(definition: SweepDefinition | None) -> list[tuple[str, dict[str, Any]]]:
    """The ``[sweep]`` and ``[[sweep.parameters]]`` sections as written."""
    if definition is None:
        return []
    head: dict[str, Any] = {
        "sampling": definition.sampling,
        "samples": definition.samples,
        "seed": definition.seed,
        "pue_bands": definition.pue_bands,
    }
    if definition.composed_tariffs:
        head["composed_tariffs"] = True
    if definition.default_ranges:
        head["ranges"] = "defaults"
    if definition.prefixes:
        head["prefixes"] = list(definition.prefixes)
    out = [("[sweep]", head)]
    for p in definition.parameters:
        body: dict[str, Any] = {"key": p.key}
        if p.values is not None:
            body["values"] = list(p.values)
        else:
            body["distribution"] = p.distribution
        body.update({k: getattr(p, k) for k in NUMBERS if getattr(p, k) is not None})
        out.append(("[[sweep.parameters]]", body))
    return out
