"""Scenario file format version 1: read a parsed TOML document, write TOML text.

The schema (every key, unit, default and range) is documented in ``docs/scenario-format.md``.
Reading never raises on bad data: every problem goes to the :class:`~app.io.checks.Checker`.
Once released, this module changes only to fix bugs: version 2 gets its own module.
"""

from __future__ import annotations

import csv
import math
from dataclasses import fields, replace
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import tomli_w

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
from app.domain.site import Site
from app.domain.text import tr
from app.engine.allocation.allocation import RESIDENCIES, WorkloadClass
from app.engine.allocation.demand import BASE_YEAR
from app.engine.allocation.national_problem import AllocationAssumptions
from app.engine.allocation.network import default_tiers
from app.engine.costs.costs import ACCELERATOR_PROFILES
from app.engine.pue.facility import FACILITY_CLASSES
from app.engine.pue.pue import COOLING_TECHS
from app.io import sweep_v1
from app.io.checks import Checker, key_path, relative_path, show
from app.io.policy_v1 import policy_sections, policy_settings
from app.io.status_quo_v1 import STATUS_QUO_KEYS, status_quo_assumptions, status_quo_sections
from app.io.toml_names import province_names
from app.io.toml_names import toml_key as _toml_key
from app.paths import DATA_DIR

VERSION = 1
# Physical upper bounds (documented in docs/scenario-format.md): far beyond any real plan
# (China's whole stock is about 20 GW), small enough that the solver stays accurate.
MAX_MW = 1_000_000.0
"""National, province and cluster MW (1,000 GW)."""
MAX_SITE_MW = 50_000.0
"""One site's IT capacity (50 GW; the largest campuses are about 1 GW)."""
MIN_UTILIZATION = 0.01
"""Below 1 % the fixed cooling and power overheads make the PUE meaningless (17 at 0.1 %,
overflowing near 1e-300)."""
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
#: Site fields spelt differently in the file (public outputs spell ``utilisation``).
SITE_FILE_NAMES = {"utilization": "utilisation"}
#: Older spellings still read (the same key; giving both is a problem).
SITE_ALIASES = {"utilization": "utilisation"}
SITE_KEYS = tuple(SITE_FILE_NAMES.get(f.name, f.name) for f in fields(Site)) + tuple(SITE_ALIASES)
CLASS_KEYS = tuple(f.name for f in fields(WorkloadClass))
DEMAND_KEYS = ("national_it_mw", "proxy", "classes")
DEMAND_PROXIES = ("gdp_2023_billion_cny", "population_2023_million")
ASSUMPTION_KEYS = (
    "year",
    "carbon_price_cny_per_t",
    "kw_per_rack",
    "stock_pue",
    "bandwidth_price_cny_per_km_year",
    "token_cost_includes_capex",
    *STATUS_QUO_KEYS,
)
#: Province override key in the file -> (AllocationAssumptions field, range keywords).
PROVINCE_OVERRIDES: dict[str, tuple[str, dict[str, Any]]] = {
    "tariff_cny_per_kwh": ("tariff_cny_per_kwh", {"gt": 0.0, "lt": 10.0, "unit": "CNY/kWh"}),
    "emission_kg_per_kwh": ("emission_kg_per_kwh", {"ge": 0.0, "lt": 5.0, "unit": "kgCO2/kWh"}),
    "demand_mw": ("demand_mw", {"ge": 0.0, "le": MAX_MW, "unit": "MW"}),
    "capacity_mw": ("stock_mw", {"ge": 0.0, "le": MAX_MW, "unit": "MW"}),
}
#: Cluster override key in the file -> AllocationAssumptions field (MW each).
CLUSTER_OVERRIDES = {
    "capacity_mw": "cluster_mw",
    "built_mw": "cluster_built_mw",
    "planned_mw": "cluster_planned_mw",
}
#: Years a scenario may be set in (demand grows from the base year; issue 17).
YEAR_RANGE = (BASE_YEAR, 2060)
SOLVER_KEYS = ("regions", "auto_solve", "unserved_penalty_cny_per_mw_year")
MAP_KEYS = ("metric", "visible_layers", "view_lonlat")
BOUNDARY_SUFFIXES = (".geojson", ".json", ".gpkg", ".shp")


