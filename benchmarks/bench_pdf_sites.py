"""Issue 19: PDF report time against the number of placed sites (should grow linearly), split
into the parts drawn on the GUI thread (map, legend, PUE chart) and the layout and printing
that run on a worker. Reference in the same run: the same PDF of a scenario without sites.

Run: ``python benchmarks/bench_pdf_sites.py [N ...]`` (medians of 3; default 0 250 500 1000).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))


def main(sizes: list[int]) -> None:
    from bench_scale import write_scenario
    from timing import median_s

    from app.cli.solve import _stdout_to_devnull
    from app.datasets.atlas import load_atlas
    from app.io.report_data import collect
    from app.io.scenario_file import load_scenario
    from app.ui import report
    from app.ui.app import make_application
    from app.ui.report_html import report_html

    make_application()
    atlas = load_atlas()
    print(f"{'sites':>6s} {'images (GUI)':>13s} {'layout+print':>13s} {'total':>8s}  per site")
    with tempfile.TemporaryDirectory() as tmp, _stdout_to_devnull():
        rows = []
        for n in sizes:
            scenario = load_scenario(write_scenario(Path(tmp, f"s{n}.toml"), n, atlas))
            data = collect(scenario, atlas, lang="en")
            out = Path(tmp, "r.pdf")
            report.write_pdf(data, atlas, out)  # warm-up: fonts, Qt objects
            images = median_s(lambda d=data: report.report_images(d, atlas), 3)
            made = report.report_images(data, atlas)
            html = report_html(data)
            printing = median_s(
                lambda h=html, m=made, o=out, d=data: report.print_pdf(
                    h, m, o, d.title, "en", d.app_version
                ),
                3,
            )
            rows.append((n, images, printing))
    base = rows[0][1] + rows[0][2]
    for n, images, printing in rows:
        total = images + printing
        per = f"{(total - base) / n * 1000:.1f} ms" if n else "(reference)"
        print(f"{n:6d} {images:12.2f}s {printing:12.2f}s {total:7.2f}s  {per}")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [0, 250, 500, 1000])
