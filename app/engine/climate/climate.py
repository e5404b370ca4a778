"""Hourly weather for the PUE model: synthesised from monthly normals, or read from a file.

:func:`synthesize_year` turns monthly normals (mean daily maximum, mean, mean daily minimum
temperature, mean relative humidity, station elevation) into a deterministic 8760-hour year:

1. *Seasonal curves.* Monthly values are interpolated to days with a periodic cubic spline whose
   knots are chosen so that every month's mean of the daily values equals the monthly normal
   exactly (a 12x12 linear solve, done once).
2. *Day-to-day weather.* A seeded AR(1) anomaly (lag-1 correlation 0.65) shifts each day's
   temperature, so warm and cold spells exist; its standard deviation
   ``0.8 + 0.05*|lat| + 0.5*season`` K (season = +1 mid-winter, -1 mid-summer, damped in the
   tropics) and the dew-point response to it were fitted by least squares to daily anomalies of
   the 26 usable real typical years in ``shared/reference/weather`` (mean 2.6 K). The diurnal
   range varies by +-30 % (1 sd). All anomalies have zero mean in every month, so the monthly
   normals are kept. The same seed gives every station the same standardised anomalies
   ("common random numbers"), so comparisons between sites are not decided by luck.
3. *Diurnal cycle.* Minimum at sunrise (from latitude and solar declination), maximum at
   14:30 local solar time, half-cosine branches between them, skewed so that the daily mean
   sits where the normals' mean lies between minimum and maximum.
4. *Humidity.* The month's vapour pressure is chosen so that the mean hourly RH of the
   synthetic month equals the normal; it is held as a dew point through each day (dew point
   capped at the air temperature), with the fitted day-to-day dew-point anomaly added.
   Hourly RH and wet-bulb follow at station pressure (:mod:`app.engine.climate.psychro`).

Fallbacks, always reported in ``HourlyWeather.notes``:

- **RH missing** (70 of the 318 built-in cities): monthly dew point = mean daily minimum
  minus ``clip(0.36 * (tmax - tmin) - 1.6, 0, 8)`` K. Dew point sits near the morning minimum
  in humid climates and further below it where the daily range (aridity) is large (FAO-56,
  Allen et al. 1998, ch. 3 and Annex 6); the coefficients are a least-squares fit over the 248 built-in
  cities that have RH: against the dew point synthesised from their real RH, the monthly dew
  point errs by 1.1 K on average (bias 0.0 K, 90 % within 2.5 K).
- **Elevation missing**: sea level (101325 Pa). Wet-bulb is then 0.2-0.4 K too high per
  1000 m of real elevation, so PUE errs on the high side.

Hours are local solar time unless ``utc_offset_h`` is given (8.0 = Beijing time).

The data classes, the measured-file readers (EPW, hourly CSV) and the normals table live in
:mod:`app.engine.climate.weather` and are re-exported here.
"""

from __future__ import annotations

import functools

import numpy as np

from app.engine.climate import psychro
from app.engine.climate.normals import (
    UnknownStationError,
    all_normals_from_frame,
    normals_from_frame,
)
from app.engine.climate.psychro import FloatArray
from app.engine.climate.weather import (
    DAY_MONTH,
    ELEVATION_FALLBACK_NOTE,
    HOUR_MONTH,
    HOURS_PER_YEAR,
    MONTH_DAYS,
    RH_FALLBACK_NOTE,
    TEMP_RANGE_C,
    HourlyWeather,
    MonthlyNormals,
    read_epw,
    read_hourly_csv,
)

__all__ = [
    "DAY_MONTH", "ELEVATION_FALLBACK_NOTE", "HOUR_MONTH", "HOURS_PER_YEAR", "MONTH_DAYS",
    "RH_FALLBACK_NOTE", "TEMP_RANGE_C", "HourlyWeather", "MonthlyNormals", "UnknownStationError",
    "all_normals_from_frame", "normals_from_frame", "read_epw", "read_hourly_csv",
    "fallback_notes", "synthesize_arrays", "synthesize_many", "synthesize_year",
]  # fmt: skip

