"""An annual PUE with its p5-p95 band as the comparison and the PDF report show it
("1.24 (1.18-1.31)"), and the facility class's short name. Qt-free, so the window and the
reports print the same text.

The band comes from ``app.engine.pue.pue_band`` (``SiteMetrics.pue_p5``/``pue_p95``); the
evaluation computes bands for a limited number of new sites at a time, so a band may be
missing (NaN): it is then shown as missing, never as "nan".
"""

from __future__ import annotations

import math
import numbers
from typing import TypeGuard

from app.domain.text import tr


def _finite(value: object) -> TypeGuard[float]:
    # numbers.Real: Python and NumPy numbers alike (a NumPy float32 is not a float)
    return isinstance(value, numbers.Real) and math.isfinite(value)


def band_at(pue: float | None, central: float, p5: float, p95: float) -> tuple[float, float]:
    """The band of ``central`` (p5, p95) carried to another PUE of the same site (e.g. at the
    load the allocation chose) as ratios of the overhead ``PUE - 1``, as
    ``app.engine.pue.pue_band`` does inside one utilisation bucket; NaN where anything is missing."""
    if not (_finite(pue) and _finite(central) and _finite(p5) and _finite(p95)):
        return math.nan, math.nan
    overhead = central - 1.0
    if overhead <= 0.0:
        return float(pue), float(pue)
    scale = (float(pue) - 1.0) / overhead
    low = 1.0 + (p5 - 1.0) * scale
    high = 1.0 + (p95 - 1.0) * scale
    return min(low, float(pue)), max(high, float(pue))


#: Site figures proportional to the facility energy (IT energy x PUE): at the same price,
#: green share and emission factor they move with the PUE, so their p5-p95 is the PUE's.
BANDED_FIGURES = ("facility_energy_mwh", "energy_cost_mcny", "carbon_t")


def figure_band(value, pue, p5, p95) -> tuple[float, float]:
    """(low, high) of a figure proportional to the facility energy, at the PUE's p5 and p95;
    NaN where anything is missing."""
    if not (_finite(value) and _finite(pue) and _finite(p5) and _finite(p95)) or pue <= 0:
        return math.nan, math.nan
    return float(value) * float(p5) / float(pue), float(value) * float(p95) / float(pue)


def pue_band_text(
    pue: float | None,
    p5: float | None,
    p95: float | None,
    lang: str | None = None,
    decimals: int = 2,
) -> str:
    """``1.24 (1.18-1.31)``; ``1.24 (band missing)`` without a band; ``missing`` without a PUE."""
    if not _finite(pue):
        return tr("missing", lang)
    shown = f"{float(pue):.{decimals}f}"
    if not (_finite(p5) and _finite(p95)):
        return tr("{pue} (band missing)", lang).format(pue=shown)
    return f"{shown} ({float(p5):.{decimals}f}-{float(p95):.{decimals}f})"


def facility_short(facility: str, lang: str | None = None) -> str:
    """The facility class's short name ("Large", "大型") for a table column."""
    from app.domain.text import language

    labels = FACILITY_SHORT.get(facility)
    if labels is None:
        return facility
    return labels[1 if (lang or language()) == "zh" else 0]


#: Short names of ``app.engine.pue.facility.FACILITY_LABELS`` for table columns (en, zh).
FACILITY_SHORT: dict[str, tuple[str, str]] = {
    "hyperscale": ("Hyperscale", "超大型"),
    "large": ("Large", "大型"),
    "midsize": ("Mid-size", "中型"),
    "small": ("Small", "小型"),
}
