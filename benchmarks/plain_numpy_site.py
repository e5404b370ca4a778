"""The same-run reference for a site's card: its arithmetic written once in plain numpy.

One station's synthetic year (the formulas of ``app.engine.climate.climate``: spline-smoothed
monthly curves, the seed's AR(1) anomalies, the diurnal cycle, the dew point held through each
day, wet-bulb at station pressure) and two indirect-evaporative PUE years of the ``large``
class (design utilisation and full load), vectorised over the 8760 hours with every scalar
hoisted. No validation, caching, lookups or bookkeeping: the least any implementation of the
model must compute. What does not depend on the station (the 12->365 spline operator, the
seed's random series, the parameter values) is made once, before
timing; only the spline operator and the parameters come from the app.

Simplifications, all cheaper than the app, so the reference stays a lower bound: the wet-bulb
is the enthalpy-table inversion alone, clipped to [dew point, dry-bulb] (the app also decides
the ice/water branch where dry air straddles 0 degC and follows psychrolib's bisection there:
up to ~0.7 K at a few cold hours), the dew point's Newton steps use a difference quotient, and
RH is not kept. Dry-bulb is the app's to the last bit; annual PUE within ~1e-7 (printed).
"""

from __future__ import annotations

import numpy as np

_K = 273.15
_DAYS = np.array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
_MONTH_START_D = np.concatenate([[0], np.cumsum(_DAYS)[:-1]])
_MONTH_START_H = _MONTH_START_D * 24
_HOURS = _DAYS * 24.0
_T_GRID = np.arange(-60.0, 60.01, 0.5)


def constants(tech: str = "indirect_evaporative", facility: str = "large") -> dict:
    """Station-independent inputs, from the app once (outside the timed loop)."""
    from app.engine.climate import climate
    from app.engine.pue.facility import facility_params

    params, electrical = facility_params(tech, facility)
    m2d = climate._monthly_to_daily()
    rng = np.random.default_rng(0)  # the seed's three AR(1) series, drawn as the app draws them
    z, z_range, z_dew = (_ar1(rng.standard_normal(365)) for _ in range(3))
    return {
        "m2d": m2d,
        "z": z,
        "z2": 0.35 * z + np.sqrt(1 - 0.35**2) * z_range,
        "z_dew": z_dew,
        "winter": np.cos(2.0 * np.pi * (np.arange(365) + 0.5 - 15.0) / 365.0),
        "tan_decl": np.tan(
            np.radians(23.44) * np.sin(2.0 * np.pi * (284.0 + np.arange(365) + 1.0) / 365.0)
        ),
        "day_month": np.repeat(np.arange(12), _DAYS),
        "params": params,
        "electrical": electrical,
    }


def _ar1(e, phi: float = 0.65):
    z = np.empty_like(e)
    z[0] = e[0]
    for i in range(1, len(e)):
        z[i] = phi * z[i - 1] + np.sqrt(1.0 - phi**2) * e[i]
    return z


def _ln_pws(t_c):
    t = t_c + _K
    water = (
        -5.8002206e03 / t
        + 1.3914993
        + t * (-4.8640239e-02 + t * (4.1764768e-05 - 1.4452093e-08 * t))
        + 6.5459673 * np.log(t)
    )
    ice = (
        -5.6745359e03 / t
        + 6.3925247
        + t * (-9.677843e-03 + t * (6.2215701e-07 + t * (2.0747825e-09 - 9.484024e-13 * t)))
        + 4.1635019 * np.log(t)
    )
    return np.where(t_c <= 0.01, ice, water)


def _dew_point(pw):
    """Dew point (degC) of vapour pressure ``pw`` (Pa): Magnus start, 4 Newton steps."""
    g = np.log(pw / 611.2)
    td = 243.12 * g / (17.62 - g)
    ln_pw = np.log(pw)
    for _ in range(4):
        h = 1e-4
        ln = _ln_pws(td)
        td = td - (ln - ln_pw) / ((_ln_pws(td + h) - ln) / h)
    return td


