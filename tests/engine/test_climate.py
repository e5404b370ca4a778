"""Synthetic hourly years from monthly normals, file readers and the normals table."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from app.engine.climate import climate, psychro
from app.engine.climate.climate import DAY_MONTH, MonthlyNormals, synthesize_year

# Monthly normals of Beijing and Harbin as in data/climate_normals.csv (CMA 1981-2010 boxes).
BEIJING = MonthlyNormals(
    name="Beijing",
    lat=39.9075,
    lon=116.397,
    elevation_m=26.0,
    tmax_c=np.array([2.1, 5.8, 12.6, 20.7, 26.9, 30.5, 31.5, 30.5, 26.2, 19.4, 10.3, 3.8]),
    tmean_c=np.array([-2.9, 0.4, 7.0, 14.9, 21.0, 25.0, 26.9, 25.8, 20.8, 13.8, 5.1, -0.9]),
    tmin_c=np.array([-7.1, -4.3, 1.6, 8.9, 14.9, 19.8, 22.7, 21.7, 16.0, 8.8, 0.6, -4.9]),
    rh_pct=np.array([44.0, 43, 41, 43, 49, 59, 70, 72, 65, 58, 54, 47]),
)
HARBIN = MonthlyNormals(
    name="Harbin",
    lat=45.75,
    lon=126.65,
    elevation_m=112.0,
    tmax_c=np.array([-12.0, -6.3, 2.8, 14.0, 21.5, 26.5, 27.8, 26.5, 21.2, 12.3, -0.1, -9.2]),
    tmean_c=np.array([-17.6, -12.4, -2.8, 7.8, 15.3, 21.0, 23.1, 21.6, 15.1, 6.4, -4.9, -14.3]),
    tmin_c=np.array([-22.9, -18.3, -8.5, 1.4, 8.8, 15.2, 18.6, 16.9, 9.3, 0.9, -9.5, -19.0]),
    rh_pct=np.array([71.0, 66, 55, 48, 51, 62, 76, 78, 69, 61, 63, 69]),
)


def _monthly(values: np.ndarray) -> np.ndarray:
    """Monthly means of a daily series (365)."""
    return np.bincount(DAY_MONTH, weights=values) / np.bincount(DAY_MONTH)


def _daily(hourly: np.ndarray) -> np.ndarray:
    return hourly.reshape(365, 24)


@pytest.mark.parametrize("normals", [BEIJING, HARBIN], ids=lambda n: n.name)
def test_monthly_statistics_reproduce_the_normals(normals: MonthlyNormals) -> None:
    w = synthesize_year(normals)
    days = _daily(w.tdb_c)
    np.testing.assert_allclose(_monthly(days.mean(axis=1)), normals.tmean_c, atol=0.2)
    np.testing.assert_allclose(_monthly(days.max(axis=1)), normals.tmax_c, atol=0.5)
    np.testing.assert_allclose(_monthly(days.min(axis=1)), normals.tmin_c, atol=0.5)
    np.testing.assert_allclose(_monthly(_daily(w.rh_pct).mean(axis=1)), normals.rh_pct, atol=2.5)
    assert w.tdb_c.shape == w.rh_pct.shape == w.twb_c.shape == w.dewpoint_c.shape == (8760,)
    assert w.notes == []


def test_deterministic_and_seeded() -> None:
    a, b = synthesize_year(BEIJING), synthesize_year(BEIJING)
    np.testing.assert_array_equal(a.tdb_c, b.tdb_c)
    np.testing.assert_array_equal(a.twb_c, b.twb_c)
    c = synthesize_year(BEIJING, seed=7)
    assert not np.allclose(a.tdb_c, c.tdb_c)
    # Another seed reshuffles the weather, not the climate.
    np.testing.assert_allclose(
        _monthly(_daily(c.tdb_c).mean(axis=1)), _monthly(_daily(a.tdb_c).mean(axis=1)), atol=0.2
    )


def test_diurnal_cycle_minimum_near_sunrise_maximum_mid_afternoon() -> None:
    days = _daily(synthesize_year(BEIJING).tdb_c)
    coldest, warmest = days.argmin(axis=1), days.argmax(axis=1)
    summer = slice(152, 243)  # June-August: sunrise ~4:50-5:30 solar time at 40 N
    winter = np.r_[0:59, 334:365]  # Dec-Feb: sunrise ~7:00-7:30
    assert 4 <= np.median(coldest[summer]) <= 5
    assert 6 <= np.median(coldest[winter]) <= 7
    assert np.all((warmest >= 13) & (warmest <= 16))


def test_warm_spells_exist() -> None:
    for normals in (BEIJING, HARBIN):
        w = synthesize_year(normals)
        assert np.percentile(w.tdb_c, 99) > normals.tmax_c.max()
        daily_mean = _daily(w.tdb_c).mean(axis=1)
        july = daily_mean[DAY_MONTH == 6]
        assert july.max() - july.min() > 4.0  # days differ, not one repeated day


def test_humidity_consistent_at_station_pressure() -> None:
    w = synthesize_year(HARBIN)
    assert w.pressure_pa == pytest.approx(float(psychro.station_pressure_pa(112.0)))
    assert np.all(w.dewpoint_c <= w.tdb_c + 1e-9)
    assert np.all((w.twb_c <= w.tdb_c + 1e-9) & (w.twb_c >= w.dewpoint_c - 0.01))
    np.testing.assert_allclose(
        w.twb_c, psychro.wet_bulb_from_dew_point(w.tdb_c, w.dewpoint_c, w.pressure_pa), atol=0.01
    )
    np.testing.assert_allclose(w.rh_pct, psychro.rel_hum_from_dew_point(w.tdb_c, w.dewpoint_c))


def test_missing_humidity_and_elevation_fall_back_and_say_so() -> None:
    normals = MonthlyNormals(
        "Nowhere", 40.0, 114.0, None, BEIJING.tmax_c, BEIJING.tmean_c, BEIJING.tmin_c,
        np.full(12, np.nan),
    )  # fmt: skip
    w = synthesize_year(normals)
    assert w.rh_fallback and w.elevation_fallback
    assert w.pressure_pa == pytest.approx(101325.0)
    assert any("dew point estimated" in note for note in w.notes)
    dew = _monthly(_daily(w.dewpoint_c).mean(axis=1))
    offset = np.clip(0.36 * (BEIJING.tmax_c - BEIJING.tmin_c) - 1.6, 0, 8)
    np.testing.assert_allclose(dew, BEIJING.tmin_c - offset, atol=1.0)
    # Against the real RH: close in the humid summer that drives cooling, a few kelvin too
    # humid in Beijing's very dry winter and spring (the rule's known weakness).
    real = _monthly(_daily(synthesize_year(BEIJING).dewpoint_c).mean(axis=1))
    assert np.max(np.abs(dew - real)[5:9]) < 2.0
    assert np.mean(np.abs(dew - real)) < 3.0


def test_batched_synthesis_equals_single() -> None:
    arrays = climate.synthesize_arrays([BEIJING, HARBIN])
    single = synthesize_year(HARBIN)
    np.testing.assert_allclose(arrays["tdb_c"][1], single.tdb_c)
    np.testing.assert_allclose(arrays["twb_c"][1], single.twb_c)


# ----------------------------------------------------------------------------- readers


def _write_epw(path, tdb: np.ndarray, tdp: np.ndarray, pres: np.ndarray, elevation: float = 50.0):
    header = [f"LOCATION,Test,XX,CHN,SRC,000000,30.0,120.0,8.0,{elevation}"]
    header += ["DESIGN CONDITIONS,0", "TYPICAL/EXTREME PERIODS,0", "GROUND TEMPERATURES,0"]
    header += ["HOLIDAYS/DAYLIGHT SAVINGS,No,0,0,0", "COMMENTS 1,test", "COMMENTS 2,test"]
    header += ["DATA PERIODS,1,1,Data,Sunday, 1/ 1,12/31"]
    stamps = pd.date_range("2001-01-01 01:00", periods=8760, freq="h")
    rows = [
        f"2001,{t.month},{t.day},{t.hour or 24},60,x,{a:.1f},{b:.1f},50,{int(c)},0,0"
        for t, a, b, c in zip(stamps - pd.Timedelta(hours=1), tdb, tdp, pres, strict=True)
    ]
    path.write_text("\n".join(header + rows) + "\n", encoding="utf-8")


def test_read_epw_fills_missing_values(tmp_path) -> None:
    hours = np.arange(8760)
    tdb = 15 + 10 * np.sin(2 * np.pi * hours / 8760)
    tdp, pres = tdb - 5, np.full(8760, 100000.0)
    tdb[100], tdp[200], pres[300] = 99.9, 99.9, 999999
    _write_epw(tmp_path / "t.epw", tdb, tdp, pres)
    w = climate.read_epw(tmp_path / "t.epw")
    assert w.tdb_c.shape == (8760,)
    assert abs(w.tdb_c[100] - (tdb[99] + tdb[101]) / 2) < 0.1
    assert len(w.notes) == 3 and "interpolated" in w.notes[0]
    assert w.source == "EPW file: t.epw"


def test_read_epw_rejects_garbage(tmp_path) -> None:
    bad = tmp_path / "bad.epw"
    bad.write_text("not an epw\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.epw"):
        climate.read_epw(bad)


def test_a_one_line_epw_is_called_cut_short_not_a_non_epw(tmp_path) -> None:
    short = tmp_path / "short.epw"
    short.write_text("LOCATION,Test,XX,CHN,SRC,000000,30.0,120.0,8.0,50\n", encoding="utf-8")
    with pytest.raises(ValueError) as info:
        climate.read_epw(short)
    assert str(info.value) == (
        f"{short}: cut short: 1 line(s); an EPW file has 8 header lines and 8760 (or 8784) "
        "hourly rows"
    )


def test_read_hourly_csv(tmp_path) -> None:
    frame = pd.DataFrame({"tdb_c": np.linspace(-5, 35, 8760), "rh_pct": 60.0})
    frame.to_csv(tmp_path / "ok.csv", index=False)
    w = climate.read_hourly_csv(tmp_path / "ok.csv", elevation_m=1000.0)
    np.testing.assert_allclose(w.rh_pct, 60.0, atol=1e-6)
    assert w.pressure_pa == pytest.approx(float(psychro.station_pressure_pa(1000.0)))
    assert climate.read_hourly_csv(tmp_path / "ok.csv").elevation_fallback


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda f: f.drop(columns="rh_pct"), "column 'rh_pct' missing"),
        (lambda f: f.iloc[:-1], "8759 data rows"),
        (lambda f: f.assign(tdb_c=f["tdb_c"].astype(object).where(f.index != 41, "hot")), "row 43, column 'tdb_c'"),
        (lambda f: f.assign(rh_pct=f["rh_pct"].where(f.index != 9, 130.0)), "row 11, column 'rh_pct'"),
    ],
)  # fmt: skip
def test_read_hourly_csv_errors_name_file_row_and_column(tmp_path, mutate, message) -> None:
    frame = mutate(pd.DataFrame({"tdb_c": np.full(8760, 20.0), "rh_pct": 50.0}))
    frame.to_csv(tmp_path / "bad.csv", index=False)
    with pytest.raises(ValueError, match="bad.csv") as err:
        climate.read_hourly_csv(tmp_path / "bad.csv")
    assert message in str(err.value)


# ----------------------------------------------------------------------------- normals table


def _table(name_col: str = "city") -> pd.DataFrame:
    return pd.DataFrame(
        {
            name_col: "Beijing",
            "lat": BEIJING.lat,
            "lon": BEIJING.lon,
            "month": np.arange(1, 13),
            "tmax_c": BEIJING.tmax_c,
            "tmean_c": BEIJING.tmean_c,
            "tmin_c": BEIJING.tmin_c,
            "rh_pct": BEIJING.rh_pct,
        }
    )


@pytest.mark.parametrize("name_col", ["city", "station"])
def test_normals_from_frame(name_col: str) -> None:
    frame = _table(name_col).sample(frac=1.0, random_state=1)  # any row order
    n = climate.normals_from_frame(frame, "beijing")
    np.testing.assert_array_equal(n.tmax_c, BEIJING.tmax_c)
    assert n.name == "Beijing" and n.elevation_m is None
    with_elev = climate.normals_from_frame(_table(name_col).assign(elevation_m=44.0), "Beijing")
    assert with_elev.elevation_m == 44.0


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda f: f[f["month"] != 3], "Beijing: month(s) [3] missing"),
        (lambda f: f.assign(tmin_c=np.where(f["month"] == 7, 40.0, f["tmin_c"])), "month 7, column tmin_c"),
        (lambda f: f.assign(rh_pct=np.where(f["month"] == 5, 120.0, f["rh_pct"])), "month 5, column rh_pct"),
        (lambda f: f.assign(tmax_c=np.where(f["month"] == 8, 75.0, f["tmax_c"])), "month 8, column tmax_c = 75"),
        (lambda f: f.assign(tmean_c=f["tmean_c"].astype(object).where(f["month"] != 2, "x")), "month 2, column tmean_c"),
        (lambda f: pd.concat([f, f.iloc[[0]]]), "month(s) [1] appear more than once"),
    ],
)  # fmt: skip
def test_normals_validation_names_city_month_column(edit, message) -> None:
    with pytest.raises(ValueError) as err:
        climate.normals_from_frame(edit(_table()), "Beijing")
    assert message in str(err.value)


def test_unknown_station_suggests_close_names() -> None:
    with pytest.raises(climate.UnknownStationError) as err:
        climate.normals_from_frame(_table(), "Bejing")
    assert err.value.suggestions == ["Beijing"]
    assert "did you mean 'Beijing'" in str(err.value)


def test_normals_are_parsed_once_per_table(atlas) -> None:
    from app.engine.climate.normals import all_normals_from_frame, normals_by_station

    parsed = normals_by_station(atlas.normals)
    assert normals_by_station(atlas.normals) is parsed  # the second site looks it up
    ulanqab = next(n for n in all_normals_from_frame(atlas.normals) if n.name == "Ulanqab")
    np.testing.assert_array_equal(parsed["Ulanqab"].tmean_c, ulanqab.tmean_c)
    warmer = atlas.normals.assign(tmean_c=atlas.normals["tmean_c"] + 1.0)  # another table
    assert normals_by_station(warmer)["Ulanqab"].tmean_c[0] == ulanqab.tmean_c[0] + 1.0
    with pytest.raises(ValueError, match="tmean_c"):
        normals_by_station(atlas.normals.assign(tmean_c="warm"))
