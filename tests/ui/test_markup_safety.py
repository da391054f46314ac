"""No document, brief or engine text is ever read as markup: it shows literally, clicks do nothing."""

from __future__ import annotations

from typing import Any

from briefterm.core.types import Actor, Document, Mention, Passage, Question, Quote
from briefterm.engine.analyse import Analysis, link_passages
from briefterm.sources.document import from_text
from briefterm.ui.app import BriefApp

from .helpers import screen_strips, screen_text, settled, status, until_shown

CLICK = "[@click=app.quit]click me[/]"
BOLD = "[bold red]not bold[/]"
TEXT = f"{CLICK}\n\nA paragraph that says {BOLD} and [link=https://example.com]a link[/link].\n\nWho said {CLICK}?\n"


class Brief:
    """A brief whose gloss and title are markup-shaped."""

    title = f"Title {CLICK}"
    glosses = {2: f"Gloss {BOLD}"}

    def place_glosses(self, text: str, passages: list[Passage]) -> None:
        for p in passages:
            p.gloss = self.glosses.get(p.index)

    def apply(self, analysis: Analysis) -> None:
        analysis.document.title = self.title
        for p in analysis.passages:
            p.gloss = self.glosses.get(p.index)


def hostile_analysis(doc: Document, brief: Any, passages: list[Passage]) -> Analysis:
    start = doc.text.index("click me")
    actor = Actor("x", CLICK, "person", description=BOLD,
                  mentions=[Mention(1, start, start + 8, "click me")])
    quote = Quote(CLICK, "direct", "x", CLICK, None, 2, doc.text.index(BOLD), doc.text.index(BOLD) + len(BOLD))
    question = Question(f"{CLICK}?", "curated", None)
    analysis = Analysis(doc, passages, [actor], [quote], [question])
    if brief is not None:
        brief.apply(analysis)
    link_passages(analysis)
    return analysis


def make_app() -> BriefApp:
    return BriefApp(from_text(TEXT, "hostile.md", name="hostile"), Brief(), analyser=hostile_analysis)


def no_click_meta(app: BriefApp) -> bool:
    for strip in screen_strips(app):
        for segment in strip:
            meta = segment.style.meta if segment.style is not None else {}
            if "@click" in meta and "quit" in str(meta["@click"]):
                return False
    return True


async def test_document_text_shows_literally_and_clicking_does_nothing() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        shown = screen_text(app)
        assert CLICK in shown
        assert BOLD in shown
        assert "[link=https://example.com]a link[/link]" in shown
        assert f"Title {CLICK}" in shown  # the header
        assert f"Gloss {BOLD}" in shown  # the brief
        assert no_click_meta(app)
        # Click right on the words.
        pane = app.reader.passage_pane
        for y, line in enumerate(screen_text(app).splitlines()):
            x = line.find("click me")
            if x >= 0 and x < pane.region.right:
                await pilot.click(offset=(x + 2, y))
                break
        else:
            raise AssertionError("the words are not on screen")
        await pilot.pause()
        assert app.is_running


async def test_side_panes_and_status_show_markup_literally() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        assert f"{CLICK}  person" in screen_text(app)  # the actor's name in the Actors pane
        await pilot.press("2")
        await pilot.pause()
        shown = screen_text(app)
        assert f"{CLICK} —" in shown and f"“{CLICK}”" in shown
        await pilot.press("3")
        await pilot.pause()
        assert f"curated {CLICK}?" in screen_text(app)
        await pilot.press("1", "enter")
        await pilot.pause()
        assert CLICK in status(app)
        await pilot.press("0", "slash", *"[bold]", "enter")
        await pilot.pause()
        assert "/[bold]" in status(app)
        assert no_click_meta(app)
        assert app.is_running


async def test_palette_shows_actor_names_literally() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        await pilot.press("ctrl+p", *"jump to actor")
        await until_shown(pilot, f"Jump to actor: {CLICK}")
        await pilot.press("enter")
        await pilot.pause()
        assert app.is_running
        assert app.reader.passage_pane.cursor == 0


ESC_TEXT = "Plain words.\n\nMore plain words.\n"


class EscapingBrief:
    """A brief (not sanitised like a document) carrying terminal escapes."""

    title = "Title \x1b]0;pwned\x07 \x1b[31mred"
    glosses: dict[int, str] = {}  # noqa: RUF012 - read only

    def place_glosses(self, text: str, passages: list[Passage]) -> None:
        for p in passages:
            p.gloss = self.glosses.get(p.index)

    def apply(self, analysis: Analysis) -> None:
        analysis.document.title = self.title
        analysis.passages[0].gloss = "Gloss \x1b[2J cleared"
        analysis.actors.append(Actor("e", "Name\x1b[5m", "person", description="Desc \x1b]8;;http://x\x07"))
        analysis.questions.append(Question("Why \x1b[?1049l?", "curated", None))


def escaping_analysis(doc: Document, brief: Any, passages: list[Passage]) -> Analysis:
    analysis = Analysis(doc, passages, [], [], [])
    brief.apply(analysis)
    link_passages(analysis)
    return analysis


async def test_escape_sequences_from_a_brief_never_reach_the_terminal() -> None:
    app = BriefApp(from_text(ESC_TEXT, "esc.md", name="esc"), EscapingBrief(), analyser=escaping_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        seen = []
        for key in ("1", "3"):
            await pilot.press(key)
            await pilot.pause()
            strips = screen_strips(app)
            assert not any("\x1b" in seg.text or "\x07" in seg.text for strip in strips for seg in strip)
            seen.append(screen_text(app))
        assert "Gloss  cleared" in seen[0] and "Name  person" in seen[0] and "Desc" in seen[0]
        assert "Why ?" in seen[1]
        assert "Title  red" in seen[0]  # the escapes go (an OSC title with its payload)
