"""``cpn-planner solve``: the allocation for the built-in baseline or a scenario, headless.

Prints the headline (the placed sites' effect, then versus today, then if moving were free;
:mod:`app.io.headline`), or JSON with ``--json``:

- ``status``, ``objective_cny`` (the LP's objective: what the allocation can change -
  marginal energy, transport, carbon, migration and the unserved penalty; the halls' fixed
  energy and the capex annuity are constants left out, so it is not ``totals.cost_cny``;
  ``suggest``'s cost is the whole ``cost_cny``), ``served_mw``, ``unserved_mw``;
- ``totals``: CNY, MWh, tCO2 a year; every hall's load-independent energy included
  (``fixed_energy_mwh``/``fixed_energy_cost``); ``cost_cny`` is energy + transport + carbon
  cost + capex annuity + ``migration_cost`` (the one-off cost of the MW moved from today over
  the payback years); ``moved_mw`` from today;
- ``without_sites``: ``{totals}`` of the same scenario without its placed sites (same
  assumptions, status quo and friction);
- ``sites_effect``: the keys of ``totals`` (scenario minus ``without_sites``) plus
  ``investment_cny`` and ``migration_one_off_cny`` (one-off: building the sites, moving the
  extra MW they draw), ``payback_years`` (simple) and ``npv_cny`` (capex life and discount
  rate), which count both one-off costs once and the yearly saving without the capex annuity
  and the migration charge; all zero for a scenario with no placed sites; ``payback_never`` is true when
  the investment is never repaid (JSON has no infinity: ``payback_years`` is then null, as it
  is when there is nothing to repay);
- ``status_quo_totals``: today (the status quo) on the same basis;
- ``sites``: per site (stock, cluster, placed) load, capacity, utilisation, dual (value of
  one more MW, CNY/MW/yr), ``status_quo_load_mw`` and energy, energy cost and carbon at its
  solved load; placed sites also design utilisation, PUE, water, price and flags; ``costs``
  (and ``status_quo_costs``, today): its ``fixed_energy_cost``, ``marginal_energy_cost``,
  ``energy_cost``, ``carbon_cost``, ``transport_cost``, ``capex_cost``, ``migration_cost``,
  ``cost_cny`` (CNY a year; each summed over the sites is the total of the same name) and
  ``investment_cny`` (one-off);
- ``moved_mw`` (``total``, ``by_class``), ``moves``, ``stays_mw_by_reason`` and
  ``if_moving_were_free`` (``moved_mw``, equal to its ``totals.moved_mw``, and ``totals``);
- ``policy``: every national target in force per scope (``app.engine.policy.policy``: id, scope,
  target, value, pass, source, comparison, margin, band, and the same item ``today`` and
  ``without_sites``);
- ``regions`` served-by, ``flags``, ``timings``.

JSON is always valid (None, never NaN). ``--mps`` writes the LP for any solver. Everything
comes from ``app.engine.evaluate``.
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

    from app.domain.assumptions import AllocationAssumptions
    from app.domain.scenario import Scenario

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


def _never(effect: dict) -> bool:
    """An investment no yearly saving repays (``payback_years`` is +inf, not NaN)."""
    years = effect.get("payback_years")
    return years is not None and math.isinf(years) and years > 0


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


#: Keys of a site's ``costs`` in ``solve --json`` (CNY a year; ``investment_cny`` one-off).
COST_KEYS = (
    "fixed_energy_cost", "marginal_energy_cost", "energy_cost", "carbon_cost", "transport_cost",
    "capex_cost", "migration_cost", "cost_cny", "investment_cny",
)  # fmt: skip


def _cost_rows(frame):
    """(site id, {cost line: CNY}) of the evaluation's cost detail."""
    columns = [frame[k].tolist() for k in COST_KEYS]
    for i, site in enumerate(frame["site"].tolist()):
        yield site, {k: column[i] for k, column in zip(COST_KEYS, columns, strict=True)}


def as_json(ev) -> dict:
    """The evaluation as the ``solve --json`` contract (see the module docstring)."""
    result = ev.result
    served_by: dict[str, dict[str, float]] = {}
    for (region, site), mw in result.flows.groupby(["region", "site"])["mw"].sum().items():
        served_by.setdefault(str(region), {})[str(site)] = round(float(mw), 6)
    # column arrays, not a pandas row per site (thousands of sites)
    table, energy = result.sites_table, result.site_energy
    columns = ("load_mw", "capacity_mw", "utilisation", "dual_cny_per_mw_year")
    per_mw = ("energy_mwh", "energy_cost_cny", "carbon_t")
    rows = zip(
        table.index.tolist(),
        *(table[c].tolist() for c in columns),
        *(energy.loc[table.index, c].tolist() for c in per_mw),
        strict=True,
    )
    sites = {str(s): dict(zip(columns + per_mw, values, strict=True)) for s, *values in rows}
    sites.update({e.site.id: _placed(e) for e in ev.sites})
    for key, frame in (("costs", ev.costs), ("status_quo_costs", ev.today_costs)):
        for site, parts in _cost_rows(frame):
            sites.setdefault(site, {})[key] = parts
    from app.engine.references.migration_preview import status_quo_json

    return clean(
        status_quo_json(
            ev.migration,
            {
                "status": result.status,
                "objective_cny": result.objective_cny,
                "served_mw": result.totals["served_mw"],
                "unserved_mw": result.totals["unserved_mw"],
                "totals": result.totals,
                "without_sites": {"totals": ev.without_sites.totals},
                "sites_effect": {**ev.sites_effect, "payback_never": _never(ev.sites_effect)},
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


def run(args: argparse.Namespace) -> int:
    from app.cli import wrong_suffix
    from app.cli.outputs import overwritten_input, scenario_inputs
    from app.engine.evaluate import evaluate
    from app.io.exports import ReportError, check_target, write_mps_file

    try:
        scenario = _scenario(args)
        if args.mps:  # before the solve, not after it
            refused = wrong_suffix(args.mps, (".mps",)) or overwritten_input(
                [args.mps], scenario_inputs(args.scenario, scenario)
            )
            if refused:
                raise ReportError(refused)
            check_target(Path(args.mps))
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
        from app.io.glossary import status_label
        from app.io.headline import headline

        t = result.totals
        for line in headline(ev):
            print(line)
        print(
            tr(
                "status {status}; cost {cost}/yr; served {served:,.0f} MW; unserved "
                "{unserved:,.1f} MW; carbon {carbon}; mean RTT {rtt}; build "
                "{build:.1f} ms, solve {solve:.1f} ms"
            ).format(
                status=status_label(result.status),
                cost=units.money(t["cost_cny"], 3),
                served=t["served_mw"],
                unserved=t["unserved_mw"],
                carbon=units.carbon(t["carbon_t"]),
                rtt=units.rtt_text(t["mean_rtt_ms"]),
                build=result.build_s * 1000,
                solve=result.solve_s * 1000,
            )
        )
        for flag in ev.flags:
            print(f"  ! {flag}")
    return 0 if result.ok else 1
