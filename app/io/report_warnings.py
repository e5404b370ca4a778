"""Absurd answers named in every report: demand left unserved (or a solve that did not
finish) is said in the first lines, and a lower cost that comes from serving less is never
shown as a saving."""

from __future__ import annotations

import pandas as pd

from app.domain.text import tr

UNSERVED_TOLERANCE_MW = 1e-3
#: Summary rows in CNY: with demand unserved their change is not a saving.
MONEY_ROWS = ("cost_cny", "energy_cost", "transport_cost", "carbon_cost", "capex_cost")


def _unserved(summary: pd.DataFrame) -> tuple[float, float]:
    """Unserved MW in the reference and in the scenario (0 when the summary has no row)."""
    row = summary.loc[summary["key"] == "unserved_mw"] if len(summary) else summary
    if not len(row):
        return 0.0, 0.0
    return float(row["reference"].iloc[0]), float(row["scenario"].iloc[0])


def comparable(summary: pd.DataFrame) -> bool:
    """Whether the money totals of reference and scenario compare: all demand served in
    both (otherwise a lower cost may only mean less served)."""
    return max(_unserved(summary)) <= UNSERVED_TOLERANCE_MW


def notice(summary: pd.DataFrame, status: str, lang: str) -> str:
    """One sentence for the top of a report, "" when the answer is an ordinary one."""
    ref, scen = _unserved(summary)
    parts = []
    if status != "optimal":
        parts.append(tr("the solver did not finish ({status})", lang).format(status=status))
    if max(ref, scen) > UNSERVED_TOLERANCE_MW:
        parts.append(
            tr(
                "{scen:,.1f} MW of demand is left unserved in the scenario ({ref:,.1f} MW in "
                "the reference); the costs leave it out, so a lower cost is not a saving",
                lang,
            ).format(scen=scen, ref=ref)
        )
    return "; ".join(parts)


def with_notice(metadata: pd.DataFrame, text: str, lang: str) -> pd.DataFrame:
    """``metadata`` with a "Warning" row second (after the scenario's name) when ``text``."""
    if not text:
        return metadata
    row = pd.DataFrame([(tr("Warning", lang), text)], columns=metadata.columns)
    return pd.concat([metadata.iloc[:1], row, metadata.iloc[1:]], ignore_index=True)
