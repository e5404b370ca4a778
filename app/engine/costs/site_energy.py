"""A site's energy as a fixed part per rated MW plus a marginal part per MW served.

Losses and auxiliaries that run whatever the load (UPS no-load loss, lighting, fans at their
floor) make the facility energy of a site an affine function of its IT load; the slope is the
marginal PUE, the intercept the fixed energy. :func:`site_energy_split` reads both off the PUE
engine's part-load behaviour: the year is evaluated at two utilisations on the same weather and
a straight line is put through them (exact at both points: the design utilisation and full
load). The allocation LP prices served MW at the marginal PUE; after the solve every figure is
recomputed at the chosen load with :meth:`EnergySplit.at`.

This is the one place to switch to a marginal-PUE function of the PUE engine once it has one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from app.engine.climate.weather import HourlyWeather
from app.engine.pue.pue import evaluate_many, evaluate_pue

HOURS_PER_YEAR = 8760.0
FULL_LOAD = 1.0


@dataclass(frozen=True)
class SiteYear:
    """One site-year at one utilisation, per MW of rated IT capacity (MWh, m3, hours)."""

    utilisation: float
    it_mwh_per_mw: float
    facility_mwh_per_mw: float
    water_m3_per_mw: float
    monthly_it_mwh_per_mw: np.ndarray
    monthly_facility_mwh_per_mw: np.ndarray
    mode_hours: dict[str, int]

    @property
    def annual_pue(self) -> float:
        return self.facility_mwh_per_mw / self.it_mwh_per_mw if self.it_mwh_per_mw > 0 else math.nan

    @property
    def monthly_pue(self) -> np.ndarray:
        return self.monthly_facility_mwh_per_mw / self.monthly_it_mwh_per_mw

    @property
    def wue_l_per_kwh(self) -> float:
        return self.water_m3_per_mw / self.it_mwh_per_mw if self.it_mwh_per_mw > 0 else math.nan


@dataclass(frozen=True)
class EnergySplit:
    """Facility energy = ``fixed_mwh_per_mw_rated`` x rated MW + ``marginal_pue`` x IT MWh.

    ``low`` and ``high`` are the two evaluated years (``low`` at the design utilisation); every
    per-MW quantity (energy, water, monthly energy) is interpolated linearly between them.
    """

    low: SiteYear
    high: SiteYear

    @property
    def marginal_pue(self) -> float:
        """Facility MWh per extra MWh of IT load (fixed losses excluded)."""
        d_it = self.high.it_mwh_per_mw - self.low.it_mwh_per_mw
        return (self.high.facility_mwh_per_mw - self.low.facility_mwh_per_mw) / d_it

    @property
    def fixed_mwh_per_mw_rated(self) -> float:
        """Facility MWh per rated MW per year that run at any load (the line at zero load)."""
        return self.low.facility_mwh_per_mw - self.marginal_pue * self.low.it_mwh_per_mw

    def at(self, utilisation: float) -> SiteYear:
        """The site-year at ``utilisation`` (0 allowed: only the fixed part remains)."""
        lo, hi = self.low, self.high
        w = (utilisation - lo.utilisation) / (hi.utilisation - lo.utilisation)

        def mix(a, b):
            return a + w * (b - a)

        return SiteYear(
            utilisation=utilisation,
            it_mwh_per_mw=max(mix(lo.it_mwh_per_mw, hi.it_mwh_per_mw), 0.0),
            facility_mwh_per_mw=mix(lo.facility_mwh_per_mw, hi.facility_mwh_per_mw),
            water_m3_per_mw=max(mix(lo.water_m3_per_mw, hi.water_m3_per_mw), 0.0),
            monthly_it_mwh_per_mw=np.maximum(
                mix(lo.monthly_it_mwh_per_mw, hi.monthly_it_mwh_per_mw), 0.0
            ),
            monthly_facility_mwh_per_mw=mix(
                lo.monthly_facility_mwh_per_mw, hi.monthly_facility_mwh_per_mw
            ),
            mode_hours=lo.mode_hours if w < 0.5 else hi.mode_hours,
        )


def _year(
    weather: HourlyWeather, cooling: str, utilisation: float, facility: str | None
) -> SiteYear:
    return _from_result(evaluate_pue(weather, cooling, utilisation, facility=facility), utilisation)


def _from_result(r, utilisation: float) -> SiteYear:
    return SiteYear(
        utilisation=utilisation,
        it_mwh_per_mw=r.it_mwh_per_mw_year,
        facility_mwh_per_mw=r.facility_mwh_per_mw_year,
        water_m3_per_mw=r.water_m3_per_mw_it_year,
        monthly_it_mwh_per_mw=r.monthly_it_kwh_per_kw,
        monthly_facility_mwh_per_mw=r.monthly_facility_kwh_per_kw,
        mode_hours=dict(r.mode_hours),
    )


def site_energy_split(
    weather: HourlyWeather, cooling: str, design_utilisation: float, facility: str | None = None
) -> EnergySplit:
    """Fixed and marginal energy of ``cooling`` in a ``facility`` class on ``weather``, from the
    PUE engine at the design utilisation and at full load (at half load instead when the
    design is full). A secant, not ``app.engine.pue.pue_band.marginal_pue``'s tangent at the
    design point: the LP usually loads a site fully, and the secant is exact there too."""
    low = _low(design_utilisation)
    return _split(
        _year(weather, cooling, low, facility), _year(weather, cooling, FULL_LOAD, facility)
    )


def _split(low: SiteYear, high: SiteYear) -> EnergySplit:
    """The secant, unless its line runs below zero at zero load: a hall whose PUE rises
    towards full load (variable-speed fans and pumps, little fixed loss) would then show
    negative energy when empty. Such a hall gets the line through zero and its design point:
    its average PUE for every MW, exact at the design load, nothing when empty."""
    split = EnergySplit(low, high)
    if split.fixed_mwh_per_mw_rated >= 0.0:
        return split
    k = FULL_LOAD / low.utilisation
    return EnergySplit(
        low,
        SiteYear(
            utilisation=FULL_LOAD,
            it_mwh_per_mw=low.it_mwh_per_mw * k,
            facility_mwh_per_mw=low.facility_mwh_per_mw * k,
            water_m3_per_mw=low.water_m3_per_mw * k,
            monthly_it_mwh_per_mw=low.monthly_it_mwh_per_mw * k,
            monthly_facility_mwh_per_mw=low.monthly_facility_mwh_per_mw * k,
            mode_hours=high.mode_hours,
        ),
    )


def _low(design_utilisation: float) -> float:
    return design_utilisation if design_utilisation < FULL_LOAD - 1e-6 else 0.5


def site_energy_splits(
    weathers: list[HourlyWeather],
    cooling: str,
    design_utilisation: float,
    facility: str | None = None,
) -> list[EnergySplit]:
    """:func:`site_energy_split` for many weather years at once (the PUE engine batched)."""
    low = _low(design_utilisation)
    lows = evaluate_many(weathers, cooling, low, facility=facility)
    highs = evaluate_many(weathers, cooling, FULL_LOAD, facility=facility)
    return [
        _split(_from_result(a, low), _from_result(b, FULL_LOAD))
        for a, b in zip(lows, highs, strict=True)
    ]
