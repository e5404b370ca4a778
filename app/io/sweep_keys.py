"""Numeric keys of the scenario format as a sweep names them, and setting them in a document.

A key is the dotted path of a value in the file, with ``[<id>]`` picking an array entry by
its id: ``sites[ulanqab-1].capacity_mw``, ``demand.classes[training].share``,
``overrides.provinces.510000.tariff_cny_per_kwh``,
``assumptions.bandwidth_price_cny_per_km_year.100G``. The keys of ``data/assumptions.csv``
that name a class (``demand.class_share.<id>``, ``demand.class.<id>.<field>``) are accepted
as aliases. A sample is applied to a full document (the scenario as written, every default
spelled out) and read back with the format's own checks.
"""

from __future__ import annotations

import re
from typing import Any

from app.domain.sweep import PUE_BAND
from app.domain.text import tr
from app.io.toml_names import CLUSTER_OVERRIDES, PROVINCE_OVERRIDES, cluster_ids, province_names

_SEGMENT = re.compile(r"([^.\[\]]+)(?:\[([^\[\]]+)\])?")
SITE_NUMBERS = (
    "lon",
    "lat",
    "capacity_mw",
    "utilization",
    "tariff_cny_per_kwh",
    "green_share",
    "green_price_cny_per_kwh",
)
CLASS_NUMBERS = ("latency_limit_ms", "bandwidth_gbps_per_mw", "share")
ASSUMPTION_NUMBERS = (
    "year",
    "carbon_price_cny_per_t",
    "kw_per_rack",
    "stock_pue",
    "stock_utilisation",
    "cluster_utilisation",
    "migration_cost_cny_per_mw",
    "payback_years",
)
TIERS = ("10G", "100G", "400G")
#: Keys the format holds as integers: a sample is rounded to the nearest.
INTEGER_KEYS = {("assumptions", "year")}
TOP_NUMBERS = {
    ("demand", "national_it_mw"),
    ("solver", "unserved_penalty_cny_per_mw_year"),
}


class KeyProblem(ValueError):
    """A key the sweep cannot vary; the message says why in one sentence."""


def canonical(key: str) -> str:
    """``key`` with the aliases of data/assumptions.csv spelled as the format does."""
    parts = key.split(".")
    if len(parts) == 3 and parts[:2] == ["demand", "class_share"]:
        return f"demand.classes[{parts[2]}].share"
    if len(parts) == 4 and parts[:2] == ["demand", "class"]:
        return f"demand.classes[{parts[2]}].{parts[3]}"
    if len(parts) == 2 and parts[0].startswith("sites[") and parts[1] == "utilisation":
        return f"{parts[0]}.utilization"
    return key


def split_key(key: str) -> list[tuple[str, str | None]]:
    """``a.b[c].d`` -> [("a", None), ("b", "c"), ("d", None)]; KeyProblem if malformed."""
    parts = [_SEGMENT.fullmatch(p) for p in key.split(".")] if key else [None]
    if any(m is None for m in parts):
        raise KeyProblem(tr("{key} is not a key of the scenario format").format(key=repr(key)))
    return [(m.group(1), m.group(2)) for m in parts if m is not None]


def resolve(key: str, doc: dict[str, Any]) -> tuple[tuple[Any, ...], bool]:
    """The path of ``key`` (canonical) in ``doc`` and whether it is a site's PUE band; raises
    KeyProblem naming what is wrong (unknown key, no such site, class, province)."""
    segs = split_key(canonical(key))
    names = tuple(name for name, _ in segs)
    ids = [i for _, i in segs]
    if names in TOP_NUMBERS and not any(ids):
        return names, False
    if len(segs) == 2 and segs[0] == ("sites", ids[0]) and ids[0] and not ids[1]:
        field = names[1]
        if field not in (*SITE_NUMBERS, PUE_BAND):
            raise _not_numeric(key)
        _entry(doc.get("sites", []), ids[0], tr("site"))
        return ("sites", ids[0], field), field == PUE_BAND
    if names[:2] == ("demand", "classes") and len(segs) == 3 and ids[1] and not ids[2]:
        if names[2] not in CLASS_NUMBERS:
            raise _not_numeric(key)
        _entry(doc.get("demand", {}).get("classes", []), ids[1], tr("workload class"))
        return ("demand", "classes", ids[1], names[2]), False
    if any(ids):
        raise _not_numeric(key)
    return _plain(key, names), False


def _plain(key: str, names: tuple[str, ...]) -> tuple[Any, ...]:
    if len(names) == 2 and names[0] == "assumptions" and names[1] in ASSUMPTION_NUMBERS:
        return names
    bandwidth = ("assumptions", "bandwidth_price_cny_per_km_year")
    if names[:2] == bandwidth and len(names) == 3 and names[2] in TIERS:
        return names
    if names[:2] == ("overrides", "provinces") and len(names) == 4:
        code = province_names().get(names[2].lower(), province_names().get(names[2]))
        if code is None:
            raise KeyProblem(tr("{key}: no province {name}").format(key=key, name=names[2]))
        if names[3] in PROVINCE_OVERRIDES:
            return ("overrides", "provinces", str(code), names[3])
    if names[:2] == ("overrides", "clusters") and len(names) == 4:
        if names[2] not in cluster_ids():
            raise KeyProblem(tr("{key}: no cluster {name}").format(key=key, name=names[2]))
        if names[3] in CLUSTER_OVERRIDES:
            return names
    raise _not_numeric(key)


def _not_numeric(key: str) -> KeyProblem:
    return KeyProblem(tr("{key} is not a numeric key of the scenario format").format(key=repr(key)))


def _entry(items: Any, item_id: str, what: str) -> dict[str, Any]:
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict) and item.get("id") == item_id:
            return item
    raise KeyProblem(tr("no {what} with id {id}").format(what=what, id=repr(item_id)))


def set_value(doc: dict[str, Any], path: tuple[Any, ...], value: float) -> None:
    """Write ``value`` at ``path`` (from :func:`resolve`) into ``doc``, making tables."""
    if path[0] == "sites":
        _entry(doc["sites"], path[1], "site")[path[2]] = float(value)
        return
    if path[:2] == ("demand", "classes"):
        _entry(doc["demand"]["classes"], path[2], "class")[path[3]] = float(value)
        return
    table = doc
    for name in path[:-1]:
        table = table.setdefault(name, {})
    table[path[-1]] = int(round(value)) if tuple(path) in INTEGER_KEYS else float(value)
