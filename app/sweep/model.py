"""What one sweep sample is: a scenario with some values set, evaluated once.

A model is sent once to every worker; ``run_chunk`` evaluates many samples with one warm HiGHS
``Solver`` (and one for the scenario without its sites), checking ``stop`` between samples.
Each sample's row has the same columns (:meth:`ScenarioModel.columns`), None where a figure
does not exist (a sample the format refuses, a site left out of the solve).
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from app.domain.sweep import SweepParameter
from app.engine.allocation.allocation import Solver
from app.engine.evaluate import Evaluation, evaluate
from app.io.checks import Checker
from app.io.sweep_keys import resolve, set_value
from app.sweep.bands import BandedEnergy
from app.sweep.effect import EFFECT_KEYS, sites_effect

TOTALS = ("cost_cny", "carbon_t", "unserved_mw")
MAX_SHARE_COLUMNS = 5_000
"""Served-by shares are recorded while regions x placed sites stay below this (a 2,000-site
plan would need 62,000 columns)."""
SITE_FIGURES = ("load_mw", "utilisation", "dual_cny_per_mw_year")


@dataclass
class ScenarioModel:
    """``doc``: the scenario's full document; ``params`` the swept parameters;
    ``regions``: the demand regions whose served-by shares are recorded."""

    doc: dict[str, Any]
    params: list[SweepParameter]
    regions: tuple[str, ...] = ()
    policy: tuple[str, ...] = ()  # "<target id>.<scope>" of the scenario's scorecard
    #: "<target id>.<scope>" -> how the scorecard names it ("PUE < 1.3, Site: Ulanqab campus")
    policy_names: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.targets = [resolve(p.key, self.doc) for p in self.params]
        self.site_ids = tuple(str(s["id"]) for s in self.doc.get("sites", []))

    def columns(self) -> dict[str, str]:
        """Column name -> type ("int", "float", "str"), in the order written."""
        cols = {"sample": "int", "status": "str"}
        cols.update({p.key: "float" for p in self.params})
        cols.update({k: "float" for k in TOTALS})
        cols.update({f"effect.{k}": "float" for k in EFFECT_KEYS})
        for s in self.site_ids:
            cols.update({f"site.{s}.{k}": "float" for k in SITE_FIGURES})
        for r in self.regions:
            cols.update({f"region.{r}.served_by.{s}": "float" for s in self.site_ids})
        cols.update({f"policy.{p}": "float" for p in self.policy})
        cols["error"] = "str"
        return cols

    def scenario(self, values: np.ndarray):
        """The scenario with ``values`` set (NaN: as in the file) and the sites' band
        positions; raises ValueError naming the problems when the format refuses it."""
        from app.io.scenario_v1 import load

        doc, bands = copy.deepcopy(self.doc), {}
        for (path, band), value in zip(self.targets, values, strict=True):
            if math.isnan(value):
                continue
            if band:
                bands[path[1]] = float(value)
            else:
                set_value(doc, path, float(value))
        check = Checker(None, check_files=False)
        scenario = load(doc, check)
        if check.problems:
            raise ValueError("; ".join(check.problems))
        return scenario, bands

    def run_chunk(self, start: int, values: np.ndarray, stop=lambda: False) -> list[dict]:
        """Rows of samples ``start, start + 1, ...`` (fewer when ``stop()`` turns true)."""
        solver, bare_solver, rows = Solver(), Solver(), []
        for i, row in enumerate(values):
            if stop():
                break
            rows.append(self.run_one(start + i, row, solver, bare_solver))
        return rows

    def run_one(self, sample: int, values: np.ndarray, solver=None, bare_solver=None) -> dict:
        out: dict[str, Any] = {"sample": sample, "status": "ok", "error": None}
        out.update({p.key: float(v) for p, v in zip(self.params, values, strict=True)})
        try:
            scenario, bands = self.scenario(values)
            ev = evaluate(scenario, energy_cache=BandedEnergy(bands), free=False)  # cold: issue 16
            if ev is None:  # never asked to cancel: a bug, not a sample's problem
                raise RuntimeError("the evaluation returned nothing")
            effect = sites_effect(ev, bare_solver)
        except (ValueError, ArithmeticError) as exc:
            out.update(status="invalid", error=str(exc))
            return out
        out["status"] = ev.result.status
        out.update({k: ev.totals.get(k) for k in TOTALS})
        out.update({f"effect.{k}": v for k, v in effect.items()})
        out.update(self._site_figures(ev))
        if self.policy:
            out.update(policy_passes(ev))
        return out

    def _site_figures(self, ev: Evaluation) -> dict[str, float | None]:
        out: dict[str, float | None] = {}
        for e in ev.sites:
            s = e.solved
            out[f"site.{e.site.id}.load_mw"] = None if s is None else s.load_mw
            out[f"site.{e.site.id}.utilisation"] = None if s is None else s.utilisation
            out[f"site.{e.site.id}.dual_cny_per_mw_year"] = e.dual_cny_per_mw_year
        flows = ev.result.flows
        if self.regions and len(flows):
            mw = flows.groupby(["region", "site"])["mw"].sum()
            served = flows.groupby("region")["mw"].sum()
            for (region, site), value in mw.items():
                key = f"region.{region}.served_by.{site}"
                if site in self.site_ids and served[region] > 0:
                    out[key] = float(value / served[region])
        return out


def policy_passes(ev: Evaluation) -> dict[str, float | None]:
    """``policy.<target id>.<scope>`` -> 1 passed, 0 failed, None unknown (the scenario's
    scorecard, ``Evaluation.policy``)."""
    return {
        f"policy.{i.target.id}.{i.scope}": None if i.passed is None else float(i.passed)
        for i in ev.policy.of("scenario")
    }


def prepare(doc: dict[str, Any], params: list[SweepParameter]) -> tuple[ScenarioModel, dict]:
    """The model of a sweep and the scenario's own row (every value as in the file), whose
    evaluation also names the demand regions."""
    probe = ScenarioModel(doc, params)
    base = probe.run_one(-1, np.full(len(params), np.nan))
    scenario, _ = probe.scenario(np.full(len(params), np.nan))
    ev = evaluate(scenario, free=False)
    regions = tuple(str(r) for r in ev.result.problem.regions.ids) if ev else ()
    if len(regions) * len(probe.site_ids) > MAX_SHARE_COLUMNS:
        regions = ()
    policy = tuple(k.removeprefix("policy.") for k in policy_passes(ev)) if ev else ()
    model = ScenarioModel(doc, params, regions, policy[:MAX_SHARE_COLUMNS], policy_names(ev))
    return model, base


def policy_names(ev: Evaluation | None) -> dict[str, str]:
    """Each scored target of the scenario as the scorecard names it, in the current language."""
    from app.domain.text import language
    from app.engine.policy.policy import target_label
    from app.io.report_policy import scope_names, scope_text

    if ev is None:
        return {}
    lang = language()
    names = scope_names(ev, lang)
    return {
        f"{i.target.id}.{i.scope}": f"{target_label(i)}, {scope_text(i, names, lang)}"
        for i in ev.policy.of("scenario")
    }
