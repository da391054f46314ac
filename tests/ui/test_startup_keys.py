"""Keys typed in a burst in the first moments (the first screen up, the panes and the
analysis still coming) land in what the key before them opened."""

from __future__ import annotations

import pytest

from briefterm.ui.app import BriefApp
from briefterm.ui.screens.library import LibraryScreen
from briefterm.ui.screens.note_editor import NoteEditor

from .fakes import GatedAnalyser, document
from .helpers import burst, screen_text, until


@pytest.mark.parametrize("typed", ["quick note", "hello world", "fastnote"])
async def test_a_then_text_at_once_is_the_note(typed: str) -> None:
    gate = GatedAnalyser()
    app = BriefApp(document(), None, analyser=gate)
    async with app.run_test(size=(80, 24)) as pilot:
        burst(app, "a", *typed)  # before the notes pane is there
        written = lambda: isinstance(app.screen, NoteEditor) and app.screen.body == typed  # noqa: E731
        await until(pilot, lambda: not app.is_running or written(), f"the note {typed!r}")
        assert app.is_running and written()
        assert not any(isinstance(s, LibraryScreen) for s in app.screen_stack)  # the o stayed a letter
        gate.release.set()


async def test_a_then_q_at_once_does_not_quit() -> None:
    gate = GatedAnalyser()
    app = BriefApp(document(), None, analyser=gate)
    async with app.run_test(size=(80, 24)) as pilot:
        burst(app, "a", "q")
        await until(pilot, lambda: not app.is_running
                    or (isinstance(app.screen, NoteEditor) and app.screen.body == "q"), "q in the note")
        assert app.is_running
        gate.release.set()


async def test_keys_right_after_o_reach_the_library_filter() -> None:
    gate = GatedAnalyser()
    app = BriefApp(document(), None, analyser=gate)
    async with app.run_test(size=(80, 24)) as pilot:
        burst(app, "o", *"jackdaw")  # j, a and k would move, add a note, move, if they reached the reader
        typed = lambda: isinstance(app.screen, LibraryScreen) and app.screen._input.value == "jackdaw"  # noqa: E731
        await until(pilot, lambda: not app.is_running or typed(), "jackdaw in the library's filter")
        assert app.is_running and typed()
        assert app.reader.passage_pane.cursor == 0
        assert not any(isinstance(s, NoteEditor) for s in app.screen_stack)
        gate.release.set()


async def test_the_library_before_it_is_mounted_is_no_crash() -> None:
    app = BriefApp(document(), None, analyser=GatedAnalyser())
    async with app.run_test(size=(80, 24)) as pilot:
        screen = LibraryScreen()
        app.push_screen(screen)
        screen.action_move(1)  # keys reaching it before its widgets are mounted
        screen.action_open()
        app.exit()  # and the app quitting while it mounts
        await until(pilot, lambda: not app.is_running, "the app to quit")
    assert app.return_code == 0


async def test_keys_after_1_to_4_reach_the_pane_while_analysing() -> None:
    gate = GatedAnalyser()
    app = BriefApp(document(), None, analyser=gate)
    async with app.run_test(size=(120, 40)) as pilot:
        burst(app, "1", "j", "j", "enter")
        await until(pilot, lambda: app.reader.actors_pane.has_focus, "the actors pane focused")
        await pilot.pause()
        assert app.reader.passage_pane.cursor == 0  # j j went to the (still empty) pane
        gate.release.set()
        actors = app.reader.actors_pane
        await until(pilot, lambda: app.reader.analysis is not None and actors.cursor == 2, "the third actor")
        third = actors.values[2]
        # enter, typed before the analysis came, jumped to the third actor's first mention
        await until(pilot, lambda: app.reader.mentions.actor == third, "the jump to the third actor")
        assert app.reader.passage_pane.cursor + 1 == third.mentions[0].passage
        assert "analysing…" not in screen_text(app)
