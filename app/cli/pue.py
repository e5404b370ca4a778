"""``cpn-planner pue``: annual and monthly PUE, mode hours and WUE of one site, headless.

Weather is synthesised from the built-in monthly normals (or ``--normals`` CSV with columns
``city, lat, lon, month, tmax_c, tmean_c, tmin_c, rh_pct`` and optionally ``elevation_m``) or
read from a measured hourly file (``--epw`` EnergyPlus weather, ``--hourly`` 8760-row CSV with
``tdb_c, rh_pct``), which then replaces the synthesis. ``--city`` takes English, pinyin or
Chinese names (``--city 贵阳``). ``--facility`` picks the class (default ``large``); the annual
PUE comes with its p5-p95 band. Bad input gives one clear line on stderr and exit status 2.

Examples::

    python -m app.cli.pue --city Beijing --cooling chiller_tower
    python -m app.cli.pue --city 乌兰察布 --cooling indirect_evaporative --utilisation 0.5 --json
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path

import pandas as pd

from app.domain.text import tr
from app.engine.climate import climate
from app.engine.climate.city_lookup import STATION_WARN_KM, PlaceNotFound, Resolved, resolve
from app.engine.pue.facility import (
    DEFAULT_FACILITY,
    FACILITY_CLASSES,
    FACILITY_LABELS,
    parameter_table,
)
from app.engine.pue.pue import (
    COOLING_TECHS,
    DEFAULT_UTILIZATION,
    TECH_LABELS,
    PueResult,
    evaluate_pue,
)
from app.engine.pue.pue_band import PueBand, marginal_pue, pue_band
from app.paths import DATA_DIR

EXIT_USAGE = 2
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class CliError(Exception):
    """A problem with the user's input: printed on stderr, exit status 2."""


