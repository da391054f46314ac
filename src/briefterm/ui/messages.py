"""Every message the reader's widgets post upward; the screen decides what they lead to.

- `CursorMoved`: a list's cursor is on a new item (the passage pane, a side pane).
- `ItemJump`: `enter` (or a click) on a side pane's item: go to its passage.
- `NoteJump`: `enter` on a note in the Notes pane: go to the passage it sits on.
- `NotesChanged`: notes were added, edited, deleted or re-anchored: mark their passages.
- `TabPicked`: a click on a pane's tab.
- `SearchCancelled`: `escape` in the search field.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from briefterm.ui.widgets.virtual_list import VirtualList


@dataclass
class _AtItem(Message):
    """Something about item `index` of the list `source`."""

    source: VirtualList
    index: int

    @property
    def control(self) -> VirtualList:
        return self.source


@dataclass
class CursorMoved(_AtItem):
    """The cursor of `source` is on item `index` now."""


@dataclass
class ItemJump(_AtItem):
    """The reader asked to go to item `index` of the side pane `source`."""


@dataclass
class NoteJump(Message):
    """Go to the passage this note sits on (None: an orphan with nowhere to go)."""

    note_id: str
    passage: int | None


@dataclass
class NotesChanged(Message):
    """These passages (1-based numbers) carry notes; `count` notes in all; `spans`:
    the words quoted notes sit on (document offsets), to underline."""

    passages: frozenset[int]
    count: int
    spans: tuple[tuple[int, int], ...] = ()


@dataclass
class TabPicked(Message):
    """A click on the tab of `pane` ("passages", "actors", "quotes", "questions", "notes")."""

    pane: str


@dataclass
class SearchCancelled(Message):
    """The reader gave up on this search (`escape` in the field)."""
