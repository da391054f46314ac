"""The analyst's workbench in the reader: selecting words (`v`), correcting the
analysis (`c`, `u`), and the analysis worker that applies the corrections.

`WorkbenchActions` is mixed into the reader screen: its actions run the keys
of `WORKBENCH_BINDINGS`; the state lives in `Selecting` and `Correcting`, made
in the screen's `__init__`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from rich.text import Text
from textual.binding import Binding

from briefterm.core.text import clean

if TYPE_CHECKING:
    from briefterm.brief.model import ActorEntry, Brief, Correction, QuoteEntry
    from briefterm.core.types import Document, Passage
    from briefterm.engine.analyse import Analysis
    from briefterm.ui.reader.corrections import Corrections
    from briefterm.ui.reader.selection import Selection
    from briefterm.ui.screens.reader import ReaderScreen

WORKBENCH_BINDINGS = [
    Binding("v", "select", "Select", show=False, id="select",
            tooltip="Select words of the passage (its first sentence to begin with)"),
    Binding("right_parenthesis", "select_sentence(1)", "Next sentence", show=False, id="select_next_sentence",
            tooltip="While selecting: select the next sentence"),
    Binding("left_parenthesis", "select_sentence(-1)", "Previous sentence", show=False,
            id="select_previous_sentence", tooltip="While selecting: select the previous sentence"),
    Binding("l", "select_end(1)", "End right", show=False, id="select_end_right",
            tooltip="While selecting: move the selection's end a word right"),
    Binding("h", "select_end(-1)", "End left", show=False, id="select_end_left",
            tooltip="While selecting: move the selection's end a word left"),
    Binding("L", "select_start(1)", "Start right", show=False, id="select_start_right",
            tooltip="While selecting: move the selection's start a word right"),
    Binding("H", "select_start(-1)", "Start left", show=False, id="select_start_left",
            tooltip="While selecting: move the selection's start a word left"),
    Binding("y", "select_copy", "Copy", show=False, id="select_copy",
            tooltip="While selecting: copy the selected words to the clipboard"),
    Binding("c", "correct", "Correct", show=False, id="correct",
            tooltip="In Actors or Quotes: correct the selected actor or quote"),
    Binding("u", "undo_correction", "Undo", show=False, id="correct_undo",
            tooltip="Undo the last correction of the analysis"),
]
_WHILE_SELECTING = {"select_sentence", "select_end", "select_start", "select_copy"}


class Selecting:
    """The `v` selection: None, or a span of words in the selected passage."""

    def __init__(self, reader: ReaderScreen) -> None:
        self._reader = reader
        self.selection: Selection | None = None

    @property
    def active(self) -> bool:
        return self.selection is not None

    def start(self) -> None:
        reader = self._reader
        passage = reader.selected_passage
        if passage is None:
            reader.status.say("This document is empty: nothing to select.")
            return
        from briefterm.ui.reader.selection import Selection

        reader.switch.passages()
        self.selection = Selection(reader.document.text, passage)
        self._show()

    def stop(self) -> None:
        self.selection = None
        self._reader.passage_pane.set_selection(None)
        self._reader.status.say("selection ended")

    def _show(self) -> None:
        sel = self.selection
        if sel is None:
            return
        self._reader.passage_pane.set_selection((sel.start, sel.end))
        words = " ".join(sel.words_selected.split())
        shown = words if len(words) <= 50 else words[:49] + "…"
        from briefterm.ui.keymap import key_for

        app = self._reader.app
        keys = f" {key_for(app, 'note_add')} note · {key_for(app, 'select_copy')} copy · escape end"
        self._reader.status.say(Text.assemble(("SELECT ", "bold reverse"), f"“{clean(shown)}”", (keys, "dim")))

    def moved(self, ok: bool) -> None:
        if ok:
            self._show()
        else:
            self._reader.app.bell()
            self._show()

    def sentence(self, step: int) -> None:
        """`)` / `(`: the next / previous sentence, on into the next / previous passage."""
        sel = self.selection
        if sel is None:
            return
        if sel.sentence(step):
            self._show()
            return
        reader = self._reader
        passages = reader.passage_pane.passages
        position = sel.passage.index - 1 + step
        if not 0 <= position < len(passages):
            self.moved(False)
            return
        from briefterm.ui.reader.selection import Selection

        reader.go_to_passage(position + 1)
        self.selection = Selection(reader.document.text, passages[position])
        if step < 0:
            last = self.selection.sentences[-1]
            self.selection.start, self.selection.end = last.start, last.end
        self._show()

    def copy(self) -> None:
        sel = self.selection
        if sel is None:
            return
        words = sel.words_selected
        self._reader.app.copy_to_clipboard(words)
        self._reader.status.say(f"copied {len(words)} characters to the clipboard")

    async def add_note(self) -> None:
        """`a` while selecting: a note anchored to exactly the selected words."""
        sel = self.selection
        notes = self._reader.notes_pane
        if sel is None or notes is None:
            return
        self.selection = None
        self._reader.passage_pane.set_selection(None)
        self._reader.status.clear()
        editor = notes.add_note_at(sel.passage.index, sel.start, sel.end)
        if editor is not None:  # the keys typed right after `a` reach the editor
            await editor.ready()


class Correcting:
    """`c` and `u`: correction forms for the selected actor or quote, saved at once."""

    def __init__(self, reader: ReaderScreen, enabled: bool) -> None:
        self._reader = reader
        self._enabled = enabled
        self._corrections: Corrections | None = None
        self.warned: set[str] = set()  # brief and correction warnings already shown
        self._names: dict[str, str] = {}  # actor id -> name, see _actor_names

    @property
    def corrections(self) -> Corrections:
        """The document's corrections, opened when first needed (not before the first paint:
        the notes store and its lock are imported then)."""
        if self._corrections is None:
            from briefterm.ui.reader.corrections import Corrections

            self._corrections = Corrections(self._reader.document, self._reader.notes_path, self._enabled)
        return self._corrections

    def correct(self) -> None:
        from briefterm.ui.screens.correct import ActorCorrection, QuoteCorrection

        reader = self._reader
        analysis = reader.analysis
        if not self.corrections.enabled:
            from briefterm.ui.reader.corrections import OFF

            reader.status.say(OFF)
            return
        if analysis is None:
            reader.status.say("Still analysing: try again in a moment.")
            return
        if reader.focused is reader.actors_pane and (actor := reader.actors_pane.selected) is not None:
            reader.app.push_screen(ActorCorrection(actor, analysis.actors), self._saved)
        elif reader.focused is reader.quotes_pane and (quote := reader.quotes_pane.selected) is not None:
            reader.app.push_screen(QuoteCorrection(quote, reader.document.text, analysis.actors), self._saved)
        else:
            from briefterm.ui.keymap import key_for

            app = reader.app
            reader.status.say(f"{key_for(app, 'correct')} corrects the actor or quote selected in Actors "
                              f"({key_for(app, 'pane_actors')}) or Quotes ({key_for(app, 'pane_quotes')}).")

    def _saved(self, entry: ActorEntry | QuoteEntry | None) -> None:
        from briefterm.store.atomic import StoreError

        reader = self._reader
        if entry is None:
            reader.status.say("No correction made.")
            return
        try:
            correction = self.corrections.save(entry)
        except StoreError as e:
            reader.app.notify(f"Correction not saved: {e}", severity="error", markup=False)
            return
        from briefterm.ui.keymap import key_for

        said = correction.describe(self._actor_names())
        reader.status.say(f"Corrected: {said} ({key_for(reader.app, 'correct_undo')} undoes it)")
        start_analysis(reader)

    def _actor_names(self) -> dict[str, str]:
        """Actor id -> the name it was first seen with, for saying what a correction did:
        "X renamed Y" keeps X's old name when undone, an actor merged away is still named."""
        analysis = self._reader.analysis
        for actor in analysis.actors if analysis is not None else []:
            self._names.setdefault(actor.id, clean(actor.name))
        return self._names

    def undo(self) -> None:
        from briefterm.store.atomic import StoreError

        reader = self._reader
        if not self.corrections.enabled:
            from briefterm.ui.reader.corrections import OFF

            reader.status.say(OFF)
            return
        try:
            undone: Correction | None = self.corrections.undo()
        except StoreError as e:
            reader.app.notify(f"Nothing undone: {e}", severity="error", markup=False)
            return
        if undone is None:
            reader.status.say("No correction to undo.")
            return
        reader.status.say(f"Undone: {undone.describe(self._actor_names())}")
        start_analysis(reader)


