"""The reader screen: passages on the left, side panes on the right (or behind 1–4).

This module lays the screen out, holds the panes (typed) and turns keys and messages
into moves. Each job has its own module under `ui/reader/`: search, mentions (`]`/`[`),
status (the status line's words), panes (which one shows), commands (the palette), export.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import ContentSwitcher, Footer, Header, Input

from briefterm.core.text import clean
from briefterm.core.types import Actor, Document, Passage, Question, Quote
from briefterm.ui.messages import CursorMoved, ItemJump, NoteJump, NotesChanged, SearchCancelled, TabPicked
from briefterm.ui.reader.mentions import Mentions
from briefterm.ui.reader.opening import shown_title
from briefterm.ui.reader.panes import PaneSwitch
from briefterm.ui.reader.search import Searching
from briefterm.ui.reader.status import Status
from briefterm.ui.reader.workbench import WORKBENCH_BINDINGS, Correcting, Selecting, WorkbenchActions, default_analyser
from briefterm.ui.widgets.actors import actors_pane
from briefterm.ui.widgets.byline import byline
from briefterm.ui.widgets.pane_tabs import PaneTabs
from briefterm.ui.widgets.passages import PassagePane
from briefterm.ui.widgets.side_list import SideList
from briefterm.ui.widgets.status import StatusLine

if TYPE_CHECKING:
    from briefterm.brief.curated import Brief
    from briefterm.engine.analyse import Analysis
    from briefterm.ui.widgets.notes import NotesPane

Analyser = Callable[[Document, "Brief | None", list[Passage]], "Analysis"]

PANE_GROUP = Binding.Group("Panes", compact=True)
MENTION_GROUP = Binding.Group("Mentions", compact=True)
NARROW = 100  # below this many columns the side panes go behind 1–4
TWO_PANES = 160  # from this many columns on, the last two side panes chosen show side by side


class ReaderScreen(WorkbenchActions, Screen[None]):
    """The full-screen brief of one document."""

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (NARROW, "-wide"), (TWO_PANES, "-two-panes")]

    # 1-4 are not in the footer: the tabs above the panes show them, and the footer keeps room for q and ?.
    BINDINGS: ClassVar[list[BindingType]] = [
        # `/`, `a`, `e` and 1-4 are priority bindings: their actions finish (search field, editor
        # or pane focused) before the next key is handled, so keys typed in one burst are not lost.
        Binding("slash", "search", "Search", id="search", priority=True,
                tooltip="Search the text, case-insensitive, highlighted as you type"),
        Binding("n", "search_step(True)", "Next hit", show=False, id="search_next",
                tooltip="Next search hit (wraps round the end)"),
        Binding("N", "search_step(False)", "Previous hit", show=False, id="search_previous",
                tooltip="Previous search hit (wraps round the start)"),
        Binding("1", "show_pane('actors')", "Actors", group=PANE_GROUP, show=False, priority=True, id="pane_actors",
                tooltip="Show Actors: the people, countries and bodies in the text"),
        Binding("2", "show_pane('quotes')", "Quotes", group=PANE_GROUP, show=False, priority=True, id="pane_quotes",
                tooltip="Show Quotes: who said what"),
        Binding("3", "show_pane('questions')", "Questions", group=PANE_GROUP, show=False, priority=True,
                id="pane_questions",
                tooltip="Show Questions: what the text asks, and the brief's questions"),
        Binding("4", "show_pane('notes')", "Notes", group=PANE_GROUP, show=False, priority=True, id="pane_notes",
                tooltip="Show Notes: every note on this document"),
        Binding("0,escape", "passages", "Passages", show=False, id="passages",
                tooltip="Back to the passages"),
        Binding("right_square_bracket", "mention(1)", "Mention", group=MENTION_GROUP,
                id="mention_next", tooltip="Next mention of the selected actor"),
        Binding("left_square_bracket", "mention(-1)", "Mention", group=MENTION_GROUP,
                id="mention_previous", tooltip="Previous mention of the selected actor"),
        Binding("s", "toggle_glosses", "Glosses", show=False, id="glosses",
                tooltip="Show or hide the brief's one-line gloss of each passage"),
        Binding("a", "add_note", "Note", id="note_add", priority=True,
                tooltip="Add a note to the selected passage (while selecting: on the selected words)"),
        Binding("e", "edit_note", "Edit note", show=False, id="note_edit", priority=True,
                tooltip="Edit the note selected in the Notes pane"),
        Binding("d", "delete_note", "Delete note", show=False, id="note_delete",
                tooltip="Delete the note selected in the Notes pane (asks first)"),
        *WORKBENCH_BINDINGS,  # v and the selection's keys, c, u (ui/reader/workbench.py)
    ]

    def __init__(
        self,
        document: Document,
        brief: Brief | None = None,
        *,
        analyser: Analyser = default_analyser,
        notes_path: str | None = None,
        no_brief: bool = False,
        find_brief: bool = False,
    ) -> None:
        super().__init__()
        from briefterm.engine.passages import document_passages
        from briefterm.ui.widgets.questions import questions_pane
        from briefterm.ui.widgets.quotes import quotes_pane

        self.document = document
        self.brief = brief
        self.notes_path = notes_path
        self.analysis: Analysis | None = None
        self.analysis_failed = False
        self.analyser = analyser
        self.find_brief = find_brief  # read just after the first paint; one handed in shows at once
        passages = document_passages(document)
        if brief is not None:
            brief.place_glosses(document.text, passages)
        self.passages: Sequence[Passage] = passages
        self.passage_pane = PassagePane(passages, emphasis=document.emphasis, id="passages")
        self.actors_pane: SideList[Actor] = actors_pane()
        # Not on the first screen: mounted after it (the notes pane is made then, too).
        self.quotes_pane: SideList[Quote] = quotes_pane()
        self.questions_pane: SideList[Question] = questions_pane()
        self.notes_pane: NotesPane | None = None
        self._panes_mounted = asyncio.Event()
        self.status = Status(self)
        self.searching = Searching(self)
        self.mentions = Mentions(self)
        self.switch = PaneSwitch(self)
        self.selecting = Selecting(self)
        self.correcting = Correcting(self, enabled=not no_brief)
        self.sub_title = clean(shown_title(document, brief))  # set before mounting: no retitling after the first frame

    # ----- layout

    def compose(self) -> ComposeResult:
        # The breakpoint class now, not on the first resize: saves restyling every widget.
        narrow = self.app.size.width < NARROW
        self.set_class(narrow, "-narrow")
        self.set_class(NARROW <= self.app.size.width < TWO_PANES, "-wide")
        self.set_class(self.app.size.width >= TWO_PANES, "-two-panes")
        yield Header(show_clock=False, icon="")
        yield from byline(self.document)  # a web page's author, site and date
        yield PaneTabs(with_passages=True, id="tabs-narrow", classes="pane-tabs")
        with Horizontal(id="body"):
            yield self.passage_pane
            with Vertical(id="side"):
                yield PaneTabs(id="tabs", classes="pane-tabs")
                with ContentSwitcher(initial="actors", id="switcher"):
                    yield self.actors_pane
        yield StatusLine(id="status")
        yield Footer()

    @property
    def selected_passage(self) -> Passage | None:
        pane = self.passage_pane
        return pane.passages[pane.cursor] if pane.passages else None

    @property
    def side_lists(self) -> list[SideList[Actor] | SideList[Quote] | SideList[Question]]:
        return [self.actors_pane, self.quotes_pane, self.questions_pane]

    def on_mount(self) -> None:
        self.passage_pane.focus()
        self.status.show()
        # Paint first; then the hidden panes, and the analysis in the background.
        self.call_after_refresh(self._after_first_paint)

    async def _after_first_paint(self) -> None:
        from briefterm.ui.reader.workbench import read_brief, start_analysis
        from briefterm.ui.widgets.notes import NotesPane

        if self.find_brief:
            read_brief(self)  # its glosses in the next frame, before anything else moves

        self.notes_pane = NotesPane(document=self.document, notes_path=self.notes_path, id="notes")
        panes: list[Widget] = [self.quotes_pane, self.questions_pane, self.notes_pane]
        switcher = self.query_one(ContentSwitcher)
        for pane in panes:  # the switcher hides only the children it started with
            pane.display = False
        await switcher.mount_all(panes)
        self._panes_mounted.set()
        self.switch.follow_passage()
        start_analysis(self)  # engine, brief, corrections, in a worker (ui/reader/workbench.py)
        from briefterm.ui.app import BriefApp

        if isinstance(self.app, BriefApp):
            self.app.reader_shown(self)  # keymap, warnings, library: not needed for the first paint

    @property
    def panes_ready(self) -> bool:
        return self._panes_mounted.is_set()

    async def wait_for_panes(self, timeout: float = 5.0) -> bool:
        """Until every side pane is mounted (just after the first paint); False if that never came."""
        try:
            await asyncio.wait_for(self._panes_mounted.wait(), timeout)
        except TimeoutError:
            return False
        return True

    # ----- analysis (in the background: ui/reader/workbench.py)

    def show_analysis(self, analysis: Analysis) -> None:
        """Fill the panes with what the engine (and the brief) found."""
        self.analysis = analysis
        self.passages = analysis.passages
        self.passage_pane.set_passages(analysis.passages)
        self.sub_title = clean(shown_title(analysis.document, self.brief))
        self.actors_pane.show(analysis.actors)
        self.quotes_pane.show(analysis.quotes)
        self.questions_pane.show(analysis.questions)
        self.switch.set_counts()
        self.switch.follow_passage()
        chosen = self.mentions.actor
        if chosen is not None:  # the reader's choice survives a fresh analysis
            index = self.actors_pane.index_where(lambda a: a.id == chosen.id)
            self.mentions.choose(self.actors_pane.value_at(index) if index is not None else None)
        self.status.show(busy=False)

    @property
    def analysing(self) -> bool:
        return self.analysis is None and not self.analysis_failed

    # ----- keys and focus

    def on_key(self, event: events.Key) -> None:
        self.status.clear()  # a remark lasts until the next key (priority keys clear it in their action)

    def on_descendant_focus(self) -> None:
        self.status.show()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # The priority keys `/` and `a` are plain characters while a text field has the focus.
        if action in ("search", "add_note", "edit_note", "show_pane") and isinstance(self.focused, Input):
            return False
        return self.workbench_allows(action)

    # ----- following the selected passage

    @on(CursorMoved, "#passages")
    def _passage_moved(self, event: CursorMoved) -> None:
        event.stop()
        self.switch.follow_passage()
        self.status.show()

    @on(CursorMoved, "#actors")
    def _actor_moved(self, event: CursorMoved) -> None:
        event.stop()
        # Only the reader's own move chooses an actor (not the list being filled).
        if self.actors_pane.has_focus:
            self.mentions.choose(self.actors_pane.selected)

    # ----- panes (ui/reader/panes.py)

    async def action_show_pane(self, pane: str) -> None:
        self.status.clear()
        await self.switch.show(pane)

    def action_passages(self) -> None:
        if self.selecting.active:  # escape ends selecting first
            self.selecting.stop()
            return
        self.searching.forget_failed()  # a search that found nothing leaves the status line
        self.switch.passages()

    @on(TabPicked)
    async def _tab_picked(self, event: TabPicked) -> None:
        if event.pane == "passages":
            self.action_passages()
        else:
            await self.action_show_pane(event.pane)

    @property
    def narrow(self) -> bool:
        return self.has_class("-narrow")

    def on_resize(self) -> None:
        self.switch.resized()

    def after_jump(self) -> None:
        """A jump from a side pane landed: under 100 columns, the passages come back."""
        if self.narrow:
            self.action_passages()

    @on(ItemJump)
    def _jump(self, event: ItemJump) -> None:
        event.stop()
        self.switch.item_jump(event.source, event.index)

    def jump_to_actor(self, actor: Actor) -> None:
        """Select the actor (its mentions highlighted) and go to its first mention."""
        index = self.actors_pane.index_where(lambda a: a.id == actor.id)
        if index is not None:
            self.actors_pane.move_cursor(index)
        self.mentions.jump_to(actor)
        if actor.mentions:
            self.after_jump()

    def go_to_passage(self, number: int, *, offset: int | None = None, align: str = "nearest") -> None:
        """Select passage `number` (1-based), showing the row with `offset` if given."""
        pane = self.passage_pane
        index = number - 1
        if not 0 <= index < len(pane.passages):
            return
        hidden = self.narrow and self.has_class("-side-open")
        if hidden:
            self.action_passages()  # a jump from a side pane: the passages come back
        row = pane.row_of_offset(index, offset) if offset is not None else 0
        pane.move_cursor(index, align=align, offset_row=row)  # hidden: it scrolls once shown
        if not hidden and offset is not None:
            # Make sure the row itself is on screen (a long passage may hide it).
            pane.scroll_to_item(index, offset_row=row)

    # ----- search and mentions (ui/reader/search.py, ui/reader/mentions.py)

    async def action_search(self) -> None:
        self.status.clear()
        await self.searching.open()

    def action_search_step(self, forward: bool) -> None:
        self.searching.step(forward)

    def on_input_changed(self, event: Input.Changed) -> None:
        if self.searching.owns(event.input):
            self.searching.typed(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if self.searching.owns(event.input):
            event.stop()
            self.searching.submitted(event.value)

    def on_search_cancelled(self, event: SearchCancelled) -> None:
        self.searching.cancelled()

    def action_mention(self, step: int) -> None:
        self.mentions.step(step)

    # ----- glosses and notes

    def action_toggle_glosses(self) -> None:
        pane = self.passage_pane
        if not any(p.gloss for p in pane.passages):
            self.status.say("This document has no glosses: its brief gives none.")
            return
        pane.set_show_glosses(not pane.show_glosses)
        self.status.say("glosses shown" if pane.show_glosses else "glosses hidden")

    async def action_add_note(self) -> None:
        self.status.clear()
        await self.wait_for_panes()  # `a` in the first moments: the notes pane comes just after the first paint
        notes = self.notes_pane
        if notes is None:
            return
        if self.selecting.active:  # a note on exactly the selected words
            await self.selecting.add_note()
            return
        passage = self.selected_passage
        if passage is None:
            self.status.say("This document is empty: there is no passage to add a note to.")
            return
        editor = notes.add_note(passage)
        if editor is not None:  # wait for the editor, so keys typed right after `a` reach it
            await editor.ready()

    async def action_edit_note(self) -> None:
        self.status.clear()
        await self.wait_for_panes()
        editor = self.notes_pane.edit_selected() if self.notes_pane is not None else None
        if editor is not None:  # as for `a`: keys typed right after `e` reach the editor
            await editor.ready()

    def action_delete_note(self) -> None:
        if self.notes_pane is not None:
            self.notes_pane.delete_selected()

    def set_noted_passages(self, numbers: Iterable[int], count: int | None = None) -> None:
        """These passages (1-based) carry notes (`count` notes in all)."""
        noted = frozenset(numbers)
        self.passage_pane.set_noted(noted)
        self.switch.set_notes_count(len(noted) if count is None else count)

    def on_note_jump(self, event: NoteJump) -> None:
        """The Notes pane asks to go to a note's passage (None: an orphan with nowhere to go)."""
        event.stop()
        if event.passage is None:
            self.status.say("This note has lost its place in the text: no passage to jump to.")
            return
        self.go_to_passage(event.passage)
        self.after_jump()

    def on_notes_changed(self, event: NotesChanged) -> None:
        event.stop()
        self.set_noted_passages(event.passages, event.count)
        self.passage_pane.set_note_spans(event.spans)


__all__ = ["ReaderScreen"]
