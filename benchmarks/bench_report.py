"""Issue 5 figures: scenario file load time, and PDF report time (collect + render + write).

Run: ``python benchmarks/bench_report.py`` (medians).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from timing import median_s  # noqa: E402 - benchmarks/ is the script's folder

from app.paths import DATA_DIR  # noqa: E402

WESTERN = DATA_DIR / "scenarios" / "western-expansion.toml"


def main() -> None:
    from app.cli.solve import _stdout_to_devnull
    from app.datasets.atlas import load_atlas
    from app.io.report_data import collect
    from app.io.scenario_file import load_scenario
    from app.ui.report import write_pdf

    load = median_s(lambda: load_scenario(WESTERN), 21)
    atlas = load_atlas()
    scenario = load_scenario(WESTERN)
    with tempfile.TemporaryDirectory() as tmp, _stdout_to_devnull():
        out = Path(tmp, "report.pdf")
        write_pdf(collect(scenario, atlas), atlas, out)  # warm-up: fonts, Qt objects
        pdf = median_s(lambda: write_pdf(collect(scenario, atlas), atlas, out), 5)
    print(f"{'figure (median)':44s} {'value':>10s}  target")
    print(f"{'scenario file load (western-expansion.toml)':44s} {load * 1000:8.2f}ms")
    print(f"{'PDF report: evaluate, solve, render, write':44s} {pdf:9.2f}s  <= 3 s")


if __name__ == "__main__":
    main()
