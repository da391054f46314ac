"""The correction forms and the draft offer on their own: first field focused,
ctrl+s / enter save, escape cancels; the draft offer's enter / d / escape."""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.widgets import Input

from briefterm.brief.model import ActorEntry, QuoteEntry, TextAnchor
from briefterm.core.types import Actor, Quote
from briefterm.store.drafts import Draft
from briefterm.ui.screens.correct import ActorCorrection, QuoteCorrection
from briefterm.ui.screens.draft_offer import DraftOffer, offer_text

ACTORS = [Actor("putin", "Putin", "group"), Actor("kremlin", "Kremlin", "organization")]
TEXT = "Putin said “we will win” today."
QUOTE = Quote("we will win", "direct", None, None, "said", 1, 12, 23)


class Host(App[None]):
    def __init__(self, screen: Any) -> None:
        super().__init__()
        self.form = screen
        self.result: object = "unset"

    def on_mount(self) -> None:
        self.push_screen(self.form, self._done)

    def _done(self, result: object) -> None:
        self.result = result


async def _run(screen: Any, *keys: str) -> object:
    app = Host(screen)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press(*keys)
        await pilot.pause()
        return app.result


async def test_the_actor_form_opens_on_the_name_and_enter_saves_a_rename() -> None:
    form = ActorCorrection(ACTORS[0], ACTORS)
    app = Host(form)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.focused, Input) and app.focused.id == "correct-name"
        await pilot.press("end", *" the Great", "enter")
        await pilot.pause()
    assert app.result == ActorEntry("putin", name="Putin the Great")


async def test_ctrl_s_saves_a_retype_and_escape_cancels() -> None:
    # tab to the types, right from "group" (the last) wraps to "person"... then one more: organization
    assert await _run(ActorCorrection(ACTORS[0], ACTORS), "tab", "right", "enter", "ctrl+s") == ActorEntry(
        "putin", type="organization")
    assert await _run(ActorCorrection(ACTORS[0], ACTORS), *"xyz", "escape") is None


async def _merge_into(name: str) -> tuple[Host, ActorCorrection]:
    """The actor form with `name` typed into its merge field and enter pressed."""
    form = ActorCorrection(ACTORS[0], ACTORS)
    app = Host(form)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        form.query_one("#correct-merge", Input).focus()
        await pilot.press(*name, "enter")
        await pilot.pause()
    return app, form


async def test_merge_into_another_actor_by_name() -> None:
    app, _ = await _merge_into("kremlin")
    assert app.result == ActorEntry("putin", merge_into="kremlin")


async def test_a_merge_into_no_actor_is_refused_in_the_form() -> None:
    app, form = await _merge_into("nobody")
    assert app.result == "unset" and form.error is not None and "nobody" in form.error


async def test_the_quote_form_sets_a_typed_speaker_anchored_to_the_quote() -> None:
    result = await _run(QuoteCorrection(QUOTE, TEXT, ACTORS), *"Putin", "enter")
    assert result == QuoteEntry(anchor=TextAnchor("we will win", "Putin said “", "” today."), speaker="Putin")


async def test_saving_an_unchanged_form_changes_nothing() -> None:
    assert await _run(QuoteCorrection(QUOTE, TEXT, ACTORS), "ctrl+s") is None


DRAFT = Draft(3, "why would Russia agree to that?\nmore", "2026-01-01T14:02:00.000Z")


def test_the_offer_shows_the_time_and_the_drafts_first_line() -> None:
    text = offer_text(DRAFT)
    assert text.startswith("Draft from ") and "'why would Russia agree to that?'" in text
    assert f"on ¶ {DRAFT.passage}" in text and "escape to keep it for later" in text
    assert text.endswith("— enter to continue, d to discard, escape to keep it for later")


async def test_the_offer_answers() -> None:
    assert await _run(DraftOffer(DRAFT), "enter") == "continue"
    assert await _run(DraftOffer(DRAFT), "d") == "discard"
    assert await _run(DraftOffer(DRAFT), "escape") is None


async def test_the_forms_choices_are_whole_and_in_the_panes_words_at_80x24() -> None:
    from textual.widgets import RadioButton

    for form in (QuoteCorrection(QUOTE, TEXT, ACTORS), ActorCorrection(ACTORS[0], ACTORS)):
        app = Host(form)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            buttons = list(app.screen.query(RadioButton))
            labels = [str(b.label) for b in buttons]
            for button in buttons:  # each label has the room it needs: nothing cut with "…"
                assert button.size.width >= len(str(button.label)) + 3, str(button.label)
    assert labels == ["person", "organization", "country", "place", "group"]


async def test_the_quote_kinds_read_as_in_the_quotes_pane() -> None:
    from textual.widgets import RadioButton

    app = Host(QuoteCorrection(QUOTE, TEXT, ACTORS))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        labels = [str(b.label) for b in app.screen.query(RadioButton)]
    assert labels == ["said (direct)", "reported (indirect)", "term (scare)"]
