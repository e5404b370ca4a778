"""The ``[[sites]]`` tables of scenario format version 1: the planner's placed sites, read
and written for :mod:`app.io.scenario_v1`; documented in ``docs/scenario-format.md``."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path
from typing import Any

from app.domain.ranges import SITE
from app.domain.site import Site
from app.domain.text import tr
from app.engine.costs.costs import ACCELERATOR_PROFILES
from app.engine.pue.facility import FACILITY_CLASSES
from app.engine.pue.pue import COOLING_TECHS
from app.io.checks import Checker, key_path, relative_path, same_id_key, show

#: Site fields spelt differently in the file (public outputs spell ``utilisation``).
SITE_FILE_NAMES = {"utilization": "utilisation"}
#: Older spellings still read (the same key; giving both is a problem).
SITE_ALIASES = {"utilization": "utilisation"}
SITE_KEYS = tuple(SITE_FILE_NAMES.get(f.name, f.name) for f in fields(Site)) + tuple(SITE_ALIASES)

_SITE_DEFAULT = Site("", "", 0.0, 0.0)


def read_sites(doc: dict[str, Any], check: Checker) -> list[Site]:
    """The ``[[sites]]`` of a version-1 document; problems go to ``check``."""
    sites: list[Site] = []
    first_path: dict[str, str] = {}  # by same_id_key: "A" and "a", NFC and NFD are one id
    for path, tbl in check.tables(doc, "sites", "", SITE_KEYS) or []:
        before = len(check.problems)
        site = _site(tbl, path, check)
        if len(check.problems) == before:  # the Site's own rules, as a safety net
            for problem in site.validate():
                check.add("", f"{path}.{problem}")
        key = same_id_key(site.id)
        if key in first_path:
            check.add(
                f"{path}.id",
                tr("duplicate id {id} (also {other})").format(
                    id=show(site.id), other=first_path[key]
                ),
            )
        first_path.setdefault(key, path)
        sites.append(site)
    return sites


def _spelling(tbl: dict[str, Any], key: str, path: str, check: Checker) -> str:
    """The key ``tbl`` uses for ``key``: itself or its alias (both given: a problem)."""
    alias = next((old for old, new in SITE_ALIASES.items() if new == key), None)
    if alias is None or alias not in tbl:
        return key
    if key in tbl:
        check.add(
            key_path(path, alias),
            tr("the same key as {key}: give it once").format(key=key),
        )
    return alias


def _site(tbl: dict[str, Any], path: str, check: Checker) -> Site:
    d, num = _SITE_DEFAULT, check.number
    bounds = {name: r.keywords() for name, r in SITE.items()}

    def money(key: str) -> float | None:
        return num(tbl, key, path, None, **bounds[key])

    return Site(
        id=check.string(tbl, "id", path, non_empty=True, one_line=True) or "",
        name=check.string(tbl, "name", path, non_empty=True, one_line=True) or "",
        lon=num(tbl, "lon", path, **bounds["lon"]),
        lat=num(tbl, "lat", path, **bounds["lat"]),
        capacity_mw=num(tbl, "capacity_mw", path, d.capacity_mw, **bounds["capacity_mw"]),
        utilization=num(
            tbl,
            _spelling(tbl, "utilisation", path, check),
            path,
            d.utilization,
            **bounds["utilization"],
        ),  # fmt: skip
        cooling=check.choice(tbl, "cooling", path, COOLING_TECHS, d.cooling, "cooling technology"),
        tariff_cny_per_kwh=money("tariff_cny_per_kwh"),
        green_share=num(tbl, "green_share", path, d.green_share, **bounds["green_share"]),
        green_price_cny_per_kwh=money("green_price_cny_per_kwh"),
        accelerator=check.choice(
            tbl,
            "accelerator",
            path,
            tuple(ACCELERATOR_PROFILES),
            d.accelerator,
            "accelerator profile",
        ),
        weather_file=check.file(
            tbl,
            "weather_file",
            path,
            (".epw", ".csv"),
            tr("an EPW or CSV weather file"),
            20 * 1024 * 1024,
        ),
        facility=check.choice(
            tbl, "facility", path, FACILITY_CLASSES, d.facility, "facility class"
        ),
    )


def site_sections(sites: list[Site], base_dir: Path | None) -> list[tuple[str, dict[str, Any]]]:
    """One ``[[sites]]`` section per site; file paths relative to ``base_dir`` when given."""
    return [("[[sites]]", _site_dict(site, base_dir)) for site in sites]


def _site_dict(site: Site, base_dir: Path | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields(Site):
        value = getattr(site, f.name)
        if value is None:
            continue
        if f.name == "weather_file":
            value = relative_path(value, base_dir)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            value = float(value)
        out[SITE_FILE_NAMES.get(f.name, f.name)] = value
    return out
