"""The note editor, the confirm screen and the Notes pane, in a small host app."""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.app import App, ComposeResult
from textual.message import Message
from textual.screen import Screen

from briefterm.engine.passages import split_passages
from briefterm.notes.note import Note, NoteError, make_note
from briefterm.sources.document import from_text
from briefterm.store import notes_store
from briefterm.store.atomic import StoreError
from briefterm.store.notes_store import DocumentNotes
from briefterm.ui.messages import NoteJump, NotesChanged
from briefterm.ui.screens.confirm import ConfirmScreen
from briefterm.ui.screens.note_editor import NoteEditor
from briefterm.ui.widgets.notes import NotesPane

from .helpers import recorded_notifications, screen_text

TEXT = (
    "The ferry will stop running in June, the harbour master said.\n\n"
    "Fishermen asked who would pay for the new pier. [@click=app.quit]click me[/]\n\n"
    "The council meets again on Friday."
)
PASSAGES = split_passages(TEXT)


def _screen_text(app: App[Any]) -> str:
    return screen_text(app)


class ScreenHost(App[None]):
    """Pushes one modal screen on mount and keeps what it was dismissed with."""

    def __init__(self, make: Callable[[], Screen[Any]]) -> None:
        super().__init__()
        self.make = make
        self.results: list[Any] = []

    def on_mount(self) -> None:
        self.push_screen(self.make(), self.results.append)


