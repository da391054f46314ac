"""Labels in quotation marks: a name people use for a thing is nobody's words (scare), while
what a named speaker called something stays that speaker's speech. Sentences of our own."""

from __future__ import annotations

from briefterm.core.types import ActorType

from .test_quotes_helpers import direct, kinds, quotes_of

PEOPLE: dict[str, tuple[ActorType, list[str]]] = {
    "Ana Roe": ("person", ["Roe"]),
    "Lisbon": ("place", []),
}


def test_a_name_people_took_to_calling_something_is_a_label() -> None:
    text = ("Dock crews took to calling the new shift “the graveyard rota,” because nobody slept. "
            "The council has taken to calling the report “the Roe memo,” a label her staff dislike.")
    assert kinds(quotes_of(text, PEOPLE)) == [("the graveyard rota,", "scare"), ("the Roe memo,", "scare")]


def test_a_name_people_have_long_called_or_began_calling_something_is_a_label() -> None:
    text = ("Shepherds in the valley have long called the wolves “the grey wanderers”. "
            "Growers have already begun calling the storm “the dark Friday”, after the sky it left.")
    assert kinds(quotes_of(text, PEOPLE)) == [("the grey wanderers", "scare"), ("the dark Friday", "scare")]


def test_what_a_speaker_called_something_is_still_speech() -> None:
    text = "Ana Roe said the lock was safe, calling the leak “a small problem, not a real one.”"
    assert direct(quotes_of(text, PEOPLE)) == [("a small problem, not a real one.", "Ana Roe")]


def test_known_somewhere_as_a_name_is_a_label() -> None:
    text = ("The ministry says no vote is needed, a reading that has become known in Lisbon as the "
            "“paperwork argument”. The rule, known inside the firm as “the squeeze,” was dropped.")
    assert kinds(quotes_of(text, PEOPLE)) == [("paperwork argument", "scare"), ("the squeeze,", "scare")]


def test_what_a_people_call_a_thing_is_their_term_but_what_one_speaker_called_it_is_speech() -> None:
    text = ("The race is open to every party, in what Ohioans call a “jungle primary,” and has drawn "
            "ten candidates. It was what Roe called a “needless fight.”")
    quotes = quotes_of(text, PEOPLE)
    assert kinds(quotes) == [("jungle primary,", "scare"), ("needless fight.", "direct")]
    assert direct(quotes) == [("needless fight.", "Ana Roe")]


def test_what_people_know_as_a_name_is_a_label() -> None:
    text = "The ports raised signal number seven, which coastal families know simply as “the big seven”."
    assert kinds(quotes_of(text, PEOPLE)) == [("the big seven", "scare")]


def test_what_they_call_something_is_their_term() -> None:
    text = "Republicans warned against what they call “ballot harvesting,” and Ana Roe agreed."
    assert kinds(quotes_of(text, PEOPLE)) == [("ballot harvesting,", "scare")]


def test_a_name_people_have_for_a_thing_before_a_colon_is_a_label_but_a_word_for_it_is_speech() -> None:
    text = ("Herders have a name for a swarm that darkens the sky: “daruur cas”, or “red cloud”. "
            "Ana Roe had a word for the plan: “reckless.”")
    assert kinds(quotes_of(text, PEOPLE)) == [("daruur cas", "scare"), ("red cloud", "scare"), ("reckless.", "direct")]


def test_a_name_given_with_dubbed_or_nicknamed_before_its_object_is_a_label() -> None:
    text = ("Growers have dubbed the levy the “orchard tax” since spring. Dockers dubbed it “the long "
            "shift,” and the union nicknamed the new cranes “the herons”. Ana Roe called the plan “rushed.”")
    assert kinds(quotes_of(text, PEOPLE)) == [
        ("orchard tax", "scare"), ("the long shift,", "scare"), ("the herons", "scare"), ("rushed.", "direct")]


def test_what_something_is_referred_to_as_is_a_label() -> None:
    text = ("Internal memos referred to the takeover as “Project Heron”, and Ana Roe said the name would "
            "change. According to the complaint, Roe referred to the payments in her emails as “the quiet "
            "fund,” and staff who asked were moved.")
    assert kinds(quotes_of(text, PEOPLE)) == [("Project Heron", "scare"), ("the quiet fund,", "scare")]


def test_a_name_people_call_something_now_is_a_label_but_not_in_a_headline() -> None:
    text = ("Villagers call the earth barrier “the sleeping snake”. Fishermen have their own word for "
            "the fog. They call it “the grey wall”.")
    assert kinds(quotes_of(text, PEOPLE)) == [("the sleeping snake", "scare"), ("the grey wall", "scare")]
    headline = "Senators call outage ‘reckless’\n\n“It was reckless,” said Ana Roe."
    assert direct(quotes_of(headline, PEOPLE))[0] == ("reckless", "Ana Roe")


def test_a_quotation_named_by_the_phrase_after_it_is_no_speech_of_the_one_who_names_it() -> None:
    text = "Staff have taken to calling the fund the “porch fund,” a name Ana Roe said was “made for headlines.”"
    assert kinds(quotes_of(text, PEOPLE)) == [("porch fund,", "scare"), ("made for headlines.", "direct")]


def test_a_name_that_people_who_use_it_call_something_is_a_label() -> None:
    text = "The board backed the librarians who call the review process “shelf care,” and Ana Roe agreed."
    assert kinds(quotes_of(text, PEOPLE)) == [("shelf care,", "scare")]


def test_a_long_plain_phrase_a_body_called_something_is_its_speech() -> None:
    text = ("Teachers stayed away after the city made a pay offer that the union called “an insult with a decimal "
            "point.” Ana Roe ruled that the strike was “lawful in every respect.” The council ruled out “a deal "
            "before spring.”")
    assert kinds(quotes_of(text, PEOPLE)) == [
        ("an insult with a decimal point.", "direct"), ("lawful in every respect.", "direct"),
        ("a deal before spring.", "scare")]
