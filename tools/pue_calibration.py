"""Calibration of the PUE model by facility class, against published PUE of real facilities.

Inputs (a copy ships in ``tests/data/reference/``, sources in its README):
``facility_pue_calibration.csv`` (Google campuses, AWS regions, 3 Chinese rows, with weather
stations), ``facility_climate_calibration.csv`` (those stations' normals) and
``facility_pue_china.csv`` (Chinese figures, each with what it is). Chinese rows are placed at
the nearest built-in station (``data/climate_normals.csv``).

Each figure is used for what it is (:data:`CHINA_USE`): measured annual values are points of
the ``large`` class; "below x" figures are bounds (reported, not fitted); fleet and national
averages are checked against the mean of the model over the national clusters; design
values, policy caps, minimums, claims, CLF and free-cooling days are not used. Google rows are
points of ``hyperscale``; AWS region averages (several buildings, owned and leased) of
``large``.

The fit: one physical parameter per class, chosen inside its sourced range on a coarse grid
(:data:`FIT_PARAMETER`), everything else as sourced. Leave-one-group-out error refits it
without each operator/region group (Google US / Europe / Asia-LatAm; AWS Americas / Europe /
Asia-Middle East; each Chinese operator) and predicts that group.

Run ``python -m tools.pue_calibration`` (``--markdown`` prints the tables of
``docs/model-validation.md``).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import numpy as np
import pandas as pd

from app.engine.climate import climate
from app.engine.pue.facility import facility_params
from app.engine.pue.pue import evaluate_pue
from app.paths import DATA_DIR, ROOT

REFERENCE_COPY = ROOT / "tests" / "data" / "reference"
#: IT load / rated IT: hyperscale as calibrated before (0.75), others the planner's default.
UTILIZATION = {"hyperscale": 0.75, "large": 0.7}
_RULES: tuple[tuple[tuple[str, ...], str | None], ...] = (
    (("seawater", "sea water", "lake", "river water"), None),
    (("immersion",), "immersion"),
    (("indirect evaporative",), "indirect_evaporative"),
    (("outside-air", "outside air", "fresh air", "air-side", "airside"), "direct_air"),
    (("cold plate", "cold-plate", "liquid cooling"), "liquid_cold_plate"),
    (("air-cooled", "air cooled"), "air_chiller"),
    (("cooling tower", "water-side", "waterside"), "chiller_tower"),
    (("newater", "reclaimed water", "recycled water"), "chiller_tower"),  # tower make-up
)
#: Operators' published standard design where a row states no cooling (Google: evaporative
#: towers + water-side economiser; AWS: outside air with evaporative assist, an assumption).
_OPERATOR_DEFAULT = {
    "google": "chiller_tower",
    "amazon web services": "direct_air",
    "aws": "direct_air",
}
#: facility_pue_china.csv rows by (source_id, metric): (use, cooling technology).
CHINA_USE: dict[tuple[str, str], tuple[str, str]] = {
    ("SZ_GH_REPO", "annual PUE"): ("point", "chiller_tower"),
    ("SZ_GH_REPO", "annual average PUE"): ("point", "chiller_tower"),
    ("SZ_GH_REPO", "PUE (phase 3, exchange disclosure)"): ("point", "chiller_tower"),
    ("SZ_GH_REPO", "PUE (whole facility, operator)"): ("point", "chiller_tower"),
    ("WH_DLOOP", "annual average PUE"): ("point", "air_chiller"),  # heat-pipe free cooling
    ("CHINDATA_PD", "annual PUE"): ("bound", "direct_air"),
    ("CT_QH_ECNS", "PUE"): ("bound", "indirect_evaporative"),
    ("GDC_2022_PARA", "average PUE"): ("fleet", ""),
    ("GDC_2024_PD", "average PUE"): ("fleet", ""),
    ("ALI_ESG_FY22", "annual average PUE (fleet)"): ("fleet", ""),
    ("ALI_ESG_FY24", "average PUE (fleet)"): ("fleet", ""),
    ("MODB_2021", "annual average PUE (all DCs)"): ("national", ""),
}
#: The one parameter fitted per class, its grid (inside the sourced range) and why it.
FIT_PARAMETER = {
    "hyperscale": (
        "fan_pressure_pa",
        (150.0, 175.0, 200.0, 225.0, 250.0),
        "least documented of Google's plant; sets the climate-independent overhead",
    ),
    "large": (
        "chilled_water_c",
        (12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 19.0, 20.0, 21.0),
        "what Chinese large halls run is not published (docs/model-validation.md); it sets the"
        " chillers' energy; 12 = ASHRAE 90.1's baseline, 21 = the warmest the class's air allows",
    ),
}


def reference_dir() -> Path:
    """``$CPN_REFERENCE_DIR`` or the copy shipped with the tests."""
    return Path(os.environ.get("CPN_REFERENCE_DIR", REFERENCE_COPY))


def map_cooling(cooling: str, operator: str) -> str | None:
    """Cooling technology id for a facility's ``cooling`` text (first rule that matches);
    None for sea/lake/river water or when nothing identifies it."""
    text = str(cooling).lower()
    if "direct" in text and "evaporative" in text and "indirect" not in text:
        text += " outside air"  # direct evaporative = outside air through pads
    for words, tech in _RULES:
        if any(w in text for w in words):
            return tech
    return _OPERATOR_DEFAULT.get(str(operator).strip().lower())


def exclusion_reason(basis: str, cooling: str) -> str:
    """Why a row of facility_pue_calibration.csv is left out of the fit ('' when it counts)."""
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


#: AWS regions grouped by the operator's region (one operator, one practice per region).
_AWS_REGION = {"us": "AWS Americas", "eu": "AWS Europe"}


def _group(operator: str, country: str, facility: str = "") -> str:
    """Operator/region group: facilities of one operator in one region share design and
    practice, so leave-one-group-out holds out the whole group."""
    if operator == "Google":
        return {
            "USA": "Google US",
            "Finland": "Google Europe",
            "Belgium": "Google Europe",
            "Netherlands": "Google Europe",
            "Denmark": "Google Europe",
            "Ireland": "Google Europe",
        }.get(country, "Google Asia/LatAm")
    if operator == "Amazon Web Services":
        prefix = facility.removeprefix("AWS ").split("-")[0]
        return _AWS_REGION.get(prefix, "AWS Asia/Middle East")
    return "China"


def china_group(city: str) -> str:
    """Chinese rows by operator: the name after ' - ' without the phase (two Baiwangxin
    figures are one facility), else the city."""
    name = city.split(" - ")[-1]
    for part in (" phase 3", " whole site"):
        name = name.removesuffix(part)
    return f"China {name}"


def climate_zone(normals: climate.MonthlyNormals) -> str:
    """cold (annual mean < 10 degC), temperate (< 18), hot-humid / hot-dry (RH 65 %)."""
    tmean = float(np.mean(normals.tmean_c))
    if tmean < 10.0:
        return "cold"
    if tmean < 18.0:
        return "temperate"
    rh = np.asarray(normals.rh_pct, dtype=float)
    return "hot-humid" if np.isnan(rh).all() or np.nanmean(rh) >= 65.0 else "hot-dry"


def _nearest(frame: pd.DataFrame, lat: float, lon: float) -> str:
    first = frame.groupby("station", sort=False)[["lat", "lon"]].first()
    d = (first["lat"] - lat) ** 2 + ((first["lon"] - lon) * np.cos(np.radians(lat))) ** 2
    return str(d.idxmin())


def rows(ref: Path | None = None) -> list[dict]:
    """Every facility row with its class, technology, group, use and weather normals."""
    ref = ref or reference_dir()
    sites = pd.read_csv(ref / "facility_pue_calibration.csv")
    normals = {
        n.name: n
        for n in climate.all_normals_from_frame(
            pd.read_csv(ref / "facility_climate_calibration.csv")
        )
    }
    out = []
    for s in sites.itertuples(index=False):
        tech = map_cooling(s.cooling, s.operator)
        reason = exclusion_reason(s.pue_basis, s.cooling) or ("" if tech else "no technology")
        group = _group(s.operator, s.country, s.facility)
        out.append(
            {
                "site": s.facility,
                "group": group,
                "tech": tech,
                "facility": "hyperscale" if s.operator == "Google" else "large",
                "reported": float(s.reported_pue),
                "use": "excluded" if reason else "point",
                "reason": reason,
                "normals": normals[s.station],
            }
        )
    builtin = pd.read_csv(DATA_DIR / "climate_normals.csv")
    china = pd.read_csv(ref / "facility_pue_china.csv")
    for s in china.itertuples(index=False):
        use, tech = CHINA_USE.get((s.source_id, s.metric), ("", ""))
        if not tech:
            continue
        value = float(str(s.value).lstrip("~<=").strip())
        station = _nearest(builtin, float(s.lat), float(s.lon))
        out.append(
            {
                "site": f"{s.city} ({s.source_id})",
                "group": china_group(str(s.city)),
                "tech": tech,
                "facility": "large",
                "reported": value,
                "use": use,
                "reason": "" if use == "point" else f"bound: {s.value}",
                "normals": climate.normals_from_frame(builtin, station),
            }
        )
    return out


def predict(row: dict, changes: dict[str, float] | None = None) -> float:
    """Annual PUE of a row's technology and class (``changes``: fitted parameter)."""
    if row["tech"] is None:
        return float("nan")
    params, el = facility_params(row["tech"], row["facility"], changes)
    weather = climate.synthesize_year(row["normals"])
    return evaluate_pue(weather, row["tech"], UTILIZATION[row["facility"]], params, el).annual_pue


