"""The ``[demand]`` table and its ``[[demand.classes]]`` of scenario format version 1: the
national total, its regional proxy and the workload classes, read and written for
:mod:`app.io.scenario_v1`; documented in ``docs/scenario-format.md``."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from app.domain.assumptions import AllocationAssumptions
from app.domain.ranges import ASSUMPTION, WORKLOAD_CLASS
from app.domain.text import tr
from app.engine.allocation.allocation import RESIDENCIES, WorkloadClass
from app.engine.allocation.network import default_tiers
from app.io.checks import Checker, show

DEMAND_KEYS = ("national_it_mw", "proxy", "classes")
DEMAND_PROXIES = ("gdp_2023_billion_cny", "population_2023_million")
CLASS_KEYS = tuple(f.name for f in fields(WorkloadClass))

_CLASS_DEFAULT = {f.name: f.default for f in fields(WorkloadClass)}


def read_demand(doc: dict[str, Any], check: Checker, a: AllocationAssumptions) -> dict[str, Any]:
    """The ``AllocationAssumptions`` fields ``[demand]`` sets (``classes`` only when given)."""
    tbl = check.table(doc.get("demand", {}), "demand", DEMAND_KEYS)
    out: dict[str, Any] = {
        "national_it_mw": check.number(
            tbl,
            "national_it_mw",
            "demand",
            a.national_it_mw,
            **ASSUMPTION["national_it_mw"].keywords(),
        ),
        "demand_proxy": check.choice(
            tbl, "proxy", "demand", DEMAND_PROXIES, a.demand_proxy, "demand proxy"
        ),
    }
    classes = check.tables(tbl, "classes", "demand", CLASS_KEYS)
    if classes is not None:
        out["classes"] = tuple(_workload_class(t, path, check) for path, t in classes)
        ids = [c.id for c in out["classes"]]
        for (path, _), cid in zip(classes, ids, strict=True):
            if ids.count(cid) > 1:
                check.add(f"{path}.id", tr("duplicate class id {id}").format(id=show(cid)))
        if not classes:
            check.add("demand.classes", tr("must have at least one class"))
        elif sum(c.share for c in out["classes"]) <= 0:
            check.add("demand.classes", tr("the shares must add up to more than 0"))
    return out


def _workload_class(tbl: dict[str, Any], path: str, check: Checker) -> WorkloadClass:
    d, num = _CLASS_DEFAULT, check.number
    bounds = {name: r.keywords() for name, r in WORKLOAD_CLASS.items()}
    cid = check.string(tbl, "id", path, non_empty=True, one_line=True) or ""
    return WorkloadClass(
        id=cid,
        label=check.string(tbl, "label", path, cid, one_line=True),
        latency_limit_ms=num(tbl, "latency_limit_ms", path, None, **bounds["latency_limit_ms"]),
        residency=check.choice(tbl, "residency", path, RESIDENCIES, d["residency"], "residency"),
        bandwidth_gbps_per_mw=num(
            tbl,
            "bandwidth_gbps_per_mw",
            path,
            d["bandwidth_gbps_per_mw"],
            **bounds["bandwidth_gbps_per_mw"],
        ),
        share=num(tbl, "share", path, d["share"], **bounds["share"]),
        bandwidth_tier=check.choice(
            tbl,
            "bandwidth_tier",
            path,
            tuple(default_tiers()),
            d["bandwidth_tier"],
            "bandwidth tier",
        ),
    )


def demand_sections(a: AllocationAssumptions) -> list[tuple[str, dict[str, Any]]]:
    """``[demand]`` and one ``[[demand.classes]]`` per workload class."""
    sections = [("[demand]", {"national_it_mw": float(a.national_it_mw), "proxy": a.demand_proxy})]
    return sections + [("[[demand.classes]]", _class_dict(c)) for c in a.classes]


def _class_dict(c: WorkloadClass) -> dict[str, Any]:
    out: dict[str, Any] = {"id": c.id, "label": c.label}
    if c.latency_limit_ms is not None:
        out["latency_limit_ms"] = float(c.latency_limit_ms)
    out.update(
        residency=c.residency,
        bandwidth_gbps_per_mw=float(c.bandwidth_gbps_per_mw),
        share=float(c.share),
        bandwidth_tier=c.bandwidth_tier,
    )
    return out
