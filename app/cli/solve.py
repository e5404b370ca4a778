"""``cpn-planner solve``: the allocation for the built-in baseline or a scenario, headless.

Prints a summary, or JSON with ``--json`` (objective, served/unserved MW, per-site load,
capacity and dual, per-region served-by, timings). ``--mps`` writes the LP for any solver.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from pathlib import Path

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
    p = subparsers.add_parser("solve", help="solve the allocation (built-in baseline or a scenario)")
    p.add_argument("scenario", nargs="?", help="scenario file (TOML); default: built-in baseline")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--mps", metavar="OUT.mps", help="also write the LP as MPS")
    p.add_argument("--regions", choices=["province", "prefecture"], default="province")
    p.set_defaults(func=run)
    return p


def _problem(args):
    from app.datasets.atlas import load_atlas
    from app.engine.national_problem import AllocationAssumptions, build_national_problem
    from app.engine.preview import placed_supply
    from app.engine.site_eval import evaluate_site

    atlas = load_atlas()
    assumptions, placed = AllocationAssumptions(), []
    if args.scenario:
        from app.io.scenario_file import load_scenario

        scenario = load_scenario(args.scenario)
        assumptions = scenario.assumptions
        metrics = {s.id: evaluate_site(s, atlas, assumptions=assumptions)
                   for s in scenario.sites}
        placed = placed_supply(scenario.sites, metrics)
    problem = build_national_problem(atlas, assumptions, placed)
    if args.regions == "prefecture":
        from app.engine.prefecture_regions import to_prefectures

        problem = to_prefectures(atlas, problem)
    return problem


def _as_json(result) -> dict:
    sites = result.sites_table
    flows = result.flows
    served_by: dict[str, dict[str, float]] = {}
    for (region, site), mw in flows.groupby(["region", "site"])["mw"].sum().items():
        served_by.setdefault(str(region), {})[str(site)] = round(float(mw), 6)
    return {
        "status": result.status,
        "objective_cny": result.objective_cny,
        "served_mw": result.totals["served_mw"],
        "unserved_mw": result.totals["unserved_mw"],
        "totals": result.totals,
        "sites": {str(s): {"load_mw": float(r.load_mw), "capacity_mw": float(r.capacity_mw),
                           "utilisation": float(r.utilisation),
                           "dual_cny_per_mw_year": float(r.dual_cny_per_mw_year)}
                  for s, r in sites.iterrows()},
        "regions": {str(r): {"served_by": served_by.get(str(r), {})}
                    for r in result.problem.regions.ids},
        "flags": result.flags,
        "timings": {"build_s": result.build_s, "solve_s": result.solve_s},
    }


def _finite(value):
    """``value`` with every NaN or infinite float replaced by None (JSON has no NaN)."""
    if isinstance(value, float):
        return value if value == value and abs(value) != float("inf") else None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value


def run(args: argparse.Namespace) -> int:
    from app.engine.allocation import Solver, write_mps

    try:
        problem = _problem(args)
    except (OSError, ValueError) as exc:  # ScenarioError is a ValueError
        print(f"solve: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        with _stdout_to_devnull():
            result = Solver().solve(problem)
            if args.mps:
                write_mps(problem, str(Path(args.mps)))
    except (ValueError, ArithmeticError) as exc:  # a numeric failure: a status, not a traceback
        message = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
        if args.json:
            print(json.dumps({"status": "error", "message": message}, ensure_ascii=False))
        from app.domain.text import tr

        print(tr("solve: cannot solve this scenario ({message})").format(message=message),
              file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.json:  # strict JSON: NaN/inf (no value) become null
        print(json.dumps(_finite(_as_json(result)), ensure_ascii=False, indent=1,
                         allow_nan=False))
    else:
        from app.domain import units
        from app.domain.text import tr

        t = result.totals
        print(tr("status {status}; cost {cost}/yr; served {served:,.0f} MW; unserved "
                 "{unserved:,.1f} MW; carbon {carbon}; mean RTT {rtt:.1f} ms; build "
                 "{build:.1f} ms, solve {solve:.1f} ms").format(
            status=result.status, cost=units.money(result.objective_cny, 3),
            served=t["served_mw"], unserved=t["unserved_mw"], carbon=units.carbon(t["carbon_t"]),
            rtt=t["mean_rtt_ms"], build=result.build_s * 1000, solve=result.solve_s * 1000))
    return 0 if result.ok else 1
