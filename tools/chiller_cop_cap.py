"""Where the large class's chiller COP cap comes from: what variable-speed centrifugal chillers
reach at low lift and part load, from a published, manufacturer-independent data set.

Data: ``tests/data/reference/vsd_centrifugal_chillers.csv``, the 37 variable-speed
centrifugal chillers of the U.S. DOE EnergyPlus reference set (``datasets/Chillers.idf``,
Chiller:Electric:EIR curves from the CoolTools project, manufacturers' data of 1991-2001) as
LBNL's Modelica Buildings Library carries them (``Buildings.Fluid.Chillers.Data.ElectricEIR``).
Each chiller's COP follows the EnergyPlus EIR model::

    COP = COP_ref * PLR / (EIRFT(T_chw, T_cw) * EIRFPLR(PLR))
    EIRFT = c1 + c2 T_chw + c3 T_chw^2 + c4 T_cw + c5 T_cw^2 + c6 T_chw T_cw
    EIRFPLR = c1 + c2 PLR + c3 PLR^2

(T_chw leaving chilled water, T_cw entering condenser water, degC). The cap the PUE engine
applies is the best COP at the lowest lift it allows: each chiller at its warmest rated
chilled water (8.9-12.8 degC, colder than the large class's 14 degC, so conservative) and 15
degC condenser water (``min_condenser_c``), over part-load ratios from its minimum unloading
ratio (at least 0.2, as the engine) to 1. The median over the chillers is the cap; the
quartiles are its uncertainty range.

Run ``python -m tools.chiller_cop_cap`` (``--markdown`` prints the table of
docs/model-validation.md).
"""

from __future__ import annotations

import argparse

import numpy as np
import pandas as pd

from app.paths import ROOT

CHILLERS = ROOT / "tests" / "data" / "reference" / "vsd_centrifugal_chillers.csv"
#: Lowest entering condenser water the engine lets a chiller see (ChillerTowerParams).
MIN_CONDENSER_C = 15.0
#: Lowest part-load ratio the engine runs a chiller at (cooling.chiller_tower).
MIN_PLR = 0.2


def chillers() -> pd.DataFrame:
    return pd.read_csv(CHILLERS)


def cop(row: pd.Series, t_chw_c: float, t_cw_c: float, plr: np.ndarray | float) -> np.ndarray:
    """COP of one chiller (a row of :func:`chillers`) by the EnergyPlus EIR model."""
    x, y = t_chw_c, t_cw_c
    eirft = (
        row.eirft_c1 + row.eirft_c2 * x + row.eirft_c3 * x * x
        + row.eirft_c4 * y + row.eirft_c5 * y * y + row.eirft_c6 * x * y
    )  # fmt: skip
    eirfplr = row.eirfplr_c1 + row.eirfplr_c2 * plr + row.eirfplr_c3 * plr * plr
    return np.asarray(row.cop_ref * plr / (eirft * eirfplr))


def best_low_lift_cop(row: pd.Series) -> float:
    """Best COP over part load at the chiller's warmest rated chilled water and 15 degC
    condenser water (or its own minimum, if warmer)."""
    plr = np.linspace(max(row.plr_min_unloading, MIN_PLR), 1.0, 161)
    return float(cop(row, row.t_chw_max_c, max(row.t_cw_min_c, MIN_CONDENSER_C), plr).max())


def cap_statistics(table: pd.DataFrame | None = None) -> dict[str, float]:
    """Median and quartiles of :func:`best_low_lift_cop` over the chillers."""
    table = chillers() if table is None else table
    best = np.array([best_low_lift_cop(r) for _, r in table.iterrows()])
    q1, median, q3 = np.percentile(best, [25.0, 50.0, 75.0])
    return {"n": float(len(best)), "q1": float(q1), "median": float(median), "q3": float(q3)}


def markdown(stats: dict[str, float]) -> str:
    return "\n".join(
        [
            "| chillers | best COP at low lift: p25 / median / p75 |",
            "|---|---|",
            f"| {stats['n']:.0f} | {stats['q1']:.1f} / {stats['median']:.1f} / {stats['q3']:.1f} |",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--markdown", action="store_true", help="print the table")
    args = parser.parse_args(argv)
    stats = cap_statistics()
    print(markdown(stats) if args.markdown else stats)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
