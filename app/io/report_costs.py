"""Every cost line of the report's summary, hall by hall, Qt-free: one row per hall of the
allocation (each province's stock, each national cluster, each placed site) with its fixed
and marginal energy, carbon, transport, capex annuity, migration charge, annual cost and
one-off investment, for the scenario and for today. Each money column sums to the summary
line of the same name (the figures are the evaluation's ``costs`` and ``today_costs``)."""

from __future__ import annotations

import pandas as pd

from app.domain.text import tr

#: What a hall is (``app.engine.costs.cost_detail.hall_kind``), as the reports say it.
HALL_KINDS = {
    "stock": "existing stock",
    "cluster": "national cluster",
    "placed": "placed site",
}


def cost_table(costs: pd.DataFrame, names: dict[str, str], lang: str = "en") -> pd.DataFrame:
    """The evaluation's cost detail with the hall's name, kind and province in ``lang``."""
    t = costs.copy()
    t.insert(1, "name", [names.get(s, s) for s in t["site"]])
    t.insert(2, "kind_text", [tr(HALL_KINDS.get(k, k), lang) for k in t["kind"]])
    t.insert(3, "province_name", [names.get(p, p) for p in t["province"]])
    return t


def cost_tables(ev, names: dict[str, str], lang: str = "en") -> tuple[pd.DataFrame, pd.DataFrame]:
    """(scenario, today): every hall's cost lines."""
    return cost_table(ev.costs, names, lang), cost_table(ev.today_costs, names, lang)
