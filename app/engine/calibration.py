"""Check the default PUE parameters against real facilities with a published PUE.

Reads ``facility_pue_calibration.csv`` (37 sites/regions, reported PUE, basis, cooling text,
weather station) and ``facility_climate_calibration.csv`` (the stations' monthly normals) from
the shared reference folder, synthesises each station's year, evaluates the site's cooling
technology with default parameters and reports modelled vs reported PUE.

Which technology a site gets (:func:`map_cooling`, first rule that matches the ``cooling``
text, case-insensitive):

1. sea / lake / river water -> not modelled (PUE decoupled from air climate);
2. "immersion" -> ``immersion``; 3. "indirect evaporative" -> ``indirect_evaporative``;
4. "outside-air", "outside air", "fresh air", "air-side", "airside", or "direct" together
   with "evaporative" -> ``direct_air``;
5. "cold plate", "cold-plate", "liquid cooling" -> ``liquid_cold_plate``;
6. "air-cooled", "air cooled" -> ``air_chiller``;
7. "cooling tower", "water-side", "waterside" -> ``chiller_tower``;
8. nothing stated: the operator's published standard design - Google: evaporative cooling
   towers with water-side economiser (``chiller_tower``, as the table itself says); AWS:
   outside air with evaporative assist (``direct_air``; an assumption, AWS describes direct
   evaporative cooling for its own buildings, but region averages include leased halls).

Which rows count (:func:`exclusion_reason`): trailing-twelve-month or calendar-year values
only. Excluded: design values, upper bounds ("below", "upper bound"), claims from award
nominations, and sea/lake-water cooled sites. Excluded rows are still modelled and shown.

Run ``python -m app.engine.calibration`` for the summary.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pandas as pd

import app.paths
from app.engine import climate
from app.engine.pue import evaluate_pue

_RULES: tuple[tuple[tuple[str, ...], str | None], ...] = (
    (("seawater", "sea water", "lake", "river water"), None),
    (("immersion",), "immersion"),
    (("indirect evaporative",), "indirect_evaporative"),
    (("outside-air", "outside air", "fresh air", "air-side", "airside"), "direct_air"),
    (("cold plate", "cold-plate", "liquid cooling"), "liquid_cold_plate"),
    (("air-cooled", "air cooled"), "air_chiller"),
    (("cooling tower", "water-side", "waterside"), "chiller_tower"),
)
_OPERATOR_DEFAULT = {
    "google": "chiller_tower",
    "amazon web services": "direct_air",
    "aws": "direct_air",
}


def reference_dir() -> Path:
    """Shared reference folder: ``$CPN_REFERENCE_DIR`` or ``<repo>/../shared/reference``."""
    default = Path(app.paths.ROOT).parent / "shared" / "reference"
    return Path(os.environ.get("CPN_REFERENCE_DIR", default))


def map_cooling(cooling: str, operator: str) -> str | None:
    """Cooling technology id for a facility's ``cooling`` text (rules in the module doc);
    None when the site is cooled by sea/lake/river water or nothing identifies it."""
    text = str(cooling).lower()
    if "direct" in text and "evaporative" in text and "indirect" not in text:
        text += " outside air"  # rule 4: direct evaporative = outside air through pads
    for words, tech in _RULES:
        if any(w in text for w in words):
            return tech
    return _OPERATOR_DEFAULT.get(str(operator).strip().lower())


def exclusion_reason(basis: str, cooling: str) -> str:
    """Why a row is left out of the fit ('' when it counts)."""
    b, c = str(basis).lower(), str(cooling).lower()
    if any(w in c for w in ("seawater", "sea water", "lake", "river water")):
        return "sea/lake water cooling: PUE decoupled from air climate"
    if "design" in b:
        return "design value, not a measured annual PUE"
    if "upper bound" in b or "below" in b:
        return "upper bound ('below ...'), not a value"
    if "nomination" in b or "claim" in b:
        return "claim from an award nomination; a second source says only 'lower than 1.2'"
    return ""


def calibration_frame(ref: Path | None = None, utilization: float | None = None) -> pd.DataFrame:
    """Modelled vs reported PUE for every calibration row.

    Columns: site, operator, station, tech, reported, modelled, error (modelled - reported),
    included (bool), excluded_reason, notes (weather fallbacks).
    """
    ref = ref or reference_dir()
    sites = pd.read_csv(ref / "facility_pue_calibration.csv")
    normals = pd.read_csv(ref / "facility_climate_calibration.csv")
    by_station = {n.name: n for n in climate.all_normals_from_frame(normals)}
    kwargs = {} if utilization is None else {"utilization": utilization}
    rows = []
    for site in sites.itertuples(index=False):
        tech = map_cooling(site.cooling, site.operator)
        reason = exclusion_reason(site.pue_basis, site.cooling)
        weather = climate.synthesize_year(by_station[site.station])
        modelled = np.nan if tech is None else evaluate_pue(weather, tech, **kwargs).annual_pue
        rows.append(
            {
                "site": site.facility,
                "operator": site.operator,
                "station": site.station,
                "tech": tech or "not modelled",
                "reported": float(site.reported_pue),
                "modelled": modelled,
                "error": modelled - float(site.reported_pue),
                "included": reason == "" and tech is not None,
                "excluded_reason": reason,
                "notes": "; ".join(weather.notes),
            }
        )
    return pd.DataFrame(rows)


def summary(frame: pd.DataFrame) -> dict[str, object]:
    """MAE, bias and worst sites of the included rows, and MAE per operator and technology."""
    inc = frame[frame["included"]]
    worst = inc.reindex(inc["error"].abs().sort_values(ascending=False).index).head(5)
    return {
        "n": len(inc),
        "mae": float(inc["error"].abs().mean()),
        "bias": float(inc["error"].mean()),
        "mae_by_operator": inc.groupby("operator")["error"]
        .apply(lambda e: e.abs().mean())
        .to_dict(),
        "mae_by_tech": inc.groupby("tech")["error"].apply(lambda e: e.abs().mean()).to_dict(),
        "worst": worst[["site", "tech", "reported", "modelled", "error"]].to_dict("records"),
    }


def main() -> int:
    """Print the calibration table and summary."""
    frame = calibration_frame()
    with pd.option_context("display.width", 160, "display.max_colwidth", 48):
        print(
            frame[["site", "tech", "reported", "modelled", "error", "excluded_reason"]]
            .round(3)
            .to_string()
        )
    s = summary(frame)
    print(f"\nincluded rows: {s['n']}  MAE {s['mae']:.4f}  bias {s['bias']:+.4f}")
    print("MAE by operator:", {k: round(v, 4) for k, v in s["mae_by_operator"].items()})
    print("MAE by technology:", {k: round(v, 4) for k, v in s["mae_by_tech"].items()})
    print("worst sites:")
    for w in s["worst"]:
        print(
            f"  {w['site']:<45} {w['tech']:<14} reported {w['reported']:.2f} modelled {w['modelled']:.3f} ({w['error']:+.3f})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
