"""Tibet publishes no grid emission factor: its halls and a site placed there are counted at
the national average, said once for the province and on the site's card, so every site's
carbon adds up to the totals (it was missing on the site and counted in the totals)."""

from __future__ import annotations

import pytest

from app.domain.scenario import Scenario
from app.domain.site import Site
from app.engine.allocation.allocation import NATIONAL_EMISSION_KG_PER_KWH
from app.engine.costs.site_figures import NO_GRID_FACTOR_NOTE
from app.engine.evaluate import evaluate

LHASA = Site("lhasa", "Lhasa", 91.13, 29.65, capacity_mw=20.0)


def test_a_site_without_a_factor_is_counted_at_the_national_average(atlas):
    ev = evaluate(Scenario(sites=[LHASA]), atlas=atlas, free=False)
    (site,) = ev.sites
    solved = site.solved
    assert solved is not None and solved.energy_mwh > 0
    assert solved.carbon_t == pytest.approx(solved.energy_mwh * NATIONAL_EMISSION_KG_PER_KWH)
    assert f"{NATIONAL_EMISSION_KG_PER_KWH}" in NO_GRID_FACTOR_NOTE
    # every hall's carbon, placed or existing, adds up to the total
    carbon = ev.costs["carbon_t"].sum()
    assert carbon == pytest.approx(ev.totals["carbon_t"], rel=1e-9)
    assert any(f.startswith("Tibet (Xizang): no grid emission factor") for f in ev.flags)
    assert not any("stock:540000" in f for f in ev.flags)  # named, not by its id