def _zero_mean(daily, m2d):
    """``daily`` less its smooth monthly means."""
    return daily - m2d @ (np.add.reduceat(daily, _MONTH_START_D) / _DAYS)


def _monthly_mean(hourly):
    return np.add.reduceat(hourly, _MONTH_START_H) / _HOURS


def _diurnal(tmin_d, tmax_d, skew, sunrise, peak=14.5):
    t = np.arange(24) + 0.5
    sr = sunrise[:, None]
    before, after = t < sr, t > peak
    sr_next = np.roll(sunrise, -1)[:, None]
    start = np.where(before, peak - 24.0, np.where(after, peak, sr))
    end = np.where(before, sr, np.where(after, sr_next + 24.0, peak))
    s = 0.5 - 0.5 * np.cos(np.pi * np.clip((t - start) / (end - start), 0.0, 1.0))
    s = np.where(before | after, 1.0 - s, s)
    s += skew[:, None] * s * (1.0 - s)
    low = np.where(after, np.roll(tmin_d, -1)[:, None], tmin_d[:, None])
    high = np.where(before, np.roll(tmax_d, 1)[:, None], tmax_d[:, None])
    return (low + (high - low) * s).ravel()


def year(n, c: dict) -> tuple[np.ndarray, np.ndarray, float]:
    """Dry-bulb, wet-bulb (degC, 8760) and pressure (Pa) of normals ``n``."""
    m2d, lat = c["m2d"], n.lat
    season = np.sign(lat) * min(abs(lat) / 25.0, 1.0) * c["winter"]
    sigma = 0.8 + 0.05 * abs(lat) + 0.5 * season
    dtr_m = np.maximum(n.tmax_c - n.tmin_c, 0.0)
    dtr = np.maximum((m2d @ dtr_m) * (1.0 + _zero_mean(0.3 * c["z2"], m2d)), 0.0)
    mid = m2d @ ((n.tmax_c + n.tmin_c) / 2.0) + _zero_mean(sigma * c["z"], m2d)
    wide = dtr_m > 0.05
    frac = np.where(wide, (n.tmean_c - n.tmin_c) / np.where(wide, dtr_m, 1.0), 0.5)
    skew = np.clip((m2d @ frac - 0.5) * 8.0, -1.0, 1.0)
    cos_w = np.clip(-np.tan(np.radians(lat)) * c["tan_decl"], -1.0, 1.0)
    sunrise = np.clip(12.0 - np.degrees(np.arccos(cos_w)) / 15.0, 3.0, 9.0)
    tdb = _diurnal(mid - dtr / 2.0, mid + dtr / 2.0, skew, sunrise)
    # humidity: the month's vapour pressure giving its mean RH, held as a dew point by day
    ln_es = _ln_pws(tdb)
    known = ~np.isnan(n.rh_pct)
    vapour = np.clip(np.where(known, n.rh_pct, 50.0), 1.0, 100.0) / 100.0
    vapour = vapour / _monthly_mean(np.exp(-ln_es))
    td_m = _dew_point(vapour)
    td_m = np.where(known, td_m, n.tmin_c - np.clip(0.36 * dtr_m - 1.6, 0.0, 8.0))
    beta, sd = 0.75 + 0.45 * season, np.maximum(0.065 * abs(lat) + 0.33 * season, 0.5)
    daily = m2d @ td_m + _zero_mean(beta * sigma * c["z"] + sd * c["z_dew"], m2d)
    ln_e = np.repeat(_ln_pws(daily), 24)
    got = _monthly_mean(100.0 * np.exp(np.minimum(ln_e, ln_es) - ln_es))
    scale = np.where(known, n.rh_pct / np.maximum(got, 1.0), 1.0)
    daily = daily + m2d @ np.where(known, _dew_point(vapour * scale) - td_m, 0.0)
    pw = np.exp(np.minimum(np.repeat(_ln_pws(daily), 24), ln_es))
    tdp = np.minimum(np.repeat(daily, 24), tdb)
    p = 101325.0 * (1.0 - 2.25577e-5 * (n.elevation_m or 0.0)) ** 5.2559
    return tdb, _wet_bulb(tdb, tdp, 0.621945 * pw / (p - pw), p), p


