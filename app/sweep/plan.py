"""A scenario's sweep from definition to summary, for the CLI, the app and reports.

``plan(scenario)`` expands the parameters, draws the design and prepares the model (the
scenario's own row included); ``summary(plan, rows)`` says what the rows show: each total's
distribution, how often the placed sites lower the cost, each site's probability of running
above a utilisation, sensitivity indices when the design allows them, and the PRIM box where
the sites lose money.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import pandas as pd

from app.domain.sweep import PUE_BAND, SweepDefinition, SweepParameter
from app.domain.text import tr
from app.sweep import analysis
from app.sweep.model import ScenarioModel, prepare
from app.sweep.sampling import Design, design, one_at_a_time

#: Outputs whose distributions a summary gives.
SUMMARY_COLUMNS = ("cost_cny", "carbon_t", "unserved_mw", "effect.cost_cny", "effect.carbon_t")
#: The output sensitivity and discovery look at: the sites' effect on the total cost.
FOCUS = "effect.cost_cny"


@dataclass
class SweepPlan:
    definition: SweepDefinition
    model: ScenarioModel
    design: Design
    base: dict[str, Any]


#: The parameter every default sweep varies (over its sourced range in data/assumptions.csv).
DEFAULT_KEY = "assumptions.carbon_price_cny_per_t"


def default_definition(scenario) -> SweepDefinition:
    """The scenario's ``[sweep]``, or without one the default: the carbon price over its
    sourced range and every placed site's PUE band, 50 Latin-hypercube samples (the sweep
    dialog and ``cpn-planner sweep`` start from the same)."""
    if scenario.sweep is not None:
        return scenario.sweep
    from app.domain.sourced import ranges

    low, high = ranges(DEFAULT_KEY)[DEFAULT_KEY]
    params = [SweepParameter(DEFAULT_KEY, "uniform", low, high)]
    params += [
        SweepParameter(f"sites[{s.id}].{PUE_BAND}", "uniform", 0.0, 1.0) for s in scenario.sites
    ]
    return SweepDefinition("latin_hypercube", 50, 0, tuple(params))


def plan(scenario, samples: int | None = None, seed: int | None = None) -> SweepPlan:
    """The sweep of ``scenario`` (its ``[sweep]``, else :func:`default_definition`;
    ``samples``/``seed`` override it)."""
    from app.io import scenario_v1, sweep_v1

    definition = default_definition(scenario)
    changes = {"samples": samples, "seed": seed}
    definition = replace(definition, **{k: v for k, v in changes.items() if v is not None})
    full = sweep_v1.full_document(replace(scenario, sweep=None), scenario_v1.dumps)
    composed = None
    if definition.composed_tariffs:
        from app.datasets.base_atlas import atlas_for_base

        composed = atlas_for_base(scenario.base).price_ranges
    params = sweep_v1.expand(definition, full, composed)
    problem = sweep_v1.size_problem(definition, params)
    if problem:
        raise ValueError(problem)
    model, base = prepare(full, params)
    return SweepPlan(definition, model, design(definition, params), base)


def tornado_design(p: SweepPlan) -> Design:
    return one_at_a_time(p.model.params)


@dataclass
class Summary:
    rows: int
    total: int
    distributions: dict[str, dict[str, float]]
    sites_lower_cost: float
    above: dict[str, float]
    threshold: float
    sobol: pd.DataFrame | None = None
    morris: pd.DataFrame | None = None
    box: analysis.Box | None = None
    notes: list[str] = field(default_factory=list)
    #: "<target id>.<scope>" -> share of the samples with a verdict that pass it
    policy: dict[str, float] = field(default_factory=dict)
    #: "<target id>.<scope>" -> the target as the scorecard names it
    policy_names: dict[str, str] = field(default_factory=dict)


def summary(p: SweepPlan, rows: pd.DataFrame, threshold: float = 0.8) -> Summary:
    """What ``rows`` (a sweep's output, ordered by sample) show (see the module docstring)."""
    ok = rows[rows["status"] == "optimal"]
    above = {
        s: analysis.probability(ok[f"site.{s}.utilisation"] >= threshold) for s in p.model.site_ids
    }
    out = Summary(
        rows=len(rows),
        total=len(p.design),
        distributions={c: analysis.distribution(ok, c) for c in SUMMARY_COLUMNS},
        sites_lower_cost=analysis.probability(ok[FOCUS] < 0) if len(ok) else float("nan"),
        above=above,
        threshold=threshold,
        policy={
            key: float(ok[f"policy.{key}"].dropna().mean())
            for key in p.model.policy
            if ok[f"policy.{key}"].notna().any()
        },
        policy_names=dict(p.model.policy_names),
    )
    complete = len(ok) == len(p.design) and bool(p.model.site_ids)
    if p.design.sampling in ("sobol", "morris") and not complete:
        out.notes.append(tr("sensitivity indices need every sample of the design solved"))
    elif p.design.sampling == "sobol":
        out.sobol = analysis.sobol_indices(p.design.problem, ok[FOCUS].to_numpy(), seed=0)
    elif p.design.sampling == "morris":
        y = ok[FOCUS].to_numpy()
        out.morris = analysis.morris_indices(p.design.problem, p.design.unit, y, seed=0)
    if len(ok) and p.model.site_ids:
        x = ok[[q.key for q in p.model.params]]
        out.box = analysis.prim(x, (ok[FOCUS] > 0).to_numpy())
    return out


def tornado(p: SweepPlan, rows: pd.DataFrame) -> pd.DataFrame:
    """The tornado of the sites' effect on cost from the one-at-a-time rows."""
    y = rows.sort_values("sample")[FOCUS].to_numpy(dtype=float)
    return analysis.tornado(tuple(q.key for q in p.model.params), y, p.base[FOCUS])
