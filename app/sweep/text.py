"""A sweep's summary as lines of plain text (``cpn-planner sweep`` prints them, the sweep
dialog shows them)."""

from __future__ import annotations

import math

from app.domain import units
from app.domain.text import tr

_MONEY = ("cost_cny", "effect.cost_cny")
_CARBON = ("carbon_t", "effect.carbon_t")


def _value(column: str, x: float) -> str:
    if column in _MONEY:
        return units.money(x, 3)
    if column in _CARBON:
        return units.carbon(x, 3)
    return f"{x:,.1f} MW"


def _percent(x: float) -> str:
    return "-" if math.isnan(x) else f"{100 * x:.0f} %"


def summary_lines(outcome, s) -> list[str]:
    lines: list[str] = []
    state = (
        tr("stopped") if outcome.cancelled else tr("failed") if outcome.error else tr("finished")
    )
    rate = outcome.rows / outcome.seconds if outcome.seconds > 0 else 0.0
    lines.append(
        tr(
            "{state}: {rows} of {total} samples in {s:.1f} s ({rate:.1f} samples/s) -> {path}"
        ).format(
            state=state, rows=s.rows, total=s.total, s=outcome.seconds, rate=rate, path=outcome.path
        )
    )
    head = "".join(f"{tr(k):>16}" for k in ("mean", "p5", "p50", "p95"))
    lines.append(f"{tr('output'):<20}{head}")
    for column, d in s.distributions.items():
        if d.get("n"):
            cells = "".join(f"{_value(column, d[k]):>16}" for k in ("mean", "p5", "p50", "p95"))
            lines.append(f"{column:<20}{cells}")
    lines.append(
        tr("the placed sites lower the total cost in {p} of samples").format(
            p=_percent(s.sites_lower_cost)
        )
    )
    for site, p in s.above.items():
        lines.append(
            tr("{site}: used above {u:.0%} in {p} of samples").format(
                site=site, u=s.threshold, p=_percent(p)
            )
        )
    for key, share in s.policy.items():
        lines.append(tr("policy target {key}: passed in {p} of samples").format(
            key=s.policy_names.get(key, key), p=_percent(share)))  # fmt: skip
    lines += _index_lines(s)
    if s.box is not None and s.box.limits:
        lines.append(
            tr(
                "the sites lose money most often when (PRIM: {d} of samples inside lose, "
                "{c} of all losses inside):"
            ).format(  # fmt: skip
                d=_percent(s.box.density), c=_percent(s.box.coverage)
            )
        )
        for key, (lo, hi) in s.box.limits.items():
            lines.append(f"  {lo:,.4g} <= {key} <= {hi:,.4g}")
    for note in s.notes:
        lines.append(f"  ! {note}")
    return lines


def _index_lines(s) -> list[str]:
    lines: list[str] = []
    if s.sobol is not None:
        lines.append(tr("Sobol indices of the sites' effect on cost (95 % confidence):"))
        for key, r in s.sobol.iterrows():
            lines.append(
                f"  {key:<48} S1 {r.S1:6.3f} +- {r.S1_conf:5.3f}   ST {r.ST:6.3f} +- {r.ST_conf:5.3f}"
            )
    if s.morris is not None:
        lines.append(tr("Morris screening of the sites' effect on cost (mu*, CNY per range):"))
        for key, r in s.morris.sort_values("mu_star", ascending=False).iterrows():
            lines.append(
                f"  {key:<48} {units.money(r.mu_star, 3):>12} +- {units.money(r.mu_star_conf, 2)}"
            )
    return lines


def tornado_lines(frame) -> list[str]:
    lines = [tr("tornado of the sites' effect on cost (change at the low and high end):")]
    for key, r in frame.iterrows():
        lines.append(f"  {key:<48} {units.money(r.low, 3):>12} {units.money(r.high, 3):>12}")
    return lines
