"""User-visible strings go through ``tr()`` so English and Chinese come from the same code.

Translations live in ``resources/translations/cpn_<lang>.ts`` (compiled to ``.qm``); the
language is chosen by ``--lang`` or the ``ui/language`` setting.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings, QTranslator

from app.domain import text
from app.paths import TRANSLATIONS_DIR

_CONTEXT = "cpn"
_state = {"lang": "en"}
_installed: list[QTranslator] = []
#: Our language code -> the suffix of Qt's own catalogues (PySide6 ships qtbase_zh_CN.qm).
QT_LOCALES = {"zh": "zh_CN"}


#: Qt's own texts that its shipped Chinese catalogue (qtbase_zh_CN) lacks in this Qt version:
#: (context, source) -> translation. Seen in the file dialog.
QT_OWN_GAPS = {
    "zh": {
        ("QFileDialog", "&Look in:"): "查找范围(&L)：",
        ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
        ("QAbstractFileIconProvider", "Drive"): "驱动器",
        ("QAbstractFileIconProvider", "Folder"): "文件夹",
        ("QAbstractFileIconProvider", "File"): "文件",
    }
}


class QtOwnGaps(QTranslator):
    """Translates the few Qt texts of :data:`QT_OWN_GAPS`; everything else passes through."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self._table = QT_OWN_GAPS.get(lang, {})

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        return self._table.get((context, source))  # None: Qt asks the next catalogue

    def isEmpty(self) -> bool:  # noqa: N802 (Qt override)
        return not self._table


def tr(text: str) -> str:
    """Translate an English source string for the current language."""
    return QCoreApplication.translate(_CONTEXT, text)


def language() -> str:
    return _state["lang"]


LANGUAGE_KEY = "ui/language"
#: Languages offered in View > Language, with their own names.
LANGUAGE_NAMES = {"en": "English", "zh": "中文"}


def saved_language() -> str:
    """The language chosen in View > Language ('en' when none was chosen)."""
    value = str(QSettings().value(LANGUAGE_KEY, "en"))
    return value if value in LANGUAGE_NAMES else "en"


def install_language(lang: str) -> bool:
    """Install the translator for ``lang`` ('en' or 'zh'); False if no translation exists."""
    app = QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _state["lang"] = lang
    text.set_language(lang)  # engine notes, validation messages, exports
    if lang == "en":
        return True
    translator = QTranslator()
    if not translator.load(str(TRANSLATIONS_DIR / f"cpn_{lang}.qm")):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    gaps = QtOwnGaps(lang)  # installed first: looked up after Qt's own catalogue
    app.installTranslator(gaps)
    _installed.append(gaps)
    qt_own = QTranslator()  # Qt's own buttons and dialogs (Save, Cancel, file dialogs)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{QT_LOCALES.get(lang, lang)}", qt_dir):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return True
