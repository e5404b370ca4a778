"""Allocation LP: serve demand ``D[p, k]`` (MW of IT load) from sites at least cost.

Sequence (after PyPSA's ``optimize``): :func:`check_consistency` -> :func:`build` (small
``define_*`` functions on numpy arrays) -> HiGHS solve in :class:`Solver` -> results and duals
written back into :class:`AllocationResult` -> post-processing (lazy DataFrames, totals).
Infeasibility cannot occur (unserved demand is a penalised variable); any non-optimal solver
outcome is returned as a status string, never raised. Inconsistent input (wrong shapes,
negative capacities, unknown residency) raises ``ValueError`` listing every problem.

LP, with admissible pairs ``j = (p, k, s)`` only::

    min  sum_j c_j x_j + M * sum_pk u_pk
    s.t. sum_s x_pks + u_pk = D_pk        (demand row per region p, class k; dual = marginal cost)
         sum_pk x_pks      <= cap_s       (capacity row per site s; -dual = value of one more MW)
         x, u >= 0

``c_j`` (CNY per MW-year of IT load) = energy (hours x PUE_s x tariff_s) + carbon price x
emissions + transport (class bandwidth x route-km x tier price) + optional capex.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from time import perf_counter
from typing import Literal

import highspy
import numpy as np
import pandas as pd
from numpy.typing import ArrayLike, NDArray

from app.engine.network import NetworkParams, distance_matrix_km

Residency = Literal["anywhere", "province", "hub"]
RESIDENCIES: tuple[str, ...] = ("anywhere", "province", "hub")
HOURS_PER_YEAR = 8760.0
NATIONAL_EMISSION_KG_PER_KWH = 0.5306
"""MEE/NBS 2023 national average grid factor, kgCO2/kWh (Announcement 2025 No. 47); used for
sites with no factor (e.g. Tibet has no published provincial value) and flagged."""
DEFAULT_UNSERVED_PENALTY = 1.0e8
"""CNY per MW-year of unserved demand: about 4x the energy cost of a MW at PUE 2 and
1.5 CNY/kWh (26 million CNY/MW-year), so shortfall appears only when capacity or admissibility
forces it. A serving cost above the penalty is flagged."""


@dataclass(frozen=True)
class WorkloadClass:
    """A workload class and its network needs.

    ``latency_limit_ms`` is a round-trip limit (None = latency-free); ``residency`` is
    "anywhere", "province" (same province as the demand) or "hub" (same province, or a site in
    the same national hub as the demand region); ``bandwidth_gbps_per_mw`` is the transport need
    per MW of IT load, priced at ``bandwidth_tier``; ``share`` is the default share of a region's
    demand.
    """

    id: str
    label: str
    latency_limit_ms: float | None
    residency: str = "anywhere"
    bandwidth_gbps_per_mw: float = 0.0
    share: float = 0.25
    bandwidth_tier: str = "100G"


DEFAULT_CLASSES: tuple[WorkloadClass, ...] = (
    WorkloadClass("realtime", "Real-time inference", 10.0, "anywhere", 0.5, 0.15, "10G"),
    WorkloadClass("interactive", "Interactive / general", 40.0, "anywhere", 1.0, 0.40, "100G"),
    WorkloadClass("training", "Training / batch", None, "anywhere", 0.1, 0.35, "400G"),
    WorkloadClass("sensitive", "Sensitive data", None, "province", 0.5, 0.10, "10G"),
)
"""Default classes, all editable.

