"""Allocation solve: HiGHS with column generation and warm starts, plus MPS export.

:class:`Solver` keeps the HiGHS model and basis between calls; :func:`solve` is the one-shot
form; :func:`write_mps` exports the full LP. See :mod:`app.engine.allocation.allocation` for the LP.
"""

from __future__ import annotations

from dataclasses import dataclass
from time import perf_counter

import highspy
import numpy as np
from numpy.typing import NDArray

from app.engine.allocation.allocation_problem import AllocationProblem, BuiltModel, build
from app.engine.allocation.allocation_result import AllocationResult, make_result

# HiGHS's simplex needs ~4 pivots per row on this transportation LP whatever the start, and
# each pivot prices every column, so the full LP at prefecture scale (~350k columns) takes tens
# of seconds. Column generation keeps a few candidate sites per demand row in HiGHS and adds
# any admissible column with a negative reduced cost until none is left, which is the optimum
# of the full LP (same objective and duals). Figures: benchmarks/bench_allocation.py.

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
_STATUS = tuple(highspy.HighsBasisStatus(i) for i in range(5))
_PRIMAL, _DUAL = 4, 1  # HiGHS simplex_strategy values


def new_highs(options: dict[str, bool | float | str] | None = None) -> highspy.Highs:
    """A ``highspy.Highs`` with :data:`SOLVER_OPTIONS` (+ ``options``) set before any solve."""
    h = highspy.Highs()
    for name, value in {**SOLVER_OPTIONS, **(options or {})}.items():
        h.setOptionValue(name, value)
    return h


def _status(h: highspy.Highs) -> str:
    """ "optimal" (an empty model counts) or HiGHS's model status in lower case."""
    ms = h.getModelStatus()
    if ms in (highspy.HighsModelStatus.kOptimal, highspy.HighsModelStatus.kModelEmpty):
        return "optimal"
    return h.modelStatusToString(ms).lower()


def _smallest_per_row(b: BuiltModel, score: NDArray[np.float64], n: int) -> NDArray[np.int64]:
    """Pair indices of the ``n`` smallest finite ``score`` values in each demand row."""
    n_s = b.shape[2]
    dense = np.full((b.n_demand, n_s), np.inf)
    dense[b.pair_row, b.pair_site] = score
    pick = np.argpartition(dense, n - 1, axis=1)[:, :n] if n < n_s else np.indices(dense.shape)[1]
    rows = np.repeat(np.arange(b.n_demand), pick.shape[1])
    flat = rows * n_s + pick.ravel()
    flat = flat[np.isfinite(dense.ravel()[flat])]
    return np.searchsorted(b.pair_key, flat)  # pair_key == row * S + site, sorted


def _seed_columns(b: BuiltModel, site_price: NDArray[np.float64]) -> NDArray[np.int64]:
    """Initial candidate columns: cheapest at current site prices, plus the nearest sites."""
    if b.n_pairs == 0:
        return np.zeros(0, dtype=np.int64)
    cheap = _smallest_per_row(b, b.pair_cost + site_price[b.pair_site], SEED_CHEAPEST)
    near = _smallest_per_row(b, b.pair_rtt_ms, SEED_NEAREST)
    if b.pair_status_quo_mw is not None:  # where demand is today (frozen classes need them)
        near = np.union1d(near, np.flatnonzero(b.pair_status_quo_mw > 0))
    return np.union1d(cheap, near)