def calibration_frame(ref: Path | None = None) -> pd.DataFrame:
    """Modelled vs reported PUE of every row with the shipped parameters (no refit)."""
    frame = []
    for r in rows(ref):
        modelled = predict(r)
        frame.append(
            {
                "site": r["site"],
                "group": r["group"],
                "facility": r["facility"],
                "tech": r["tech"] or "not modelled",
                "climate": climate_zone(r["normals"]),
                "reported": r["reported"],
                "modelled": modelled,
                "error": modelled - r["reported"],
                "use": r["use"],
                "reason": r["reason"],
            }
        )
    return pd.DataFrame(frame)


def class_summary(frame: pd.DataFrame, facility: str) -> dict[str, float]:
    """n, MAE and bias of the class's point rows."""
    pts = frame[(frame["facility"] == facility) & (frame["use"] == "point")]
    return {
        "n": len(pts),
        "mae": float(pts["error"].abs().mean()),
        "bias": float(pts["error"].mean()),
    }


def held_out(facility: str, ref: Path | None = None) -> tuple[list[dict], np.ndarray, dict]:
    """The class's point rows, each one's prediction by the model refitted without its group
    (the fitted parameter on its grid), and the refit per group."""
    name, grid, _ = FIT_PARAMETER[facility]
    pts = [r for r in rows(ref) if r["facility"] == facility and r["use"] == "point"]
    predicted = np.array([[predict(r, {name: v}) for r in pts] for v in grid])
    errors = predicted - np.array([r["reported"] for r in pts])
    groups = np.array([r["group"] for r in pts])
    held = np.empty(len(pts))
    refit = {}
    for g in sorted(set(groups)):
        out = groups == g
        k = int(np.argmin(np.abs(errors[:, ~out]).mean(axis=1))) if (~out).any() else 0
        held[out] = predicted[k, out]
        refit[g] = grid[k]
    return pts, held, refit


