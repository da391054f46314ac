"""The note editor inside the reader: it fits small terminals, and quitting never loses a draft."""

from __future__ import annotations

import pytest

from briefterm.ui.app import BriefApp
from briefterm.ui.screens.confirm import ConfirmScreen
from briefterm.ui.screens.note_editor import NoteEditor

from .fakes import document, fake_analysis
from .helpers import burst, screen_text, settled, until, until_shown

SIZES = [(120, 40), (80, 24)]


def make_app() -> BriefApp:
    return BriefApp(document(), None, analyser=fake_analysis)


async def open_editor(app: BriefApp, pilot: object) -> NoteEditor:
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    await settled(pilot)
    await pilot.press("a")
    await pilot.pause()
    editor = app.screen
    assert isinstance(editor, NoteEditor)
    return editor


@pytest.mark.parametrize("size", SIZES)
async def test_editor_fits_with_its_hint_and_its_own_footer(size: tuple[int, int]) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        editor = await open_editor(app, pilot)
        shown = screen_text(app)
        assert "ctrl+s save · escape cancel" in shown
        assert "whole passage" in shown  # the quote placeholder is not cut
        footer = shown.splitlines()[-1]
        assert "Save" in footer and "Cancel" in footer
        assert "Quit" not in footer and "Search" not in footer  # not the reader's keys
        # The whole body box (both edges) is on screen, above the hint.
        body = editor.body_area.region
        hint = editor.query_one("#note-hint").region
        assert body.height >= 3
        assert body.bottom <= hint.y
        assert hint.bottom <= size[1] - 1  # the footer row is below


@pytest.mark.parametrize("key", ["q", "ctrl+q"])
async def test_quitting_with_an_unsaved_note_asks_first(key: str) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        editor = await open_editor(app, pilot)
        await pilot.press(*"draft")
        await pilot.press("escape" if key == "q" else key)  # q is typed: reach the app via escape
        await pilot.pause()
        if key == "q":  # escape asked to discard: say no, then quit from the app
            assert isinstance(app.screen, ConfirmScreen)
            await pilot.press("n")
            await pilot.pause()
            await app.run_action("quit")
            await pilot.pause()
        assert app.is_running
        assert isinstance(app.screen, ConfirmScreen)
        await until_shown(pilot, "Discard your changes")
        await pilot.press("n")
        await pilot.pause()
        assert app.is_running
        assert app.screen is editor and editor.body == "draft"
        assert app.focused is editor.body_area
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert not app.is_running


async def test_quitting_with_an_empty_editor_just_quits() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_editor(app, pilot)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running


# ----- keys arriving in one burst (scripts, slow links)


async def test_search_keys_right_after_slash_reach_the_field() -> None:
    from briefterm.ui.widgets.search_bar import SearchBar

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        burst(app, "slash", "q", "u", "o", "t", "e")  # no pauses between them
        typed = lambda: any(bar.value == "quote" for bar in app.reader.query(SearchBar))  # noqa: E731
        await until(pilot, lambda: not app.is_running or typed())
        assert app.is_running and typed()  # the q was typed, not a quit


async def test_note_keys_right_after_a_reach_the_editor() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        burst(app, "a", "h", "e", "l", "l", "o", "q")
        typed = lambda: isinstance(app.screen, NoteEditor) and app.screen.body == "helloq"  # noqa: E731
        await until(pilot, lambda: not app.is_running or typed())
        assert app.is_running and typed()


async def test_slash_and_a_are_plain_characters_in_the_search_field() -> None:
    from briefterm.ui.widgets.search_bar import SearchBar

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        await pilot.press("slash", "a", "/", "b")
        await pilot.pause()
        assert app.reader.query_one(SearchBar).value == "a/b"
        assert not isinstance(app.screen, NoteEditor)


async def test_note_keys_right_after_e_reach_the_editor() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        await pilot.press("a", *"first", "ctrl+s")
        await until(pilot, lambda: not isinstance(app.screen, NoteEditor), "the note saved")
        burst(app, "4", "e", " ", "m", "o", "r", "e", "q")
        def edited() -> bool:
            screen = app.screen
            if not isinstance(screen, NoteEditor) or not screen.query("#note-body"):
                return False  # the editor is pushed but its body is not composed yet
            return screen.body == "first moreq"

        await until(pilot, lambda: not app.is_running or edited())
        assert app.is_running and edited()


async def test_keys_right_after_a_pane_key_reach_the_pane() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        burst(app, "2", "j", "j")
        quotes = app.reader.quotes_pane
        await until(pilot, lambda: quotes.cursor == 2, "the quotes' cursor on its third item")
        assert app.reader.passage_pane.cursor == 0


async def test_the_notes_pane_footer_offers_edit_and_delete() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        editor = await open_editor(app, pilot)
        editor.body_area.insert("a note to edit")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: not isinstance(app.screen, NoteEditor), "the note saved")
        await pilot.press("4")
        await until_shown(pilot, "e Edit")
        footer = screen_text(app).splitlines()[-1]
        assert "e Edit" in footer and "d Delete" in footer
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, NoteEditor), "e edits the note")


async def test_the_quote_s_words_are_marked_in_the_passage_above_the_fields() -> None:
    """A quote longer than its one-line field is read whole in the passage shown above it."""
    from textual.content import Content
    from textual.widgets import Input, Static

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        editor = await open_editor(app, pilot)
        shown = editor.query_one("#note-passage-text", Static)
        passage = shown.content
        assert isinstance(passage, Content) and not passage.spans  # no quote: nothing marked
        words = " ".join(passage.plain.split()[1:6])  # a few words of its first line, not its start
        at = passage.plain.find(words)
        assert at > 0
        editor.query_one("#note-quote", Input).value = words
        await pilot.pause()
        marked = shown.content
        assert isinstance(marked, Content)
        assert [(s.start, s.end, str(s.style)) for s in marked.spans] == [(at, at + len(words), "reverse")]
