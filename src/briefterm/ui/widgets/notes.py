"""The Notes pane: every note of the document, orphans under their own heading.

Each note shows its passage number, first line and status; a quoted note its
quote, an orphan the text it was attached to. Notes of the passage selected in
the reader are marked. The pane only talks upward: `enter` posts Jump, `e`
Edit, `d` Delete (the app asks before deleting). Nothing shown is read as markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from briefterm.model.document import sanitise
from briefterm.model.notes import Note

_QUOTE_CHARS = 70
_EMPTY_HINT = "No notes yet. Select a passage and press a to add one."
_ORPHANS_HEADING = "Orphaned: their text is no longer in the document"


class NotesPane(OptionList):
    """A list of notes; the app handles Jump, Edit and Delete."""

    DEFAULT_CSS = """
    NotesPane {
        height: 1fr;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Jump", id="notes.jump"),
        Binding("e", "edit", "Edit", id="notes.edit"),
        Binding("d", "delete", "Delete", id="notes.delete"),
        Binding("j", "cursor_down", "Down", show=False, id="notes.down"),
        Binding("k", "cursor_up", "Up", show=False, id="notes.up"),
        Binding("g", "first", "First", show=False, id="notes.first"),
        Binding("G", "last", "Last", show=False, id="notes.last"),
    ]

    @dataclass
    class Jump(Message):
        """Go to the passage this note sits on (for an orphan: the one it last sat on)."""

        note_id: str
        passage: int | None

    @dataclass
    class Edit(Message):
        """Open the editor on this note."""

        note_id: str

    @dataclass
    class Delete(Message):
        """Delete this note (after asking the reader)."""

        note_id: str

    def __init__(
        self,
        notes: Sequence[Note] = (),
        *,
        current_passage: int | None = None,
        name: str | None = None,
        id: str | None = None,  # noqa: A002 - Textual's own name for it
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes, markup=False)
        self.border_title = "Notes"
        self._notes: list[Note] = []
        self._by_id: dict[str, Note] = {}
        self._current_passage = current_passage
        self.show_notes(notes)

    # -- what the app calls ------------------------------------------------------

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

    def set_current_passage(self, passage: int | None) -> None:
        """Mark the notes of the passage now selected in the reader."""
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

    # -- actions -----------------------------------------------------------------

    def action_edit(self) -> None:
        note = self.selected_note
        if note is not None:
            self.post_message(self.Edit(note.id))

    def action_delete(self) -> None:
        note = self.selected_note
        if note is not None:
            self.post_message(self.Delete(note.id))

    def _on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        note = self._by_id.get(event.option.id or "")
        if note is not None:
            self.post_message(self.Jump(note.id, note.passage))

    # -- rendering ---------------------------------------------------------------

    def _rebuild(self, keep: str | None) -> None:
        placed = [n for n in self._notes if not n.orphaned]
        orphans = [n for n in self._notes if n.orphaned]
        options: list[Option | None] = []
        if not self._notes:
            options.append(Option(Content(_EMPTY_HINT), disabled=True))
        options += [Option(self._prompt(n), id=n.id) for n in placed]
        if orphans:
            if placed:
                options.append(None)
            options.append(Option(Content.styled(_ORPHANS_HEADING, "bold"), disabled=True))
            options += [Option(self._prompt(n), id=n.id) for n in orphans]
        self.set_options(options)
        if keep is not None and keep in self._by_id:
            self.select_note(keep)
        elif placed or orphans:
            self.action_first()

    def _prompt(self, note: Note) -> Content:
        here = not note.orphaned and note.passage is not None and note.passage == self._current_passage
        number = "?" if note.passage is None else str(note.passage)
        if note.orphaned:
            number = f"was {number}"
        first = _plain(note.first_line) or "(empty note)"
        parts: list[str | Content | tuple[str, str]] = [
            ("▶ " if here else "  ", "bold $accent"),
            (f"¶{number} ", "bold"),
            first,
            (f"  {note.status}", _STATUS_STYLE[note.status]),
        ]
        if note.orphaned:
            parts += ["\n    ", (f"on “{_clip(note.anchor.exact)}”", "dim italic")]
        elif not note.whole_passage:
            parts += ["\n    ", (f"“{_clip(note.anchor.exact)}”", "dim")]
        return Content.assemble(*parts)


_STATUS_STYLE = {"anchored": "dim", "moved": "italic $warning", "orphaned": "bold $error"}


def _plain(text: str) -> str:
    return sanitise(text)[0]


def _clip(text: str) -> str:
    text = " ".join(_plain(text).split())
    return text if len(text) <= _QUOTE_CHARS else text[: _QUOTE_CHARS - 1] + "…"
