"""The scenario as a document: New / Open / Save / Save As / Open Recent, the title bar's
unsaved mark, the prompt before losing work, autosave to a recovery file and the offer to
restore it after a crash, and report exports.

Questions to the planner go through ``ask`` / ``ask_file`` so tests can answer them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from app.domain.scenario import Scenario
from app.io import recovery
from app.io.disk_stamp import DiskStamp
from app.io.scenario_file import ScenarioError, load_scenario, save_scenario
from app.paths import DATA_DIR
from app.ui import settings
from app.ui.file_loader import BackgroundRead
from app.ui.i18n import tr
from app.ui.plain import action_text

AUTOSAVE_MS = 3 * 60 * 1000
AUTOSAVE_AFTER_EDIT_MS = 2000
"""Autosave this long after the last edit (debounced), so a crash loses seconds, not minutes."""
MAX_RECENT = 8
#: Menu titles of the shipped examples (data/scenarios/*.toml), translated; others show the stem.
EXAMPLE_TITLES = {
    "baseline": "Baseline",
    "eastern-inference": "Eastern inference build-out",
    "western-expansion": "Western expansion",
}


EXAMPLES_DIR = DATA_DIR / "scenarios"


def is_example(path: Path) -> bool:
    """A shipped example scenario (opened as an untitled copy, never overwritten)."""
    return path.resolve().parent == EXAMPLES_DIR.resolve()


class DocumentController(QObject):
    """Signals: sigLoaded(Scenario) after a scenario replaced the current one;
    sigMessage(str) for the status bar."""

    sigLoaded = Signal(object)
    sigMessage = Signal(str)
    sigNaming = Signal(object)  # the Path Save As chose, before writing: name the scenario

    def __init__(
        self,
        window: QWidget,
        undo,
        get_scenario: Callable[[], Scenario],
        set_scenario: Callable[[Scenario], None],
    ) -> None:
        super().__init__(window)
        self.window, self.undo = window, undo
        self.get_scenario, self.set_scenario = get_scenario, set_scenario
        self.path: Path | None = None
        self.disk: DiskStamp | None = None  # the file as last opened or saved: conflicts
        self.reading: BackgroundRead | None = None  # an open under way (cancel() ends it)
        self.owner = recovery.new_owner()  # this window's autosaves, never another's
        self.closed = False  # after closing, a late solve must not leave a recovery file
        self.ask = self._ask
        self.ask_file = self._ask_file
        self.last_error = ""
        self.actions = {
            "new": self._action(tr("&New"), self.new, QKeySequence.StandardKey.New),
            "open": self._action(tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open),
            "save": self._action(tr("&Save"), self.save, QKeySequence.StandardKey.Save),
            "save_as": self._action(tr("Save &As…"), self.save_as, QKeySequence("Ctrl+Shift+S")),
        }
        self.recent_menu = QMenu(tr("Open &Recent"), window)
        self.examples_menu = QMenu(tr("&Examples"), window)
        for path in sorted(EXAMPLES_DIR.glob("*.toml")):
            self.examples_menu.addAction(
                tr(EXAMPLE_TITLES.get(path.stem, path.stem)), lambda p=path: self.open(p)
            )
        self._refresh_recent()
        undo.cleanChanged.connect(self._update_title)
        self.timer = QTimer(self)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.autosave)
        self.timer.start()
        self.edit_timer = QTimer(self)  # restarted by every edit: fires once edits pause
        self.edit_timer.setSingleShot(True)
        self.edit_timer.setInterval(AUTOSAVE_AFTER_EDIT_MS)
        self.edit_timer.timeout.connect(self.autosave)
        undo.indexChanged.connect(lambda _index: self.edit_timer.start())
        self._update_title()

    def _action(self, text: str, slot, shortcut) -> QAction:
        action = QAction(text, self)
        action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    # ---- state ----------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return not self.undo.isClean()

    def _update_title(self, *args) -> None:
        if not shiboken6.isValid(self.window):  # the undo stack emits while being destroyed
            return
        name = self.path.name if self.path else tr("Untitled")
        self.window.setWindowTitle(f"{name}[*] — {tr('CPN Planner')}")
        self.window.setWindowModified(self.dirty)

    # ---- new / open -----------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """True when it is safe to drop the current scenario (saved, discarded)."""
        if not self.dirty:
            return True
        answer = self.ask(
            tr("Unsaved changes"),
            tr("Save the changes to {name}?").format(
                name=self.path.name if self.path else tr("Untitled")
            ),
            ("save", "discard", "cancel"),
        )
        if answer == "save":
            return self.save()
        return answer == "discard"

    def new(self) -> None:
        if self.maybe_save():
            self._replace(Scenario(), None)

    def open_dialog(self) -> None:
        path = self.ask_file("open")
        if path:
            self.open(path)

    def open(self, path: str | Path) -> bool:
        """Load a scenario file; a bad file is reported and the open scenario kept."""
        path = Path(path)
        self.reading = BackgroundRead(
            self.window,
            lambda: load_scenario(path),
            tr("Opening {name}…").format(name=path.name),
            tr("Cancel"),
        )
        scenario, exc, cancelled = self.reading.run()  # the window stays responsive
        self.reading = None
        if cancelled:
            self.sigMessage.emit(tr("Opening {name} cancelled").format(name=path.name))
            return False
        if exc is not None and not isinstance(exc, ScenarioError | OSError):
            raise exc
        if exc is not None:
            self.last_error = str(exc)
            self.ask(tr("Cannot open scenario"), f"{path.name}:\n{exc}", ("ok",))
            return False
        if not self.maybe_save():
            return False
        if is_example(path):  # a template: work on an untitled copy, Save asks for a path
            self._replace(scenario, None)
            self.sigMessage.emit(
                tr("Opened the example {name} as an untitled copy").format(name=path.stem)
            )
            return True
        self._replace(scenario, path)
        self._add_recent(path)
        return True

    def _replace(self, scenario: Scenario, path: Path | None) -> None:
        recovery.clear_recovery(self.path, owner=self.owner)  # the old scenario's autosave
        self.path = path
        self.disk = DiskStamp.of(path) if path is not None else None
        self.set_scenario(scenario)
        self.undo.clear()
        self.undo.setClean()
        self._update_title()
        self.sigLoaded.emit(scenario)

    # ---- save -----------------------------------------------------------------------------
    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        if not self._may_overwrite(self.path):
            return False
        return self._write(self.path)

    def save_as(self) -> bool:
        """Save under a name the planner types: kept exactly as typed, ``.toml`` appended
        when it has another ending (never replacing part of the name); overwriting the file
        actually written is confirmed (the file dialog confirmed only the typed name)."""
        typed = self.ask_file("save")
        if not typed:
            return False
        path = Path(typed)
        if path.suffix.lower() != ".toml":
            path = path.with_name(path.name + ".toml")
            if path.exists() and not self._confirm_overwrite(path):
                return False
        if path == self.path and not self._may_overwrite(path):
            return False
        self.sigNaming.emit(path)
        if self._write(path):
            recovery.clear_recovery(self.path, owner=self.owner)
            self.path = path
            self.disk = DiskStamp.of(path)
            self._add_recent(path)
            self._update_title()
            return True
        return False

    def _confirm_overwrite(self, path: Path) -> bool:
        answer = self.ask(
            tr("Replace file?"),
            tr("{name} already exists. Replace it?").format(name=path.name),
            ("overwrite", "cancel"),
        )
        return answer == "overwrite"

    def _may_overwrite(self, path: Path) -> bool:
        """False when the file changed on disk since it was opened or saved here (another
        window or program wrote it) and the planner does not want to overwrite it."""
        if self.disk is None or self.disk.path != path or not self.disk.changed():
            return True
        answer = self.ask(
            tr("File changed on disk"),
            tr(
                "{name} was changed by another program since you opened it. Overwrite "
                "those changes with yours?"
            ).format(name=path.name),
            ("overwrite", "cancel"),
        )
        return answer == "overwrite"

    def _write(self, path: Path) -> bool:
        try:
            save_scenario(self.get_scenario(), path)
        except (OSError, ScenarioError) as exc:
            self.last_error = str(exc)
            self.ask(tr("Cannot save scenario"), f"{path}:\n{exc}", ("ok",))
            return False
        self.disk = DiskStamp.of(path)
        self.undo.setClean()
        self.edit_timer.stop()
        recovery.clear_recovery(self.path, owner=self.owner)
        self.sigMessage.emit(tr("Saved {path}").format(path=path))
        return True

    # ---- autosave and recovery ------------------------------------------------------------
    def autosave(self) -> Path | None:
        """Write the recovery file when there are unsaved changes (never once closed)."""
        if not self.dirty or self.closed:
            return None
        try:
            return recovery.write_recovery(self.get_scenario(), self.path, owner=self.owner)
        except OSError as exc:
            self.sigMessage.emit(tr("Autosave failed: {exc}").format(exc=exc))
            return None

    def offer_recovery(self) -> bool:
        """At start: if a recovery file is left from a crash, offer to restore it (and clean
        what killed saves and exports left beside the recent files)."""
        self.clean_stale_temps()
        found = recovery.find_recovery()
        if not found:
            return False
        newest = found[0]
        answer = self.ask(
            tr("Restore unsaved changes?"),
            recovery_prompt(recovery.recovery_info(newest)),
            ("restore", "discard"),
        )
        if answer != "restore":  # only this autosave: others are offered at the next start
            recovery.clear_recovery(recovery_file=newest)
            return False
        try:  # values a scenario cannot hold are left out, the rest is restored
            scenario, original, left_out = recovery.read_recovery_leniently(newest)
        except (ScenarioError, OSError) as exc:
            self.last_error = str(exc)
            aside = recovery.set_aside(newest)  # never offered again
            self.ask(
                tr("Cannot restore"),
                tr(
                    "The unsaved changes cannot be restored: the autosave is damaged; "
                    "it was moved to {path}."
                ).format(path=aside),
                ("ok",),
            )
            return False
        self._replace(scenario, original)
        recovery.clear_recovery(recovery_file=newest)
        self.undo.resetClean()  # restored work is unsaved work
        self._update_title()
        self.autosave()  # still unsaved: keep it recoverable, now as this window's
        if left_out:
            self.last_error = "\n".join(left_out)
            self.ask(
                tr("Restored without some values"),
                tr(
                    "The unsaved changes were restored, but without these values, which a "
                    "scenario file cannot hold (the built-in ones are used instead):\n{problems}"
                ).format(problems="\n".join(left_out)),
                ("ok",),
            )
        return True

    def clean_stale_temps(self) -> None:
        """Delete temp files and export staging folders of dead writers beside the recent
        files (the folders a planner writes to)."""
        from app.io.atomic import remove_stale_temps

        for folder in {Path(p).parent for p in self.recent()}:
            try:
                remove_stale_temps(folder)
            except OSError:  # a folder gone or unreadable: nothing to clean there
                continue

    def closing(self) -> bool:
        """The window is closing: True to close (then the recovery file goes)."""
        if not self.maybe_save():
            return False
        self.edit_timer.stop()
        self.closed = True
        recovery.clear_recovery(self.path, owner=self.owner)
        return True

    # ---- recent files ---------------------------------------------------------------------
    def recent(self) -> list[str]:
        return settings.read_texts("files/recent", MAX_RECENT)

    def _add_recent(self, path: Path) -> None:
        items = [str(path.resolve())] + [p for p in self.recent() if p != str(path.resolve())]
        QSettings().setValue("files/recent", items[:MAX_RECENT])
        self._refresh_recent()

    def _refresh_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.recent()
        for item in recent:
            self.recent_menu.addAction(action_text(item), lambda p=item: self.open(p))
        self.recent_menu.setEnabled(bool(recent))

    # ---- dialogs (replaced in tests) ------------------------------------------------------
    def _ask(self, title: str, text: str, choices: tuple[str, ...]) -> str:
        buttons = {
            "save": QMessageBox.StandardButton.Save,
            "discard": QMessageBox.StandardButton.Discard,
            "cancel": QMessageBox.StandardButton.Cancel,
            "restore": QMessageBox.StandardButton.Yes,
            "ok": QMessageBox.StandardButton.Ok,
            "overwrite": QMessageBox.StandardButton.Yes,
        }
        box = QMessageBox(self.window)
        box.setWindowTitle(title)
        box.setTextFormat(Qt.TextFormat.PlainText)  # names and file names are text
        box.setText(text)
        error = choices == ("ok",)
        box.setIcon(QMessageBox.Icon.Warning if error else QMessageBox.Icon.Question)
        for c in choices:
            box.addButton(buttons[c])
        answer = box.exec()
        return next((c for c in choices if buttons[c] == answer), choices[-1])

    def _ask_file(self, mode: str) -> str:
        start = str(self.path.parent if self.path else Path.home())
        if mode == "open":
            return QFileDialog.getOpenFileName(
                self.window, tr("Open scenario"), start, tr("CPN scenarios (*.toml);;All files (*)")
            )[0]
        return QFileDialog.getSaveFileName(
            self.window, tr("Save scenario"), start, tr("CPN scenarios (*.toml);;All files (*)")
        )[0]


def recovery_prompt(info: recovery.RecoveryInfo) -> str:
    """The restore question: which scenario (name and file) and when it was last autosaved,
    in local time."""
    name = info.scenario_name or tr("Untitled")
    where = str(info.scenario_path) if info.scenario_path else tr("never saved")
    try:
        when = datetime.fromisoformat(info.saved_at).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        when = tr("an unknown time")
    return tr(
        "CPN Planner did not close normally. Restore the unsaved changes to "
        "'{name}' ({where}) from {when}?"
    ).format(name=name, where=where, when=when)
