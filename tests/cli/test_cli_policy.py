"""``solve --json`` carries the policy scorecard: the small water-cooled-chiller site in the
Ningxia hub fails its PUE targets, each item naming its document (a real process)."""

from __future__ import annotations

import json
import subprocess
import sys

SCENARIO = """format = "cpn-scenario"
version = 1
[[sites]]
id = "zw"
name = "Zhongwei small"
lon = 105.19
lat = 37.51
capacity_mw = 100.0
cooling = "chiller_tower"
facility = "small"
tariff_cny_per_kwh = 0.1
"""


def test_solve_json_lists_the_failing_pue_target(tmp_path):
    path = tmp_path / "small.toml"
    path.write_text(SCENARIO, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "app", "solve", str(path), "--json"],
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    policy = json.loads(done.stdout)["policy"]
    hub_new = next(p for p in policy if p["id"] == "pue.hub_new" and p["scope"] == "zw")
    assert hub_new["pass"] is False and hub_new["value"] > hub_new["target"] == 1.25
    assert all(p["source"] for p in policy)
    national = {p["id"] for p in policy if p["scope"] == "national"}
    assert {
        "utilisation.national",
        "pue.national_mean",
        "new_capacity_in_hubs.national",
    } <= national
