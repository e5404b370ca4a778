"""Human-readable attribute rows for provinces, clusters and stations (inspector, tooltips)."""

from __future__ import annotations

import html
import math
from typing import TYPE_CHECKING

from app.io.glossary import status_label  # noqa: F401 (the window's status texts)
from app.ui.i18n import language, tr

if TYPE_CHECKING:  # both load pandas: not before the map's first paint
    from app.datasets.atlas import Atlas

PRICE_KIND_TEXT = {
    "agency": "published grid agency purchase price (large industry, 1-10 kV)",
    "composed_estimate": "estimate at 1-10 kV: coal benchmark + T&D tariff + government funds "
    "+ calibrated adjustment",
    "catalogue": "published catalogue price (large industry)",
    "missing": "no published price",
    "override": "your override (this scenario)",
}


def fmt(value, decimals: int = 2, unit: str = "") -> str:
    """A number with its unit, or 'missing' for an absent figure (never a silent 0)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return tr("missing")
    text = f"{value:,.{decimals}f}" if isinstance(value, (int, float)) else str(value)
    return f"{text} {unit}".strip()


def _name(row, lang: str) -> str:
    return str(row["name_zh"] if lang == "zh" else row["name_en"])


def province_title(atlas: Atlas, code: int) -> str:
    """The province's name in the interface language ("Tibet (Xizang)" / "西藏自治区")."""
    return atlas.province_name(code, language())


#: Hub regions of hubs.csv, translated when shown.
HUB_REGIONS = {"east": "east", "west": "west"}


def unit_text(unit: str) -> str:
    """A unit as the interface language writes it ("CNY/tCO2" -> "元/吨CO2")."""
    from app.io.report_inputs import DEFAULT_UNITS_ZH

    return DEFAULT_UNITS_ZH.get(unit, unit) if language() == "zh" else unit


#: Kinds of evidence behind a default (data/assumptions.csv), translated when shown.
EVIDENCE_KINDS = {
    "measured": "measured",
    "official statistic": "official statistic",
    "claim": "claim",
    "estimate": "estimate",
    "reasoned": "reasoned",
}


def assumption_tip(key: str) -> str:
    """A default's tooltip: value, range, kind of evidence, year, source and its note (the
    note is quoted as written in data/assumptions.csv)."""
    from app.domain.sourced import assumption, assumption_keys

    if key not in assumption_keys():
        return ""
    a = assumption(key)
    kind = tr(EVIDENCE_KINDS.get(a.kind, a.kind))
    head = tr(
        "Default {value} {unit} (range {low}-{high}; {kind}{year}). Source: {source}."
    ).format(
        value=f"{a.value:g}",
        unit=unit_text(a.unit),
        low=f"{a.low:g}",
        high=f"{a.high:g}",
        kind=kind,
        year=f", {a.year}" if a.year is not None else "",
        source=a.source or tr("none (reasoned)"),
    )
    return f"{head}\n{tr(a.note)}"


def price_unit() -> str:
    return unit_text("CNY/kWh")


def _gdp_population(p) -> list[tuple[str, str]]:
    """GDP and population in the units a reader expects: 亿元 and 万人 in Chinese."""
    gdp, pop = p["gdp_2023_billion_cny"], p["population_2023_million"]
    if language() == "zh":
        return [
            (tr("GDP 2023"), fmt(gdp * 10, 1, "亿元")),
            (tr("Population 2023"), fmt(pop * 100, 0, "万人")),
        ]
    return [
        (tr("GDP 2023"), fmt(gdp, 1, "bn CNY")),
        (tr("Population 2023"), fmt(pop, 2, "million")),
    ]


TARIFF_GROUP_TEXT = {
    "other": "median gap where both are published",
    "north_east": "North-east grid: its own median gap (regional ancillary-service market)",
    "hydro": "hydro grid: coal benchmark scaled, median of the hydro grids",
}


def _composed_rows(p) -> list[tuple[str, str]]:
    """The parts of a composed price estimate as they are added (data/README.md)."""
    rows = [(tr("  coal benchmark"), fmt(p["coal_benchmark_cny_per_kwh"], 4, price_unit()))]
    factor = p.get("energy_factor", 1.0)
    if isinstance(factor, float) and factor != 1.0:
        rows.append((tr("  x factor for hydro grids"), fmt(factor, 3)))
    return rows + [
        (tr("  T&D tariff (1-10 kV)"), fmt(p["td_tariff_cny_per_kwh"], 4, price_unit())),
        (tr("  government funds"), fmt(p["govt_funds_cny_per_kwh"], 4, price_unit())),
        (tr("  adjustment to 1-10 kV"), fmt(p.get("adjustment_cny_per_kwh"), 4, price_unit())),
        (
            tr("  calibration"),
            tr(TARIFF_GROUP_TEXT.get(str(p.get("tariff_group")), str(p.get("tariff_group")))),
        ),
    ]


