"""Calibration of the PUE band: does the p5-p95 a planner reads cover real facilities?

Each point row of the calibration sets (``tools.pue_calibration.rows``) gets a *score*, its
reported overhead over the shipped model's overhead (:mod:`app.engine.pue.pue_spread`). Out of
group: for each operator/region group, the band of its facilities is built from the scores of
the *other* groups only (and the parameter draws at the facility's own climate), and we count
how many of its facilities fall inside. Coverage and mean width per class are the figures of
docs/model-validation.md; the parameter-only band (what the app showed before) is the
same-run reference.

Run ``python -m tools.pue_band_calibration`` (``--markdown`` prints the table,
``--scores`` the ``SCORES`` literal of ``app/engine/pue/pue_spread.py``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from app.engine.climate import climate
from app.engine.pue.pue import evaluate_pue
from app.engine.pue.pue_band import parameter_ratios
from app.engine.pue.pue_spread import band_ratios
from tools.pue_calibration import UTILIZATION, rows

CLASSES = ("hyperscale", "large")


def scored_rows(ref: Path | None = None) -> list[dict]:
    """Point rows with the shipped model's PUE, the parameter ratios and the score."""
    out = []
    for r in rows(ref):
        if r["use"] != "point":
            continue
        weather = climate.synthesize_year(r["normals"])
        u = UTILIZATION[r["facility"]]
        modelled = evaluate_pue(weather, r["tech"], u, facility=r["facility"]).annual_pue
        out.append(
            {
                **r,
                "modelled": modelled,
                "ratios": parameter_ratios(weather, r["tech"], r["facility"], u),
                "score": (r["reported"] - 1.0) / (modelled - 1.0),
            }
        )
    return out


def scores(scored: list[dict]) -> tuple[float, ...]:
    """Every facility's score, rounded as SCORES stores them, in row order."""
    return tuple(round(float(r["score"]), 3) for r in scored)


def _band(row: dict, pool: list[float] | tuple[float, ...]) -> tuple[float, float]:
    lo, hi = band_ratios(row["ratios"], pool)
    overhead = row["modelled"] - 1.0
    return 1.0 + overhead * min(lo, 1.0), 1.0 + overhead * max(hi, 1.0)


def coverage(scored: list[dict]) -> dict[str, dict[str, float]]:
    """Per class: rows, out-of-group coverage and mean width of the full band, and the same
    for the parameter-only band."""
    out = {}
    for fac in CLASSES:
        pts = [r for r in scored if r["facility"] == fac]
        full, param = [], []
        for r in pts:
            pool = [o["score"] for o in scored if o["group"] != r["group"]]
            for bands, p in ((full, pool), (param, ())):
                low, high = _band(r, p)
                bands.append((low <= r["reported"] <= high, high - low))
        out[fac] = {
            "n": len(pts),
            "groups": len({r["group"] for r in pts}),
            "coverage": float(np.mean([c for c, _ in full])),
            "width": float(np.mean([w for _, w in full])),
            "param_coverage": float(np.mean([c for c, _ in param])),
            "param_width": float(np.mean([w for _, w in param])),
        }
    return out


def markdown(scored: list[dict]) -> str:
    """The coverage table of docs/model-validation.md."""
    lines = [
        "| class | facilities | groups | p5-p95 covers (out of group) | mean width | "
        "parameters only: covers | parameters only: width |",
        "|---|---|---|---|---|---|---|",
    ]
    for fac, c in coverage(scored).items():
        lines.append(
            f"| {fac} | {c['n']} | {c['groups']} | {c['coverage']:.0%} | {c['width']:.3f} | "
            f"{c['param_coverage']:.0%} | {c['param_width']:.3f} |"
        )
    q = np.percentile([r["score"] for r in scored], [5, 50, 95])
    lines += [
        "",
        f"Scores (reported / modelled overhead), all {len(scored)} facilities: p5 {q[0]:.2f}, "
        f"median {q[1]:.2f}, p95 {q[2]:.2f}.",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--markdown", action="store_true", help="print the coverage table")
    parser.add_argument("--scores", action="store_true", help="print the SCORES literal")
    args = parser.parse_args(argv)
    scored = scored_rows()
    if args.scores:
        print(f"SCORES: tuple[float, ...] = {scores(scored)}")
    elif args.markdown:
        print(markdown(scored))
    else:
        for fac, c in coverage(scored).items():
            print(fac, {k: round(v, 3) for k, v in c.items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
