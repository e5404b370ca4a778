"""Migration friction: moving demand away from where it is served today costs money once.

The status quo (:mod:`app.engine.references.status_quo`) says how many MW of each region's class are
served at each site today. The allocation LP then charges a one-off migration cost per MW that
leaves where it is served today, annualised over a payback period (``cost / payback_years``
per MW-year: a move is made only if its yearly saving repays its one-off cost within the
payback period). Written as an LP with one extra column per status-quo flow (see
:func:`define_migration`)::

    x_pks = s_pks + z_pks,   0 <= s_pks <= q_pks   ("stay", cost c_pks - m)
                                        z_pks >= 0 ("flow", cost c_pks)
    objective offset  m * sum q_pks

so the objective is the serving cost plus ``m * sum (q - s)``, the charge on every MW that
leaves a status-quo flow (at the optimum ``s = min(x, q)``). Load arriving where a (region,
class) is not served today is not charged as such: demand no site serves today and one serves
in the scenario is *newly served*, not moved, and carries no charge. Every ordinary flow
column keeps its serving cost; the stay columns are few (one per status-quo flow) and sit next
to the unserved columns, so column generation over the admissible pairs and the warm starts
work as before. A status-quo flow that is no longer admissible, or names a site the problem
no longer has, must leave: its charge is part of the offset (a constant).

Reported moves (:func:`moved_from`, the totals and every view): per (region, class), the MW
that leave today's sites (``D``) and the MW served at sites beyond today (``I``) give
``min(I, D)`` MW moved, attributed to the sites they leave in proportion to what leaves each;
``I - min`` is newly served and ``D - min`` is load that leaves a site and no site takes. That
last part is not a move either, and the totals do not count or charge it; the LP, which
cannot tell it from a move without a concave (non-LP) charge, still charges it. It only
arises when a today's flow must leave (no longer admissible, its site gone) and no site can
take it, or when a cheaper (region, class) displaces today's load from a full site: then the
unserved penalty (1e8 CNY per MW-year by default, ~37 times the default charge) decides
anyway. In the base year, where today and the scenario both serve every MW, ``I = D`` for
every (region, class): the LP is the one that charges arrivals, up to a constant.

A frozen class keeps its status quo: only its status-quo pairs are admissible, each bounded by
its status-quo MW (demand it cannot keep there, e.g. a removed site, goes unserved, with no
charge).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from numpy.typing import ArrayLike, NDArray

from app.domain.sourced import default

DEFAULT_MIGRATION_COST_CNY_PER_MW = default("assumptions.migration_cost_cny_per_mw")
"""8 M CNY (data/assumptions.csv). One-off cost of moving 1 MW of IT load to another site, CNY. Reasoned, no published figure:
the spare capacity elsewhere is racks without servers, so moving means relocating the servers
of 1 MW (~3,300 servers at ~300 W) at ~2,000 CNY each (de-rack, transport, re-rack, test:
~6.7 M CNY) plus about two months of running both sides during the cut-over (1 MW x PUE 1.4 x
1,460 h x 0.6 CNY/kWh = 1.2 M CNY). Range 1-60 M: 1 M for cloud workloads moved onto servers
already in place, 60 M if the servers are bought anew at the destination."""
DEFAULT_PAYBACK_YEARS = default("assumptions.payback_years")
"""3 (data/assumptions.csv). Years in which a move must repay its one-off cost. Reasoned: a common payback threshold
for IT and data-centre efficiency projects. Range 1-10."""


@dataclass(frozen=True, eq=False)
class Migration:
    """Status quo flows (by region, class and site id, MW of IT load) and the friction on
    moving away from them. Ids not in a problem are ignored there (and flagged)."""

    region: NDArray
    klass: NDArray
    site: NDArray
    mw: NDArray
    cost_cny_per_mw: float = DEFAULT_MIGRATION_COST_CNY_PER_MW
    payback_years: float = DEFAULT_PAYBACK_YEARS
    frozen_classes: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        for name in ("region", "klass", "site"):
            object.__setattr__(self, name, np.asarray(getattr(self, name), dtype=str))
        object.__setattr__(self, "mw", np.asarray(self.mw, dtype=float))

    @property
    def annual_cny_per_mw_year(self) -> float:
        """The annualised charge per MW moved, CNY per MW-year."""
        return float(self.cost_cny_per_mw) / float(self.payback_years)

    def problems(self) -> list[str]:
        """What is wrong with the parameters (empty when usable)."""
        err = []
        if len({len(self.region), len(self.klass), len(self.site), len(self.mw)}) != 1:
            err.append("migration: region, klass, site and mw must have the same length")
        if np.any(~np.isfinite(self.mw) | (self.mw < 0)):
            err.append("migration: status quo MW must be finite and >= 0")
        if not (np.isfinite(self.cost_cny_per_mw) and self.cost_cny_per_mw >= 0):
            err.append("migration: cost_cny_per_mw must be >= 0")
        if not (np.isfinite(self.payback_years) and self.payback_years > 0):
            err.append("migration: payback_years must be > 0")
        return err


def status_quo_keys(
    m: Migration, region_ids: ArrayLike, class_ids: ArrayLike, site_ids: ArrayLike
) -> tuple[NDArray[np.int64], NDArray[np.float64], int]:
    """Status quo as sorted flat keys ``(p*K + k)*S + s`` of a problem and their MW (summed
    over duplicates); also the number of flows whose ids the problem does not have."""
    maps = [
        {str(v): i for i, v in enumerate(np.asarray(ids).tolist())}
        for ids in (region_ids, class_ids, site_ids)
    ]
    p, k, s = (
        np.array([mp.get(v, -1) for v in own.tolist()], dtype=np.int64)
        for mp, own in zip(maps, (m.region, m.klass, m.site), strict=True)
    )
    ok = (p >= 0) & (k >= 0) & (s >= 0) & (m.mw > 0)
    n_k, n_s = len(maps[1]), len(maps[2])
    keys, inverse = np.unique((p[ok] * n_k + k[ok]) * n_s + s[ok], return_inverse=True)
    mw = np.bincount(inverse, m.mw[ok], len(keys)).astype(np.float64)
    return keys.astype(np.int64), mw, int(np.count_nonzero((m.mw > 0) & ~ok))


def gone_flows(
    m: Migration, region_ids: ArrayLike, class_ids: ArrayLike, site_ids: ArrayLike
) -> tuple[NDArray[np.int64], NDArray[np.float64]]:
    """Status-quo flows whose region and class the problem has but whose site it does not
    (the site was removed): their demand row ``p*K + k`` and MW (they must leave)."""
    r = {str(v): i for i, v in enumerate(np.asarray(region_ids).tolist())}
    k = {str(v): i for i, v in enumerate(np.asarray(class_ids).tolist())}
    s = {str(v) for v in np.asarray(site_ids).tolist()}
    p_ix = np.array([r.get(v, -1) for v in m.region.tolist()], dtype=np.int64)
    k_ix = np.array([k.get(v, -1) for v in m.klass.tolist()], dtype=np.int64)
    gone = np.array([v not in s for v in m.site.tolist()], dtype=bool)
    ok = (p_ix >= 0) & (k_ix >= 0) & gone & (m.mw > 0)
    return (p_ix[ok] * len(k) + k_ix[ok]).astype(np.int64), m.mw[ok].astype(np.float64)


@dataclass
class MigrationTerms:
    """What :func:`define_migration` adds to the LP (indices into the admissible pairs)."""

    stay_pair: NDArray[np.int64]
    """Pair index of each stay column (non-frozen status-quo flows on admissible pairs)."""
    stay_upper_mw: NDArray[np.float64]
    pair_upper_mw: NDArray[np.float64]
    """Upper bound of each pair column: inf, or the status-quo MW for a frozen class."""
    pair_status_quo_mw: NDArray[np.float64]
    leave_row: NDArray[np.int64]
    """Demand row of every non-frozen status-quo flow (the MW the charge is on)."""
    leave_site: NDArray[np.int64]
    """Its site (-1: a site the problem no longer has)."""
    leave_pair: NDArray[np.int64]
    """Its pair index (-1: no longer admissible, or its site is gone)."""
    leave_mw: NDArray[np.float64]
    objective_offset: float
    """``m x sum leave_mw``, CNY per year: with the stay columns at ``cost - m``, the
    objective is the serving cost plus the charge on the MW that leave."""
    flags: list[str]


def freeze_mask(
    adm: NDArray[np.bool_], m: Migration, class_ids: list[str], keys: NDArray[np.int64]
) -> NDArray[np.bool_]:
    """``adm`` (P, K, S) with frozen classes restricted to their status-quo pairs."""
    frozen = [k for k, cid in enumerate(class_ids) if cid in m.frozen_classes]
    if not frozen:
        return adm
    flat = np.zeros(adm.size, dtype=bool)
    flat[keys] = True
    keep = flat.reshape(adm.shape)
    out = adm.copy()
    out[:, frozen, :] &= keep[:, frozen, :]
    return out


def define_migration(
    m: Migration,
    class_ids: list[str],
    pair_key: NDArray[np.int64],
    pair_class: NDArray,
    keys: NDArray[np.int64],
    mw: NDArray[np.float64],
    n_sites: int,
    gone_row: NDArray[np.int64] | None = None,
    gone_mw: NDArray[np.float64] | None = None,
) -> MigrationTerms:
    """Stay columns, pair bounds, the status-quo flows the charge is on and the objective
    offset, for the pairs ``pair_key`` (sorted); ``keys``/``mw`` the status quo on sites of
    the problem (:func:`status_quo_keys`), ``gone_row``/``gone_mw`` on sites it no longer has
    (:func:`gone_flows`)."""
    n = len(pair_key)
    pos = np.minimum(np.searchsorted(pair_key, keys), max(n - 1, 0))
    found = (pair_key[pos] == keys) if n else np.zeros(len(keys), dtype=bool)
    sq = np.zeros(n)
    sq[pos[found]] = mw[found]
    frozen_k = np.array([cid in m.frozen_classes for cid in class_ids], dtype=bool)
    frozen_pair = frozen_k[pair_class] if n else np.zeros(0, dtype=bool)
    charge = m.annual_cny_per_mw_year
    flags = []
    if not found.all():
        flags.append(
            f"status quo: {np.count_nonzero(~found)} flows are no longer admissible "
            f"({mw[~found].sum():,.1f} MW must move)"
        )
    g_row = np.zeros(0, dtype=np.int64) if gone_row is None else gone_row
    g_mw = np.zeros(0) if gone_mw is None else gone_mw
    n_k = max(len(class_ids), 1)
    row = keys // n_sites
    live = ~frozen_k[row % n_k] if len(keys) else np.zeros(0, dtype=bool)
    g_live = ~frozen_k[g_row % n_k] if len(g_row) else np.zeros(0, dtype=bool)
    leave_mw = np.concatenate([mw[live], g_mw[g_live]]).astype(np.float64)
    stay = pos[found & live] if charge > 0 else np.zeros(0, dtype=np.int64)
    return MigrationTerms(
        stay_pair=stay.astype(np.int64), stay_upper_mw=sq[stay],
        pair_upper_mw=np.where(frozen_pair, sq, np.inf), pair_status_quo_mw=sq,
        leave_row=np.concatenate([row[live], g_row[g_live]]).astype(np.int64),
        leave_site=np.concatenate([keys[live] % n_sites,
                                   np.full(np.count_nonzero(g_live), -1)]).astype(np.int64),
        leave_pair=np.concatenate([np.where(found, pos, -1)[live],
                                   np.full(np.count_nonzero(g_live), -1)]).astype(np.int64),
        leave_mw=leave_mw, objective_offset=float(charge * leave_mw.sum()), flags=flags,
    )  # fmt: skip