def _published_range_row(p, published: tuple[float, float] | None) -> list[tuple[str, str]]:
    """Where published prices have come out against estimates like this one (low, high)."""
    if not published:
        return []
    low, high = published
    price = float(p["price_cny_per_kwh"])
    return [
        (
            tr("  range measured for estimates"),
            tr(
                "{low} to {high} {unit}: published prices came out {a:.2f}-{b:.2f} x such "
                "estimates (each province that publishes one, left out in turn)"
            ).format(
                low=fmt(low, 4),
                high=fmt(high, 4),
                unit=price_unit(),
                a=low / price,
                b=high / price,
            ),
        )
    ]


def province_rows(
    atlas: Atlas, code: int, overrides: dict[str, dict[int, float]] | None = None
) -> list[tuple[str, str]]:
    """(attribute, value) rows for a province; units in the labels or values. ``overrides``
    (column -> {adcode: value}): the scenario's figures that replace the built-in ones."""
    if code not in atlas.provinces.index:
        return [(tr("Data"), tr("not among the 31 mainland provinces; no figures loaded"))]
    p = atlas.provinces.loc[code].copy()
    overridden = {col for col, by_code in (overrides or {}).items() if code in by_code}
    for column in overridden:
        p[column] = overrides[column][code]
    if "price_cny_per_kwh" in overridden:
        p["price_kind"] = "override"
    hub_id = p.get("hub_id")
    hub = tr("none")
    if isinstance(hub_id, str) and hub_id in atlas.hubs.index:
        region = str(atlas.hubs.at[hub_id, "region"])
        hub = f"{_name(atlas.hubs.loc[hub_id], language())} ({tr(HUB_REGIONS.get(region, region))})"
    rows = [
        (tr("Electricity price"), fmt(p["price_cny_per_kwh"], 4, price_unit())),
        (tr("Price basis"), tr(PRICE_KIND_TEXT.get(str(p["price_kind"]), str(p["price_kind"])))),
    ]
    if p["price_kind"] == "composed_estimate":
        rows += _composed_rows(p) + _published_range_row(p, atlas.price_ranges.get(code))
    rows.append((tr("Tariff basis"), tr("1-10 kV large industry, the same for every province")))
    rows += [
        (tr("Grid CO2 factor 2023"), fmt(p["grid_ef_2023_kgco2_per_kwh"], 4, "kgCO2/kWh")),
        *_gdp_population(p),
        (tr("Annual mean temperature"), fmt(p.get("tmean_annual_c"), 1, "°C")),
        (tr("National hub"), hub),
        (tr("Capital"), atlas.station_name(str(p.get("capital", "")), language())),
        (tr("Adcode"), str(code)),
        (tr("Source (price)"), str(p.get("price_note", "") or p.get("price_basis", ""))),
        (tr("Source (CO2)"), str(p.get("source_emission", ""))),
        (tr("Source (GDP)"), str(p.get("source_gdp", ""))),
    ]
    return rows


def province_tooltip(
    atlas: Atlas, code: int, overrides: dict[str, dict[int, float]] | None = None
) -> str:
    """Short HTML tooltip: name, tariff and its basis, CO2 factor, GDP, hub."""
    keep = {
        tr("Electricity price"),
        tr("Price basis"),
        tr("Grid CO2 factor 2023"),
        tr("GDP 2023"),
        tr("National hub"),
    }
    # names and figures may come from the planner's own files: text, never markup
    lines = [f"<b>{html.escape(province_title(atlas, code))}</b>"]
    lines += [
        f"{k}: {html.escape(str(v))}" for k, v in province_rows(atlas, code, overrides) if k in keep
    ]
    return "<br>".join(lines)


