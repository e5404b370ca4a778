"""Colour ramps (ColorBrewer, Apache-2.0) and categorical palettes for the map."""

from __future__ import annotations

from PySide6.QtGui import QColor

RAMPS: dict[str, tuple[str, ...]] = {
    "ylorrd": ("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"),
    "blues": ("#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"),
    "purples": ("#f2f0f7", "#cbc9e2", "#9e9ac8", "#756bb1", "#54278f"),
    "greys": ("#f7f7f7", "#cccccc", "#969696", "#636363", "#252525"),
    "rdylbu_r": ("#2c7bb6", "#abd9e9", "#ffffbf", "#fdae61", "#d7191c"),
    # Low PUE is good: green to red.
    "rdylgn_r": ("#1a9641", "#a6d96a", "#ffffbf", "#fdae61", "#d7191c"),
    "viridis": ("#440154", "#3b528b", "#21918c", "#5ec962", "#fde725"),
    # Diverging for net import/export and changes: blue negative, red positive.
    "rdbu_r": ("#2166ac", "#92c5de", "#f7f7f7", "#f4a582", "#b2182b"),
}

#: Hubs and other categories (Okabe-Ito, readable for colour-blind viewers).
CATEGORICAL = (
    "#E69F00",
    "#56B4E9",
    "#009E73",
    "#F0E442",
    "#0072B2",
    "#D55E00",
    "#CC79A7",
    "#999999",
)

MISSING = QColor("#d9d9d9")
OUTSIDE = QColor("#f4f1ea")


def ramp(name: str, n: int) -> list[QColor]:
    """``n`` colours sampled evenly from a ramp (n may differ from the ramp's length)."""
    stops = RAMPS.get(name, RAMPS["viridis"])
    if n <= 1:
        return [QColor(stops[len(stops) // 2])]
    out = []
    for i in range(n):
        pos = i * (len(stops) - 1) / (n - 1)
        lo, frac = int(pos), pos - int(pos)
        a, b = QColor(stops[lo]), QColor(stops[min(lo + 1, len(stops) - 1)])
        out.append(
            QColor.fromRgbF(
                a.redF() + (b.redF() - a.redF()) * frac,
                a.greenF() + (b.greenF() - a.greenF()) * frac,
                a.blueF() + (b.blueF() - a.blueF()) * frac,
            )
        )
    return out


def categorical(i: int) -> QColor:
    return QColor(CATEGORICAL[i % len(CATEGORICAL)])
