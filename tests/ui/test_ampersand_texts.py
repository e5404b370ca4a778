"""An "&" typed in a site name or a file path shows as written in menus: Qt takes a lone "&"
in an action's text for a keyboard mnemonic (R&D showed as "RD", the D underlined)."""

from __future__ import annotations

from app.datasets.projection import to_map


def _shown(action) -> str:
    """What a menu shows: the text with mnemonics taken out ("&&" is one "&")."""
    return "&".join(part.replace("&", "") for part in action.text().split("&&"))


def _place(window, lon: float, lat: float):
    window.allocation.auto_action.setChecked(False)
    return window.placement.place_at(*map(float, to_map(lon, lat)))


def test_open_recent_shows_a_path_with_ampersands_as_written(window, tmp_path):
    target = tmp_path / "R&D" / "plan&co.toml"
    target.parent.mkdir()
    _place(window, 113.13, 41.03)
    window.document.ask_file = lambda mode: str(target)
    assert window.document.save()
    [recent] = window.document.recent_menu.actions()
    assert _shown(recent) == str(target.resolve())


def test_undo_names_a_site_with_ampersands_as_written(window):
    site = _place(window, 113.13, 41.03)
    window.placement.edit(site.id, {"name": "R&D campus && co"})
    assert _shown(window.undo_action) == "Undo Edit R&D campus && co"
    stack = window.undo_stack
    assert stack.text(stack.index() - 1) == "Edit R&D campus && co"  # an undo view's text
    stack.undo()
    assert _shown(window.redo_action) == "Redo Edit R&D campus && co"
    window.placement.delete(site.id)  # the site keeps its first, automatic name here
    assert "&&" not in stack.text(stack.index() - 1)


def test_a_workload_class_named_with_an_ampersand_shows_as_written(qtbot):
    from dataclasses import replace

    from app.domain.assumptions import AllocationAssumptions
    from app.ui.docks.status_quo_panel import StatusQuoPanel

    a = AllocationAssumptions()
    first = replace(a.classes[0], label="AI & HPC")
    panel = StatusQuoPanel(lambda *args, **kwargs: None)
    qtbot.addWidget(panel)
    panel.show_assumptions(replace(a, classes=(first, *a.classes[1:])))
    assert panel.frozen[first.id].text() == "AI && HPC"  # shows "AI & HPC"
