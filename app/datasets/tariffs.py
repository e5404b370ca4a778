"""The default electricity price of every province, on one basis: what a data centre pays at
1-10 kV (data/README.md, "Default electricity price rule"). The grid agency's published price
where there is one; otherwise a composed estimate (coal benchmark + T&D at 1-10 kV + funds)
calibrated on the provinces that have both, in three groups (:mod:`app.datasets.tariff_fit`).
"""

from __future__ import annotations

import re

import pandas as pd

from app.datasets.reference import load_provinces, load_tariffs
from app.datasets.tariff_fit import (
    TariffFit,
    fit_tariffs,
    published_to_estimate_span,
    tariff_groups,
)

#: Grid agency purchase price (代理购电), two-part large industry, 1-10 kV, flat period, 2026-08.
AGENCY_BASIS = "agency_purchase_two_part_large_industry_1-10kV_2026-08_flat"
#: Coal-fired on-grid benchmark (燃煤发电基准价), generator side, 2019 level.
COAL_BASIS = "coal_benchmark_2019"
#: Transmission-distribution energy charge at 1-10 kV, two-part users, 4th period (NDRC 1077号):
#: the voltage level of the published agency prices the composed estimate is checked against.
TD_BASIS = "td_tariff_1-10kV_two_part_energy_4th_period"
#: Government funds and surcharges (政府性基金及附加) per kWh.
FUNDS_BASIS = "govt_funds_surcharges_per_kwh"
#: Government-set catalogue large-industry price (目录电价); only Tibet has one.
CATALOGUE_BASIS = "catalogue_large_industry_flat"
#: The parts of a composed estimate, in the order they are added.
COMPOSED_BASES = (COAL_BASIS, TD_BASIS, FUNDS_BASIS)
#: The one tariff basis of every province, in words (inspector, reports).
TARIFF_BASIS_TEXT = (
    "price a data centre pays at 1-10 kV: grid agency purchase price (代理购电), two-part large "
    "industry, flat period, 2026-08; where none is published, coal benchmark + T&D at 1-10 kV "
    "+ government funds + a calibrated adjustment (losses, system-operation fee, market float)"
)
#: ``price_kind`` values of :func:`default_tariffs`.
PRICE_KINDS = ("agency", "composed_estimate", "catalogue", "missing")

#: Columns returned by :func:`default_tariffs`.
DEFAULT_TARIFF_COLUMNS = [
    "adcode",
    "price_cny_per_kwh",
    "price_kind",
    "price_basis",
    "price_period",
    "agency_price_cny_per_kwh",
    "coal_benchmark_cny_per_kwh",
    "td_tariff_cny_per_kwh",
    "govt_funds_cny_per_kwh",
    "energy_factor",
    "adjustment_cny_per_kwh",
    "tariff_group",
    "price_note",
]


def _month_token(period: object) -> str:
    """'2026-08 onward (...)' -> '2026-08'; '2019 level; ...' -> '2019'."""
    match = re.search(r"\d{4}(-\d{2})?", str(period)) if pd.notna(period) else None
    return match.group(0) if match else ""


_DOUBT_MARKERS = ("DOUBTFUL", "CHECK:", "Interpretation")


def _doubt(row: pd.Series | None) -> bool:
    notes = "" if row is None or pd.isna(row["notes"]) else str(row["notes"])
    return any(marker in notes for marker in _DOUBT_MARKERS)


_GROUP_NOTE = {
    "other": "the median gap to the 1-10 kV agency price in the provinces that publish both "
    "(line losses, system-operation fee and the market float)",
    "north_east": "the median gap in the North-east regional grid's provinces that publish both "
    "(their system-operation fee comes from the North-east ancillary-service market, NEA "
    "North-east Regulatory Bureau)",
    "hydro": "the median gap in the other grids; the factor {factor:.3f} is the median in the "
    "hydro grids that publish both (emission factor below 0.3 kgCO2/kWh, MEE & NBS 2023: they "
    "buy energy well below the coal benchmark)",
}


def _composed_note(fit: TariffFit, group: str) -> str:
    factor, adjustment = fit.terms(group)
    return (
        "No 2026-08 agency price found: estimate = coal benchmark (generator side)"
        + (f" x {factor:.3f}" if factor != 1.0 else "")
        + f" + T&D at 1-10 kV + government funds + {adjustment:.4f} CNY/kWh, "
        + _GROUP_NOTE[group].format(factor=factor)
        + ", so every province is on the same basis."
    )