def configure(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the ``pue`` options to ``parser``."""
    parser.add_argument(
        "--normals",
        type=Path,
        help=tr("monthly normals CSV (long format; default: the built-in normals)"),
    )
    parser.add_argument("--city", help=tr("city or station: English, pinyin or Chinese (贵阳)"))
    parser.add_argument("--cooling", required=True, metavar="TECH", help=", ".join(COOLING_TECHS))
    parser.add_argument(
        "--facility",
        default=DEFAULT_FACILITY,
        metavar="CLASS",
        help=tr("{classes} (default {default})").format(
            classes=", ".join(FACILITY_CLASSES), default=DEFAULT_FACILITY
        ),
    )
    parser.add_argument(
        "--utilisation",
        "--utilization",  # the old spelling still works
        type=float,
        default=DEFAULT_UTILIZATION,
        help=tr("IT load / rated IT power, 0-1 (default {default})").format(
            default=DEFAULT_UTILIZATION
        ),
    )
    parser.add_argument("--epw", type=Path, help=tr("measured hourly EnergyPlus weather file"))
    parser.add_argument(
        "--hourly", type=Path, help=tr("measured hourly CSV (tdb_c, rh_pct; 8760 rows)")
    )
    parser.add_argument("--json", action="store_true", help=tr("print JSON instead of a table"))
    parser.set_defaults(func=run)
    return parser


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register ``pue`` on a sub-command set (the main ``cpn-planner`` CLI calls this)."""
    return configure(
        subparsers.add_parser(
            "pue",
            help=tr("annual/monthly PUE, mode hours and WUE of one site"),
            description=__doc__.split("\n\n")[0],
        )
    )


def _weather(args: argparse.Namespace) -> tuple[climate.HourlyWeather, str, Resolved | None]:
    """The hourly year to evaluate, the site's display name and the station standing in."""
    name = args.city or ""
    normals, found = None, None
    measured = args.epw is not None or args.hourly is not None
    path = args.normals or (
        None if measured and not args.city else DATA_DIR / "climate_normals.csv"
    )
    if path is not None:
        if not args.city:
            raise CliError("--city is required (a city or station of the normals)")
        try:
            frame = pd.read_csv(path)
        except (OSError, pd.errors.ParserError, UnicodeDecodeError) as exc:
            raise CliError(f"cannot read normals file {path}: {exc}") from None
        try:
            found = resolve(args.city, frame)
            normals = climate.normals_from_frame(frame, found.station)
        except (PlaceNotFound, ValueError, KeyError) as exc:
            raise CliError(f"{path}: {exc}") from None
        name = normals.name if normals.name == args.city else f"{args.city} ({normals.name})"
    try:
        if args.epw is not None:
            return climate.read_epw(args.epw), name or args.epw.stem, None
        if args.hourly is not None:
            elevation = normals.elevation_m if normals else None
            return climate.read_hourly_csv(args.hourly, elevation), name or args.hourly.stem, None
    except (OSError, ValueError) as exc:
        raise CliError(str(exc)) from None
    if normals is None:
        raise CliError("give --normals FILE --city NAME, or a measured --epw/--hourly file")
    return climate.synthesize_year(normals), name, found


def station_fields(found: Resolved | None) -> dict:
    """``station``, ``station_distance_km`` and a warning beyond STATION_WARN_KM."""
    if found is None:  # measured weather: no station stands in
        return {"station": None, "station_distance_km": None, "warnings": []}
    warnings = []
    if found.far:
        warnings.append(
            tr(
                "The nearest climate station, {station}, is {km:.0f} km away (more than "
                "{limit:.0f} km): its climate may differ from the site's."
            ).format(station=found.station, km=found.station_distance_km, limit=STATION_WARN_KM)
        )
    return {
        "place": found.place.label,
        "station": found.station,
        "station_distance_km": round(found.station_distance_km, 1),
        "warnings": warnings,
    }


def _check_args(args: argparse.Namespace) -> None:
    if args.cooling not in COOLING_TECHS:
        close = difflib.get_close_matches(args.cooling, COOLING_TECHS, n=2, cutoff=0.4)
        hint = f" Did you mean {' or '.join(close)}?" if close else ""
        raise CliError(
            f"unknown cooling technology {args.cooling!r}; choose one of: "
            f"{', '.join(COOLING_TECHS)}.{hint}"
        )
    if args.facility not in FACILITY_CLASSES:
        raise CliError(
            f"unknown facility class {args.facility!r}; choose one of: "
            f"{', '.join(FACILITY_CLASSES)}."
        )
    if not 0.0 < args.utilisation <= 1.0:
        raise CliError(f"--utilisation must be in (0, 1], got {args.utilisation}")


def result_dict(
    name: str,
    weather: climate.HourlyWeather,
    result: PueResult,
    facility: str = DEFAULT_FACILITY,
    band: PueBand | None = None,
) -> dict:
    """The JSON document printed by ``--json``."""
    band = band or pue_band(
        weather, result.tech, facility, result.utilization, result.annual_pue, key=name
    )
    marginal = marginal_pue(weather, result.tech, facility, result.utilization)
    return {
        "city": name,
        "cooling": result.tech,
        "cooling_label": TECH_LABELS[result.tech][0],
        "facility": facility,
        "facility_label": FACILITY_LABELS[facility][0],
        "utilisation": round(result.utilization, 4),
        "annual_pue": round(result.annual_pue, 4),
        "annual_pue_p5": round(band.p5, 4),
        "annual_pue_p95": round(band.p95, 4),
        "annual_pue_text": band.text(),
        "marginal_mwh_per_mwh_it": round(marginal.marginal_mwh_per_mwh_it, 4),
        "fixed_mwh_per_mw_year": round(marginal.fixed_mwh_per_mw_year, 1),
        "monthly_pue": [round(float(v), 4) for v in result.monthly_pue],
        "mode_hours": result.mode_hours,
        "wue_l_per_kwh": round(result.wue_l_per_kwh, 4),
        "water_m3_per_mw_it_year": round(result.water_m3_per_mw_it_year, 1),
        "breakdown_kwh_per_kwh_it": {
            k: round(v, 4) for k, v in result.breakdown_kwh_per_kwh_it.items()
        },
        "weather_source": weather.source,
        "notes": [tr(note) for note in weather.notes],  # engine notes, in --lang
        "parameters": parameter_table(result.tech, facility),
    }


def format_table(doc: dict) -> str:
    """Plain readable text of a :func:`result_dict`."""
    lines = [
        f"Site:         {doc['city']}",
        f"Cooling:      {doc['cooling']} ({doc['cooling_label']})",
        f"Facility:     {doc['facility']} ({doc['facility_label']})",
        f"Utilisation:  {doc['utilisation']:.2f} of rated IT power",
        f"Weather:      {doc['weather_source']}",
        f"Annual PUE:   {doc['annual_pue']:.3f}  (p5-p95 {doc['annual_pue_p5']:.3f}-"
        f"{doc['annual_pue_p95']:.3f})",
        f"Marginal:     {doc['marginal_mwh_per_mwh_it']:.3f} MWh per extra MWh IT; fixed "
        f"{doc['fixed_mwh_per_mw_year']:.0f} MWh per MW rated per year",
        "Monthly PUE:  " + " ".join(m.rjust(5) for m in MONTHS),
        "              " + " ".join(f"{v:5.3f}" for v in doc["monthly_pue"]),
        "Mode hours:   " + ", ".join(f"{k} {v}" for k, v in doc["mode_hours"].items()),
        f"WUE:          {doc['wue_l_per_kwh']:.3f} L/kWh IT ({doc['water_m3_per_mw_it_year']:.0f} m3 per MW IT per year)",
    ]
    if doc.get("station"):
        lines.insert(1, f"Station:      {doc['station']} ({doc['station_distance_km']:.0f} km)")
    lines += [f"Note:         {note}" for note in doc["notes"]]
    lines += [f"Warning:      {w}" for w in doc.get("warnings", [])]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Evaluate and print; 0 on success, 2 (message on stderr) on bad input."""
    try:
        _check_args(args)
        weather, name, found = _weather(args)
    except CliError as exc:
        print(f"cpn-planner pue: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    result = evaluate_pue(weather, args.cooling, args.utilisation, facility=args.facility)
    doc = result_dict(name, weather, result, args.facility) | station_fields(found)
    print(json.dumps(doc, ensure_ascii=False, indent=2) if args.json else format_table(doc))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry point: ``python -m app.cli.pue ...``."""
    parser = configure(
        argparse.ArgumentParser(prog="cpn-planner pue", description=__doc__.split("\n\n")[0])
    )
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
