"""Speakers the text describes rather than names, on sentences of our own: a chamber and a party in
the description name nobody, a clause with no commas may tell the person's sex, "the man" points
back to the man described as "he" would, "he" for a described person is never a later "she"; and
subjects named another way ("the 26-year-old", "what they called the “…”", "… Corp. said")."""

from __future__ import annotations

from briefterm.engine.analyse import analyse
from briefterm.engine.quotes.described_subject import _names_someone
from briefterm.sources.document import from_text

from .analysis_helpers import speakers_or_described as speakers


def test_a_chamber_and_a_party_in_a_description_name_nobody() -> None:
    assert not _names_someone("A longtime Assembly Republican".split())
    assert not _names_someone("a Democratic county clerk".split())
    assert _names_someone("a friend of Senate Democrat Ines Barrow".split())  # but a name still names


def test_he_after_a_described_party_member_is_that_member() -> None:
    text = ("The measure cleared the chamber on Monday after Speaker Tomas Ferrante pushed it through.\n\n"
            "A veteran House Democrat, who asked not to be named because he did not want to anger his caucus, "
            "was less generous.\n\n"
            "“They backed it because they knew it would fail,” he said.")
    assert speakers(text) == [("They backed it because they knew it would fail,", "A veteran House Democrat")]


def test_the_man_after_a_described_man_who_spoke_is_that_man() -> None:
    text = ("Commissioner Ines Barrow opened the meeting in Elmstead on Tuesday.\n\n"
            "In the back row, a retired welder who asked that his name not be used said his rent had doubled.\n\n"
            "“Nobody here can keep up with it,” the man said. “Where are we supposed to go?”")
    assert speakers(text) == [("Nobody here can keep up with it,", "a retired welder"),
                              ("Where are we supposed to go?", "a retired welder")]


def test_the_woman_takes_no_described_man() -> None:
    """A clause's "his name" says a man: "the woman" after it is someone else."""
    text = ("Commissioner Ines Barrow opened the meeting in Elmstead on Tuesday.\n\n"
            "In the back row, a retired welder who asked that his name not be used said his rent had doubled.\n\n"
            "“We will look into it,” the woman said.")
    assert speakers(text) != [("We will look into it,", "a retired welder")]


def test_a_described_subject_before_a_participle_aside_is_the_speaker() -> None:
    """ "A member who opposed the plan, speaking on condition …, said": the member, not the plan."""
    text = ("A county supervisor who opposed the plan, speaking on condition of anonymity because she feared "
            "the sheriff's reaction, said colleagues had backed it “because it cost them nothing.”")
    assert speakers(text) == [("because it cost them nothing.", "A county supervisor")]


def test_she_is_not_a_described_speaker_who_was_he() -> None:
    text = ("Mayor Maria Barrow defended the budget on Thursday.\n\n"
            "A retired welder, who asked not to be named because he had voted for Ms. Barrow, was less kind. "
            "“It is a mess,” he said.\n\n"
            "Her campaign said it would not, calling the question “a stunt.”")
    assert speakers(text) == [("It is a mess,", "A retired welder"), ("a stunt.", "maria-barrow")]


def test_a_subject_after_an_and_that_ends_a_prepositions_object() -> None:
    """ "… of sitting on an audit of X and the incumbent dismissed it": the incumbent, named later."""
    text = ("The race for county treasurer turned sharp on Monday, as the challenger accused the incumbent of "
            "sitting on an audit of a struggling rural hospital and the incumbent dismissed the charge as "
            "“a ghost story with footnotes.”\n\n"
            "The incumbent, Harlan Voss, has held the office since 2015.")
    assert speakers(text) == [("a ghost story with footnotes.", "harlan-voss")]


def test_a_body_named_with_an_abbreviation_speaks_through_its_statement() -> None:
    text = ("The Palmetto Freight Corp. said in a statement that it had paid its drivers “every week since "
            "1998” and would “honour whatever the board decides.”")
    assert [name for _, name in speakers(text)] == ["palmetto-freight-corp", "palmetto-freight-corp"]


def test_an_age_after_a_verb_is_the_person_of_that_age() -> None:
    """ "said the 26-year-old": the rider whose age the text gave after a headline and a lede."""
    text = ("Varga takes the summit finish\n\n"
            "ZAKOPANE, Poland (AFP) - Hungarian climber Bence Varga won the mountain stage on Friday, "
            "attacking twice on the last climb to take the lead from Norway's Eirik Haugland.\n\n"
            "Varga, 26, who rides for the Hungarian team Danube Steel, crossed the line 12 seconds ahead. "
            "Haugland finished a minute down.\n\n"
            "\"My legs were empty on the last kilometre,\" said the 26-year-old, speaking at the finish.")
    assert speakers(text) == [("My legs were empty on the last kilometre,", "bence-varga")]


def test_what_observers_called_the_words_is_their_speech() -> None:
    text = ("Monitors from the regional observer mission said the vote had been calm, but criticised what "
            "they called the “widespread use of state vehicles” by sitting mayors.")
    assert kinds(text) == ["direct"]


def kinds(text: str) -> list[str]:
    return [q["kind"] for q in analyse(from_text(text), None).to_dict()["quotes"] if q["kind"] != "indirect"]
