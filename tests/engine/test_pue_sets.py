"""The annual PUE of many parameter sets (the PUE band's draws) is what :func:`evaluate_pue`
gives each set, for every technology and facility class."""

from __future__ import annotations

from dataclasses import fields, replace

import numpy as np
import pytest

from app.engine.climate.station_years import station_years
from app.engine.pue.cooling import Air
from app.engine.pue.facility import FACILITY_CLASSES, facility_params
from app.engine.pue.pue import COOLING_TECHS, _evaluate_arrays, annual_pue_sets, evaluate_pue
from app.engine.pue.pue_band import _draws


@pytest.mark.parametrize("facility", FACILITY_CLASSES)
def test_sets_equal_each_set_evaluated_in_full(atlas, facility) -> None:
    weather = station_years(atlas.normals, ["Harbin"])[0]  # ice, frost and hot summers
    for tech in COOLING_TECHS:
        sets = [facility_params(tech, facility, c) for c in _draws(tech, facility)[:5]]
        together = annual_pue_sets(weather, tech, 0.6, sets)
        alone = [evaluate_pue(weather, tech, 0.6, p, el).annual_pue for p, el in sets]
        assert together.tolist() == pytest.approx(alone, rel=1e-12), (tech, facility)
        assert len(set(alone)) == len(alone)  # the sets do differ


def _columns(objs: list) -> object:
    """One parameter object whose fields that differ between ``objs`` are (n, 1) columns."""
    differ = {
        f.name: np.array([getattr(o, f.name) for o in objs], dtype=float)[:, None]
        for f in fields(objs[0])
        if len({getattr(o, f.name) for o in objs}) > 1
    }
    return replace(objs[0], **differ)


def test_parameters_as_columns_give_each_sets_year(atlas) -> None:
    """The physics takes a column of values per parameter (one per set) and gives each set's
    year at once: what ``benchmarks/bench_pue_band.py --together`` times against the band's
    one-year-at-a-time evaluation."""
    weather = station_years(atlas.normals, ["Harbin"])[0]
    for tech in COOLING_TECHS:
        sets = [facility_params(tech, "large", c) for c in _draws(tech, "large")[:5]]
        params, electrical = _columns([p for p, _ in sets]), _columns([e for _, e in sets])
        h = _evaluate_arrays(Air.of(weather), tech, 0.6, params, electrical)
        together = np.broadcast_to(h.facility, (5, 8760)).sum(axis=-1) / (0.6 * 8760)
        alone = annual_pue_sets(weather, tech, 0.6, sets)
        assert together.tolist() == pytest.approx(alone.tolist(), rel=1e-12), tech
