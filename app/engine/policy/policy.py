"""The policy scorecard: every national target in force scored for every placed site, cluster,
hub node and the nation, in the scenario and its references (*today*, *without the placed
sites*), from one evaluation.

Targets are ``data/targets.csv`` plus the scenario's ``[policy]`` (same id: the scenario's
replaces the built-in one). Each item gives value, target, margin (how far on the good side;
negative = short), pass/fail and, for a placed site's PUE, the verdict of its p5-p95 band where
the band straddles the target. Green power is counted on two bases never mixed
(:mod:`app.engine.policy.green_power`). Hub figures cover the hub's clusters and the placed sites in
it; national figures every data centre (stock, clusters, placed sites). Rack utilisation
(上架率, the targets' ``utilisation``) is the load drawn over the rating divided by the mean draw
of a filled rack (``demand.draw_per_filled_rack``), at most 1: the allocation's load is power
drawn, the targets count racks holding servers.
"""

from __future__ import annotations

import operator
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property

import pandas as pd

from app.datasets.targets import builtin_targets
from app.domain.policy import PROVINCE_WEIGHT, Target
from app.domain.text import tr
from app.engine.allocation.allocation import AllocationResult
from app.engine.allocation.demand import DRAW_PER_FILLED_RACK
from app.engine.policy.green_power import green, green_table, unit_table

REFERENCES = ("scenario", "today", "without_sites")
_OPS = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge}
#: Band verdicts (translated where shown: app.io.report_data.BAND_TEXT).
FAILS_AT_P95 = "fails_at_p95"
PASSES_AT_P5 = "passes_at_p5"
_BARE: OrderedDict[str, AllocationResult] = OrderedDict()  # without the placed sites
BareSolve = Callable[[], AllocationResult | None]
_BARE_LOCK = threading.Lock()


@dataclass(frozen=True)
class PolicyItem:
    """One target scored for one scope (``scope``: a site id, "cluster:<id>", a hub id or
    "national") in one reference; ``passed`` None where the value is unknown."""

    target: Target
    reference: str
    level: str
    scope: str
    name: str
    value: float | None
    target_value: float
    margin: float | None
    passed: bool | None
    band: str = ""

    def as_json(self) -> dict:
        t = self.target
        return {
            "id": t.id, "scope": self.scope, "target": self.target_value, "value": self.value,
            "pass": self.passed, "source": t.source, "comparison": t.comparison,
            "margin": self.margin, "metric": t.metric, "basis": t.basis or None,
            "level": self.level, "name": self.name, "band": self.band or None,
        }  # fmt: skip


_SHOWN_COMPARISON = {"<": "<", "<=": "≤", ">": ">", ">=": "≥"}


def metric_label(target: Target, lang: str | None = None) -> str:
    """What a target measures, as the scorecard heads it ("PUE", "Rack utilisation", ...)."""
    if target.metric == "pue":
        return tr("PUE", lang)
    if target.metric == "utilisation":
        return tr("Rack utilisation", lang)
    if target.metric == "new_capacity_in_hubs":
        return tr("Share of new capacity in hub nodes", lang)
    if target.metric == "green_share_growth":
        return tr("Renewable share gain over today, location basis", lang)
    if target.basis == "market":
        return tr("Green power share, market basis", lang)
    return tr("Renewable share, location basis", lang)


def target_label(item: PolicyItem, lang: str | None = None) -> str:
    """A scored target named for a planner: what it measures, the comparison and the value
    ("PUE < 1.3", "Green power share, market basis ≥ 30%")."""
    t, v = item.target, item.target_value
    shown = f"{v:g}" if t.metric == "pue" else f"{v:.0%}"
    value = "-" if v != v else shown  # NaN: a province weight not known for this scope
    return f"{metric_label(t, lang)} {_SHOWN_COMPARISON.get(t.comparison, t.comparison)} {value}"


@dataclass
class Scorecard:
    """Every item of every reference, and the green-power accounting of the scenario."""

    items: list[PolicyItem]
    green: pd.DataFrame
    year: int

    def of(self, reference: str = "scenario") -> list[PolicyItem]:
        return [i for i in self.items if i.reference == reference]

    @cached_property
    def failing(self) -> list[PolicyItem]:
        """The scenario's failing items (map highlights, the dock's first rows)."""
        return [i for i in self.of("scenario") if i.passed is False]

    def json(self) -> list[dict]:
        """The scenario's items for ``solve --json``, each with the same item's value and
        verdict in the references where it exists (``today``, ``without_sites``)."""
        refs = {
            (i.reference, i.target.id, i.scope): i for i in self.items if i.reference != "scenario"
        }
        out = []
        for i in self.of("scenario"):
            row = i.as_json()
            for ref in REFERENCES[1:]:
                other = refs.get((ref, i.target.id, i.scope))
                row[ref] = None if other is None else {"value": other.value, "pass": other.passed}
            out.append(row)
        return out


