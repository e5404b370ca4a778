"""``cpn-planner suggest``: where the next N MW should go (:mod:`app.engine.suggest.suggest`).

Prints the chosen sites, the annual cost, the MIP gap, what the sites save against the scenario
without them and the alternatives; ``--json`` the same as JSON (``sites`` with ``name``,
``lon``, ``lat``, ``capacity_mw``, ``cooling``, ``facility``, ``province``, ``station``,
``station_distance_km``, ``pue``, ``load_mw``, ``utilisation``, ``price_cny_per_kwh``;
``objective_cny``, ``status``, ``gap``, ``first_gap``, ``dual_bound_cny``, ``saving_cny``,
``first``, ``alternatives``, timings). Every figure of a site (``pue``: the annual PUE at
its solved load ``load_mw``, ``utilisation`` of its capacity) and the saving are the one
evaluation's: the scenario with the plan's sites added, as the window and the report show
them. Names are in the interface language (``--lang``). ``--apply OUT.toml`` writes the
scenario with the sites added.
"""

from __future__ import annotations

import argparse
import json
import sys

from app.cli.solve import EXIT_BAD_INPUT, _scenario, _stdout_to_devnull, clean
from app.domain.text import tr


def add_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser("suggest", help=tr("suggest where the next MW should go"))
    p.add_argument(
        "scenario", nargs="?", help=tr("scenario file (TOML); default: built-in baseline")
    )
    p.add_argument("--add-mw", type=float, default=600.0, help=tr("IT capacity to add, MW"))
    p.add_argument("--max-sites", type=int, default=3, help=tr("at most this many new sites"))
    p.add_argument("--step-mw", type=float, default=50.0, help=tr("site sizes in steps of, MW"))
    p.add_argument("--min-site-mw", type=float, default=50.0, help=tr("smallest site, MW"))
    p.add_argument("--max-site-mw", type=float, default=None, help=tr("largest site, MW"))
    p.add_argument(
        "--technologies",
        nargs="+",
        metavar="COOLING",
        help=tr("cooling technologies allowed (default: all)"),
    )
    p.add_argument(
        "--facilities",
        nargs="+",
        metavar="CLASS",
        help=tr("facility classes allowed (default: all)"),
    )
    p.add_argument(
        "--candidates",
        metavar="FILE",
        help=tr("the planner's candidate points (CSV/XLSX with lon/lat, or a point layer)"),
    )
    p.add_argument(
        "--only-candidates", action="store_true", help=tr("use only the points of --candidates")
    )
    p.add_argument(
        "--max-locations",
        type=int,
        default=300,
        help=tr("candidate locations kept for the optimiser"),
    )
    p.add_argument(
        "--no-water-in",
        nargs="+",
        type=int,
        default=(),
        metavar="ADCODE",
        help=tr("provinces (adcodes) where no water-using cooling may be built"),
    )
    p.add_argument(
        "--water-per-site",
        type=float,
        metavar="M3",
        help=tr("water cap per site, m3 a year at full load"),
    )
    p.add_argument(
        "--water-per-province",
        type=float,
        metavar="M3",
        help=tr("water cap per province, m3 a year at full load"),
    )
    p.add_argument(
        "--alternatives", type=int, default=0, help=tr("near-optimal alternatives to find")
    )
    p.add_argument(
        "--within",
        type=float,
        default=0.02,
        help=tr("alternatives may cost this share of the sites' own annual cost more"),
    )
    p.add_argument("--time-limit", type=float, default=60.0, help=tr("time limit of each MIP, s"))
    p.add_argument(
        "--apply", metavar="OUT.toml", help=tr("write the scenario with the suggested sites added")
    )
    p.add_argument(
        "--report", metavar="OUT", help=tr("write the suggestion's tables: .xlsx or .pdf")
    )
    p.add_argument("--json", action="store_true", help=tr("print JSON"))
    p.set_defaults(func=run, regions=None)
    return p  # fmt: skip


def request(args: argparse.Namespace):
    from app.engine.suggest.suggest import SuggestRequest
    from app.engine.suggest.suggest_candidates import points_from_file

    defaults = SuggestRequest()
    points = points_from_file(args.candidates) if args.candidates else ()
    return SuggestRequest(
        add_mw=args.add_mw,
        max_sites=args.max_sites,
        step_mw=args.step_mw,
        min_site_mw=args.min_site_mw,
        max_site_mw=args.max_site_mw,
        technologies=tuple(args.technologies or defaults.technologies),
        facilities=tuple(args.facilities or defaults.facilities),
        points=points,
        builtin=not args.only_candidates,
        max_locations=args.max_locations,
        no_water_provinces=frozenset(args.no_water_in),
        water_m3_per_site=args.water_per_site,
        water_m3_per_province=args.water_per_province,
        alternatives=args.alternatives,
        within=args.within,
        time_limit_s=args.time_limit,
    )


