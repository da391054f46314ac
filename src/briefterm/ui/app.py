"""The briefterm reader: an App that opens the reader screen, plus `run_reader` for the CLI.

Thin on purpose: global keys, the command palette's sources and the screen.
What the reader does lives in `screens/reader.py` and the widgets.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any, ClassVar

from rich.console import Console
from textual.app import App
from textual.binding import Binding, BindingType
from textual.command import Provider
from textual.screen import Screen

from briefterm.core.types import Crashed, Document
from briefterm.ui.reader.workbench import default_analyser
from briefterm.ui.screens.reader import Analyser, ReaderScreen

if TYPE_CHECKING:
    from briefterm.brief.curated import Brief


def _reader_commands() -> type[Provider]:
    from briefterm.ui.reader.commands import ReaderCommands  # only when the palette opens

    return ReaderCommands


class BriefApp(App[int]):
    """A full-screen, keyboard-driven brief of one document."""

    CSS_PATH = "briefterm.tcss"
    TITLE = "briefterm"
    # briefterm's own commands only: Textual's (Maximize, Screenshot, Theme...) are not the reader's.
    COMMANDS = {_reader_commands}

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="quit", tooltip="Quit (notes are already saved)"),
        Binding("question_mark", "help", "Help", id="help", tooltip="This help: every key"),
        Binding("ctrl+p", "command_palette", "palette", show=False, priority=True, id="command_palette",
                tooltip="Command palette: jump to an actor, switch panes, export the brief"),
        # A priority binding, as `/` and `a` are: the library's filter is focused before the next key.
        Binding("o", "open_library", "Open", show=False, id="library", priority=True,
                tooltip="Open another document: the library of documents opened before, or a path or URL"),
    ]

    def __init__(
        self,
        document: Document,
        brief: Brief | None = None,
        *,
        notes_path: str | None = None,
        analyser: Analyser = default_analyser,
        no_brief: bool = False,
        find_brief: bool = False,
    ) -> None:
        super().__init__()
        self.document = document
        self.brief = brief
        self.find_brief = find_brief  # look for the brief beside the document after the first paint
        self.notes_path = notes_path
        self._analyser = analyser
        self.no_brief = no_brief  # the engine alone: no brief, no corrections
        self.keymap: dict[str, str] = {}  # from keymap.yaml: binding id -> comma-separated keys

    def load_keymap(self) -> None:
        """Apply the user's keymap.yaml; a bad file is one warning and the default keys stay."""
        from briefterm.ui.keymap import binding_ids, keymap_path, read_keymap, without_clashes

        keymap, warning = read_keymap(keymap_path(), binding_ids())
        keymap, clash = without_clashes(keymap)
        for said in (warning, clash):
            if said is not None:
                self.notify(said, title="keymap.yaml", severity="warning", timeout=10, markup=False)
        if keymap:
            self.keymap = keymap
            self.set_keymap(keymap)

    def get_default_screen(self) -> Screen[None]:
        return ReaderScreen(self.document, self.brief, analyser=self._analyser, notes_path=self.notes_path,
                            no_brief=self.no_brief, find_brief=self.find_brief)

    @property
    def analyser(self) -> Analyser:
        return self._analyser

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # `o` works on a reader (not in its search field), not over a dialog, the help or the editor.
        from textual.widgets import Input

        screen = self.screen
        return action != "open_library" or (isinstance(screen, ReaderScreen) and not isinstance(screen.focused, Input))

    async def action_open_library(self) -> None:
        """`o` on a reader: the library of documents opened before, or a path or URL typed."""
        from briefterm.ui.reader.opening import open_library

        await open_library(self.reader).ready()  # keys typed right after `o` reach its filter

    def reader_shown(self, reader: ReaderScreen) -> None:
        """After a reader's first paint: the keymap read, its document's warnings said and
        the document recorded in the library."""
        from briefterm.ui.reader.opening import opened

        _collect_from_now_on()
        self.load_keymap()
        opened(reader)

    @property
    def reader(self) -> ReaderScreen:
        """The reader screen on top (under any modal on top of it)."""
        return next(s for s in reversed(self.screen_stack) if isinstance(s, ReaderScreen))

    async def action_quit(self) -> None:
        """Quit, unless a note being written would be lost: then ask first (`q`, `ctrl+q`)."""
        from briefterm.ui.screens.confirm import ConfirmScreen
        from briefterm.ui.screens.note_editor import NoteEditor

        editor = next((s for s in self.screen_stack if isinstance(s, NoteEditor) and s.dirty), None)
        if editor is None:
            self.exit()
            return
        if isinstance(self.screen, ConfirmScreen):
            self.bell()  # already asking: answer that first
            return

        def answered(discard: bool | None) -> None:
            if discard:
                editor.drop_draft()  # given up on purpose: not offered again
                self.exit()
            else:
                editor.body_area.focus()

        self.push_screen(
            ConfirmScreen("Discard your changes and quit? What you typed will be lost.", yes="Discard and quit",
                          no="Keep writing"),
            answered,
        )

    def action_help(self) -> None:
        from briefterm.ui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())


def _collect_from_now_on() -> None:
    """The cyclic collector back on after the first paint, if the CLI paused it for the
    start-up; what start-up made (modules, classes, the first screen) lives as long as
    the app, so it is frozen out of every later collection."""
    import gc

    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def run_reader(
    document: Document, brief: Brief | None = None, notes: str | None = None, no_brief: bool = False,
    find_brief: bool = False, **run: Any,
) -> int:
    """Open the reader on `document` (already loaded by the CLI); the exit code.

    An error inside the reader raises `Crashed` with its traceback (for the CLI's log
    file) instead of Textual printing it on the terminal. `run`: for `App.run` (tests).
    A closed terminal (SIGHUP) or SIGTERM first saves the note being written as a draft.
    """
    from briefterm.store.signal_flush import install_signal_flush

    app = BriefApp(document, brief, notes_path=notes, no_brief=no_brief, find_brief=find_brief)
    install_signal_flush(on_term=app.exit)
    report = io.StringIO()
    # Textual prints an unhandled error's traceback on its error console as it exits: keep it.
    app.error_console = Console(file=report, width=120, color_system=None, markup=False, highlight=False)
    result = app.run(**run)
    if app.return_code not in (None, 0) and report.getvalue().strip():
        raise Crashed(_error_name(report.getvalue()), report.getvalue())
    return int(result or 0) if app.return_code in (None, 0) else int(app.return_code or 1)


def _error_name(report: str) -> str:
    """The exception's name, from the traceback's last line ("NoMatches: No nodes match...")."""
    import re

    last = next((line.strip() for line in reversed(report.splitlines()) if line.strip()), "")
    found = re.match(r"([A-Za-z_][\w.]*)(?::|$)", last)
    return found.group(1).rsplit(".", 1)[-1] if found else "error in the reader"
