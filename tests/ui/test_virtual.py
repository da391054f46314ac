"""The passage pane is virtual: 10,000 passages cost what 20 do."""

from __future__ import annotations

import pytest

from briefterm.ui.app import BriefApp

from .fakes import document, fake_analysis, long_text
from .helpers import screen_text, settled


def make_app(paragraphs: int) -> BriefApp:
    return BriefApp(document(long_text(paragraphs), "long"), None, analyser=fake_analysis)


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_only_what_is_on_screen_is_laid_out(size: tuple[int, int]) -> None:
    counts = {}
    for paragraphs in (20, 10_000):
        app = make_app(paragraphs)
        async with app.run_test(size=size) as pilot:
            await settled(pilot)
            counts[paragraphs] = app.reader.passage_pane.renders
    # Both lay out about a screen's worth (and its neighbours), not the document.
    assert counts[10_000] <= max(60, 3 * counts[20])


async def test_g_and_G_lay_out_a_screen_not_the_document() -> None:
    app = make_app(10_000)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        pane = app.reader.passage_pane
        before = pane.renders
        await pilot.press("G")
        await pilot.pause()
        assert pane.cursor == 9_999
        assert "Paragraph 10000 about the river" in screen_text(app)
        assert pane.scroll_y == pane.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert pane.cursor == 0 and pane.scroll_y == 0
        assert "Paragraph 1 about" in screen_text(app)
        assert pane.renders - before < 200


async def test_scrolling_into_estimated_parts_keeps_the_view_consistent() -> None:
    app = make_app(2_000)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        pane = app.reader.passage_pane
        for _ in range(30):
            await pilot.press("space")
        await pilot.pause()
        # The selected passage is on screen, and drawn where the layout says it is.
        start, height = pane.item_region(pane.cursor)
        assert pane.scroll_y <= start < pane.scroll_y + pane.size.height
        assert f"Paragraph {pane.cursor + 1} about" in screen_text(app)
        await pilot.press("j")
        assert pane.cursor > 0


async def test_dragging_to_the_middle_shows_consecutive_passages() -> None:
    import re

    app = make_app(10_000)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        pane = app.reader.passage_pane
        pane.scroll_to(y=pane.virtual_size.height // 2, animate=False)  # as the scrollbar would
        await pilot.pause()
        await pilot.pause()
        numbers = [int(n) for n in re.findall(r"Paragraph (\d+) about", screen_text(app))]
        assert len(numbers) >= 5
        assert numbers == list(range(numbers[0], numbers[0] + len(numbers)))
        assert 3_000 < numbers[0] < 7_000
        # The rows drawn are the rows the layout says are there.
        top = round(pane.scroll_y)
        first = pane.item_at_row(top)
        assert first + 1 in (numbers[0], numbers[0] - 1)
