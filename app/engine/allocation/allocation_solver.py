"""Allocation solve: HiGHS with column generation and warm starts, plus MPS export.

:class:`Solver` keeps the HiGHS model and basis between calls; :func:`solve` is the one-shot
form; :func:`write_mps` exports the full LP. See :mod:`app.engine.allocation.allocation` for the LP, and
:mod:`app.engine.allocation.allocation_columns` (column generation) and :mod:`app.engine.allocation.allocation_start`
(the greedy cold start) for how it is solved.
"""

from __future__ import annotations

from dataclasses import dataclass
from time import perf_counter

import highspy
import numpy as np
from numpy.typing import NDArray

from app.engine.allocation.allocation_build import BuiltModel, build
from app.engine.allocation.allocation_columns import (
    BASIS_STATUS,
    DUAL,
    PRIMAL,
    coarse_site_prices,
    generate_columns,
    new_highs,
    pass_lp,
    seed_columns,
)
from app.engine.allocation.allocation_problem import AllocationProblem
from app.engine.allocation.allocation_result import AllocationResult, make_result
from app.engine.allocation.allocation_start import load_greedy


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
    feasible) and its duals as site prices (:func:`load_greedy`; runs in ``build_s``).

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
        status, cols, pivots = generate_columns(self._h, b, cols, strategy)
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
            return *load_greedy(self._h, b), False
        cols = seed_columns(b, price)
        pass_lp(self._h, b, cols)
        return cols, DUAL, False

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
        if h.getObjectiveOffset()[1] != b.objective_offset:  # the charge on today's MW
            h.changeObjectiveOffset(b.objective_offset)
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
        return np.where(found, pos, -1), DUAL if len(rows) or len(flip) else PRIMAL

    def _cold_site_prices(self, pb: AllocationProblem, b: BuiltModel) -> NDArray[np.float64] | None:
        """Province-merged LP prices at prefecture scale; None: start from the greedy."""
        group = np.unique(pb.regions.province_id, return_inverse=True)[1]
        if not b.n_pairs:
            return np.zeros(b.shape[2])
        if b.shape[0] >= 64 and group.max() + 1 <= b.shape[0] // 2:
            return coarse_site_prices(b, group, self.options)
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
        cols = np.union1d(pos[found], seed_columns(b, price))
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
        new.col_status = [BASIS_STATUS[v] for v in col_st.tolist()]
        new.row_status = [BASIS_STATUS[v] for v in np.concatenate([dem_st, cap_st]).tolist()]
        new.valid, new.alien = True, True
        pass_lp(h, b, cols)
        h.setBasis(new)
        self._state = None  # the HiGHS columns no longer match the remembered keys
        return cols, DUAL, bool(found.any() or kept.any())


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
