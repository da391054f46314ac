"""The library screen (`o`): documents opened before; type to filter, `enter` opens.

What is typed filters the list by title and source; when it is a path to a
file or an http(s) URL, `enter` opens that instead. A file no longer where it
was is listed as missing (its notes are kept) and cannot be opened from here.
Dismisses with the source to open, or None.
"""

from __future__ import annotations

import asyncio
import os
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from briefterm.core.text import clean
from briefterm.store.library import STDIN, Entry
from briefterm.ui.keymap import key_for


def looks_like_a_location(typed: str) -> bool:
    """A URL, or a path to something that exists: open it rather than filter by it."""
    typed = typed.strip()
    if typed.startswith(("http://", "https://")):
        return True
    return bool(typed) and os.path.exists(os.path.expanduser(typed))


class LibraryScreen(ModalScreen[str | None]):
    """Pick a document opened before, or type a path or URL."""

    DEFAULT_CSS = """
    LibraryScreen {
        align: center middle;
    }
    LibraryScreen > #library-dialog {
        width: 90%;
        max-width: 110;
        height: 80%;
        border: thick $accent;
        background: $surface;
        padding: 0 1;
    }
    LibraryScreen #library-hint {
        color: $text-muted;
        height: auto;
    }
    LibraryScreen OptionList {
        height: 1fr;
        border: none;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="library.close", tooltip="Back to the reader"),
        Binding("down", "move(1)", "Down", show=False, id="library.down", tooltip="Next document"),
        Binding("up", "move(-1)", "Up", show=False, id="library.up", tooltip="Previous document"),
        Binding("enter", "open", "Open", id="library.open", priority=True,
                tooltip="Open the highlighted document, or the path or URL typed"),
    ]

    def __init__(self, current: Entry | None = None) -> None:
        super().__init__()
        self._current = current  # the document on screen: listed even before its recording lands
        self._entries: list[Entry] = []
        self._shown: list[Entry] = []
        self._notes: dict[str, int] = {}
        self._missing: set[str] = set()
        self._ready = False  # the library has been read
        self._shown_event = asyncio.Event()  # on screen, the filter focused: keys typed now land there
        # Made here, not queried: a key (or a quit) may come before they are mounted.
        self._input = Input(placeholder="filter, or a path or URL to open", id="library-input")
        self._list = OptionList(id="library-list")

    def compose(self) -> ComposeResult:
        with Vertical(id="library-dialog") as dialog:
            dialog.border_title = "Library"
            yield Static(Content(f"Type to filter, or a path or URL · {key_for(self.app, 'library.open')} opens"
                                 f" · {key_for(self.app, 'library.close')} closes"), id="library-hint")
            yield self._input
            yield self._list

    def on_mount(self) -> None:
        if not self._input.is_attached:
            return  # closed (the app quitting) before it was composed
        self.set_focus(self._input)  # at once, not after the keys already typed
        self._refill()
        self._load()
        self._shown_event.set()

    async def ready(self, timeout: float = 5.0) -> None:
        """Until the library is on screen with its filter focused (`o`: the keys typed next land there)."""
        try:
            await asyncio.wait_for(self._shown_event.wait(), timeout)
        except TimeoutError:
            pass  # never hold the keys up for good

    @work(thread=True, exclusive=True)
    def _load(self) -> None:
        """Read the library and count notes away from the screen's thread."""
        from briefterm.store.atomic import StoreError
        from briefterm.store.library import Library

        try:
            entries = Library().entries()
        except StoreError as e:
            self.app.call_from_thread(self.app.notify, clean(str(e)), severity="error", markup=False)
            entries = []
        current = self._current
        if current is not None and all(e.key != current.key for e in entries):
            entries.insert(0, current)
        notes = {e.key: e.notes_count() for e in entries}
        missing = {e.key for e in entries if e.missing}
        self.app.call_from_thread(self._loaded, entries, notes, missing)

    def _loaded(self, entries: list[Entry], notes: dict[str, int], missing: set[str]) -> None:
        self._entries = entries
        self._notes = notes
        self._missing = missing
        self._ready = True
        self._refill()

    def _label(self, entry: Entry) -> Content:
        notes = self._notes.get(entry.key, 0)
        counts = f"{notes} note{'' if notes == 1 else 's'}" if notes else ""
        missing = "  (missing)" if entry.key in self._missing else ""
        when = entry.opened[:16].replace("T", " ")
        title = clean(entry.title) or "(untitled)"
        return Content.assemble(
            (title, "bold"), "\n  ",
            (f"{clean(entry.shown_source())}{missing}", "dim" if missing else ""),
            f"  {counts}  {when}",
        )

    @staticmethod
    def _searched(entry: Entry) -> str:
        """What the filter looks in: the title and the source as shown (`standard` finds piped text)."""
        return f"{clean(entry.title) or '(untitled)'}\n{clean(entry.shown_source())}\n{entry.source}".lower()

    def _refill(self) -> None:
        typed = self._input.value.strip().lower()
        entries = self._entries
        self._shown = [e for e in entries if not typed or typed in self._searched(e)]
        options = self._list
        options.clear_options()
        options.add_options([Option(self._label(e)) for e in self._shown])
        if self._shown:
            options.highlighted = 0
        elif entries and typed:
            options.add_option(Option(Content("No document matches; enter opens what is typed, if it exists."),
                                      disabled=True))
        elif not entries and self._ready:
            options.add_option(Option(Content("Nothing opened yet: type a path or URL."), disabled=True))

    @on(Input.Changed)
    def _filter(self) -> None:
        self._refill()

    def action_move(self, step: int) -> None:
        options = self._list
        if self._shown:
            current = options.highlighted or 0
            options.highlighted = max(0, min(len(self._shown) - 1, current + step))

    @on(OptionList.OptionSelected)
    def _clicked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_open()

    def action_open(self) -> None:
        typed = self._input.value.strip()
        if typed and (looks_like_a_location(typed) or not self._shown):
            if looks_like_a_location(typed):
                self.dismiss(os.path.expanduser(typed) if "://" not in typed else typed)
            else:
                self.app.notify(f"No such file: {clean(typed)}", severity="warning", markup=False)
            return
        highlighted = self._list.highlighted
        if highlighted is None or highlighted >= len(self._shown):
            self.app.bell()
            return
        entry = self._shown[highlighted]
        if entry.source == STDIN:
            self.app.notify("Piped text cannot be opened again from here: pipe it in again.", markup=False)
        elif entry.key in self._missing:
            self.app.notify(f"{clean(entry.shown_source())} is no longer there (its notes are kept).",
                            severity="warning", markup=False)
        else:
            self.dismiss(entry.source)

    def action_close(self) -> None:
        self.dismiss(None)
