"""Today's national picture: the model's national IT load, electricity, carbon and mean PUE in
today's status quo, beside the published figures with their publishers and years (issue 17).

Every model figure comes from the one evaluation (``Evaluation.baseline``, today's status quo:
the scenario without its placed sites, served as today). The published figures are fixed here
with their sources; docs/model-validation.md discusses them.
"""

from __future__ import annotations

import pandas as pd

from app.datasets.tariffs import tariff_fit
from app.domain.text import tr

HOURS = 8760.0

#: (figure, unit kind, model key, published value in the stored unit, source): model keys are
#: computed by :func:`_model`; the published value may be None (no published figure). National
#: consumption 2023: 9,224.1 TWh (NEA, January 2024). Literal values, so the translation
#: extractor can follow the texts; tests/io/test_national_picture.py checks the arithmetic.
ROWS: tuple[tuple[str, str, str, float | None, str], ...] = (
    (
        "IT load drawn",
        "mw",
        "it_mw",
        None,
        "8.1 M racks in use x 2.5 kW = 20,250 MW rated (MIIT, end-2023); x fill rate 0.58 "
        "(between MIIT's and NDA's published rates) x mean draw 0.70 (reasoned)",
    ),
    (
        "Electricity",
        "mwh_total",
        "energy_mwh",
        102.0e6,  # MWh
        "IEA, Energy and AI (2025): China's data centres in 2024",
    ),
    (
        "Electricity",
        "mwh_total",
        "energy_mwh",
        184.482e6,  # MWh: 0.02 x 9,224.1 TWh
        "about 2 % of national consumption (industry estimates) x 9,224 TWh in 2023 (NEA)",
    ),
    (
        "Carbon emissions",
        "t_co2_total",
        "carbon_t",
        54.1212e6,  # t: 102 TWh x 0.5306 kg/kWh
        "IEA's 102 TWh (2024) x the national grid factor 0.5306 kg/kWh (MEE & NBS, 2023 data)",
    ),
    (
        "Mean PUE",
        "pue",
        "pue",
        1.49,
        "national average of all data centres, 2021 (as reported on modb.pro; secondary)",
    ),
    (
        "Mean PUE",
        "pue",
        "pue",
        1.5,
        "target for end-2025: below 1.5 (NDRC, MIIT, NEA, NDA action plan, 2024)",
    ),
    (
        "Clusters' capacity today",
        "mw",
        "cluster_mw",
        2625.0,  # MW: 1.05 M racks x 2.5 kW
        "> 1.05 M racks x 2.5 kW in the 8 hub nodes (NDA, end-2023)",
    ),
    ("Electricity cost", "cny_total", "energy_cost", None, "no published national figure"),
)


def _model(ev) -> dict[str, float]:
    """Today's national figures from the evaluation's status quo."""
    t = ev.baseline.totals
    sites = ev.baseline.sites_table
    clusters = sites[sites.index.astype(str).str.startswith("cluster:")]
    served = float(t["served_mw"])
    return {
        "it_mw": served,
        "energy_mwh": float(t["energy_mwh"]),
        "carbon_t": float(t["carbon_t"]),
        "pue": float(t["energy_mwh"]) / (served * HOURS) if served > 0 else float("nan"),
        "cluster_mw": float(clusters["capacity_mw"].sum()),
        "energy_cost": float(t["energy_cost"]),
    }


def national_picture(ev, lang: str = "en") -> pd.DataFrame:
    """Rows ``title, kind, value (model, today), published, source`` (stored units)."""
    model = _model(ev)
    rows = [
        (tr(title, lang), kind, model[key], published, tr(source, lang))
        for title, kind, key, published, source in ROWS
    ]
    return pd.DataFrame(rows, columns=["title", "kind", "value", "published", "source"])


def tariff_basis_text(lang: str = "en") -> str:
    """The one tariff basis of every province and the calibrated terms, in one sentence
    (the same words as ``app.datasets.tariffs.TARIFF_BASIS_TEXT``)."""
    fit = tariff_fit()
    return tr(
        "Electricity prices, one basis for every province: the price a data centre pays at "
        "1-10 kV (grid agency purchase price, two-part large industry, flat period, 2026-08); "
        "where none is published, coal benchmark + T&D at 1-10 kV + government funds + "
        "{adjustment:.4f} CNY/kWh, the median gap where both exist ({north_east:.4f} in the "
        "North-east grid; in hydro grids the coal benchmark x {factor:.3f}).",
        lang,
    ).format(
        adjustment=fit.adjustment,
        north_east=fit.north_east_adjustment,
        factor=fit.hydro_energy_factor,
    )
