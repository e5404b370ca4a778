from __future__ import annotations

import numpy as np
import pytest

from app.engine.allocation.network import (
    BandwidthTier,
    NetworkParams,
    default_tiers,
    distance_matrix_km,
    haversine_km,
    max_distance_km,
    rtt_ms,
)

BEIJING = (39.9042, 116.4074)
SHANGHAI = (31.2304, 121.4737)


def test_haversine_beijing_shanghai() -> None:
    d = haversine_km(*BEIJING, *SHANGHAI)
    assert d == pytest.approx(1068, abs=10)


def test_haversine_one_degree_on_equator() -> None:
    # R * pi / 180 with the mean Earth radius 6371.0088 km
    assert haversine_km(0, 0, 0, 1) == pytest.approx(6371.0088 * np.pi / 180, rel=1e-12)
    assert haversine_km(10, 20, 10, 20) == 0.0


def test_distance_matrix_is_vectorised_and_symmetric() -> None:
    lat = np.array([BEIJING[0], SHANGHAI[0], 23.13])
    lon = np.array([BEIJING[1], SHANGHAI[1], 113.26])
    m = distance_matrix_km(lat, lon, lat, lon)
    assert m.shape == (3, 3)
    np.testing.assert_allclose(m, m.T, rtol=1e-12)
    np.testing.assert_allclose(np.diag(m), 0.0, atol=1e-9)
    assert m[0, 1] == pytest.approx(haversine_km(*BEIJING, *SHANGHAI))
    assert distance_matrix_km(lat[:2], lon[:2], lat, lon).shape == (2, 3)


def test_rtt_by_hand() -> None:
    # 1000 km great circle x 1.5 route = 1500 km of fibre each way, 3000 km there and back,
    # at 200 km/ms = 15 ms, plus 1 ms of equipment = 16 ms
    assert rtt_ms(1000.0) == pytest.approx(16.0)
    assert rtt_ms(1000.0, route_factor=1.0, fibre_km_per_ms=200.0, equipment_ms=0.0) == 10.0
    np.testing.assert_allclose(rtt_ms(np.array([0.0, 100.0])), [1.0, 2.5])


def test_max_distance_inverts_rtt() -> None:
    assert max_distance_km(16.0) == pytest.approx(1000.0)
    assert rtt_ms(max_distance_km(40.0)) == pytest.approx(40.0)
    assert max_distance_km(0.5) == 0.0  # below the equipment delay nothing is reachable


def test_tier_prices_fall_with_size_and_are_editable() -> None:
    t = default_tiers()
    per_gbps = [t[n].price_cny_per_gbps_km_year for n in ("10G", "100G", "400G")]
    assert per_gbps == sorted(per_gbps, reverse=True)
    net = NetworkParams(tiers={"X": BandwidthTier("X", 10.0, 50.0)})
    assert net.price_cny_per_gbps_km_year("X") == 5.0
    assert net.route_km(100.0) == pytest.approx(150.0)
    with pytest.raises(ValueError, match="unknown bandwidth tier"):
        net.price_cny_per_gbps_km_year("10G")
