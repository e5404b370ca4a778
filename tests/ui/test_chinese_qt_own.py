"""In Chinese, Qt's own buttons and dialogs (qtbase_zh_CN from PySide6) and the examples
menu are Chinese too; English again afterwards."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QDialogButtonBox

HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def chinese(qapp):
    from app.ui.i18n import install_language

    assert install_language("zh")
    yield
    install_language("en")


def _button_texts() -> list[str]:
    buttons = QDialogButtonBox.StandardButton
    box = QDialogButtonBox(buttons.Save | buttons.Cancel | buttons.Discard)
    return [b.text() for b in box.buttons()]


def test_qt_standard_buttons_are_chinese(chinese):
    texts = _button_texts()
    assert any("取消" in t for t in texts), texts
    assert all(HAN.search(t) for t in texts), texts


def test_qt_standard_buttons_english_again(qapp):
    from app.ui.i18n import install_language

    install_language("zh")
    install_language("en")
    assert "Cancel" in " ".join(_button_texts())


def test_examples_menu_is_chinese(chinese, make_window):
    window = make_window()
    titles = [a.text() for a in window.document.examples_menu.actions()]
    assert {"基准方案", "西部扩张", "东部推理算力扩建"} <= set(titles), titles
    assert all(HAN.search(t) for t in titles), titles


def test_examples_menu_english(make_window):
    titles = [a.text() for a in make_window().document.examples_menu.actions()]
    assert {"Baseline", "Western expansion", "Eastern inference build-out"} <= set(titles)


def test_file_dialogs_are_qt_own_and_chinese(chinese):
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QFileDialog, QLabel

    from app.ui.app import make_application

    make_application()
    assert QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    dialog = QFileDialog()
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "查找范围(&L)：", labels
    assert labels["fileTypeLabel"] == "文件类型(&T)：", labels
    dialog.deleteLater()
