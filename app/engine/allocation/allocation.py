"""Allocation LP: serve demand ``D[p, k]`` (MW of IT load) from sites at least cost.

Sequence (after PyPSA's ``optimize``): :func:`check_consistency` -> :func:`build` (small
``define_*`` functions on numpy arrays) -> HiGHS solve in :class:`Solver` -> results and duals
written back into :class:`AllocationResult` -> post-processing (lazy DataFrames, totals).
Infeasibility cannot occur (unserved demand is a penalised variable); any non-optimal solver
outcome is returned as a status string, never raised. Inconsistent input (wrong shapes,
negative capacities, unknown residency) raises ``ValueError`` listing every problem.

LP, with admissible pairs ``j = (p, k, s)`` only::

    min  sum_j c_j x_j + M * sum_pk u_pk
    s.t. sum_s x_pks + u_pk = D_pk        (demand row per region p, class k; dual = marginal cost)
         sum_pk x_pks      <= cap_s       (capacity row per site s; -dual = value of one more MW)
         x, u >= 0

``c_j`` (CNY per MW-year of IT load) = energy (hours x PUE_s x tariff_s) + carbon price x
emissions + transport (class bandwidth x route-km x tier price) + optional capex.

Migration friction (optional, :mod:`~app.engine.allocation.migration`): given today's flows ``q_pks`` (the
status quo, :mod:`~app.engine.references.status_quo`), one "stay" column per status-quo flow,
bounded by ``q_pks``, costs ``c_j - m`` with ``m`` = one-off migration cost / payback years, and
the objective carries the constant ``m * sum q``: the charge falls on every MW that leaves
where it is served today, not on demand served that no site serves today (newly served). A
frozen class keeps only its status-quo pairs, each bounded by ``q_pks``. Existing sites carry
no capex (sunk: energy and transport only); placed sites carry theirs when given. ``totals``
report ``moved_mw`` (per region and class, the smaller of the MW leaving today's sites and the
MW served beyond today there) and ``migration_cost`` (its annual charge).

The code is split in five modules, the public names re-exported here (import from this
module): :mod:`~app.engine.allocation.allocation_problem` (inputs, consistency check, ``define_*``,
build), :mod:`~app.engine.allocation.allocation_solver` (the solve sequence, warm starts, MPS export),
:mod:`~app.engine.allocation.allocation_columns` (HiGHS options and column generation),
:mod:`~app.engine.allocation.allocation_start` (the greedy cold start) and
:mod:`~app.engine.allocation.allocation_result` (write-back, totals, DataFrame views).
"""

from __future__ import annotations

from app.engine.allocation.allocation_build import (
    BuiltModel,
    build,
    define_admissible,
    define_constraints,
    define_site_costs,
)
from app.engine.allocation.allocation_columns import (
    ADD_PER_ROW,
    RC_TOL,
    SEED_CHEAPEST,
    SEED_NEAREST,
    SOLVER_OPTIONS,
    new_highs,
)
from app.engine.allocation.allocation_problem import (
    DEFAULT_CLASSES,
    DEFAULT_UNSERVED_PENALTY,
    HOURS_PER_YEAR,
    NATIONAL_EMISSION_KG_PER_KWH,
    RESIDENCIES,
    AllocationProblem,
    Regions,
    Residency,
    Sites,
    WorkloadClass,
    check_consistency,
)
from app.engine.allocation.allocation_result import AllocationResult
from app.engine.allocation.allocation_solver import Solver, solve, write_mps

__all__ = [
    "ADD_PER_ROW",
    "DEFAULT_CLASSES",
    "DEFAULT_UNSERVED_PENALTY",
    "HOURS_PER_YEAR",
    "NATIONAL_EMISSION_KG_PER_KWH",
    "RC_TOL",
    "RESIDENCIES",
    "SEED_CHEAPEST",
    "SEED_NEAREST",
    "SOLVER_OPTIONS",
    "AllocationProblem",
    "AllocationResult",
    "BuiltModel",
    "Regions",
    "Residency",
    "Sites",
    "Solver",
    "WorkloadClass",
    "build",
    "check_consistency",
    "define_admissible",
    "define_constraints",
    "define_site_costs",
    "new_highs",
    "solve",
    "write_mps",
]
