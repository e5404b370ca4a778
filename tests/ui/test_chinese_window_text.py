"""Issue 20's done-when: the Chinese window, started as ``cpn-planner --lang zh`` starts it, with
an example opened and solved, shows no English UI word anywhere a planner reads.

Read: every widget's text (labels, buttons, tabs, dock titles, menus, combo items, table
headers and cells with their tooltips, tooltips), the status bar, plot axes and legends, the map
legend, map labels and the map's tooltips over a site, a station, a flow and a province.

Allowed, explicitly (see visible_text.ALLOWED): units and proper nouns (PUE, MW, kWh, CO2,
HiGHS, file formats); the planner's own names (the scenario's site names, as written in the
file); and citations quoted from the data files as published (a default's source and its key in
data/assumptions.csv, the key a scenario file uses; a province's price note and statistics
sources; a cluster's source): they are shown as written, under Chinese labels.
"""

from __future__ import annotations

import pytest

from app.datasets.projection import to_map
from tests.ui import visible_text


def _citations(atlas) -> list[str]:
    """Texts quoted from the data files, longest first (so a longer quote is removed whole)."""
    from app.datasets.assumptions import assumptions_table
    from app.domain import text

    table = assumptions_table()
    # the notes are translated (test_chinese_ui checks every one is); product and standard
    # names in them (NVIDIA TensorRT-LLM, SXM, DCI) stay as written
    quotes = [*table["source"], *table["key"], *(text.tr(n, "zh") for n in table["note"])]
    from app.datasets.targets import builtin_targets

    quotes += [t.id for t in builtin_targets()]  # target ids: the key a scenario file uses
    p = atlas.provinces
    for column in ("price_note", "source_gdp", "source_population", "source_emission", "notes"):
        quotes += [str(v) for v in p[column] if isinstance(v, str)]
    for column in ("source", "notes"):
        quotes += [str(v) for v in atlas.clusters[column] if isinstance(v, str)]
    return sorted({q for q in quotes if q and len(q) > 3}, key=len, reverse=True)


@pytest.fixture
def zh_started(qapp, qtbot, atlas):
    """The window as run_gui builds it in Chinese: translator first, map painted first."""
    from app.ui.i18n import install_language
    from app.ui.main_window import MainWindow

    assert install_language("zh")
    win = MainWindow(atlas, paint_first=True)
    win.show_error = lambda title, message: setattr(win, "last_error", message)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.sigReady, timeout=30_000):
        win.show()
    win.document.ask = lambda title, text, choices: choices[-1]
    yield win
    install_language("en")


def _open_example_and_solve(win, qtbot) -> None:
    [example] = [a for a in win.document.examples_menu.actions() if a.text() == "西部扩张"]
    with qtbot.waitSignal(win.document.sigLoaded, timeout=20_000):
        example.trigger()
    with qtbot.waitSignal(win.allocation.sigSolved, timeout=30_000):
        win.allocation.solve_action.trigger()
    qtbot.wait(50)  # queued repaints and table fills


def _map_tooltips(win) -> list[tuple[str, str]]:
    out = []
    for what, (lon, lat) in {
        "site": (113.13, 41.03),  # the Ulanqab campus of the example
        "station": (106.27, 38.47),  # Yinchuan
        "province": (88.0, 31.5),  # Tibet
        "province east": (119.0, 33.0),  # Jiangsu
    }.items():
        x, y = to_map(lon, lat)
        out.append((f"map tooltip {what}", win.hover_text(float(x), float(y))))
    flows = win.allocation.flows
    assert len(flows._xy), "the example's solve has remote flows"
    for i in range(0, len(flows._xy), max(1, len(flows._xy) // 5)):  # a few flows' middles
        x0, y0, x1, y1 = flows._xy[i]
        out.append(("map tooltip flow", win.hover_text((x0 + x1) / 2, (y0 + y1) / 2)))
    return out


def test_chinese_window_shows_no_english_ui_word(zh_started, qtbot):
    win = zh_started
    _open_example_and_solve(win, qtbot)
    win.select_province(150000)  # Inner Mongolia in the inspector
    texts = list(visible_text.window_texts(win))
    texts += _map_tooltips(win)
    spec, symbols = win.legend.spec, win.legend.symbols
    texts += [("legend", spec.title), ("legend", spec.note)]
    texts += [("legend", label) for _, label in spec.entries]
    texts += [("legend", symbols.title)]
    texts += [("legend", label) for _, label in symbols.lines + symbols.widths + symbols.circles]
    with qtbot.waitSignal(win.sigMetricShown, timeout=120000):  # computed on a worker
        win.set_metric("pue:indirect_evaporative")  # station PUE: station names on the tips
    texts += list(visible_text.window_texts(win))
    own_names = sorted({s.name for s in win.model.sites}, key=len, reverse=True)
    quotes = _citations(win.atlas) + own_names
    findings = []
    for where, text, _words in visible_text.english_findings(texts):
        rest = visible_text.plain(text).replace("\u200b", "")  # markup, break opportunities
        for quote in quotes:
            rest = rest.replace(quote, " ")
        if visible_text.english_words(rest):
            findings.append(f"[{where}] {visible_text.english_words(rest)} {rest[:120]!r}")
    assert not findings, f"{len(findings)} English texts:\n" + "\n".join(sorted(set(findings)))


def test_visible_text_finds_english(window):
    """The reader is not blind: the English window is full of English words."""
    texts = list(visible_text.window_texts(window))
    assert len(visible_text.english_findings(texts)) > 50
    assert visible_text.english_words("<b>电价</b> 0.35 元/kWh, PUE 1.2") == []
    assert visible_text.english_words("Solved (optimal)") == ["Solved", "optimal"]
