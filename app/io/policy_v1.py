"""Scenario format v1: the ``[policy]`` section - the year the scenario is judged in and its
own targets (``[[policy.targets]]``), read and written for :mod:`app.io.scenario_v1`.

A target whose ``id`` is a built-in one (``data/targets.csv``) replaces it, and keys left out
keep the built-in values: ``{id = "pue.procurement_2025", enabled = true}`` turns a target
on, ``{id = "pue.hub_new", value = 1.2, document = "...", publisher = "..."}`` makes it stricter.
A new id needs every key without a default. Documented in ``docs/scenario-format.md``.
"""

from __future__ import annotations

from dataclasses import asdict, fields, replace
from typing import Any

from app.datasets.targets import builtin_targets, target_problem
from app.domain.policy import DEFAULT_YEAR, PROVINCE_WEIGHT, PolicySettings, Target
from app.domain.text import tr
from app.io.checks import Checker, key_path, show

POLICY_KEYS = ("year", "targets")
TARGET_KEYS = tuple(f.name for f in fields(Target))
_TEXT = ("id", "new_or_existing", "region", "metric", "comparison", "basis", "document",
         "publisher", "document_no", "date", "note")  # fmt: skip
_REQUIRED = ("applies_to", "new_or_existing", "metric", "comparison", "value", "document",
             "publisher")  # fmt: skip


def policy_settings(doc: dict[str, Any], check: Checker) -> PolicySettings:
    """The ``[policy]`` table of a version-1 document (defaults when absent)."""
    tbl = check.table(doc.get("policy", {}), "policy", POLICY_KEYS)
    year = check.integer(tbl, "year", "policy", DEFAULT_YEAR)
    if not isinstance(year, int) or not 2000 <= year <= 2100:
        if year is not None:
            check.add(
                key_path("policy", "year"),
                tr("must be a year 2000-2100, got {value}").format(value=show(year)),
            )
        year = DEFAULT_YEAR
    builtin = {t.id: t for t in builtin_targets()}
    targets = []
    for path, item in check.tables(tbl, "targets", "policy", TARGET_KEYS) or []:
        target = _target(item, path, check, builtin)
        if target is not None:
            targets.append(target)
    return PolicySettings(year=year, targets=tuple(targets))


def _target(item: dict, path: str, check: Checker, builtin: dict) -> Target | None:
    tid = check.string(item, "id", path, non_empty=True, one_line=True)
    if not isinstance(tid, str) or not tid.strip():
        return None
    base = builtin.get(tid)
    if base is None:
        missing = [k for k in _REQUIRED if k not in item]
        if missing:
            check.add(
                path,
                tr("new target {id} needs {keys}").format(id=show(tid), keys=", ".join(missing)),
            )
            return None
    given: dict[str, Any] = {k: check.string(item, k, path) for k in _TEXT if k in item}
    if "applies_to" in item:
        raw = item["applies_to"]
        levels = (raw,) if isinstance(raw, str) else check.strings(item, "applies_to", path)
        given["applies_to"] = tuple(levels or ())
    if "value" in item:
        value = item["value"]
        given["value"] = value if value == PROVINCE_WEIGHT else check.number(item, "value", path)
    for key in ("year_from", "year_until"):
        if key in item:
            given[key] = check.integer(item, key, path)
    if "enabled" in item:
        given["enabled"] = check.boolean(item, "enabled", path, True)
    if base is None:
        given.setdefault("region", "national")
        target = Target(**given)
    else:
        target = replace(base, **given)
    problem = target_problem(target)
    if problem:
        check.add(path, problem)
        return None
    return target


def policy_sections(policy: PolicySettings) -> list[tuple[str, dict[str, Any]]]:
    """TOML sections for ``policy`` (none when it is the default: old files stay unchanged)."""
    if policy.year == DEFAULT_YEAR and not policy.targets:
        return []
    out: list[tuple[str, dict[str, Any]]] = [("[policy]", {"year": policy.year})]
    for t in policy.targets:
        body = {k: v for k, v in asdict(t).items() if v is not None and v != ""}
        body["applies_to"] = list(t.applies_to)
        out.append(("[[policy.targets]]", body))
    return out
