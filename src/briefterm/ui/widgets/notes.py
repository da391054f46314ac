"""The Notes pane: every note of the document, orphans under their own heading.

Each note shows its passage number, its status when not simply anchored, the
words it is on (an orphan: the text it was attached to) and its whole body. Notes of the passage selected in
the reader are marked. Nothing shown is ever read as markup.

The pane also runs the notes flows, so the reader only calls it:
`add_note(passage)` (key `a`), `edit_selected()` (`e`), `delete_selected()`
(`d`, after a confirmation). It saves through a `DocumentNotes` given to the
constructor or `bind_notes()`, or else opened on mount (in the background) from
the `document` and `notes_path` it was given. It posts `NotesChanged` whenever
the set of notes changes, and `NoteJump` on `enter` (both in `ui/messages.py`).
A failed save keeps the editor open with the text in it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from briefterm.core.text import clean
from briefterm.core.types import Document, Passage
from briefterm.notes.note import Note, utc_now
from briefterm.store.atomic import StoreError
from briefterm.store.drafts import Draft, DraftKeeper
from briefterm.store.notes_store import DocumentNotes
from briefterm.ui.keymap import key_for
from briefterm.ui.messages import NoteJump, NotesChanged

if TYPE_CHECKING:
    from briefterm.ui.screens.note_editor import NoteEditor

_QUOTE_CHARS = 70
_UNAVAILABLE = "Notes are not available for this document."
_ORPHANS_HEADING = "Orphaned: their text is no longer in the document"



class NotesPane(OptionList):
    """A list of the document's notes, and the add / edit / delete flows."""

    DEFAULT_CSS = """
    NotesPane {
        height: 1fr;
    }
    """

    # The same ids as the reader's and the other lists' keys: one keymap entry remaps them all.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Jump", show=False, id="jump", tooltip="Jump to the note's passage"),
        # Priority, as the reader's own `e` is: else the reader's (hidden) one would take its place
        # in the footer; the reader's runs first and edits this pane's selected note.
        Binding("e", "edit", "Edit", id="note_edit", priority=True, tooltip="Edit the selected note"),
        Binding("d", "delete", "Delete", id="note_delete", tooltip="Delete the selected note (asks first)"),
        Binding("j,down", "cursor_down", "Down", show=False, id="next"),
        Binding("k,up", "cursor_up", "Up", show=False, id="previous"),
        Binding("g,home", "first", "First", show=False, id="first"),
        Binding("G,end", "last", "Last", show=False, id="last"),
        Binding("space,pagedown", "page_down", "Page down", show=False, id="page_down"),
        Binding("b,pageup", "page_up", "Page up", show=False, id="page_up"),
    ]

    def __init__(
        self,
        notes: DocumentNotes | None = None,
        *,
        document: Document | None = None,
        notes_path: str | None = None,
        current_passage: int | None = None,
        name: str | None = None,
        id: str | None = None,  # noqa: A002 - Textual's own name for it
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes, markup=False)
        self.border_title = "Notes"
        self.book: DocumentNotes | None = notes
        self._document = document
        self._notes_path = notes_path
        self._notes: list[Note] = []
        self._by_id: dict[str, Note] = {}
        self._current_passage = current_passage
        self._unavailable = False  # no notes to show: no document to open them from
        self._rebuild(None)

    # -- binding to a document's notes ---------------------------------------------

    def on_mount(self) -> None:
        if self.book is not None:
            self.bind_notes(self.book)
            return
        if self._document is None:
            self._unavailable = True
            self._rebuild(None)
        else:
            # Segmenting a big document takes a moment: not on the UI thread.
            self._open_in_background(self._document, self._notes_path)

    @work(thread=True, exclusive=True, group="notes-open", exit_on_error=False)
    def _open_in_background(self, document: Document, notes_path: str | None) -> None:
        book = _open_notes(document, notes_path)
        self.app.call_from_thread(self._opened, book)

    def _opened(self, book: DocumentNotes) -> None:
        if self.book is None:  # `a` may have opened them already
            self.bind_notes(book)

    def _open_now(self) -> None:
        if self._document is not None and self.book is None:
            self.bind_notes(_open_notes(self._document, self._notes_path))

    def bind_notes(self, notes: DocumentNotes) -> None:
        """Show and work on these notes (tells the user what the store had to do), and
        offer back a draft left from last time."""
        self.book = notes
        for warning in notes.take_warnings():
            self.app.notify(warning, title="Notes", severity="warning", timeout=15, markup=False)
        self._refresh_from_book()
        from briefterm.ui.reader.drafting import offer_draft

        offer_draft(self)

    def _refresh_from_book(self, select: str | None = None) -> None:
        book = self.book
        if book is None:
            return
        self.show_notes(book.notes)
        if select is not None:
            self.select_note(select)
        spans = tuple((n.anchor.start, n.anchor.end) for n in book.notes if not n.orphaned and not n.whole_passage)
        self.post_message(NotesChanged(frozenset(book.passages_with_notes()), len(book.notes), spans))

    # -- showing -------------------------------------------------------------------

    @property
    def notes(self) -> list[Note]:
        return list(self._notes)

    def show_notes(self, notes: Sequence[Note], current_passage: int | None = None) -> None:
        """Show `notes` (in the order given; orphans are gathered at the end),
        keeping the highlighted note if it is still there."""
        if current_passage is not None:
            self._current_passage = current_passage
        keep = self.selected_note_id
        self._notes = list(notes)
        self._by_id = {n.id: n for n in self._notes}
        self._rebuild(keep)

    def follow_passage(self, passage: int | None) -> None:
        """Mark the notes of the passage now selected in the reader (1-based)."""
        if passage == self._current_passage:
            return
        self._current_passage = passage
        self._rebuild(self.selected_note_id)

    def select_note(self, note_id: str) -> bool:
        """Highlight a note by id; False if it is not listed."""
        try:
            self.highlighted = self.get_option_index(note_id)
        except OptionDoesNotExist:
            return False
        return True

    @property
    def selected_note_id(self) -> str | None:
        option = self.highlighted_option
        if option is None or option.id is None or option.id not in self._by_id:
            return None
        return option.id

    @property
    def selected_note(self) -> Note | None:
        note_id = self.selected_note_id
        return self._by_id.get(note_id) if note_id else None

    # -- the flows the reader calls ------------------------------------------------

    def add_note(self, passage: Passage | int, body: str = "", quote: str = "") -> NoteEditor | None:
        """Open the editor for a new note on this passage (a Passage or its number).

        Returns the editor, for a caller that must not let the next keys arrive
        before it can take them (`await editor.ready()`); None: no editor opened.
        """
        book = self._book_or_say()
        if book is None:
            return None
        number = passage if isinstance(passage, int) else passage.index
        if not 1 <= number <= len(book.passages):
            self._say(f"There is no passage {number} to add a note to.")
            return None
        from briefterm.ui.screens.note_editor import NoteEditor

        def save(body: str, quote: str | None) -> Note:
            return book.add(number, body, quote)

        keeper = self._keeper(Draft(number, body, utc_now(), quote=quote or None))
        editor = NoteEditor(number, book.passages[number - 1].text, save, body=body, quote=quote, draft=keeper,
                            dirty=bool(body))
        self.app.push_screen(editor, self._after_edit)
        return editor

    def add_note_at(self, number: int, start: int, end: int, body: str = "") -> NoteEditor | None:
        """The editor for a new note on exactly text[start:end] (a `v` selection) in passage
        `number`; if the quote field is changed, the note goes on those words instead."""
        book = self._book_or_say()
        if book is None or not 1 <= number <= len(book.passages):
            return None
        from briefterm.ui.screens.note_editor import NoteEditor

        selected = book.text[start:end]

        def save(text: str, quote: str | None) -> Note:
            if quote is not None and quote == selected.strip():
                return book.add_at(number, text, start, end)
            return book.add(number, text, quote)

        keeper = self._keeper(Draft(number, body, utc_now(), start=start, end=end, quote=selected.strip()))
        editor = NoteEditor(number, book.passages[number - 1].text, save, quote=selected.strip(), body=body,
                            draft=keeper, dirty=bool(body))
        self.app.push_screen(editor, self._after_edit)
        return editor

    def _keeper(self, draft: Draft) -> DraftKeeper | None:
        return DraftKeeper(self.book.path, draft) if self.book is not None else None

    def _selected_or_say(self) -> Note | None:
        note = self.selected_note
        if note is None:
            add, pane = key_for(self.app, "note_add"), key_for(self.app, "pane_notes")
            self._say(f"No notes yet: press {add} on a passage to add one." if not self._notes
                      else f"No note selected: press {pane} and pick one.")
        return note

    def edit_selected(self) -> NoteEditor | None:
        if (note := self._selected_or_say()) is not None:
            return self.edit_note(note.id)
        return None

    def edit_note(self, note_id: str, body: str | None = None) -> NoteEditor | None:
        """Open the editor on a note; its text (or `body`, a draft of it) and quote are filled in."""
        book = self._book_or_say()
        note = book.get(note_id) if book is not None else None
        if book is None or note is None:
            return None
        from briefterm.ui.screens.note_editor import NoteEditor

        def save(body: str, quote: str | None) -> Note:
            return book.edit(note_id, body, quote)

        if note.orphaned:
            title = f"Orphaned note (was on passage {note.passage}): the text it was on"
            shown = note.anchor.exact
        else:
            title = f"Edit note on passage {note.passage}"
            shown = book.passages[note.passage - 1].text if note.passage else note.anchor.exact
        quote = "" if note.whole_passage else note.anchor.exact
        keeper = self._keeper(Draft(note.passage or 0, note.body, utc_now(), note_id=note.id))
        editor = NoteEditor(note.passage or 0, shown, save, body=body if body is not None else note.body,
                            quote=quote, title=title, draft=keeper, dirty=body is not None)
        self.app.push_screen(editor, self._after_edit)
        return editor

    def delete_selected(self) -> None:
        if (note := self._selected_or_say()) is not None:
            self.delete_note(note.id)

    def delete_note(self, note_id: str) -> None:
        """Delete a note after asking."""
        book = self._book_or_say()
        note = book.get(note_id) if book is not None else None
        if book is None or note is None:
            return
        from briefterm.ui.screens.confirm import ConfirmScreen

        def answered(yes: bool | None) -> None:
            if not yes:
                self._say("Note kept.")  # no (the default on enter) is an answer too: say so
                return
            try:
                book.delete(note_id)
            except StoreError as e:
                self.app.notify(f"Not deleted: {e}", title="Notes", severity="error", markup=False)
                return
            self._refresh_from_book()
            self._say("Note deleted.")

        where = f"passage {note.passage}" if note.passage else "no passage"
        first = _clip(note.first_line) or "(empty note)"
        self.app.push_screen(ConfirmScreen(f"Delete this note on {where}?\n\n{first}"), answered)

    def _after_edit(self, note: Note | None) -> None:
        if note is None:
            return
        self._refresh_from_book(select=note.id)
        self._say(f"Note saved on passage {note.passage}.")

    def _book_or_say(self) -> DocumentNotes | None:
        if self.book is None:
            self._open_now()
        if self.book is None:
            self._say(_UNAVAILABLE)
        return self.book

    def _say(self, message: str) -> None:
        self.app.notify(message, title="Notes", markup=False)

    # -- keys ----------------------------------------------------------------------

    def action_edit(self) -> None:
        self.edit_selected()

    def action_delete(self) -> None:
        self.delete_selected()

    def _on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        note = self._by_id.get(event.option.id or "")
        if note is not None:
            self.post_message(NoteJump(note.id, note.passage))

    # -- rendering -----------------------------------------------------------------

    def _rebuild(self, keep: str | None) -> None:
        placed = [n for n in self._notes if not n.orphaned]
        orphans = [n for n in self._notes if n.orphaned]
        options: list[Option | None] = []
        if not self._notes:
            hint = _UNAVAILABLE if self._unavailable and self.book is None else \
                f"No notes yet. Select a passage and press {key_for(self.app, 'note_add')} to add one."
            options.append(Option(Content(hint), disabled=True))
        options += [Option(self._prompt(n), id=n.id) for n in placed]
        if orphans:
            if placed:
                options.append(None)
            options.append(Option(Content.styled(_ORPHANS_HEADING, "bold"), disabled=True))
            options += [Option(self._prompt(n), id=n.id) for n in orphans]
        self.set_options(options)
        if keep is not None and keep in self._by_id:
            self.select_note(keep)
        elif self._notes:
            self.action_first()

    def _prompt(self, note: Note) -> Content:
        """Passage, status, the quote it is on, then the whole body (every line of it)."""
        here = not note.orphaned and note.passage is not None and note.passage == self._current_passage
        number = "?" if note.passage is None else str(note.passage)
        if note.orphaned:
            number = f"was {number}"
        parts: list[str | tuple[str, str]] = [("● " if here else "  ", "bold"), (f"¶{number}", "bold")]
        if note.status != "anchored":  # the usual case goes unsaid; only trouble is shown
            parts.append((f"  {note.status}", _STATUS_STYLE[note.status]))
        if note.orphaned:
            parts.append((f"  on “{_clip(note.anchor.exact)}”", "dim italic"))
        elif not note.whole_passage:
            parts.append((f"  “{_clip(note.anchor.exact)}”", "dim"))
        lines = [clean(line).rstrip() for line in note.body.strip("\n").split("\n")] or [""]
        if not any(lines):
            lines = ["(empty note)"]
        for line in lines:
            parts += ["\n    ", line]
        return Content.assemble(*parts)


_STATUS_STYLE = {"anchored": "dim", "moved": "italic", "orphaned": "bold reverse"}


def _open_notes(document: Document, notes_path: str | None) -> DocumentNotes:
    from briefterm.engine.passages import document_passages

    book = DocumentNotes.open(document, document_passages(document), notes_path)
    try:
        book.record_places()  # the notes file says where each note sits in this text
    except StoreError as e:
        book.store.warn(str(e))
    return book



def _clip(text: str) -> str:
    text = " ".join(clean(text).split())
    return text if len(text) <= _QUOTE_CHARS else text[: _QUOTE_CHARS - 1] + "…"
