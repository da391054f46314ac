"""Whose words a quotation is when one report sits inside another ("X said his client denied …"),
when "called" has a subject of its own inside a relative clause, and when a described person is
named after the description. Sentences of our own."""

from __future__ import annotations

from .analysis_helpers import actor_types
from .analysis_helpers import speakers_or_described as speakers
from .test_quotes_voices import speakers as speaker_names


def test_he_after_a_report_inside_a_report_is_the_one_who_reported() -> None:
    text = ("The defence lawyer, Tobiah Renwick, said his client denied every charge. "
            "“My client paid each invoice on time,” he said.")
    assert speakers(text) == [("My client paid each invoice on time,", "tobiah-renwick")]


def test_a_phrase_opening_with_a_preposition_inside_a_nested_report_is_the_outer_speaker_s() -> None:
    text = ("The governor, Odalys Fenwick, visited the slope. Fenwick told the radio station that the county "
            "had warned the ministry about the road \"at least four times this spring\".")
    assert speakers(text) == [("at least four times this spring", "odalys-fenwick")]


def test_a_relative_clause_whose_subject_called_something_reports_speech() -> None:
    text = ("The board offered a review, which the union's organiser, Perrin Wakeford, called "
            "“a promise to hold one more meeting.” The vote was delayed, a move that the council's two "
            "Greens called \"a plan with no purpose at all.\"")
    assert speakers(text) == [("a promise to hold one more meeting.", "perrin-wakeford"),
                              ("a plan with no purpose at all.", "greens")]


def test_a_thing_called_a_name_is_still_no_speech() -> None:
    text = "The group runs a fund that is called \"the rainy day pot for all of us\" by its members."
    assert speakers(text) == []


def test_a_particle_after_a_pronoun_makes_call_another_verb() -> None:
    text = ("The second strike is set for Friday. Inez Caldwell said nurses would call it off "
            "“the moment a real offer arrives”, and not before.")
    assert speakers(text) == [("the moment a real offer arrives", "inez-caldwell")]


def test_a_clause_after_though_has_its_own_verb_not_the_quotation_s() -> None:
    text = ("A spokeswoman for the Prairie Water Coalition, a group of farm trusts, said the bill was "
            "“the first real money the wells have seen,” though Mary Tesk said the group wanted longer contracts.")
    found = dict(speakers(text))
    assert found["the first real money the wells have seen,"] == "prairie-water-coalition"


def test_some_in_a_group_is_a_part_of_the_group() -> None:
    found = speaker_names("The panel adopted the amendment, a measure some in her own party had called "
                          "“a gift for doing nothing.”")
    assert found["a gift for doing nothing."] == "some in her own party"


def test_a_described_person_named_after_a_place_is_the_person_named() -> None:
    text = ("A herder from the Ulaan district in Khovd, Dorjgotov, told the agency that families had to travel far. "
            "“Nobody had come that far for us before,” he said.")
    assert speakers(text) == [("Nobody had come that far for us before,", "dorjgotov")]
    assert actor_types(text)["Dorjgotov"] == "person"


def test_a_woman_named_after_the_country_she_is_in_speaks_as_she() -> None:
    text = ("A woman in Peru, Yessenia Quispaya, said her son was still missing. “We wait at the gate,” she said.")
    assert speakers(text) == [("We wait at the gate,", "yessenia-quispaya")]
    assert actor_types(text)["Yessenia Quispaya"] == "person"


def test_an_unnamed_clerk_who_gave_no_name_is_the_he_after_him() -> None:
    text = ("Mayor Ansel Durbridge said the line would open in May. A ticket clerk at the terminal across the road, "
            "who did not want to give his name, was less hopeful. “The train is always next year,” he said.")
    assert speakers(text) == [("The train is always next year,", "A ticket clerk")]