Role split (NDRC explainer; Xinhua 2025-02-24, see policy_and_network.md §1): eastern hubs serve
latency-sensitive work (AI inference, video calls, finance, telemedicine); western hubs serve
offline analysis, training, rendering, storage/backup; low-latency work such as securities
trading is served locally. Latency limits follow the "1 ms city / 5 ms region / 20 ms between
hubs" goals (§3), read as one-way figures as the Guizhou opinion states for its 20 ms links, so
the round-trip limits are twice that: real-time inference 10 ms RTT (the regional circle, ~600 km
great-circle at default network parameters), interactive/general 40 ms RTT (the inter-hub circle,
~2,600 km), training/batch latency-free. Sensitive data stays in its province (residency).
Shares (15/40/35/10 %) and bandwidths per MW are **placeholders** with no source: the planner
should set them; they only encode "inference is smaller than training in bytes per MW of compute
moved, interactive services carry the most user traffic".
"""


def _arr(x: ArrayLike | None, n: int | None, dtype: type, fill: object = None) -> NDArray:
    if x is None:
        return np.full(n or 0, fill, dtype=dtype)
    return np.asarray(x, dtype=dtype)


@dataclass(frozen=True, eq=False)
class Regions:
    """Demand regions (provinces or prefectures); lat/lon in degrees (WGS-84)."""

    ids: NDArray
    names: NDArray
    lat: NDArray
    lon: NDArray
    province_id: NDArray
    hub_id: NDArray | None = None
    """National hub id per region, "" for none."""

    def __post_init__(self) -> None:
        n = len(self.ids)
        for name, dtype in (("ids", str), ("names", str), ("province_id", str)):
            object.__setattr__(self, name, _arr(getattr(self, name), n, dtype))
        object.__setattr__(self, "hub_id", _arr(self.hub_id, n, str, ""))
        for name in ("lat", "lon"):
            object.__setattr__(self, name, _arr(getattr(self, name), n, float))

    def __len__(self) -> int:
        return len(self.ids)


@dataclass(frozen=True, eq=False)
class Sites:
    """Supply sites. Capacity in MW of IT load; tariff CNY/kWh; emissions kgCO2/kWh (NaN ->
    national average, flagged); capex CNY per MW-year of IT capacity used (NaN -> 0)."""

    ids: NDArray
    names: NDArray
    lat: NDArray
    lon: NDArray
    province_id: NDArray
    capacity_mw: NDArray
    annual_pue: NDArray
    tariff_cny_per_kwh: NDArray
    emission_kg_per_kwh: NDArray | None = None
    capex_cny_per_mw_year: NDArray | None = None
    hub_id: NDArray | None = None

    def __post_init__(self) -> None:
        n = len(self.ids)
        for name, dtype in (("ids", str), ("names", str), ("province_id", str)):
            object.__setattr__(self, name, _arr(getattr(self, name), n, dtype))
        object.__setattr__(self, "hub_id", _arr(self.hub_id, n, str, ""))
        for name in ("lat", "lon", "capacity_mw", "annual_pue", "tariff_cny_per_kwh"):
            object.__setattr__(self, name, _arr(getattr(self, name), n, float))
        object.__setattr__(
            self, "emission_kg_per_kwh", _arr(self.emission_kg_per_kwh, n, float, np.nan)
        )
        object.__setattr__(
            self, "capex_cny_per_mw_year", _arr(self.capex_cny_per_mw_year, n, float, 0.0)
        )

    def __len__(self) -> int:
        return len(self.ids)


@dataclass(frozen=True, eq=False)
class AllocationProblem:
    """Everything the LP needs. ``demand_mw`` has shape (regions, classes), MW of IT load."""

    regions: Regions
    sites: Sites
    demand_mw: NDArray
    classes: tuple[WorkloadClass, ...] = DEFAULT_CLASSES
    carbon_price_cny_per_t: float = 0.0
    unserved_penalty_cny_per_mw_year: float = DEFAULT_UNSERVED_PENALTY
    network: NetworkParams = field(default_factory=NetworkParams)
    include_capex: bool = True
    hours_per_year: float = HOURS_PER_YEAR


def check_consistency(problem: AllocationProblem) -> list[str]:
    """Raise ``ValueError`` listing every inconsistency; return warnings (flags) otherwise."""
    r, s, cls = problem.regions, problem.sites, problem.classes
    err: list[str] = []
    for obj, what in ((r, "regions"), (s, "sites")):
        for name, val in vars(obj).items():
            if len(val) != len(obj):
                err.append(f"{what}.{name}: length {len(val)} != {len(obj)}")
        if len(set(obj.ids.tolist())) != len(obj):
            err.append(f"{what}.ids: duplicate ids")
        if np.any(~np.isfinite(obj.lat) | (np.abs(obj.lat) > 90)):
            err.append(f"{what}.lat: missing or outside [-90, 90]")
        if np.any(~np.isfinite(obj.lon) | (np.abs(obj.lon) > 180)):
            err.append(f"{what}.lon: missing or outside [-180, 180]")
    d = np.asarray(problem.demand_mw, dtype=float)
    if d.shape != (len(r), len(cls)):
        err.append(f"demand_mw: shape {d.shape} != (regions, classes) = ({len(r)}, {len(cls)})")
    elif np.any(~np.isfinite(d) | (d < 0)):
        err.append("demand_mw: values must be finite and >= 0")
    for name, lo in (("capacity_mw", 0.0), ("annual_pue", 1.0), ("tariff_cny_per_kwh", 0.0)):
        v = getattr(s, name)
        bad = ~np.isfinite(v) | (v < lo)
        if np.any(bad):
            err.append(f"sites.{name}: must be finite and >= {lo} (site {str(s.ids[bad][0])!r})")
    if np.any(s.emission_kg_per_kwh < 0) or np.any(s.capex_cny_per_mw_year < 0):
        err.append("sites: emission_kg_per_kwh and capex_cny_per_mw_year must be >= 0")
    if len({c.id for c in cls}) != len(cls):
        err.append("classes: duplicate ids")
    for c in cls:
        if c.residency not in RESIDENCIES:
            err.append(f"class {c.id!r}: residency {c.residency!r} not in {RESIDENCIES}")
        if c.bandwidth_tier not in problem.network.tiers:
            err.append(f"class {c.id!r}: unknown bandwidth tier {c.bandwidth_tier!r}")
        if c.bandwidth_gbps_per_mw < 0 or (
            c.latency_limit_ms is not None and c.latency_limit_ms < 0
        ):
            err.append(f"class {c.id!r}: bandwidth and latency limit must be >= 0")
    if not problem.unserved_penalty_cny_per_mw_year > 0:
        err.append("unserved_penalty_cny_per_mw_year must be > 0")
    if err:
        raise ValueError("inconsistent allocation problem:\n  " + "\n  ".join(err))
    missing = np.isnan(s.emission_kg_per_kwh)
    return [
        f"site {sid!r}: no grid emission factor; national average "
        f"{NATIONAL_EMISSION_KG_PER_KWH} kgCO2/kWh used"
        for sid in s.ids[missing].tolist()
    ]


@dataclass
class BuiltModel:
    """The full LP as numpy arrays. Columns: unserved ``u[p, k]`` first, then the admissible
    flows in increasing ``pair_key`` ((p, k, s) order); rows: demand ``(p, k)``, then sites."""

    shape: tuple[int, int, int]
    pair_region: NDArray[np.int32]
    pair_class: NDArray[np.int32]
    pair_site: NDArray[np.int32]
    pair_key: NDArray[np.int64]
    """Flat index p*K*S + k*S + s, strictly increasing."""
    pair_cost: NDArray[np.float64]
    """CNY per MW-year of serving the pair's (region, class) at its site."""
    pair_rtt_ms: NDArray[np.float64]
    pair_transport_cny: NDArray[np.float64]
    site_energy_mwh: NDArray[np.float64]
    site_energy_cny: NDArray[np.float64]
    site_carbon_t: NDArray[np.float64]
    site_capex_cny: NDArray[np.float64]
    penalty: float
    row_lower: NDArray[np.float64]
    row_upper: NDArray[np.float64]
    flags: list[str]

    @property
    def n_demand(self) -> int:
        return self.shape[0] * self.shape[1]

    @property
    def n_pairs(self) -> int:
        return len(self.pair_key)

    @property
    def n_rows(self) -> int:
        return len(self.row_lower)

    @cached_property
    def pair_row(self) -> NDArray[np.int64]:
        """Demand row (p*K + k) of each pair."""
        return self.pair_key // self.shape[2]

    @property
    def col_cost(self) -> NDArray[np.float64]:
        return np.concatenate([np.full(self.n_demand, self.penalty), self.pair_cost])

    def to_lp(self, cols: NDArray[np.int64] | None = None) -> highspy.HighsLp:
        """The LP (or the restriction to pairs ``cols``) as a ``highspy.HighsLp``.

        Whole arrays are assigned to the ``lp`` fields, never single elements.
        """
        cols = np.arange(self.n_pairs) if cols is None else cols
        start, index, value = define_constraints(
            self.pair_row[cols], self.pair_site[cols], self.n_demand, self.shape[2]
        )
        n = self.n_demand + len(cols)
        lp = highspy.HighsLp()
        lp.num_col_, lp.num_row_ = n, self.n_rows
        lp.col_cost_ = np.concatenate([np.full(self.n_demand, self.penalty), self.pair_cost[cols]])
        lp.col_lower_, lp.col_upper_ = np.zeros(n), np.full(n, np.inf)
        lp.row_lower_, lp.row_upper_ = self.row_lower, self.row_upper
        lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
        lp.a_matrix_.num_col_, lp.a_matrix_.num_row_ = n, self.n_rows
        lp.a_matrix_.start_, lp.a_matrix_.index_, lp.a_matrix_.value_ = start, index, value
        return lp


