"""The report's table of defaults keeps each publisher as written and puts the app's own words
about a source (two rows making one value) in the report's language."""

from __future__ import annotations

from app.io.report_inputs import defaults_table


def test_the_apps_words_in_a_source_follow_the_language():
    zh = defaults_table("zh")["source"].tolist()
    en = defaults_table("en")["source"].tolist()
    assert any(s.endswith("(the rows combined, see the note)") for s in en)
    assert not any("see the note" in s for s in zh)
    assert any(s.endswith("(由上述各行综合得出，见说明)") for s in zh)
    assert any("MIIT (工业和信息化部)" in s for s in zh)  # the publisher as written


def test_an_unnamed_scenario_is_titled_in_the_reports_language():
    """A new scenario's default name is the English "Untitled": the Chinese report (and the
    comparison) called it that."""
    from app.domain.scenario import Scenario
    from app.io.report_data import _title

    assert Scenario().name == "Untitled"
    assert _title(Scenario().name, "zh") == "未命名方案"
    assert _title(Scenario().name, "en") == "Untitled scenario"
    assert _title("西部扩张", "en") == "西部扩张"  # a planner's name as written