class WorkbenchActions:
    """The reader's actions for the workbench keys (mixed into ReaderScreen)."""

    selecting: Selecting
    correcting: Correcting

    def workbench_allows(self, action: str) -> bool:
        """The selection's own keys act only while selecting (else `l`, `h`... pass on)."""
        return action not in _WHILE_SELECTING or self.selecting.active

    def action_select(self) -> None:
        self.selecting.start()

    def action_select_sentence(self, step: int) -> None:
        self.selecting.sentence(step)

    def action_select_end(self, step: int) -> None:
        sel = self.selecting.selection
        self.selecting.moved(sel is not None and sel.move_end(step))

    def action_select_start(self, step: int) -> None:
        sel = self.selecting.selection
        self.selecting.moved(sel is not None and sel.move_start(step))

    def action_select_copy(self) -> None:
        self.selecting.copy()

    def action_correct(self) -> None:
        self.correcting.correct()

    def action_undo_correction(self) -> None:
        self.correcting.undo()


def default_analyser(document: Document, brief: Brief | None, passages: list[Passage]) -> Analysis:
    """The engine (imported in the worker, after the first paint), then the brief."""
    from briefterm.engine.analyse import analyse

    return analyse(document, brief, passages=passages)


def start_analysis(reader: ReaderScreen) -> None:
    """Analyse in a worker thread (engine, brief, then the reader's corrections) and
    show the result; a failure leaves the passages usable."""

    def work() -> None:
        copies = [replace(p) for p in reader.passages]  # the pane keeps drawing its own
        try:
            analysis = reader.analyser(reader.document, reader.brief, copies)
            warnings = reader.correcting.corrections.apply(analysis)
        except Exception as error:  # noqa: BLE001 - the reader stays useful without it
            reader.app.call_from_thread(_failed, reader, error)
            return
        analysis.brief_warnings += warnings
        reader.app.call_from_thread(_landed, reader, analysis)

    reader.run_worker(work, thread=True, exclusive=True, group="analysis", exit_on_error=False)