_PEAK_HOUR = 14.5
_AR1_PHI = 0.65
_DTR_REL_SD = 0.3


# ----------------------------------------------------------------------------- synthesis


@functools.cache
def _monthly_to_daily() -> FloatArray:
    """(365, 12) operator: monthly means -> smooth periodic daily curve with the same means."""
    knots = (np.cumsum(MONTH_DAYS) - MONTH_DAYS / 2.0).astype(np.float64)
    basis = _periodic_spline_basis(knots, 365.0, np.arange(365, dtype=np.float64) + 0.5)
    averaging = np.zeros((12, 365))
    averaging[DAY_MONTH, np.arange(365)] = 1.0 / MONTH_DAYS[DAY_MONTH]
    return basis @ np.linalg.inv(averaging @ basis)


def _periodic_spline_basis(knots: FloatArray, period: float, x: FloatArray) -> FloatArray:
    """Matrix B with B @ y = periodic cubic spline through (knots, y), evaluated at ``x``."""
    n = len(knots)
    h = np.diff(np.append(knots, knots[0] + period))
    idx = np.arange(n)
    lhs = np.zeros((n, n))
    rhs = np.zeros((n, n))
    lhs[idx, idx - 1] = h[idx - 1]
    lhs[idx, idx] = 2.0 * (h[idx - 1] + h)
    lhs[idx, (idx + 1) % n] = h
    rhs[idx, (idx + 1) % n] = 6.0 / h
    rhs[idx, idx] = -6.0 / h - 6.0 / h[idx - 1]
    rhs[idx, idx - 1] += 6.0 / h[idx - 1]
    second = np.linalg.solve(lhs, rhs)  # second derivatives as a linear map of y
    xs = (x - knots[0]) % period + knots[0]
    i = np.clip(np.searchsorted(knots, xs, side="right") - 1, 0, n - 1)
    t, hi = xs - knots[i], h[i]
    u = hi - t
    out = np.zeros((len(x), n))
    rows = np.arange(len(x))
    out[rows, i] += u / hi
    out[rows, (i + 1) % n] += t / hi
    out += ((u**3 / hi - u * hi) / 6.0)[:, None] * second[i]
    out += ((t**3 / hi - t * hi) / 6.0)[:, None] * second[(i + 1) % n]
    return out


def _to_daily(monthly: FloatArray) -> FloatArray:
    """(n, 12) monthly means -> (n, 365) smooth daily values with the same monthly means."""
    return monthly @ _monthly_to_daily().T


_MONTH_FIRST_DAY = np.concatenate([[0], np.cumsum(MONTH_DAYS)[:-1]])


def _zero_monthly_mean(daily: FloatArray) -> FloatArray:
    """Remove each month's mean from a (n, 365) series smoothly (means become exactly 0).

    Month sums by ``reduceat``: a (365 x 365) operator instead was measured slower (BLAS
    spreads that product over threads that spin on a busy machine)."""
    monthly = np.add.reduceat(daily, _MONTH_FIRST_DAY, axis=1) / MONTH_DAYS
    return daily - _to_daily(monthly)


def _ar1(rng: np.random.Generator, n: int = 365) -> FloatArray:
    """Standard-normal AR(1) series with lag-1 correlation ``_AR1_PHI``."""
    e = rng.standard_normal(n)
    z = np.empty(n)
    z[0] = e[0]
    scale = np.sqrt(1.0 - _AR1_PHI**2)
    for i in range(1, n):
        z[i] = _AR1_PHI * z[i - 1] + scale * e[i]
    return z


@functools.cache
def _anomaly_series(seed: int) -> tuple[FloatArray, FloatArray, FloatArray]:
    """The three standardised AR(1) series of a seed, in the order the synthesis draws them:
    temperature, diurnal range, dew point. The same for every station (common random
    numbers), so drawn once per seed."""
    rng = np.random.default_rng(seed)
    series = (_ar1(rng), _ar1(rng), _ar1(rng))
    for values in series:
        values.flags.writeable = False
    return series


