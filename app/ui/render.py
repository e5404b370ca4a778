"""Render the national map to a PNG without a screen (reports, scripts, ``render-map``)."""

from __future__ import annotations

import os
from pathlib import Path


def render_map_png(
    out: str | Path,
    metric: str = "price",
    width: int = 1600,
    height: int = 1200,
    lang: str = "en",
    atlas=None,
) -> Path:
    """Draw the same map the window shows (layers, colours, legend) into ``out``.

    ``atlas`` is loaded when not given (reports pass the one they already have).
    """
    if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from app.datasets.atlas import load_atlas
    from app.ui.i18n import install_language
    from app.ui.map.legend import LegendWidget
    from app.ui.map.national import NationalLayers
    from app.ui.map.view import MapView
    from app.ui.png import write_png
    from app.ui.qt_app import make_application

    app = make_application()
    install_language(lang)
    view = MapView()
    view.resize(width, height)
    layers = NationalLayers(view, atlas if atlas is not None else load_atlas())
    legend = LegendWidget(view)
    legend.set_spec(layers.set_metric(metric))
    legend.move(12, height - legend.height() - 12)
    view.zoom_to_china()
    app.processEvents()
    out = Path(out)
    write_png(view.grab().toImage(), out)
    view.deleteLater()
    return out
