"""Who speaks, on kinds of sentence first met on news the engine had not read (heldout43 and heldout44):
each on sentences of our own."""

from __future__ import annotations

from briefterm.engine.analyse import analyse
from briefterm.sources.document import from_text


def speakers(text: str) -> list[tuple[str, str | None]]:
    """(quotation, speaker name) of the direct quotations."""
    quotes = analyse(from_text("Headline\n\n" + text), None).to_dict()["quotes"]
    return [(q["text"], q["speaker_name"]) for q in quotes if q["kind"] == "direct"]


def test_a_participle_after_a_role_and_its_holder_is_theirs() -> None:
    text = ("The two candidates spent the debate arguing about roads, with the Republican, Lt. Gov. Brent "
            "Kossler, refusing to rule out a tax and the Democrat, Marla Eickhoff, calling his silence "
            "“a tax increase in disguise.”")
    assert speakers(text) == [("a tax increase in disguise.", "Marla Eickhoff")]


def test_a_participle_after_a_place_or_a_day_stays_the_subjects() -> None:
    text = "Mayor Ana Roe spoke in Eastport on Tuesday, calling the plan “a mistake.”"
    assert speakers(text) == [("a mistake.", "Ana Roe")]


def test_the_one_asked_whether_he_would_answers_not_the_asker() -> None:
    text = ("Mr. Tom Ammerman drew the loudest laughter of the night when the moderator asked whether he "
            "supported a toll on the highway. “I support people keeping their own money,” he said.")
    assert speakers(text) == [("I support people keeping their own money,", "Tom Ammerman")]


def test_a_described_person_doing_something_then_giving_her_name() -> None:
    text = ("A woman selling boiled potatoes at the blockade, who gave her name only as Eulalia, said her "
            "family depended on the road. “If the trucks do not pass, we do not sell either,” she said.")
    assert speakers(text) == [("If the trucks do not pass, we do not sell either,", "Eulalia")]


def test_a_described_person_whose_own_participle_clause_gives_his_sex() -> None:
    text = ("Mr. Gordon Guilbeau said the ad was false.\n\n"
            "A media buyer who has worked on Louisiana campaigns for two decades, speaking on condition of "
            "anonymity because he has clients in the race, said such fights end quickly. “Nine times out "
            "of ten, the group fixes one line,” he said.")
    assert speakers(text) == [("Nine times out of ten, the group fixes one line,", "A media buyer")]