_WINTER = np.cos(2.0 * np.pi * ((np.arange(365) + 0.5) - 15.0) / 365.0)
_TAN_DECLINATION = np.tan(
    np.radians(23.44) * np.sin(2.0 * np.pi * (284.0 + (np.arange(365) + 1.0)) / 365.0)
)


def _season(lat: FloatArray) -> FloatArray:
    """(n, 365) +1 in mid-winter .. -1 in mid-summer, damped towards the equator."""
    hemi = np.sign(lat)[:, None] * np.minimum(np.abs(lat) / 25.0, 1.0)[:, None]
    return hemi * _WINTER[None, :]


def _sunrise_solar_h(lat: FloatArray) -> FloatArray:
    """(n, 365) sunrise in local solar hours (Cooper's declination), kept within 3..9 h."""
    cos_w = -np.tan(np.radians(lat))[:, None] * _TAN_DECLINATION[None, :]
    half_day_h = np.degrees(np.arccos(np.clip(cos_w, -1.0, 1.0))) / 15.0
    return np.clip(12.0 - half_day_h, 3.0, 9.0)


def _diurnal(
    tmin_d: FloatArray, tmax_d: FloatArray, skew: FloatArray, sunrise: FloatArray, peak: FloatArray
) -> FloatArray:
    """(n, 8760) hourly temperature from daily extremes: min at sunrise, max at ``peak``.

    Half-cosine rise (sunrise -> peak) and fall (peak -> next sunrise); ``skew`` (-1..1) bends
    both so that the daily mean lies at ``0.5 + skew/8`` of the way from minimum to maximum.
    """
    t = np.arange(24) + 0.5
    sr, pk = sunrise[..., None], peak[:, None, None]
    before, after = t < sr, t > pk
    sr_next = np.roll(sunrise, -1, axis=1)[..., None]
    start = np.where(before, pk - 24.0, np.where(after, pk, sr))
    end = np.where(before, sr, np.where(after, sr_next + 24.0, pk))
    s = 0.5 - 0.5 * np.cos(np.pi * np.clip((t - start) / (end - start), 0.0, 1.0))
    s = np.where(before | after, 1.0 - s, s)  # 0 at sunrise, 1 at the peak
    s += skew[..., None] * s * (1.0 - s)
    low = np.where(after, np.roll(tmin_d, -1, axis=1)[..., None], tmin_d[..., None])
    high = np.where(before, np.roll(tmax_d, 1, axis=1)[..., None], tmax_d[..., None])
    return (low + (high - low) * s).reshape(len(tmin_d), HOURS_PER_YEAR)


def _monthly_mean(hourly: FloatArray) -> FloatArray:
    """(n, 8760) -> (n, 12) monthly means."""
    sums = np.add.reduceat(hourly, np.concatenate([[0], np.cumsum(MONTH_DAYS)[:-1] * 24]), axis=1)
    return sums / (MONTH_DAYS * 24)


def _temperature(
    tmax: FloatArray,
    tmean: FloatArray,
    tmin: FloatArray,
    lat: FloatArray,
    shift_h: FloatArray,
    sigma: FloatArray,
    z: FloatArray,
    z_range: FloatArray,
) -> FloatArray:
    """(n, 8760) hourly dry-bulb from the daily anomaly ``z`` (standardised, sd ``sigma``)
    and ``z_range`` (the diurnal range's own series)."""
    anomaly = _zero_monthly_mean(sigma * z[None, :])
    z2 = 0.35 * z + np.sqrt(1 - 0.35**2) * z_range
    dtr_m = np.maximum(tmax - tmin, 0.0)
    dtr = np.maximum(_to_daily(dtr_m) * (1.0 + _zero_monthly_mean(_DTR_REL_SD * z2[None, :])), 0.0)
    mid = _to_daily((tmax + tmin) / 2.0) + anomaly
    frac = np.where(dtr_m > 0.05, (tmean - tmin) / np.where(dtr_m > 0.05, dtr_m, 1.0), 0.5)
    skew = np.clip((_to_daily(frac) - 0.5) * 8.0, -1.0, 1.0)
    sunrise = _sunrise_solar_h(lat) + shift_h[:, None]
    peak = _PEAK_HOUR + shift_h
    return _diurnal(mid - dtr / 2.0, mid + dtr / 2.0, skew, sunrise, peak)