def _generate_columns(
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
        status = _status(h)
        if status != "optimal" or b.n_pairs == 0:
            return status, cols, pivots
        y = np.asarray(h.getSolution().row_dual)
        rc = b.pair_cost - y[b.pair_row] - y[b.n_demand + b.pair_site]
        improving = (rc < tol) & ~active
        if not improving.any():
            return status, cols, pivots
        new = _smallest_per_row(b, np.where(improving, rc, np.inf), ADD_PER_ROW)
        active[new] = True
        _add_pair_cols(h, b, new)
        cols = np.concatenate([cols, new])
        strategy = _PRIMAL  # added columns leave the basis primal feasible


def _row_cost_order(b: BuiltModel) -> NDArray[np.int64]:
    """Pair indices by demand row, then cost (ties by site): ``np.lexsort((cost, row))``,
    but sorted per row on a dense (rows x sites) array, which is ~3x faster."""
    n_s = b.shape[2]
    dense = np.full((b.n_demand, n_s), np.inf)
    dense[b.pair_row, b.pair_site] = b.pair_cost
    idx = np.full((b.n_demand, n_s), -1, dtype=np.int64)
    idx[b.pair_row, b.pair_site] = np.arange(b.n_pairs)
    order = np.take_along_axis(idx, np.argsort(dense, axis=1, kind="stable"), axis=1).ravel()
    return order[order >= 0]


def _greedy_flow(b: BuiltModel) -> tuple[NDArray, NDArray, NDArray]:
    """A feasible allocation: demand rows, fewest admissible sites first, each fill their
    cheapest sites with capacity left. Returns pair flows, unserved MW and capacity slack.

    The flows form a forest (a row only moves on once a site is full), so they give a basis.
    """
    n_d = b.n_demand
    dem, cap = b.row_upper[:n_d].tolist(), b.row_upper[n_d:].tolist()
    starts = np.searchsorted(b.pair_row, np.arange(n_d + 1))
    order = _row_cost_order(b)
    sites, bounds = b.pair_site[order].tolist(), starts.tolist()
    at, val = [], []  # positions in ``order`` that carry flow, and their flows
    for r in np.lexsort((-b.row_upper[:n_d], np.diff(starts))).tolist():
        d, acc = dem[r], 0.0
        if d <= 0:
            continue
        for i in range(bounds[r], bounds[r + 1]):
            c = cap[sites[i]]
            if c <= 0.0:
                continue
            at.append(i)
            if acc + c >= d:  # the last site this row needs
                val.append(d - acc)
                cap[sites[i]] = c - (d - acc)
                acc = d
                break
            val.append(c)
            cap[sites[i]] = 0.0
            acc += c
        dem[r] = d - acc
    flow = np.zeros(b.n_pairs)
    flow[order[np.array(at, dtype=np.int64)]] = val
    unserved = np.array(dem)
    unserved[unserved <= 1e-9 * (1.0 + b.row_upper[:n_d])] = 0.0
    return flow, unserved, np.array(cap)


def _greedy_duals(
    b: BuiltModel, used: NDArray[np.int64], unserved: NDArray, slack: NDArray
) -> NDArray[np.float64] | None:
    """Row duals of the greedy basis (:func:`_greedy_basis`) on the greedy columns ``used``, or
    None unless that basis is square, non-singular and optimal there (otherwise HiGHS would
    repair it or pivot, see :func:`_load_greedy`).

    The basis is a spanning forest of the transportation graph: basic flows are edges with
    ``y[row] + y[site] = cost``; a basic unserved column fixes ``y[row] = penalty`` and a basic
    capacity slack ``y[site] = 0``; every tree must hold exactly one such root.
    """
    n_d, n_s = b.n_demand, b.shape[2]
    y: list[float | None] = [None] * (n_d + n_s)
    queue = []
    for r in np.nonzero(unserved > 0)[0].tolist():
        y[r] = b.penalty
        queue.append(r)
    for s in np.nonzero(slack > 1e-9 * (1.0 + slack))[0].tolist():
        y[n_d + s] = 0.0
        queue.append(n_d + s)
    if len(queue) + len(used) != n_d + n_s:
        return None
    adj: list[list[tuple[int, float]]] = [[] for _ in range(n_d + n_s)]
    rows, nodes = b.pair_row[used].tolist(), (n_d + b.pair_site[used]).tolist()
    for r, s, c in zip(rows, nodes, b.pair_cost[used].tolist(), strict=True):
        adj[r].append((s, c))
        adj[s].append((r, c))
    for u in queue:  # grows while iterating: breadth first from the roots
        yu = y[u]
        assert yu is not None  # queued nodes have their dual
        for v, c in adj[u]:
            if y[v] is None:
                y[v] = c - yu
                queue.append(v)
    if len(queue) != n_d + n_s:  # a tree without a root (then another has two)
        return None
    dual = np.array(y, dtype=np.float64)
    # optimal on the greedy columns (else HiGHS would pivot): nonbasic unserved columns have
    # reduced cost >= 0, capacity rows at their bound a dual <= 0
    if (dual[:n_d][unserved <= 0] > b.penalty).any() or (dual[n_d:] > 0).any():
        return None
    return dual


def _greedy_basis(
    b: BuiltModel, cols: NDArray[np.int64], flow: NDArray, unserved: NDArray, slack: NDArray
) -> highspy.HighsBasis:
    """Basis of the greedy allocation on the restricted LP with pair columns ``cols``."""
    col_b = np.concatenate([unserved > 0, np.zeros(b.n_stay, dtype=bool), flow[cols] > 0])
    row_b = np.concatenate([np.zeros(b.n_demand, dtype=bool), slack > 1e-9 * (1.0 + slack)])
    basis = highspy.HighsBasis()
    basis.col_status = [_STATUS[1] if v else _STATUS[0] for v in col_b.tolist()]
    basis.row_status = [_STATUS[1] if v else _STATUS[2] for v in row_b.tolist()]
    basis.valid, basis.alien = True, True
    return basis


def _add_pair_cols(h: highspy.Highs, b: BuiltModel, new: NDArray[np.int64]) -> None:
    """Append the pair columns ``new`` to the model in ``h``."""
    m = len(new)
    index = np.empty(2 * m, dtype=np.int32)
    index[0::2], index[1::2] = b.pair_row[new], b.n_demand + b.pair_site[new]
    starts = np.arange(0, 2 * m, 2, dtype=np.int32)
    h.addCols(m, b.pair_cost[new], np.zeros(m), b.upper[new], 2 * m, starts, index, np.ones(2 * m))


def _pass_lp(h: highspy.Highs, b: BuiltModel, cols: NDArray[np.int64]) -> None:
    """``h.passModel(b.to_lp(cols))``, faster: the unserved columns go in as a ``HighsLp``,
    the pair columns through ``addCols``, whose numpy arrays reach HiGHS without the
    element-wise conversion of ``HighsLp`` matrix fields. Same LP, same column order."""
    h.passModel(b.to_lp(np.zeros(0, dtype=np.int64)))
    if len(cols):
        _add_pair_cols(h, b, cols)


def _load_greedy(h: highspy.Highs, b: BuiltModel) -> tuple[NDArray[np.int64], int]:
    """Cold start from :func:`_greedy_flow`: take site prices from its basis's duals, load its
    columns plus the seed columns at those prices with that basis; returns the pair columns
    and the simplex strategy (primal: the greedy basis stays primal feasible). With migration
    terms (bounded columns) it starts from the seed columns instead."""
    if b.n_stay or b.pair_upper is not None:
        cols = _seed_columns(b, np.zeros(b.shape[2]))
        _pass_lp(h, b, cols)
        return cols, _DUAL
    flow, unserved, slack = _greedy_flow(b)
    used = np.nonzero(flow > 0)[0]
    y = _greedy_duals(b, used, unserved, slack)
    if y is None:  # not a clean forest, or not optimal on its columns: HiGHS repairs / pivots
        _pass_lp(h, b, used)
        h.setBasis(_greedy_basis(b, used, flow, unserved, slack))
        h.run()
        if _status(h) != "optimal":
            cols = _seed_columns(b, np.zeros(b.shape[2]))
            _pass_lp(h, b, cols)
            return cols, _DUAL
        price = -np.asarray(h.getSolution().row_dual)[b.n_demand :]
        seeds = np.setdiff1d(_seed_columns(b, price), used)
        _add_pair_cols(h, b, seeds)
        return np.concatenate([used, seeds]), _PRIMAL
    seeds = np.setdiff1d(_seed_columns(b, -y[b.n_demand :]), used)
    cols = np.concatenate([used, seeds])
    _pass_lp(h, b, cols)
    h.setBasis(_greedy_basis(b, cols, flow, unserved, slack))
    return cols, _PRIMAL


def _coarse_site_prices(
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
    seeds = _seed_columns(cb, np.zeros(n_s))
    h = new_highs(options)
    _pass_lp(h, cb, seeds)
    status, _, _ = _generate_columns(h, cb, seeds, _DUAL)
    if status != "optimal":
        return np.zeros(n_s)
    return -np.asarray(h.getSolution().row_dual)[cb.n_demand :]


def _index_map(old: NDArray, new: NDArray) -> NDArray[np.int64]:
    """For each id in ``old``, its index in ``new`` (-1 if gone)."""
    if len(new) == 0:
        return np.full(len(old), -1, dtype=np.int64)
    order = np.argsort(new)
    pos = np.minimum(np.searchsorted(new, old, sorter=order), len(new) - 1)
    return np.where(new[order[pos]] == old, order[pos], -1)


def _find(sorted_keys: NDArray[np.int64], keys: NDArray[np.int64]) -> tuple[NDArray, NDArray]:
    """Positions of ``keys`` in ``sorted_keys`` and a mask of which were found."""
    if len(sorted_keys) == 0:
        return np.zeros(len(keys), dtype=np.int64), np.zeros(len(keys), dtype=bool)
    pos = np.minimum(np.searchsorted(sorted_keys, keys), len(sorted_keys) - 1)
    return pos, sorted_keys[pos] == keys


@dataclass
class _State:
    """What a :class:`Solver` remembers of its last optimal solve (HiGHS column order)."""

    ids: tuple[NDArray, NDArray, NDArray]
    shape: tuple[int, int, int]
    keys: NDArray[np.int64]
    """Pair key of every flow column in HiGHS, including ones held at zero."""
    live: NDArray[np.bool_]
    """False where the column's pair is no longer admissible (upper bound 0)."""
    col_cost: NDArray[np.float64]
    col_upper: NDArray[np.float64]
    stay_keys: NDArray[np.int64]
    """Pair keys of the stay columns (after the unserved columns)."""
    row_lower: NDArray[np.float64]
    row_upper: NDArray[np.float64]
    site_price: NDArray[np.float64]


class Solver:
    """Solves allocation problems and keeps the HiGHS model and basis between calls.

    Warm starts: with the same region, class and site ids, the live model is edited in place:
    only changed costs and row bounds are passed (``changeColsCost`` / ``changeRowsBounds``),
    columns whose pair is no longer admissible (a site moved out of reach) get an upper bound
    of 0 instead of being deleted, so HiGHS keeps its basis; new pairs enter by pricing. When the
    ids change (a site added or removed), the old basis is mapped by ids onto a new model in the
    same ``Highs`` object (``setBasis`` with an alien basis, which HiGHS repairs). With no
    earlier optimal solve it starts cold, seeded at prefecture scale with site prices from a
    province-merged copy of the LP, otherwise from a greedy allocation: its basis (primal
    feasible) and its duals as site prices (:func:`_load_greedy`; runs in ``build_s``).

    Timings on the result: ``build_s`` = numpy build + loading HiGHS, ``solve_s`` = HiGHS runs,
    pricing and write-back. Not thread-safe: use one ``Solver`` per worker thread.
    """

    def __init__(self, options: dict[str, bool | float | str] | None = None) -> None:
        self.options = dict(options or {})
        self._h: highspy.Highs | None = None
        self._state: _State | None = None

    def reset(self) -> None:
        """Forget the model and basis; the next solve is cold."""
        self._h, self._state = None, None

    def solve(self, problem: AllocationProblem) -> AllocationResult:
        """Build, solve (warm when possible) and return the result; never raises on status."""
        t0 = perf_counter()
        b = build(problem)
        class_ids = np.array([c.id for c in problem.classes], dtype=str)
        ids = (problem.regions.ids, class_ids, problem.sites.ids)
        cols, strategy, warm = self._load(problem, b, ids)
        t1 = perf_counter()
        assert self._h is not None
        status, cols, pivots = _generate_columns(self._h, b, cols, strategy)
        result = make_result(problem, b, self._h, status, cols)
        if result.ok and not np.isfinite(result.objective_cny):  # never a NaN cost as optimal
            result.status = "numerical_error"
        self._remember(b, ids, cols, result)
        result.build_s, result.solve_s = t1 - t0, perf_counter() - t1
        result.warm_started, result.pivots = warm, pivots
        return result

    def _remember(self, b: BuiltModel, ids: tuple, cols: NDArray, result: AllocationResult) -> None:
        if not result.ok:
            self._state = None
            return
        live = cols >= 0
        keys = np.empty(len(cols), dtype=np.int64)
        keys[live] = b.pair_key[cols[live]]
        if self._state is not None and not live.all():  # dead columns keep their old keys
            keys[~live] = self._state.keys[~live[: len(self._state.keys)]]
        cost = self._state.col_cost if self._state is not None else np.zeros(0)
        cost = np.concatenate([cost, np.zeros(b.n_lead + len(cols) - len(cost))])
        cost[: b.n_lead] = b.lead_cost
        cost[b.n_lead :][live] = b.pair_cost[cols[live]]
        upper = np.concatenate([b.lead_upper, np.where(live, b.upper[np.maximum(cols, 0)], 0.0)])
        self._state = _State(
            ids=ids, shape=b.shape, keys=keys, live=live, col_cost=cost, col_upper=upper,
            stay_keys=b.pair_key[b.stay_pair], row_lower=b.row_lower, row_upper=b.row_upper,
            site_price=result.site_dual_cny_per_mw_year,
        )  # fmt: skip

    def _load(self, pb: AllocationProblem, b: BuiltModel, ids: tuple) -> tuple[NDArray, int, bool]:
        """Put the restricted LP into HiGHS; returns its pair columns, simplex strategy, warm."""
        st = self._state
        same = st is not None and all(
            np.array_equal(o, n) for o, n in zip(st.ids, ids, strict=True)
        )
        if st is not None and same and np.array_equal(st.stay_keys, b.pair_key[b.stay_pair]):
            return *self._update_in_place(b), True
        if st is not None:
            return self._load_mapped(b, ids)
        self._h = new_highs(self.options)
        price = self._cold_site_prices(pb, b)
        if price is None:
            return *_load_greedy(self._h, b), False
        cols = _seed_columns(b, price)
        _pass_lp(self._h, b, cols)
        return cols, _DUAL, False

    def _update_in_place(self, b: BuiltModel) -> tuple[NDArray, int]:
        """Pass only changed costs, bounds and row bounds; the live basis stays."""
        st, h = self._state, self._h
        assert st is not None and h is not None
        pos, found = _find(b.pair_key, st.keys)
        cost = st.col_cost.copy()
        cost[: b.n_lead] = b.lead_cost
        cost[b.n_lead :][found] = b.pair_cost[pos[found]]
        ch = np.nonzero(cost != st.col_cost)[0].astype(np.int32)
        if len(ch):
            h.changeColsCost(len(ch), ch, cost[ch])
        # a pair no longer admissible is held at zero (upper 0), one that is again is released
        upper = np.concatenate([b.lead_upper, np.where(found, b.upper[pos], 0.0)])
        flip = np.nonzero(upper != st.col_upper)[0]
        if len(flip):
            h.changeColsBounds(len(flip), flip.astype(np.int32), np.zeros(len(flip)), upper[flip])
        rows = np.nonzero((b.row_lower != st.row_lower) | (b.row_upper != st.row_upper))[0]
        if len(rows):
            rows = rows.astype(np.int32)
            # present in highspy (1.7-1.16), absent from its type stubs
            set_bounds = h.changeRowsBounds  # type: ignore[attr-defined]
            set_bounds(len(rows), rows, b.row_lower[rows], b.row_upper[rows])
        # a pure cost change keeps the basis primal feasible
        return np.where(found, pos, -1), _DUAL if len(rows) or len(flip) else _PRIMAL

    def _cold_site_prices(self, pb: AllocationProblem, b: BuiltModel) -> NDArray[np.float64] | None:
        """Province-merged LP prices at prefecture scale; None: start from the greedy."""
        group = np.unique(pb.regions.province_id, return_inverse=True)[1]
        if not b.n_pairs:
            return np.zeros(b.shape[2])
        if b.shape[0] >= 64 and group.max() + 1 <= b.shape[0] // 2:
            return _coarse_site_prices(b, group, self.options)
        return None

    def _load_mapped(self, b: BuiltModel, ids: tuple) -> tuple[NDArray, int, bool]:
        """New model in the same HiGHS object, started from the old basis mapped by ids."""
        st, h = self._state, self._h
        assert st is not None and h is not None
        basis = h.getBasis()
        col_st = np.fromiter((int(v) for v in basis.col_status), np.int8, len(basis.col_status))
        row_st = np.fromiter((int(v) for v in basis.row_status), np.int8, len(basis.row_status))
        mp, mk, ms = (_index_map(o, n) for o, n in zip(st.ids, ids, strict=True))
        (_, n_k, n_s), (_, k0, s0) = b.shape, st.shape
        n_d0, n_st0 = len(mp) * k0, len(st.stay_keys)
        # old demand rows (= unserved columns) and flow columns, re-indexed into the new problem
        dp, dk = mp[np.arange(n_d0) // k0], mk[np.arange(n_d0) % k0]
        d_new = np.where((dp >= 0) & (dk >= 0), dp * n_k + dk, -1)
        r0 = st.keys // s0
        pm, km, sm = mp[r0 // k0], mk[r0 % k0], ms[st.keys % s0]
        pos, found = _find(b.pair_key, (pm * n_k + km) * n_s + sm)
        found &= (pm >= 0) & (km >= 0) & (sm >= 0)
        price = np.zeros(n_s)
        price[ms[ms >= 0]] = st.site_price[ms >= 0]
        cols = np.union1d(pos[found], _seed_columns(b, price))
        flow_st = np.zeros(b.n_pairs, dtype=np.int8)
        flow_st[pos[found]] = col_st[n_d0 + n_st0 :][found]
        stay_st = np.zeros(b.n_stay, dtype=np.int8)  # new stay columns start at zero
        if n_st0 and b.n_stay:
            r1 = st.stay_keys // s0
            k1 = (mp[r1 // k0] * n_k + mk[r1 % k0]) * n_s + ms[st.stay_keys % s0]
            ok = (mp[r1 // k0] >= 0) & (mk[r1 % k0] >= 0) & (ms[st.stay_keys % s0] >= 0)
            at, hit = _find(b.pair_key[b.stay_pair], k1)
            hit &= ok
            stay_st[at[hit]] = col_st[n_d0 : n_d0 + n_st0][hit]
        un_st, dem_st = np.ones(b.n_demand, np.int8), np.zeros(b.n_demand, np.int8)
        kept = d_new >= 0
        un_st[d_new[kept]], dem_st[d_new[kept]] = col_st[:n_d0][kept], row_st[:n_d0][kept]
        cap_st = np.ones(n_s, dtype=np.int8)
        cap_st[ms[ms >= 0]] = row_st[n_d0:][ms >= 0]
        new = highspy.HighsBasis()
        col_st = np.concatenate([un_st, stay_st, flow_st[cols]])
        new.col_status = [_STATUS[v] for v in col_st.tolist()]
        new.row_status = [_STATUS[v] for v in np.concatenate([dem_st, cap_st]).tolist()]
        new.valid, new.alien = True, True
        _pass_lp(h, b, cols)
        h.setBasis(new)
        self._state = None  # the HiGHS columns no longer match the remembered keys
        return cols, _DUAL, bool(found.any() or kept.any())


def solve(problem: AllocationProblem, warm: Solver | None = None) -> AllocationResult:
    """Solve ``problem``; pass a :class:`Solver` to reuse its model and basis between calls."""
    return (warm or Solver()).solve(problem)


def _mps_name(prefix: str, *parts: NDArray) -> list[str]:
    out = np.char.add(prefix, parts[0].astype(str))
    for part in parts[1:]:
        out = np.char.add(np.char.add(out, "|"), part.astype(str))
    return ["_".join(n.split()) for n in out.tolist()]  # MPS names cannot hold whitespace


def write_mps(problem: AllocationProblem, path: str) -> str:
    """Write the full LP (all admissible pairs) as MPS with readable names; returns the status.

    Columns ``u|region|class``, ``k|region|class|site`` (migration stay columns, if any) and
    ``x|region|class|site``; rows ``demand|region|class`` and
    ``cap|site`` (whitespace in ids becomes "_"; non-ASCII ids stay UTF-8). Names fall back to
    HiGHS defaults if they are not unique.
    """
    b = build(problem)
    lp = b.to_lp()
    r_ids, s_ids = problem.regions.ids, problem.sites.ids
    c_ids = np.array([c.id for c in problem.classes], dtype=str)
    d_r, d_k = np.divmod(np.arange(b.n_demand), b.shape[1])
    st = b.stay_pair
    cols = (
        _mps_name("u|", r_ids[d_r], c_ids[d_k])
        + _mps_name("k|", r_ids[b.pair_region[st]], c_ids[b.pair_class[st]], s_ids[b.pair_site[st]])
        + _mps_name("x|", r_ids[b.pair_region], c_ids[b.pair_class], s_ids[b.pair_site])
    )
    rows = _mps_name("demand|", r_ids[d_r], c_ids[d_k]) + _mps_name("cap|", s_ids)
    if len(set(cols)) == len(cols) and len(set(rows)) == len(rows):
        lp.col_names_, lp.row_names_ = cols, rows
    h = new_highs()
    h.passModel(lp)
    status = h.writeModel(str(path))
    return "ok" if status == highspy.HighsStatus.kOk else str(status)
