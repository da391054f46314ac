"""`o`: the library in the reader; recording on open; warnings shown; moved notes offered."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefterm.core.types import Document, Passage
from briefterm.engine.analyse import Analysis
from briefterm.engine.passages import document_passages
from briefterm.sources.document import load
from briefterm.store.library import Library
from briefterm.store.notes_store import DocumentNotes
from briefterm.ui.app import BriefApp
from briefterm.ui.screens.confirm import ConfirmScreen
from briefterm.ui.screens.library import LibraryScreen

from .helpers import screen_text, settled, until_shown


def _file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _nothing_found(document: Document, brief: object, passages: list[Passage]) -> Analysis:
    return Analysis(document, passages, [], [], [])


def _app(path: Path) -> BriefApp:
    return BriefApp(load(str(path)), None, analyser=_nothing_found)


async def _notified(pilot: object, text: str) -> None:
    import time

    app = pilot.app  # type: ignore[attr-defined]
    deadline = time.monotonic() + 10
    while not any(text in str(n.message) for n in app._notifications):
        assert time.monotonic() < deadline, f"never notified {text!r}: {[n.message for n in app._notifications]}"
        await pilot.pause(0.05)  # type: ignore[attr-defined]


def _listed(app: BriefApp) -> list[str]:
    screen = app.screen
    assert isinstance(screen, LibraryScreen)
    return [entry.title for entry in screen._shown]


async def _recorded(pilot: object, count: int) -> None:
    import time

    deadline = time.monotonic() + 10
    while len(Library().entries()) < count:
        assert time.monotonic() < deadline, "the reader never recorded the document"
        await pilot.pause(0.05)  # type: ignore[attr-defined]


async def test_o_lists_what_was_opened_and_enter_opens_it(tmp_path: Path) -> None:
    first = _file(tmp_path, "first.txt", "Harbour budget approved\n\nThe council voted.\n")
    second = _file(tmp_path, "second.txt", "Ferry strike ends\n\nThe crews went back.\n")
    Library().record(load(str(second)), tmp_path / "n.yaml")
    app = _app(first)
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        await _recorded(pilot, 2)
        await pilot.press("o")
        await until_shown(pilot, "Ferry strike ends")
        assert _listed(app) == ["Harbour budget approved", "Ferry strike ends"]
        await pilot.press(*"ferry")
        await pilot.pause()
        assert _listed(app) == ["Ferry strike ends"]
        await pilot.press("enter")
        await until_shown(pilot, "The crews went back.")
        assert app.reader.document.path == second.resolve()
        await settled(pilot)
        # From the second document, back to the first: the top reader is replaced.
        await pilot.press("o")
        await until_shown(pilot, "Harbour budget approved")
        await pilot.press(*"harbour", "enter")
        await until_shown(pilot, "The council voted.")
        assert len(app.screen_stack) == 2


async def test_a_typed_path_opens_and_a_bad_one_says_why(tmp_path: Path) -> None:
    first = _file(tmp_path, "first.txt", "Harbour budget approved\n\nThe council voted.\n")
    other = _file(tmp_path, "other.txt", "Typed path\n\nOpened by its path.\n")
    binary = tmp_path / "image.bin"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    app = _app(first)
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        await pilot.press("o")
        await pilot.press(*str(binary), "enter")
        await _notified(pilot, "binary file")
        assert app.reader.document.path == first.resolve()
        await pilot.press("o")
        await pilot.press(*str(other), "enter")
        await until_shown(pilot, "Opened by its path.")


async def test_a_missing_file_is_listed_as_missing(tmp_path: Path) -> None:
    first = _file(tmp_path, "first.txt", "Harbour budget approved\n\nThe council voted.\n")
    gone = _file(tmp_path, "gone.txt", "Gone story\n\nText.\n")
    Library().record(load(str(gone)), tmp_path / "n.yaml")
    gone.unlink()
    app = _app(first)
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        await pilot.press("o")
        await until_shown(pilot, "(missing)")
        await pilot.press(*"gone", "enter")
        await _notified(pilot, "no longer there")
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, LibraryScreen)


async def test_warnings_of_the_document_are_shown_on_open(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(b"Caf\xe9 talks\n\nThe \x1b[31mred\x1b[0m text.\n")
    app = _app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        await _notified(pilot, "cp1252")
        await _notified(pilot, "control")


async def test_notes_of_a_moved_file_are_offered_and_brought_over(tmp_path: Path) -> None:
    old = _file(tmp_path, "old.txt", "Harbour budget approved\n\nThe council voted seven to two.\n")
    document = load(str(old))
    notes = DocumentNotes.open(document, document_passages(document))
    notes.add(2, "a note on the vote", "seven to two")
    Library().record(document, notes.path)
    new = tmp_path / "moved.txt"
    old.rename(new)
    app = _app(new)
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        await until_shown(pilot, "Bring them over")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await _notified(pilot, "1 note brought over")
        await pilot.press("4")
        await until_shown(pilot, "a note on the vote")


async def test_markdown_emphasis_is_styled_never_marked_up(tmp_path: Path) -> None:
    path = _file(tmp_path, "doc.md", "# Title\n\nPlain **bold [b]words[/b]** and `code`.\n")
    app = _app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        pane = app.reader.passage_pane
        rows = pane.render_item(1, 80, False)
        segments = [(seg.text, seg.style) for row in rows for seg in row]
        bold = "".join(text for text, style in segments if style is not None and style.bold)
        assert "bold [b]words[/b]" in bold
        assert "**" not in screen_text(app) and "[b]words[/b]" in screen_text(app)


async def test_the_document_on_screen_is_listed_before_its_recording_lands(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefterm.ui.reader.opening as opening

    monkeypatch.setattr(opening, "opened", lambda reader: None)  # the recording has not landed yet
    first = _file(tmp_path, "first.txt", "Harbour budget approved\n\nThe council voted.\n")
    app = _app(first)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        await pilot.press("o")
        for _ in range(200):  # until the library has been read
            if isinstance(app.screen, LibraryScreen) and app.screen._shown:
                break
            await pilot.pause(0.05)
        assert _listed(app) == ["Harbour budget approved"]
    assert Library().entries() == []
