"""Problem side of the allocation LP: inputs, consistency check and the numpy build.

The LP itself is described in :mod:`app.engine.allocation.allocation` (import from there); this module
holds :class:`AllocationProblem` and its parts, :func:`check_consistency` and :func:`build`
with its ``define_*`` steps, which assemble :class:`BuiltModel`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import highspy
import numpy as np
from numpy.typing import ArrayLike, NDArray

from app.datasets.assumptions import assumption_keys, default
from app.domain.scenario import DEFAULT_UNSERVED_PENALTY as DOMAIN_UNSERVED_PENALTY
from app.domain.workload import (  # noqa: F401 - re-exported: the types live in app.domain
    RESIDENCIES,
    Residency,
    WorkloadClass,
)
from app.engine.allocation.migration import (
    Migration,
    define_migration,
    freeze_mask,
    status_quo_keys,
)
from app.engine.allocation.network import NetworkParams, distance_matrix_km

HOURS_PER_YEAR = 8760.0
NATIONAL_EMISSION_KG_PER_KWH = default("grid.national_ef_kg_per_kwh")
"""MEE/NBS 2023 national average grid factor, kgCO2/kWh (Announcement 2025 No. 47); used for
sites with no factor (e.g. Tibet has no published provincial value) and flagged."""
# CNY per MW-year of unserved demand: about 4x the energy cost of a MW at PUE 2 and 1.5 CNY/kWh
# (26 million CNY/MW-year), so shortfall appears only when capacity or admissibility forces it.
# A serving cost above the penalty is flagged. Defined once, in the domain (a scenario's solver
# settings default to it); data/assumptions.csv carries its reasoning and range (a test checks
# the two agree).
DEFAULT_UNSERVED_PENALTY = DOMAIN_UNSERVED_PENALTY


def _default_class(cid: str, label: str, residency: str, tier: str) -> WorkloadClass:
    limit_key = f"demand.class.{cid}.latency_limit_ms"
    limit = default(limit_key) if limit_key in assumption_keys("demand.class.") else None
    return WorkloadClass(
        cid,
        label,
        limit,
        residency,
        default(f"demand.class.{cid}.bandwidth_gbps_per_mw"),
        default(f"demand.class_share.{cid}"),
        tier,
    )


DEFAULT_CLASSES: tuple[WorkloadClass, ...] = (
    _default_class("realtime", "Real-time inference", "anywhere", "10G"),
    _default_class("interactive", "Interactive / general", "anywhere", "100G"),
    _default_class("training", "Training / batch", "anywhere", "400G"),
    _default_class("sensitive", "Sensitive data", "province", "10G"),
)
"""Default classes, all editable; numbers from ``data/assumptions.csv`` (``demand.class_share.*``,
``demand.class.<id>.latency_limit_ms`` and ``.bandwidth_gbps_per_mw``, each with its source or
reasoning and a range).