def read_brief(reader: ReaderScreen) -> None:
    """The brief beside the document, read just after the first paint (YAML is not on the way
    to it) and shown at once: its title and glosses. A broken one is said in one line and
    the engine's findings shown without it (as when a document is opened with `o`)."""
    from briefterm.brief.curated import BriefError, find_brief
    from briefterm.ui.reader.opening import shown_title

    try:
        brief = find_brief(reader.document.path)
    except BriefError as e:
        reader.app.notify(f"{clean(str(e))} (shown without the brief)", title="Brief", severity="warning",
                          timeout=10, markup=False)
        return
    if brief is not None:
        reader.brief = brief
        brief.place_glosses(reader.document.text, reader.passages)
        reader.passage_pane.set_passages(reader.passages)
        reader.sub_title = clean(shown_title(reader.document, brief))


def _landed(reader: ReaderScreen, analysis: Analysis) -> None:
    reader.show_analysis(analysis)
    warned = reader.correcting.warned
    for warning in analysis.brief_warnings:
        if warning not in warned:  # each said once, not after every correction
            warned.add(warning)
            reader.app.notify(warning, title="Brief", severity="warning", timeout=10, markup=False)


def _failed(reader: ReaderScreen, error: Exception) -> None:
    reader.analysis_failed = True
    reader.app.notify(f"Analysis failed ({type(error).__name__}); the passages are still here.",
                      severity="error", markup=False)
    for pane in reader.side_lists:
        pane.set_empty_text("Analysis failed.")
    reader.status.say(Text("analysis failed", style="bold red"))
    reader.status.show(busy=False)