def _base_kind(key: str) -> tuple[tuple[str, ...], str]:
    """A [base] file's allowed extensions and what it should be; checked before any reading."""
    if key == "boundaries":
        return BOUNDARY_SUFFIXES, tr("a boundary file (GeoJSON, GeoPackage or Shapefile)")
    return (".csv",), tr("a CSV table")


_SITE_DEFAULT = Site("", "", 0.0, 0.0)
_CLASS_DEFAULT = {f.name: f.default for f in fields(WorkloadClass)}


# ---- built-in names the file may refer to --------------------------------------------------
@lru_cache(maxsize=1)
def cluster_ids() -> tuple[str, ...]:
    """The national cluster ids of clusters.csv (empty if the table cannot be read)."""
    try:
        with open(DATA_DIR / "clusters.csv", encoding="utf-8", newline="") as f:
            return tuple(row["cluster_id"] for row in csv.DictReader(f))
    except (OSError, KeyError):
        return ()


# ---- reading -------------------------------------------------------------------------------
def load(doc: dict[str, Any], check: Checker) -> Scenario:
    """The scenario in a version-1 document (``format``/``version`` already checked)."""
    check.table(doc, "", TOP_KEYS)
    meta = check.table(doc.get("metadata", {}), "metadata", META_KEYS)
    a = AllocationAssumptions()
    demand = _demand(doc, check, a)
    a = replace(
        a,
        **demand,
        **_assumptions(doc, check, a),
        **_overrides(doc, check),
        **status_quo_assumptions(
            doc.get("assumptions", {}), check, a, demand.get("classes", a.classes)
        ),
    )
    scenario = Scenario(
        name=check.string(meta, "name", "metadata", "Untitled"),
        author=check.string(meta, "author", "metadata", ""),
        created=_created(meta, check),
        notes=check.string(meta, "notes", "metadata", ""),
        base=_base(doc, check),
        sites=_sites(doc, check),
        assumptions=a,
        solver=_solver(doc, check),
        map_view=_map(doc, check),
        policy=policy_settings(doc, check),
    )
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


