"""What the Notes pane and the reader say to each other.

The Notes pane (`ui/widgets/notes.py`, `NotesPane(id="notes")`) posts
`NotesChanged` whenever notes are added, edited, deleted or re-anchored; the
reader then marks those passages. The reader calls the pane's `add_note(passage)`,
`edit_selected()` and `delete_selected()` for the keys `a`, `e` and `d`, and jumps
when the pane posts `SideList.Jump` (with a `passage_at(index)` method giving the
1-based passage number of item `index`), or calls `ReaderScreen.go_to_passage`.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class NotesChanged(Message):
    """These passages (1-based numbers) carry notes; `count` notes in all."""

    passages: frozenset[int]
    count: int
