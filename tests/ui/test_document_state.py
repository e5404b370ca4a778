"""What the window holds about the open document goes with it: compared files keep a
column each."""

from __future__ import annotations

import shutil

from app.paths import DATA_DIR

EXAMPLES = DATA_DIR / "scenarios"


def _titles(dialog) -> dict[str, str]:
    return {label: report.title for label, report in dialog.reports.items()}


def _headers(table) -> list[str]:
    return [table.horizontalHeaderItem(i).text() for i in range(table.columnCount())]


def test_a_file_named_like_the_current_column_gets_its_own(window, tmp_path):
    window.document.open(EXAMPLES / "western-expansion.toml")
    (tmp_path / "cmp").mkdir()
    shutil.copy(EXAMPLES / "baseline.toml", tmp_path / "cmp" / "Current.toml")
    dialog = window.compare_with([tmp_path / "cmp" / "Current.toml"])
    assert dialog.labels == ["Current", "Current (cmp)"]
    assert _titles(dialog) == {"Current": "Western expansion", "Current (cmp)": "Baseline"}
    assert _headers(dialog.totals)[2:] == [
        "Current",
        "Current (cmp)",
        "Current minus Current (cmp)",
    ]
    dialog.close()


def test_files_with_the_same_name_are_all_compared(window, tmp_path):
    for folder, example in (("a", "baseline"), ("b", "western-expansion")):
        (tmp_path / folder).mkdir()
        shutil.copy(EXAMPLES / f"{example}.toml", tmp_path / folder / "plan.toml")
    dialog = window.compare_with([tmp_path / "a" / "plan.toml", tmp_path / "b" / "plan.toml"])
    assert dialog.labels == ["Current", "plan (a)", "plan (b)"]
    assert _titles(dialog) == {
        "Current": "Untitled",
        "plan (a)": "Baseline",
        "plan (b)": "Western expansion",
    }
    assert "Current minus plan (a)" in _headers(dialog.totals)
    assert "Current minus plan (b)" in _headers(dialog.totals)
    dialog.close()


def test_reference_labels_are_unique(tmp_path):
    from app.ui.window_files import reference_labels

    same = [tmp_path / "a" / "plan.toml", tmp_path / "a" / "plan.toml"]
    assert reference_labels("Current", same) == ["plan (a)", "plan (2)"]
    assert reference_labels("当前方案", ["/x/当前方案.toml", "/x/y.toml"]) == ["当前方案 (x)", "y"]
    assert reference_labels("Current", ["/Current.toml"]) == ["Current (2)"]
