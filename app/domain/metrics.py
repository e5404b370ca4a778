"""Province metrics the map can colour by: what, in which unit, from which column.

Schema as data: the chooser, the legend, the tooltip and ``render-map --metric`` all read this.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Metric:
    key: str  # stable id used on the command line and in scenario files
    label: str  # English label (the UI translates it)
    label_zh: str
    unit: str
    column: str  # column of Atlas.provinces
    categorical: bool = False
    ramp: str = "viridis"  # colour ramp name (see app/ui/map/colors.py)
    decimals: int = 1
    #: In Chinese: the unit and the factor from ``unit`` to it (GDP 亿元 = bn CNY x 10)
    unit_zh: str | None = None
    scale_zh: float = 1.0

    def shown_unit(self, lang: str) -> str:
        return self.unit_zh if lang == "zh" and self.unit_zh is not None else self.unit

    def shown_scale(self, lang: str) -> float:
        return self.scale_zh if lang == "zh" else 1.0


PROVINCE_METRICS: tuple[Metric, ...] = (
    Metric(
        "price",
        "Electricity price",
        "电价",
        "CNY/kWh",
        "price_cny_per_kwh",
        ramp="ylorrd",
        decimals=3,
        unit_zh="元/kWh",
    ),
    Metric(
        "gdp",
        "GDP 2023",
        "2023年地区生产总值",
        "bn CNY",
        "gdp_2023_billion_cny",
        ramp="blues",
        decimals=0,
        unit_zh="亿元",
        scale_zh=10.0,
    ),
    Metric(
        "population",
        "Population 2023",
        "2023年常住人口",
        "million",
        "population_2023_million",
        ramp="purples",
        decimals=1,
        unit_zh="万人",
        scale_zh=100.0,
    ),
    Metric(
        "emission",
        "Grid CO2 factor 2023",
        "2023年电网排放因子",
        "kgCO2/kWh",
        "grid_ef_2023_kgco2_per_kwh",
        ramp="greys",
        decimals=4,
    ),
    Metric(
        "temperature",
        "Annual mean temperature",
        "年平均气温",
        "°C",
        "tmean_annual_c",
        ramp="rdylbu_r",
        decimals=1,
    ),
    Metric("hub", "National hub", "国家枢纽节点", "", "hub_id", categorical=True, ramp="hubs"),
)


def _pue_metrics() -> tuple[Metric, ...]:
    """'Estimated PUE' per cooling technology: mean of the climate stations in a province."""
    from app.domain.ids import COOLING_TECH_IDS, COOLING_TECH_LABELS

    return tuple(
        Metric(
            f"pue:{tech}",
            f"Estimated PUE, {COOLING_TECH_LABELS[tech][0]}",
            f"估算PUE，{COOLING_TECH_LABELS[tech][1]}",
            "",
            "",
            ramp="rdylgn_r",
            decimals=3,
        )
        for tech in COOLING_TECH_IDS
    )


PUE_METRICS = _pue_metrics()
#: Filled from the latest allocation solve (values supplied by the map's owner).
ALLOCATION_METRICS: tuple[Metric, ...] = (
    Metric(
        "net_import",
        "Net compute import (solved)",
        "算力净调入（求解）",
        "MW",
        "",
        ramp="rdbu_r",
        decimals=0,
    ),
    Metric(
        "net_import_change",
        "Change in net import vs today",
        "净调入变化（相对现状）",
        "MW",
        "",
        ramp="rdbu_r",
        decimals=0,
    ),
)
ALL_METRICS = PROVINCE_METRICS + PUE_METRICS + ALLOCATION_METRICS
METRICS_BY_KEY = {m.key: m for m in ALL_METRICS}


def metric(key: str) -> Metric:
    """Look up a metric by key with a message that lists the valid ones."""
    try:
        return METRICS_BY_KEY[key]
    except KeyError:
        valid = ", ".join(METRICS_BY_KEY)
        raise KeyError(f"unknown metric {key!r}; choose one of: {valid}") from None
