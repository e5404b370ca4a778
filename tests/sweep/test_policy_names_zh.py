"""The sweep names each scored target as the scorecard does, in the interface language: the
Chinese sweep said "集群: Zhangjiakou" and "枢纽节点: Inner Mongolia" where the policy tab said
"集群: 张家口" and "枢纽节点: 内蒙古"."""

from __future__ import annotations

import re

from app.domain import text
from app.engine.evaluate import evaluate
from app.io.scenario_file import load_scenario
from app.paths import DATA_DIR
from app.sweep.model import policy_names


def test_the_sweep_names_hubs_and_clusters_in_chinese(atlas):
    ev = evaluate(load_scenario(DATA_DIR / "scenarios" / "western-expansion.toml"), atlas=atlas)
    text.set_language("zh")
    try:
        names = policy_names(ev)
    finally:
        text.set_language("en")
    shown = " ".join(names.values())
    assert "内蒙古" in shown and "张家口" in shown
    assert not re.search(r"Zhangjiakou|Inner Mongolia|Ningxia", shown), shown
    english = " ".join(policy_names(ev).values())
    assert "Inner Mongolia" in english
