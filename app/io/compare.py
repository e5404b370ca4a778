"""Compare scenarios side by side (pure tables from each scenario's ``ReportData``)."""

from __future__ import annotations

import pandas as pd

from app.io.report_data import ReportData


def totals(reports: dict[str, ReportData]) -> pd.DataFrame:
    """One row per scenario: cost, carbon, water, mean latency, unserved, its own placed
    sites' effect (against the same scenario without them), the change against today (its own
    status quo under the same assumptions; placed sites serve nothing today) and the change
    against the first scenario."""
    rows = []
    for label, r in reports.items():
        totals = r.totals.set_index("total")
        t, change = totals["after"], totals["change"]
        rows.append(
            {
                "scenario": label,
                "cost_bn_cny": t["cost_cny"] / 1e9,
                "carbon_mt": t["carbon_t"] / 1e6,
                "sites_effect_bn_cny": r.evaluation.sites_effect["cost_cny"] / 1e9,
                "cost_vs_today_bn_cny": change["cost_cny"] / 1e9,
                "carbon_vs_today_mt": change["carbon_t"] / 1e6,
                "site_water_m3": float(r.sites["water_m3"].sum()) if len(r.sites) else 0.0,
                "mean_rtt_ms": t["mean_rtt_ms"],
                "unserved_mw": t["unserved_mw"],
            }
        )
    frame = pd.DataFrame(rows).set_index("scenario")
    first = frame.iloc[0]
    frame["cost_change_bn_cny"] = frame["cost_bn_cny"] - first["cost_bn_cny"]
    frame["carbon_change_mt"] = frame["carbon_mt"] - first["carbon_mt"]
    return frame


def net_import(report: ReportData) -> pd.Series:
    """MW of each province's demand served outside it minus MW it serves for others."""
    assert report.preview is not None
    values = report.preview.net_import_mw()
    return pd.Series({int(k): v for k, v in values.items()}, name="net_import_mw")


def provinces(reports: dict[str, ReportData]) -> pd.DataFrame:
    """Per province: net import (MW) in each scenario and the change of the others vs the first."""
    labels = list(reports)
    frame = pd.DataFrame({label: net_import(reports[label]) for label in labels})
    names = reports[labels[0]].provinces
    codes = [int(c) for c in reports[labels[0]].preview.scenario.problem.regions.ids]
    frame.insert(0, "province", pd.Series(list(names["province"]), index=codes))
    for label in labels[1:]:
        frame[f"change: {label}"] = frame[label] - frame[labels[0]]
    return frame


def sites(reports: dict[str, ReportData]) -> pd.DataFrame:
    """Placed sites of every scenario, one row each, tagged with its scenario."""
    parts = [r.sites.assign(scenario=label) for label, r in reports.items() if len(r.sites)]
    if not parts:
        return pd.DataFrame(columns=["scenario", "site"])
    frame = pd.concat(parts, ignore_index=True)
    return frame[
        [
            "scenario",
            "site",
            "capacity_mw",
            "cooling",
            "annual_pue",
            "energy_cost_mcny",
            "carbon_t",
            "water_m3",
            "cny_per_million_tokens",
        ]
    ]


def differing_assumptions(scenarios: list) -> list[str]:
    """Scenario-format keys (``assumptions.<field>``, ``solver.<field>``, ``base.<key>``)
    whose values differ between ``scenarios``: their totals answer different questions."""
    from dataclasses import fields

    def flat(sc) -> dict[str, str]:
        out = {f"assumptions.{f.name}": repr(getattr(sc.assumptions, f.name))
               for f in fields(sc.assumptions)}  # fmt: skip
        out.update({f"solver.{f.name}": repr(getattr(sc.solver, f.name))
                    for f in fields(sc.solver)})  # fmt: skip
        out.update({f"base.{k}": repr(v) for k, v in sc.base.items()})
        return out

    views = [flat(sc) for sc in scenarios]
    keys = dict.fromkeys(k for v in views for k in v)
    return [k for k in keys if len({v.get(k) for v in views}) > 1]
