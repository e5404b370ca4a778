"""A placed site's PUE band as a sweep parameter.

Position 0 is the band's p5, 1 its p95 (the band of ``app.engine.pue.pue_band``: the facility
class's uncertain parameters drawn over their ranges). The site's facility overhead (facility
energy minus IT energy, fixed and marginal parts alike) is scaled so that its annual PUE at
the design utilisation lands at that position; the evaluation itself is unchanged: it asks
this cache for the sites' energy splits.
"""

from __future__ import annotations

import math
from dataclasses import replace

from app.engine.costs.site_energy import EnergySplit, SiteYear
from app.engine.costs.site_figures import DEFAULT_CACHE, ClimateSplit, SiteEnergyCache


def _scaled_year(year: SiteYear, factor: float) -> SiteYear:
    return replace(
        year,
        facility_mwh_per_mw=year.it_mwh_per_mw
        + factor * (year.facility_mwh_per_mw - year.it_mwh_per_mw),
        monthly_facility_mwh_per_mw=year.monthly_it_mwh_per_mw
        + factor * (year.monthly_facility_mwh_per_mw - year.monthly_it_mwh_per_mw),
    )


def at_band_position(climate: ClimateSplit, utilisation: float, position: float) -> ClimateSplit:
    """``climate`` with its overhead scaled to ``position`` in its p5-p95 band."""
    central = climate.split.at(utilisation).annual_pue
    target = climate.pue_p5 + position * (climate.pue_p95 - climate.pue_p5)
    if not (math.isfinite(target) and central > 1.0):
        return climate
    factor = (target - 1.0) / (central - 1.0)
    split = EnergySplit(
        _scaled_year(climate.split.low, factor), _scaled_year(climate.split.high, factor)
    )
    return replace(climate, split=split)


class BandedEnergy(SiteEnergyCache):
    """The energy splits of ``inner`` (every band computed), each site named in
    ``positions`` moved to its position in its band (holds no entries of its own)."""

    def __init__(self, positions: dict[str, float], inner: SiteEnergyCache | None = None):
        super().__init__(size=0)
        self.positions = positions
        self.inner = inner or DEFAULT_CACHE

    def splits(self, atlas, sites, inputs, progress=lambda f: None, cancel=lambda: False, **_):
        out = self.inner.splits(atlas, sites, inputs, progress, cancel, band_limit=len(sites) + 1)
        if out is None or not self.positions:
            return out
        return [
            at_band_position(c, s.utilization, self.positions[s.id])
            if s.id in self.positions
            else c
            for s, c in zip(sites, out, strict=True)
        ]
