"""Every column of the report's tables with its English heading and unit kind, and each
table's title: what :mod:`app.io.report_tables` prints, in one place."""

from __future__ import annotations

from app.domain.text import tr

#: Every column of the report tables: (table, column, English heading, unit kind or None for
#: text), in the order shown. Units come from :mod:`app.domain.report_units` and follow the language.
COLUMNS: tuple[tuple[str, str, str, str | None], ...] = (
    ("sites", "site", "Site", None),
    ("sites", "capacity_mw", "IT capacity", "mw"),
    ("sites", "design_utilisation", "Design utilisation", "share"),
    ("sites", "solved_utilisation", "Solved utilisation", "share"),
    ("sites", "load_mw", "Solved load", "mw"),
    ("sites", "cooling", "Cooling", None),
    ("sites", "facility", "Facility class", None),
    ("sites", "annual_pue", "Annual PUE", "pue"),
    ("sites", "pue_p5", "Annual PUE p5", "pue"),
    ("sites", "pue_p95", "Annual PUE p95", "pue"),
    ("sites", "facility_energy_mwh", "Facility energy", "mwh"),
    ("sites", "facility_energy_mwh_p5", "Facility energy at PUE p5", "mwh"),
    ("sites", "facility_energy_mwh_p95", "Facility energy at PUE p95", "mwh"),
    ("sites", "energy_cost_mcny", "Energy cost", "mcny"),
    ("sites", "energy_cost_mcny_p5", "Energy cost at PUE p5", "mcny"),
    ("sites", "energy_cost_mcny_p95", "Energy cost at PUE p95", "mcny"),
    ("sites", "carbon_t", "Carbon", "t_co2"),
    ("sites", "carbon_t_p5", "Carbon at PUE p5", "t_co2"),
    ("sites", "carbon_t_p95", "Carbon at PUE p95", "t_co2"),
    ("sites", "water_m3", "Water", "m3"),
    ("sites", "cny_per_million_tokens", "Token cost", "cny_per_mtok"),
    ("sites", "token_cost_includes", "Token cost includes", None),
    ("sites", "free_cooling_h", "Free-cooling hours", "hours"),
    ("sites", "tariff_cny_per_kwh", "Electricity price", "cny_per_kwh"),
    ("sites", "tariff_source", "Price source", None),
    ("sites", "flags", "Flags", None),
    ("sites", "climate", "Climate station", None),
    ("sites", "lon", "Longitude", "degrees"),
    ("sites", "lat", "Latitude", "degrees"),
    ("costs", "name", "Hall", None),
    ("costs", "kind_text", "Kind", None),
    ("costs", "province_name", "Province", None),
    ("costs", "capacity_mw", "IT capacity", "mw"),
    ("costs", "load_mw", "Load served", "mw"),
    ("costs", "fixed_energy_mwh", "Fixed energy", "mwh"),
    ("costs", "marginal_energy_mwh", "Marginal energy", "mwh"),
    ("costs", "energy_mwh", "Facility energy", "mwh"),
    ("costs", "carbon_t", "Carbon", "t_co2"),
    ("costs", "fixed_energy_cost", "Fixed energy cost", "cny"),
    ("costs", "marginal_energy_cost", "Marginal energy cost", "cny"),
    ("costs", "energy_cost", "Energy cost", "cny"),
    ("costs", "carbon_cost", "Carbon cost", "cny"),
    ("costs", "transport_cost", "Network transport cost", "cny"),
    ("costs", "capex_cost", "Capital cost (annuity)", "cny"),
    ("costs", "migration_cost", "Migration charge (annualised)", "cny"),
    ("costs", "cost_cny", "Total annual cost", "cny"),
    ("costs", "investment_cny", "One-off investment", "cny"),
    ("provinces", "province", "Province", None),
    ("provinces", "demand_mw", "Demand", "mw"),
    ("provinces", "local_before_mw", "In province, today", "mw"),
    ("provinces", "local_after_mw", "In province, scenario", "mw"),
    ("provinces", "elsewhere_before_mw", "Elsewhere, today", "mw"),
    ("provinces", "elsewhere_after_mw", "Elsewhere, scenario", "mw"),
    ("provinces", "unserved_mw", "Unserved", "mw"),
    ("site_use", "name", "Site", None),
    ("site_use", "province_name", "Province", None),
    ("site_use", "capacity_mw_after", "IT capacity", "mw"),
    ("site_use", "load_mw_before", "Load, today", "mw"),
    ("site_use", "load_mw_after", "Load, scenario", "mw"),
    ("site_use", "load_change_mw", "Load change", "mw"),
    ("site_use", "utilisation_after", "Utilisation", "share"),
    ("site_use", "dual_cny_per_mw_year_after", "Value of one more MW", "cny_per_mw_year"),
    ("flows", "region_name", "Demand province", None),
    ("flows", "class_label", "Workload class", None),
    ("flows", "site_name", "Serving site", None),
    ("flows", "mw", "Load served", "mw"),
    ("flows", "cost_cny_per_mw_year", "Cost per MW", "cny_per_mw_year"),
    ("flows", "cost_cny", "Annual cost", "cny_m"),
    ("flows", "rtt_ms", "Round-trip time", "ms"),
    ("moves", "from_name", "From (today)", None),
    ("moves", "to_name", "To (scenario)", None),
    ("moves", "class_label", "Workload class", None),
    ("moves", "mw", "Load moved", "mw"),
    ("moves", "annual_saving_cny", "Annual saving", "cny_m"),
    ("moves", "payback_years", "Payback", "years"),
    ("stays", "reason_text", "Why it stays", None),
    ("stays", "class_label", "Workload class", None),
    ("stays", "mw", "Load that stays", "mw"),
    ("green_power", "name", "Scope", None),
    ("green_power", "energy_mwh", "Facility energy", "mwh"),
    ("green_power", "share_location", "Renewable share, location basis", "share"),
    ("green_power", "share_market", "Green power share, market basis", "share"),
    ("green_power", "carbon_t_location", "Carbon, location basis", "t_co2"),
    ("green_power", "carbon_t_market", "Carbon, market basis", "t_co2"),
    ("assumptions", "parameter", "Parameter", None),
    ("assumptions", "value", "Value", None),
    ("assumptions", "default", "Default", None),
    ("defaults", "key", "Parameter", None),
    ("defaults", "value", "Value", "general"),
    ("defaults", "unit", "Unit", None),
    ("defaults", "low", "Low", "general"),
    ("defaults", "high", "High", "general"),
    ("defaults", "kind", "Evidence", None),
    ("defaults", "source", "Source", None),
    ("sources", "data", "Data", None),
    ("sources", "source", "Source", None),
    ("metadata", "item", "Item", None),
    ("metadata", "value", "Value", None),
)

TITLES = {
    "metadata": "About this report",
    "effect": "Placed sites' effect",
    "summary": "Versus today",
    "costs": "Annual cost by hall, scenario",
    "costs_today": "Annual cost by hall, today",
    "sites": "Placed sites",
    "monthly_pue": "Monthly PUE",
    "provinces": "Allocation by province",
    "site_use": "Site utilisation",
    "flows": "Flows",
    "migration": "Moves from today's status quo",
    "moves": "Moves by route",
    "stays": "What stays, and why",
    "policy": "National targets",
    "green_power": "Green power on two bases",
    "national": "Today's national picture",
    "sweep": "Uncertainty sweep",
    "assumptions": "Assumptions",
    "defaults": "Built-in defaults",
    "sources": "Data sources",
}


def title_of(name: str, lang: str = "en") -> str:
    """The title of table ``name`` in ``lang``."""
    return tr(TITLES.get(name, name), lang)


def shown_columns(table: str, present, lang: str = "en") -> list[tuple[str, str, str | None]]:
    """(column, heading in ``lang``, unit kind) of ``table``'s columns in ``present``, in
    the order shown."""
    return [
        (key, tr(label, lang), kind)
        for name, key, label, kind in COLUMNS
        if name == table and key in present
    ]
