"""Network geometry and transport prices for the allocation model.

Distances are great-circle (haversine) kilometres on a spherical Earth. Latency is the round-trip
time (RTT) of a fibre route::

    rtt_ms = 2 * distance_km * route_factor / fibre_km_per_ms + equipment_ms

Defaults come from ``data/assumptions.csv`` (source or reasoning and a range per row; see
``data/reference/policy_and_network.md`` §3-4):

* ``network.fibre_km_per_ms = 200``: light in silica fibre travels at about c/1.47, roughly
  200 km per millisecond one way. The RTT therefore uses 2x.
* ``network.route_factor = 1.5``: fibre routes are longer than the great circle; the MIIT 2023
  action plan targets hub-cluster links at no more than 1.5x the theoretical latency.
* ``network.equipment_ms = 1.0``: a round-trip allowance for transponders, switching and
  routing at both ends (reasoned, no source); 0 gives pure propagation delay.

Bandwidth tiers (10G / 100G / 400G circuits). 100G and 400G inter-DC transport is documented
(China Mobile's 400G OTN backbone, the Zhongwei-Beijing 4x100G route); no public tariff for
leased inter-DC circuits was found, so the prices
(``assumptions.bandwidth_price_cny_per_km_year.<tier>``) are **reasoned** with a x0.25-x4 range:
a larger circuit costs less per Gbps, and transport stays visible next to energy cost without
dominating it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np
from numpy.typing import ArrayLike, NDArray

from app.domain.assumptions import AllocationAssumptions
from app.domain.sourced import default

EARTH_RADIUS_KM = 6371.0088
"""Mean Earth radius (IUGG), km."""

FIBRE_KM_PER_MS = default("network.fibre_km_per_ms")
"""One-way distance light covers in fibre per millisecond, km/ms."""

ROUTE_FACTOR = default("network.route_factor")
"""Fibre route length / great-circle distance (MIIT '<= 1.5x theoretical latency' target)."""

EQUIPMENT_MS = default("network.equipment_ms")
"""Fixed round-trip equipment delay, ms (reasoned, editable)."""


def haversine_km(
    lat1: ArrayLike, lon1: ArrayLike, lat2: ArrayLike, lon2: ArrayLike
) -> NDArray[np.float64]:
    """Great-circle distance in km between points (degrees); numpy broadcasting applies."""
    p1, l1, p2, l2 = (np.radians(np.asarray(a, dtype=float)) for a in (lat1, lon1, lat2, lon2))
    h = np.sin((p2 - p1) / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin((l2 - l1) / 2) ** 2
    return 2.0 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))


def distance_matrix_km(
    lat_a: ArrayLike, lon_a: ArrayLike, lat_b: ArrayLike, lon_b: ArrayLike
) -> NDArray[np.float64]:
    """Great-circle distances (km), shape ``(len(a), len(b))``, fully vectorised."""
    la, oa = np.asarray(lat_a, dtype=float)[:, None], np.asarray(lon_a, dtype=float)[:, None]
    lb, ob = np.asarray(lat_b, dtype=float)[None, :], np.asarray(lon_b, dtype=float)[None, :]
    return haversine_km(la, oa, lb, ob)


def rtt_ms(
    distance_km: ArrayLike,
    route_factor: float = ROUTE_FACTOR,
    fibre_km_per_ms: float = FIBRE_KM_PER_MS,
    equipment_ms: float = EQUIPMENT_MS,
) -> NDArray[np.float64]:
    """Round-trip latency in ms over a great-circle distance in km (see module docstring)."""
    d = np.asarray(distance_km, dtype=float)
    return 2.0 * d * route_factor / fibre_km_per_ms + equipment_ms


def max_distance_km(
    rtt_limit_ms: float,
    route_factor: float = ROUTE_FACTOR,
    fibre_km_per_ms: float = FIBRE_KM_PER_MS,
    equipment_ms: float = EQUIPMENT_MS,
) -> float:
    """Largest great-circle distance (km) whose RTT stays within ``rtt_limit_ms``; inverse of rtt."""
    return max(0.0, (rtt_limit_ms - equipment_ms) * fibre_km_per_ms / (2.0 * route_factor))


@dataclass(frozen=True)
class BandwidthTier:
    """A leased circuit size and its annual price per route-km.

    ``price_cny_per_km_year`` is CNY per km of fibre route per year for one circuit of
    ``capacity_gbps`` (default: ``data/assumptions.csv``, reasoned; edit it).
    """

    name: str
    capacity_gbps: float
    price_cny_per_km_year: float

    @property
    def price_cny_per_gbps_km_year(self) -> float:
        """Price of one Gbps over one route-km for a year, CNY."""
        return self.price_cny_per_km_year / self.capacity_gbps


#: Circuit sizes of the built-in tiers, Gbps.
TIER_GBPS = {"10G": 10.0, "100G": 100.0, "400G": 400.0}


def default_tiers() -> dict[str, BandwidthTier]:
    """Built-in tiers: 100, 40 and 25 CNY per Gbps-km-year for 10G, 100G and 400G.

    Reasoned, not sourced (no public leased-circuit tariff was found): only the ordering
    (cheaper per Gbps for bigger circuits) is argued. At 1 Gbps per MW over 1,500 route-km a
    100G circuit costs 60,000 CNY per MW-year, about 1 % of the energy bill of a MW at PUE 1.3
    and 0.5 CNY/kWh. Ranges are in ``data/assumptions.csv``.
    """
    key = "assumptions.bandwidth_price_cny_per_km_year"
    return {
        name: BandwidthTier(name, gbps, default(f"{key}.{name}"))
        for name, gbps in TIER_GBPS.items()
    }


def network_params(assumptions: AllocationAssumptions) -> NetworkParams:
    """Network parameters with the planner's circuit prices (tier -> CNY per route-km-year)."""
    tiers = default_tiers()
    for name, price in assumptions.bandwidth_price_cny_per_km_year.items():
        tiers[name] = replace(tiers[name], price_cny_per_km_year=float(price))
    return NetworkParams(tiers=tiers)


@dataclass(frozen=True)
class NetworkParams:
    """Latency and transport parameters used to build the allocation model."""

    route_factor: float = ROUTE_FACTOR
    fibre_km_per_ms: float = FIBRE_KM_PER_MS
    equipment_ms: float = EQUIPMENT_MS
    tiers: dict[str, BandwidthTier] = field(default_factory=default_tiers)

    def rtt_ms(self, distance_km: ArrayLike) -> NDArray[np.float64]:
        """RTT in ms for great-circle distances in km with these parameters."""
        return rtt_ms(distance_km, self.route_factor, self.fibre_km_per_ms, self.equipment_ms)

    def route_km(self, distance_km: ArrayLike) -> NDArray[np.float64]:
        """Fibre route length in km (great-circle distance x route factor)."""
        return np.asarray(distance_km, dtype=float) * self.route_factor

    def price_cny_per_gbps_km_year(self, tier: str) -> float:
        """Transport price of tier ``tier`` in CNY per Gbps per route-km per year."""
        try:
            return self.tiers[tier].price_cny_per_gbps_km_year
        except KeyError:
            raise ValueError(
                f"unknown bandwidth tier {tier!r}; known: {sorted(self.tiers)}"
            ) from None
