"""Issue 22: what the policy scorecard adds to one evaluation, beside the evaluation itself in
the same run. 2,000 seeded placed sites (``bench_scale.write_scenario``).

* cold: the first scorecard of an assumption set (it solves the scenario without its placed
  sites once; cached per assumption set, like the baseline);
* warm: the scorecard of the next evaluation with the same assumptions (a drag, a site edit);
* the policy table the report and the window's dock show, built from the scorecard.

Run: ``python benchmarks/bench_policy.py [N_SITES]`` (medians of 3).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
RUNS = 3


def median(fn) -> float:
    from timing import median_s  # benchmarks/ is on the path (above)

    return median_s(fn, RUNS)


def main(n: int) -> None:
    from bench_scale import write_scenario

    from app.datasets.atlas import load_atlas
    from app.engine.evaluate import evaluate
    from app.engine.policy import policy
    from app.io.report_policy import policy_table
    from app.io.scenario_file import load_scenario

    atlas = load_atlas()
    with tempfile.TemporaryDirectory() as tmp:
        scenario = load_scenario(write_scenario(Path(tmp) / "s.toml", n, atlas))
    evaluate(scenario, atlas=atlas)  # site energies cached: time the evaluation, not climate
    reference = median(lambda: evaluate(scenario, atlas=atlas))

    ev = evaluate(scenario, atlas=atlas)
    scorecard_of = type(ev).policy.func  # what Evaluation.policy computes, uncached

    def cold():
        policy._BARE.clear()
        return scorecard_of(ev)

    with_cold = median(cold)
    with_warm = median(lambda: scorecard_of(ev))
    card = ev.policy
    table = median(lambda: policy_table(ev, {}, "en"))
    print(f"{n} placed sites, {len(card.items)} scored items")
    print(f"evaluate (reference, warm caches)     {reference:7.3f} s")
    print(f"scorecard, cold (solves w/o sites)    {with_cold:7.3f} s")
    print(f"scorecard, warm (same assumptions)    {with_warm:7.3f} s")
    print(f"report/dock policy table              {table:7.3f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
