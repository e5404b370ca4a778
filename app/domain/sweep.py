"""A sweep: which inputs of a scenario vary, how, and how many samples (``[sweep]`` section).

Read and written by ``app.io.sweep_v1``, sampled and run by ``app.sweep``. Plain data, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

SAMPLINGS = ("monte_carlo", "latin_hypercube", "grid", "sobol", "morris")
DISTRIBUTIONS = ("uniform", "triangular", "normal", "lognormal")
#: A placed site's PUE band as a parameter: 0 = the band's p5, 1 = its p95 (see app.sweep).
PUE_BAND = "pue_band"


@dataclass(frozen=True)
class SweepParameter:
    """One input that varies: ``key`` as in the scenario format (``sites[<id>].<key>``,
    ``demand.classes[<id>].share``, ``assumptions.carbon_price_cny_per_t`` ...).

    Continuous: ``distribution`` with ``low``/``high`` (uniform; bounds of the others),
    ``mode`` (triangular), ``mean``/``sd`` (normal, truncated to low/high when given),
    ``median``/``sigma`` (lognormal: median and standard deviation of the logarithm).
    Discrete: ``values`` (the choices, sampled with equal weight or all taken in a grid).
    """

    key: str
    distribution: str = "uniform"
    low: float | None = None
    high: float | None = None
    mode: float | None = None
    mean: float | None = None
    sd: float | None = None
    median: float | None = None
    sigma: float | None = None
    values: tuple[float, ...] | None = None


@dataclass(frozen=True)
class SweepDefinition:
    """How a scenario is swept. ``samples``: samples (monte_carlo, latin_hypercube), base
    samples N (sobol: N x (k + 2) runs), trajectories (morris: N x (k + 1) runs) or points per
    continuous parameter (grid). ``parameters`` as written in the file; ``default_ranges``:
    also every key of ``data/assumptions.csv`` starting with one of ``prefixes`` that the
    format can set, uniform over its low/high; ``pue_bands``: every placed site's PUE band is
    a parameter; ``composed_tariffs``: every province priced by a composed estimate (no
    published price) has its price as a parameter, over the span the estimates have missed
    published prices by (``app.datasets.tariffs.composed_price_ranges``); ``app.io.sweep_v1.expand``
    expands all three."""

    sampling: str = "monte_carlo"
    samples: int = 100
    seed: int = 0
    parameters: tuple[SweepParameter, ...] = ()
    default_ranges: bool = False
    prefixes: tuple[str, ...] = ()
    pue_bands: bool = False
    composed_tariffs: bool = False
