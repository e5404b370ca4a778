"""The references a scenario is evaluated against, solved once per assumption set.

*today* (the status quo, :func:`status_quo`) and *without the placed sites* (the same
scenario, status quo and friction with its placed sites removed, :func:`without_sites`) do not
depend on the placed sites, so both are cached per assumption set (atlas, ``[base]``,
assumptions, solver settings): a drag re-solves only the scenario. :func:`build_problem` is
the one way a scenario becomes an allocation problem. See :mod:`app.engine.evaluate`.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from dataclasses import replace

from app.datasets.atlas import Atlas
from app.engine.allocation.allocation import AllocationResult, Solver
from app.engine.allocation.national_problem import PlacedSupply, build_national_problem
from app.engine.references.status_quo import (
    StatusQuo,
    build_status_quo,
    params_from,
    status_quo_result,
)

_BASELINES: OrderedDict[str, tuple[AllocationResult, StatusQuo]] = OrderedDict()
_BASELINES_SIZE = 8
_BASELINES_LOCK = threading.Lock()


def build_problem(
    atlas: Atlas, scenario, placed: list[PlacedSupply], status_quo: StatusQuo | None = None
):
    """The allocation problem of ``scenario`` with its solver settings; with ``status_quo``,
    the friction of moving away from it (the scenario's migration assumptions)."""
    problem = build_national_problem(atlas, scenario.assumptions, placed)
    problem = replace(
        problem,
        unserved_penalty_cny_per_mw_year=float(scenario.solver.unserved_penalty_cny_per_mw_year),
    )
    if scenario.solver.regions == "prefecture":
        from app.engine.allocation.prefecture_regions import to_prefectures

        problem = to_prefectures(atlas, problem)
    if status_quo is None:
        return problem
    a = scenario.assumptions
    return replace(
        problem,
        migration=status_quo.migration(
            a.migration_cost_cny_per_mw, a.payback_years, tuple(a.frozen_classes)
        ),
    )


def baseline_inputs(scenario) -> tuple:
    """Everything an evaluation without the placed sites depends on (names, notes and the map
    view change no figure): base datasets, assumptions, solver settings."""
    solver = scenario.solver
    return (
        sorted(scenario.base.items()),
        scenario.assumptions,
        solver.regions,
        solver.unserved_penalty_cny_per_mw_year,
    )


def evaluation_inputs(scenario) -> tuple:
    """Everything an evaluation depends on: the baseline's inputs and the placed sites. Two
    scenarios with equal inputs evaluate alike (the one definition; caches use it)."""
    return (tuple(scenario.sites), *baseline_inputs(scenario))


def baseline_key(atlas: Atlas, scenario) -> str:
    """Hash of the atlas and :func:`baseline_inputs`."""
    text = repr((id(atlas), *baseline_inputs(scenario)))
    return hashlib.sha256(text.encode()).hexdigest()


def solve_baseline(atlas: Atlas, scenario) -> AllocationResult:
    """Today's status quo of the scenario, same assumptions (cached per assumption set)."""
    return status_quo(atlas, scenario)[0]


def status_quo(atlas: Atlas, scenario) -> tuple[AllocationResult, StatusQuo]:
    """Today's allocation under the scenario's assumptions, as a result (the baseline) and as
    the reference of the migration friction; placed sites serve nothing today, so it is built
    without them (cached per assumption set)."""
    key = baseline_key(atlas, scenario)
    with _BASELINES_LOCK:  # the GUI's comparison and the worker may both ask
        cached = _BASELINES.get(key)
    if cached is None:
        problem = build_problem(atlas, scenario, [])
        sq = build_status_quo(problem, params_from(scenario.assumptions, problem))
        cached = (status_quo_result(problem, sq), sq)
    with _BASELINES_LOCK:
        _BASELINES[key] = cached
        _BASELINES.move_to_end(key)
        while len(_BASELINES) > _BASELINES_SIZE:
            _BASELINES.popitem(last=False)
    return cached


def without_sites(atlas: Atlas, scenario, today: StatusQuo) -> AllocationResult:
    """The scenario with its placed sites removed: same assumptions, status quo and friction
    (cached per assumption set, like the status quo; solved cold, so deterministic)."""
    key = "without:" + baseline_key(atlas, scenario)
    with _BASELINES_LOCK:
        cached = _BASELINES.get(key)
    if cached is None:
        cached = (Solver().solve(build_problem(atlas, scenario, [], today)), today)
    with _BASELINES_LOCK:
        _BASELINES[key] = cached
        _BASELINES.move_to_end(key)
        while len(_BASELINES) > _BASELINES_SIZE:
            _BASELINES.popitem(last=False)
    return cached[0]


__all__ = [
    "baseline_inputs",
    "baseline_key",
    "build_problem",
    "evaluation_inputs",
    "solve_baseline",
    "status_quo",
    "without_sites",
]
