"""A station's synthetic year is built once per normals table and kept (bounded): the kept
year is the one a fresh synthesis gives, shared read-only, and a different table (a planner's
normals) never gets another table's year."""

from __future__ import annotations

import numpy as np
import pytest

from app.engine.climate import station_years as kept
from app.engine.climate.climate import synthesize_year
from app.engine.climate.normals import normals_by_station

FIELDS = ("tdb_c", "rh_pct", "twb_c", "dewpoint_c", "pressure_pa")


def test_a_kept_year_is_the_fresh_synthesis_and_is_shared_read_only(atlas) -> None:
    kept.clear()
    first, other = kept.station_years(atlas.normals, ["Lhasa", "Haikou"])
    again = kept.station_years(atlas.normals, ["Lhasa"])[0]
    assert again is first and other is not first
    fresh = synthesize_year(normals_by_station(atlas.normals)["Lhasa"])  # batch of one: round-off
    for field in FIELDS:
        np.testing.assert_allclose(
            getattr(first, field), getattr(fresh, field), rtol=1e-12, atol=1e-12
        )
    assert first.notes == fresh.notes
    with pytest.raises(ValueError, match="read-only"):
        first.tdb_c[0] = 99.0
    assert first.tdb_c.base is None  # its own arrays: not rows keeping a whole batch alive


def test_another_table_gets_its_own_years(atlas) -> None:
    warmer = atlas.normals.copy()
    lhasa = warmer["station"] == "Lhasa"
    warmer.loc[lhasa, ["tmax_c", "tmean_c", "tmin_c"]] += 3.0
    base = kept.station_years(atlas.normals, ["Lhasa"])[0]
    warm = kept.station_years(warmer, ["Lhasa"])[0]
    # the diurnal shape and anomalies are the same; the whole year is 3 K warmer
    np.testing.assert_allclose(warm.tdb_c - base.tdb_c, 3.0, atol=1e-9)
    assert kept.station_years(atlas.normals, ["Lhasa"])[0] is base


def test_least_recently_used_years_are_dropped(atlas, monkeypatch) -> None:
    monkeypatch.setattr(kept, "YEARS_KEPT", 2)
    kept.clear()
    lhasa = kept.station_years(atlas.normals, ["Lhasa"])[0]
    kept.station_years(atlas.normals, ["Haikou"])
    assert kept.station_years(atlas.normals, ["Lhasa"])[0] is lhasa  # now the most recent
    kept.station_years(atlas.normals, ["Harbin"])  # drops Haikou, keeps Lhasa
    assert len(kept._YEARS) == 2
    assert kept.station_years(atlas.normals, ["Lhasa"])[0] is lhasa
    assert ("Haikou" not in {name for _, name in kept._YEARS}) and len(kept._YEARS) == 2
