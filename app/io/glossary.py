"""The three references a scenario is measured against, each named and defined once.

Reports (metadata), the window's tooltips and ``docs/glossary.md`` use these words; the
Chinese names are fixed in the translation file: 现状 (today), 不含新建站点 (without the
placed sites), 若迁移无成本 (if moving were free); the sites' effect is 新建站点的效果.
"""

from __future__ import annotations

from app.domain.text import tr

TODAY = "today"
WITHOUT_SITES = "without the placed sites"
IF_FREE = "if moving were free"
SITES_EFFECT = "the placed sites' effect"
ORDER = (SITES_EFFECT, TODAY, WITHOUT_SITES, IF_FREE)


def names(lang: str | None = None) -> dict[str, str]:
    """Each reference's name in ``lang``."""
    return {
        TODAY: tr("today", lang),
        WITHOUT_SITES: tr("without the placed sites", lang),
        IF_FREE: tr("if moving were free", lang),
        SITES_EFFECT: tr("the placed sites' effect", lang),
    }


def definitions(lang: str | None = None) -> dict[str, str]:
    """Each reference's one definition in ``lang``."""
    return {
        TODAY: tr(
            "the status quo: where each province's demand is served now, under the "
            "scenario's assumptions; the placed sites do not exist yet",
            lang,
        ),
        WITHOUT_SITES: tr(
            "the same scenario, same assumptions, same status quo and friction of moving "
            "from it, with its placed sites removed",
            lang,
        ),
        IF_FREE: tr(
            "the scenario with no cost of moving load away from where it is served today", lang
        ),
        SITES_EFFECT: tr(
            "the scenario minus the same scenario without the placed sites: what building "
            "them changes, the planner's decision",
            lang,
        ),
    }


def definition(name: str, lang: str | None = None) -> str:
    """ "<name>: <definition>" in ``lang``, for a tooltip or a report line."""
    return f"{names(lang)[name]}: {definitions(lang)[name]}"


def reference_rows(lang: str | None = None) -> list[tuple[str, str]]:
    """(item, value) rows naming each reference, for a report's metadata."""
    label, n, d = tr("Reference", lang), names(lang), definitions(lang)
    return [(f"{label} - {n[k]}", d[k]) for k in ORDER]


#: The solver's status -> the English text the catalogue translates.
STATUS_LABELS = {
    "optimal": "optimal",
    "infeasible": "infeasible",
    "unbounded": "unbounded",
    "numerical_error": "numerical error",
    "time limit reached": "time limit reached",
    "status quo": "today's status quo",
}


def status_label(status: str, lang: str | None = None) -> str:
    """The solver's status as a planner reads it (the window, the CLI summary)."""
    return tr(STATUS_LABELS.get(status, status), lang)


__all__ = ["IF_FREE", "ORDER", "SITES_EFFECT", "STATUS_LABELS", "TODAY", "WITHOUT_SITES",
           "definition", "definitions", "names", "reference_rows", "status_label"]  # fmt: skip
