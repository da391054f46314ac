"""Pilot tests: every key of the reader, at 120x40 and 80x24, asserting on what changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import ContentSwitcher

from briefterm.ui.app import BriefApp
from briefterm.ui.widgets.passages import NOTE_MARK

from .fakes import GatedAnalyser, document, fake_analysis, long_text
from .helpers import recorded_notifications, screen_text, settled, status, until, until_shown

WIDE = (120, 40)
NARROW = (80, 24)
SIZES = [WIDE, NARROW]


def make_app(text: str | None = None) -> BriefApp:
    doc = document() if text is None else document(text, "long")
    return BriefApp(doc, None, analyser=fake_analysis)


# ----- first paint and status


async def test_first_paint_comes_before_the_analysis() -> None:
    gate = GatedAnalyser()
    app = BriefApp(document(), None, analyser=gate)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        shown = screen_text(app)
        assert "The council of Ostby met on Monday" in shown
        assert "analysing…" in status(app)
        assert app.reader.analysis is None
        assert "briefterm" in shown and "The river deal at Ostby" in shown
        gate.release.set()
        await settled(pilot)
        assert "analysing…" not in status(app)
        assert app.reader.analysis is not None
        assert "Anna Berg" in screen_text(app)
        shown = [w.id for w in app.reader.query_one(ContentSwitcher).children if w.display]
        assert shown == ["actors"]


@pytest.mark.parametrize("size", SIZES)
async def test_status_shows_passage_i_of_n(size: tuple[int, int]) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        assert "¶ 1/11" in status(app)
        assert "¶ 1/11" in screen_text(app)


# ----- moving through passages


@pytest.mark.parametrize("size", SIZES)
async def test_j_k_and_arrows_move_between_passages(size: tuple[int, int]) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        pane = app.reader.passage_pane
        await pilot.press("j", "j", "j")
        assert pane.cursor == 3
        assert "¶ 4/11" in status(app)
        await pilot.press("k")
        assert pane.cursor == 2
        await pilot.press("down", "down")
        assert pane.cursor == 4
        await pilot.press("up")
        assert pane.cursor == 3
        await pilot.press("k", "k", "k", "k", "k")
        assert pane.cursor == 0  # stops at the first


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(("last", "first"), [("G", "g"), ("end", "home")])
async def test_first_and_last_passage(size: tuple[int, int], last: str, first: str) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        pane = app.reader.passage_pane
        await pilot.press(last)
        await pilot.pause()
        assert pane.cursor == 10
        assert "Learn more about Riverstripe" in screen_text(app)
        assert pane.scroll_y == pane.max_scroll_y
        await pilot.press(first)
        await pilot.pause()
        assert pane.cursor == 0
        assert pane.scroll_y == 0


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(("down", "up"), [("space", "b"), ("pagedown", "pageup")])
async def test_page_keys_move_a_screen(size: tuple[int, int], down: str, up: str) -> None:
    app = make_app(long_text(200))
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        pane = app.reader.passage_pane
        await pilot.press(down)
        await pilot.pause()
        first_page = pane.cursor
        assert pane.scroll_y > 0
        # The cursor is on the first passage that starts on the new screen.
        start, _ = pane.item_region(first_page)
        assert start >= pane.scroll_y
        assert f"Paragraph {first_page + 1} " in screen_text(app)
        await pilot.press(down)
        assert pane.cursor > first_page
        await pilot.press(up, up)
        await pilot.pause()
        assert pane.scroll_y == 0
        await pilot.press(up)
        assert pane.cursor == 0


# ----- search


@pytest.mark.parametrize("size", SIZES)
async def test_search_highlights_as_you_type_and_enter_jumps_after_the_origin(size: tuple[int, int]) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        pane = app.reader.passage_pane
        await pilot.press("j", "j")  # passage 3 selected when / is pressed
        await pilot.press("slash")
        await pilot.press(*"NORDLAND")  # case-insensitive
        await pilot.pause()
        assert "3 hits" in status(app)
        assert pane.cursor == 2  # typing does not move the selection
        await pilot.press("enter")
        await pilot.pause()
        # "Nordland" is in passages 4, 8 and 9: the first after passage 3 is in 4.
        assert pane.cursor == 3
        assert "1/3" in status(app)
        await pilot.press("n")
        assert pane.cursor == 7 and "2/3" in status(app)
        await pilot.press("n")
        assert pane.cursor == 8 and "3/3" in status(app)
        await pilot.press("n")  # wraps round the end, like vim
        assert pane.cursor == 3 and "1/3" in status(app)
        assert "wrapped" in status(app)
        await pilot.press("N")  # and back round the start
        assert pane.cursor == 8 and "3/3" in status(app)


async def test_search_from_the_last_passage_wraps_to_the_first_hit() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settled(pilot)
        await pilot.press("G", "slash", *"ostby", "enter")
        await pilot.pause()
        assert app.reader.passage_pane.cursor == 0
        assert "1/2" in status(app)


async def test_search_escape_cancels_and_no_hit_says_so() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settled(pilot)
        await pilot.press("slash", *"river")
        assert "hits" in status(app)
        await pilot.press("escape")
        await pilot.pause()
        assert "river" not in status(app)
        assert app.reader.passage_pane.has_focus
        await pilot.press("slash", *"zebra", "enter")
        await pilot.pause()
        said = status(app)
        assert said.count("no hits") == 1 and "not found" not in said  # said once
        assert app.reader.passage_pane.cursor == 0
        await pilot.press("n")
        await pilot.pause()
        said = status(app)
        assert said.count("no hits") == 1 and "not found" not in said
        await pilot.press("escape")  # done with it: the failed search leaves the status line
        await pilot.pause()
        assert "zebra" not in status(app)


async def test_n_without_a_search_says_how() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settled(pilot)
        await pilot.press("n")
        assert "press /" in status(app)
        assert app.reader.passage_pane.cursor == 0


async def test_search_hit_is_highlighted() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settled(pilot)
        pane = app.reader.passage_pane
        await pilot.press("slash", *"agency", "enter")
        await pilot.pause()
        match = pane.component_style("passages--match-current")
        # Find the rendered cells of the hit in the passage's rows.
        rows = pane._item_rows(pane.cursor)
        styled = [seg for strip in rows for seg in strip if seg.text.strip() == "agency"]
        assert styled and styled[0].style is not None
        assert styled[0].style.bgcolor == match.bgcolor


# ----- panes


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(("key", "pane"), [("1", "actors"), ("2", "quotes"), ("3", "questions"), ("4", "notes")])
async def test_number_keys_show_and_focus_a_pane(size: tuple[int, int], key: str, pane: str) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        reader = app.reader
        await pilot.press(key)
        await pilot.pause()
        assert reader.query_one(ContentSwitcher).current == pane
        assert app.focused is reader.query_one(f"#{pane}")
        # Only that pane shows: the others are behind their keys.
        shown = [w.id for w in reader.query_one(ContentSwitcher).children if w.display]
        assert shown == [pane]
        assert reader.query_one(f"#{pane}").region.width > 30  # visible and readable
        if size == NARROW:
            assert not reader.passage_pane.display or reader.passage_pane.region.width == 0
        await pilot.press("0")
        await pilot.pause()
        assert app.focused is reader.passage_pane
        assert reader.passage_pane.region.width > 30
        await pilot.press(key, "escape")
        await pilot.pause()
        assert app.focused is reader.passage_pane


@pytest.mark.parametrize("size", SIZES)
async def test_actors_pane_lists_name_type_count_description(size: tuple[int, int]) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        await pilot.press("1")
        await pilot.pause()
        shown = screen_text(app)
        assert "Anna Berg" in shown and "person · 3 mentions" in shown
        assert "Mayor of Ostby" in shown
        assert "Nordland" in shown and "country" in shown


@pytest.mark.parametrize("size", SIZES)
async def test_enter_on_actor_jumps_to_first_mention_and_brackets_walk(size: tuple[int, int]) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        reader = app.reader
        pane = reader.passage_pane
        await pilot.press("1")
        actors = reader.actors_pane
        # Piet Vos: mentioned in passages 4 and 9.
        index = actors.index_where(lambda a: a.id == "piet-vos")
        assert index is not None
        while actors.cursor < index:
            await pilot.press("j")
        await pilot.press("enter")
        await pilot.pause()
        assert pane.cursor == 3
        assert "Piet Vos mention 1/2" in status(app)
        # The passage is on screen, whole (at 80x24 it was hidden behind the pane).
        start, height = pane.item_region(3)
        assert pane.scroll_y <= start and start + height <= pane.scroll_y + pane.size.height
        await pilot.press("right_square_bracket")
        assert pane.cursor == 8 and "mention 2/2" in status(app)
        await pilot.press("right_square_bracket")  # wraps
        assert pane.cursor == 3 and "wrapped" in status(app)
        await pilot.press("left_square_bracket")
        assert pane.cursor == 8
        if size == NARROW:
            assert app.focused is pane  # enter brought the passages back


async def test_brackets_from_the_passage_pane_and_mentions_highlighted() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settled(pilot)
        reader = app.reader
        pane = reader.passage_pane
        mention = pane.component_style("passages--mention")

        def berg_highlighted() -> bool:
            rows = pane._item_rows(2)
            return any(seg.text == "Berg" and seg.style is not None and seg.style.bgcolor == mention.bgcolor
                       for strip in rows for seg in strip)

        # Nothing chosen yet: no mention is highlighted and ] says how to choose.
        assert not berg_highlighted()
        await pilot.press("right_square_bracket")
        assert pane.cursor == 0
        assert "Pick an actor first: press 1" in status(app)
        # Moving the cursor in the Actors pane chooses: Anna Berg (first), in passages 2 and 3.
        await pilot.press("1", "j", "k", "0")
        assert reader.actors_pane.selected is not None
        assert reader.actors_pane.selected.id == "anna-berg"
        await pilot.press("right_square_bracket")
        assert pane.cursor == 1
        await pilot.press("right_square_bracket")
        assert pane.cursor == 2
        assert berg_highlighted()


@pytest.mark.parametrize("size", SIZES)
async def test_quotes_pane_marks_kind_and_enter_jumps(size: tuple[int, int]) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        await pilot.press("2")
        await pilot.pause()
        shown = screen_text(app)
        assert "said" in shown and "Anna Berg — “The river will" in shown
        assert "term" in shown and "“ambitious”" in shown and "scare" not in shown
        await pilot.press("G", "enter")  # the last quote: Vos, passage 9
        await pilot.pause()
        assert app.reader.passage_pane.cursor == 8


@pytest.mark.parametrize("size", SIZES)
async def test_questions_pane_marks_origin_and_enter_jumps(size: tuple[int, int]) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        reader = app.reader
        await pilot.press("3")
        await pilot.pause()
        shown = screen_text(app)
        assert "asked" in shown and "What does a clean river cost" in shown
        assert "curated" in shown and "Can Ostby pay for the pipes" in shown
        questions = reader.questions_pane
        # By passage, curated among the asked; the one about no passage last.
        order = [(q.origin, q.passage) for q in questions.values]
        assert order == [("curated", 4), ("explicit", 8), ("explicit", 10), ("curated", None)]
        await pilot.press("j", "j", "enter")  # the second explicit question, passage 10
        await pilot.pause()
        assert reader.passage_pane.cursor == 9
        if size == NARROW:
            await pilot.press("3")
        while questions.cursor < 3:
            await pilot.press("j")
        await pilot.press("enter")  # curated, no passage: no jump, and it says so
        await pilot.pause()
        assert reader.passage_pane.cursor == 9
        assert "no passage to jump to" in status(app)


async def test_side_panes_mark_the_items_of_the_selected_passage() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settled(pilot)
        reader = app.reader
        await pilot.press("j", "j", "j")  # passage 4: Nordland, Piet Vos, the scare quote
        actors = reader.actors_pane
        marked = {a.id for i, a in enumerate(actors.values) if actors.marked(i)}
        assert marked == {"nordland", "piet-vos"}
        quotes = reader.quotes_pane
        assert [quotes.marked(i) for i in range(len(quotes.items))] == [False, True, False]
        # Quotes follow the reader: the cursor sits on the passage's quote.
        assert quotes.cursor == 1
        questions = reader.questions_pane
        assert [questions.marked(i) for i in range(len(questions.items))] == [True, False, False, False]
        assert "●" in screen_text(app)


async def test_notes_hook_marks_passages() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settled(pilot)
        assert NOTE_MARK not in screen_text(app)
        app.reader.set_noted_passages({2})
        await pilot.pause()
        lines = [line for line in screen_text(app).splitlines() if NOTE_MARK in line]
        assert len(lines) == 1 and " 2 " in lines[0]


async def test_s_toggles_glosses() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settled(pilot)
        assert "Gloss of passage 2." in screen_text(app)
        height = app.reader.passage_pane.virtual_size.height
        await pilot.press("s")
        await pilot.pause()
        assert "Gloss of passage 2." not in screen_text(app)
        assert app.reader.passage_pane.virtual_size.height < height
        await pilot.press("s")
        await pilot.pause()
        assert "Gloss of passage 2." in screen_text(app)


@pytest.mark.parametrize("size", SIZES)
async def test_question_mark_shows_help_from_the_bindings(size: tuple[int, int]) -> None:
    from briefterm.ui.keymap import key_names, places
    from briefterm.ui.screens.help import HelpScreen

    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        from rich.console import Console

        from briefterm.ui.screens.help import help_table

        console = Console(width=200, record=True)
        console.print(help_table(app, places()))
        text = console.export_text()
        for _, bindings in places():
            for binding in bindings:
                assert binding.id, f"{binding} has no id: keymap.yaml could not remap it"
                assert key_names(app, binding) in text and binding.id in text
        for described in ("Search the text", "Next mention of the selected actor", "Quit",
                          "Command palette", "Back to the passages", "Page down"):
            assert described in text
        shown = screen_text(app)
        assert "briefterm — keys" in shown and "j / ↓" in shown and "escape / q / ? closes" in shown
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


async def test_help_pages_as_less_does() -> None:
    from textual.containers import VerticalScroll

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        body = app.screen.query_one("#help-body", VerticalScroll)
        await pilot.press("G")
        await until(pilot, lambda: body.scroll_y == body.max_scroll_y > 0, "help at its end")
        await pilot.press("g")
        await until(pilot, lambda: body.scroll_y == 0, "help at its top")
        await pilot.press("space")
        await until(pilot, lambda: body.scroll_y > 1, "help a page down")


async def test_ctrl_p_palette_jumps_to_an_actor() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settled(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"jump to actor: piet")
        await until_shown(pilot, "Jump to actor: Piet Vos")
        await pilot.press("enter")
        await pilot.pause()
        assert app.reader.passage_pane.cursor == 3
        assert app.reader.actors_pane.selected is not None
        assert app.reader.actors_pane.selected.id == "piet-vos"


async def test_palette_switches_panes() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settled(pilot)
        await pilot.press("ctrl+p", *"show quotes")
        await until_shown(pilot, "Show Quotes")
        await pilot.press("enter")
        await pilot.pause()
        assert app.reader.query_one(ContentSwitcher).current == "quotes"


@pytest.mark.parametrize("size", SIZES)
async def test_q_quits(size: tuple[int, int]) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running
    assert app.return_code in (0, None)


async def test_mouse_click_selects_a_passage() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settled(pilot)
        pane = app.reader.passage_pane
        start, _ = pane.item_region(3)
        await pilot.click("#passages", offset=(10, start - round(pane.scroll_y)))
        assert pane.cursor == 3


async def test_analysis_failure_keeps_the_reader_up() -> None:
    def broken(*args: object) -> object:
        raise RuntimeError("boom")

    app = BriefApp(document(), None, analyser=broken)  # type: ignore[arg-type]
    async with app.run_test(size=WIDE) as pilot:
        await settled(pilot)
        assert app.is_running
        assert "analysis failed" in status(app)
        await pilot.press("j")
        assert app.reader.passage_pane.cursor == 1


async def test_palette_exports_the_brief(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settled(pilot)
        said = recorded_notifications(app)
        await pilot.press("ctrl+p", *"export the brief as markdown")
        await until_shown(pilot, "Export the brief as Markdown")
        await pilot.press("enter")
        await pilot.pause()
        written = list(tmp_path.glob("*.export.md"))
        assert len(written) == 1
        # The same export as `briefterm export`: title, notes, actors, quotes, questions.
        exported = written[0].read_text(encoding="utf-8")
        assert exported.startswith("# The river deal at Ostby") and "**Anna Berg**" in exported
        assert f"Brief written to {written[0].name}" in said
        assert written[0].is_absolute() and not list(tmp_path.glob("*.brief.*"))


@pytest.mark.parametrize("size", [(40, 10), (20, 6)])
async def test_a_tiny_terminal_does_not_break_it(size: tuple[int, int]) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        await pilot.press("j", "G", "g", "1", "j", "enter", "0", "slash", "a", "enter", "n", "question_mark")
        await pilot.pause()
        assert app.is_running


async def test_narrowing_keeps_the_focused_side_pane_on_screen() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settled(pilot)
        await pilot.press("2", "0")
        await pilot.click("#quotes")  # the mouse, not 2: the side is not marked open
        assert app.focused is app.reader.query_one("#quotes")
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.pause()
        quotes = app.reader.query_one("#quotes")
        assert app.focused is quotes and quotes.region.width > 30
        await pilot.press("0")
        await pilot.pause()
        assert app.reader.passage_pane.region.width > 30
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert quotes.region.width > 30 and app.reader.passage_pane.region.width > 30
