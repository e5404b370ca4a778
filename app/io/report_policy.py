"""The report's policy scorecard and green-power tables, from the evaluation's
``Evaluation.policy`` (:mod:`app.engine.policy.policy`): failing items first, each with its value,
target, margin, band verdict, the same item today and without the placed sites, and the
document that sets it. Text in the report's language; figures stored, scaled by the writers.
"""

from __future__ import annotations

import pandas as pd

from app.domain.text import tr
from app.engine.policy.policy import PolicyItem, metric_label

LEVEL_TEXT = {"site": "Site", "cluster": "Cluster", "hub": "Hub node", "nation": "National"}
BAND_TEXT = {  # keys: app.engine.policy.policy.FAILS_AT_P95 and PASSES_AT_P5
    "fails_at_p95": "passes at the central value, fails at p95",
    "passes_at_p5": "fails at the central value, passes at p5",
}
POLICY_COLUMNS = [
    "verdict", "id", "scope", "metric", "comparison", "kind", "target", "value", "margin",
    "band", "today", "without_sites", "source", "scope_id", "passed",
]  # fmt: skip


def metric_text(item: PolicyItem, lang: str) -> str:
    return metric_label(item.target, lang)


def verdict_text(passed: bool | None, lang: str) -> str:
    if passed is None:
        return tr("Unknown", lang)
    return tr("Passes", lang) if passed else tr("Fails", lang)


def scope_text(item: PolicyItem, names: dict[str, str], lang: str) -> str:
    level = tr(LEVEL_TEXT.get(item.level, item.level), lang)
    if item.level == "nation":
        new = item.target.new_or_existing == "new"
        return tr("National, placed sites", lang) if new else level
    return f"{level}: {names.get(item.scope, item.name or item.scope)}"


def policy_table(ev, names: dict[str, str], lang: str) -> pd.DataFrame:
    """One row per scored item of the scenario, failing first (then unknown, then passing)."""
    card = ev.policy
    refs = {(i.reference, i.target.id, i.scope): i for i in card.items}
    rows = []
    for i in card.of("scenario"):
        other = [refs.get((r, i.target.id, i.scope)) for r in ("today", "without_sites")]
        rows.append({
            "verdict": verdict_text(i.passed, lang), "id": i.target.id,
            "scope": scope_text(i, names, lang), "metric": metric_text(i, lang),
            "comparison": i.target.comparison,
            "kind": "pue" if i.target.metric == "pue" else "share",
            "target": i.target_value, "value": i.value, "margin": i.margin,
            "band": tr(BAND_TEXT.get(i.band, i.band), lang) if i.band else "",
            "today": "" if other[0] is None else verdict_text(other[0].passed, lang),
            "without_sites": "" if other[1] is None else verdict_text(other[1].passed, lang),
            "source": i.target.source, "scope_id": i.scope, "passed": i.passed,
        })  # fmt: skip
    frame = pd.DataFrame(rows, columns=POLICY_COLUMNS)
    order = frame["passed"].map({False: 0, None: 1, True: 2}).fillna(1)
    return frame.assign(_order=order).sort_values("_order", kind="stable").drop(columns="_order")


def green_power_table(ev, lang: str) -> pd.DataFrame:
    """The nation and each placed site on both bases (location, market), never mixed."""
    g = ev.policy.green.copy()
    g["name"] = [
        tr("National", lang) if s == "national" else n
        for s, n in zip(g["scope"], g["name"], strict=True)
    ]
    return g


def scope_names(ev, lang: str) -> dict[str, str]:
    """Every scope a target is scored for (stock, cluster, hub; placed sites keep their own
    names) named in ``lang``, as the scorecard names them."""
    from app.engine.allocation.national_problem import supply_names

    column = "name_zh" if lang == "zh" else "name_en"
    hubs = {str(h): str(n) for h, n in ev.atlas.hubs[column].items()}
    return {**supply_names(ev.atlas, lang, stock=tr("{name} stock", lang)), **hubs}


def policy_tables(ev, lang: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The scorecard (scopes named by :func:`scope_names`) and the green-power table."""
    return policy_table(ev, scope_names(ev, lang), lang), green_power_table(ev, lang)
