"""The pane tabs keep their counts (shortened) at common widths; Notes' count goes last."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult

from briefterm.ui.widgets.pane_tabs import PaneTabs, compact_count

COUNTS = {"actors": 7123, "quotes": 1534, "questions": 321, "notes": 12}


class TabsHost(App[None]):
    def __init__(self, width: int, with_passages: bool) -> None:
        super().__init__()
        self.tabs_width = width
        self.with_passages = with_passages

    def compose(self) -> ComposeResult:
        tabs = PaneTabs(with_passages=self.with_passages)
        tabs.styles.width = self.tabs_width
        yield tabs


@pytest.mark.parametrize(("n", "text"), [(0, "0"), (999, "999"), (1000, "1k"), (7123, "7.1k"),
                                         (71_234, "71k"), (1_234_567, "1.2M")])
def test_compact_count(n: int, text: str) -> None:
    assert compact_count(n) == text


async def _render(width: int, with_passages: bool) -> str:
    app = TabsHost(width, with_passages)
    async with app.run_test(size=(120, 5)) as pilot:
        tabs = app.query_one(PaneTabs)
        tabs.set_counts(COUNTS)
        await pilot.pause()
        return tabs.render().plain


@pytest.mark.parametrize(("width", "with_passages"), [(80, True), (54, False), (72, False)])
async def test_all_counts_stay_at_common_widths(width: int, with_passages: bool) -> None:
    shown = await _render(width, with_passages)
    assert len(shown) <= width
    for count in ("7.1k", "1.5k", "321", "12"):
        assert count in shown, shown


@pytest.mark.parametrize("width", [40, 44])
async def test_notes_count_is_the_last_to_go(width: int) -> None:
    shown = await _render(width, False)
    assert len(shown) <= width
    assert "Notes 12" in shown, shown
