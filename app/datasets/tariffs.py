"""The default electricity price of every province, on one basis: what a data centre pays at
1-10 kV (data/README.md, "Default electricity price rule"). The grid agency's published price
where there is one; otherwise a composed estimate (coal benchmark + T&D at 1-10 kV + funds)
calibrated on the provinces that have both (:func:`tariff_adjustment`).
"""

from __future__ import annotations

import re

import pandas as pd

from app.datasets.reference import load_provinces, load_tariffs

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
    "adjustment_cny_per_kwh",
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


def default_tariffs(tariffs: pd.DataFrame | None = None) -> pd.DataFrame:
    """Default electricity price per province (CNY/kWh) and how it was obtained.

    One basis for every province (:data:`TARIFF_BASIS_TEXT`): what a data centre pays at 1-10 kV.
    Rule: (1) the grid agency purchase price ``AGENCY_BASIS`` (2026-08, 1-10 kV, flat) where it
    exists -> ``agency``; only this month and voltage count (compare within one month;
    Hubei's 2026-01 and Beijing's 2024-07 rows are listed in the note, not used); (2) otherwise
    coal benchmark + T&D at 1-10 kV + government funds + :func:`tariff_adjustment` (calibrated
    on the provinces that have both) -> ``composed_estimate``; (3) if a part is
    missing, the catalogue large-industry price -> ``catalogue``; (4) else ``missing`` (NaN).
    The three parts are returned for every province that has them, whatever the kind.
    """
    t = load_tariffs() if tariffs is None else tariffs
    dup = t.duplicated(["adcode", "basis"], keep=False)
    if dup.any():
        first = t[dup].iloc[0]
        raise ValueError(
            f"tariff table has more than one row for adcode {first['adcode']}, basis {first['basis']!r}"
        )
    adjustment = tariff_adjustment(t)
    rows = []
    for adcode, group in t.groupby("adcode", sort=True):
        by_basis = {str(r["basis"]): r for _, r in group.iterrows()}

        def price(basis: str, by_basis: dict[str, pd.Series] = by_basis) -> float:
            row = by_basis.get(basis)
            return float("nan") if row is None else float(row["price_cny_per_kwh"])

        agency = price(AGENCY_BASIS)
        parts = {b: price(b) for b in COMPOSED_BASES}
        catalogue = price(CATALOGUE_BASIS)
        notes: list[str] = []
        if pd.notna(agency):
            kind, value, basis = "agency", agency, AGENCY_BASIS
            period = _month_token(by_basis[AGENCY_BASIS]["period"])
            notes.append(
                "Grid agency purchase price (代理购电), two-part large industry, 1-10 kV, flat "
                "period; includes energy, T&D, losses, system-operation fee and funds; excludes "
                "the demand/capacity charge; one month only."
            )
            used = [AGENCY_BASIS]
        elif all(pd.notna(v) for v in parts.values()):
            kind, basis = "composed_estimate", "+".join(COMPOSED_BASES) + "+adjustment"
            value = sum(parts[b] for b in COMPOSED_BASES) + adjustment
            period = "; ".join(
                f"{label} {_month_token(by_basis[b]['period'])}"
                for label, b in zip(("coal", "T&D", "funds"), COMPOSED_BASES, strict=True)
            )
            notes.append(
                "No 2026-08 agency price found: estimate = coal benchmark (generator side) + "
                "T&D at 1-10 kV + government funds + "
                f"{adjustment:.4f} CNY/kWh, the median gap to the 1-10 kV agency price in the "
                "provinces that publish both (line losses, system-operation fee and the market "
                "float), so every province is on the same basis."
            )
            used = list(COMPOSED_BASES)
        elif pd.notna(catalogue):
            kind, value, basis = "catalogue", catalogue, CATALOGUE_BASIS
            period = _month_token(by_basis[CATALOGUE_BASIS]["period"])
            lacking = [b for b in COMPOSED_BASES if pd.isna(parts[b])]
            notes.append(
                "No agency price and no composed estimate (missing: "
                + ", ".join(lacking)
                + "): government catalogue large-industry price."
            )
            used = [CATALOGUE_BASIS]
        else:
            kind, value, basis, period = "missing", float("nan"), "", ""
            notes.append("No agency price, no complete composed estimate, no catalogue price.")
            used = []
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
        rows.append(
            {
                "adcode": int(adcode),
                "price_cny_per_kwh": value,
                "price_kind": kind,
                "price_basis": basis,
                "price_period": period,
                "agency_price_cny_per_kwh": agency,
                "coal_benchmark_cny_per_kwh": parts[COAL_BASIS],
                "td_tariff_cny_per_kwh": parts[TD_BASIS],
                "govt_funds_cny_per_kwh": parts[FUNDS_BASIS],
                "adjustment_cny_per_kwh": adjustment if kind == "composed_estimate" else 0.0,
                "price_note": " ".join(notes),
            }
        )
    out = pd.DataFrame(rows, columns=DEFAULT_TARIFF_COLUMNS)
    out["adcode"] = out["adcode"].astype("int64")
    for column in DEFAULT_TARIFF_COLUMNS:
        if column.endswith("_cny_per_kwh"):
            out[column] = out[column].astype("float64")
    return out


def tariff_calibration(tariffs: pd.DataFrame | None = None) -> pd.DataFrame:
    """Provinces with both a 1-10 kV agency price and all parts of a composed estimate:
    ``agency``, ``composed`` (unadjusted), ``gap`` (agency - composed), CNY/kWh; by adcode."""
    t = load_tariffs() if tariffs is None else tariffs
    wide = t.pivot_table(index="adcode", columns="basis", values="price_cny_per_kwh")
    need = [AGENCY_BASIS, *COMPOSED_BASES]
    if any(b not in wide.columns for b in need):
        return pd.DataFrame(columns=["agency", "composed", "gap"], dtype=float)
    both = wide[need].dropna()
    out = pd.DataFrame(
        {"agency": both[AGENCY_BASIS], "composed": both[list(COMPOSED_BASES)].sum(axis=1)}
    )
    out["gap"] = out["agency"] - out["composed"]
    return out


def tariff_adjustment(tariffs: pd.DataFrame | None = None) -> float:
    """CNY/kWh added to a composed estimate to bring it to the 1-10 kV basis: the median gap
    where both exist (the median, so one hydro-priced province does not set it); 0 if none."""
    gaps = tariff_calibration(tariffs)["gap"]
    return float(gaps.median()) if len(gaps) else 0.0


def province_table() -> pd.DataFrame:
    """Provinces joined with their default price columns, indexed by adcode (map choropleth)."""
    provinces = load_provinces().set_index("adcode")
    prices = default_tariffs().set_index("adcode")
    return provinces.join(prices, how="left")
