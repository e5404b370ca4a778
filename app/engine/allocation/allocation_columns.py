"""HiGHS for the allocation LP: options, loading a restricted LP, and column generation.

HiGHS's simplex needs ~4 pivots per row on this transportation LP whatever the start, and
each pivot prices every column, so the full LP at prefecture scale (~350k columns) takes tens
of seconds. Column generation keeps a few candidate sites per demand row in HiGHS and adds
any admissible column with a negative reduced cost until none is left, which is the optimum
of the full LP (same objective and duals). Figures: benchmarks/bench_allocation.py.
"""

from __future__ import annotations

import highspy
import numpy as np
from numpy.typing import NDArray

from app.engine.allocation.allocation_build import BuiltModel

SOLVER_OPTIONS: dict[str, bool | float | str] = {
    "output_flag": False,
    "log_to_console": False,
    "simplex_dual_edge_weight_strategy": 1,  # devex: about half the pivots of steepest edge here
    "simplex_price_strategy": 1,  # row-wise pricing: same pivots, ~5% faster here
}
SEED_CHEAPEST = 8
"""Candidate sites per demand row seeded by price-adjusted cost (cost + site price)."""
SEED_NEAREST = 8
"""Candidate sites per demand row seeded by lowest RTT (keeps local options for tight classes)."""
ADD_PER_ROW = 16
"""Most negative reduced-cost columns added per demand row per pricing round."""
RC_TOL = 1e-9
"""Relative reduced-cost tolerance (x (1 + |cost|)) under which a column counts as improving."""
BASIS_STATUS = tuple(highspy.HighsBasisStatus(i) for i in range(5))
PRIMAL, DUAL = 4, 1  # HiGHS simplex_strategy values


def new_highs(options: dict[str, bool | float | str] | None = None) -> highspy.Highs:
    """A ``highspy.Highs`` with :data:`SOLVER_OPTIONS` (+ ``options``) set before any solve."""
    h = highspy.Highs()
    for name, value in {**SOLVER_OPTIONS, **(options or {})}.items():
        h.setOptionValue(name, value)
    return h


def model_status(h: highspy.Highs) -> str:
    """ "optimal" (an empty model counts) or HiGHS's model status in lower case."""
    ms = h.getModelStatus()
    if ms in (highspy.HighsModelStatus.kOptimal, highspy.HighsModelStatus.kModelEmpty):
        return "optimal"
    return h.modelStatusToString(ms).lower()


def smallest_per_row(b: BuiltModel, score: NDArray[np.float64], n: int) -> NDArray[np.int64]:
    """Pair indices of the ``n`` smallest finite ``score`` values in each demand row."""
    n_s = b.shape[2]
    dense = np.full((b.n_demand, n_s), np.inf)
    dense[b.pair_row, b.pair_site] = score
    pick = np.argpartition(dense, n - 1, axis=1)[:, :n] if n < n_s else np.indices(dense.shape)[1]
    rows = np.repeat(np.arange(b.n_demand), pick.shape[1])
    flat = rows * n_s + pick.ravel()
    flat = flat[np.isfinite(dense.ravel()[flat])]
    return np.searchsorted(b.pair_key, flat)  # pair_key == row * S + site, sorted


def seed_columns(b: BuiltModel, site_price: NDArray[np.float64]) -> NDArray[np.int64]:
    """Initial candidate columns: cheapest at current site prices, plus the nearest sites."""
    if b.n_pairs == 0:
        return np.zeros(0, dtype=np.int64)
    cheap = smallest_per_row(b, b.pair_cost + site_price[b.pair_site], SEED_CHEAPEST)
    near = smallest_per_row(b, b.pair_rtt_ms, SEED_NEAREST)
    if b.pair_status_quo_mw is not None:  # where demand is today (frozen classes need them)
        near = np.union1d(near, np.flatnonzero(b.pair_status_quo_mw > 0))
    return np.union1d(cheap, near)


