"""Human-readable attribute rows for provinces, clusters and stations (inspector, tooltips)."""

from __future__ import annotations

import math

from app.datasets.assumptions import assumption, assumption_keys, default
from app.datasets.atlas import Atlas
from app.ui.i18n import language, tr

PRICE_KIND_TEXT = {
    "agency": "published grid agency purchase price (large industry, 1-10 kV)",
    "composed_estimate": "estimate at 1-10 kV: coal benchmark + T&D tariff + government funds "
    "+ calibrated adjustment",
    "catalogue": "published catalogue price (large industry)",
    "missing": "no published price",
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
    zh = atlas.province_name(code, "zh")
    en = atlas.province_name(code, "en")
    return zh if zh == en else f"{en} {zh}"


def province_rows(atlas: Atlas, code: int) -> list[tuple[str, str]]:
    """(attribute, value) rows for a province; units in the labels or values."""
    if code not in atlas.provinces.index:
        return [(tr("Data"), tr("not among the 31 mainland provinces; no figures loaded"))]
    p = atlas.provinces.loc[code]
    hub_id = p.get("hub_id")
    hub = tr("none")
    if isinstance(hub_id, str) and hub_id in atlas.hubs.index:
        hub = f"{_name(atlas.hubs.loc[hub_id], language())} ({atlas.hubs.at[hub_id, 'region']})"
    rows = [
        (tr("Electricity price"), fmt(p["price_cny_per_kwh"], 4, "CNY/kWh")),
        (tr("Price basis"), tr(PRICE_KIND_TEXT.get(str(p["price_kind"]), str(p["price_kind"])))),
    ]
    if p["price_kind"] == "composed_estimate":
        rows += [
            (tr("  coal benchmark"), fmt(p["coal_benchmark_cny_per_kwh"], 4, "CNY/kWh")),
            (tr("  T&D tariff (220 kV+)"), fmt(p["td_tariff_cny_per_kwh"], 4, "CNY/kWh")),
            (tr("  government funds"), fmt(p["govt_funds_cny_per_kwh"], 4, "CNY/kWh")),
            (tr("  adjustment to 1-10 kV"), fmt(p.get("adjustment_cny_per_kwh"), 4, "CNY/kWh")),
        ]
    rows.append((tr("Tariff basis"), tr("1-10 kV large industry, the same for every province")))
    rows += [
        (tr("Grid CO2 factor 2023"), fmt(p["grid_ef_2023_kgco2_per_kwh"], 4, "kgCO2/kWh")),
        (tr("GDP 2023"), fmt(p["gdp_2023_billion_cny"], 1, tr("bn CNY"))),
        (tr("Population 2023"), fmt(p["population_2023_million"], 2, tr("million"))),
        (tr("Annual mean temperature"), fmt(p.get("tmean_annual_c"), 1, "°C")),
        (tr("National hub"), hub),
        (tr("Capital"), str(p.get("capital", ""))),
        (tr("Adcode"), str(code)),
        (tr("Source (price)"), str(p.get("price_note", "") or p.get("price_basis", ""))),
        (tr("Source (CO2)"), str(p.get("source_emission", ""))),
        (tr("Source (GDP)"), str(p.get("source_gdp", ""))),
    ]
    return rows


def province_tooltip(atlas: Atlas, code: int) -> str:
    """Short HTML tooltip: name, tariff and its basis, CO2 factor, GDP, hub."""
    keep = {
        tr("Electricity price"),
        tr("Price basis"),
        tr("Grid CO2 factor 2023"),
        tr("GDP 2023"),
        tr("National hub"),
    }
    lines = [f"<b>{province_title(atlas, code)}</b>"]
    lines += [f"{k}: {v}" for k, v in province_rows(atlas, code) if k in keep]
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
            f"{int(warmest['month'])}: {warmest['tmax_c']:.1f} / {warmest['tmin_c']:.1f} °C",
        )
    )
    return rows


def supply_names(atlas: Atlas) -> dict[str, str]:
    """Allocation region and site names in the interface language."""
    from app.engine import national_problem  # the allocation engine: not at start-up

    return national_problem.supply_names(atlas, language(), tr("{name} stock"))


def cluster_label(cluster, lang: str) -> str:
    from app.datasets.cluster_names import cluster_label as label

    return label(cluster, lang)


def cooling_label(tech: str, short: bool = False) -> str:
    """The cooling technology's name (or short name) in the interface language."""
    from app.engine.pue import TECH_LABELS, TECH_SHORT

    return (TECH_SHORT if short else TECH_LABELS)[tech][1 if language() == "zh" else 0]


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
    from app.engine.city_lookup import STATION_WARN_KM

    if not m.station_km > STATION_WARN_KM:  # also NaN: the planner's own weather file
        return []
    return [
        tr(
            "The nearest climate station, {station}, is {km:.0f} km away (more than "
            "{limit:.0f} km): its climate may differ from the site's."
        ).format(station=m.station, km=m.station_km, limit=STATION_WARN_KM)
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
    from app.engine.facility import FACILITY_LABELS

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
        tr(
            "Energy {mwh:,.0f} MWh; cost {cost:,.2f} M CNY at {tariff:.4f} CNY/kWh ({source})"
        ).format(
            mwh=m.facility_energy_mwh,
            cost=m.energy_cost_mcny,
            tariff=m.tariff_cny_per_kwh,
            source=m.tariff_source,
        ),
        tr("Carbon {carbon}; water {water:,.0f} m³").format(carbon=carbon, water=m.water_m3),
        *band_figures_line(m),
        tr(
            "{cost:.3f} CNY per million tokens ({kwh:.3f} kWh), {chars:.3f} CNY per million "
            "Chinese characters"
        ).format(cost=m.cost_per_mtok_cny, kwh=m.facility_kwh_per_mtok, chars=m.cost_per_mchar_cny),
    ]
    return "\n".join(lines + [tr(note) for note in m.notes])  # engine notes (English)
