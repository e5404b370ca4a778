"""Migration friction: moving demand away from where it is served today costs money once.

The status quo (:mod:`app.engine.references.status_quo`) says how many MW of each region's class are
served at each site today. The allocation LP then charges a one-off migration cost per MW moved
away from it, annualised over a payback period (``cost / payback_years`` per MW-year: a move is
made only if its yearly saving repays its one-off cost within the payback period). Written as an
LP with one extra column per status-quo flow (see :func:`define_migration`)::

    x_pks = s_pks + z_pks,   0 <= s_pks <= q_pks   ("stay", cost c_pks)
                                        z_pks >= 0 ("move in", cost c_pks + m)

Every ordinary flow column is a "move in" column (cost + m); the stay columns are few (one per
status-quo flow) and sit next to the unserved columns, so column generation over the
admissible pairs and the warm starts work as before. At the optimum the moved MW are
``sum max(0, x - q)``, the MW each (region, class) serves at a site beyond what it served there
today. A frozen class keeps its status quo: only its status-quo pairs are admissible, each
bounded by its status-quo MW (demand it cannot keep there, e.g. a removed site, goes unserved).
Demand that no site serves today and one serves in the scenario counts as moved (and is
charged) too: the status quo leaves demand unserved only where no existing site may take it.
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


@dataclass
class MigrationTerms:
    """What :func:`define_migration` adds to the LP (indices into the admissible pairs)."""

    stay_pair: NDArray[np.int64]
    """Pair index of each stay column (non-frozen status-quo flows on admissible pairs)."""
    stay_upper_mw: NDArray[np.float64]
    pair_upper_mw: NDArray[np.float64]
    """Upper bound of each pair column: inf, or the status-quo MW for a frozen class."""
    pair_status_quo_mw: NDArray[np.float64]
    pair_charge: NDArray[np.float64]
    """Migration charge added to each pair column's cost, CNY per MW-year."""
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
) -> MigrationTerms:
    """Stay columns, pair bounds and charges for the pairs ``pair_key`` (sorted)."""
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
    stay = pos[found][~frozen_pair[pos[found]]] if charge > 0 else np.zeros(0, dtype=np.int64)
    return MigrationTerms(
        stay_pair=stay.astype(np.int64), stay_upper_mw=sq[stay],
        pair_upper_mw=np.where(frozen_pair, sq, np.inf), pair_status_quo_mw=sq,
        pair_charge=np.where(frozen_pair, 0.0, charge), flags=flags,
    )  # fmt: skip
