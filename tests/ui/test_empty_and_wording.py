"""What the reader says where there is nothing to show: an empty document, no notes yet."""

from __future__ import annotations

import pytest

from briefterm.ui.app import BriefApp
from briefterm.ui.screens.note_editor import NoteEditor

from .fakes import document, fake_analysis
from .helpers import recorded_notifications, screen_text, settled, status, until_shown


@pytest.mark.parametrize("text", ["", "   \n\n \t \n"])
async def test_an_empty_document_says_so_and_a_says_why_nothing_happens(text: str) -> None:
    app = BriefApp(document(text, "empty"), None, analyser=fake_analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        assert "This document is empty" in screen_text(app)
        await pilot.press("a")
        await pilot.pause()
        assert not isinstance(app.screen, NoteEditor)
        assert "no passage to add a note to" in status(app)


@pytest.mark.parametrize("key", ["e", "d"])
async def test_e_and_d_without_any_note_say_how_to_add_one(key: str) -> None:
    app = BriefApp(document(), None, analyser=fake_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        said = recorded_notifications(app)
        await pilot.press("4", key)
        await until_shown(pilot, "No notes yet")
        assert said == ["No notes yet: press a on a passage to add one."]


def test_the_help_legend_explains_every_tag_the_panes_show() -> None:
    from rich.console import Console

    from briefterm.ui.screens.help import legend
    from briefterm.ui.widgets.questions import ORIGIN_TAGS
    from briefterm.ui.widgets.quotes import KIND_TAGS

    console = Console(width=120, record=True)
    console.print(legend())
    text = console.export_text()
    for tag, _ in [*KIND_TAGS.values(), *ORIGIN_TAGS.values()]:
        if tag != "note":
            assert f" {tag} " in f" {text} ".replace("\n", " "), tag
    assert "scare quotes" in text and "orphaned" in text and "moved" in text


async def test_s_without_glosses_says_there_are_none() -> None:
    from briefterm.engine.analyse import Analysis

    def nothing_found(doc, brief, passages):  # type: ignore[no-untyped-def]
        return Analysis(doc, passages, [], [], [])

    app = BriefApp(document(), None, analyser=nothing_found)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        await pilot.press("s")
        assert "no glosses" in status(app)
        assert app.reader.passage_pane.show_glosses  # nothing toggled behind the reader's back


async def test_a_status_remark_lasts_until_the_next_key() -> None:
    app = BriefApp(document(), None, analyser=fake_analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        await pilot.press("right_square_bracket")
        assert "Pick an actor first: press 1" in status(app)
        await pilot.press("question_mark", "escape")  # any key, even one that moves nothing
        assert "Pick an actor first" not in status(app)
        await pilot.press("right_square_bracket", "1")  # a priority key too
        assert "Pick an actor first" not in status(app)


async def test_the_header_title_uses_the_full_width_before_it_is_shortened() -> None:
    title = "A title of exactly sixty-four characters, to fill the header up"
    app = BriefApp(document("Some text.\n", "t"), None, analyser=fake_analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        app.reader.sub_title = title
        await pilot.pause()
        header = screen_text(app).splitlines()[0]
        assert f"briefterm — {title}" in header


def test_reported_speech_is_shown_without_quotation_marks() -> None:
    """Quotation marks say the words are verbatim; indirect speech's are the writer's."""
    from briefterm.core.types import Quote
    from briefterm.ui.widgets.quotes import quote_text

    reported = quote_text(Quote("the plan was rushed", "indirect", "a", "Ann Lee", "said", 1, 0, 19)).plain
    said = quote_text(Quote("The plan was rushed.", "direct", "a", "Ann Lee", "said", 1, 0, 20)).plain
    assert reported.endswith("Ann Lee — the plan was rushed") and "“" not in reported
    assert said.endswith("Ann Lee — “The plan was rushed.”")
    assert reported.startswith("reported  ")  # the tag stands apart from the speaker
