"""The note editor: a modal with the passage, an optional quote, and the note's body.

The app gives it a `save(body, quote)` callback (quote None = the whole
passage) that writes the note through and returns it. `ctrl+s` calls it: on
success the editor dismisses with the saved Note; on failure (StoreError,
NoteError, anything) it stays open, says why, and keeps every character typed.
`escape` cancels, asking first when typed text would be lost; it then
dismisses with None.

Given a `DraftKeeper`, every change of the body or quote is handed to it (it is
on disk at most half a second later, and at once on SIGHUP/SIGTERM); a save or
a cancel that discards the text removes the draft.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, Static, TextArea

from briefterm.core.text import clean
from briefterm.notes.note import Note, NoteError
from briefterm.store.atomic import StoreError
from briefterm.store.drafts import INTERVAL_S, DraftKeeper
from briefterm.store.signal_flush import keep_alive, let_go
from briefterm.ui.keymap import key_for
from briefterm.ui.screens.confirm import ConfirmScreen

SHORT = 32  # rows: below this the editor drops its spacing to keep everything on screen

SaveNote = Callable[[str, str | None], Note]
"""save(body, quote) -> the saved Note; raises StoreError or NoteError when it cannot."""


class NoteEditor(ModalScreen[Note | None]):
    """Write or edit a note on one passage."""

    DEFAULT_CSS = """
    NoteEditor {
        align: center middle;
    }
    NoteEditor > #note-dialog {
        width: 90%;
        max-width: 100;
        height: auto;
        max-height: 100%;
        border: thick $primary;
        background: $surface;
        padding: 0 1;
    }
    NoteEditor #note-title {
        text-style: bold;
        margin-bottom: 1;
    }
    NoteEditor #note-passage {
        height: auto;
        max-height: 6;
        color: $text-muted;
        border-left: outer $primary-darken-2;
        padding-left: 1;
        margin-bottom: 1;
    }
    NoteEditor #note-quote {
        margin-bottom: 1;
    }
    NoteEditor #note-body {
        height: 10;
        min-height: 3;
    }
    NoteEditor #note-error {
        display: none;
        color: $error;
        text-style: bold;
    }
    NoteEditor #note-error.-shown {
        display: block;
    }
    NoteEditor #note-hint {
        dock: bottom;
        color: $text-muted;
    }
    /* Short terminals (80x24): less passage, no spacing, so the hint and the body's
       bottom edge stay on screen. */
    NoteEditor.-short #note-title {
        margin-bottom: 0;
    }
    NoteEditor.-short #note-passage {
        max-height: 3;
    }
    NoteEditor.-short #note-quote {
        margin-bottom: 0;
    }
    NoteEditor.-short #note-body {
        height: 1fr;
        max-height: 10;
    }
    """

    VERTICAL_BREAKPOINTS = [(0, "-short"), (SHORT, "-tall")]

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", id="editor.save", priority=True, tooltip="Save the note"),
        Binding("escape", "cancel", "Cancel", id="editor.cancel",
                tooltip="Cancel (asks first when what you typed would be lost)"),
        Binding("tab", "app.focus_next", "Next field", show=False, id="editor.next",
                tooltip="Next field: the quote, the note"),
        Binding("shift+tab", "app.focus_previous", "Previous field", show=False, id="editor.previous",
                tooltip="Previous field"),
    ]

    def __init__(
        self,
        passage_no: int,
        passage_text: str,
        save: SaveNote,
        *,
        body: str = "",
        quote: str = "",
        title: str | None = None,
        draft: DraftKeeper | None = None,
        dirty: bool = False,
    ) -> None:
        super().__init__()
        self.draft = draft
        self._started_dirty = dirty  # a draft taken up again: cancelling asks first
        self.passage_no = passage_no
        self.passage_text = passage_text
        self._save = save
        self._initial_body = body
        self._initial_quote = quote
        self._title = title or f"Note on passage {passage_no}"
        self._ready = asyncio.Event()
        self.error: str | None = None
        """The last save error shown, if any (for tests and the app)."""

    def compose(self) -> ComposeResult:
        with Vertical(id="note-dialog"):
            yield Static(Content(self._title), id="note-title")
            with VerticalScroll(id="note-passage", can_focus=False):
                yield Static(self._passage_shown(self._initial_quote), id="note-passage-text")
            yield Input(
                self._initial_quote,
                placeholder="Quote (optional): exact words; empty = whole passage",
                select_on_focus=False,
                id="note-quote",
            )
            yield TextArea(self._initial_body, id="note-body", placeholder="Your note…")
            yield Static("", id="note-error")
            yield Static(Content(self._hint()), id="note-hint")
        yield Footer()

    def _hint(self) -> str:
        app = self.app
        return (f"{key_for(app, 'editor.save')} save · {key_for(app, 'editor.cancel')} cancel · "
                f"{key_for(app, 'editor.next')}: quote / note")

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """The editor's own keys only: the reader's and the app's (q, ?) mean typing here."""
        app = self.app
        return {key: b for key, b in super().active_bindings.items() if b.node is not app}

    def on_mount(self) -> None:
        self.focus_body()
        self._ready.set()
        if self.draft is not None:
            keep_alive(self.draft)
            self.set_interval(INTERVAL_S, self.draft.flush_due)

    def on_unmount(self) -> None:
        if self.draft is not None:
            self.draft.flush()
            let_go(self.draft)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self._keep_draft()

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.query_one("#note-passage-text", Static).update(self._passage_shown(event.value))
        self._keep_draft()

    def _passage_shown(self, quote: str) -> Content:
        """The passage, with the quote's words marked where they stand in it: a quote longer
        than its one-line field is read whole here."""
        shown = Content(clean(self.passage_text))
        words = clean(quote).strip()
        at = shown.plain.find(words) if words else -1
        return shown.stylize("reverse", at, at + len(words)) if at >= 0 else shown

    def _keep_draft(self) -> None:
        if self.draft is not None:
            self.draft.update(self.body, self.quote.strip() or None)

    async def ready(self, timeout: float = 5.0) -> None:
        """Until the editor is on screen with its body focused: the next key typed lands there."""
        try:
            await asyncio.wait_for(self._ready.wait(), timeout)
        except TimeoutError:
            pass  # never hold the keys up for good

    def focus_body(self) -> None:
        """The cursor at the end of the body, at once (keys right behind `a` land there)."""
        body = self.body_area
        if self.focused is not body:
            self.set_focus(body)
            body.move_cursor(body.document.end)

    @property
    def body_area(self) -> TextArea:
        return self.query_one("#note-body", TextArea)

    @property
    def quote_input(self) -> Input:
        return self.query_one("#note-quote", Input)

    @property
    def body(self) -> str:
        return self.body_area.text

    @property
    def quote(self) -> str:
        return self.quote_input.value

    @property
    def dirty(self) -> bool:
        """Would cancelling lose something typed?"""
        return self._started_dirty or (
            self.body.strip() != self._initial_body.strip()
            or self.quote.strip() != self._initial_quote.strip()
        )

    def action_save(self) -> None:
        body = self.body
        if not body.strip():
            cancel = key_for(self.app, "editor.cancel")
            self.show_error(f"The note is empty: write something, or press {cancel} to cancel.")
            return
        quote = self.quote.strip() or None
        try:
            note = self._save(body, quote)
        except (StoreError, NoteError) as e:
            self.show_error(f"Not saved: {e}")
            return
        except Exception as e:  # the text must survive any failure, even a bug
            self.show_error(f"Not saved: {type(e).__name__}: {e}")
            return
        self.drop_draft()
        self.dismiss(note)

    def drop_draft(self) -> None:
        if self.draft is not None:
            self.draft.discard()
            let_go(self.draft)

    def action_cancel(self) -> None:
        if not self.dirty:
            self.drop_draft()
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.drop_draft()
                self.dismiss(None)
            else:
                self.body_area.focus()

        self.app.push_screen(ConfirmScreen("Discard your changes? What you typed will be lost."), answered)

    def show_error(self, message: str) -> None:
        """Say why the note was not saved, in the editor, above its hint, wrapped to be read whole.

        (Not also as a notification: its toast would cover the editor's own words at 80x24.)"""
        self.error = message
        label = self.query_one("#note-error", Static)
        label.update(Content(clean(message)))
        label.add_class("-shown")
        self.app.bell()

