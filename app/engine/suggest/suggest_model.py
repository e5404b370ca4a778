"""The site-suggestion mixed-integer program on HiGHS (see :mod:`app.engine.suggest.suggest`).

The allocation LP of the scenario (same demand, latency, residency, capacity, status quo and
migration friction: the charge on the MW that leave today's halls, in its stay columns and
objective offset) gets one extra supply site per candidate location, costing only transport
per MW served. Per option ``j`` (a location with a cooling technology
and a facility class) three columns are added:

- ``z[j]`` MW served by the option, at its marginal cost (energy at the marginal PUE, carbon);
- ``n[j]`` integer number of size steps built, at ``step x`` its fixed cost per rated MW
  (capex annuity, load-independent energy and its carbon);
- ``y[j]`` binary, built or not.

Rows: the location's capacity row becomes ``flows - sum z <= 0``; ``z <= step n``;
``min_steps y <= n <= max_steps y``; ``sum step n = add_mw``; ``sum y <= max_sites``; at most one
option per location; optional water caps per site and per province. With ``y`` and ``n`` fixed
the program is the scenario's own LP with those sites placed, plus their fixed costs: its
objective is what :func:`app.engine.evaluate.evaluate` charges for the same plan.
"""

from __future__ import annotations

from dataclasses import dataclass

import highspy
import numpy as np
from numpy.typing import NDArray

from app.engine.allocation.allocation_build import BuiltModel
from app.engine.suggest.suggest_candidates import Option


@dataclass(frozen=True)
class Limits:
    """What the planner asks for: MW to add in steps of ``step_mw`` (each built site between
    ``min_mw`` and ``max_mw``), at most ``max_sites`` sites; water caps in m3 per year."""

    add_mw: float
    max_sites: int
    step_mw: float
    min_mw: float
    max_mw: float
    water_m3_per_site: float | None = None
    water_m3_per_province: float | None = None


@dataclass
class SuggestModel:
    """The MIP as one ``highspy.HighsLp`` plus the column offsets of ``z``, ``n``, ``y``."""

    lp: highspy.HighsLp
    n_base: int
    n_options: int
    location_of: NDArray[np.int64]
    limits: Limits

    @property
    def z(self) -> slice:
        return slice(self.n_base, self.n_base + self.n_options)

    @property
    def n(self) -> slice:
        return slice(self.n_base + self.n_options, self.n_base + 2 * self.n_options)

    @property
    def y(self) -> slice:
        return slice(self.n_base + 2 * self.n_options, self.n_base + 3 * self.n_options)


def _coo_to_csc(rows, cols, vals, n_cols: int):
    order = np.lexsort((rows, cols))
    rows, cols, vals = rows[order], cols[order], vals[order]
    start = np.zeros(n_cols + 1, dtype=np.int64)
    np.add.at(start, cols + 1, 1)
    return np.cumsum(start).astype(np.int32), rows.astype(np.int32), vals.astype(float)