def cluster_rows(atlas: Atlas, cluster_id: str) -> list[tuple[str, str]]:
    c = atlas.clusters.loc[cluster_id]
    hub = atlas.hubs.loc[c["hub_id"]]
    return [
        (tr("Hub"), _name(hub, language())),
        (tr("Role"), str(hub.get("role", ""))),
        (tr("PUE target"), fmt(c.get("pue_target"), 2)),
        (tr("Utilisation target"), fmt(c.get("utilisation_target"), 2)),
        *_racks(cluster_id),
        (tr("Renewable target"), str(c.get("renewable_target", ""))),
        (tr("Start area"), str(c.get("start_area_zh", ""))),
        (tr("Position"), f"{c['lon']:.3f}°E {c['lat']:.3f}°N ({c.get('coord_method', '')})"),
        (tr("Source"), str(c.get("source", ""))),
        (tr("Notes"), str(c.get("notes", ""))),
    ]


def _racks(cluster_id: str) -> list[tuple[str, str]]:
    """Built and planned racks of a built-in cluster (none for a planner's own cluster)."""
    from app.domain.sourced import assumption, assumption_keys, default

    if f"cluster.{cluster_id}.built_racks" not in assumption_keys("cluster."):
        return []
    plan = assumption(f"cluster.{cluster_id}.planned_racks")
    return [
        (tr("Racks built (2023)"), fmt(default(f"cluster.{cluster_id}.built_racks"), 0)),
        (
            tr("Racks planned"),
            tr("{racks} by {year}").format(racks=fmt(plan.value, 0), year=plan.year),
        ),
    ]


def station_rows(atlas: Atlas, station: str) -> list[tuple[str, str]]:
    s = atlas.stations.loc[station]
    months = atlas.normals[atlas.normals["station"] == station]
    code = int(s["province_adcode"])
    rows = [
        (tr("Province"), atlas.province_name(code, language()) if code > 0 else tr("outside")),
        (tr("Position"), f"{s['lon']:.3f}°E {s['lat']:.3f}°N"),
        (tr("Elevation"), fmt(s.get("elevation_m"), 0, "m")),
        (tr("Annual mean temperature"), fmt(s["tmean_annual_c"], 1, "°C")),
        (tr("Relative humidity"), tr("given") if s["has_rh"] else tr("missing (fallback used)")),
    ]
    warmest = months.loc[months["tmax_c"].idxmax()]
    rows.append(
        (
            tr("Warmest month"),
            tr("month {month}: mean daily max {high:.1f} °C, min {low:.1f} °C").format(
                month=int(warmest["month"]), high=warmest["tmax_c"], low=warmest["tmin_c"]
            ),
        )
    )
    return rows


def supply_names(atlas: Atlas) -> dict[str, str]:
    """Allocation region and site names in the interface language."""
    from app.engine.allocation import national_problem  # the allocation engine: not at start-up

    return national_problem.supply_names(atlas, language(), tr("{name} stock"))


def cluster_label(cluster, lang: str) -> str:
    from app.datasets.cluster_names import cluster_label as label

    return label(cluster, lang)


#: Short names of the built-in accelerator profiles (app.engine.costs.costs.ACCELERATOR_PROFILES).
ACCELERATOR_LABELS = {
    "gpu_700w_70b": "GPU, H100 class, 700 W, ~70B model",
    "npu_400w_70b": "NPU, Ascend 910B class, 400 W, ~70B model",
    "card_75w_8b": "Inference card, 75 W, ~8B model",
}


def accelerator_label(profile: str) -> str:
    """An accelerator profile's name in the interface language (its id if not built in)."""
    return tr(ACCELERATOR_LABELS.get(profile, profile))


def cooling_label(tech: str, short: bool = False) -> str:
    """The cooling technology's name (or short name) in the interface language."""
    from app.engine.pue.pue import TECH_LABELS, TECH_SHORT

    return (TECH_SHORT if short else TECH_LABELS)[tech][1 if language() == "zh" else 0]


def money_text(cny: float) -> str:
    """Money as a planner reads it: "1.23 M CNY" / "123.4 万元" below 1e8 CNY, else
    "0.12 bn CNY" / "1.23 亿元"."""
    if language() == "zh":
        return f"{cny / 1e8:,.2f} 亿元" if abs(cny) >= 1e8 else f"{cny / 1e4:,.1f} 万元"
    return f"{cny / 1e9:,.2f} bn CNY" if abs(cny) >= 1e9 else f"{cny / 1e6:,.2f} M CNY"


def tariff_source_label(source: str) -> str:
    """The engine's tariff source ("province, composed estimate") in the interface language."""
    from app.domain.text import tr as text_tr
    from app.io.report_sites import TARIFF_SOURCES

    return text_tr(TARIFF_SOURCES.get(source, source))


