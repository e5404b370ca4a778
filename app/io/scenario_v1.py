"""Scenario file format version 1: read a parsed TOML document, write TOML text.

The schema (every key, unit, default and range) is documented in ``docs/scenario-format.md``.
Reading never raises on bad data: every problem goes to the :class:`~app.io.checks.Checker`.
Once released, this module changes only to fix bugs: version 2 gets its own module.
"""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import tomli_w

from app.domain.assumptions import AllocationAssumptions
from app.domain.metrics import METRICS_BY_KEY
from app.domain.scenario import (
    BASE_DATASETS,
    BUILTIN,
    REGION_LEVELS,
    MapView,
    Scenario,
    SolverSettings,
    default_base,
)
from app.domain.text import tr
from app.io import sweep_v1
from app.io.assumptions_v1 import assumption_sections, read_assumptions
from app.io.checks import Checker, relative_path, show
from app.io.demand_v1 import demand_sections, read_demand
from app.io.policy_v1 import policy_sections, policy_settings
from app.io.sites_v1 import read_sites, site_sections
from app.io.status_quo_v1 import check_share_sites

VERSION = 1
# Physical upper bounds (documented in docs/scenario-format.md); the sections' own bounds are
# in their modules (sites_v1, demand_v1, assumptions_v1, toml_names).
MAX_PENALTY = 1e10
"""Cost of unserved demand, CNY/MW-year (the default is 1e8)."""
TOP_KEYS = (
    "format",
    "version",
    "metadata",
    "base",
    "sites",
    "demand",
    "assumptions",
    "overrides",
    "solver",
    "map",
    "policy",
    "sweep",
)
META_KEYS = ("name", "author", "created", "notes")
SOLVER_KEYS = ("regions", "auto_solve", "unserved_penalty_cny_per_mw_year")
MAP_KEYS = ("metric", "visible_layers", "view_lonlat")
BOUNDARY_SUFFIXES = (".geojson", ".json", ".gpkg", ".shp")


def _base_kind(key: str) -> tuple[tuple[str, ...], str]:
    """A [base] file's allowed extensions and what it should be; checked before any reading."""
    if key == "boundaries":
        return BOUNDARY_SUFFIXES, tr("a boundary file (GeoJSON, GeoPackage or Shapefile)")
    return (".csv",), tr("a CSV table")


# ---- reading -------------------------------------------------------------------------------
def load(doc: dict[str, Any], check: Checker) -> Scenario:
    """The scenario in a version-1 document (``format``/``version`` already checked)."""
    check.table(doc, "", TOP_KEYS)
    meta = check.table(doc.get("metadata", {}), "metadata", META_KEYS)
    a = AllocationAssumptions()
    demand = read_demand(doc, check, a)
    a = replace(a, **demand, **read_assumptions(doc, check, a, demand.get("classes", a.classes)))
    scenario = Scenario(
        name=check.string(meta, "name", "metadata", "Untitled", one_line=True),
        author=check.string(meta, "author", "metadata", "", one_line=True),
        created=_created(meta, check),
        notes=check.string(meta, "notes", "metadata", ""),
        base=_base(doc, check),
        sites=read_sites(doc, check),
        assumptions=a,
        solver=_solver(doc, check),
        map_view=_map(doc, check),
        policy=policy_settings(doc, check),
    )
    check_share_sites(a, {s.id for s in scenario.sites}, check)
    if "sweep" in doc and not check.problems:  # its keys are checked against the scenario
        full = sweep_v1.full_document(scenario, dumps)
        scenario.sweep = sweep_v1.load(doc, check, full, _problems)
    return scenario


def _problems(doc: dict[str, Any]) -> list[str]:
    """Every problem of a version-1 document (no file checks)."""
    check = Checker(None, check_files=False)
    load(doc, check)
    return check.problems


def _created(meta: dict[str, Any], check: Checker) -> str:
    value = meta.get("created", "")
    if isinstance(value, datetime | date):  # a TOML date or date-time
        return value.isoformat()
    text = check.string(meta, "created", "metadata", "")
    if text:
        try:
            datetime.fromisoformat(text)
        except ValueError:
            check.add(
                "metadata.created",
                tr("must be an ISO date such as 2025-06-30, got {value}").format(value=show(text)),
            )
    return text


def _base(doc: dict[str, Any], check: Checker) -> dict[str, str]:
    tbl = check.table(doc.get("base", {}), "base", tuple(BASE_DATASETS))
    base = default_base()
    for key in BASE_DATASETS:
        if tbl.get(key, BUILTIN) != BUILTIN:
            suffixes, expected = _base_kind(key)
            base[key] = check.file(tbl, key, "base", suffixes, expected) or BUILTIN
    return base


