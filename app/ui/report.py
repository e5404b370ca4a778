"""The PDF report: title page, map with sites and flows, site comparison, monthly PUE chart,
allocation before/after by province, site utilisation, assumptions and data sources.

Laid out as HTML in a QTextDocument (pagination, tables and Chinese text come from Qt) and
printed to a QPdfWriter. Headless commands reach it through ``write_pdf``.
"""

from __future__ import annotations

import html
import os
from pathlib import Path

import numpy as np
import pandas as pd

from app.datasets.assumptions import assumptions_table
from app.io.report_data import ReportData

CJK_FAMILIES = ("Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
                "Source Han Sans SC", "Microsoft YaHei", "SimHei", "PingFang SC")


def cjk_font_family() -> str | None:
    """A installed font family that has Chinese glyphs, or None."""
    from PySide6.QtGui import QFontDatabase

    families = set(QFontDatabase.families())
    return next((f for f in CJK_FAMILIES if f in families), None)


def _map_image(data: ReportData, atlas, width: int = 1500, height: int = 1050):
    from app.datasets.projection import to_map
    from app.ui.map.flows_item import FlowsItem, load_sites_item, show_preview
    from app.ui.map.legend import LegendWidget
    from app.ui.map.national import NationalLayers
    from app.ui.map.sites_item import SitesItem
    from app.ui.map.view import MapView

    view = MapView()
    view.resize(width, height)
    layers = NationalLayers(view, atlas)
    legend = LegendWidget(view)
    legend.set_spec(layers.set_metric("price"))
    legend.move(12, height - legend.height() - 12)
    if data.preview is not None:
        flows, loads = FlowsItem(), load_sites_item()
        view.add_layer("flows", "flows", [flows])
        view.add_layer("loads", "loads", [loads])
        show_preview(flows, loads, data.preview)
    sites = SitesItem()
    sites.setZValue(9500)
    view.view_box.addItem(sites, ignoreBounds=True)
    rows = []
    for i, r in data.sites.iterrows():
        x, y = to_map(r["lon"], r["lat"])
        rows.append((str(i), str(r["site"]), float(x), float(y)))
    sites.set_sites(rows)
    view.zoom_to_china()
    image = view.grab().toImage()
    view.deleteLater()
    return image


def _pue_chart(data: ReportData, width: int = 1400, height: int = 600):
    import pyqtgraph as pg

    from app.ui.map import colors

    plot = pg.PlotWidget(background="w")
    plot.resize(width, height)
    plot.addLegend(offset=(10, 10))
    plot.setLabel("left", "PUE")
    plot.setLabel("bottom", "Month")
    plot.getAxis("bottom").setTicks([[(i + 1, m) for i, m in enumerate(data.monthly_pue.index)]])
    for i, name in enumerate(data.monthly_pue.columns):
        plot.plot(np.arange(1, 13), data.monthly_pue[name].to_numpy(),
                  pen=pg.mkPen(colors.categorical(i), width=3), name=str(name), symbol="o",
                  symbolBrush=colors.categorical(i))
    image = plot.grab().toImage()
    plot.deleteLater()
    return image


def _table(frame: pd.DataFrame, formats: dict[str, str] | None = None, index: bool = False) -> str:
    formats = formats or {}
    frame = frame.reset_index() if index else frame
    head = "".join(f"<th>{html.escape(str(c).replace('_', ' '))}</th>" for c in frame.columns)
    body = []
    for row in frame.itertuples(index=False):
        cells = []
        for col, value in zip(frame.columns, row, strict=True):
            if isinstance(value, (float, np.floating)):
                text = "missing" if not np.isfinite(value) else formats.get(col, "{:,.2f}").format(value)
                cells.append(f"<td align='right'>{text}</td>")
            elif value is None:
                cells.append("<td align='right'>missing</td>")
            else:
                cells.append(f"<td>{html.escape(str(value))}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return ("<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
            f"<thead><tr>{head}</tr></thead>{''.join(body)}</table>")