def define_site_costs(problem: AllocationProblem) -> dict[str, NDArray[np.float64]]:
    """Per site and per MW-year of IT load: energy MWh and CNY, carbon t, capex CNY."""
    s = problem.sites
    energy_mwh = problem.hours_per_year * s.annual_pue
    ef = s.emission_kg_per_kwh
    ef = np.where(np.isnan(ef), NATIONAL_EMISSION_KG_PER_KWH, ef)
    capex = np.nan_to_num(s.capex_cny_per_mw_year) if problem.include_capex else np.zeros(len(s))
    return {
        "energy_mwh": energy_mwh,
        "energy_cny": energy_mwh * 1000.0 * s.tariff_cny_per_kwh,
        "carbon_t": energy_mwh * ef,  # kg/kWh == t/MWh
        "capex_cny": capex,
    }


def define_admissible(problem: AllocationProblem, rtt: NDArray[np.float64]) -> NDArray[np.bool_]:
    """Boolean mask (P, K, S): latency within the class limit and residency respected."""
    r, s, cls = problem.regions, problem.sites, problem.classes
    limits = np.array([np.inf if c.latency_limit_ms is None else c.latency_limit_ms for c in cls])
    ok = rtt[:, None, :] <= limits[None, :, None] + 1e-9
    same_prov = r.province_id[:, None] == s.province_id[None, :]
    same_hub = same_prov | ((r.hub_id[:, None] == s.hub_id[None, :]) & (r.hub_id[:, None] != ""))
    for k, c in enumerate(cls):
        if c.residency == "province":
            ok[:, k, :] &= same_prov
        elif c.residency == "hub":
            ok[:, k, :] &= same_hub
    return ok