def load_basis_text(m) -> str:
    """Which load a card's figures are at, the design-load figures beside a solved card."""
    if m.load_basis == "solved":
        return tr(
            "Figures at the solved load ({solved:.0%}); at the design load: PUE {pue:.3f}, "
            "{mwh:,.0f} MWh"
        ).format(solved=m.utilisation, pue=m.design_annual_pue, mwh=m.design_facility_energy_mwh)
    return tr("Figures at the design load (not solved yet)")


def station_warning(m) -> list[str]:
    """One line when the nearest station is beyond STATION_WARN_KM, else none."""
    from app.engine.climate.city_lookup import STATION_WARN_KM

    if not m.station_km > STATION_WARN_KM:  # also NaN: the planner's own weather file
        return []
    return [
        tr(
            "The nearest climate station, {station}, is {km:.0f} km away (more than "
            "{limit:.0f} km): its climate may differ from the site's."
        ).format(
            station=m.station_label().rsplit(" (", 1)[0], km=m.station_km, limit=STATION_WARN_KM
        )
    ]


def band_figures_line(m) -> list[str]:
    """Energy, cost and carbon at the PUE's p5 and p95 (none without a band)."""
    from app.domain.pue_shown import figure_band

    energy = figure_band(m.facility_energy_mwh, m.annual_pue, m.pue_p5, m.pue_p95)
    if energy[0] != energy[0]:  # NaN: no band yet
        return []
    cost = figure_band(m.energy_cost_mcny, m.annual_pue, m.pue_p5, m.pue_p95)
    carbon = figure_band(m.carbon_t, m.annual_pue, m.pue_p5, m.pue_p95)
    text = tr("At the PUE's p5-p95: energy {e0:,.0f}-{e1:,.0f} MWh").format(
        e0=energy[0], e1=energy[1]
    )
    if cost[0] == cost[0]:
        text += tr("; cost {c0:,.2f}-{c1:,.2f} M CNY").format(c0=cost[0], c1=cost[1])
    if carbon[0] == carbon[0]:
        text += tr("; carbon {t0:,.0f}-{t1:,.0f} tCO2").format(t0=carbon[0], t1=carbon[1])
    return [text]


def site_summary(m) -> str:
    """The site editor's evaluation text for a ``SiteMetrics``."""
    from app.engine.pue.facility import FACILITY_LABELS

    carbon = tr("missing") if m.carbon_t is None else f"{m.carbon_t:,.0f} tCO2"
    lines = [
        load_basis_text(m),
        tr("Climate: {source}").format(source=m.station_text),
        *station_warning(m),
        (
            tr("{facility}: annual PUE {pue:.2f} ({low:.2f}-{high:.2f}, p5-p95)")
            if m.pue_p5 == m.pue_p5
            else tr("{facility}: annual PUE {pue:.2f}")
        ).format(
            facility=FACILITY_LABELS[m.facility][1 if language() == "zh" else 0],
            pue=m.annual_pue,
            low=m.pue_p5,
            high=m.pue_p95,
        ),
        tr(
            "Annual PUE {pue:.3f}; free/partial/mechanical hours {free}/{partial}/{mech}; "
            "WUE {wue:.2f} L/kWh"
        ).format(
            pue=m.annual_pue,
            free=m.mode_hours["free"],
            partial=m.mode_hours["partial"],
            mech=m.mode_hours["mechanical"],
            wue=m.wue_l_per_kwh,
        ),
        tr("Energy {mwh:,.0f} MWh; cost {cost} at {tariff:.4f} {unit} ({source})").format(
            mwh=m.facility_energy_mwh,
            cost=money_text(m.energy_cost_mcny * 1e6),
            tariff=m.tariff_cny_per_kwh,
            unit=price_unit(),
            source=tariff_source_label(m.tariff_source),
        ),
        tr("Carbon {carbon}; water {water:,.0f} m³").format(carbon=carbon, water=m.water_m3),
        *band_figures_line(m),
        tr(
            "{cost:.3f} CNY per million tokens ({kwh:.3f} kWh), {chars:.3f} CNY per million "
            "Chinese characters"
        ).format(cost=m.cost_per_mtok_cny, kwh=m.facility_kwh_per_mtok, chars=m.cost_per_mchar_cny),
    ]
    return "\n".join(lines + [tr(note) for note in m.notes])  # engine notes (English)