def _humidity(
    tdb: FloatArray,
    rh: FloatArray,
    tmin: FloatArray,
    tmax: FloatArray,
    lat: FloatArray,
    season: FloatArray,
    sigma: FloatArray,
    z: FloatArray,
    z_dew: FloatArray,
) -> tuple[FloatArray, FloatArray, FloatArray]:
    """(n, 8760) hourly dew point (degC), RH (%) and ln of the vapour pressure (ln Pa):
    monthly humidity held through each day."""
    ln_es = psychro._ln_pws(tdb)  # reused: RH = exp(ln e - ln es) with e fixed per day
    inv_es = _monthly_mean(np.exp(-ln_es))
    known = ~np.isnan(rh)
    vapour = np.clip(np.where(known, rh, 50.0), 1.0, 100.0) / 100.0 / inv_es
    td_m = psychro.dew_point_from_vapour_pressure(vapour)
    td_m = np.where(known, td_m, tmin - np.clip(0.36 * (tmax - tmin) - 1.6, 0.0, 8.0))
    beta = 0.75 + 0.45 * season
    sd_eps = np.maximum(0.065 * np.abs(lat)[:, None] + 0.33 * season, 0.5)
    daily = _to_daily(td_m) + _zero_monthly_mean(
        beta * sigma * z[None, :] + sd_eps * z_dew[None, :]
    )

    def hourly_rh(daily_td: FloatArray) -> FloatArray:
        ln_e = np.repeat(psychro._ln_pws(daily_td), 24, axis=1)
        return 100.0 * np.exp(np.minimum(ln_e, ln_es) - ln_es)

    # Capping at the air temperature and the day-to-day spread move the monthly mean RH a
    # little; one multiplicative correction of the vapour pressure puts it back on the normal.
    got = _monthly_mean(hourly_rh(daily))
    scale = np.where(known, rh / np.maximum(got, 1.0), 1.0)
    shift = psychro.dew_point_from_vapour_pressure(vapour * scale) - td_m
    daily = daily + _to_daily(np.where(known, shift, 0.0))
    # The hourly dew point is the day's, capped at the air: its vapour pressure is the
    # day's or the saturation one already computed (no second pass of the formula).
    ln_e = np.repeat(psychro._ln_pws(daily), 24, axis=1)
    daily_h = np.repeat(daily, 24, axis=1)
    dew = daily_h <= tdb
    rh_h = 100.0 * np.exp(np.minimum(ln_e, ln_es) - ln_es)
    return np.where(dew, daily_h, tdb), rh_h, np.where(dew, ln_e, ln_es)


_CHUNK = 16  # stations per block: keeps the (n, 8760) temporaries in cache


def synthesize_arrays(
    normals: list[MonthlyNormals], seed: int = 0, utc_offset_h: float | None = None
) -> dict[str, FloatArray]:
    """Batched synthesis: arrays ``tdb_c, dewpoint_c, rh_pct, twb_c`` of shape (n, 8760) and
    ``pressure_pa`` of shape (n,) for ``n`` stations at once (what :func:`synthesize_year` and
    the 318-station evaluation use). Wet-bulb is within 0.002 K of psychrolib here."""
    parts = [
        _synthesize_block(normals[i : i + _CHUNK], seed, utc_offset_h)
        for i in range(0, len(normals), _CHUNK)
    ]
    return {key: np.concatenate([part[key] for part in parts]) for key in parts[0]}


