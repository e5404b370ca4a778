"""The PDF report as a reader sees it: every shipped scenario prints, every section heading is
on the page of its table, numbers and words are never broken, every map symbol has a legend."""

from __future__ import annotations

import re

import pytest

from app.domain.pue_shown import BANDED_FIGURES
from app.io.report_data import collect
from app.io.report_tables import sheets
from app.io.scenario_file import load_scenario
from app.paths import DATA_DIR
from app.ui.report_html import cell_text

SCENARIOS = sorted((DATA_DIR / "scenarios").glob("*.toml"))


def _pages(path) -> list[str]:
    from pypdf import PdfReader

    return [" ".join(p.extract_text().split()) for p in PdfReader(path).pages]


@pytest.fixture(scope="module")
def western(atlas, tmp_path_factory):
    from app.ui.report import write_pdf

    data = collect(
        load_scenario(DATA_DIR / "scenarios" / "western-expansion.toml"), atlas, lang="en"
    )
    path, _ = write_pdf(data, atlas, tmp_path_factory.mktemp("pdf") / "w.pdf")
    return data, _pages(path), path


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda p: p.stem)
def test_every_shipped_scenario_prints(atlas, tmp_path, scenario):
    from app.ui.report import write_pdf

    data = collect(load_scenario(scenario), atlas, lang="en")
    path, _ = write_pdf(data, atlas, tmp_path / "r.pdf")
    text = " ".join(_pages(path))
    assert data.title in text and "Data sources" in text
    if not len(data.sites):
        assert "No placed sites" in text


def test_headings_sit_on_the_page_of_their_table(western):
    _, pages, _ = western
    # (heading, a column heading of the table that must start on the same page)
    for heading, first in (
        ("Placed sites' effect", "Change in annual cost"),
        ("Versus today", "Change (scenario minus"),
        ("Placed sites", "Design utilisation (%)"),
        ("Allocation by province", "In province, today (MW)"),
        ("Site utilisation", "Value of one more MW"),
        ("Annual cost by hall, scenario", "Fixed energy cost (CNY)"),
        ("Annual cost by hall, today", "Marginal energy cost (CNY)"),
        ("Data sources", "Boundaries"),
    ):
        on = [i for i, p in enumerate(pages) if heading in p.replace("Placed sites' effect", "")]
        if heading == "Placed sites' effect":
            on = [i for i, p in enumerate(pages) if heading in p]
        assert on, f"heading {heading!r} missing"
        assert first in pages[on[0]], f"{heading!r} stranded without its table"


def test_the_map_heading_sits_on_the_page_of_its_map(western):
    from pypdf import PdfReader

    _, pages, path = western
    on = [i for i, p in enumerate(pages) if "Map: sites, loads and flows" in p]
    assert on, "map heading missing"
    # the map is a picture: it must be drawn on the heading's page, not the next one
    assert PdfReader(path).pages[on[0]].images, "map heading stranded at the foot of a page"


def test_numbers_and_words_are_never_broken(western):
    data, pages, _ = western
    text = " ".join(pages)
    for sheet in sheets(data):
        if sheet.name not in ("summary", "sites", "provinces"):
            continue
        for c, header in enumerate(sheet.headers):
            if all(row[c] in (None, "") for row in sheet.rows):
                continue  # an all-blank column (no site flagged) is left out of the PDF
            if sheet.name == "sites" and "PUE" in header:
                continue  # one column "Annual PUE (p5-p95)" in the PDF
            assert header in text, header  # "utilizatio n" would fail here
        banded = ("annual_pue", "pue_p5", "pue_p95") + tuple(
            f"{k}_{q}" for k in BANDED_FIGURES for q in ("p5", "p95")
        )
        band = {
            sheet.keys.index(k) for k in banded if k in sheet.keys
        }  # printed together, "1.24 (1.18-1.31)" (test_report_pue_band)
        for r, row in enumerate(sheet.rows):
            for c, value in enumerate(row):
                if c in band:
                    continue
                if isinstance(value, float | int) and not isinstance(value, bool):
                    shown = cell_text(value, sheet.kind(r, c), "en", c in sheet.changes)
                    assert re.search(rf"(^|\s){re.escape(shown)}(\s|$)", text), (sheet.name, shown)
            for key in BANDED_FIGURES:  # "2,854,826 (2,600,112-3,012,004)", never broken
                if sheet.name != "sites" or row[sheet.keys.index(key)] is None:
                    continue
                if row[sheet.keys.index(f"{key}_p5")] is None:
                    continue  # no band (a site that serves nothing has no PUE)
                low, mid, high = (
                    cell_text(row[sheet.keys.index(k)], sheet.kind(r, sheet.keys.index(k)), "en")
                    for k in (f"{key}_p5", key, f"{key}_p95")
                )
                assert f"{mid} ({low}-{high})" in text, (key, mid)


