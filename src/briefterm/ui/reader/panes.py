"""Which pane is showing: the side panes behind 1–4 (or beside the passages; from 160
columns on the last two chosen, side by side), their tabs and counts.

The reader's panes are typed attributes of the screen (`passage_pane`,
`actors_pane`, `quotes_pane`, `questions_pane`, `notes_pane`); this module
switches between them and keeps the side panes on the selected passage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import ContentSwitcher

from briefterm.ui.widgets.pane_tabs import PaneTabs

if TYPE_CHECKING:
    from briefterm.ui.screens.reader import ReaderScreen


class PaneSwitch:
    """Shows one side pane at a time and keeps the tabs and the marks in step."""

    def __init__(self, reader: ReaderScreen) -> None:
        self._reader = reader
        self._notes_count: int | None = None
        self._recent: list[str] = ["actors"]  # the side panes chosen, latest last (two kept)

    def show(self, pane: str) -> None:
        """Show and focus a side pane ("actors", "quotes", "questions", "notes")."""
        reader = self._reader
        if not reader.panes_ready:
            reader.call_after_refresh(self.show, pane)
            return
        reader.query_one(ContentSwitcher).current = pane
        self._recent = [p for p in self._recent if p != pane][-1:] + [pane]
        self.show_two()
        for tabs in reader.query(PaneTabs):
            tabs.set_active(pane)
        reader.add_class("-side-open")
        reader.query_one(f"#{pane}").focus()

    def show_two(self) -> None:
        """From TWO_PANES columns on: the last two panes chosen, side by side (else one)."""
        reader = self._reader
        two = reader.has_class("-two-panes")
        switcher = reader.query_one(ContentSwitcher)
        for child in switcher.children:
            child.display = child.id == switcher.current or (two and child.id in self._recent)

    def passages(self) -> None:
        """Back to the passages (narrow: the side pane goes behind its key again)."""
        reader = self._reader
        reader.remove_class("-side-open")
        for tabs in reader.query(PaneTabs):
            tabs.set_active("passages")
        reader.passage_pane.focus()

    def resized(self) -> None:
        """Narrowed while a side pane has the keys: keep that pane on screen."""
        reader = self._reader
        if reader.panes_ready:
            self.show_two()
        focused = reader.focused
        if reader.narrow and focused is not None and focused is not reader.passage_pane:
            if any(a.id == "side" for a in focused.ancestors):
                reader.add_class("-side-open")

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