def report_html(data: ReportData) -> str:
    t = data.totals.set_index("total")
    summary = pd.DataFrame({
        "total": ["Total cost (bn CNY/yr)", "Carbon (Mt CO2/yr)", "Mean RTT (ms)",
                  "Unserved (MW)"],
        "base": [t.at["cost_cny", "before"] / 1e9, t.at["carbon_t", "before"] / 1e6,
                 t.at["mean_rtt_ms", "before"], t.at["unserved_mw", "before"]],
        "scenario": [t.at["cost_cny", "after"] / 1e9, t.at["carbon_t", "after"] / 1e6,
                     t.at["mean_rtt_ms", "after"], t.at["unserved_mw", "after"]]})
    summary["change"] = summary["scenario"] - summary["base"]
    sites = data.sites.drop(columns=["lon", "lat", "tariff_source"])
    provinces = data.provinces
    use = data.site_use[~data.site_use["site"].str.startswith("stock:")]
    use = use[["name", "capacity_mw_after", "load_mw_before", "load_mw_after",
               "utilisation_after", "dual_cny_per_mw_year_after"]]
    return f"""
<style>table {{ font-size: 7pt; }} h2 {{ margin-top: 14px; }}</style>
<h1>{html.escape(data.title)}</h1>
<p>Author: {html.escape(data.author or '-')} &nbsp; Created: {html.escape(data.created or '-')}
&nbsp; Report generated: {data.generated} &nbsp; CPN Planner {data.app_version}</p>
<h2>Summary: today's status quo vs scenario</h2>{_table(summary, {"base": "{:,.3f}", "scenario": "{:,.3f}",
                                                        "change": "{:+,.3f}"})}
<h2>Map: sites, loads and flows</h2><p><img src="map.png" width="640"></p>
<p>Provinces coloured by electricity price; circles: sites sized by load and coloured by
utilisation; lines: demand served outside its province (colour = workload class).</p>
<h2>Placed sites</h2>{_table(sites, {"annual_pue": "{:.3f}", "cny_per_million_tokens": "{:.3f}",
                                      "utilization": "{:.2f}", "free_cooling_h": "{:,.0f}"})}
<h2>Monthly PUE</h2><p><img src="pue.png" width="640"></p>
<h2>Allocation by province (MW, before / after)</h2>{_table(provinces, {})}
{_migration_html(data)}
<h2>Site utilisation (clusters and placed sites)</h2>{_table(use, {
        "utilisation_after": "{:.1%}", "dual_cny_per_mw_year_after": "{:,.0f}"})}
<h2>Assumptions that differ from the defaults</h2>
{_table(data.assumptions) if len(data.assumptions) else "<p>None: all built-in defaults.</p>"}
<h2>Data sources</h2>{_table(data.sources)}
<h2>Assumptions: built-in defaults, their sources and ranges</h2>
{_table(_assumptions_page())}
"""


def _migration_html(data: ReportData) -> str:
    """Status quo -> scenario: moved MW, saving and payback; moves by route; stays by reason."""
    if not len(data.migration):
        return ""
    moves = data.moves.drop(columns=["from_site", "to_site"], errors="ignore")
    stays = data.stays
    return (f"<h2>Moves from today's status quo</h2>"
            f"{_table(data.migration, {'value': '{:,.1f}'})}"
            f"{_table(moves, {'mw': '{:,.1f}', 'annual_saving_mcny': '{:,.1f}', 'payback_years': '{:.1f}'}) if len(moves) else '<p>Nothing moves.</p>'}"
            f"<h2>What stays where it is served today, and why (MW)</h2>"
            f"{_table(stays, {'mw': '{:,.1f}'}) if len(stays) else '<p>Nothing stays.</p>'}")


def _assumptions_page() -> pd.DataFrame:
    """Every built-in default (data/assumptions.csv) with range, kind and source, as text."""
    table = assumptions_table()[["key", "value", "unit", "low", "high", "kind", "source"]]
    for col in ("value", "low", "high"):
        table[col] = [f"{v:,.0f}" if abs(v) >= 1e5 else f"{v:,.6g}" for v in table[col]]
    table["source"] = table["source"].replace("", "none (reasoned)")
    return table


def write_pdf(data: ReportData, atlas, path: str | Path) -> tuple[Path, list[str]]:
    """Write the PDF; returns the path and warnings (e.g. no CJK font for Chinese names)."""
    if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QMarginsF, QUrl
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    from app.ui.app import make_application

    make_application()
    warnings = []
    family = cjk_font_family()
    if family is None:
        warnings.append("no CJK font installed (e.g. fonts-wqy-microhei): Chinese names will "
                        "show as boxes")
    doc = QTextDocument()
    doc.setDefaultFont(QFont(family or "Sans Serif", 9))
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("map.png"),
                    _map_image(data, atlas))
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("pue.png"), _pue_chart(data))
    doc.setHtml(report_html(data))
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    writer = QPdfWriter(str(tmp))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15)))
    writer.setTitle(data.title)
    writer.setCreator(f"CPN Planner {data.app_version}")
    doc.print_(writer)
    del writer  # flushes the file
    os.replace(tmp, path)
    return path, warnings