def targets_for(policy) -> list[Target]:
    """Built-in targets with the scenario's added or replacing them (by id)."""
    own = {t.id: t for t in policy.targets}
    merged = [own.pop(t.id, t) for t in builtin_targets()]
    return merged + list(own.values())


def scorecard(ev, solve_bare: BareSolve, bare_key: str) -> Scorecard:
    """The scorecard of an ``app.engine.evaluate.Evaluation``; ``solve_bare`` solves its
    scenario without the placed sites (cached under ``bare_key``; passed in by the
    evaluation so that this module does not import ``evaluate``: no import circle)."""
    policy = ev.scenario.policy
    year = judged_year(ev.scenario)
    targets = [t for t in targets_for(policy) if t.in_force(year)]
    hubs = ev.atlas.hubs
    region = {str(h): str(r) for h, r in hubs["region"].items()}
    names = {str(h): str(n) for h, n in hubs["name_en"].items()}
    refs = {
        "scenario": unit_table(ev.result, ev.sites, region),
        "today": unit_table(ev.baseline, [], region),
        "without_sites": unit_table(without_sites_result(ev, solve_bare, bare_key), [], region),
    }
    today_share = green(refs["today"]).share_location
    items: list[PolicyItem] = []
    for ref, units in refs.items():
        scorer = _Scorer(units, names, today_share if ref != "today" else None)
        for t in targets:
            items += [replace(i, reference=ref) for i in scorer.score(t)]
    return Scorecard(items, green_table(refs["scenario"]), year)


def judged_year(scenario) -> int:
    """The year the scenario is judged in: ``[policy] year``, or the scenario's own year
    (``[assumptions] year``) when that is later: a 2030 network is not judged by targets that
    expired in 2025 as if it were 2025."""
    return max(scenario.policy.year, scenario.assumptions.year)


def without_sites_result(ev, solve_bare: BareSolve, key: str) -> AllocationResult:
    """The scenario solved without its placed sites (same assumptions, status quo and
    friction). Issue 16 gives it as ``Evaluation.without_sites``; until then, solved here."""
    ready = getattr(ev, "without_sites", None)
    if ready is not None:
        return ready
    if not ev.sites:
        return ev.result
    # it depends on what the baseline depends on, not on the sites: a drag reuses it
    with _BARE_LOCK:
        cached = _BARE.get(key)
    if cached is None:
        bare = solve_bare()
        if bare is None:  # cancelled (it has no cancel callback: never happens)
            return ev.result
        cached = bare
    with _BARE_LOCK:
        _BARE[key] = cached
        _BARE.move_to_end(key)
        while len(_BARE) > 8:
            _BARE.popitem(last=False)
    return cached


