"""Which pane is showing: the side panes behind 1–4 (or beside the passages; from 160
columns on the last two chosen, side by side), their tabs and counts.

The reader's panes are typed attributes of the screen (`passage_pane`,
`actors_pane`, `quotes_pane`, `questions_pane`, `notes_pane`); this module
switches between them and keeps the side panes on the selected passage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import ContentSwitcher

from briefterm.ui.widgets.pane_tabs import PANES, PaneTabs
from briefterm.ui.widgets.virtual_list import VirtualList

if TYPE_CHECKING:
    from briefterm.ui.screens.reader import ReaderScreen


_TITLES = {pane: title for _, pane, title in PANES}
_KEYS = {pane: key for key, pane, _ in PANES}


class PaneSwitch:
    """Shows one side pane at a time and keeps the tabs and the marks in step."""

    def __init__(self, reader: ReaderScreen) -> None:
        self._reader = reader
        self._notes_count: int | None = None
        self._recent: list[str] = ["actors"]  # the side panes chosen, latest last (two kept)

    async def show(self, pane: str) -> None:
        """Show and focus a side pane ("actors", "quotes", "questions", "notes"), at once:
        the next key typed goes to it (in the first moments, once the panes are mounted)."""
        reader = self._reader
        if not await reader.wait_for_panes():
            return
        reader.query_one(ContentSwitcher).current = pane
        self._recent = [p for p in self._recent if p != pane][-1:] + [pane]
        self.show_two()
        for tabs in reader.query(PaneTabs):
            tabs.set_active(pane)
        reader.add_class("-side-open")
        reader.set_focus(reader.query_one(f"#{pane}"))

    def show_two(self) -> None:
        """From TWO_PANES columns on: the last two panes chosen, side by side (else one)."""
        reader = self._reader
        two = reader.has_class("-two-panes")
        switcher = reader.query_one(ContentSwitcher)
        for child in switcher.children:
            child.display = child.id == switcher.current or (two and child.id in self._recent)
            child.border_title = f"{_KEYS[child.id]} {_TITLES[child.id]}" if child.id in _TITLES else None

    def passages(self) -> None:
        """Back to the passages (narrow: the side pane goes behind its key again)."""
        reader = self._reader
        reader.remove_class("-side-open")
        for tabs in reader.query(PaneTabs):
            tabs.set_active("passages")
        reader.set_focus(reader.passage_pane)

    def resized(self) -> None:
        """Narrowed while a side pane has the keys: keep that pane on screen."""
        reader = self._reader
        if reader.panes_ready:
            self.show_two()
        focused = reader.focused
        if reader.narrow and focused is not None and focused is not reader.passage_pane:
            if any(a.id == "side" for a in focused.ancestors):
                reader.add_class("-side-open")

    def item_jump(self, source: VirtualList, index: int) -> None:
        """`enter` on a side pane's item: to its passage (an actor: its first mention)."""
        reader = self._reader
        if source is reader.actors_pane:
            actor = reader.actors_pane.value_at(index)
            if actor is not None:
                reader.jump_to_actor(actor)
            return
        if source is reader.quotes_pane:
            quote = reader.quotes_pane.value_at(index)
            if quote is not None:
                reader.go_to_passage(quote.passage, offset=quote.start)
        elif source is reader.questions_pane:
            question = reader.questions_pane.value_at(index)
            if question is None:
                return
            if question.passage is None:
                reader.status.say("A curated question about the whole document: no passage to jump to.")
                return
            reader.go_to_passage(question.passage, offset=question.start)
        reader.after_jump()

    def follow_passage(self) -> None:
        """Mark what the selected passage holds; lists not in use scroll to its first item."""
        reader = self._reader
        passage = reader.selected_passage
        number = passage.index if passage is not None else None
        for pane in reader.side_lists:
            pane.follow_passage(number)
            if pane is not reader.actors_pane and not pane.has_focus:
                first = pane.first_marked()
                if first is not None:
                    pane.move_cursor(first, align="top")
        if reader.notes_pane is not None:
            reader.notes_pane.follow_passage(number)

    def set_notes_count(self, count: int) -> None:
        self._notes_count = count
        self.set_counts()

    def set_counts(self) -> None:
        """The tabs' counts: what the analysis found, and the notes."""
        counts: dict[str, int] = {}
        a = self._reader.analysis
        if a is not None:
            counts = {"actors": len(a.actors), "quotes": len(a.quotes), "questions": len(a.questions)}
        if self._notes_count is not None:
            counts["notes"] = self._notes_count
        for tabs in self._reader.query(PaneTabs):
            tabs.set_counts(counts)
