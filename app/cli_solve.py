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
    from app.engine.status_quo import with_status_quo  # today's allocation and its friction

    return with_status_quo(problem, assumptions)[0]


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


def run(args: argparse.Namespace) -> int:
    from app.engine.allocation import Solver, write_mps

    try:
        problem = _problem(args)
    except (OSError, ValueError) as exc:  # ScenarioError is a ValueError
        print(f"solve: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    with _stdout_to_devnull():
        result = Solver().solve(problem)
        if args.mps:
            write_mps(problem, str(Path(args.mps)))
    if args.json:
        from app.engine.migration_preview import preview_of, status_quo_json

        data = status_quo_json(preview_of(problem, result), _as_json(result))
        print(json.dumps(data, ensure_ascii=False, indent=1))
    else:
        t = result.totals
        print(f"status {result.status}; cost {result.objective_cny / 1e9:,.3f} bn CNY/yr; "
              f"served {t['served_mw']:,.0f} MW; unserved {t['unserved_mw']:,.1f} MW; "
              f"carbon {t['carbon_t'] / 1e6:,.2f} Mt; mean RTT {t['mean_rtt_ms']:.1f} ms; "
              f"moved from today {t['moved_mw']:,.0f} MW; "
              f"build {result.build_s * 1000:.1f} ms, solve {result.solve_s * 1000:.1f} ms")
    return 0 if result.ok else 1
