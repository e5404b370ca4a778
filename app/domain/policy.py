"""National targets a scenario is scored against, as plain data (no Qt, nothing of the app).

A :class:`Target` is one row of ``data/targets.csv`` or one ``[[policy.targets]]`` table of a
scenario file; :class:`PolicySettings` is the scenario's ``[policy]`` section (the year it is
judged in and its own targets). The engine scores them in ``app.engine.policy.policy``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Who a target applies to: placed sites, national clusters, hub nodes, the nation.
LEVELS: tuple[str, ...] = ("site", "cluster", "hub", "nation")
#: Which data centres: placed (new), the stock and clusters (existing), or all.
AGES: tuple[str, ...] = ("new", "existing", "any")
#: What is measured (units: PUE, shares 0-1).
METRICS: tuple[str, ...] = (
    "pue",
    "utilisation",
    "green_share",
    "new_capacity_in_hubs",
    "green_share_growth",
)
#: Green-power accounting bases, never mixed: the province grid mix, or declared purchases.
BASES: tuple[str, ...] = ("location", "market")
COMPARISONS: tuple[str, ...] = ("<", "<=", ">", ">=")
#: ``value`` spelled as this word: the province's renewable consumption weight.
PROVINCE_WEIGHT = "province_weight"
DEFAULT_YEAR = 2025


@dataclass(frozen=True)
class Target:
    """One numeric, dated target and the document that sets it.

    ``applies_to`` levels of :data:`LEVELS`; ``region`` "national" (everywhere), "hub" (inside
    any hub node), "east_hub"/"west_hub", "hub:<hub id>" (several: "hub:bth;yrd") or "province:<adcode>"; ``value`` a
    number in the metric's unit (shares 0-1), or :data:`PROVINCE_WEIGHT`; ``basis`` for green
    shares ("location" or "market"); the target is in force from ``year_from`` to
    ``year_until`` (None: open) and only when ``enabled``.
    """

    id: str
    applies_to: tuple[str, ...]
    new_or_existing: str
    region: str
    metric: str
    comparison: str
    value: float | str
    document: str
    publisher: str
    basis: str = ""
    year_from: int | None = None
    year_until: int | None = None
    enabled: bool = True
    document_no: str = ""
    date: str = ""
    note: str = ""

    def in_force(self, year: int) -> bool:
        """Enabled and dated to include ``year``."""
        early = self.year_from is not None and year < self.year_from
        late = self.year_until is not None and year > self.year_until
        return self.enabled and not early and not late

    @property
    def source(self) -> str:
        """The document as a reader cites it: title, number, publisher, date."""
        number = f" ({self.document_no})" if self.document_no else ""
        return f"{self.document}{number}, {self.publisher}, {self.date}".strip(", ")


@dataclass(frozen=True)
class PolicySettings:
    """A scenario's ``[policy]``: the year it is judged in and targets that add to or
    replace the built-in ones (same ``id``: replaced)."""

    year: int = DEFAULT_YEAR
    targets: tuple[Target, ...] = field(default_factory=tuple)
