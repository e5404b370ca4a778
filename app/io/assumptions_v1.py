"""The ``[assumptions]`` and ``[overrides]`` tables of scenario format version 1: the
scenario's year, prices and rack density, today's shares (via :mod:`app.io.status_quo_v1`)
and the province and cluster overrides, read and written for :mod:`app.io.scenario_v1`;
documented in ``docs/scenario-format.md``."""

from __future__ import annotations

from typing import Any

from app.domain.assumptions import AllocationAssumptions
from app.domain.ranges import ASSUMPTION, CLUSTER_MW
from app.domain.text import tr
from app.engine.allocation.allocation import WorkloadClass
from app.engine.allocation.demand import BASE_YEAR
from app.engine.allocation.network import default_tiers
from app.io.checks import Checker, key_path, show
from app.io.status_quo_v1 import STATUS_QUO_KEYS, status_quo_assumptions, status_quo_sections
from app.io.toml_names import (
    CLUSTER_OVERRIDES,
    PROVINCE_OVERRIDES,
    cluster_ids,
    province_names,
    toml_key,
)

ASSUMPTION_KEYS = (
    "year",
    "carbon_price_cny_per_t",
    "kw_per_rack",
    "stock_pue",
    "bandwidth_price_cny_per_km_year",
    "token_cost_includes_capex",
    *STATUS_QUO_KEYS,
)
#: Years a scenario may be set in (demand grows from the base year; issue 17).
YEAR_RANGE = (BASE_YEAR, 2060)


# ---- reading -------------------------------------------------------------------------------
def read_assumptions(
    doc: dict[str, Any],
    check: Checker,
    a: AllocationAssumptions,
    classes: tuple[WorkloadClass, ...],
) -> dict[str, Any]:
    """The ``AllocationAssumptions`` fields ``[assumptions]`` and ``[overrides]`` set;
    ``classes`` are the scenario's workload classes (today's shares name them)."""
    return {
        **_assumptions(doc, check, a),
        **_overrides(doc, check),
        **status_quo_assumptions(doc.get("assumptions", {}), check, a, classes),
    }


def _assumptions(
    doc: dict[str, Any],
    check: Checker,
    a: AllocationAssumptions,
) -> dict[str, Any]:
    tbl = check.table(doc.get("assumptions", {}), "assumptions", ASSUMPTION_KEYS)
    where = "assumptions"
    return {
        "year": _year(tbl, check, where, a.year),
        "carbon_price_cny_per_t": check.number(
            tbl,
            "carbon_price_cny_per_t",
            where,
            a.carbon_price_cny_per_t,
            **ASSUMPTION["carbon_price_cny_per_t"].keywords(),
        ),
        "kw_per_rack": check.number(
            tbl, "kw_per_rack", where, a.kw_per_rack, **ASSUMPTION["kw_per_rack"].keywords()
        ),
        "stock_pue": check.number(
            tbl, "stock_pue", where, a.stock_pue, **ASSUMPTION["stock_pue"].keywords()
        ),
        "bandwidth_price_cny_per_km_year": _tier_prices(tbl, check, where),
        "token_cost_includes_capex": check.boolean(
            tbl, "token_cost_includes_capex", where, a.token_cost_includes_capex
        ),
    }


def _year(tbl: dict[str, Any], check: Checker, where: str, default: int) -> int:
    """``[assumptions] year``: the scenario's year, from the base year to 2060."""
    year = check.integer(tbl, "year", where, default)
    low, high = YEAR_RANGE
    if year is None or not low <= year <= high:
        if year is not None:
            check.add(
                key_path(where, "year"),
                tr("must be a year from {low} to {high}, got {value}").format(
                    low=low, high=high, value=show(year)
                ),
            )
        return default
    return int(year)


def _tier_prices(tbl: dict[str, Any], check: Checker, where: str) -> dict[str, float]:
    """Optional ``[assumptions.bandwidth_price_cny_per_km_year]``: tier name -> price > 0."""
    tier_key = "bandwidth_price_cny_per_km_year"
    path = f"{where}.{tier_key}"
    prices = check.table(
        tbl.get("bandwidth_price_cny_per_km_year", {}), path, tuple(default_tiers())
    )
    return {
        name: check.number(prices, name, path, **ASSUMPTION[tier_key].keywords())
        for name in prices
        if name in default_tiers()
    }