def define_constraints(
    pair_row: NDArray[np.int64], pair_site: NDArray[np.int32], n_demand: int, n_sites: int
) -> tuple[NDArray[np.int32], NDArray[np.int32], NDArray[np.float64]]:
    """CSC arrays: ``n_demand`` unserved columns (1 nonzero), then flows (2 nonzeros each:
    demand row, capacity row ``n_demand + site``)."""
    j = len(pair_row)
    index = np.empty(n_demand + 2 * j, dtype=np.int32)
    index[:n_demand] = np.arange(n_demand)
    index[n_demand::2] = pair_row
    index[n_demand + 1 :: 2] = n_demand + pair_site
    start = np.concatenate([np.arange(n_demand), n_demand + 2 * np.arange(j + 1)])
    return start.astype(np.int32), index, np.ones(len(index))


def build(problem: AllocationProblem) -> BuiltModel:
    """Check the problem and assemble the LP arrays in bulk (no per-variable Python loop)."""
    flags = check_consistency(problem)
    r, s, cls, net = problem.regions, problem.sites, problem.classes, problem.network
    n_k, n_s = len(cls), len(s)
    dist = distance_matrix_km(r.lat, r.lon, s.lat, s.lon)
    rtt = net.rtt_ms(dist)
    pr, pk, ps = (a.astype(np.int32) for a in np.nonzero(define_admissible(problem, rtt)))
    key = (pr.astype(np.int64) * n_k + pk) * n_s + ps
    price = [
        c.bandwidth_gbps_per_mw * net.price_cny_per_gbps_km_year(c.bandwidth_tier) for c in cls
    ]
    transport = np.asarray(price)[pk] * net.route_km(dist[pr, ps])
    sc = define_site_costs(problem)
    site_cost = sc["energy_cny"] + problem.carbon_price_cny_per_t * sc["carbon_t"] + sc["capex_cny"]
    pair_cost = site_cost[ps] + transport
    penalty = float(problem.unserved_penalty_cny_per_mw_year)
    if len(pair_cost) and pair_cost.max() >= penalty:
        flags.append("unserved penalty is below some serving costs: shortfall may be preferred")
    demand = np.asarray(problem.demand_mw, dtype=float).ravel()
    return BuiltModel(
        shape=(len(r), n_k, n_s), pair_region=pr, pair_class=pk, pair_site=ps, pair_key=key,
        pair_cost=pair_cost, pair_rtt_ms=rtt[pr, ps], pair_transport_cny=transport,
        site_energy_mwh=sc["energy_mwh"], site_energy_cny=sc["energy_cny"],
        site_carbon_t=sc["carbon_t"], site_capex_cny=sc["capex_cny"], penalty=penalty,
        row_lower=np.concatenate([demand, np.full(n_s, -np.inf)]),
        row_upper=np.concatenate([demand, s.capacity_mw]), flags=flags,
    )  # fmt: skip


