"""Report tables show each placed site at the load the LP chose, design utilisation beside it,
and the site figures add up with the rest of the system to the totals."""

from __future__ import annotations

import numpy as np
import pytest

from app.domain.scenario import Scenario
from app.domain.site import Site
from app.io.report_data import collect


def test_site_table_is_at_the_solved_load(atlas):
    sites = [
        # cheap power: the allocation loads it (it must, for a solved PUE)
        Site("ulanqab", "Ulanqab", 113.13, 41.03, capacity_mw=300.0, tariff_cny_per_kwh=0.1),
        Site("hk", "Hong Kong", 114.17, 22.30),
    ]
    data = collect(Scenario(sites=sites), atlas)
    ev_sites = data.evaluation.site
    row = data.sites.set_index("site").loc["Ulanqab"]
    solved = ev_sites["ulanqab"].solved
    assert row["design_utilisation"] == 0.7 and row["solved_utilisation"] == pytest.approx(
        solved.utilisation
    )
    assert row["facility_energy_mwh"] == pytest.approx(solved.energy_mwh)
    assert row["energy_cost_mcny"] == pytest.approx(solved.energy_cost_cny / 1e6)
    assert row["annual_pue"] == pytest.approx(solved.energy_mwh / (solved.load_mw * 8760))
    hk = data.sites.set_index("site").loc["Hong Kong"]
    assert np.isnan(hk["facility_energy_mwh"]) and "left out" in hk["flags"]
