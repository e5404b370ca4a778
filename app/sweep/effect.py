"""The sites' effect: the scenario minus the same scenario without its placed sites.

The one place a sweep gets it (issue 16 adds ``Evaluation.without_sites`` and
``Evaluation.sites_effect``; when it lands, :func:`sites_effect` returns those).
"""

from __future__ import annotations

from dataclasses import replace

from app.engine.evaluate import Evaluation, evaluate

#: Totals whose difference a sweep records (same keys as ``Evaluation.totals``).
EFFECT_KEYS = (
    "cost_cny",
    "carbon_t",
    "energy_mwh",
    "energy_cost",
    "carbon_cost",
    "capex_cost",
    "transport_cost",
    "migration_cost",
    "unserved_mw",
    "moved_mw",
)


def sites_effect(ev: Evaluation, solver=None) -> dict[str, float]:
    """``ev``'s totals minus those of its scenario without the placed sites (same
    assumptions, status quo and friction); ``solver`` keeps that LP warm between calls.
    The solve without the sites is kept as ``ev.without_sites`` (issue 16's name), where the
    policy scorecard finds it instead of solving it again."""
    ready = getattr(ev, "sites_effect", None)
    if isinstance(ready, dict):  # issue 16's Evaluation.sites_effect
        return {k: float(ready.get(k, 0.0)) for k in EFFECT_KEYS}
    bare = getattr(ev, "without_sites", None)
    if bare is None:
        scenario = replace(ev.scenario, sites=[])
        done = evaluate(scenario, atlas=ev.atlas, free=False)
        if done is None:
            raise RuntimeError("the evaluation without the placed sites was cancelled")
        bare = ev.without_sites = done.result
    return {k: ev.totals.get(k, 0.0) - bare.totals.get(k, 0.0) for k in EFFECT_KEYS}
