"""A saved news page in the reader: the headline in the header, the article's
paragraphs as passages, nothing of the menus, quotes found."""

from __future__ import annotations

from pathlib import Path

from briefterm.sources.document import load
from briefterm.ui.app import BriefApp
from tests.sources.pages import ARTICLE_HTML

from .helpers import screen_text, settled


async def test_a_saved_page_reads_as_its_article(tmp_path: Path) -> None:
    page = tmp_path / "harbour.html"
    page.write_text(ARTICLE_HTML, encoding="utf-8")
    app = BriefApp(load(str(page)), None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        shown = screen_text(app)
        assert "Ministers split over harbour plan" in shown.splitlines()[0]
        assert "1   The government's plan" in shown
        for furniture in ("Accept all cookies", "Harbour fire", "Privacy", "<p>", "tracking"):
            assert furniture not in shown
        assert app.reader.analysis is not None
        assert any("Soto" in (q.speaker_name or "") for q in app.reader.analysis.quotes)