def generate_columns(
    h: highspy.Highs, b: BuiltModel, cols: NDArray[np.int64], strategy: int
) -> tuple[str, NDArray[np.int64], int]:
    """Solve the restricted LP in ``h`` (columns: unserved, then pairs ``cols``; -1 marks a
    column that is no longer admissible and is held at zero), price every admissible pair,
    add improving ones, repeat. Returns status, final columns, simplex pivots."""
    active = np.zeros(b.n_pairs, dtype=bool)
    active[cols[cols >= 0]] = True
    pivots = 0
    tol = -RC_TOL * (1.0 + np.abs(b.pair_cost))
    while True:
        h.setOptionValue("simplex_strategy", strategy)
        h.run()
        pivots += h.getInfo().simplex_iteration_count
        status = model_status(h)
        if status != "optimal" or b.n_pairs == 0:
            return status, cols, pivots
        y = np.asarray(h.getSolution().row_dual)
        rc = b.pair_cost - y[b.pair_row] - y[b.n_demand + b.pair_site]
        improving = (rc < tol) & ~active
        if not improving.any():
            return status, cols, pivots
        new = smallest_per_row(b, np.where(improving, rc, np.inf), ADD_PER_ROW)
        active[new] = True
        add_pair_cols(h, b, new)
        cols = np.concatenate([cols, new])
        strategy = PRIMAL  # added columns leave the basis primal feasible


def add_pair_cols(h: highspy.Highs, b: BuiltModel, new: NDArray[np.int64]) -> None:
    """Append the pair columns ``new`` to the model in ``h``."""
    m = len(new)
    index = np.empty(2 * m, dtype=np.int32)
    index[0::2], index[1::2] = b.pair_row[new], b.n_demand + b.pair_site[new]
    starts = np.arange(0, 2 * m, 2, dtype=np.int32)
    h.addCols(m, b.pair_cost[new], np.zeros(m), b.upper[new], 2 * m, starts, index, np.ones(2 * m))


def pass_lp(h: highspy.Highs, b: BuiltModel, cols: NDArray[np.int64]) -> None:
    """``h.passModel(b.to_lp(cols))``, faster: the unserved columns go in as a ``HighsLp``,
    the pair columns through ``addCols``, whose numpy arrays reach HiGHS without the
    element-wise conversion of ``HighsLp`` matrix fields. Same LP, same column order."""
    h.passModel(b.to_lp(np.zeros(0, dtype=np.int64)))
    if len(cols):
        add_pair_cols(h, b, cols)


def coarse_site_prices(
    b: BuiltModel, group: NDArray[np.int64], options: dict
) -> NDArray[np.float64]:
    """Site prices (CNY/MW-year) from a copy of the LP with regions merged by ``group``.

    A merged row keeps a site if at least half its demand may use it, at the demand-weighted
    mean cost. Only used to seed the candidate columns of a cold start; exactness comes from
    pricing against the full LP.
    """
    n_p, n_k, n_s = b.shape
    n_g = int(group.max()) + 1
    demand = b.row_upper[: b.n_demand].reshape(n_p, n_k)
    d = demand[b.pair_region, b.pair_class]
    gkey = (group[b.pair_region].astype(np.int64) * n_k + b.pair_class) * n_s + b.pair_site
    size = n_g * n_k * n_s
    acc = np.bincount(gkey, d, size)
    g_demand = np.zeros((n_g, n_k))
    np.add.at(g_demand, group, demand)
    keys = np.nonzero((acc > 0) & (acc >= 0.5 * np.repeat(g_demand.ravel(), n_s)))[0]
    w = acc[keys]
    cb = BuiltModel(
        shape=(n_g, n_k, n_s), pair_region=(keys // (n_k * n_s)).astype(np.int32),
        pair_class=(keys // n_s % n_k).astype(np.int32), pair_site=(keys % n_s).astype(np.int32),
        pair_key=keys, pair_cost=np.bincount(gkey, d * b.pair_cost, size)[keys] / w,
        pair_rtt_ms=np.bincount(gkey, d * b.pair_rtt_ms, size)[keys] / w,
        pair_transport_cny=np.zeros(len(keys)), site_energy_mwh=b.site_energy_mwh,
        site_energy_cny=b.site_energy_cny, site_carbon_t=b.site_carbon_t,
        site_capex_cny=b.site_capex_cny, penalty=b.penalty,
        row_lower=np.concatenate([g_demand.ravel(), np.full(n_s, -np.inf)]),
        row_upper=np.concatenate([g_demand.ravel(), b.row_upper[b.n_demand :]]), flags=[],
    )  # fmt: skip
    seeds = seed_columns(cb, np.zeros(n_s))
    h = new_highs(options)
    pass_lp(h, cb, seeds)
    status, _, _ = generate_columns(h, cb, seeds, DUAL)
    if status != "optimal":
        return np.zeros(n_s)
    return -np.asarray(h.getSolution().row_dual)[cb.n_demand :]
