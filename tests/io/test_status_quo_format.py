"""The status-quo and migration keys of ``[assumptions]``: round trip, clear errors, and each
key reaching the solve."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.assumptions import AllocationAssumptions
from app.domain.scenario import Scenario
from app.domain.site import Site
from app.engine.allocation.allocation import solve
from app.engine.allocation.national_problem import build_national_problem
from app.engine.references.status_quo import with_status_quo
from app.io.scenario_file import ScenarioError, loads_scenario, save_scenario

HEAD = 'format = "cpn-scenario"\nversion = 1\n'


def test_round_trip(tmp_path):
    s = Scenario(sites=[Site("new-1", "New campus", 105.19, 37.51)])
    s.assumptions = replace(
        s.assumptions, stock_utilisation=0.8, cluster_utilisation=0.7,
        migration_cost_cny_per_mw=5e6, payback_years=4.0, frozen_classes=("sensitive",),
        status_quo_shares={("310000", "training"): {"cluster:qingyang": 0.25, "new-1": 0.5}},
    )  # fmt: skip
    path = tmp_path / "s.toml"
    save_scenario(s, path)
    again = loads_scenario(path.read_text(encoding="utf-8"))
    assert again.assumptions == s.assumptions


@pytest.mark.parametrize("body,message", [
    ("payback_years = 0", "assumptions.payback_years: must be in (0, 100] years, got 0"),
    ("stock_utilisation = 1.5", "assumptions.stock_utilisation: must be in (0, 1], got 1.5"),
    ("migration_cost_cny_per_mw = -1", "assumptions.migration_cost_cny_per_mw: must be in [0, 1e+09] CNY/MW"),
    ('frozen_classes = ["sensitve"]', "unknown class 'sensitve'"),
    ("[assumptions.status_quo_shares.Shanghai.training]\n'cluster:qingyang' = 0.7\n"
     "'stock:310000' = 0.6", "assumptions.status_quo_shares.Shanghai.training: the shares add "
     "up to 1.3, more than 1"),
    ("[assumptions.status_quo_shares.Shanghai.trainig]\n'cluster:qingyang' = 0.5",
     "assumptions.status_quo_shares.Shanghai.trainig"),
    ("[assumptions.status_quo_shares.Atlantis.training]\n'stock:110000' = 0.5",
     "assumptions.status_quo_shares.Atlantis: unknown region 'Atlantis'"),
    ("[assumptions.status_quo_shares.Beijing.training]\nnope = 0.5",
     "assumptions.status_quo_shares.110000.training.nope: no site 'nope'"),
    ("[assumptions.status_quo_shares.Beijing.training]\n'cluster:atlantis' = 0.5",
     "no site 'cluster:atlantis'"),
    ("[assumptions.status_quo_shares.Beijing.training]\n'stock:999999' = 0.5",
     "no site 'stock:999999'"),
])  # fmt: skip
def test_bad_values_name_the_key(body, message):
    text = HEAD + ("[assumptions]\n" if not body.startswith("[") else "") + body + "\n"
    with pytest.raises(ScenarioError) as err:
        loads_scenario(text)
    assert message in str(err.value)


def test_province_names_in_shares_become_adcodes():
    s = loads_scenario(HEAD + "[assumptions.status_quo_shares.Shanghai.training]\n"
                       "'cluster:qingyang' = 0.4\n")  # fmt: skip
    assert s.assumptions.status_quo_shares == {("310000", "training"): {"cluster:qingyang": 0.4}}


def test_each_key_reaches_the_solve(atlas):
    """Each key changes the status quo or the re-allocation."""
    a0 = AllocationAssumptions()
    pb = build_national_problem(atlas, a0)

    def run(**kw):
        a = replace(a0, **kw)
        problem, sq = with_status_quo(pb, a)
        return sq, solve(problem)

    sq0, r0 = run()
    moved0 = r0.totals["moved_mw"]
    assert moved0 > 0
    assert run(migration_cost_cny_per_mw=2e7)[1].totals["moved_mw"] < moved0
    assert run(payback_years=1.0)[1].totals["moved_mw"] < moved0
    frozen = run(frozen_classes=("training", "interactive", "realtime", "sensitive"))[1]
    assert frozen.totals["moved_mw"] == pytest.approx(0.0, abs=1e-6)
    sq, _ = run(cluster_utilisation=0.5)
    assert not sq.flows.equals(sq0.flows)
    sq, _ = run(stock_utilisation=0.2)  # below the default 0.40 (issue 17)
    assert sq.flows.loc[sq.flows["basis"] == "local stock", "mw"].sum() < sq0.flows.loc[
        sq0.flows["basis"] == "local stock", "mw"].sum()  # fmt: skip
    sq, _ = run(status_quo_shares={("310000", "training"): {"cluster:qingyang": 0.5}})
    f = sq.flows.set_index(["region", "class", "site"])
    assert f.loc[("310000", "training", "cluster:qingyang"), "basis"] == "given share"


def test_a_share_the_network_cannot_serve_is_named_in_the_evaluation():
    """Beijing's real-time demand cannot reach Qingyang within its latency limit: the share is
    ignored, and the planner is told (it was dropped without a word)."""
    from app.engine.evaluate import evaluate

    text = HEAD + "[assumptions.status_quo_shares.Beijing.realtime]\n'cluster:qingyang' = 0.9\n"
    flags = evaluate(loads_scenario(text), free=False).flags
    assert any("110000/realtime at cluster:qingyang" in f and "ignored" in f for f in flags)


def test_status_quo_messages_follow_the_language():
    """``--lang zh``: the messages are Chinese, the planner's keys and values as written."""
    from app.domain import text

    body = ('[assumptions]\nfrozen_classes = ["x"]\n'
            "[assumptions.status_quo_shares.Atlantis.training]\n'stock:110000' = 0.5\n"
            "[assumptions.status_quo_shares.Beijing.training]\n'nope' = 0.7\n'stock:110000' = 0.6\n")  # fmt: skip
    text.set_language("zh")
    try:
        with pytest.raises(ScenarioError) as err:
            loads_scenario(HEAD + body)
    finally:
        text.set_language("en")
    message = str(err.value)
    for part in ("未知的负载类别 'x'", "未知的地区 'Atlantis'", "份额之和为 1.3，超过 1"):
        assert part in message, message
