"""The built-in national targets (``data/targets.csv``) and the province grid's renewable
share (``data/grid_renewables.csv``), read into plain domain objects. Sources: data/README.md.

A bad row raises :class:`TargetError` naming the file, row and column. Pure Python, no Qt.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from app.domain.policy import AGES, BASES, COMPARISONS, LEVELS, METRICS, PROVINCE_WEIGHT, Target
from app.paths import DATA_DIR

TARGET_COLUMNS = (
    "id", "applies_to", "new_or_existing", "region", "metric", "basis", "comparison", "value",
    "year_from", "year_until", "enabled", "document", "document_no", "publisher", "date", "note",
)  # fmt: skip


class TargetError(ValueError):
    """A targets table with a bad cell (the message names file, row and column)."""


def target_problem(t: Target) -> str | None:
    """What is wrong with ``t`` as one sentence naming the field, or None."""
    if not t.id.strip():
        return "id: must not be empty"
    bad = [level for level in t.applies_to if level not in LEVELS]
    if not t.applies_to or bad:
        return f"applies_to: {';'.join(bad) or 'empty'}; choose from {', '.join(LEVELS)}"
    checks = (
        ("new_or_existing", t.new_or_existing, AGES),
        ("metric", t.metric, METRICS),
        ("comparison", t.comparison, COMPARISONS),
    )
    for name, value, allowed in checks:
        if value not in allowed:
            return f"{name}: {value!r}; choose from {', '.join(allowed)}"
    kind, _, code = t.region.partition(":")
    plain = t.region in ("national", "hub", "east_hub", "west_hub")
    hubs = kind == "hub" and all(code.split(";"))
    if not (plain or hubs or (kind == "province" and code.isdigit())):
        return (
            f"region: {t.region!r}; choose national, hub, east_hub, west_hub, "
            "hub:<hub id>[;<hub id>...] or province:<adcode>"
        )
    if t.basis not in ("", *BASES):
        return f"basis: {t.basis!r}; choose from {', '.join(BASES)}"
    if isinstance(t.value, str) and t.value != PROVINCE_WEIGHT:
        return f"value: {t.value!r}; a number or {PROVINCE_WEIGHT!r}"
    if not t.document.strip() or not t.publisher.strip():
        return "document and publisher: every target names the document that sets it"
    return None


def _number(text: str) -> float | str:
    text = text.strip()
    return text if text == PROVINCE_WEIGHT else float(text)


def _year(text: str) -> int | None:
    return int(text) if text.strip() else None


def target_from_row(row: dict[str, str]) -> Target:
    """A :class:`Target` from one CSV row of text (ValueError on a bad number)."""
    return Target(
        id=row["id"].strip(),
        applies_to=tuple(p.strip() for p in row["applies_to"].split(";") if p.strip()),
        new_or_existing=row["new_or_existing"].strip(),
        region=row["region"].strip() or "national",
        metric=row["metric"].strip(),
        comparison=row["comparison"].strip(),
        value=_number(row["value"]),
        basis=row["basis"].strip(),
        year_from=_year(row["year_from"]),
        year_until=_year(row["year_until"]),
        enabled=row["enabled"].strip() not in ("0", "false", "False"),
        document=row["document"].strip(),
        document_no=row["document_no"].strip(),
        publisher=row["publisher"].strip(),
        date=row["date"].strip(),
        note=row["note"].strip(),
    )


def read_targets(path: Path) -> tuple[Target, ...]:
    """Every row of a targets CSV (columns :data:`TARGET_COLUMNS`)."""
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        missing = [c for c in TARGET_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise TargetError(f"{path.name}: missing columns {', '.join(missing)}")
        out = []
        for i, row in enumerate(reader, start=2):
            try:
                target = target_from_row(row)
            except ValueError as exc:
                raise TargetError(f"{path.name}: row {i}: {exc}") from exc
            problem = target_problem(target)
            if problem:
                raise TargetError(f"{path.name}: row {i}, column {problem}")
            out.append(target)
    return tuple(out)


@lru_cache(maxsize=1)
def builtin_targets() -> tuple[Target, ...]:
    """The national targets shipped in ``data/targets.csv``."""
    return read_targets(DATA_DIR / "targets.csv")


@lru_cache(maxsize=1)
def province_renewable_share() -> dict[int, float]:
    """adcode -> share of renewable electricity in the province's consumption (0-1): the
    2023 total renewable consumption responsibility weight; provinces without one absent."""
    with open(DATA_DIR / "grid_renewables.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    return {int(r["adcode"]): float(r["renewable_share"]) for r in rows if r["renewable_share"]}