def build_model(b: BuiltModel, first_location_site: int, options: list[Option], lim: Limits):
    """The MIP of :mod:`this module <app.engine.suggest.suggest_model>`: ``b`` is the scenario's LP
    with one zero-cost site per location, the first at site index ``first_location_site``."""
    base = b.to_lp()
    n_base, m_base, n_opt = base.num_col_, base.num_row_, len(options)
    loc = np.array([o.location for o in options], dtype=np.int64)
    step = float(lim.step_mw)
    max_steps = np.full(n_opt, np.floor(lim.max_mw / step + 1e-9))
    min_steps = np.full(n_opt, np.ceil(lim.min_mw / step - 1e-9))
    water = np.array([o.water_m3_per_mw for o in options])
    if lim.water_m3_per_site is not None:  # a site's water at full load within the cap
        with np.errstate(divide="ignore"):
            cap_steps = np.floor(lim.water_m3_per_site / (water * step) + 1e-9)
        max_steps = np.minimum(max_steps, np.where(water > 0, cap_steps, max_steps))
    j = np.arange(n_opt)
    cz, cn, cy = n_base + j, n_base + n_opt + j, n_base + 2 * n_opt + j
    r_link, r_upper, r_lower = m_base + j, m_base + n_opt + j, m_base + 2 * n_opt + j
    r_total, r_count = m_base + 3 * n_opt, m_base + 3 * n_opt + 1
    n_loc = int(loc.max()) + 1 if n_opt else 0
    r_loc = r_count + 1 + np.arange(n_loc)
    site_row = b.n_demand + first_location_site + loc
    provinces = sorted({o.inputs.province_adcode or 0 for o in options})
    prov_index = {p: i for i, p in enumerate(provinces)}
    n_water_rows = len(provinces) if lim.water_m3_per_province is not None else 0
    r_water = r_count + 1 + n_loc + np.arange(n_water_rows)
    parts = [
        (site_row, cz, -np.ones(n_opt)),  # the location's flows are served by its options
        (r_link, cz, np.ones(n_opt)),  # z - step n <= 0
        (r_link, cn, -step * np.ones(n_opt)),
        (r_upper, cn, np.ones(n_opt)),  # n - max y <= 0
        (r_upper, cy, -max_steps),
        (r_lower, cn, np.ones(n_opt)),  # n - min y >= 0
        (r_lower, cy, -min_steps),
        (np.full(n_opt, r_total), cn, step * np.ones(n_opt)),
        (np.full(n_opt, r_count), cy, np.ones(n_opt)),
        (r_loc[loc], cy, np.ones(n_opt)),
    ]
    if n_water_rows:
        prov = np.array([prov_index[o.inputs.province_adcode or 0] for o in options])
        parts.append((r_water[prov], cn, water * step))
    rows = np.concatenate([p[0] for p in parts])
    cols = np.concatenate([p[1] for p in parts])
    vals = np.concatenate([p[2] for p in parts])
    # Base columns as COO, then everything as one column-wise matrix.
    bstart = np.asarray(base.a_matrix_.start_)
    brow = np.asarray(base.a_matrix_.index_)
    bcol = np.repeat(np.arange(n_base), np.diff(bstart))
    bval = np.asarray(base.a_matrix_.value_)
    n_col = n_base + 3 * n_opt
    n_row = r_count + 1 + n_loc + n_water_rows
    start, index, value = _coo_to_csc(
        np.concatenate([brow, rows]), np.concatenate([bcol, cols]),
        np.concatenate([bval, vals]), n_col,
    )  # fmt: skip
    row_upper = np.concatenate([np.asarray(base.row_upper_), np.zeros(n_row - m_base)])
    row_lower = np.concatenate([np.asarray(base.row_lower_), np.full(n_row - m_base, -np.inf)])
    row_upper[site_row] = 0.0  # capacity comes from the options built there
    row_lower[r_lower] = 0.0
    row_upper[r_lower] = np.inf
    row_lower[r_total] = row_upper[r_total] = float(lim.add_mw)
    row_upper[r_count] = float(lim.max_sites)
    row_upper[r_loc] = 1.0
    if lim.water_m3_per_province is not None and n_water_rows:
        row_upper[r_water] = float(lim.water_m3_per_province)
    lp = highspy.HighsLp()
    lp.num_col_, lp.num_row_ = n_col, n_row
    lp.offset_ = base.offset_  # the migration charge on today's MW (stay columns credit it)
    lp.col_cost_ = np.concatenate(
        [
            np.asarray(base.col_cost_),
            [o.marginal_cny_per_mw for o in options],
            [o.fixed_cny_per_mw * step for o in options],
            np.zeros(n_opt),
        ]
    )
    lp.col_lower_ = np.zeros(n_col)
    lp.col_upper_ = np.concatenate(
        [np.asarray(base.col_upper_), np.full(n_opt, np.inf), max_steps, np.ones(n_opt)]
    )
    lp.row_lower_, lp.row_upper_ = row_lower, row_upper
    lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    lp.a_matrix_.num_col_, lp.a_matrix_.num_row_ = n_col, n_row
    lp.a_matrix_.start_, lp.a_matrix_.index_, lp.a_matrix_.value_ = start, index, value
    integrality = np.full(n_col, highspy.HighsVarType.kContinuous)
    integrality[n_base + n_opt :] = highspy.HighsVarType.kInteger
    lp.integrality_ = list(integrality)
    return SuggestModel(lp, n_base, n_opt, loc, lim)


__all__ = ["Limits", "SuggestModel", "build_model"]
