"""The Notes pane until notes arrive: it says how a note will be added."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from briefterm.model.types import Passage

HOW_TO = (
    "No notes yet.\n\n"
    "Press a to add a note to the selected passage. "
    "Notes are kept per document and survive edits to it."
)


class NotesPlaceholder(Static, can_focus=True):
    """Stands where the Notes pane will be; answers the notes keys with a message."""

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(Text(HOW_TO), id=id)

    def add_note(self, passage: Passage) -> None:
        self.app.notify(
            f"Notes are not available in this version yet (passage {passage.index}).",
            title="Notes",
            markup=False,
        )

    def edit_selected(self) -> None:
        self.app.notify("There are no notes to edit yet.", title="Notes", markup=False)

    def delete_selected(self) -> None:
        self.app.notify("There are no notes to delete yet.", title="Notes", markup=False)