def default_tariffs(
    tariffs: pd.DataFrame | None = None, provinces: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Default electricity price per province (CNY/kWh) and how it was obtained.

    One basis for every province (:data:`TARIFF_BASIS_TEXT`): what a data centre pays at 1-10 kV.
    Rule: (1) the grid agency purchase price ``AGENCY_BASIS`` (2026-08, 1-10 kV, flat) where it
    exists -> ``agency``; only this month and voltage count (compare within one month;
    Hubei's 2026-01 and Beijing's 2024-07 rows are listed in the note, not used); (2) otherwise
    ``energy_factor`` x coal benchmark + T&D at 1-10 kV + government funds + the adjustment of
    the province's calibration group (``tariff_group``, :func:`tariff_fit`) ->
    ``composed_estimate``; (3) if a part is missing, the catalogue large-industry price ->
    ``catalogue``; (4) else ``missing`` (NaN). The three parts are returned for every province
    that has them, whatever the kind. ``provinces`` (default the built-in table) gives the
    emission factor that marks hydro grids.
    """
    t = load_tariffs() if tariffs is None else tariffs
    dup = t.duplicated(["adcode", "basis"], keep=False)
    if dup.any():
        first = t[dup].iloc[0]
        raise ValueError(
            f"tariff table has more than one row for adcode {first['adcode']}, basis {first['basis']!r}"
        )
    groups = tariff_groups(load_provinces() if provinces is None else provinces)
    fit = fit_tariffs(tariff_calibration(t, groups))
    rows = [
        _province_price(int(adcode), rows, fit, str(groups.get(int(adcode), "other")))
        for adcode, rows in t.groupby("adcode", sort=True)
    ]
    out = pd.DataFrame(rows, columns=DEFAULT_TARIFF_COLUMNS)
    out["adcode"] = out["adcode"].astype("int64")
    for column in DEFAULT_TARIFF_COLUMNS:
        if column.endswith("_cny_per_kwh") or column == "energy_factor":
            out[column] = out[column].astype("float64")
    return out


def _province_price(adcode: int, group_rows: pd.DataFrame, fit: TariffFit, group: str) -> dict:
    by_basis = {str(r["basis"]): r for _, r in group_rows.iterrows()}

    def price(basis: str) -> float:
        row = by_basis.get(basis)
        return float("nan") if row is None else float(row["price_cny_per_kwh"])

    agency = price(AGENCY_BASIS)
    parts = {b: price(b) for b in COMPOSED_BASES}
    catalogue = price(CATALOGUE_BASIS)
    factor, adjustment = 1.0, 0.0
    if pd.notna(agency):
        kind, value, basis = "agency", agency, AGENCY_BASIS
        period = _month_token(by_basis[AGENCY_BASIS]["period"])
        notes = [
            "Grid agency purchase price (代理购电), two-part large industry, 1-10 kV, flat "
            "period; includes energy, T&D, losses, system-operation fee and funds; excludes "
            "the demand/capacity charge; one month only."
        ]
        used = [AGENCY_BASIS]
    elif all(pd.notna(v) for v in parts.values()):
        kind, basis = "composed_estimate", "+".join(COMPOSED_BASES) + "+adjustment"
        factor, adjustment = fit.terms(group)
        value = fit.estimate(parts[COAL_BASIS], parts[TD_BASIS], parts[FUNDS_BASIS], group)
        period = "; ".join(
            f"{label} {_month_token(by_basis[b]['period'])}"
            for label, b in zip(("coal", "T&D", "funds"), COMPOSED_BASES, strict=True)
        )
        notes = [_composed_note(fit, group)]
        used = list(COMPOSED_BASES)
    elif pd.notna(catalogue):
        kind, value, basis = "catalogue", catalogue, CATALOGUE_BASIS
        period = _month_token(by_basis[CATALOGUE_BASIS]["period"])
        lacking = [b for b in COMPOSED_BASES if pd.isna(parts[b])]
        notes = [
            "No agency price and no composed estimate (missing: "
            + ", ".join(lacking)
            + "): government catalogue large-industry price."
        ]
        used = [CATALOGUE_BASIS]
    else:
        kind, value, basis, period = "missing", float("nan"), "", ""
        notes = ["No agency price, no complete composed estimate, no catalogue price."]
        used = []
    notes += _caveats(by_basis, used)
    return {
        "adcode": adcode,
        "price_cny_per_kwh": value,
        "price_kind": kind,
        "price_basis": basis,
        "price_period": period,
        "agency_price_cny_per_kwh": agency,
        "coal_benchmark_cny_per_kwh": parts[COAL_BASIS],
        "td_tariff_cny_per_kwh": parts[TD_BASIS],
        "govt_funds_cny_per_kwh": parts[FUNDS_BASIS],
        "energy_factor": factor,
        "adjustment_cny_per_kwh": adjustment,
        "tariff_group": group,
        "price_note": " ".join(notes),
    }


def _caveats(by_basis: dict[str, pd.Series], used: list[str]) -> list[str]:
    notes = []
    doubtful = [b for b in used if _doubt(by_basis.get(b))]
    if doubtful:
        notes.append("Source doubt flagged on " + ", ".join(doubtful) + " (see tariffs notes).")
    other = [
        f"{b} = {float(r['price_cny_per_kwh']):g}"
        for b, r in by_basis.items()
        if b.startswith("agency_purchase")
        and "2026-08" not in b
        and pd.notna(r["price_cny_per_kwh"])
    ]
    if other:
        notes.append("Other-month agency rows not used: " + "; ".join(other) + ".")
    return notes


def tariff_calibration(
    tariffs: pd.DataFrame | None = None, groups: pd.Series | None = None
) -> pd.DataFrame:
    """Provinces with both a 1-10 kV agency price and all parts of a composed estimate, by
    adcode: ``agency``, ``coal``, ``td``, ``funds``, ``composed`` (their plain sum), ``gap``
    (agency - composed), CNY/kWh, and ``group`` (:func:`tariff_groups` of the built-in
    provinces unless given)."""
    t = load_tariffs() if tariffs is None else tariffs
    columns = ["agency", "coal", "td", "funds", "composed", "gap", "group"]
    wide = t.pivot_table(index="adcode", columns="basis", values="price_cny_per_kwh")
    need = [AGENCY_BASIS, *COMPOSED_BASES]
    if any(b not in wide.columns for b in need):
        return pd.DataFrame(columns=columns)
    both = wide[need].dropna().set_axis(["agency", "coal", "td", "funds"], axis=1)
    both.index = both.index.astype("int64")
    both["composed"] = both[["coal", "td", "funds"]].sum(axis=1)
    both["gap"] = both["agency"] - both["composed"]
    groups = tariff_groups(load_provinces()) if groups is None else groups
    both["group"] = [str(groups.get(c, "other")) for c in both.index]
    return both[columns]


def tariff_fit(tariffs: pd.DataFrame | None = None) -> TariffFit:
    """The calibration of the composed estimates on the built-in (or given) tariff table."""
    return fit_tariffs(tariff_calibration(tariffs))


def composed_price_ranges(provinces: pd.DataFrame) -> dict[int, tuple[float, float]]:
    """adcode -> (low, high) CNY/kWh for each province ``provinces`` prices by a composed
    estimate: the estimate times the smallest and largest published / estimate ratio measured
    leave-one-out on the provinces in ``provinces`` that publish both (built in: 0.95-1.18,
    Chongqing's -15 % the widest). ``provinces``: an atlas's table, indexed by adcode, with the
    columns of :func:`default_tariffs`."""
    columns = {
        "agency_price_cny_per_kwh": "agency",
        "coal_benchmark_cny_per_kwh": "coal",
        "td_tariff_cny_per_kwh": "td",
        "govt_funds_cny_per_kwh": "funds",
        "tariff_group": "group",
    }
    calibration = provinces[list(columns)].rename(columns=columns).dropna()
    low, high = published_to_estimate_span(calibration)
    composed = provinces[provinces["price_kind"] == "composed_estimate"]["price_cny_per_kwh"]
    return {int(code): (price * low, price * high) for code, price in composed.dropna().items()}


def province_table() -> pd.DataFrame:
    """Provinces joined with their default price columns, indexed by adcode (map choropleth)."""
    provinces = load_provinces().set_index("adcode")
    prices = default_tariffs(provinces=provinces.reset_index()).set_index("adcode")
    return provinces.join(prices, how="left")