def _wet_bulb(tdb, tdp, w, p):
    """Enthalpy form of ASHRAE eqn. 33/35 inverted through a table at pressure ``p``."""
    pws = np.exp(_ln_pws(_T_GRID))
    ws = 0.621945 * pws / (p - pws)
    twb = np.empty_like(tdb)
    for latent, a_t, b_w, part in ((2501.0, 2.326, 4.186, None), (2830.0, 0.24, 2.1, True)):
        f = 1.006 * _T_GRID + (latent - a_t * _T_GRID) * ws
        m = slice(None) if part is None else twb < 0.0
        t, wm = tdb[m], w[m]
        h = 1.006 * t + wm * (latent + 1.86 * t)
        value = np.interp(h, f, _T_GRID)
        for _ in range(2):
            value = np.interp(h - b_w * wm * value, f, _T_GRID)
        twb[m] = value
    return np.clip(twb, tdp, tdb)  # the root lies between dew point and dry-bulb


def pue_year(tdb, twb, u: float, c: dict) -> dict:
    """Indirect evaporative cooling at utilisation ``u``: annual and monthly PUE, mode hours
    and water (the formulas of ``app.engine.pue``)."""
    p, el = c["params"], c["electrical"]
    over, installed = el.design_oversize, el.design_oversize * el.chain_redundancy
    k = 1.0 / el.ups_efficiency - 1.0 + el.distribution_loss / (1.0 - el.distribution_loss)

    def chain(load):
        online = min(installed, load / el.ups_module_load) if el.ups_module_load > 0 else installed
        return online * el.ups_fixed_loss + installed * el.transformer_fixed_loss + load * k

    q = u + chain(u) + over * el.misc_fixed
    qd = over + chain(over) + over * el.misc_fixed
    t_sa, dt = p.supply_air_c, p.delta_t_air_k
    t_ra = t_sa + dt
    t_dry = t_ra - p.dry_effectiveness * (t_ra - tdb)
    t_wet = t_ra - p.wet_effectiveness * (t_ra - twb)
    dry_ok = t_dry <= t_sa
    t_x = np.where(dry_ok, t_sa, np.minimum(np.minimum(t_dry, t_wet), t_ra))
    mech = np.clip((t_x - t_sa) / dt, 0.0, 1.0)
    evap = t_sa - p.evaporator_delta_k
    cop = p.carnot_fraction * (evap + _K) / np.maximum(tdb + p.condenser_delta_k - evap, 5.0)
    compressor = mech * q / np.maximum(cop, 0.5)
    fan = p.fan_pressure_pa / p.fan_efficiency / (1.2 * 1.006 * dt) / 1000.0
    share = p.aux_fixed_share
    aux = fan * qd * (share + (1.0 - share) * (q / qd) ** p.aux_flow_exponent)
    speed = np.where(
        dry_ok, np.clip(dt / np.maximum(p.dry_effectiveness * (t_ra - tdb), 1e-3), 0.3, 1.0), 1.0
    )
    facility = q + compressor + aux + fan * p.secondary_fan_ratio * q * speed**2
    wet = ~dry_ok & (t_wet < t_dry) & (mech < 1.0)
    water = np.where(wet, q * (1.0 - mech), 0.0).sum() * p.latent_share / 2450.0 * 3600.0
    free, mechanical = np.count_nonzero(mech <= 1e-9), np.count_nonzero(mech >= 1.0 - 1e-9)
    return {
        "annual_pue": facility.sum() / (u * 8760.0),
        "monthly_pue": np.add.reduceat(facility, _MONTH_START_H) / (u * _HOURS),
        "mode_hours": (free, 8760 - free - mechanical, mechanical),
        "water_m3_per_mw": water * p.water_bleed_factor,
    }


def card(n, c: dict, design_utilisation: float = 0.7) -> tuple[dict, dict]:
    """What a new site's card cannot avoid: the year and its two PUE years."""
    tdb, twb, _ = year(n, c)
    return pue_year(tdb, twb, design_utilisation, c), pue_year(tdb, twb, 1.0, c)