def _overrides(doc: dict[str, Any], check: Checker) -> dict[str, Any]:
    tbl = check.table(doc.get("overrides", {}), "overrides", ("provinces", "clusters"))
    out: dict[str, dict] = {name: {} for name, _ in PROVINCE_OVERRIDES.values()}
    names = province_names()
    seen: dict[int, str] = {}  # adcode -> key path of its first table
    provinces = check.table(tbl.get("provinces", {}), "overrides.provinces", None)
    for key, value in provinces.items():
        path = key_path("overrides.provinces", key)
        code = names.get(key.strip().lower()) if names else _adcode(key)
        if code is None:
            check.add(
                path,
                "unknown province; use its adcode (e.g. 510000) or its name as in "
                "data/provinces.csv (e.g. Sichuan)",
            )
            continue
        if code in seen:
            check.add(path, tr("the same province as {other}").format(other=seen[code]))
        seen[code] = path
        body = check.table(value, path, tuple(PROVINCE_OVERRIDES))
        for file_key, (name, bounds) in PROVINCE_OVERRIDES.items():
            number = check.number(body, file_key, path, None, **bounds.keywords())
            if number is not None:
                out[name][code] = number
    out.update({name: {} for name in CLUSTER_OVERRIDES.values()})
    clusters = check.table(tbl.get("clusters", {}), "overrides.clusters", None)
    for key, value in clusters.items():
        path = key_path("overrides.clusters", key)
        if cluster_ids() and key not in cluster_ids():
            check.unknown_key(path, key, cluster_ids())
            continue
        body = check.table(value, path, tuple(CLUSTER_OVERRIDES))
        for file_key, name in CLUSTER_OVERRIDES.items():
            number = check.number(body, file_key, path, None, **CLUSTER_MW.keywords())
            if number is not None:
                out[name][key] = number
    return out


def _adcode(key: str) -> int | None:
    return int(key) if key.isdigit() and len(key) == 6 else None


# ---- writing -------------------------------------------------------------------------------
def assumption_sections(a: AllocationAssumptions) -> list[tuple[str, dict[str, Any]]]:
    """``[assumptions]`` (today's share keys included), its bandwidth prices, today's share
    tables and the ``[overrides]`` tables, in the order the file lists them."""
    status_quo = status_quo_sections(a)
    body: dict[str, Any] = {
        "year": int(a.year),
        "carbon_price_cny_per_t": float(a.carbon_price_cny_per_t),
        "kw_per_rack": float(a.kw_per_rack),
        "token_cost_includes_capex": bool(a.token_cost_includes_capex),
        **({} if a.stock_pue is None else {"stock_pue": float(a.stock_pue)}),  # None: by province
        **status_quo[0][1],
    }
    sections: list[tuple[str, dict[str, Any]]] = [("[assumptions]", body)]
    if a.bandwidth_price_cny_per_km_year:
        sections.append(
            (
                "[assumptions.bandwidth_price_cny_per_km_year]",
                {k: float(v) for k, v in a.bandwidth_price_cny_per_km_year.items()},
            )
        )
    return sections + status_quo[1:] + _override_sections(a)


def _override_sections(a: AllocationAssumptions) -> list[tuple[str, dict[str, Any]]]:
    provinces: dict[int, dict[str, float]] = {}
    for file_key, (name, _) in PROVINCE_OVERRIDES.items():
        for code, value in getattr(a, name).items():
            provinces.setdefault(int(code), {})[file_key] = float(value)
    out = [(f"[overrides.provinces.{code}]", provinces[code]) for code in sorted(provinces)]
    clusters: dict[str, dict[str, float]] = {}
    for file_key, name in CLUSTER_OVERRIDES.items():
        for cid, mw in getattr(a, name).items():
            clusters.setdefault(str(cid), {})[file_key] = float(mw)
    out += [(f"[overrides.clusters.{toml_key(cid)}]", clusters[cid]) for cid in sorted(clusters)]
    return out
