"""What a new user's trial found: the library's titles and filter, the palette, the
export's notification at 80x24, a kept note said, a web page's byline, a crash logged."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefterm.brief.curated import find_brief
from briefterm.sources.document import from_text, load
from briefterm.store.library import STDIN, Library
from briefterm.ui.app import BriefApp
from briefterm.ui.screens.confirm import ConfirmScreen
from briefterm.ui.screens.library import LibraryScreen
from tests.conftest import ROOT
from tests.sources.pages import ARTICLE_HTML

from .fakes import document, fake_analysis
from .helpers import recorded_notifications, screen_text, settled, until, until_shown

SEED = ROOT / "seeds" / "000_bf86d079a96f6282.txt"


async def test_the_library_lists_the_title_in_the_header_and_filters_what_it_shows() -> None:
    doc = load(str(SEED))
    brief = find_brief(doc.path)
    assert brief is not None and brief.title
    Library().record(from_text("Piped words\n\nmore words\n", source=STDIN), Path("n.yaml"))
    app = BriefApp(doc, brief, analyser=fake_analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        assert brief.title[:20] in screen_text(app).splitlines()[0]  # from the first frame
        await until(pilot, lambda: any(e.source != STDIN for e in Library().entries()), "the seed recorded")
        assert [e.title for e in Library().entries() if e.source != STDIN] == [brief.title]
        await pilot.press("o")
        await until_shown(pilot, "(standard input)")
        await pilot.press(*"standard")
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        await until(pilot, lambda: [e.source for e in screen._shown] == [STDIN], "the piped text found")


async def test_the_palette_has_briefterm_s_commands_and_names_the_export_file(tmp_path: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    app = BriefApp(document(), None, analyser=fake_analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        await pilot.press("ctrl+p")
        await until_shown(pilot, "Search the text")
        shown = screen_text(app)
        for textual_s in ("Maximize", "Screenshot", "Theme"):
            assert textual_s not in shown
        await pilot.press(*"export markdown")
        await until_shown(pilot, "writes document.export.md in the current folder")
        assert "<name>" not in screen_text(app)
        said = recorded_notifications(app)
        await pilot.press("enter")
        await until(pilot, lambda: (tmp_path / "document.export.md").exists(), "the export written")
        assert said == ["Brief written to document.export.md"]  # its name, not a path broken across lines


async def test_no_to_deleting_a_note_says_the_note_is_kept() -> None:
    app = BriefApp(document(), None, analyser=fake_analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        await pilot.press("a", *"keep me", "ctrl+s")
        await until(pilot, lambda: len(app.reader.notes_pane.notes) == 1 if app.reader.notes_pane else False,
                    "the note saved")
        await pilot.press("4", "d")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question")
        said = recorded_notifications(app)
        await pilot.press("enter")  # No has the focus
        await until(pilot, lambda: "Note kept." in said, "Note kept said")
        assert app.reader.notes_pane is not None and len(app.reader.notes_pane.notes) == 1
        await pilot.press("d")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question again")
        await pilot.press("y")
        await until(pilot, lambda: "Note deleted." in said, "Note deleted said")
        assert not app.reader.notes_pane.notes


async def test_a_web_page_s_byline_shows_under_the_header(tmp_path: Path) -> None:
    page = tmp_path / "harbour.html"
    page.write_text(ARTICLE_HTML.replace("The Harbour Gazette", "The [b]Harbour[/b] Gazette"), encoding="utf-8")
    app = BriefApp(load(str(page)), None, analyser=fake_analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        line = screen_text(app).splitlines()[1]
        assert "By Ana Lopes · The [b]Harbour[/b] Gazette · 2024-03-05" in line  # literal, never markup
    plain = BriefApp(document(), None, analyser=fake_analysis)
    async with plain.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not plain.reader.query("#byline")  # a plain text has none: no empty row


def test_an_error_inside_the_reader_exits_1_and_names_the_log(monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    from briefterm import cli
    from briefterm.ui.app import run_reader
    from briefterm.ui.screens.reader import ReaderScreen

    def boom(self: ReaderScreen) -> None:
        raise RuntimeError("the reader fell over")

    async def press_s(pilot: object) -> None:
        await pilot.press("s")  # type: ignore[attr-defined]

    monkeypatch.setattr(ReaderScreen, "action_toggle_glosses", boom)

    def read(args: object) -> int:
        return run_reader(document(), None, headless=True, size=(80, 24), auto_pilot=press_s)

    monkeypatch.setitem(cli.HANDLERS, "read", read)
    assert cli.main([]) == 1
    captured = capsys.readouterr()
    assert captured.err.startswith("briefterm: internal error: RuntimeError; traceback in ")
    assert "Traceback" not in captured.err + captured.out  # not on the terminal: in the log
    log = Path(captured.err.strip().rsplit(" ", 1)[-1])
    assert "the reader fell over" in log.read_text(encoding="utf-8")
