"""The "National targets" dock: after a solve it lists the evaluation's scorecard with the
failing items first, rings the failing site on the map, and picking a site's row selects it."""

from __future__ import annotations

import numpy as np

from app.datasets.projection import to_map


def test_failing_site_is_listed_first_ringed_and_selectable(window, qtbot):
    window.allocation.auto_action.setChecked(False)
    x, y = to_map(105.19, 37.51)  # Zhongwei, Ningxia hub
    site = window.placement.place_at(float(x), float(y))
    window.placement.edit(
        site.id, {"cooling": "chiller_tower", "facility": "small", "tariff_cny_per_kwh": 0.1}
    )
    with qtbot.waitSignal(window.allocation.sigSolved, timeout=60_000):
        window.allocation.solve_action.trigger()
    ev = window.allocation.evaluation
    panel = window.policy
    table, model = panel.table, panel.model

    def text(r, c):
        return model.index(r, c).data()

    verdicts = [text(r, 0) for r in range(model.rowCount())]
    assert model.rowCount() == len(ev.policy.of("scenario"))
    failing = len(ev.policy.failing)
    assert failing and verdicts[:failing] == ["Fails"] * failing
    assert "Fails" not in verdicts[failing:]
    rows = [r for r in range(model.rowCount()) if text(r, 1).endswith(site.name)]
    pue_rows = [r for r in rows if text(r, 2) == "PUE"]
    assert pue_rows and all(text(r, 0) == "Fails" for r in pue_rows)
    assert str(len(ev.policy.of("scenario"))) in panel.summary.text()
    # the failing site carries a red ring at its position
    rx, ry = panel.rings.getData()
    assert np.any(np.hypot(rx - float(x), ry - float(y)) < 1.0)
    # the Ningxia hub fails its new-site PUE target: its outline is drawn in red
    hx, hy = panel.hub_lines.getData()
    ring = window.atlas.hub_outlines["ningxia"][0]
    assert (
        len(hx) and np.nanmin(hx) <= ring[:, 0].min() + 1 and np.nanmax(hx) >= ring[:, 0].max() - 1
    )
    # picking its row selects the site on the map and in the editor
    table.selectRow(pue_rows[0])
    assert window.placement.selected == site.id
    # both bases of green power: the site's location basis is Ningxia's renewable weight
    green = panel.green_model
    names = [green.index(r, 0).data() for r in range(green.rowCount())]
    assert site.name in names


def test_pdf_report_has_the_policy_section(atlas, tmp_path):
    from pypdf import PdfReader

    from app.domain.assumptions import AllocationAssumptions
    from app.domain.scenario import Scenario
    from app.domain.site import Site
    from app.io.report_data import collect
    from app.ui.report import write_pdf

    site = Site("zw", "Zhongwei small", 105.19, 37.51, cooling="chiller_tower", facility="small",
                tariff_cny_per_kwh=0.1)  # fmt: skip
    scenario = Scenario(sites=[site], assumptions=AllocationAssumptions())
    from app.ui.report_html import report_html

    english = report_html(collect(scenario, atlas, lang="en"))
    assert "National targets" in english and "Fails" in english and "pue.hub_new" in english
    path, _ = write_pdf(collect(scenario, atlas, lang="zh"), atlas, tmp_path / "zh.pdf")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)
    assert "国家政策目标" in text and "不达标" in text and "pue.hub_new" in text