class _Scorer:
    """Scores targets over one reference's :func:`~app.engine.policy.green_power.unit_table`: sites
    and clusters row by row (vectorised: 2,000 sites stay fast), hubs and the nation summed."""

    def __init__(self, units: pd.DataFrame, hub_names: dict[str, str], today_share):
        self.units, self.hub_names, self.today_share = units, hub_names, today_share

    def score(self, t: Target) -> list[PolicyItem]:
        if t.metric == "green_share_growth" and self.today_share is None:
            return []  # a gain over today is not scored for today itself
        u = self.units
        age = {"new": u["kind"] == "placed", "existing": u["kind"] != "placed"}
        mine = u[age[t.new_or_existing]] if t.new_or_existing in age else u
        out: list[PolicyItem | None] = []
        for level in t.applies_to:
            if level in ("site", "cluster"):
                out += self._each_row(t, level, mine)
            elif level == "hub":
                in_hub = mine[(mine["hub"] != "") & (mine["kind"] != "stock")]
                for hub, rows in in_hub.groupby("hub", sort=True):
                    if _in_region(t.region, hub, rows["hub_region"].iloc[0], None):
                        name = self.hub_names.get(hub, hub)
                        out.append(self._item(t, level, hub, name, self._total(t, rows)))
            elif t.region == "national" and len(mine):
                out.append(self._item(t, level, "national", "", self._total(t, mine)))
        return [i for i in out if i is not None]

    def _each_row(self, t: Target, level: str, mine: pd.DataFrame) -> list[PolicyItem | None]:
        rows = mine[mine["kind"] == ("placed" if level == "site" else "cluster")]
        keep = [
            _in_region(t.region, h, r, p)
            for h, r, p in zip(rows["hub"], rows["hub_region"], rows["province"], strict=True)
        ]
        rows = rows[pd.Series(keep, index=rows.index, dtype=bool)]
        values = self._per_row(t, rows).tolist()
        out = []
        for r, value in zip(rows.to_dict("records"), values, strict=True):
            target = r["renewable_share"] if t.value == PROVINCE_WEIGHT else t.value
            band = (r["pue_p5"], r["pue_p95"]) if level == "site" else None
            out.append(self._item(t, level, r["scope"], r["name"], value, target, band))
        return out

    def _item(self, t, level, scope, name, value, target=None, band=None) -> PolicyItem | None:
        target = t.value if target is None else target
        if isinstance(target, str) or target != target:
            return None  # a province weight outside a site, or a province without one
        value = None if value is None or value != value else float(value)
        passed = None if value is None else bool(_OPS[t.comparison](value, target))
        sign = 1.0 if t.comparison in (">", ">=") else -1.0
        margin = None if value is None else sign * (value - target)
        verdict = "" if band is None else _band(t, band[0], band[1], passed, target)
        return PolicyItem(t, "", level, scope, name, value, float(target), margin, passed, verdict)

    def _per_row(self, t: Target, rows: pd.DataFrame) -> pd.Series:
        """The metric of each row alone (NaN where it has none)."""
        m, nan = t.metric, float("nan")
        energy = rows["energy_mwh"].where(rows["energy_mwh"] > 0)
        if m == "pue":
            return rows["energy_mwh"] / rows["it_mwh"].where(rows["it_mwh"] > 0)
        if m == "utilisation":
            drawn = rows["load_mw"] / rows["capacity_mw"].where(rows["capacity_mw"] > 0)
            return (drawn / DRAW_PER_FILLED_RACK).clip(upper=1.0)
        if m == "green_share":
            share = rows["green_share"] if t.basis == "market" else rows["renewable_share"]
            return share.where(energy.notna())
        if m == "new_capacity_in_hubs":
            return (rows["hub"] != "").astype(float)
        today = self.today_share or nan
        return (rows["renewable_share"] / today - 1.0).where(energy.notna())

    def _total(self, t: Target, rows: pd.DataFrame) -> float | None:
        """The metric of ``rows`` together (energy- or capacity-weighted)."""
        m = t.metric
        if m == "pue":
            it = rows["it_mwh"].sum()
            return float(rows["energy_mwh"].sum() / it) if it > 0 else None
        if m == "utilisation":
            cap = rows["capacity_mw"].sum() * DRAW_PER_FILLED_RACK
            return min(float(rows["load_mw"].sum() / cap), 1.0) if cap > 0 else None
        if m == "green_share":
            g = green(rows)
            return g.share_market if t.basis == "market" else g.share_location
        if m == "new_capacity_in_hubs":
            cap = rows["capacity_mw"].sum()
            in_hubs = rows.loc[rows["hub"] != "", "capacity_mw"].sum()
            return float(in_hubs / cap) if cap > 0 else None
        share = green(rows).share_location  # green_share_growth
        if share is None or not self.today_share:
            return None
        return share / self.today_share - 1.0


def _in_region(region: str, hub: str, hub_region: str, province) -> bool:
    if region == "national":
        return True
    if region == "hub":
        return bool(hub)
    if region in ("east_hub", "west_hub"):
        return bool(hub) and hub_region == region.split("_")[0]
    kind, _, value = region.partition(":")
    if kind == "hub":  # hub:<id> or hub:<id>;<id>;...
        return hub in value.split(";")
    return kind == "province" and province is not None and str(province) == value


def _band(t: Target, p5: float, p95: float, passed, target: float) -> str:
    """A placed site's PUE band (p5, p95 at its solved load) against a PUE target: the
    verdict where the band straddles it."""
    if t.metric != "pue" or passed is None or t.comparison not in ("<", "<="):
        return ""
    if p5 != p5 or p95 != p95:
        return ""
    ok = _OPS[t.comparison]
    if passed and not ok(p95, target):
        return FAILS_AT_P95
    if not passed and ok(p5, target):
        return PASSES_AT_P5
    return ""
