"""Qt-free translation for text made outside the window: engine notes, validation messages,
CLI output, XLSX/CSV headings.

The same ``cpn_<lang>.ts`` (``app.paths.TRANSLATIONS_DIR``) serves both sides: the window translates
through Qt (``app.ui.i18n.tr``), everything else through :func:`tr` here, which reads the
``.ts`` once. ``extract.py`` finds ``tr("...")`` calls in every module of ``app/``, so a string
marked here is extracted and checked like any window string.
"""

from __future__ import annotations

from functools import cache

LANGUAGES = ("en", "zh")
_CONTEXT = "cpn"
_state = {"lang": "en"}


def set_language(lang: str) -> None:
    """Choose the language of :func:`tr` ('en' or 'zh')."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    _state["lang"] = lang


def language() -> str:
    return _state["lang"]


def tr(text: str, lang: str | None = None) -> str:
    """``text`` (an English source string) in ``lang`` or the current language; the English
    text itself where no finished translation exists."""
    lang = lang or _state["lang"]
    if lang == "en":
        return text
    return _catalogue(lang).get(text, text)


@cache
def _catalogue(lang: str) -> dict[str, str]:
    import xml.etree.ElementTree as ET  # only when a language other than English is used

    import app.paths  # not for English (--help): a wheel's start would pay for pathlib

    path = app.paths.TRANSLATIONS_DIR / f"cpn_{lang}.ts"
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return {}
    out: dict[str, str] = {}
    for context in root.iter("context"):
        if context.findtext("name") != _CONTEXT:
            continue
        for message in context.iter("message"):
            source, translation = message.find("source"), message.find("translation")
            if source is None or translation is None or not translation.text:
                continue
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            out[source.text or ""] = translation.text
    return out
