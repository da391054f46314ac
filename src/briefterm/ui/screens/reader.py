"""The reader screen: passages on the left, side panes on the right (or behind 1–4).

This module wires widgets together and turns keys into moves; the finding of
things (search hits, mention order) lives in plain functions elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import ContentSwitcher, Footer, Header, Input

from briefterm.core.text import clean
from briefterm.core.types import Actor, Document, Passage
from briefterm.ui.widgets.actors import ActorsPane
from briefterm.ui.widgets.pane_tabs import PANES, PaneTabs
from briefterm.ui.widgets.passages import PassagePane
from briefterm.ui.widgets.side_list import SideList
from briefterm.ui.widgets.status import StatusLine
from briefterm.ui.widgets.virtual_list import VirtualList

if TYPE_CHECKING:
    from briefterm.engine.analyse import Analysis
    from briefterm.ui.messages import NotesChanged
    from briefterm.ui.reader.mentions import MentionWalk
    from briefterm.ui.reader.search import Hit, Search
    from briefterm.ui.widgets.questions import QuestionsPane
    from briefterm.ui.widgets.quotes import QuotesPane
    from briefterm.ui.widgets.search_bar import SearchBar

Analyser = Callable[[Document, Any, list[Passage]], "Analysis"]

PANE_GROUP = Binding.Group("Panes", compact=True)
MENTION_GROUP = Binding.Group("Mentions", compact=True)
NARROW = 100  # below this many columns the side panes go behind 1–4


def make_notes_pane() -> Widget:
    from briefterm.ui.widgets.notes import NotesPane

    return NotesPane(id="notes")


def default_analyser(document: Document, brief: Any, passages: list[Passage]) -> Analysis:
    from briefterm.engine.analyse import analyse

    return analyse(document, brief, passages=passages)


class ReaderScreen(Screen[None]):
    """The full-screen brief of one document."""

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (NARROW, "-wide")]

    BINDINGS: ClassVar[list[BindingType]] = [
        # `/` and `a` are priority bindings: their actions finish (search field or editor
        # focused) before the next key is handled, so keys typed in one burst are not lost.
        Binding("slash", "search", "Search", id="search", priority=True,
                tooltip="Search the text, case-insensitive, highlighted as you type"),
        Binding("n", "search_step(True)", "Next hit", show=False, id="search_next",
                tooltip="Next search hit (wraps round the end)"),
        Binding("N", "search_step(False)", "Previous hit", show=False, id="search_previous",
                tooltip="Previous search hit (wraps round the start)"),
        Binding("1", "show_pane('actors')", "Actors", group=PANE_GROUP, id="pane_actors",
                tooltip="Show and focus the Actors pane"),
        Binding("2", "show_pane('quotes')", "Quotes", group=PANE_GROUP, id="pane_quotes",
                tooltip="Show and focus the Quotes pane"),
        Binding("3", "show_pane('questions')", "Questions", group=PANE_GROUP, id="pane_questions",
                tooltip="Show and focus the Questions pane"),
        Binding("4", "show_pane('notes')", "Notes", group=PANE_GROUP, id="pane_notes",
                tooltip="Show and focus the Notes pane"),
        Binding("0,escape", "passages", "Passages", show=False, id="passages",
                tooltip="Back to the passages"),
        Binding("right_square_bracket", "mention(1)", "Mention", group=MENTION_GROUP,
                id="mention_next", tooltip="Next mention of the selected actor"),
        Binding("left_square_bracket", "mention(-1)", "Mention", group=MENTION_GROUP,
                id="mention_previous", tooltip="Previous mention of the selected actor"),
        Binding("s", "toggle_glosses", "Glosses", show=False, id="glosses",
                tooltip="Show or hide the brief's one-line gloss of each passage"),
        Binding("a", "add_note", "Note", id="note_add", priority=True,
                tooltip="Add a note to the selected passage"),
        Binding("e", "edit_note", "Edit note", show=False, id="note_edit",
                tooltip="Edit the note selected in the Notes pane"),
        Binding("d", "delete_note", "Delete note", show=False, id="note_delete",
                tooltip="Delete the note selected in the Notes pane (asks first)"),
    ]

    def __init__(
        self,
        document: Document,
        brief: Any = None,
        *,
        analyser: Analyser = default_analyser,
        notes_path: str | None = None,
    ) -> None:
        super().__init__()
        from briefterm.engine.passages import document_passages

        self.document = document
        self.brief = brief
        self.notes_path = notes_path
        self.analysis: Analysis | None = None
        self._analyser = analyser
        passages = document_passages(document)
        glosses = brief.glosses_for(document.text, passages) if brief is not None else {}
        for p in passages:  # the brief's glosses are found in the text at once: show them
            p.gloss = glosses.get(p.index)
        self._passages: Sequence[Passage] = passages
        self._search: Search | None = None
        self._hit: Hit | None = None
        self._search_before: tuple[Search | None, Hit | None] = (None, None)
        self._search_origin = 0
        self._walk: MentionWalk | None = None
        self._note = Text("")
        self._note_at = -1
        self._notes_count: int | None = None
        self._panes_ready = False
        self.sub_title = clean(document.title)  # set before mounting: no retitling after the first frame

    # ----- layout

    def compose(self) -> ComposeResult:
        # The breakpoint class now, not on the first resize: saves restyling every widget.
        narrow = self.app.size.width < NARROW
        self.set_class(narrow, "-narrow")
        self.set_class(not narrow, "-wide")
        yield Header(show_clock=False, icon="")
        yield PaneTabs(with_passages=True, id="tabs-narrow", classes="pane-tabs")
        with Horizontal(id="body"):
            yield PassagePane(self._passages, id="passages")
            with Vertical(id="side"):
                yield PaneTabs(id="tabs", classes="pane-tabs")
                with ContentSwitcher(initial="actors", id="switcher"):
                    # The other panes are not on the first screen: mounted after it.
                    yield ActorsPane(id="actors")
        yield StatusLine(id="status")
        yield Footer()

    @property
    def passage_pane(self) -> PassagePane:
        return self.query_one("#passages", PassagePane)

    @property
    def actors_pane(self) -> ActorsPane:
        return self.query_one("#actors", ActorsPane)

    @property
    def quotes_pane(self) -> QuotesPane:
        from briefterm.ui.widgets.quotes import QuotesPane

        return self.query_one("#quotes", QuotesPane)

    @property
    def questions_pane(self) -> QuestionsPane:
        from briefterm.ui.widgets.questions import QuestionsPane

        return self.query_one("#questions", QuestionsPane)

    @property
    def selected_passage(self) -> Passage | None:
        pane = self.passage_pane
        return pane.passages[pane.cursor] if pane.passages else None

    def on_mount(self) -> None:
        self.passage_pane.focus()
        self._show_status()
        # Paint first; then the hidden panes, and the analysis in the background.
        self.call_after_refresh(self._after_first_paint)

    async def _after_first_paint(self) -> None:
        from briefterm.ui.widgets.questions import QuestionsPane
        from briefterm.ui.widgets.quotes import QuotesPane

        panes = [QuotesPane(id="quotes"), QuestionsPane(id="questions"), make_notes_pane()]
        switcher = self.query_one(ContentSwitcher)
        for pane in panes:  # the switcher hides only the children it started with
            pane.display = pane.id == switcher.current
        await switcher.mount_all(panes)
        self._panes_ready = True
        self._follow_passage()
        self._analyse()

    def _side_lists(self) -> list[SideList]:
        return list(self.query_one(ContentSwitcher).query_children(SideList))

    # ----- analysis in the background

    @work(thread=True, exclusive=True, group="analysis", exit_on_error=False)
    def _analyse(self) -> None:
        copies = [replace(p) for p in self._passages]  # the pane keeps drawing its own
        try:
            analysis = self._analyser(self.document, self.brief, copies)
        except Exception as error:  # noqa: BLE001 - the reader stays useful without it
            self.app.call_from_thread(self._analysis_failed, error)
            return
        self.app.call_from_thread(self.show_analysis, analysis)

    def _analysis_failed(self, error: Exception) -> None:
        self.app.notify(f"Analysis failed ({type(error).__name__}); the passages are still here.",
                        severity="error", markup=False)
        for pane in self._side_lists():
            pane.set_empty_text("Analysis failed.")
        self._note = Text("analysis failed", style="bold red")
        self._show_status(busy=False)

    def show_analysis(self, analysis: Analysis) -> None:
        """Fill the panes with what the engine (and the brief) found."""
        self.analysis = analysis
        self._passages = analysis.passages
        self.passage_pane.set_passages(analysis.passages)
        self.sub_title = clean(analysis.document.title)
        self.actors_pane.show_actors(analysis.actors)
        self.quotes_pane.show_quotes(analysis.quotes)
        self.questions_pane.show_questions(analysis.questions)
        self._set_tab_counts()
        self._follow_passage()
        chosen = self._walk.actor if self._walk is not None else None
        if chosen is not None:  # the reader's choice survives a fresh analysis
            index = self.actors_pane.index_of(chosen.id)
            self._select_actor(self.actors_pane.actor_at(index) if index is not None else None)
        self._show_status(busy=False)

    @property
    def analysing(self) -> bool:
        return self.analysis is None

    # ----- status

    def _show_status(self, busy: bool | None = None) -> None:
        pane = self.passage_pane
        n = len(pane.passages)
        left = Text.assemble((f" ¶ {pane.cursor + 1 if n else 0}/{n}", "bold"))
        passage = self.selected_passage
        if passage is not None and passage.kind != "body":
            left.append(f" {passage.kind}", "dim")
        if self._search is not None:
            left.append("  /", "dim")
            left.append(clean(self._search.query))
            if not self._search:
                left.append(" no hits", "bold")
            elif self._hit is None:
                count = self._search.total
                left.append(f" {count} hit{'s' if count != 1 else ''}", "dim")
            else:
                left.append(f" {self._search.ordinal(self._hit)}/{self._search.total}", "bold")
        if self._note:
            left.append("  ")
            left.append_text(self._note)
        elif isinstance(self.focused, SideList) and passage is not None:
            left.append(f"  ● marks what is in ¶ {passage.index}", "dim")
        busy = self.analysing if busy is None else busy
        right = Text("analysing… ", style="italic") if busy else Text("")
        self.query_one(StatusLine).show(left, right)

    def _say(self, note: str | Text) -> None:
        """A short remark on the status line (replaced by the next one)."""
        self._note = note if isinstance(note, Text) else Text(note, style="dim")
        self._note_at = self.passage_pane.cursor  # kept until the reader moves on
        self._show_status()

    def on_descendant_focus(self) -> None:
        self._show_status()

    # ----- following the selected passage

    @on(VirtualList.CursorMoved, "#passages")
    def _passage_moved(self, event: VirtualList.CursorMoved) -> None:
        event.stop()
        if event.index != self._note_at:
            self._note = Text("")
        self._follow_passage()
        self._show_status()

    def _follow_passage(self) -> None:
        passage = self.selected_passage
        number = passage.index if passage is not None else None
        for pane in self._side_lists():
            pane.follow_passage(number)
            if not isinstance(pane, ActorsPane) and not pane.has_focus:
                first = pane.first_marked()
                if first is not None:
                    pane.move_cursor(first, align="top")
        follow = getattr(self._notes(), "follow_passage", None) if self._panes_ready else None
        if callable(follow):
            follow(number)

    @on(VirtualList.CursorMoved, "#actors")
    def _actor_moved(self, event: VirtualList.CursorMoved) -> None:
        event.stop()
        # Only the reader's own move chooses an actor (not the list being filled).
        if self.actors_pane.has_focus:
            self._select_actor(self.actors_pane.selected_actor)

    def _select_actor(self, actor: Actor | None) -> None:
        """Highlight this actor's mentions; `]` and `[` will walk them (None: no actor chosen)."""
        from briefterm.ui.reader.mentions import MentionWalk

        self._walk = MentionWalk(actor) if actor is not None else None
        self.passage_pane.set_mentions(self._walk.spans if self._walk is not None else None)

    # ----- panes

    def action_show_pane(self, pane: str) -> None:
        if not self._panes_ready:
            self.call_after_refresh(self.action_show_pane, pane)
            return
        self.query_one(ContentSwitcher).current = pane
        for tabs in self.query(PaneTabs):
            tabs.set_active(pane)
        self.add_class("-side-open")
        self.query_one(f"#{pane}").focus()

    def action_passages(self) -> None:
        self.remove_class("-side-open")
        for tabs in self.query(PaneTabs):
            tabs.set_active("passages")
        self.passage_pane.focus()

    @on(PaneTabs.Picked)
    def _tab_picked(self, event: PaneTabs.Picked) -> None:
        if event.pane == "passages":
            self.action_passages()
        else:
            self.action_show_pane(event.pane)

    @property
    def narrow(self) -> bool:
        return self.has_class("-narrow")

    def on_resize(self) -> None:
        # Narrowed while a side pane has the keys: keep that pane on screen.
        focused = self.focused
        if self.narrow and focused is not None and focused is not self.passage_pane:
            if any(a.id == "side" for a in focused.ancestors):
                self.add_class("-side-open")

    def _after_jump(self) -> None:
        if self.narrow:
            self.action_passages()

    @on(SideList.Jump)
    def _jump(self, event: SideList.Jump) -> None:
        event.stop()
        source = event.source
        if isinstance(source, ActorsPane):
            actor = source.actor_at(event.index)
            if actor is None or not actor.mentions:
                self._say("This actor has no mentions to jump to.")
                return
            self._select_actor(actor)
            self._go_to_mention(self._walk.first() if self._walk else None)
        elif source.id == "quotes":
            quote = self.quotes_pane.quote_at(event.index)
            if quote is not None:
                self.go_to_passage(quote.passage, offset=quote.start)
        elif source.id == "questions":
            question = self.questions_pane.question_at(event.index)
            if question is None:
                return
            if question.passage is None:
                self._say("A curated question about the whole document: no passage to jump to.")
                return
            self.go_to_passage(question.passage, offset=question.start)
        else:
            # Another pane (notes): its items' passages, by the same rule.
            passage = getattr(source, "passage_at", lambda i: None)(event.index)
            if passage is not None:
                self.go_to_passage(passage)
                self._after_jump()
            return
        self._after_jump()

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

    # ----- search

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # The priority keys `/` and `a` are plain characters while a text field has the focus.
        if action in ("search", "add_note") and isinstance(self.focused, Input):
            return False
        return True

    async def action_search(self) -> None:
        from briefterm.ui.widgets.search_bar import SearchBar

        self._search_origin = self.passage_pane.cursor
        self._search_before = (self._search, self._hit)
        bars = self.query(SearchBar)
        bar = bars.first() if bars else SearchBar(id="search")
        if not bars:
            await self.mount(bar, before=self.query_one(StatusLine))
        bar.display = True
        bar.value = ""
        self.set_focus(bar)  # now, not later: the next key of a burst goes to the field

    def _search_bar(self) -> SearchBar | None:
        from briefterm.ui.widgets.search_bar import SearchBar

        bars = self.query(SearchBar)
        return bars.first() if bars else None

    def _close_search_bar(self) -> None:
        bar = self._search_bar()
        if bar is not None:
            bar.display = False
        self.passage_pane.focus()

    def _set_search(self, result: Search | None, hit: Hit | None) -> None:
        self._search, self._hit = result, hit
        self.passage_pane.set_search(result, hit)
        self._show_status()

    def on_input_changed(self, event: Any) -> None:
        if event.input is not self._search_bar():
            return
        query = event.value
        from briefterm.ui.reader.search import Search

        result = Search(self.document.text, self.passage_pane.passages, query) if query else None
        self._set_search(result, None)

    def on_input_submitted(self, event: Any) -> None:
        if event.input is not self._search_bar():
            return
        event.stop()
        self._close_search_bar()
        query = event.value
        if not query:
            self._set_search(None, None)
            return
        from briefterm.ui.reader.search import Search

        result = self._search if self._search is not None and self._search.query == query else None
        result = result or Search(self.document.text, self.passage_pane.passages, query)
        found = result.first_after_passage(self._search_origin)
        if found is None:  # the status line already says "no hits": once is enough
            self._note = Text("")
            self._set_search(result, None)
            return
        self._show_hit(result, *found)

    def on_search_bar_cancelled(self, event: Any) -> None:
        self._close_search_bar()
        self._set_search(*self._search_before)

    def action_search_step(self, forward: bool) -> None:
        result = self._search
        if result is None:
            self._say("No search yet: press / to search.")
            return
        if not result:  # "/query no hits" is on the status line already
            self._note = Text("")
            self._show_status()
            self.app.bell()
            return
        cursor = self.passage_pane.cursor
        if self._hit is not None and self._hit.passage == cursor:
            found = result.step(self._hit, forward)
        else:
            found = result.nearest_from(cursor, forward)
        if found is not None:
            self._show_hit(result, *found, forward)

    def _show_hit(self, result: Search, hit: Hit, wrapped: bool, forward: bool = True) -> None:
        self._set_search(result, hit)
        self.go_to_passage(hit.passage + 1, offset=hit.start)
        self._note = Text("")
        self._note_at = -1
        if wrapped:
            self._say("search wrapped to the top" if forward else "search wrapped to the bottom")
        else:
            self._show_status()

    # ----- mentions of the selected actor

    def action_mention(self, step: int) -> None:
        walk = self._walk
        if walk is None or walk.actor is None:
            self._say("Pick an actor first: press 1")
            return
        if not walk.mentions:
            self._say("This actor has no mentions.")
            return
        passage = self.selected_passage
        assert passage is not None
        self._go_to_mention(walk.step(passage, step))

    def _go_to_mention(self, found: tuple[int, bool] | None) -> None:
        if found is None:
            return
        position, wrapped = found
        walk = self._walk
        assert walk is not None and walk.actor is not None
        mention = walk.mentions[position]
        self.go_to_passage(mention.passage, offset=mention.start)
        note = Text.assemble((clean(walk.actor.name), "bold"), f" mention {position + 1}/{len(walk.mentions)}")
        if wrapped:
            note.append(" (wrapped)", "dim")
        self._say(note)

    # ----- glosses and notes

    def action_toggle_glosses(self) -> None:
        pane = self.passage_pane
        pane.set_show_glosses(not pane.show_glosses)
        self._say("glosses shown" if pane.show_glosses else "glosses hidden")

    def _notes(self) -> Any:
        return self.query_one("#notes")

    async def action_add_note(self) -> None:
        if not self._panes_ready:
            return
        passage = self.selected_passage
        if passage is None:
            self._say("This document is empty: there is no passage to add a note to.")
            return
        mounted = self._notes().add_note(passage)
        if mounted is not None:  # wait for the editor, so keys typed right after `a` reach it
            await mounted
            from briefterm.ui.screens.note_editor import NoteEditor

            if isinstance(self.app.screen, NoteEditor):
                self.app.screen.focus_body()

    def action_edit_note(self) -> None:
        if not self._panes_ready:
            return
        self._notes().edit_selected()

    def action_delete_note(self) -> None:
        if not self._panes_ready:
            return
        self._notes().delete_selected()

    def set_noted_passages(self, numbers: Iterable[int], count: int | None = None) -> None:
        """Hook for the notes pane: these passages (1-based) carry notes (`count` notes)."""
        noted = frozenset(numbers)
        self.passage_pane.set_noted(noted)
        self._notes_count = len(noted) if count is None else count
        self._set_tab_counts()

    def _set_tab_counts(self) -> None:
        counts: dict[str, int] = {}
        a = self.analysis
        if a is not None:
            counts = {"actors": len(a.actors), "quotes": len(a.quotes), "questions": len(a.questions)}
        if self._notes_count is not None:
            counts["notes"] = self._notes_count
        for tabs in self.query(PaneTabs):
            tabs.set_counts(counts)

    def on_notes_pane_jump(self, event: Any) -> None:
        """The Notes pane asks to go to a note's passage (None: an orphan with nowhere to go)."""
        event.stop()
        passage = getattr(event, "passage", None)
        if passage is None:
            self._say("This note has lost its place in the text: no passage to jump to.")
            return
        self.go_to_passage(passage)
        self._after_jump()

    def on_notes_changed(self, event: NotesChanged) -> None:
        """From the Notes pane (`ui/notes_hooks.py`): these passages carry notes."""
        event.stop()
        self.set_noted_passages(event.passages, event.count)

    # ----- command palette

    def palette_commands(self) -> Iterable[tuple[str, str, Callable[[], object]]]:
        for key, pane, title in PANES:
            yield (f"Show {title}", f"key {key}", self._shower(pane))
        yield ("Back to the passages", "key 0 or escape", self.action_passages)
        yield ("Search the text", "key /", self.action_search)
        yield ("First passage", "key g", lambda: self.passage_pane.action_first())
        yield ("Last passage", "key G", lambda: self.passage_pane.action_last())
        yield ("Show or hide glosses", "key s", self.action_toggle_glosses)
        yield ("Add a note to the selected passage", "key a", self.action_add_note)
        yield ("Export the brief as Markdown", "writes <name>.export.md in the current folder",
               lambda: self.export("markdown"))
        yield ("Export the brief as JSON", "writes <name>.export.json in the current folder",
               lambda: self.export("json"))
        yield ("Help: every key", "key ?", lambda: self.app.run_action("help"))
        if self.analysis is not None:
            for actor in self.actors_pane_actors():
                yield (f"Jump to actor: {clean(actor.name)}", "its first mention", self._jumper(actor))

    def _shower(self, pane: str) -> Callable[[], None]:
        return lambda: self.action_show_pane(pane)

    def _jumper(self, actor: Actor) -> Callable[[], None]:
        return lambda: self.jump_to_actor(actor)

    def actors_pane_actors(self) -> list[Actor]:
        pane = self.actors_pane
        return [a for i in range(len(pane.items)) if (a := pane.actor_at(i)) is not None]

    def jump_to_actor(self, actor: Actor) -> None:
        """Select the actor (its mentions highlighted) and go to its first mention."""
        pane = self.actors_pane
        index = pane.index_of(actor.id)
        if index is not None:
            pane.move_cursor(index)
        self._select_actor(actor)
        self._go_to_mention(self._walk.first() if self._walk else None)

    def export(self, fmt: str) -> None:
        from briefterm.store.atomic import StoreError
        from briefterm.ui.reader.export import export_brief

        if self.analysis is None:
            self.app.notify("Still analysing: try again in a moment.", markup=False)
            return
        try:
            path = export_brief(self.analysis, fmt, getattr(self._notes(), "notes", ()))
        except (OSError, StoreError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            self.app.notify(f"Export failed: {reason}", severity="error", markup=False)
            return
        self.app.notify(f"Brief written to {path}", title="Export", markup=False)


__all__ = ["ReaderScreen", "default_analyser"]
