"""A passage taller than the screen is paged like `less`, and costs the rows on screen."""

from __future__ import annotations

from typing import Any

from briefterm.core.types import Document, Passage
from briefterm.engine.analyse import Analysis
from briefterm.ui.app import BriefApp

from .fakes import document
from .helpers import screen_text, settled, status

WORDS = 12_000  # one paragraph of about 90 KB: hundreds of screens at 80x24


def one_paragraph() -> str:
    words = [f"w{i}" for i in range(WORDS)]
    words[7_000] = "needle"
    return "Short opening line.\n\n" + " ".join(words) + "\n\nThe closing line.\n"


def nothing_found(doc: Document, brief: Any, passages: list[Passage]) -> Analysis:
    return Analysis(doc, passages, [], [], [])


def make_app() -> BriefApp:
    return BriefApp(document(one_paragraph(), "para"), None, analyser=nothing_found)


async def test_space_and_b_page_through_a_tall_passage_before_the_next() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        pane = app.reader.passage_pane
        await pilot.press("j")
        assert pane.cursor == 1 and "w0 w1 w2" in screen_text(app)
        top = pane.scroll_y
        await pilot.press("space")
        assert pane.cursor == 1 and pane.scroll_y == top + pane.size.height  # a page on, same passage
        assert "w0 w1 w2" not in screen_text(app)
        await pilot.press("pagedown", "b")
        assert pane.cursor == 1 and pane.scroll_y == top + pane.size.height
        await pilot.press("pageup")  # back at the top: the first passage on screen is selected
        assert pane.scroll_y == top and "¶ 1/3" in status(app) and "analysing" not in status(app)


async def test_G_shows_the_documents_last_lines_and_g_its_first() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        pane = app.reader.passage_pane
        drawn = pane.rows_drawn
        await pilot.press("G")
        assert "The closing line." in screen_text(app) and f"w{WORDS - 1}" in screen_text(app)
        await pilot.press("k")  # the tall passage: its last lines, not its first
        assert pane.cursor == 1 and f"w{WORDS - 1}" in screen_text(app)
        await pilot.press("g")
        assert pane.cursor == 0 and "Short opening line." in screen_text(app)
        # Every move drew about a screen, not the paragraph's hundreds of rows.
        assert pane.rows_drawn - drawn < 8 * pane.size.height


async def test_a_search_hit_deep_in_a_tall_passage_is_on_screen() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        await pilot.press("slash", *"needle", "enter")
        assert "needle" in screen_text(app) and "¶ 2/3" in status(app) and "1/1" in status(app)