def portfolio_json(atlas, portfolio, why: list) -> dict:
    """A plan's sites; ``why[i]`` (:class:`SiteWhy`) is ``portfolio.sites[i]`` in the one
    evaluation of the scenario with the plan placed: its PUE, load and utilisation."""
    return {
        "cost_cny": portfolio.cost_cny,
        "sites": [
            {
                "name": s.name,
                "lon": s.lon,
                "lat": s.lat,
                "capacity_mw": s.capacity_mw,
                "cooling": s.cooling,
                "facility": s.facility,
                "province": atlas.province_name(o.inputs.province_adcode),
                "province_adcode": o.inputs.province_adcode,
                "station": o.inputs.station,
                "station_distance_km": o.inputs.station_km,
                "pue": w.pue,
                "load_mw": w.load_mw,
                "utilisation": w.utilisation,
                "price_cny_per_kwh": w.price_cny_per_kwh,
            }
            for s, o, w in zip(portfolio.sites, portfolio.options, why, strict=True)
        ],
    }


def plan_whys(scenario, s, views, atlas) -> dict[int, list]:
    """``id(portfolio)`` -> its sites' :class:`SiteWhy`, in order, for the best plan, the
    alternatives and the first answer: each from the one evaluation of the scenario with that
    plan placed (``views`` from :func:`plan_views`; the first answer evaluated here when it
    is not among them)."""
    out = {id(v.portfolio): [v.why[site.id] for site in v.new_sites] for v in views}
    if id(s.first) not in out:
        if s.first.sites == s.best.sites:
            out[id(s.first)] = out[id(s.best)]
        else:
            from app.engine.evaluate import evaluate
            from app.engine.suggest.suggest import apply
            from app.engine.suggest.suggest_explain import explain

            placed = apply(scenario, s.first)
            new = placed.sites[len(scenario.sites) :]
            why = explain(evaluate(placed, atlas=atlas, free=False), [x.id for x in new])
            out[id(s.first)] = [why[x.id] for x in new]
    return out


def as_json(atlas, s, saving_cny: float, whys: dict[int, list]) -> dict:
    def plan(p) -> dict:
        return portfolio_json(atlas, p, whys[id(p)])

    return clean(
        {
            "status": s.status,
            "objective_cny": s.best.cost_cny,
            "base_cost_cny": s.base_cost_cny,
            "saving_cny": saving_cny,
            "gap": s.gap,
            "first_gap": s.first_gap,
            "dual_bound_cny": s.dual_bound_cny,
            **plan(s.best),
            "first": plan(s.first),
            "alternatives": [plan(p) for p in s.alternatives],
            "tolerance_cny": s.tolerance_cny,
            "candidates": {"locations": s.n_locations, "options": s.n_options},
            "timings": {"first_s": s.seconds_to_first, "total_s": s.seconds_total},
        }
    )


def summary_line(status: str, n: int, cost_cny: float, gap: float, saving_cny: float) -> str:
    """The first line of the summary: one site or n sites, and a saving, or the extra cost
    when the sites cost more than they save (CNY a year)."""
    from app.domain import units

    costs_more = units.money(-saving_cny, 3) if saving_cny < 0 else None
    if costs_more == units.money(0.0, 3):  # rounds to nothing: no "costs 0.000 more"
        costs_more = None
    if n == 1:
        text = (
            tr("{status}: 1 site, annual cost {cost}, gap {gap:.2%}; saves {saving} a year")
            if costs_more is None
            else tr(
                "{status}: 1 site, annual cost {cost}, gap {gap:.2%}; costs {extra} a year more"
            )
        )
    else:
        text = (
            tr("{status}: {n} sites, annual cost {cost}, gap {gap:.2%}; saves {saving} a year")
            if costs_more is None
            else tr(
                "{status}: {n} sites, annual cost {cost}, gap {gap:.2%}; costs {extra} a year more"
            )
        )
    return text.format(
        status=status, n=n, cost=units.money(cost_cny, 3), gap=gap,
        saving=units.money(max(saving_cny, 0.0), 3), extra=costs_more,
    )  # fmt: skip