def _solver(doc: dict[str, Any], check: Checker) -> SolverSettings:
    tbl, d = check.table(doc.get("solver", {}), "solver", SOLVER_KEYS), SolverSettings()
    return SolverSettings(
        regions=check.choice(tbl, "regions", "solver", REGION_LEVELS, d.regions, "region level"),
        auto_solve=check.boolean(tbl, "auto_solve", "solver", d.auto_solve),
        unserved_penalty_cny_per_mw_year=check.number(
            tbl,
            "unserved_penalty_cny_per_mw_year",
            "solver",
            d.unserved_penalty_cny_per_mw_year,
            gt=0.0,
            le=MAX_PENALTY,
            unit="CNY/MW-year",
        ),
    )


def _map(doc: dict[str, Any], check: Checker) -> MapView:
    tbl, d = check.table(doc.get("map", {}), "map", MAP_KEYS), MapView()
    return MapView(
        metric=check.choice(tbl, "metric", "map", tuple(METRICS_BY_KEY), d.metric, "metric"),
        visible_layers=check.strings(tbl, "visible_layers", "map"),
        view_lonlat=_view_box(tbl, check),
    )


def _view_box(tbl: dict[str, Any], check: Checker) -> tuple[float, float, float, float] | None:
    if "view_lonlat" not in tbl:
        return None
    value = tbl["view_lonlat"]
    ok = (
        isinstance(value, list)
        and len(value) == 4
        and all(
            isinstance(v, int | float)
            and not isinstance(v, bool)
            and -1e6 < v < 1e6  # also: no int too big for a float
            for v in value
        )
    )
    if ok:
        west, south, east, north = (float(v) for v in value)
        ok = -180.0 <= west < east <= 180.0 and -90.0 <= south < north <= 90.0
    if not ok:
        check.add(
            "map.view_lonlat",
            tr(
                "must be [west, south, east, north] in degrees with "
                "west < east and south < north, got {value}"
            ).format(value=show(value)),
        )
        return None
    return west, south, east, north


# ---- writing -------------------------------------------------------------------------------
def dumps(s: Scenario, base_dir: Path | None) -> str:
    """Version-1 TOML text of ``s``; file paths relative to ``base_dir`` when it is given."""
    a: AllocationAssumptions = s.assumptions
    sections: list[tuple[str, dict[str, Any]]] = [
        ("", {"format": "cpn-scenario", "version": VERSION}),
        (
            "[metadata]",
            {"name": s.name, "author": s.author, "created": s.created, "notes": s.notes},
        ),
        (
            "[base]",
            {k: v if v == BUILTIN else relative_path(v, base_dir) for k, v in s.base.items()},
        ),
    ]
    sections += site_sections(s.sites, base_dir)
    sections += demand_sections(a)
    sections += assumption_sections(a)
    sections.append(
        (
            "[solver]",
            {
                "regions": s.solver.regions,
                "auto_solve": bool(s.solver.auto_solve),
                "unserved_penalty_cny_per_mw_year": float(
                    s.solver.unserved_penalty_cny_per_mw_year
                ),
            },
        )
    )
    sections.append(("[map]", _map_dict(s.map_view)))
    sections += policy_sections(s.policy)
    sections += sweep_v1.sections(getattr(s, "sweep", None))
    text = "# CPN Planner scenario (schema: docs/scenario-format.md)\n"
    for header, body in sections:
        # multi-line strings read "\r\n" back as "\n": only strings without "\r" use them
        multiline = not any("\r" in v for v in _strings(body))
        text += (f"\n{header}\n" if header else "") + tomli_w.dumps(
            body, multiline_strings=multiline
        )
    return text


def _strings(body: dict[str, Any]) -> list[str]:
    """The string values of a flat section (also inside arrays)."""
    values = [v for item in body.values() for v in (item if isinstance(item, list) else [item])]
    return [v for v in values if isinstance(v, str)]


def _map_dict(view: MapView) -> dict[str, Any]:
    out: dict[str, Any] = {"metric": view.metric}
    if view.visible_layers is not None:
        out["visible_layers"] = list(view.visible_layers)
    box = _usable_box(view.view_lonlat)
    if box is not None:
        out["view_lonlat"] = list(box)
    return out


def _usable_box(box: tuple[float, ...] | None) -> tuple[float, float, float, float] | None:
    """The view box clamped to [-180, 180] x [-90, 90]; None when it is no box at all (e.g.
    a far zoom-out projected to NaN). A view is a preference, never a reason to refuse a save."""
    try:
        west, south, east, north = (float(v) for v in box)  # type: ignore[union-attr]
    except (TypeError, ValueError):
        return None
    west, east = max(west, -180.0), min(east, 180.0)
    south, north = max(south, -90.0), min(north, 90.0)
    if not all(map(math.isfinite, (west, south, east, north))) or west >= east or south >= north:
        return None
    return west, south, east, north