Role split (NDRC explainer; Xinhua 2025-02-24, see policy_and_network.md §1): eastern hubs serve
latency-sensitive work (AI inference, video calls, finance, telemedicine); western hubs serve
offline analysis, training, rendering, storage/backup; low-latency work such as securities
trading is served locally. Latency limits follow the "1 ms city / 5 ms region / 20 ms between
hubs" goals (§3), read as one-way and doubled: real-time inference 10 ms RTT, interactive/general
40 ms RTT, training/batch latency-free. Sensitive data stays in its province (residency). Shares:
AI = the MIIT 35 % intelligent-compute target split 57.6/42.4 inference/training (IDC); sensitive
10 % has no source (reasoned, wide range); general cloud is the remainder.
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
    hub_id: NDArray = None  # type: ignore[assignment]  # None -> "" each (__post_init__)
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
    national average, flagged); capex CNY per MW-year of IT capacity used (NaN -> 0);
    ``fixed_mwh_per_mw_rated``: facility energy per rated MW-year that runs at any load (the
    idle hall's lights, UPS no-load loss, fans at their floor; 0 by default). ``annual_pue`` is
    then the marginal PUE of a served MW; the fixed part is a constant of the totals."""

    ids: NDArray
    names: NDArray
    lat: NDArray
    lon: NDArray
    province_id: NDArray
    capacity_mw: NDArray
    annual_pue: NDArray
    tariff_cny_per_kwh: NDArray
    # None -> NaN / 0 each (__post_init__): always an array after construction
    emission_kg_per_kwh: NDArray = None  # type: ignore[assignment]
    capex_cny_per_mw_year: NDArray = None  # type: ignore[assignment]
    hub_id: NDArray = None  # type: ignore[assignment]  # None -> "" each (__post_init__)
    fixed_mwh_per_mw_rated: NDArray = None  # type: ignore[assignment]  # None -> 0 each

    def __post_init__(self) -> None:
        n = len(self.ids)
        object.__setattr__(
            self, "fixed_mwh_per_mw_rated", _arr(self.fixed_mwh_per_mw_rated, n, float, 0.0)
        )
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
    migration: Migration | None = None
    """Status quo and the cost of moving away from it (:mod:`app.engine.allocation.migration`)."""


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
    if problem.migration is not None:
        err += problem.migration.problems()
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
    """The full LP as numpy arrays. Columns: unserved ``u[p, k]`` first, then the migration
    stay columns (none without friction), then the admissible flows in increasing ``pair_key``
    ((p, k, s) order); rows: demand ``(p, k)``, then sites."""

    shape: tuple[int, int, int]
    pair_region: NDArray[np.int32]
    pair_class: NDArray[np.int32]
    pair_site: NDArray[np.int32]
    pair_key: NDArray[np.int64]
    """Flat index p*K*S + k*S + s, strictly increasing."""
    pair_cost: NDArray[np.float64]
    """LP cost, CNY per MW-year of serving the pair's (region, class) at its site, including
    the migration charge (see ``pair_serving_cost``)."""
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
    pair_serving_cost: NDArray[np.float64] | None = None
    """Serving cost without the migration charge (None: same as ``pair_cost``)."""
    pair_upper: NDArray[np.float64] | None = None
    """Upper bound per pair column (None: unbounded); frozen classes' status-quo MW."""
    pair_status_quo_mw: NDArray[np.float64] | None = None
    stay_pair: NDArray[np.int64] = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    """Pair index of each stay column (cost: its serving cost; upper: ``stay_upper``)."""
    stay_upper: NDArray[np.float64] = field(default_factory=lambda: np.zeros(0))
    migration_cny_per_mw_year: float = 0.0

    @property
    def n_demand(self) -> int:
        return self.shape[0] * self.shape[1]

    @property
    def n_stay(self) -> int:
        return len(self.stay_pair)

    @property
    def n_lead(self) -> int:
        """Columns before the pair columns: unserved, then stays."""
        return self.n_demand + self.n_stay

    @property
    def serving_cost(self) -> NDArray[np.float64]:
        return self.pair_cost if self.pair_serving_cost is None else self.pair_serving_cost

    @property
    def upper(self) -> NDArray[np.float64]:
        """Upper bound of every pair column."""
        return np.full(self.n_pairs, np.inf) if self.pair_upper is None else self.pair_upper

    @property
    def lead_cost(self) -> NDArray[np.float64]:
        return np.concatenate(
            [np.full(self.n_demand, self.penalty), self.serving_cost[self.stay_pair]]
        )

    @property
    def lead_upper(self) -> NDArray[np.float64]:
        return np.concatenate([np.full(self.n_demand, np.inf), self.stay_upper])

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
        return np.concatenate([self.lead_cost, self.pair_cost])

    def to_lp(self, cols: NDArray[np.int64] | None = None) -> highspy.HighsLp:
        """The LP (or the restriction to pairs ``cols``) as a ``highspy.HighsLp``.

        Whole arrays are assigned to the ``lp`` fields, never single elements.
        """
        cols = np.arange(self.n_pairs) if cols is None else cols
        start, index, value = define_constraints(
            self.pair_row[cols],
            self.pair_site[cols],
            self.n_demand,
            self.shape[2],
            self.pair_row[self.stay_pair],
            self.pair_site[self.stay_pair],
        )
        n = self.n_lead + len(cols)
        lp = highspy.HighsLp()
        lp.num_col_, lp.num_row_ = n, self.n_rows
        lp.col_cost_ = np.concatenate([self.lead_cost, self.pair_cost[cols]])
        lp.col_lower_ = np.zeros(n)
        lp.col_upper_ = np.concatenate([self.lead_upper, self.upper[cols]])
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
    pair_row: NDArray[np.int64],
    pair_site: NDArray[np.int32],
    n_demand: int,
    n_sites: int,
    stay_row: NDArray[np.int64] | None = None,
    stay_site: NDArray[np.int32] | None = None,
) -> tuple[NDArray[np.int32], NDArray[np.int32], NDArray[np.float64]]:
    """CSC arrays: ``n_demand`` unserved columns (1 nonzero), then stay columns and flows (2
    nonzeros each: demand row, capacity row ``n_demand + site``)."""
    if stay_row is not None and len(stay_row):
        pair_row = np.concatenate([stay_row, pair_row])
        pair_site = np.concatenate([stay_site, pair_site])
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
    adm = define_admissible(problem, rtt)
    m, class_ids = problem.migration, [c.id for c in cls]
    if m is not None:
        sq_keys, sq_mw, missing = status_quo_keys(m, r.ids, class_ids, s.ids)
        if missing:
            flags.append(
                f"status quo: {missing} flows name regions, classes or sites not in "
                "the problem (ignored)"
            )
        adm = freeze_mask(adm, m, class_ids, sq_keys)
    pr, pk, ps = (a.astype(np.int32) for a in np.nonzero(adm))
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
    extra: dict[str, Any] = {}  # the migration columns' fields of BuiltModel
    if m is not None:
        t = define_migration(m, class_ids, key, pk, sq_keys, sq_mw)
        flags += t.flags
        extra = dict(
            pair_serving_cost=pair_cost,
            pair_upper=t.pair_upper_mw,
            pair_status_quo_mw=t.pair_status_quo_mw,
            stay_pair=t.stay_pair,
            stay_upper=t.stay_upper_mw,
            migration_cny_per_mw_year=m.annual_cny_per_mw_year,
        )
        pair_cost = pair_cost + t.pair_charge
    return BuiltModel(
        shape=(len(r), n_k, n_s), pair_region=pr, pair_class=pk, pair_site=ps, pair_key=key,
        pair_cost=pair_cost, pair_rtt_ms=rtt[pr, ps], pair_transport_cny=transport,
        site_energy_mwh=sc["energy_mwh"], site_energy_cny=sc["energy_cny"],
        site_carbon_t=sc["carbon_t"], site_capex_cny=sc["capex_cny"], penalty=penalty,
        row_lower=np.concatenate([demand, np.full(n_s, -np.inf)]),
        row_upper=np.concatenate([demand, s.capacity_mw]), flags=flags, **extra,
    )  # fmt: skip