def leave_one_group_out(facility: str, ref: Path | None = None) -> dict[str, object]:
    """Refit the class's parameter without each group; MAE of the held-out predictions."""
    name, grid, _ = FIT_PARAMETER[facility]
    pts, held, refit = held_out(facility, ref)
    reported = np.array([r["reported"] for r in pts])
    groups = np.array([r["group"] for r in pts])
    errors = np.array([[predict(r, {name: v}) - r["reported"] for r in pts] for v in grid])
    best_all = grid[int(np.argmin(np.abs(errors).mean(axis=1)))]
    per_group = {
        g: {"refit": refit[g], "mae": float(np.abs(held - reported)[groups == g].mean())}
        for g in refit
    }
    return {
        "parameter": name,
        "best_on_all": best_all,
        "logo_mae": float(np.abs(held - reported).mean()),
        "groups": per_group,
    }


def fleet_check(facility: str = "large") -> float:
    """Mean PUE of ``facility`` over the 10 national clusters with their reference cooling
    (indirect evaporative in the western hubs, chiller + tower in the east)."""
    clusters = pd.read_csv(DATA_DIR / "clusters.csv")
    hubs = pd.read_csv(DATA_DIR / "hubs.csv").set_index("hub_id")
    builtin = pd.read_csv(DATA_DIR / "climate_normals.csv")
    values = []
    for c in clusters.itertuples(index=False):
        tech = "indirect_evaporative" if hubs.at[c.hub_id, "region"] == "west" else "chiller_tower"
        normals = climate.normals_from_frame(builtin, _nearest(builtin, c.lat, c.lon))
        params, el = facility_params(tech, facility)
        values.append(
            evaluate_pue(
                climate.synthesize_year(normals), tech, UTILIZATION.get(facility, 0.7), params, el
            ).annual_pue
        )
    return float(np.mean(values))