class Saver:
    """A save callback that records calls and can be told to fail."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str | None]] = []
        self.error: Exception | None = None

    def __call__(self, body: str, quote: str | None) -> Note:
        self.calls.append((body, quote))
        if self.error is not None:
            raise self.error
        return make_note(TEXT, PASSAGES, 2, body, quote)


def _editor(saver: Saver, **kwargs: Any) -> Callable[[], NoteEditor]:
    return lambda: NoteEditor(2, PASSAGES[1].text, saver, **kwargs)


# --- the editor -----------------------------------------------------------------------


async def test_typing_and_ctrl_s_saves_and_closes() -> None:
    saver = Saver()
    app = ScreenHost(_editor(saver))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        assert app.focused is app.screen.body_area  # the cursor is in the body
        await pilot.press(*"A fair question")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert saver.calls == [("A fair question", None)]
        assert not isinstance(app.screen, NoteEditor)
        (note,) = app.results
        assert isinstance(note, Note) and note.body == "A fair question"


async def test_a_quote_can_be_chosen_inside_the_passage() -> None:
    saver = Saver()
    app = ScreenHost(_editor(saver))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press(*"why")
        await pilot.press("shift+tab")  # back to the quote field
        await pilot.press(*"the new pier")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert saver.calls == [("why", "the new pier")]
        assert app.results[0].anchor.exact == "the new pier"


async def test_a_failed_save_keeps_the_editor_and_the_text() -> None:
    saver = Saver()
    saver.error = StoreError("cannot save notes to /x/notes.yaml: no space left on the device")
    app = ScreenHost(_editor(saver))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press(*"precious words")
        await pilot.press("ctrl+s")
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        assert editor.body == "precious words"
        assert editor.error is not None and "no space left" in editor.error
        assert "no space left" in _screen_text(app)
        assert app.results == []
        saver.error = None  # the disk has room again: the same text saves
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert [r.body for r in app.results] == ["precious words"]


async def test_a_quote_not_in_the_passage_is_reported_in_the_editor() -> None:
    saver = Saver()
    saver.error = NoteError("quote not found in passage 2: 'zebra'")
    app = ScreenHost(_editor(saver, quote="zebra"))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press(*"x", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor) and "quote not found" in (app.screen.error or "")


async def test_an_unexpected_error_in_save_keeps_the_text_too() -> None:
    saver = Saver()
    saver.error = RuntimeError("boom")
    app = ScreenHost(_editor(saver))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press(*"still here", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor) and app.screen.body == "still here"


async def test_an_empty_note_is_not_saved() -> None:
    saver = Saver()
    app = ScreenHost(_editor(saver))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("space", "ctrl+s")
        await pilot.pause()
        assert saver.calls == [] and isinstance(app.screen, NoteEditor)
        assert "empty" in (app.screen.error or "")


async def test_escape_with_nothing_typed_cancels_at_once() -> None:
    app = ScreenHost(_editor(Saver()))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.results == [None] and not isinstance(app.screen, (NoteEditor, ConfirmScreen))


async def test_escape_with_text_asks_first_and_no_keeps_the_text() -> None:
    saver = Saver()
    app = ScreenHost(_editor(saver))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press(*"half a thought", "escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor) and app.screen.body == "half a thought"
        assert app.focused is app.screen.body_area
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert app.results == [None] and saver.calls == []


async def test_editing_unchanged_text_cancels_without_asking() -> None:
    app = ScreenHost(_editor(Saver(), body="old body", quote="the new pier"))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.screen.quote == "the new pier"  # type: ignore[attr-defined]
        await pilot.press("escape")
        await pilot.pause()
        assert app.results == [None]


async def test_passage_and_note_text_are_never_markup() -> None:
    saver = Saver()
    app = ScreenHost(_editor(saver))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        assert "[@click=app.quit]click me[/]" in _screen_text(app)
        await pilot.press(*"[b]bold?[/b]")
        await pilot.pause()
        assert "[b]bold?[/b]" in _screen_text(app)
        await pilot.click(offset=(10, 5))  # anywhere: nothing quits
        assert app.is_running


# --- the confirm screen -----------------------------------------------------------------


@pytest.mark.parametrize(("key", "answer"), [("y", True), ("n", False), ("escape", False), ("enter", False)])
async def test_confirm_answers(key: str, answer: bool) -> None:
    app = ScreenHost(lambda: ConfirmScreen("Really [red]delete[/]?"))
    async with app.run_test(size=(80, 20)) as pilot:
        await pilot.pause()
        assert "Really [red]delete[/]?" in _screen_text(app)
        await pilot.press(key)  # enter presses the focused button: "No"
        await pilot.pause()
        assert app.results == [answer]


# --- the Notes pane -----------------------------------------------------------------------


class PaneHost(App[None]):
    def __init__(self, notes: DocumentNotes) -> None:
        super().__init__()
        self.book = notes
        self.messages: list[Message] = []

    def compose(self) -> ComposeResult:
        yield NotesPane(self.book, id="notes")

    def on_mount(self) -> None:
        self.query_one(NotesPane).focus()

    def on_note_jump(self, message: NoteJump) -> None:
        self.messages.append(message)

    def on_notes_changed(self, message: NotesChanged) -> None:
        self.messages.append(message)

    @property
    def pane(self) -> NotesPane:
        return self.query_one(NotesPane)


def _book(tmp_path: Path, text: str = TEXT) -> DocumentNotes:
    document = from_text(text, "doc.txt")
    return DocumentNotes.open(document, split_passages(document.text), tmp_path / "notes.yaml")


async def test_pane_lists_notes_with_passage_first_line_status_and_orphans(tmp_path: Path) -> None:
    book = _book(tmp_path)
    book.add(1, "first line\nsecond line", "harbour master")
    book.add(3, "about friday")
    book.add(2, "[@click=app.quit]not markup[/]", "Fishermen asked")
    edited = TEXT.replace("Fishermen asked who", "Somebody asked who")
    app = PaneHost(_book(tmp_path, edited))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        shown = _screen_text(app)
        # Each note: its passage, the words it is on, then its whole body, line by line.
        assert "¶1  “harbour master”" in shown and "anchored" not in shown  # said only when not
        assert "    first line" in shown and "    second line" in shown
        assert "¶3" in shown and "    about friday" in shown
        assert "Orphaned" in shown and "¶was 2  orphaned  on “Fishermen asked”" in shown
        assert "    [@click=app.quit]not markup[/]" in shown
        assert shown.index("Orphaned") > shown.index("about friday")
        changed = [m for m in app.messages if isinstance(m, NotesChanged)]
        assert changed and changed[-1].passages == frozenset({1, 3}) and changed[-1].count == 3


async def test_pane_enter_posts_jump_and_marks_the_current_passage(tmp_path: Path) -> None:
    book = _book(tmp_path)
    book.add(1, "one")
    book.add(3, "three")
    app = PaneHost(book)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("j", "enter")
        await pilot.pause()
        jumps = [m for m in app.messages if isinstance(m, NoteJump)]
        assert [(j.passage) for j in jumps] == [3]
        app.pane.follow_passage(3)
        await pilot.pause()
        assert "● ¶3" in _screen_text(app) and "  ¶1" in _screen_text(app)


async def test_pane_add_edit_delete_flows(tmp_path: Path) -> None:
    book = _book(tmp_path)
    app = PaneHost(book)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert "No notes yet" in _screen_text(app)
        app.pane.add_note(PASSAGES[1])
        await pilot.pause()
        await pilot.press(*"new note", "ctrl+s")
        await pilot.pause()
        assert [n.body for n in _book(tmp_path).notes] == ["new note"]  # on disk
        assert "¶2" in _screen_text(app) and "    new note" in _screen_text(app)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor) and app.screen.body == "new note"
        await pilot.press("end", *" edited", "ctrl+s")
        await pilot.pause()
        assert [n.body for n in _book(tmp_path).notes] == ["new note edited"]
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert len(_book(tmp_path).notes) == 1
        await pilot.press("d", "y")
        await pilot.pause()
        assert _book(tmp_path).notes == [] and "No notes yet" in _screen_text(app)
        changed = [m for m in app.messages if isinstance(m, NotesChanged)]
        assert [m.count for m in changed][-3:] == [1, 1, 0]


async def test_pane_failed_save_keeps_the_editor_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = PaneHost(_book(tmp_path))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()

        def full(fd: int) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(notes_store.os, "fsync", full)
        app.pane.add_note(2)
        await pilot.pause()
        await pilot.press(*"keep me", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor) and app.screen.body == "keep me"
        assert "no space left" in (app.screen.error or "")
        monkeypatch.undo()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert [n.body for n in _book(tmp_path).notes] == ["keep me"]


async def test_pane_tells_the_user_about_a_corrupt_file(tmp_path: Path) -> None:
    (tmp_path / "notes.yaml").write_text("notes: [broken", encoding="utf-8")
    app = PaneHost(_book(tmp_path))
    messages = recorded_notifications(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert any("corrupt-" in m and "moved to" in m for m in messages)
        assert "No notes yet" in _screen_text(app)


class ReaderLike(Screen[None]):
    """A screen that gives the pane a document and a notes path, as the reader does."""

    def __init__(self, notes_path: str) -> None:
        super().__init__()
        self.notes_path = notes_path

    def compose(self) -> ComposeResult:
        yield NotesPane(document=from_text(TEXT, "doc.txt"), notes_path=self.notes_path, id="notes")


async def test_pane_opens_its_documents_notes_by_itself(tmp_path: Path) -> None:
    _book(tmp_path).add(3, "already there")

    class Host(App[None]):
        def on_mount(self) -> None:
            self.push_screen(ReaderLike(str(tmp_path / "notes.yaml")))

    app = Host()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        pane = app.screen.query_one(NotesPane)
        assert [n.body for n in pane.notes] == ["already there"]
        pane.add_note(1)
        await pilot.pause()
        await pilot.press(*"second", "ctrl+s")
        await pilot.pause()
        assert sorted(n.body for n in _book(tmp_path).notes) == ["already there", "second"]


async def test_pane_without_a_document_says_notes_are_unavailable() -> None:
    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield NotesPane(id="notes")

    app = Bare()
    said = recorded_notifications(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert "not available" in _screen_text(app)
        app.query_one(NotesPane).add_note(1)
        await pilot.pause()
        assert any("not available" in m for m in said)


async def test_a_long_save_error_is_read_whole_at_80x24() -> None:
    reason = "the disk is full and every word of this long reason must stay readable in the editor itself"

    def failing(body: str, quote: str | None) -> Note:
        raise StoreError(reason)

    class Host(App[None]):
        def on_mount(self) -> None:
            self.push_screen(NoteEditor(1, "Passage text.", failing))

    app = Host()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press(*"hi", "ctrl+s")
        await pilot.pause()
        shown = screen_text(app).split()
        assert all(word in shown for word in f"Not saved: {reason}".split())
