"""A map metric that takes seconds (the PUE at every climate station) is computed on a worker:
the window keeps handling events meanwhile, the map changes when it is done, and a newer
request supersedes an older one, whose figures are never shown."""

from __future__ import annotations

import pytest

from app.engine.costs import site_eval


def _forget(atlas, *techs: str) -> None:
    """Drop the cached station PUE of ``techs`` so the window has to compute it."""
    for key in [k for k in site_eval._STATION_PUE_CACHE if k[1] in techs]:
        del site_eval._STATION_PUE_CACHE[key]
    assert not any(site_eval.station_pue_cached(atlas, t) for t in techs)


def test_station_pue_is_computed_while_the_window_responds(window, qtbot, atlas):
    from PySide6.QtCore import QTimer

    from app.ui.i18n import tr

    _forget(atlas, "air_chiller")
    ticks, progress, shown, ticks_when_ready = [0], [], [], []
    timer = QTimer(window)
    timer.setInterval(0)
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    timer.start()
    window.metric_loader.sigProgress.connect(progress.append)
    window.metric_loader.sigReady.connect(lambda _key: ticks_when_ready.append(ticks[0]))
    window.sigMetricShown.connect(shown.append)

    window.set_metric("pue:air_chiller")
    # returned at once: the old map still shows, the combo and the status bar say what comes
    assert window.national.metric.key == "price" and shown == []
    assert window.metric_combo.currentData() == "pue:air_chiller"
    assert window.statusBar().currentMessage() == tr("Computing the PUE at every climate station…")
    with qtbot.waitSignal(window.sigMetricShown, timeout=120000):
        pass
    timer.stop()
    assert shown == ["pue:air_chiller"] and window.national.metric.key == "pue:air_chiller"
    assert ticks_when_ready[0] > 0  # the event loop ran while the worker computed
    assert len(progress) > 2 and progress == sorted(progress) and progress[-1] == 1.0
    assert window.legend.spec.title.startswith("Estimated PUE")
    assert window.statusBar().currentMessage() == ""
    # only annual and monthly figures are kept: no hourly array, not even as a view's base
    pue = window.national.station_pue
    assert set(pue.annual) == set(atlas.stations.index)
    assert all(m.shape == (12,) and m.base is None for m in pue.monthly.values())


def test_a_newer_metric_supersedes_the_one_computing(window, qtbot, atlas):
    _forget(atlas, "direct_air", "liquid_cold_plate")
    shown: list[str] = []
    window.sigMetricShown.connect(shown.append)
    window.set_metric("pue:direct_air")
    window.set_metric("pue:liquid_cold_plate")  # before the first one is done
    with qtbot.waitSignal(window.sigMetricShown, timeout=120000):
        pass
    assert shown == ["pue:liquid_cold_plate"]
    assert window.national.metric.key == "pue:liquid_cold_plate"
    # a metric shown at once also supersedes a computation: the PUE never replaces it
    _forget(atlas, "direct_air")
    window.set_metric("pue:direct_air")
    window.set_metric("gdp")
    assert shown[-1] == "gdp"
    if window.metric_loader.busy:
        with qtbot.waitSignal(window.metric_loader.runner.sigIdle, timeout=120000):
            pass
    assert shown == ["pue:liquid_cold_plate", "gdp"] and window.national.metric.key == "gdp"


@pytest.mark.parametrize("tech", ["indirect_evaporative"])
def test_station_pue_in_steps_equals_one_batch(atlas, tech):
    """Computed :data:`STATIONS_PER_STEP` stations at a time, every station gets the figures
    of one batch over all stations (same synthetic year, same PUE)."""
    from app.engine.climate.climate import all_normals_from_frame, synthesize_many
    from app.engine.pue.pue import evaluate_many

    pue = site_eval.station_pue(atlas, tech)
    mapped = atlas.normals[atlas.normals["station"].isin(atlas.stations.index)]
    normals = all_normals_from_frame(mapped)[: 2 * site_eval.STATIONS_PER_STEP + 5]
    batch = evaluate_many(synthesize_many(normals), tech, 0.75, facility="large")
    for n, r in zip(normals, batch, strict=True):
        assert pue.annual[n.name] == r.annual_pue
        assert (pue.monthly[n.name] == r.monthly_pue).all()


def test_province_mean_pue_equals_a_pandas_groupby(atlas):
    pue = site_eval.station_pue(atlas, "indirect_evaporative")
    frame = atlas.stations[["province_adcode"]].copy()
    frame["pue"] = [pue.annual.get(name, float("nan")) for name in frame.index]
    expected = frame[frame["province_adcode"] > 0].groupby("province_adcode")["pue"].mean()
    means = site_eval.province_mean_pue(atlas, pue)
    assert means.keys() == {int(k) for k, v in expected.items() if v == v}
    for code, value in means.items():
        assert value == pytest.approx(expected[code], rel=1e-12)


def test_a_solve_finishing_meanwhile_does_not_supersede_the_metric_computing(window, qtbot, atlas):
    with qtbot.waitSignal(window.allocation.sigSolved, timeout=120000):
        window.allocation.solve_action.trigger()
    window.set_metric("net_import")  # a solved metric: shown again after every solve
    _forget(atlas, "air_chiller")
    shown: list[str] = []
    window.sigMetricShown.connect(shown.append)
    with qtbot.waitSignals([window.allocation.sigSolved, window.sigMetricShown], timeout=120000):
        window.set_metric("pue:air_chiller")
        window.allocation.solve_action.trigger()
    if window.metric_loader.busy:
        with qtbot.waitSignal(window.metric_loader.runner.sigIdle, timeout=120000):
            pass
    assert shown == ["pue:air_chiller"] and window.national.metric.key == "pue:air_chiller"
