"""Pilot tests for the workbench keys: v and the selection's keys, c and u, the draft
offer, and search in notes and glosses."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from briefterm.store.drafts import Draft, DraftKeeper, draft_path
from briefterm.store.notes_store import NotesStore
from briefterm.ui.app import BriefApp
from briefterm.ui.screens.correct import ActorCorrection, QuoteCorrection
from briefterm.ui.screens.draft_offer import DraftOffer
from briefterm.ui.screens.note_editor import NoteEditor

from .fakes import document, fake_analysis
from .helpers import screen_text, settled, status, until

SECOND = "Mayor Anna Berg opened the session with a warning about the water."


def make_app(tmp_path: Path, no_brief: bool = False) -> BriefApp:
    return BriefApp(document(), None, analyser=fake_analysis, notes_path=str(tmp_path / "notes.yaml"),
                    no_brief=no_brief)


def _selected(app: BriefApp) -> str:
    span = app.reader.passage_pane.selection
    assert span is not None
    return app.document.text[span[0] : span[1]]


async def _notes_ready(pilot: Pilot[object], app: BriefApp) -> None:
    await settled(pilot)
    await until(pilot, lambda: app.reader.notes_pane is not None and app.reader.notes_pane.book is not None,
                "the notes opened")


# ----- v: selecting words ------------------------------------------------------------------


async def test_v_then_paren_then_a_anchors_a_note_to_exactly_the_second_sentence(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await _notes_ready(pilot, app)
        await pilot.press("j", "v")
        assert _selected(app).startswith("The council of Ostby") and "SELECT" in status(app)
        await pilot.press("right_parenthesis")
        assert _selected(app) == SECOND
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, NoteEditor), "the editor opened")
        await pilot.press(*"why?", "ctrl+s")
        await until(pilot, lambda: not isinstance(app.screen, NoteEditor), "the editor closed")
        (note,) = NotesStore(tmp_path / "notes.yaml").load()
        assert (note.anchor.exact, note.passage, note.body) == (SECOND, 2, "why?")
        assert app.reader.passage_pane.selection is None  # selecting ended with the note
        assert (note.anchor.start, note.anchor.end) in app.reader.passage_pane.note_spans


async def test_words_move_the_ends_and_paren_crosses_passages(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await _notes_ready(pilot, app)
        await pilot.press("j", "v", "right_parenthesis", "h", "h")
        assert _selected(app) == "Mayor Anna Berg opened the session with a warning about"
        await pilot.press("L", "L")
        assert _selected(app) == "Berg opened the session with a warning about"
        await pilot.press("H", "l")
        assert _selected(app) == "Anna Berg opened the session with a warning about the"
        await pilot.press("right_parenthesis")  # the last sentence: on into the next passage
        assert app.reader.passage_pane.cursor == 2 and _selected(app).startswith("Berg said the town")
        await pilot.press("left_parenthesis")
        assert app.reader.passage_pane.cursor == 1 and _selected(app) == SECOND


async def test_y_copies_the_selection_and_escape_ends_it(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await _notes_ready(pilot, app)
        await pilot.press("j", "v", "y")
        assert app.clipboard == "The council of Ostby met on Monday to argue about the river."
        assert "copied 60 characters" in status(app)
        await pilot.press("escape")
        assert app.reader.passage_pane.selection is None and "selection ended" in status(app)
        cursor = app.reader.passage_pane.cursor
        await pilot.press("l", "h", "y")  # the selection's keys do nothing when not selecting
        assert app.reader.passage_pane.selection is None and app.reader.passage_pane.cursor == cursor


# ----- c and u: corrections -----------------------------------------------------------------


async def _rename_first_actor(pilot: Pilot[object], app: BriefApp, name: str) -> None:
    await pilot.press("1", "c")
    await until(pilot, lambda: isinstance(app.screen, ActorCorrection), "the actor form opened")
    assert isinstance(app.focused, Input) and app.focused.id == "correct-name"
    await pilot.press("ctrl+u", *name, "enter")
    await until(pilot, lambda: not isinstance(app.screen, ActorCorrection), "the form closed")


def _first_actor_name(app: BriefApp) -> str:
    actor = app.reader.actors_pane.value_at(0)
    assert actor is not None
    return actor.name


async def test_c_renames_an_actor_u_undoes_it_also_after_a_relaunch(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        await _rename_first_actor(pilot, app, "Anna B. Berg")
        await until(pilot, lambda: _first_actor_name(app) == "Anna B. Berg", "the actor renamed")
        assert "Corrected: Anna Berg renamed Anna B. Berg (u undoes it)" in status(app)
        assert app.reader.actors_pane.value_at(0).id == "anna-berg"  # type: ignore[union-attr]
        await pilot.press("u")
        await until(pilot, lambda: _first_actor_name(app) == "Anna Berg", "the rename undone")
        assert "Undone: Anna Berg renamed Anna B. Berg" in status(app)
        await _rename_first_actor(pilot, app, "Anna B. Berg")
        await until(pilot, lambda: _first_actor_name(app) == "Anna B. Berg", "renamed again")
    again = make_app(tmp_path)
    async with again.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        await until(pilot, lambda: _first_actor_name(again) == "Anna B. Berg", "still renamed after a relaunch")
        await pilot.press("u")
        await until(pilot, lambda: _first_actor_name(again) == "Anna Berg", "the rename undone")
        assert "Undone: the rename to Anna B. Berg" in status(again)
        await pilot.press("u")
        assert "No correction to undo." in status(again)


async def test_c_on_a_quote_sets_its_speaker(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        await pilot.press("2", "j", "c")  # the second quote: “ambitious”, nobody's
        await until(pilot, lambda: isinstance(app.screen, QuoteCorrection), "the quote form opened")
        await pilot.press(*"Piet Vos", "ctrl+s")
        await until(pilot, lambda: app.reader.analysis is not None
                    and app.reader.analysis.quotes[1].speaker == "piet-vos", "the speaker set")
        assert app.reader.analysis is not None and app.reader.analysis.quotes[1].corrected


@pytest.mark.parametrize("key", ["c", "u"])
async def test_with_no_brief_corrections_are_off(tmp_path: Path, key: str) -> None:
    app = make_app(tmp_path, no_brief=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        await pilot.press("1", key)
        assert "Corrections are off" in status(app) and not isinstance(app.screen, ActorCorrection)


async def test_c_outside_actors_and_quotes_says_where_it_works(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        await pilot.press("c")
        assert "c corrects the actor or quote selected in Actors (1) or Quotes (2)." in status(app)


# ----- drafts --------------------------------------------------------------------------------


def _leave_draft(tmp_path: Path) -> None:
    keeper = DraftKeeper(tmp_path / "notes.yaml", Draft(3, "", "2026-01-01T14:02:00.000Z"))
    keeper.update("why would Nordland pay?\nsecond line")


async def test_a_draft_left_behind_is_offered_and_enter_continues_it(tmp_path: Path) -> None:
    _leave_draft(tmp_path)
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, DraftOffer), "the draft offered")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, NoteEditor), "the editor on the draft")
        assert isinstance(app.screen, NoteEditor) and app.screen.body == "why would Nordland pay?\nsecond line"
        assert app.screen.passage_no == 3
        await pilot.press("ctrl+s")
        await until(pilot, lambda: not isinstance(app.screen, NoteEditor), "saved")
    assert [n.body for n in NotesStore(tmp_path / "notes.yaml").load()] == ["why would Nordland pay?\nsecond line"]
    assert not draft_path(tmp_path / "notes.yaml").exists()


async def test_d_discards_the_offered_draft(tmp_path: Path) -> None:
    _leave_draft(tmp_path)
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, DraftOffer), "the draft offered")
        await pilot.press("d")
        await until(pilot, lambda: not isinstance(app.screen, DraftOffer), "the offer closed")
    assert not draft_path(tmp_path / "notes.yaml").exists()


async def test_typing_a_note_keeps_a_draft(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _notes_ready(pilot, app)
        await pilot.press("a", *"unfinished thought")
        await until(pilot, lambda: draft_path(tmp_path / "notes.yaml").exists(), "the draft on disk")
        await until(pilot, lambda: "unfinished thought" in draft_path(tmp_path / "notes.yaml").read_text(),
                    "the whole draft on disk")


# ----- search in notes and glosses -------------------------------------------------------------


async def test_search_finds_words_in_notes_and_glosses(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await _notes_ready(pilot, app)
        book = app.reader.notes_pane.book  # type: ignore[union-attr]
        assert book is not None
        book.add(5, "a zebrafish remark")
        app.reader.notes_pane.bind_notes(book)  # type: ignore[union-attr]
        await pilot.press("slash", *"zebrafish", "enter")
        assert app.reader.passage_pane.cursor == 4 and "found in the note on ¶ 5" in status(app)
        await pilot.press("slash", *"gloss of passage 3", "enter")
        assert app.reader.passage_pane.cursor == 2 and "found in the gloss on ¶ 3" in status(app)


# ----- wide screens ------------------------------------------------------------------------------


@pytest.mark.parametrize("width, shown", [(170, {"quotes", "notes"}), (120, {"notes"})])
async def test_from_160_columns_the_last_two_panes_show_side_by_side(
    tmp_path: Path, width: int, shown: set[str]
) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(width, 40)) as pilot:
        await settled(pilot)
        await pilot.press("2", "4")
        await pilot.pause()
        reader = app.reader
        panes = [reader.actors_pane, reader.quotes_pane, reader.questions_pane, reader.notes_pane]
        assert {p.id for p in panes if p is not None and p.display} == shown
        if width >= 160:
            quotes, notes = reader.quotes_pane.region, reader.notes_pane.region  # type: ignore[union-attr]
            assert quotes.y == notes.y and quotes.right <= notes.x  # side by side
            titles = screen_text(app).splitlines()[quotes.y]  # each names itself above its items
            assert "2 Quotes" in titles and "4 Notes" in titles
