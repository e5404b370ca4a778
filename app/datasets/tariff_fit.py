"""How a composed price estimate (coal benchmark + T&D at 1-10 kV + funds) is brought to the
published 1-10 kV agency price: three calibration groups, each set by a mechanism a publisher
documents for every province, each with one parameter fitted on the provinces that publish both.

- ``hydro``: grids whose 2023 emission factor (MEE & NBS, ``provinces.csv``) is below
  :data:`HYDRO_EF_LIMIT`, i.e. grids supplied mostly by hydro (Sichuan 0.156, Qinghai 0.180,
  Yunnan 0.133; the next lowest is Hainan, 0.365, nuclear). Their grids buy energy well below
  the coal benchmark, so the benchmark is scaled by :attr:`TariffFit.hydro_energy_factor`.
- ``north_east``: the North-east regional grid, whose provinces pay the system-operation fee of
  the North-east ancillary-service market (:data:`NORTH_EAST_SOURCE`); its own median gap.
- ``other``: every other grid; the median gap :attr:`TariffFit.adjustment`.

A median, not a regression: one outlying province (Chongqing buys above the benchmark) does not
move the others. A group without a calibration province falls back to the ``other`` rule.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

#: kgCO2/kWh (MEE & NBS 2023 grid factor): below it a grid is supplied mostly by hydro. Any
#: limit between 0.18 and 0.36 gives the same three grids.
HYDRO_EF_LIMIT = 0.30
#: Liaoning, Jilin, Heilongjiang (eastern Inner Mongolia is also in the market, but the Inner
#: Mongolia rows here are the western, Mengxi, grid).
NORTH_EAST_GRID = frozenset({210000, 220000, 230000})
NORTH_EAST_SOURCE = (
    "NEA North-east Regulatory Bureau (国家能源局东北监管局), 东北电力辅助服务市场运营规则: one "
    "regional ancillary-service market for Liaoning, Jilin, Heilongjiang and eastern Inner "
    "Mongolia, whose costs reach users as the system-operation fee"
)
HYDRO_SOURCE = "MEE & NBS 2023 provincial grid emission factor (provinces.csv)"
GROUPS = ("other", "north_east", "hydro")
_EF = "grid_ef_2023_kgco2_per_kwh"


def tariff_groups(provinces: pd.DataFrame) -> pd.Series:
    """adcode -> calibration group (:data:`GROUPS`); ``provinces`` has ``adcode`` (column or
    index) and the 2023 emission factor (a missing factor counts as ``other``)."""
    table = provinces.set_index("adcode") if "adcode" in provinces.columns else provinces
    ef = pd.to_numeric(table.get(_EF, pd.Series(index=table.index, dtype=float)))
    groups = pd.Series("other", index=table.index.astype("int64"), name="group")
    groups[[int(c) in NORTH_EAST_GRID for c in groups.index]] = "north_east"
    groups[(ef < HYDRO_EF_LIMIT).to_numpy()] = "hydro"
    return groups


@dataclass(frozen=True)
class TariffFit:
    """The three fitted parameters and how many provinces set each."""

    adjustment: float  # CNY/kWh added in ``other`` and ``hydro`` grids
    north_east_adjustment: float  # CNY/kWh added in the North-east grid
    hydro_energy_factor: float  # the coal benchmark's multiplier in hydro grids
    counts: tuple[int, int, int]  # calibration provinces per group, in GROUPS order

    def terms(self, group: str) -> tuple[float, float]:
        """(coal benchmark factor, adjustment CNY/kWh) for a province of ``group``."""
        if group == "hydro":
            return self.hydro_energy_factor, self.adjustment
        if group == "north_east":
            return 1.0, self.north_east_adjustment
        return 1.0, self.adjustment

    def estimate(self, coal: float, td: float, funds: float, group: str) -> float:
        factor, adjustment = self.terms(group)
        return factor * coal + td + funds + adjustment


def fit_tariffs(calibration: pd.DataFrame) -> TariffFit:
    """Fit on rows with ``agency``, ``coal``, ``td``, ``funds``, ``group`` (CNY/kWh).

    ``adjustment``: median of (agency - coal - td - funds) in ``other`` (all rows if none; 0 if
    no rows); ``north_east_adjustment``: the same median in ``north_east`` (else
    ``adjustment``); ``hydro_energy_factor``: median of (agency - td - funds - adjustment) /
    coal in ``hydro`` (else 1)."""
    gap = calibration["agency"] - calibration[["coal", "td", "funds"]].sum(axis=1)
    group = calibration["group"]
    base = gap[group == "other"] if (group == "other").any() else gap
    adjustment = float(base.median()) if len(base) else 0.0
    north_east = gap[group == "north_east"]
    hydro = calibration[group == "hydro"]
    factor = (hydro["agency"] - hydro["td"] - hydro["funds"] - adjustment) / hydro["coal"]
    return TariffFit(
        adjustment=adjustment,
        north_east_adjustment=float(north_east.median()) if len(north_east) else adjustment,
        hydro_energy_factor=float(factor.median()) if len(factor) else 1.0,
        counts=tuple(int((group == g).sum()) for g in GROUPS),  # type: ignore[arg-type]
    )


def held_out_errors(calibration: pd.DataFrame, blocks: pd.Series | None = None) -> pd.Series:
    """Each calibration province estimated by a fit without it (``blocks`` None: leave one out)
    or without its whole block (e.g. its regional grid: leave one region out), as a fraction
    of its published price; by adcode."""
    errors = {}
    for code in calibration.index:
        held = [code] if blocks is None else list(blocks.index[blocks == blocks[code]])
        fit = fit_tariffs(calibration.drop([c for c in held if c in calibration.index]))
        row = calibration.loc[code]
        estimate = fit.estimate(row["coal"], row["td"], row["funds"], row["group"])
        errors[code] = estimate / row["agency"] - 1.0
    return pd.Series(errors, dtype=float)


def published_to_estimate_span(calibration: pd.DataFrame) -> tuple[float, float]:
    """The smallest and largest published price / estimate measured leave-one-out on the
    calibration provinces: how far, either way, a published price has turned out to be from
    the estimate the rule made without it. (1, 1) with fewer than two provinces."""
    if len(calibration) < 2:
        return 1.0, 1.0
    ratio = 1.0 / (1.0 + held_out_errors(calibration))
    return float(ratio.min()), float(ratio.max())


def in_sample_errors(calibration: pd.DataFrame) -> pd.Series:
    fit = fit_tariffs(calibration)
    estimate = [fit.estimate(r.coal, r.td, r.funds, r.group) for r in calibration.itertuples()]
    return pd.Series(estimate, index=calibration.index) / calibration["agency"] - 1.0


#: The regional grids (State Grid's six regional branches, China Southern Grid; the western
#: Inner Mongolia grid is dispatched with North China): the blocks of a leave-one-region-out.
REGIONAL_GRIDS = {
    "north": (110000, 120000, 130000, 140000, 150000, 370000),
    "north_east": (210000, 220000, 230000),
    "east": (310000, 320000, 330000, 340000, 350000),
    "central": (360000, 410000, 420000, 430000),
    "south_west": (500000, 510000, 540000),
    "north_west": (610000, 620000, 630000, 640000, 650000),
    "south": (440000, 450000, 460000, 520000, 530000),
}


def regional_grid_of() -> pd.Series:
    """adcode -> regional grid (:data:`REGIONAL_GRIDS`)."""
    return pd.Series({code: grid for grid, codes in REGIONAL_GRIDS.items() for code in codes})