def _sites(doc: dict[str, Any], check: Checker) -> list[Site]:
    sites: list[Site] = []
    first_path: dict[str, str] = {}
    for path, tbl in check.tables(doc, "sites", "", SITE_KEYS) or []:
        before = len(check.problems)
        site = _site(tbl, path, check)
        if len(check.problems) == before:  # the Site's own rules, as a safety net
            for problem in site.validate():
                check.add("", f"{path}.{problem}")
        if site.id in first_path:
            check.add(
                f"{path}.id",
                tr("duplicate id {id} (also {other})").format(
                    id=show(site.id), other=first_path[site.id]
                ),
            )
        first_path.setdefault(site.id, path)
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

    def money(key: str) -> float | None:
        return num(tbl, key, path, None, gt=0.0, lt=10.0, unit="CNY/kWh")

    return Site(
        id=check.string(tbl, "id", path, non_empty=True) or "",
        name=check.string(tbl, "name", path, non_empty=True) or "",
        lon=num(tbl, "lon", path, ge=70.0, le=140.0, unit="°E (China's extent)"),
        lat=num(tbl, "lat", path, ge=10.0, le=56.0, unit="°N (China's extent)"),
        capacity_mw=num(tbl, "capacity_mw", path, d.capacity_mw, gt=0.0, le=MAX_SITE_MW, unit="MW"),
        utilization=num(
            tbl,
            _spelling(tbl, "utilisation", path, check),
            path,
            d.utilization,
            ge=MIN_UTILIZATION,
            le=1.0,
        ),  # fmt: skip
        cooling=check.choice(tbl, "cooling", path, COOLING_TECHS, d.cooling, "cooling technology"),
        tariff_cny_per_kwh=money("tariff_cny_per_kwh"),
        green_share=num(tbl, "green_share", path, d.green_share, ge=0.0, le=1.0),
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


def _demand(doc: dict[str, Any], check: Checker, a: AllocationAssumptions) -> dict[str, Any]:
    tbl = check.table(doc.get("demand", {}), "demand", DEMAND_KEYS)
    out: dict[str, Any] = {
        "national_it_mw": check.number(
            tbl, "national_it_mw", "demand", a.national_it_mw, gt=0.0, le=MAX_MW, unit="MW"
        ),
        "demand_proxy": check.choice(
            tbl, "proxy", "demand", DEMAND_PROXIES, a.demand_proxy, "demand proxy"
        ),
    }
    classes = check.tables(tbl, "classes", "demand", CLASS_KEYS)
    if classes is not None:
        out["classes"] = tuple(_workload_class(t, path, check) for path, t in classes)
        ids = [c.id for c in out["classes"]]
        for (path, _), cid in zip(classes, ids, strict=True):
            if ids.count(cid) > 1:
                check.add(f"{path}.id", tr("duplicate class id {id}").format(id=show(cid)))
        if not classes:
            check.add("demand.classes", tr("must have at least one class"))
        elif sum(c.share for c in out["classes"]) <= 0:
            check.add("demand.classes", tr("the shares must add up to more than 0"))
    return out


def _workload_class(tbl: dict[str, Any], path: str, check: Checker) -> WorkloadClass:
    d, num = _CLASS_DEFAULT, check.number
    cid = check.string(tbl, "id", path, non_empty=True) or ""
    return WorkloadClass(
        id=cid,
        label=check.string(tbl, "label", path, cid),
        latency_limit_ms=num(tbl, "latency_limit_ms", path, None, gt=0.0, le=10_000.0, unit="ms"),
        residency=check.choice(tbl, "residency", path, RESIDENCIES, d["residency"], "residency"),
        bandwidth_gbps_per_mw=num(
            tbl,
            "bandwidth_gbps_per_mw",
            path,
            d["bandwidth_gbps_per_mw"],
            ge=0.0,
            le=1_000.0,
            unit="Gbps/MW",
        ),
        share=num(tbl, "share", path, d["share"], ge=0.0, le=1_000.0),
        bandwidth_tier=check.choice(
            tbl,
            "bandwidth_tier",
            path,
            tuple(default_tiers()),
            d["bandwidth_tier"],
            "bandwidth tier",
        ),
    )


def _assumptions(
    doc: dict[str, Any],
    check: Checker,
    a: AllocationAssumptions,
) -> dict[str, Any]:
    tbl = check.table(doc.get("assumptions", {}), "assumptions", ASSUMPTION_KEYS)
    where = "assumptions"
    return {
        "year": _year(tbl, check, where, a.year),
        "carbon_price_cny_per_t": check.number(
            tbl,
            "carbon_price_cny_per_t",
            where,
            a.carbon_price_cny_per_t,
            ge=0.0,
            le=10_000.0,
            unit="CNY/t",
        ),
        "kw_per_rack": check.number(
            tbl, "kw_per_rack", where, a.kw_per_rack, gt=0.0, le=500.0, unit="kW"
        ),
        "stock_pue": check.number(tbl, "stock_pue", where, a.stock_pue, ge=1.0, le=5.0),
        "bandwidth_price_cny_per_km_year": _tier_prices(tbl, check, where),
        "token_cost_includes_capex": check.boolean(
            tbl, "token_cost_includes_capex", where, a.token_cost_includes_capex
        ),
    }


def _year(tbl: dict[str, Any], check: Checker, where: str, default: int) -> int:
    """``[assumptions] year``: the scenario's year, from the base year to 2060."""
    year = check.integer(tbl, "year", where, default)
    low, high = YEAR_RANGE
    if year is None or not low <= year <= high:
        if year is not None:
            check.add(
                key_path(where, "year"),
                tr("must be a year from {low} to {high}, got {value}").format(
                    low=low, high=high, value=show(year)
                ),
            )
        return default
    return int(year)


def _tier_prices(tbl: dict[str, Any], check: Checker, where: str) -> dict[str, float]:
    """Optional ``[assumptions.bandwidth_price_cny_per_km_year]``: tier name -> price > 0."""
    path = f"{where}.bandwidth_price_cny_per_km_year"
    prices = check.table(
        tbl.get("bandwidth_price_cny_per_km_year", {}), path, tuple(default_tiers())
    )
    return {
        name: check.number(prices, name, path, gt=0.0, le=1e8, unit="CNY/km-year")
        for name in prices
        if name in default_tiers()
    }


def _overrides(doc: dict[str, Any], check: Checker) -> dict[str, Any]:
    tbl = check.table(doc.get("overrides", {}), "overrides", ("provinces", "clusters"))
    out: dict[str, dict] = {name: {} for name, _ in PROVINCE_OVERRIDES.values()}
    names = province_names()
    seen: dict[int, str] = {}  # adcode -> key path of its first table
    provinces = check.table(tbl.get("provinces", {}), "overrides.provinces", None)
    for key, value in provinces.items():
        path = key_path("overrides.provinces", key)
        code = names.get(key.strip().lower()) if names else _adcode(key)
        if code is None:
            check.add(
                path,
                "unknown province; use its adcode (e.g. 510000) or its name as in "
                "data/provinces.csv (e.g. Sichuan)",
            )
            continue
        if code in seen:
            check.add(path, tr("the same province as {other}").format(other=seen[code]))
        seen[code] = path
        body = check.table(value, path, tuple(PROVINCE_OVERRIDES))
        for file_key, (name, bounds) in PROVINCE_OVERRIDES.items():
            number = check.number(body, file_key, path, None, **bounds)
            if number is not None:
                out[name][code] = number
    out.update({name: {} for name in CLUSTER_OVERRIDES.values()})
    clusters = check.table(tbl.get("clusters", {}), "overrides.clusters", None)
    for key, value in clusters.items():
        path = key_path("overrides.clusters", key)
        if cluster_ids() and key not in cluster_ids():
            check.unknown_key(path, key, cluster_ids())
            continue
        body = check.table(value, path, tuple(CLUSTER_OVERRIDES))
        for file_key, name in CLUSTER_OVERRIDES.items():
            number = check.number(body, file_key, path, None, ge=0.0, le=MAX_MW, unit="MW")
            if number is not None:
                out[name][key] = number
    return out


def _adcode(key: str) -> int | None:
    return int(key) if key.isdigit() and len(key) == 6 else None


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
    sections += [("[[sites]]", _site_dict(site, base_dir)) for site in s.sites]
    sections.append(
        ("[demand]", {"national_it_mw": float(a.national_it_mw), "proxy": a.demand_proxy})
    )
    sections += [("[[demand.classes]]", _class_dict(c)) for c in a.classes]
    sections.append(
        (
            "[assumptions]",
            {
                "year": int(a.year),
                "carbon_price_cny_per_t": float(a.carbon_price_cny_per_t),
                "kw_per_rack": float(a.kw_per_rack),
                "token_cost_includes_capex": bool(a.token_cost_includes_capex),
                **(
                    {}
                    if a.stock_pue is None  # None: by province
                    else {"stock_pue": float(a.stock_pue)}
                ),
            },
        )
    )
    sections[-1][1].update(status_quo_sections(a)[0][1])
    if a.bandwidth_price_cny_per_km_year:
        sections.append(
            (
                "[assumptions.bandwidth_price_cny_per_km_year]",
                {k: float(v) for k, v in a.bandwidth_price_cny_per_km_year.items()},
            )
        )
    sections += status_quo_sections(a)[1:]
    sections += _override_sections(a)
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


def _class_dict(c: WorkloadClass) -> dict[str, Any]:
    out: dict[str, Any] = {"id": c.id, "label": c.label}
    if c.latency_limit_ms is not None:
        out["latency_limit_ms"] = float(c.latency_limit_ms)
    out.update(
        residency=c.residency,
        bandwidth_gbps_per_mw=float(c.bandwidth_gbps_per_mw),
        share=float(c.share),
        bandwidth_tier=c.bandwidth_tier,
    )
    return out


def _override_sections(a: AllocationAssumptions) -> list[tuple[str, dict[str, Any]]]:
    provinces: dict[int, dict[str, float]] = {}
    for file_key, (name, _) in PROVINCE_OVERRIDES.items():
        for code, value in getattr(a, name).items():
            provinces.setdefault(int(code), {})[file_key] = float(value)
    out = [(f"[overrides.provinces.{code}]", provinces[code]) for code in sorted(provinces)]
    clusters: dict[str, dict[str, float]] = {}
    for file_key, name in CLUSTER_OVERRIDES.items():
        for cid, mw in getattr(a, name).items():
            clusters.setdefault(str(cid), {})[file_key] = float(mw)
    out += [(f"[overrides.clusters.{_toml_key(cid)}]", clusters[cid]) for cid in sorted(clusters)]
    return out


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
