"""What the cost detail (every hall's cost lines, scenario and today) adds to a report, beside
same-run references: the evaluation it comes from, and the workbook without its two sheets.

Run: ``python benchmarks/bench_cost_detail.py`` (medians of western-expansion).
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
    from app.engine.costs.cost_detail import cost_detail
    from app.engine.evaluate import evaluate
    from app.io.exports import write_sheets_xlsx
    from app.io.report_data import collect
    from app.io.report_tables import sheets
    from app.io.scenario_file import load_scenario

    scenario = load_scenario(WESTERN)
    with _stdout_to_devnull():
        ev = evaluate(scenario)
        solve = median_s(lambda: evaluate(scenario), 5)
        data = collect(scenario, evaluation=ev)
    detail = median_s(lambda: (cost_detail(ev.result), cost_detail(ev.baseline)), 21)
    every = sheets(data)
    without = [s for s in every if s.name not in ("costs", "costs_today")]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp, "r.xlsx")
        book = median_s(lambda: write_sheets_xlsx(every, out), 5)
        book_ref = median_s(lambda: write_sheets_xlsx(without, out), 5)
    print(f"{'figure (median, western-expansion)':46s} {'value':>9s}  same-run reference")
    print(
        f"{'cost detail, scenario + today':46s} {detail * 1000:7.2f}ms  evaluate(): {solve:.2f} s"
    )
    print(
        f"{'XLSX with the cost sheets':46s} {book * 1000:7.0f}ms  without: {book_ref * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
