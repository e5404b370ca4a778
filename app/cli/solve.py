"""``cpn-planner solve``: the allocation for the built-in baseline or a scenario, headless.

Prints a summary, or JSON with ``--json``: status, LP objective, served/unserved MW, ``totals``
(placed sites' fixed energy included; ``moved_mw`` and the yearly ``migration_cost`` from
today), ``baseline`` (the totals of today's status quo under the same assumptions; placed sites
serve nothing today), per site load, capacity, utilisation and dual - placed sites also
design utilisation, PUE, energy, cost, carbon, water, price and flags at the load the LP
chose -, per region served-by, flags and timings; and status quo -> scenario:
``moved_mw`` (``total``, ``by_class``), per site ``status_quo_load_mw``, ``moves`` (region,
class, from_site, to_site, mw, annual_saving_cny, payback_years), ``stays_mw_by_reason``,
``status_quo_totals`` and ``if_moving_were_free`` (its moved MW and totals); ``policy``: every
national target in force per scope (``app.engine.policy``: id, scope, target, value, pass,
source, comparison, margin, band, and the same item ``today`` and ``without_sites``). JSON is always valid (None, never NaN).
``--mps`` writes the LP for any solver. Both come from ``app.engine.evaluate``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import sys
from pathlib import Path

from app.domain.text import tr

EXIT_BAD_INPUT = 2


@contextlib.contextmanager
def _stdout_to_devnull():
    """HiGHS prints a banner on its first use, before options can be set; keep it out of
    machine-readable output."""
    sys.stdout.flush()
    saved = os.dup(1)
    with open(os.devnull, "w") as null:
        os.dup2(null.fileno(), 1)
        try:
            yield
        finally:
            sys.stdout.flush()
            os.dup2(saved, 1)
            os.close(saved)


def add_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "solve", help=tr("solve the allocation (built-in baseline or a scenario)")
    )
    p.add_argument(
        "scenario", nargs="?", help=tr("scenario file (TOML); default: built-in baseline")
    )
    p.add_argument("--json", action="store_true", help=tr("print JSON"))
    p.add_argument("--mps", metavar="OUT.mps", help=tr("also write the LP as MPS"))
    p.add_argument(
        "--regions",
        choices=["province", "prefecture"],
        default=None,
        help=tr("demand regions (default: the scenario's [solver] regions)"),
    )
    p.set_defaults(func=run)
    return p


def _scenario(args):
    from dataclasses import replace

    from app.domain.scenario import Scenario
    from app.engine.national_problem import AllocationAssumptions

    scenario = Scenario(assumptions=AllocationAssumptions())
    if args.scenario:
        from app.io.scenario_file import load_scenario

        scenario = load_scenario(args.scenario)
    if args.regions:
        scenario.solver = replace(scenario.solver, regions=args.regions)
    return scenario


def clean(value):
    """``value`` with every non-finite float as None (JSON has no NaN) and numpy scalars as
    Python numbers."""
    if isinstance(value, dict):
        return {str(k): clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [clean(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, str):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _placed(e) -> dict:
    """A placed site's figures at the load the LP chose (None where left out or unknown)."""
    s = e.solved
    return {
        "load_mw": None if s is None else s.load_mw,
        "capacity_mw": e.site.capacity_mw,
        "utilisation": None if s is None else s.utilisation,
        "design_utilisation": e.site.utilization,
        "pue": None if s is None else s.pue,
        "energy_mwh": None if s is None else s.energy_mwh,
        "energy_cost_cny": None if s is None else s.energy_cost_cny,
        "carbon_t": None if s is None else s.carbon_t,
        "water_m3": None if s is None else s.water_m3,
        "price_cny_per_kwh": e.inputs.price_cny_per_kwh,
        "dual_cny_per_mw_year": e.dual_cny_per_mw_year,
        "flags": list(e.flags),
    }


