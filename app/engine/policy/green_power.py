"""Every data centre of one solved allocation as a row of energy and green power, and the
green-power accounting on two bases that are never mixed.

*Location-based*: each site counts its province's grid mix - the renewable share of the
province's consumption (its 2023 renewable consumption responsibility weight,
``data/grid_renewables.csv``) and the grid emission factor (MEE/NBS 2023, the atlas). *Market-based*:
each site counts what it buys - its declared ``green_share`` (PPAs, green certificates) is
renewable and carbon-free, the rest carries the grid factor. The stock and the clusters declare
nothing. Energies MWh a year, carbon tCO2.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from app.datasets.targets import province_renewable_share
from app.engine.allocation.allocation import NATIONAL_EMISSION_KG_PER_KWH, AllocationResult
from app.engine.costs.site_energy import HOURS_PER_YEAR

UNIT_COLUMNS = (
    "scope", "name", "kind", "province", "hub", "capacity_mw", "load_mw", "energy_mwh",
    "it_mwh", "green_share", "renewable_share", "grid_ef", "pue_p5", "pue_p95",
)  # fmt: skip


def unit_table(result: AllocationResult, sites: list, hub_region: dict[str, str]) -> pd.DataFrame:
    """One row per data centre the allocation loads: ``kind`` "stock", "cluster" or "placed";
    placed sites carry their solved figures (fixed energy included) and PUE band, the rest the
    LP's energy at their load, their halls' fixed energy included (``result.site_energy``;
    ``sites``: the evaluation's ``SiteEvaluation`` list)."""
    pb = result.problem
    s = pb.sites
    hours = pb.hours_per_year or HOURS_PER_YEAR
    load = np.nan_to_num(np.asarray(result.site_load_mw, float))
    placed = {e.site.id: e for e in sites if e.solved is not None}
    site_energy = result.site_energy["energy_mwh"].to_numpy(float)
    renewable = province_renewable_share()
    rows = []
    for i, sid in enumerate(s.ids.tolist()):
        sid = str(sid)
        kind = "stock" if sid.startswith("stock:") else "placed"
        kind = "cluster" if sid.startswith("cluster:") else kind
        code = int(s.province_id[i]) if str(s.province_id[i]).isdigit() else 0
        energy = float(site_energy[i])
        green, p5, p95, ef = 0.0, math.nan, math.nan, _grid_factor(s, i)
        if sid in placed:  # a failed solve has none: load 0, no figures
            e = placed[sid]
            energy, green = e.solved.energy_mwh, e.site.green_share
            ef = e.inputs.grid_factor_kg_per_kwh or NATIONAL_EMISSION_KG_PER_KWH
            p5, p95 = _band_at_solved(e)
        rows.append((
            sid, str(s.names[i]), kind, code, str(s.hub_id[i]) if s.hub_id is not None else "",
            float(s.capacity_mw[i]), float(load[i]), energy, float(load[i] * hours), green,
            renewable.get(code, math.nan), math.nan if ef is None else float(ef), p5, p95,
        ))  # fmt: skip
    table = pd.DataFrame(rows, columns=list(UNIT_COLUMNS))
    table["hub_region"] = [hub_region.get(h, "") for h in table["hub"]]
    return table


def _grid_factor(s, i: int) -> float:
    """The LP's factor of a stock or cluster site: its province grid's (they buy no green),
    the national average where the province has none (as the LP counts it, flagged there)."""
    ef = math.nan if s.emission_kg_per_kwh is None else float(s.emission_kg_per_kwh[i])
    return ef if math.isfinite(ef) else NATIONAL_EMISSION_KG_PER_KWH


def _band_at_solved(e) -> tuple[float, float]:
    """The design-point PUE band moved to the solved PUE (same spread, the class's parameter
    uncertainty; the band is computed once per site at its design utilisation)."""
    m, pue = e.metrics, e.solved.pue
    central = getattr(m, "annual_pue", math.nan)
    p5, p95 = getattr(m, "pue_p5", math.nan), getattr(m, "pue_p95", math.nan)
    if pue is None or not all(map(math.isfinite, (central, p5, p95))):
        return math.nan, math.nan
    return pue + p5 - central, pue + p95 - central


@dataclass(frozen=True)
class Green:
    """Green share (0-1) and carbon (tCO2) of a set of data centres on both bases; None
    where unknown (no energy, or a province without a published figure)."""

    energy_mwh: float
    share_location: float | None
    share_market: float | None
    carbon_t_location: float | None
    carbon_t_market: float | None


def green(rows: pd.DataFrame) -> Green:
    """The accounting of ``rows`` (a slice of :func:`unit_table`), energy-weighted
    (MWh x kg/kWh = t)."""
    e = rows["energy_mwh"].to_numpy(float)
    total = float(e.sum())
    if total <= 0:
        return Green(total, None, None, None, None)
    w, g, ef = (rows[c].to_numpy(float) for c in ("renewable_share", "green_share", "grid_ef"))
    known_w = np.isfinite(w)
    share_loc = float((e * w)[known_w].sum() / e[known_w].sum()) if e[known_w].sum() > 0 else None
    carbon_ok = bool(np.isfinite(ef).all())
    return Green(
        energy_mwh=total,
        share_location=share_loc,
        share_market=float((e * g).sum() / total),
        carbon_t_location=float((e * ef).sum()) if carbon_ok else None,
        carbon_t_market=float((e * (1.0 - g) * ef).sum()) if carbon_ok else None,
    )


def green_table(units: pd.DataFrame) -> pd.DataFrame:
    """The nation and each placed site on both bases (the report's and the dock's table);
    a site alone is its own share and factor (computed as columns: 2,000 sites stay fast)."""
    nation = {"scope": "national", "name": "", **green(units).__dict__}
    p = units[units["kind"] == "placed"]
    e = p["energy_mwh"]
    has = e > 0
    sites = pd.DataFrame({
        "scope": p["scope"], "name": p["name"], "energy_mwh": e,
        "share_location": p["renewable_share"].where(has),
        "share_market": p["green_share"].where(has),
        "carbon_t_location": e * p["grid_ef"],
        "carbon_t_market": e * (1.0 - p["green_share"]) * p["grid_ef"],
    })  # fmt: skip
    return pd.concat([pd.DataFrame([nation]), sites], ignore_index=True)
