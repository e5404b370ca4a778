"""Flags on a placed site's solved load: one that serves (almost) nothing still costs its
capex annuity and its load-independent energy every year; one below its design utilisation
runs at a worse PUE than its card promised."""

from __future__ import annotations

from app.domain import units
from app.domain.text import tr

IDLE_SHARE = 0.01
"""A placed site serving less than this share of its capacity "serves nothing"."""
BELOW_DESIGN_TOLERANCE = 0.01
"""Utilisation this far under the design one is "below design" (LP round-off is far smaller)."""


def load_flags(
    utilisation: float,
    design_utilisation: float,
    idle_cost_cny_per_year: float | None,
    lang: str | None = None,
) -> tuple[str, ...]:
    """The flags of a site solved at ``utilisation``; ``idle_cost_cny_per_year`` is what it
    costs a year at zero load (capex annuity + fixed energy; None when unpriced)."""
    if utilisation < IDLE_SHARE:
        cost = (
            "?" if idle_cost_cny_per_year is None else units.money(idle_cost_cny_per_year, 3, lang)
        )
        return (tr("serves nothing, costs {cost} a year", lang).format(cost=cost),)
    if utilisation < design_utilisation - BELOW_DESIGN_TOLERANCE:
        return (
            tr("below design utilisation ({solved:.0%} of {design:.0%})", lang).format(
                solved=utilisation, design=design_utilisation
            ),
        )
    return ()


__all__ = ["IDLE_SHARE", "load_flags"]
