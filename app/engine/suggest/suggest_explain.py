"""Why each suggested site: its figures, whom it serves and what it displaces, read off the one
evaluation of the scenario with the suggested sites placed (:func:`app.engine.evaluate.evaluate`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from app.domain.scenario import Scenario
from app.domain.text import language, tr
from app.engine.climate.city_lookup import STATION_WARN_KM
from app.engine.suggest.suggest_search import Portfolio


@dataclass(frozen=True)
class SiteWhy:
    """One suggested site in the evaluation, read in one language (``lang``): annual PUE at
    its solved load (the evaluation's; p5-p95 band at design load where computed), price,
    load, the regions it serves most (name, MW, round trip ms), the sites whose load it takes
    (name, MW), its climate station's name and the national targets it meets and misses (ids,
    and their names as the scorecard reads them)."""

    site_id: str
    pue: float | None
    pue_p5: float
    pue_p95: float
    price_cny_per_kwh: float
    load_mw: float
    utilisation: float
    station: str
    station_km: float
    serves: tuple[tuple[str, float, float], ...]
    displaces: tuple[tuple[str, float], ...]
    targets_met: tuple[str, ...] = ()  # national targets (policy ids) the site meets
    targets_missed: tuple[str, ...] = ()
    met_names: tuple[str, ...] = ()  # the same targets named ("PUE < 1.3"), duplicates once
    missed_names: tuple[str, ...] = ()
    lang: str = "en"

    def text(self) -> str:
        """Plain text for a tooltip or a report cell, in ``lang``."""
        lang = self.lang
        lines = [
            tr("PUE {pue} at {load:,.0f} MW ({util:.0%} used); electricity {price:.3f} CNY/kWh", lang).format(
                pue=_pue(self), load=self.load_mw, util=self.utilisation,
                price=self.price_cny_per_kwh,
            ),
            tr("climate: {station} ({km:.0f} km)", lang).format(station=self.station, km=self.station_km),
        ]  # fmt: skip
        if self.station_km > STATION_WARN_KM:  # as the site editor warns (NaN: never)
            lines.append(
                tr(
                    "the climate station is more than {limit:.0f} km away: the site's climate "
                    "may differ",
                    lang,
                ).format(limit=STATION_WARN_KM)
            )
        if self.serves:
            served = ", ".join(f"{n} {mw:,.0f} MW ({ms:.0f} ms)" for n, mw, ms in self.serves)
            lines.append(tr("serves: {regions}", lang).format(regions=served))
        if self.displaces:
            moved = ", ".join(f"{n} {mw:,.0f} MW" for n, mw in self.displaces)
            lines.append(tr("takes load from: {sites}", lang).format(sites=moved))
        if self.met_names:
            lines.append(tr("meets: {ids}", lang).format(ids=", ".join(self.met_names)))
        if self.missed_names:
            lines.append(tr("misses: {ids}", lang).format(ids=", ".join(self.missed_names)))
        return "\n".join(lines)


def _pue(w: SiteWhy) -> str:
    if w.pue is None:
        return "-"
    if math.isfinite(w.pue_p5) and math.isfinite(w.pue_p95):
        return tr("{pue:.3f} (p5-p95 at design load {p5:.2f}-{p95:.2f})", w.lang).format(
            pue=w.pue, p5=w.pue_p5, p95=w.pue_p95
        )
    return f"{w.pue:.3f}"


def _names(evaluation, lang: str) -> tuple[dict[str, str], dict[str, str]]:
    """Region id -> name and site id -> name of the evaluation's allocation, in ``lang``: the
    provinces, stocks and clusters as the map names them, prefecture regions as a placed site
    is named, placed sites by their own names."""
    from app.engine.allocation.national_problem import supply_names

    atlas, problem = evaluation.atlas, evaluation.result.problem
    known = supply_names(atlas, lang, stock=tr("{name} stock", lang))
    regions = {}
    for rid, name, province in zip(
        problem.regions.ids.tolist(), problem.regions.names.tolist(),
        problem.regions.province_id.tolist(), strict=True,
    ):  # fmt: skip
        rid = str(rid)
        if rid in known:
            regions[rid] = known[rid]
        else:  # a prefecture (the allocation at prefecture scale): its Chinese name
            regions[rid] = atlas.place_name(str(name), int(province), lang)
    sites = {sid: known.get(sid, str(name)) for sid, name in zip(
        problem.sites.ids.tolist(), problem.sites.names.tolist(), strict=True
    )}  # fmt: skip
    sites.update({e.site.id: e.site.name for e in evaluation.sites})
    return regions, sites


def _targets(evaluation, site_ids: list[str], lang: str) -> dict[str, dict[bool, list]]:
    """site id -> passed -> [(policy id, name)] of the national targets scored once."""
    from app.engine.policy.policy import target_label

    out: dict[str, dict[bool, list]] = {}
    for item in evaluation.policy.of("scenario"):
        if item.scope in site_ids and item.passed is not None:
            mine = out.setdefault(item.scope, {True: [], False: []})
            mine[bool(item.passed)].append((item.target.id, target_label(item, lang)))
    return out


def explain(
    evaluation, site_ids: list[str], top: int = 3, lang: str | None = None
) -> dict[str, SiteWhy]:
    """:class:`SiteWhy` of each site in ``site_ids`` (placed sites of ``evaluation``), names
    in ``lang`` (the current language by default)."""
    lang = lang or language()
    names, site_names = _names(evaluation, lang)
    flows = evaluation.result.flows
    moves = evaluation.migration.moves
    targets = _targets(evaluation, site_ids, lang)
    out = {}
    for e in evaluation.sites:
        sid = e.site.id
        if sid not in site_ids:
            continue
        mine = flows[flows["site"] == sid]
        by_region = mine.groupby("region").agg(mw=("mw", "sum"), rtt=("rtt_ms", "mean"))
        by_region = by_region.sort_values("mw", ascending=False).head(top)
        taken = moves[(moves["to_site"] == sid) & (moves["from_site"] != "")]
        by_site = taken.groupby("from_site")["mw"].sum().sort_values(ascending=False).head(top)
        s = e.solved
        scored = targets.get(sid, {True: [], False: []})
        out[sid] = SiteWhy(
            site_id=sid,
            pue=None if s is None else s.pue,
            pue_p5=float(getattr(e.metrics, "pue_p5", math.nan) or math.nan),
            pue_p95=float(getattr(e.metrics, "pue_p95", math.nan) or math.nan),
            price_cny_per_kwh=float(e.inputs.price_cny_per_kwh),
            load_mw=0.0 if s is None else s.load_mw,
            utilisation=0.0 if s is None else s.utilisation,
            station=evaluation.atlas.station_name(e.inputs.station, lang),
            station_km=e.inputs.station_km,
            serves=tuple(
                (names.get(str(r), str(r)), float(v.mw), float(v.rtt))
                for r, v in by_region.iterrows()
            ),
            displaces=tuple((site_names.get(f, str(f)), float(mw)) for f, mw in by_site.items()),
            targets_met=tuple(i for i, _ in scored[True]),
            targets_missed=tuple(i for i, _ in scored[False]),
            met_names=tuple(dict.fromkeys(n for _, n in scored[True])),
            missed_names=tuple(dict.fromkeys(n for _, n in scored[False])),
            lang=lang,
        )
    return out


@dataclass(frozen=True)
class PlanView:
    """One plan of a suggestion as the planner reads it: its label ("best", "alternative 1",
    "first answer"), the scenario with its sites placed, why for each new site (site id ->
    :class:`SiteWhy`) and what it saves a year against the scenario as it is (CNY/yr; negative:
    it costs), all from the one evaluation."""

    label: str
    portfolio: Portfolio
    scenario: Scenario
    why: dict
    saving_cny: float

    @property
    def new_sites(self) -> list:
        return [s for s in self.scenario.sites if s.id in self.why]


def plan_views(
    scenario, suggestion, atlas=None, cancel=lambda: False, lang: str | None = None
) -> list[PlanView] | None:
    """Every plan of ``suggestion`` (best, alternatives, the first answer when it differs)
    evaluated with its sites placed in ``scenario`` (None when cancelled); labels and why in
    ``lang`` (the current language by default)."""
    from app.engine.evaluate import evaluate
    from app.engine.suggest.suggest import apply, plan_cost

    base = plan_cost(evaluate(scenario, atlas=atlas, free=False))
    lang = lang or language()
    labelled = [(tr("best", lang), suggestion.best)] + [
        (tr("alternative {n}", lang).format(n=i + 1), p)
        for i, p in enumerate(suggestion.alternatives)
    ]
    if suggestion.first.locations != suggestion.best.locations:
        labelled.append((tr("first answer", lang), suggestion.first))
    out = []
    for label, plan in labelled:
        if cancel():
            return None
        placed = apply(scenario, plan)
        ev = evaluate(placed, atlas=atlas, free=False)
        new_ids = [s.id for s in placed.sites[len(scenario.sites) :]]
        why = explain(ev, new_ids, lang=lang)
        out.append(PlanView(label, plan, placed, why, base - plan_cost(ev)))
    return out


__all__ = ["PlanView", "SiteWhy", "explain", "plan_views"]


@dataclass
class SuggestOutcome:
    """What the worker hands back: the suggestion and its plans as the planner reads them
    (:class:`PlanView`, from the one evaluation)."""

    suggestion: object
    plans: list

    @property
    def saving_cny(self) -> float:
        return self.plans[0].saving_cny if self.plans else float("nan")


def run_suggestion(atlas, scenario, req, progress, cancelled) -> SuggestOutcome | None:
    """The worker's task: suggest, then evaluate each plan placed (for the why)."""
    from app.engine.suggest.suggest import suggest

    s = suggest(scenario, req, lambda f: progress(0.8 * f), cancelled, atlas=atlas)
    if s is None:
        return None
    views = plan_views(scenario, s, atlas, cancelled)
    progress(1.0)
    return None if views is None else SuggestOutcome(s, views)