def as_json(ev) -> dict:
    """The evaluation as the ``solve --json`` contract (see the module docstring)."""
    result = ev.result
    served_by: dict[str, dict[str, float]] = {}
    for (region, site), mw in result.flows.groupby(["region", "site"])["mw"].sum().items():
        served_by.setdefault(str(region), {})[str(site)] = round(float(mw), 6)
    # column arrays, not a pandas row per site (thousands of sites)
    table = result.sites_table
    columns = ("load_mw", "capacity_mw", "utilisation", "dual_cny_per_mw_year")
    rows = zip(table.index.tolist(), *(table[c].tolist() for c in columns), strict=True)
    sites = {str(s): dict(zip(columns, values, strict=True)) for s, *values in rows}
    sites.update({e.site.id: _placed(e) for e in ev.sites})
    from app.engine.migration_preview import status_quo_json

    return clean(
        status_quo_json(
            ev.migration,
            {
                "status": result.status,
                "objective_cny": result.objective_cny,
                "served_mw": result.totals["served_mw"],
                "unserved_mw": result.totals["unserved_mw"],
                "totals": result.totals,
                "baseline": ev.baseline.totals,
                "sites": sites,
                "regions": {
                    str(r): {"served_by": served_by.get(str(r), {})}
                    for r in result.problem.regions.ids
                },
                "flags": ev.flags,
                "policy": ev.policy.json(),
                "timings": {"build_s": result.build_s, "solve_s": result.solve_s},
            },
        )
    )


def _one_off(result) -> float:
    m = result.problem.migration
    return 0.0 if m is None else float(m.cost_cny_per_mw)


def _free_moved(ev) -> float:
    return math.nan if ev.free_preview is None else ev.free_preview.moved_mw


def run(args: argparse.Namespace) -> int:
    from app.engine.evaluate import evaluate
    from app.io.exports import ReportError, write_mps_file

    try:
        scenario = _scenario(args)
        with _stdout_to_devnull():
            ev = evaluate(scenario)
            if args.mps:
                write_mps_file(ev.result.problem, Path(args.mps))
    except (
        OSError,
        ValueError,
        ArithmeticError,
        ReportError,
    ) as exc:  # ScenarioError and BaseDataError are
        # ValueErrors; a numeric failure (overflow) is reported, never a traceback
        print(f"solve: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    result = ev.result
    if args.json:
        print(json.dumps(as_json(ev), ensure_ascii=False, indent=1, allow_nan=False))
    else:
        from app.domain import units
        from app.domain.text import tr

        t, b = result.totals, ev.baseline.totals
        print(
            tr(
                "status {status}; cost {cost}/yr; served {served:,.0f} MW; unserved "
                "{unserved:,.1f} MW; carbon {carbon}; mean RTT {rtt:.1f} ms; build "
                "{build:.1f} ms, solve {solve:.1f} ms"
            ).format(
                status=result.status,
                cost=units.money(t["cost_cny"], 3),
                served=t["served_mw"],
                unserved=t["unserved_mw"],
                carbon=units.carbon(t["carbon_t"]),
                rtt=t["mean_rtt_ms"],
                build=result.build_s * 1000,
                solve=result.solve_s * 1000,
            )
        )
        print(
            tr(
                "vs today's status quo (same assumptions; placed sites serve nothing today): "
                "cost {cost}, carbon {carbon}"
            ).format(
                cost=units.money(t["cost_cny"] - b["cost_cny"], 3),
                carbon=units.carbon(t["carbon_t"] - b["carbon_t"]),
            )
        )
        mig = ev.migration
        print(
            tr(
                "moved from today {moved:,.0f} MW; one-off migration cost {cost}; if moving "
                "were free {free:,.0f} MW"
            ).format(
                moved=mig.moved_mw,
                cost=units.money(mig.moved_mw * _one_off(result), 3),
                free=_free_moved(ev),
            )
        )
        for flag in ev.flags:
            print(f"  ! {flag}")
    return 0 if result.ok else 1