def _synthesize_block(
    normals: list[MonthlyNormals], seed: int, utc_offset_h: float | None
) -> dict[str, FloatArray]:
    """:func:`synthesize_arrays` for one block; every block draws the same random numbers."""
    stack = lambda attr: np.array([getattr(s, attr) for s in normals], dtype=float)  # noqa: E731
    tmax, tmean, tmin, rh = stack("tmax_c"), stack("tmean_c"), stack("tmin_c"), stack("rh_pct")
    lat, lon = stack("lat"), stack("lon")
    elev = np.array([np.nan if s.elevation_m is None else s.elevation_m for s in normals])
    shift = (
        np.zeros_like(lon)
        if utc_offset_h is None
        else np.clip(utc_offset_h - lon / 15.0, -4.0, 4.0)
    )
    z, z_range, z_dew = _anomaly_series(seed)
    season = _season(lat)
    sigma = 0.8 + 0.05 * np.abs(lat)[:, None] + 0.5 * season
    tdb = _temperature(tmax, tmean, tmin, lat, shift, sigma, z, z_range)
    tdp, rh_h, ln_pw = _humidity(tdb, rh, tmin, tmax, lat, season, sigma, z, z_dew)
    pressure = psychro.station_pressure_pa(np.nan_to_num(elev))
    twb = psychro.wet_bulb_from_vapour_pressure(
        tdb, tdp, np.exp(ln_pw), pressure[:, None], iterations=0
    )
    return {
        "tdb_c": tdb,
        "dewpoint_c": tdp,
        "rh_pct": rh_h,
        "twb_c": twb,
        "pressure_pa": pressure,
    }


def fallback_notes(normals: MonthlyNormals) -> list[str]:
    """Notes for the fallbacks :func:`synthesize_year` applies to these normals."""
    notes = []
    if np.isnan(normals.rh_pct).any():
        notes.append(RH_FALLBACK_NOTE)
    if normals.elevation_m is None or not np.isfinite(normals.elevation_m):
        notes.append(ELEVATION_FALLBACK_NOTE)
    return notes


def synthesize_year(
    normals: MonthlyNormals, seed: int = 0, utc_offset_h: float | None = None
) -> HourlyWeather:
    """Deterministic synthetic 8760-hour year for one station (see the module docstring).

    Months whose RH is NaN use the dew-point fallback; a missing elevation means sea level.
    Both are recorded in ``notes``. Hours are local solar time unless ``utc_offset_h`` is given.
    """
    arr = synthesize_arrays([normals], seed=seed, utc_offset_h=utc_offset_h)
    return HourlyWeather(
        tdb_c=arr["tdb_c"][0],
        rh_pct=arr["rh_pct"][0],
        twb_c=arr["twb_c"][0],
        dewpoint_c=arr["dewpoint_c"][0],
        pressure_pa=float(arr["pressure_pa"][0]),
        source=f"synthetic from monthly normals: {normals.name} (seed {seed})",
        notes=fallback_notes(normals),
    )


def synthesize_many(
    normals: list[MonthlyNormals], seed: int = 0, utc_offset_h: float | None = None
) -> list[HourlyWeather]:
    """:func:`synthesize_year` for many stations at once (batched; ~1 ms per station),
    each year with its own fallback notes."""
    arr = synthesize_arrays(normals, seed=seed, utc_offset_h=utc_offset_h)
    return [
        HourlyWeather(
            tdb_c=arr["tdb_c"][i],
            rh_pct=arr["rh_pct"][i],
            twb_c=arr["twb_c"][i],
            dewpoint_c=arr["dewpoint_c"][i],
            pressure_pa=float(arr["pressure_pa"][i]),
            source=f"synthetic from monthly normals: {n.name} (seed {seed})",
            notes=fallback_notes(n),
        )
        for i, n in enumerate(normals)
    ]
