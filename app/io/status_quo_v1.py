"""Scenario format v1: the ``[assumptions]`` keys of today's status quo and migration friction.

Read and written by :mod:`app.io.scenario_v1`; documented in ``docs/scenario-format.md``
(``stock_utilisation``, ``cluster_utilisation``, ``migration_cost_cny_per_mw``,
``payback_years``, ``frozen_classes``, ``retire_idle_halls`` and ``[assumptions.status_quo_shares.<region>.<class>]``).
"""

from __future__ import annotations

from typing import Any

from app.domain.assumptions import AllocationAssumptions
from app.domain.text import tr
from app.domain.workload import WorkloadClass
from app.io.checks import Checker, key_path, show

STATUS_QUO_KEYS = ("stock_utilisation", "cluster_utilisation", "migration_cost_cny_per_mw",
                   "payback_years", "frozen_classes", "status_quo_shares", "retire_idle_halls")  # fmt: skip
MAX_MIGRATION_COST = 1e9
"""CNY per MW moved: 17x the dearest sensible case (60 M, servers bought anew); beyond it the
figure is a typo, and 1e300 would turn the totals into noise."""
_RANGES: dict[str, dict[str, Any]] = {
    "stock_utilisation": {"gt": 0.0, "le": 1.0},
    "cluster_utilisation": {"ge": 0.0, "le": 1.0},
    "migration_cost_cny_per_mw": {"ge": 0.0, "le": MAX_MIGRATION_COST, "unit": "CNY/MW"},
    "payback_years": {"gt": 0.0, "le": 100.0, "unit": "years"},
}
_WHERE = "assumptions"


def status_quo_assumptions(
    tbl: object, check: Checker, a: AllocationAssumptions, classes: tuple[WorkloadClass, ...]
) -> dict[str, Any]:
    """The status-quo fields of ``AllocationAssumptions`` from the ``[assumptions]`` table."""
    if not isinstance(tbl, dict):
        return {}  # already reported by the caller
    out: dict[str, Any] = {
        key: check.number(tbl, key, _WHERE, getattr(a, key), **bounds)
        for key, bounds in _RANGES.items()
    }
    class_ids = [c.id for c in classes]
    frozen = check.strings(tbl, "frozen_classes", _WHERE) or ()
    for cid in frozen:
        if cid not in class_ids:
            check.add(
                key_path(_WHERE, "frozen_classes"),
                tr("unknown class {id}; choose from: {ids}").format(
                    id=show(cid), ids=", ".join(class_ids)
                ),
            )
    out["frozen_classes"] = tuple(c for c in frozen if c in class_ids)
    out["status_quo_shares"] = _shares(tbl, check, class_ids)
    out["retire_idle_halls"] = check.boolean(
        tbl, "retire_idle_halls", _WHERE, getattr(a, "retire_idle_halls", False)
    )
    return out


def _shares(tbl: dict, check: Checker, class_ids: list[str]) -> dict:
    """``[assumptions.status_quo_shares.<region>.<class>]``: site id = share of that demand
    served there today, each in [0, 1], together at most 1."""
    from app.io.toml_names import province_names  # the same province names as overrides

    path = key_path(_WHERE, "status_quo_shares")
    regions = check.table(tbl.get("status_quo_shares", {}), path, None)
    names = province_names()
    out: dict[tuple[str, str], dict[str, float]] = {}
    for region, by_class in regions.items():
        rpath = key_path(path, region)
        code = names.get(region.strip().lower())
        rid = str(code) if code is not None else region
        if code is None and names and not (rid.isdigit() and len(rid) == 6):
            check.add(rpath, tr("unknown region {region}: a province (name or adcode) or a "
                                "prefecture adcode").format(region=show(region)))  # fmt: skip
            continue
        for cid, sites in check.table(by_class, rpath, class_ids).items():
            cpath = key_path(rpath, cid)
            split = check.table(sites, cpath, None)
            shares = {sid: check.number(split, sid, cpath, None, ge=0.0, le=1.0)
                      for sid in split}  # fmt: skip
            shares = {k: v for k, v in shares.items() if v is not None}
            if sum(shares.values()) > 1.0 + 1e-9:
                total = f"{sum(shares.values()):g}"
                check.add(
                    cpath, tr("the shares add up to {total}, more than 1").format(total=total)
                )
            out[(rid, cid)] = shares
    return out


def check_share_sites(a: AllocationAssumptions, site_ids: set[str], check: Checker) -> None:
    """Each site a status-quo share names exists: a placed site's id, ``stock:<province
    adcode>`` or ``cluster:<cluster id>`` (whether it can serve that demand is the engine's
    flag: latency and residency depend on the network)."""
    from app.io.toml_names import cluster_ids, province_names

    provinces = {str(c) for c in province_names().values()}
    clusters = set(cluster_ids())
    for (region, cid), split in a.status_quo_shares.items():
        for sid in split:
            kind, _, rest = sid.partition(":")
            known = (
                (kind == "stock" and (rest in provinces or not provinces))
                or (kind == "cluster" and (rest in clusters or not clusters))
                or sid in site_ids
            )
            if not known:
                where = key_path(key_path(key_path(_WHERE, "status_quo_shares"), region), cid)
                check.add(key_path(where, sid), tr("no site {id}: a placed site's id, "
                          "stock:<province adcode> or cluster:<cluster id>").format(id=show(sid)))  # fmt: skip


def status_quo_sections(a: Any) -> list[tuple[str, dict[str, Any]]]:
    """TOML sections: first the ``[assumptions]`` keys, then one table per share split."""
    body: dict[str, Any] = {key: float(getattr(a, key)) for key in _RANGES}
    if a.frozen_classes:
        body["frozen_classes"] = list(a.frozen_classes)
    if a.retire_idle_halls:
        body["retire_idle_halls"] = True
    from app.io.toml_names import toml_key as _toml_key

    out = [("[assumptions]", body)]
    for (region, cid), split in sorted(a.status_quo_shares.items()):
        header = f"[assumptions.status_quo_shares.{_toml_key(region)}.{_toml_key(cid)}]"
        out.append((header, {sid: float(v) for sid, v in split.items()}))
    return out
