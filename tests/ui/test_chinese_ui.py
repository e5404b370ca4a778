"""The Simplified Chinese interface: the window in Chinese, and a complete, compiled cpn_zh.ts.

A new ``tr("...")`` string without a translation fails ``test_every_tr_string_is_translated``
with the list of what is missing: run ``resources/translations/update.sh``, translate the
unfinished messages in ``cpn_zh.ts``, and run it again.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET

import pytest

from app.paths import ROOT

TRANSLATIONS = ROOT / "resources" / "translations"
TS = TRANSLATIONS / "cpn_zh.ts"
QM = TRANSLATIONS / "cpn_zh.qm"
HAN = re.compile(r"[\u4e00-\u9fff]")


def _extractor():
    spec = importlib.util.spec_from_file_location("cpn_extract", TRANSLATIONS / "extract.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while loading
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def chinese(qapp):
    """Chinese installed before any widget is built; English again afterwards."""
    from app.ui.i18n import install_language

    assert install_language("zh"), f"cannot load {QM}"
    yield
    install_language("en")


@pytest.fixture
def zh_window(chinese, make_window):
    return make_window()


def test_menus_are_chinese(zh_window):
    titles = [a.text() for a in zh_window.menuBar().actions() if a.text()]
    assert "文件(&F)" in titles
    assert {"编辑(&E)", "视图(&V)", "帮助(&H)"} <= set(titles)
    assert all(HAN.search(t) for t in titles), titles
    file_menu = zh_window.menuBar().actions()[0].menu()
    entries = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert "新建(&N)" in entries and "另存为(&A)…" in entries
    assert zh_window.undo_action.text().startswith("撤销")
    assert zh_window.placement.place_action.text() == "布设数据中心"
    assert zh_window.allocation.solve_action.text() == "求解"


def test_docks_and_layers_are_chinese(zh_window):
    assert zh_window.layers_dock.windowTitle() == "图层"
    assert zh_window.inspector_dock.windowTitle() == "属性"
    layers = [
        zh_window.layers_panel.list.item(i).text()
        for i in range(zh_window.layers_panel.list.count())
    ]
    for name in ("省级行政区", "地级行政区", "枢纽节点区域", "气象站", "数据中心集群"):
        assert name in layers, layers
    headers = [
        zh_window.comparison.table.horizontalHeaderItem(i).text()
        for i in range(zh_window.comparison.table.columnCount())
    ]
    assert "年均PUE" in headers


def test_legend_and_inspector_are_chinese(zh_window):
    assert zh_window.legend.spec.title.startswith("电价")
    assert zh_window.legend.spec.note == "分位数分级"
    zh_window.select_province(440000)  # Guangdong
    assert zh_window.inspector.value("电价") is not None
    assert zh_window.inspector.value("电价依据")


def test_ts_has_no_unfinished_translation():
    root = ET.parse(TS).getroot()
    contexts = {c.findtext("name") for c in root.iter("context")}
    assert contexts == {"cpn"}, "app.ui.i18n.tr() translates in context 'cpn' only"
    unfinished = []
    for msg in root.iter("message"):
        translation = msg.find("translation")
        if (
            translation is None
            or not (translation.text or "").strip()
            or translation.get("type") == "unfinished"
        ):
            unfinished.append(msg.findtext("source"))
    assert not unfinished, f"untranslated in {TS.name}: {unfinished}"


def test_every_tr_string_is_translated():
    """Every tr() string of app/ is in the .ts with a translation keeping its placeholders."""
    problems = _extractor().check(TS)
    assert not problems, "run resources/translations/update.sh and translate:\n" + "\n".join(
        problems
    )


def test_compiled_qm_matches_ts(qapp):
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(QM))
    stale = [
        source
        for source, entry in _extractor().read_ts(TS).items()
        if entry.type not in ("vanished", "obsolete")
        and translator.translate("cpn", source) != entry.translation
    ]
    assert not stale, f"{QM.name} is older than {TS.name}; run update.sh: {stale}"
