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
import re
import sys
import unicodedata
from pathlib import Path

import pandas as pd

from app.domain.text import language, tr
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
            raise CliError(tr("--city is required (a city or station of the normals)"))
        try:
            frame = pd.read_csv(path)
        except (OSError, pd.errors.ParserError, UnicodeDecodeError) as exc:
            raise CliError(
                tr("cannot read normals file {path}: {exc}").format(path=path, exc=exc)
            ) from None
        try:
            found = resolve(args.city, frame)
            normals = climate.normals_from_frame(frame, found.station)
        except (PlaceNotFound, ValueError, KeyError) as exc:
            raise CliError(f"{path}: {exc}") from None
        shown = local_station(normals.name)
        name = normals.name if normals.name == args.city else f"{args.city} ({shown})"
    try:
        if args.epw is not None:
            return climate.read_epw(args.epw), name or args.epw.stem, None
        if args.hourly is not None:
            elevation = normals.elevation_m if normals else None
            return climate.read_hourly_csv(args.hourly, elevation), name or args.hourly.stem, None
    except (OSError, ValueError) as exc:
        raise CliError(str(exc)) from None
    if normals is None:
        raise CliError(tr("give --normals FILE --city NAME, or a measured --epw/--hourly file"))
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
            ).format(
                station=local_station(found.station),
                km=found.station_distance_km,
                limit=STATION_WARN_KM,
            )
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
        hint = tr(" Did you mean {names}?").format(names=" / ".join(close)) if close else ""
        raise CliError(
            tr("unknown cooling technology {name!r}; choose one of: {names}.").format(
                name=args.cooling, names=", ".join(COOLING_TECHS)
            )
            + hint
        )
    if args.facility not in FACILITY_CLASSES:
        raise CliError(
            tr("unknown facility class {name!r}; choose one of: {names}.").format(
                name=args.facility, names=", ".join(FACILITY_CLASSES)
            )
        )
    if not 0.0 < args.utilisation <= 1.0:
        raise CliError(tr("--utilisation must be in (0, 1], got {u}").format(u=args.utilisation))


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


#: how the engine words a synthetic year's source (app.engine.climate.climate)
_SYNTHETIC = re.compile(r"synthetic from monthly normals: (?P<station>.*) \(seed (?P<seed>\d+)\)")


def _weather_text(source: str) -> str:
    if match := _SYNTHETIC.fullmatch(source):
        return tr("synthetic from monthly normals: {station} (seed {seed})").format(
            station=local_station(match["station"]), seed=match["seed"]
        )
    return source  # a measured year: its file's name


def local_station(name: str) -> str:
    """A climate station's name in the language of ``--lang`` (JSON keeps the station id)."""
    if language() != "zh":
        return name
    from app.datasets.reference import station_names_zh

    return station_names_zh().get(name, name)


def format_table(doc: dict) -> str:
    """Plain readable text of a :func:`result_dict`, in the language of ``--lang``."""
    zh = int(language() == "zh")
    rows = [
        (tr("Site"), doc["city"]),
        (tr("Cooling"), f"{doc['cooling']} ({TECH_LABELS[doc['cooling']][zh]})"),
        (tr("Facility"), f"{doc['facility']} ({FACILITY_LABELS[doc['facility']][zh]})"),
        (tr("Utilisation"), tr("{u:.2f} of rated IT power").format(u=doc["utilisation"])),
        (tr("Weather"), _weather_text(doc["weather_source"])),
        (
            tr("Annual PUE"),
            f"{doc['annual_pue']:.3f}  (p5-p95 {doc['annual_pue_p5']:.3f}-"
            f"{doc['annual_pue_p95']:.3f})",
        ),
        (
            tr("Marginal"),
            tr("{m:.3f} MWh per extra MWh IT; fixed {f:.0f} MWh per MW rated per year").format(
                m=doc["marginal_mwh_per_mwh_it"], f=doc["fixed_mwh_per_mw_year"]
            ),
        ),
        (tr("Monthly PUE"), " ".join(str(m).rjust(5) for m in range(1, 13))),
        ("", " ".join(f"{v:5.3f}" for v in doc["monthly_pue"])),
        (
            tr("Mode hours"),
            tr("free cooling {free}, partial {partial}, mechanical {mechanical}").format(
                **doc["mode_hours"]
            ),
        ),
        (
            "WUE",
            tr("{wue:.3f} L/kWh IT ({m3:.0f} m3 per MW IT per year)").format(
                wue=doc["wue_l_per_kwh"], m3=doc["water_m3_per_mw_it_year"]
            ),
        ),
    ]
    if doc.get("station"):
        station = f"{local_station(doc['station'])} ({doc['station_distance_km']:.0f} km)"
        rows.insert(1, (tr("Station"), station))
    rows += [(tr("Note"), note) for note in doc["notes"]]
    rows += [(tr("Warning"), w) for w in doc.get("warnings", [])]
    width = max(_width(label) for label, _ in rows) + 2
    return "\n".join(
        (label + ":" if label else "").ljust(width + 1 - (_width(label) - len(label))) + value
        for label, value in rows
    )


def _width(text: str) -> int:
    """Columns ``text`` takes in a terminal (a Chinese character takes two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def run(args: argparse.Namespace) -> int:
    """Evaluate and print; 0 on success, 2 (message on stderr) on bad input."""
    try:
        _check_args(args)
        weather, name, found = _weather(args)
    except CliError as exc:
        print(tr("cpn-planner pue: error: {exc}").format(exc=exc), file=sys.stderr)
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