# ----------------------------------------------------------------------------------- solve
# HiGHS's simplex needs ~4 pivots per row on this transportation LP whatever the start, and
# each pivot prices every column, so the full LP at prefecture scale (~350k columns) takes tens
# of seconds. Column generation keeps a few candidate sites per demand row in HiGHS and adds
# any admissible column with a negative reduced cost until none is left, which is the optimum
# of the full LP (same objective and duals). Figures: benchmarks/bench_allocation.py.

SOLVER_OPTIONS: dict[str, object] = {
    "output_flag": False,
    "log_to_console": False,
    "simplex_dual_edge_weight_strategy": 1,  # devex: about half the pivots of steepest edge here
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


def new_highs(options: dict[str, object] | None = None) -> highspy.Highs:
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
    while True:
        h.setOptionValue("simplex_strategy", strategy)
        h.run()
        pivots += h.getInfo().simplex_iteration_count
        status = _status(h)
        if status != "optimal" or b.n_pairs == 0:
            return status, cols, pivots
        y = np.asarray(h.getSolution().row_dual)
        rc = b.pair_cost - y[b.pair_row] - y[b.n_demand + b.pair_site]
        improving = (rc < -RC_TOL * (1.0 + np.abs(b.pair_cost))) & ~active
        if not improving.any():
            return status, cols, pivots
        new = _smallest_per_row(b, np.where(improving, rc, np.inf), ADD_PER_ROW)
        active[new] = True
        m = len(new)
        index = np.empty(2 * m, dtype=np.int32)
        index[0::2], index[1::2] = b.pair_row[new], b.n_demand + b.pair_site[new]
        starts = np.arange(0, 2 * m, 2, dtype=np.int32)
        h.addCols(
            m,
            b.pair_cost[new],
            np.zeros(m),
            np.full(m, np.inf),
            2 * m,
            starts,
            index,
            np.ones(2 * m),
        )
        cols = np.concatenate([cols, new])
        strategy = _PRIMAL  # added columns leave the basis primal feasible


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
    h.passModel(cb.to_lp(seeds))
    status, _, _ = _generate_columns(h, cb, seeds, _DUAL)
    if status != "optimal":
        return np.zeros(n_s)
    return -np.asarray(h.getSolution().row_dual)[cb.n_demand :]


@dataclass
class AllocationResult:
    """Solution of one allocation problem. Arrays are numpy; DataFrames are built lazily.

    ``status`` is "optimal" or HiGHS's model status in lower case (never raised). Flow arrays
    run over the admissible pairs ``pair_region/pair_class/pair_site`` (indices into the
    problem's regions, classes and sites). Duals: ``site_dual_cny_per_mw_year[s]`` is the value
    of one more MW of capacity at site ``s`` (minus the capacity row dual, >= 0);
    ``region_marginal_cost_cny_per_mw_year[p, k]`` is the cost of one more MW of demand (the
    demand row dual; equals the penalty where demand goes unserved).
    """

    status: str
    objective_cny: float
    problem: AllocationProblem
    pair_region: NDArray[np.int32]
    pair_class: NDArray[np.int32]
    pair_site: NDArray[np.int32]
    flow_mw: NDArray[np.float64]
    pair_cost_cny_per_mw_year: NDArray[np.float64]
    pair_rtt_ms: NDArray[np.float64]
    site_load_mw: NDArray[np.float64]
    utilisation: NDArray[np.float64]
    site_dual_cny_per_mw_year: NDArray[np.float64]
    region_marginal_cost_cny_per_mw_year: NDArray[np.float64]
    unserved_mw: NDArray[np.float64]
    totals: dict[str, float]
    flags: list[str]
    build_s: float = 0.0
    solve_s: float = 0.0
    warm_started: bool = False
    pivots: int = 0
    n_columns: int = 0
    """Flow columns HiGHS held at the end (the rest were priced out)."""

    @property
    def ok(self) -> bool:
        return self.status == "optimal"

    @cached_property
    def flows(self) -> pd.DataFrame:
        """Non-zero flows: region, class, site, site_province, mw, cost_cny_per_mw_year,
        cost_cny (per year), rtt_ms."""
        j = np.nonzero(self.flow_mw > 1e-9)[0]
        pb, s = self.problem, self.pair_site[j]
        return pd.DataFrame({
            "region": pb.regions.ids[self.pair_region[j]],
            "class": np.array([c.id for c in pb.classes], dtype=str)[self.pair_class[j]],
            "site": pb.sites.ids[s], "site_province": pb.sites.province_id[s],
            "mw": self.flow_mw[j], "cost_cny_per_mw_year": self.pair_cost_cny_per_mw_year[j],
            "cost_cny": self.flow_mw[j] * self.pair_cost_cny_per_mw_year[j],
            "rtt_ms": self.pair_rtt_ms[j],
        })  # fmt: skip

    @cached_property
    def sites_table(self) -> pd.DataFrame:
        """Per site: province, capacity_mw, load_mw, utilisation, dual_cny_per_mw_year."""
        s = self.problem.sites
        return pd.DataFrame({
            "province": s.province_id, "capacity_mw": s.capacity_mw, "load_mw": self.site_load_mw,
            "utilisation": self.utilisation, "dual_cny_per_mw_year": self.site_dual_cny_per_mw_year,
        }, index=pd.Index(s.ids, name="site"))  # fmt: skip

    @cached_property
    def regions_table(self) -> pd.DataFrame:
        """Per region and class: demand_mw, served_mw, unserved_mw, marginal_cost_cny_per_mw_year."""
        pb = self.problem
        idx = pd.MultiIndex.from_product(
            [pb.regions.ids, [c.id for c in pb.classes]], names=["region", "class"]
        )
        demand = np.asarray(pb.demand_mw, dtype=float).ravel()
        return pd.DataFrame({
            "demand_mw": demand, "served_mw": demand - self.unserved_mw.ravel(),
            "unserved_mw": self.unserved_mw.ravel(),
            "marginal_cost_cny_per_mw_year": self.region_marginal_cost_cny_per_mw_year.ravel(),
        }, index=idx)  # fmt: skip


def _totals(
    pb: AllocationProblem, b: BuiltModel, flow: NDArray, load: NDArray, unserved: NDArray
) -> dict[str, float]:
    """Totals per year: CNY, MWh, tCO2, MW; ``mean_rtt_ms`` weighted by served MW."""
    nz = np.flatnonzero(flow)  # few pairs carry flow; avoid gathers over all of them
    served = float(load.sum())
    energy, carbon_t = float(load @ b.site_energy_cny), float(load @ b.site_carbon_t)
    transport = float(flow[nz] @ b.pair_transport_cny[nz])
    capex = float(load @ b.site_capex_cny)
    carbon_cost = carbon_t * pb.carbon_price_cny_per_t
    short = float(np.sum(unserved))
    return {
        "cost_cny": energy + carbon_cost + transport + capex,
        "energy_cost": energy, "energy_mwh": float(load @ b.site_energy_mwh),
        "carbon_t": carbon_t, "carbon_cost": carbon_cost, "transport_cost": transport,
        "capex_cost": capex, "unserved_mw": short, "unserved_penalty_cny": short * b.penalty,
        "served_mw": served,
        "mean_rtt_ms": float(flow[nz] @ b.pair_rtt_ms[nz]) / served if served > 0 else float("nan"),
    }  # fmt: skip


def _make_result(
    pb: AllocationProblem, b: BuiltModel, h: highspy.Highs, status: str, cols: NDArray[np.int64]
) -> AllocationResult:
    """Write the solution and duals of ``h`` back onto the problem's arrays."""
    n_p, n_k, n_s = b.shape
    flow, unserved = np.zeros(b.n_pairs), np.full(b.n_demand, np.nan)
    y, objective = np.full(b.n_rows, np.nan), float("nan")
    if status == "optimal":
        sol = h.getSolution()
        x = np.maximum(np.asarray(sol.col_value), 0.0)  # drop -1e-12 round-off
        y, unserved = np.asarray(sol.row_dual), x[: b.n_demand]
        live = cols >= 0
        flow[cols[live]] = x[b.n_demand :][live]
        objective = float(h.getInfo().objective_function_value)
    load = np.bincount(b.pair_site, flow, n_s)
    cap = pb.sites.capacity_mw
    util = np.divide(load, cap, out=np.full(n_s, np.nan), where=cap > 0)
    return AllocationResult(
        status=status, objective_cny=objective, problem=pb, pair_region=b.pair_region,
        pair_class=b.pair_class, pair_site=b.pair_site, flow_mw=flow,
        pair_cost_cny_per_mw_year=b.pair_cost, pair_rtt_ms=b.pair_rtt_ms, site_load_mw=load,
        utilisation=util, site_dual_cny_per_mw_year=-y[b.n_demand :] + 0.0,
        region_marginal_cost_cny_per_mw_year=y[: b.n_demand].reshape(n_p, n_k),
        unserved_mw=unserved.reshape(n_p, n_k), totals=_totals(pb, b, flow, load, unserved),
        flags=list(b.flags), n_columns=int(np.count_nonzero(cols >= 0)),
    )  # fmt: skip


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
    province-merged copy of the LP.

    Timings on the result: ``build_s`` = numpy build + loading HiGHS, ``solve_s`` = HiGHS runs,
    pricing and write-back. Not thread-safe: use one ``Solver`` per worker thread.
    """

    def __init__(self, options: dict[str, object] | None = None) -> None:
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
        result = _make_result(problem, b, self._h, status, cols)
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
        cost = np.concatenate([cost, np.zeros(b.n_demand + len(cols) - len(cost))])
        cost[: b.n_demand] = b.penalty
        cost[b.n_demand :][live] = b.pair_cost[cols[live]]
        self._state = _State(
            ids=ids, shape=b.shape, keys=keys, live=live, col_cost=cost, row_lower=b.row_lower,
            row_upper=b.row_upper, site_price=result.site_dual_cny_per_mw_year,
        )  # fmt: skip

    def _load(self, pb: AllocationProblem, b: BuiltModel, ids: tuple) -> tuple[NDArray, int, bool]:
        """Put the restricted LP into HiGHS; returns its pair columns, simplex strategy, warm."""
        st = self._state
        if st is not None and all(np.array_equal(o, n) for o, n in zip(st.ids, ids, strict=True)):
            return *self._update_in_place(b), True
        if st is not None:
            return self._load_mapped(b, ids)
        self._h = new_highs(self.options)
        cols = _seed_columns(b, self._cold_site_prices(pb, b))
        self._h.passModel(b.to_lp(cols))
        return cols, _DUAL, False

    def _update_in_place(self, b: BuiltModel) -> tuple[NDArray, int]:
        """Pass only changed costs, bounds and row bounds; the live basis stays."""
        st, h = self._state, self._h
        assert st is not None and h is not None
        pos, found = _find(b.pair_key, st.keys)
        cost = st.col_cost.copy()
        cost[: b.n_demand] = b.penalty
        cost[b.n_demand :][found] = b.pair_cost[pos[found]]
        ch = np.nonzero(cost != st.col_cost)[0].astype(np.int32)
        if len(ch):
            h.changeColsCost(len(ch), ch, cost[ch])
        flip = np.nonzero(found != st.live)[0]
        if len(flip):  # admissibility changed: hold at zero / release
            upper = np.where(found[flip], np.inf, 0.0)
            h.changeColsBounds(
                len(flip), (b.n_demand + flip).astype(np.int32), np.zeros(len(flip)), upper
            )
        rows = np.nonzero((b.row_lower != st.row_lower) | (b.row_upper != st.row_upper))[0]
        if len(rows):
            rows = rows.astype(np.int32)
            h.changeRowsBounds(len(rows), rows, b.row_lower[rows], b.row_upper[rows])
        # a pure cost change keeps the basis primal feasible
        return np.where(found, pos, -1), _DUAL if len(rows) or len(flip) else _PRIMAL

    def _cold_site_prices(self, pb: AllocationProblem, b: BuiltModel) -> NDArray[np.float64]:
        group = np.unique(pb.regions.province_id, return_inverse=True)[1]
        if b.shape[0] >= 64 and group.max() + 1 <= b.shape[0] // 2 and b.n_pairs:
            return _coarse_site_prices(b, group, self.options)
        return np.zeros(b.shape[2])

    def _load_mapped(self, b: BuiltModel, ids: tuple) -> tuple[NDArray, int, bool]:
        """New model in the same HiGHS object, started from the old basis mapped by ids."""
        st, h = self._state, self._h
        assert st is not None and h is not None
        basis = h.getBasis()
        col_st = np.fromiter((int(v) for v in basis.col_status), np.int8, len(basis.col_status))
        row_st = np.fromiter((int(v) for v in basis.row_status), np.int8, len(basis.row_status))
        mp, mk, ms = (_index_map(o, n) for o, n in zip(st.ids, ids, strict=True))
        (_, n_k, n_s), (_, k0, s0) = b.shape, st.shape
        n_d0 = len(mp) * k0
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
        flow_st[pos[found]] = col_st[n_d0:][found]
        un_st, dem_st = np.ones(b.n_demand, np.int8), np.zeros(b.n_demand, np.int8)
        kept = d_new >= 0
        un_st[d_new[kept]], dem_st[d_new[kept]] = col_st[:n_d0][kept], row_st[:n_d0][kept]
        cap_st = np.ones(n_s, dtype=np.int8)
        cap_st[ms[ms >= 0]] = row_st[n_d0:][ms >= 0]
        new = highspy.HighsBasis()
        new.col_status = [_STATUS[v] for v in np.concatenate([un_st, flow_st[cols]]).tolist()]
        new.row_status = [_STATUS[v] for v in np.concatenate([dem_st, cap_st]).tolist()]
        new.valid, new.alien = True, True
        h.passModel(b.to_lp(cols))
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

    Columns ``u|region|class`` and ``x|region|class|site``; rows ``demand|region|class`` and
    ``cap|site`` (whitespace in ids becomes "_"; non-ASCII ids stay UTF-8). Names fall back to
    HiGHS defaults if they are not unique.
    """
    b = build(problem)
    lp = b.to_lp()
    r_ids, s_ids = problem.regions.ids, problem.sites.ids
    c_ids = np.array([c.id for c in problem.classes], dtype=str)
    d_r, d_k = np.divmod(np.arange(b.n_demand), b.shape[1])
    cols = _mps_name("u|", r_ids[d_r], c_ids[d_k]) + _mps_name(
        "x|", r_ids[b.pair_region], c_ids[b.pair_class], s_ids[b.pair_site]
    )
    rows = _mps_name("demand|", r_ids[d_r], c_ids[d_k]) + _mps_name("cap|", s_ids)
    if len(set(cols)) == len(cols) and len(set(rows)) == len(rows):
        lp.col_names_, lp.row_names_ = cols, rows
    h = new_highs()
    h.passModel(lp)
    status = h.writeModel(str(path))
    return "ok" if status == highspy.HighsStatus.kOk else str(status)
