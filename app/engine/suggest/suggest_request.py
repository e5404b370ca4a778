"""What the planner asks of a site suggestion (:mod:`app.engine.suggest.suggest`), checked."""

from __future__ import annotations

import math
from dataclasses import dataclass

from app.domain.text import tr
from app.engine.pue.facility import FACILITY_CLASSES
from app.engine.pue.pue import COOLING_TECHS
from app.engine.suggest.suggest_candidates import Location


class SuggestError(ValueError):
    """A request that cannot be answered (one sentence naming the setting)."""


@dataclass(frozen=True)
class SuggestRequest:
    """What the planner asks: ``add_mw`` of IT capacity in at most ``max_sites`` sites."""

    add_mw: float = 600.0
    max_sites: int = 3
    step_mw: float = 50.0
    min_site_mw: float = 50.0
    max_site_mw: float | None = None  # None: add_mw
    technologies: tuple[str, ...] = COOLING_TECHS
    facilities: tuple[str, ...] = tuple(FACILITY_CLASSES)
    utilisation: float = 0.7  # the new sites' design utilisation (their energy split)
    points: tuple[Location, ...] = ()  # the planner's own candidates
    builtin: bool = True  # stations, prefecture seats and cluster cities
    max_locations: int = 300
    no_water_provinces: frozenset[int] = frozenset()
    water_m3_per_site: float | None = None
    water_m3_per_province: float | None = None
    alternatives: int = 0
    within: float = 0.02
    time_limit_s: float = 60.0
    mip_rel_gap: float = 1e-4

    def problems(self) -> list[str]:
        """Each unusable setting, named by its key with its value (in the UI language)."""
        out: list[str] = []

        def bad(key: str, text: str, **values) -> None:
            out.append(f"{key}: " + tr(text).format(**values))

        add_ok = math.isfinite(self.add_mw) and self.add_mw > 0
        if not add_ok:
            bad("add_mw", "must be > 0, got {value}", value=self.add_mw)
        sites_ok = self.max_sites >= 1
        if not sites_ok:
            bad("max_sites", "must be >= 1, got {value}", value=self.max_sites)
        if not (math.isfinite(self.step_mw) and self.step_mw > 0):
            bad("step_mw", "must be > 0, got {value}", value=self.step_mw)
        elif add_ok and abs(self.add_mw / self.step_mw - round(self.add_mw / self.step_mw)) > 1e-9:
            bad(
                "add_mw",
                "{add} MW is not a multiple of the {step} MW step",
                add=self.add_mw,
                step=self.step_mw,
            )
        largest_ok = self.max_site_mw is None or (
            math.isfinite(self.max_site_mw) and self.max_site_mw > 0
        )
        if not largest_ok:
            bad("max_site_mw", "must be > 0, got {value}", value=self.max_site_mw)
        if add_ok and largest_ok:  # the sizes against each other once each is usable alone
            self._check_sizes(bad, sites_ok)
        for t in self.technologies:
            if t not in COOLING_TECHS:
                bad(
                    "technologies",
                    "unknown cooling {value!r} (one of {ids})",
                    value=t,
                    ids=", ".join(COOLING_TECHS),
                )
        for f in self.facilities:
            if f not in FACILITY_CLASSES:
                bad(
                    "facilities",
                    "unknown class {value!r} (one of {ids})",
                    value=f,
                    ids=", ".join(FACILITY_CLASSES),
                )
        if not self.technologies:
            bad("technologies", "choose at least one cooling technology")
        if not self.facilities:
            bad("facilities", "choose at least one facility class")
        if not 0 < self.utilisation <= 1:
            bad("utilisation", "must be in (0, 1], got {value}", value=self.utilisation)
        if not 0 <= self.within < 1:
            bad("within", "must be in [0, 1), got {value}", value=self.within)
        if self.alternatives < 0:
            bad("alternatives", "must be >= 0, got {value}", value=self.alternatives)
        if not (self.builtin or self.points):
            bad("candidates", "no built-in locations and no points of the planner's")
        return out  # fmt: skip

    def _check_sizes(self, bad, sites_ok: bool) -> None:
        """Report (through ``bad``) site sizes that cannot add ``add_mw``, a valid amount,
        in ``max_sites`` sites."""
        if self.min_site_mw > self.add_mw:  # the largest site is add_mw unless set
            bad(
                "min_site_mw",
                "{low} MW is above the MW to add, {high} MW",
                low=self.min_site_mw,
                high=self.add_mw,
            )
        elif self.min_site_mw > self.max_mw:
            bad(
                "min_site_mw",
                "{low} MW is above the largest site, {high} MW",
                low=self.min_site_mw,
                high=self.max_mw,
            )
        if sites_ok and self.max_mw * self.max_sites < self.add_mw:
            bad(
                "max_sites",
                "{n} sites of at most {mw} MW cannot add {add} MW",
                n=self.max_sites,
                mw=self.max_mw,
                add=self.add_mw,
            )

    @property
    def max_mw(self) -> float:
        return self.add_mw if self.max_site_mw is None else self.max_site_mw