def markdown(ref: Path | None = None) -> str:
    """The tables of docs/model-validation.md."""
    frame = calibration_frame(ref)
    lines = [
        "| class | rows | MAE | bias | fitted parameter | best on all rows | LOGO MAE |",
        "|---|---|---|---|---|---|---|",
    ]
    for fac in ("hyperscale", "large"):
        s, logo = class_summary(frame, fac), leave_one_group_out(fac, ref)
        lines.append(
            f"| {fac} | {s['n']} | {s['mae']:.3f} | {s['bias']:+.3f} | "
            f"{logo['parameter']} | {logo['best_on_all']} | {logo['logo_mae']:.3f} |"
        )
    lines += ["", "| class | climate | rows | mean residual | MAE |", "|---|---|---|---|---|"]
    pts = frame[frame["use"] == "point"]
    for (fac, zone), g in pts.groupby(["facility", "climate"]):
        lines.append(
            f"| {fac} | {zone} | {len(g)} | {g['error'].mean():+.3f} | "
            f"{g['error'].abs().mean():.3f} |"
        )
    lines += [
        "",
        "| site | group | class | technology | climate | use | reported | modelled |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in frame.itertuples(index=False):
        lines.append(
            f"| {r.site} | {r.group} | {r.facility} | {r.tech} | {r.climate} | "
            f"{r.use}{' (' + r.reason + ')' if r.reason else ''} | {r.reported:.3f} | "
            f"{r.modelled:.3f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--markdown", action="store_true", help="print the validation tables")
    args = parser.parse_args(argv)
    if args.markdown:
        print(markdown())
        return 0
    frame = calibration_frame()
    for fac in ("hyperscale", "large"):
        s = class_summary(frame, fac)
        logo = leave_one_group_out(fac)
        print(
            f"{fac}: n {s['n']} MAE {s['mae']:.4f} bias {s['bias']:+.4f}; {logo['parameter']}"
            f" best {logo['best_on_all']}; LOGO MAE {logo['logo_mae']:.4f} {logo['groups']}"
        )
    print(f"large, mean over the 10 clusters: {fleet_check():.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
