"""Facility-to-facility spread of PUE: how far real facilities of a class fall from the model.

The parameter ranges of a class (``app.engine.pue.pue_band``) say how sure the model's inputs are;
they do not say how far one real facility sits from another with the same class, climate and
cooling (operation, setpoints, age, load, metering). That spread is measured on the
calibration sets (Google campuses, AWS regions, Chinese operating facilities):

    score = reported overhead / modelled overhead = (reported PUE - 1) / (modelled PUE - 1)

with the shipped model (nothing refitted). The scores of all classes are pooled: the
overhead ratio does not depend on the class in these data (hyperscale and large scatter alike,
relative to their overhead), and pooling gives 38 facilities instead of 11 or 27, which the
5th and 95th percentiles need. Classes without calibration rows (midsize, small) use the
pooled spread too.

The band a planner reads is the p5-p95 of ``parameter ratio x score`` over every pair (the 32
parameter draws times the scores): both uncertainties at once, assumed independent.
``tools/pue_band_calibration.py`` recomputes the scores and checks out of group (each
operator/region group's facilities against the spread of the other groups) that ~9 in 10 fall
in their band; docs/model-validation.md records coverage and width per class and
tests/engine/test_pue_band_calibration.py fails when they drift.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

#: Reported / modelled overhead of every calibration facility (point rows, shipped model),
#: written by ``python -m tools.pue_band_calibration --scores``.
SCORES: tuple[float, ...] = (
    1.117,
    0.782,
    1.16,
    0.738,
    0.949,
    1.068,
    0.911,
    0.869,
    1.303,
    0.965,
    0.989,
    0.992,
    1.179,
    0.912,
    0.91,
    0.809,
    0.635,
    0.529,
    0.423,
    0.898,
    0.898,
    0.791,
    0.907,
    0.803,
    0.926,
    0.954,
    1.014,
    0.761,
    1.784,
    0.779,
    0.831,
    0.895,
    1.111,
    1.003,
    1.026,
    1.314,
    0.959,
    0.883,
)


def band_ratios(
    parameter_ratios: Sequence[float], scores: Sequence[float] = SCORES
) -> tuple[float, float]:
    """(p5, p95) of the overhead ratio (band overhead / central overhead): every parameter
    draw's ratio times every facility score; the parameter ratios alone without scores."""
    p = np.asarray(parameter_ratios, dtype=float)
    s = np.asarray(scores, dtype=float)
    products = np.outer(p, s).ravel() if s.size else p
    lo, hi = np.percentile(products, [5.0, 95.0])
    return float(lo), float(hi)