def _print_summary(atlas, s, saving: float, whys: dict[int, list]) -> None:
    from app.domain import units
    from app.domain.ids import COOLING_TECH_LABELS
    from app.domain.text import language
    from app.engine.pue.facility import FACILITY_LABELS
    from app.io.glossary import status_label

    lang = language()
    zh = lang == "zh"
    print(summary_line(status_label(s.status), len(s.best.sites), s.best.cost_cny, s.gap, saving))
    for label, p in [(tr("best"), s.best)] + [
        (tr("alternative {n}").format(n=i + 1), p) for i, p in enumerate(s.alternatives)
    ]:
        print(f"{label}: {units.money(p.cost_cny, 3)}")
        for site, o, w in zip(p.sites, p.options, whys[id(p)], strict=True):
            pue = "-" if w.pue is None else f"{w.pue:.3f}"
            print(
                f"  {site.name} ({site.lon:.2f}, {site.lat:.2f}) "
                f"{atlas.province_name(o.inputs.province_adcode, lang)}: {site.capacity_mw:,.0f} MW "
                f"{COOLING_TECH_LABELS[site.cooling][zh]}, {FACILITY_LABELS[site.facility][zh]}, "
                + tr("annual PUE {pue} at {load:,.0f} MW").format(pue=pue, load=w.load_mw)
            )


def check_report(path: str, lang: str) -> None:
    """Refuse, before the search runs, a report the command could not write."""
    from pathlib import Path

    from app.io.exports import check_target

    if Path(path).suffix.lower() not in (".pdf", ".xlsx"):
        raise ValueError(tr("{path}: the report must end in .xlsx or .pdf", lang).format(path=path))
    check_target(Path(path))


def check_apply(path: str) -> None:
    """Refuse, before the search runs, a scenario file the command could not write: it is
    a scenario, so it ends in .toml (as Save As names it), and its folder takes it."""
    from pathlib import Path

    from app.cli import wrong_suffix
    from app.io.exports import check_target

    refused = wrong_suffix(path, (".toml",))
    if refused:
        raise ValueError(refused)
    check_target(Path(path))


def write_report(s, views, atlas, path: str, lang: str) -> None:
    """The suggestion's tables (every plan evaluated, with why) as .xlsx or .pdf."""
    from app.io.suggest_tables import suggestion_sheets
    from app.ui.report import write_sheets

    sheets = suggestion_sheets(s, views, atlas, lang)
    write_sheets(sheets, tr("Site suggestion", lang), path, lang)


def run(args: argparse.Namespace) -> int:
    from app.cli.outputs import overwritten_input, scenario_inputs
    from app.datasets.base_atlas import atlas_for_base
    from app.datasets.user_data import UserDataError
    from app.engine.suggest.suggest import SuggestError, suggest
    from app.engine.suggest.suggest_explain import plan_views
    from app.io.exports import ReportError

    try:
        scenario = _scenario(args)
        req = request(args)
        if args.report:
            check_report(args.report, getattr(args, "lang", "en"))
        if args.apply:
            check_apply(args.apply)  # before the search, not after it
        inputs = scenario_inputs(args.scenario, scenario) + (
            [args.candidates] if args.candidates else []
        )
        refused = overwritten_input([o for o in (args.apply, args.report) if o], inputs)
        if refused:
            raise ValueError(refused)
        with _stdout_to_devnull():
            atlas = atlas_for_base(scenario.base)
            s = suggest(scenario, req, atlas=atlas)
            # Every plan evaluated with its sites placed: the figures printed, written and
            # reported are the one evaluation's (as the window shows them).
            views = plan_views(scenario, s, atlas)
            whys = plan_whys(scenario, s, views, atlas)
        with_sites, saving = views[0].scenario, views[0].saving_cny
        if args.apply:
            from app.io.scenario_file import save_scenario

            save_scenario(with_sites, args.apply)
        if args.report:
            write_report(s, views, atlas, args.report, getattr(args, "lang", "en"))
    except (OSError, ValueError, ArithmeticError, SuggestError, UserDataError, ReportError) as exc:
        print(f"suggest: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.json:
        print(
            json.dumps(
                as_json(atlas, s, saving, whys), ensure_ascii=False, indent=1, allow_nan=False
            )
        )
    else:
        _print_summary(atlas, s, saving, whys)
    return 0
