"""A finished sweep's figures for the report: a table, one row per figure with its unit kind
(``app.domain.report_units``) like the report's migration table, and the data of its charts
(tornado, Sobol bars, each site's probability of use), drawn by ``app.ui.report_sweep``."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from app.domain.text import tr

_DISTRIBUTIONS = (
    ("cost_cny", "Total cost", "cny_total"),
    ("effect.cost_cny", "Sites' effect on cost", "cny_total"),
    ("effect.carbon_t", "Sites' effect on carbon", "t_co2_total"),
)


def sweep_table(summary, site_names: dict[str, str], lang: str = "en") -> pd.DataFrame:
    """``summary`` (``app.sweep.plan.Summary``) as rows (title, kind, value); ``site_names``
    site id -> name as the planner sees it."""
    rows = [(tr("Samples solved", lang), "general", float(summary.rows))]
    for column, label, kind in _DISTRIBUTIONS:
        d = summary.distributions.get(column, {})
        for stat in ("p5", "p50", "p95"):
            if d.get("n"):
                rows.append((f"{tr(label, lang)}, {stat}", kind, d[stat]))
    rows.append(
        (
            tr("Samples in which the placed sites lower the total cost", lang),
            "share",
            summary.sites_lower_cost,
        )  # fmt: skip
    )
    for site, p in summary.above.items():
        what = tr("{site}: samples with use above {u:.0%}", lang)
        rows.append((what.format(site=site_names.get(site, site), u=summary.threshold), "share", p))
    for key, share in summary.policy.items():
        rows.append(
            (
                tr("Samples passing policy target {key}", lang).format(
                    key=summary.policy_names.get(key, key)
                ),
                "share",
                share,
            )
        )
    if summary.sobol is not None:
        for key, r in summary.sobol.iterrows():
            rows.append(
                (tr("Sobol first-order index of {key}", lang).format(key=key), "general", r.S1)
            )
            rows.append((tr("Sobol total index of {key}", lang).format(key=key), "general", r.ST))
    return pd.DataFrame(rows, columns=["title", "kind", "value"])


@dataclass
class SweepReport:
    """What the report shows of the last sweep: ``table`` (:func:`sweep_table`), the tornado
    (index: parameter key; ``low``/``high``: the sites' effect on cost at each end, CNY),
    the Sobol indices (index: key; ``S1``, ``ST`` and their ``_conf``), and per site name
    the share of solved samples with use at or above ``threshold``."""

    table: pd.DataFrame
    tornado: pd.DataFrame | None = None
    sobol: pd.DataFrame | None = None
    use: dict[str, float] = field(default_factory=dict)
    threshold: float = 0.8


def sweep_report(summary, site_names: dict[str, str], tornado, lang: str = "en") -> SweepReport:
    """The report's view of a finished sweep (``summary``: ``app.sweep.plan.Summary``)."""
    use = {site_names.get(s, s): p for s, p in summary.above.items()}
    return SweepReport(
        sweep_table(summary, site_names, lang), tornado, summary.sobol, use, summary.threshold
    )