def test_a_row_never_splits_across_pages(western):
    data, pages, _ = western
    use = next(s for s in sheets(data) if s.name == "site_use")
    for row in use.rows:
        name, load = row[0], cell_text(row[4], "mw", "en")
        # the whole row on one page (the name alone may also stand in the moves table)
        assert any(
            re.search(rf"{re.escape(name)} \S.* {re.escape(load)}", page) for page in pages
        ), row


def test_every_map_symbol_has_a_legend(western):
    data, pages, _ = western
    text = " ".join(pages)
    assert "Electricity price" in text  # province colours (the map's own legend)
    # flows and load circles: drawn in the legend image, whose figures come from the data
    assert data.flow_max_mw > 0 and data.load_max_mw > 0
    assert [c for c, _ in data.classes] == ["realtime", "interactive", "training", "sensitive"]


def test_legend_image_draws_each_class_colour(western, qapp):
    from PySide6.QtGui import QColor

    from app.ui.map.flows_item import CLASS_COLORS
    from app.ui.report import _legend_image

    data, _, _ = western
    image = _legend_image(data)
    found = set()
    for x in range(0, 80):
        for y in range(40, 200):
            name = QColor(image.pixel(x, y)).name()
            found |= {cid for cid, color in CLASS_COLORS.items() if color == name}
    assert found == set(CLASS_COLORS)


def test_the_report_map_bundles_flows_and_its_legend_uses_the_drawn_scale(western, atlas, qapp):
    from app.ui.report import _legend_image, _map_image

    data, _, _ = western
    _, scale = _map_image(data, atlas)
    # bundled as the window bundles at national zoom: the widest line carries more than the
    # largest single flow, and what is too small to draw is counted
    assert scale.top_mw > data.flow_max_mw
    assert scale.min_mw > 0 and scale.not_drawn >= 0
    plain, said = _legend_image(data), _legend_image(data, scale)
    assert plain != said  # the width rows follow the map's scale, not the single flows'


def test_pages_are_numbered_headed_and_the_pdf_titled(western, atlas, tmp_path):
    from pypdf import PdfReader

    from app.ui.report import write_pdf

    data, pages, _ = western
    n = len(pages)
    assert n > 2
    for i, page in enumerate(pages, start=1):
        assert f"Page {i} of {n}" in page  # the footer
        assert f"CPN Planner · {data.title}" in page  # the running header
    path, _ = write_pdf(data, atlas, tmp_path / "meta.pdf")
    meta = PdfReader(path).metadata
    assert meta.title == data.title and meta.author  # the scenario's author or the app


def test_no_table_row_is_split_across_pages(qapp):
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextDocument

    from app.ui.report import keep_rows_whole, split_rows

    rows = "".join(
        f"<tr><td>accelerator.card_75w_8b.server_overhead {i}</td>"
        f"<td>{'a long wrapping note ' * (1 + i % 4)}</td></tr>"
        for i in range(80)
    )
    doc = QTextDocument()
    doc.setHtml(f"<table border=1><thead><tr><th>key</th><th>note</th></tr></thead>{rows}</table>")
    doc.setPageSize(QSizeF(300, 400))
    assert split_rows(doc)  # page ends fall inside rows
    keep_rows_whole(doc)
    assert split_rows(doc) == []


def test_the_pue_chart_leaves_out_sites_serving_nothing(atlas, recwarn):
    """QA6 D10: a site serving nothing has no PUE (every month NaN); its curve made pyqtgraph
    warn 'All-NaN slice encountered'. It is left out, and the legend counts it."""
    from app.domain.scenario import Scenario
    from app.domain.site import Site
    from app.io.report_sites import pue_curves
    from app.ui.report import _pue_chart

    sites = [
        Site("ulanqab", "Ulanqab", 113.13, 41.03, capacity_mw=300.0, tariff_cny_per_kwh=0.1),
        # power at 5 CNY/kWh: the allocation sends it nothing
        Site("sh", "Shanghai", 121.47, 31.23, capacity_mw=100.0, tariff_cny_per_kwh=5.0),
    ]
    data = collect(Scenario(sites=sites), atlas)
    assert data.monthly_pue["Shanghai"].isna().all()
    assert pue_curves(data.monthly_pue) == [0]
    image = _pue_chart(data)
    assert not image.isNull()
    assert not [w for w in recwarn if issubclass(w.category, RuntimeWarning)]
