"""The report's allocation tables, Qt-free: demand served in and out of each province
today and in the scenario, each site's load before and after, and the moves from today's
status quo (from -> to, MW, saving, payback) with what stays and why.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from app.datasets.atlas import Atlas
from app.domain.text import tr
from app.engine.references.preview import Preview


def province_table(atlas: Atlas, preview: Preview, lang: str = "en") -> pd.DataFrame:
    """Per province: demand, served locally / elsewhere before and after, unserved (MW)."""

    def split(res) -> tuple[pd.Series, pd.Series]:
        f = res.flows
        local = f["region"] == f["site_province"]
        return (f[local].groupby("region")["mw"].sum(), f[~local].groupby("region")["mw"].sum())

    (lb, eb), (la, ea) = split(preview.base), split(preview.scenario)
    res = preview.scenario
    ids = [str(r) for r in res.problem.regions.ids]
    demand = np.asarray(res.problem.demand_mw).sum(axis=1)
    return pd.DataFrame(
        {
            "province": [atlas.province_name(int(r), lang) for r in ids],
            "province_zh": [atlas.province_name(int(r), "zh") for r in ids],
            "demand_mw": demand,
            "local_before_mw": [lb.get(r, 0.0) for r in ids],
            "local_after_mw": [la.get(r, 0.0) for r in ids],
            "elsewhere_before_mw": [eb.get(r, 0.0) for r in ids],
            "elsewhere_after_mw": [ea.get(r, 0.0) for r in ids],
            "unserved_mw": res.unserved_mw.sum(axis=1),
        }
    )


def site_use_table(names: dict[str, str], preview: Preview) -> pd.DataFrame:
    t = preview.shift.sites.reset_index()
    t.insert(1, "name", [names.get(s, s) for s in t["site"]])
    # a site that is not in the reference carries no load there (its capacity stays missing)
    t["load_mw_before"] = t["load_mw_before"].fillna(0.0)
    t["province_name"] = [names.get(str(p), str(p)) for p in t["province"]]
    return t


#: Why demand stays where today's status quo serves it (reason codes of
#: app.engine.references.migration_preview), as the reports say it.
STAY_REASONS = {
    "frozen": "frozen class",
    "not worth the migration cost": "not worth the migration cost",
    "cheapest": "already at the cheapest site",
    "capacity": "cheaper sites are full",
    "latency": "cheaper sites are out of latency reach",
    "residency": "cheaper sites are outside the residency area",
}


def migration_tables(
    ev, names: dict[str, str], lang: str = "en", labels: dict[str, str] | None = None
) -> tuple[pd.DataFrame, ...]:
    """Status quo -> scenario from the evaluation's migration preview: a summary (key, title,
    kind, value: moved MW in total and per class, newly served MW (not moved), annual saving, one-off cost, payback, MW moved if
    moving were free), the moves summed by route (from -> to, class) and the MW that stay, by
    reason and class."""
    labels = labels or {}
    m = ev.migration
    rows = [("moved_mw", tr("Moved from today's status quo", lang), "mw", m.moved_mw)]
    rows += [
        (f"moved_mw.{k}", tr("Moved: {cls}", lang).format(cls=labels.get(k, k)), "mw", v)
        for k, v in m.moved_by("class").items()
    ]
    rows.append(("newly_served_mw", tr("Newly served (not served today)", lang), "mw",
                 m.newly_served_mw))  # fmt: skip
    rows += [
        ("annual_saving_cny", tr("Annual saving of the moves", lang), "cny_m", m.annual_saving_cny),
        ("one_off_migration_cost_cny", tr("One-off migration cost", lang), "cny_m", m.one_off_cny),
        ("payback_years", tr("Payback", lang), "years", m.payback_years),
    ]
    if ev.free_preview is not None:
        rows.append(
            (
                "moved_mw_if_moving_were_free",
                tr("Moved if moving were free", lang),
                "mw",
                ev.free_preview.moved_mw,
            )
        )
    summary = pd.DataFrame(rows, columns=["key", "title", "kind", "value"])
    moves = m.moves_by_route()
    moves.insert(
        1,
        "from_name",
        [names.get(s, s) if s else tr("not served today", lang) for s in moves["from_site"]],
    )
    moves.insert(3, "to_name", [names.get(s, s) for s in moves["to_site"]])
    moves["class_label"] = [labels.get(c, c) for c in moves["class"]]
    stays = m.stays_by()
    stays["reason_text"] = [tr(STAY_REASONS.get(r, r), lang) for r in stays["reason"]]
    stays["class_label"] = [labels.get(c, c) for c in stays["class"]]
    return summary, moves, stays
