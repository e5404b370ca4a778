"""The annual PUE of many parameter sets (the PUE band's draws) is what :func:`evaluate_pue`
gives each set, for every technology and facility class."""

from __future__ import annotations

import pytest

from app.engine.climate.station_years import station_years
from app.engine.pue.facility import FACILITY_CLASSES, facility_params
from app.engine.pue.pue import COOLING_TECHS, annual_pue_sets, evaluate_pue
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
