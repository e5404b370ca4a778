"""The results dock's Sites tab opens on the planner's own sites: they came after every
cluster, so at 1400x900 the bars showed a cluster or two and never a placed site."""

from __future__ import annotations

from app.datasets.projection import to_map


def test_placed_sites_come_first_and_show_without_scrolling(window, qtbot, tmp_path):
    window.allocation.auto_action.setChecked(False)
    placed = [
        window.placement.place_at(*map(float, to_map(lon, lat)))
        for lon, lat in ((113.13, 41.03), (121.12, 31.15))
    ]
    window.results_dock.raise_()
    results = window.allocation.results
    with qtbot.waitSignal(window.allocation.sigSolved, timeout=30_000):
        window.allocation.solve_action.trigger()
    ids = [site.id for site in placed]
    assert results.bar_site_ids[:2] == ids
    assert any(s.startswith("cluster:") for s in results.bar_site_ids[2:])
    results.side_tabs.setCurrentIndex(0)
    qtbot.wait(50)
    for plot in (results.util_plot, results.dual_plot):
        low, high = plot.getViewBox().viewRange()[1]
        assert low <= -0.3 and high >= len(ids) - 0.7  # bars 0 and 1 inside the view
    results.side_tabs.grab().save(str(tmp_path / "site-bars.png"))
