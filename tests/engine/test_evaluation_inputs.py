"""One definition of what an evaluation depends on (evaluate.evaluation_inputs): the window's
reuse of its last evaluation and the baseline cache both follow it."""

from __future__ import annotations

from dataclasses import replace

from app.domain.scenario import MapView, Scenario
from app.domain.site import Site
from app.engine.evaluate import baseline_key, evaluation_inputs


def test_display_only_edits_keep_the_inputs_and_figure_edits_change_them(atlas) -> None:
    site = Site("a", "A", 113.13, 41.03, capacity_mw=100.0)
    sc = Scenario(name="one", sites=[site])
    display = replace(sc, name="two", notes="n", author="x", map_view=MapView(metric="gdp"))
    assert evaluation_inputs(display) == evaluation_inputs(sc)
    bigger = replace(sc, sites=[site.with_changes(capacity_mw=200.0)])
    assert evaluation_inputs(bigger) != evaluation_inputs(sc)
    # the baseline (today, without placed sites) ignores the sites, not the solver settings
    assert baseline_key(atlas, bigger) == baseline_key(atlas, sc)
    penalty = replace(sc, solver=replace(sc.solver, unserved_penalty_cny_per_mw_year=5e7))
    assert evaluation_inputs(penalty) != evaluation_inputs(sc)
    assert baseline_key(atlas, penalty) != baseline_key(atlas, sc)
