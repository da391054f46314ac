"""A role description as a speaker: who it may stand for, on sentences of our own."""

from __future__ import annotations

from briefterm.core.types import Actor
from briefterm.engine.analyse import analyse
from briefterm.engine.quotes.roles import fits_roles
from briefterm.sources.document import from_text


def voices(text: str) -> list[tuple[str | None, str | None]]:
    """(speaker id, speaker name) of the direct quotations."""
    quotes = analyse(from_text(text), None).to_dict()["quotes"]
    return [(q["speaker"], q["speaker_name"]) for q in quotes if q["kind"] == "direct"]


def test_a_person_with_another_office_does_not_fit_the_role() -> None:
    leader = Actor(id="a", name="Ann Ko", type="person", description="the council's leader")
    assert not fits_roles(leader, ("minister",))
    assert fits_roles(leader, ("leader",))


def test_a_person_with_no_role_given_may_hold_any_office() -> None:
    assert fits_roles(Actor(id="a", name="Ann Ko", type="person"), ("minister",))
    assert fits_roles(Actor(id="a", name="Ann Ko", type="person", description="Ko, 52,"), ("minister",))


def test_a_kin_noun_fits_anyone() -> None:
    nurse = Actor(id="a", name="Ann Ko", type="person", description="a retired nurse")
    assert fits_roles(nurse, ("mother",))
    assert not fits_roles(nurse, ("minister",))


def test_a_role_with_its_own_complement_is_a_speaker_not_the_last_person_named() -> None:
    text = ("Clinic closure challenged\n\n"
            "The council’s leader, Ivo Brandt, told the meeting that the town had lost enough.\n\n"
            "In a written answer last week, the minister for rural health said that no clinic would close "
            "‘unless the alternative is safer for patients’.")
    assert voices(text) == [(None, "the minister for rural health")]


def test_a_role_points_back_to_the_person_just_named_in_it() -> None:
    text = ("Talks stall\n\n"
            "Lena Marsh, the foreign minister of Norland, met her counterpart on Friday.\n\n"
            "“We are not there yet,” the foreign minister said.")
    assert voices(text) == [("lena-marsh", "Lena Marsh")]


def test_the_head_of_a_phrase_comes_before_its_complement() -> None:
    """"the minister for care" can speak (its head is "minister"); "the spate of protests" cannot."""
    text = ("Budget row\n\n"
            "The minister for care said the budget was “not a cut”.\n\n"
            "Jane Roe said the spate of protests demands “a rethink”.")
    assert voices(text) == [(None, "The minister for care"), ("jane-roe", "Jane Roe")]


def test_a_titled_speaker_is_shown_by_the_person_s_name() -> None:
    text = ("Fraud case\n\n"
            "U.S. District Judge Rob Kline said her crimes had “betrayed people who trusted her.”\n\n"
            "“She is sorry,” said her attorney, Mark Fiore.")
    assert voices(text) == [("rob-kline", "Rob Kline"), ("mark-fiore", "Mark Fiore")]


def test_a_lede_s_unnamed_speaker_is_the_person_named_next_with_that_office() -> None:
    text = ("Bus cuts ‘will strand villages’, says MP\n\n"
            "A Labour MP has accused the council of leaving villages ‘to fend for themselves’.\n\n"
            "Ana Tregor, the MP for Ashby, said the plan ignored the distances people travel.")
    assert voices(text) == [("ana-tregor", "Ana Tregor"), ("ana-tregor", "Ana Tregor")]


def test_an_unnamed_speaker_later_in_the_story_stays_unnamed() -> None:
    body = "".join(f"Paragraph {k} says little.\n\n" for k in range(4))
    text = ("Bus cuts\n\n" + body + "An MP said the cuts were ‘a disgrace’.\n\n"
            "Ana Tregor, the MP for Ashby, disagreed.")
    assert voices(text) == [(None, "An MP")]


def test_an_office_once_held_does_not_rule_out_a_role_now() -> None:
    nominee = Actor(id="a", name="Ann Ko", type="person", description="a former secretary of state")
    assert fits_roles(nominee, ("nominee",))
    assert not fits_roles(Actor(id="b", name="Bo Ek", type="person", description="the secretary of state"),
                          ("nominee",))


def test_one_office_under_its_other_names() -> None:
    congressman = Actor(id="a", name="Ed Pike", type="person", description="Rep.")
    assert fits_roles(congressman, ("congressman",))
    assert fits_roles(Actor(id="b", name="Jo Lund", type="person", description="a congresswoman"), ("representative",))


def test_the_congressman_is_the_representative_named_before_not_the_last_man() -> None:
    text = ("Farmers press lawmaker\n\n"
            "Rep. Ed Pike came to talk about clinics. The first questioner, Lars Moe, did not wait.\n\n"
            "\"Will you vote for the deal?\" he asked.\n\n"
            "\"With respect, Lars, the deal sells our corn,\" the congressman replied.\n")
    assert [name for _, name in voices(text)] == ["Lars Moe", "Ed Pike"]


def test_a_candidate_s_campaign_speaks_for_the_candidate() -> None:
    text = ("Race\n\nDeborah Lune is running for mayor. Ed Pike is too.\n\n"
            "The Lune campaign called it “a printer’s error.”\n\n“We stand by it,” the Pike campaign said.")
    assert voices(text) == [("deborah-lune", "The Lune campaign"), ("ed-pike", "the Pike campaign")]
    office = "Gov. Pat Lorne is away.\n\nGov. Pat Lorne's office said the plan was “under review.”"
    assert voices(office) == [("pat-lorne", "Gov. Pat Lorne's office")]


def test_it_never_points_back_to_a_place_named_only_as_where() -> None:
    text = ("Forum\n\nMs. Ana Lune asked about a mailer sent to voters on the North Side last week. "
            "It calls Mr. Ed Pike “a career politician.”")
    assert [speaker for speaker, _ in voices(text)] == [None]


def test_the_answer_after_asked_whether_is_the_one_asked() -> None:
    text = ("Town hall\n\nRep. Ed Pike took questions. Robin Lake, a student, asked the last question: whether "
            "Mr. Pike would back his party’s nominee.\n\n“I’m going to vote for the ticket,” he said.")
    assert voices(text) == [("ed-pike", "Ed Pike")]


def test_the_person_given_the_floor_is_the_pronoun_s_speaker() -> None:
    text = ("Hearing\n\n“We are hiring,” said Ana Lune, the agency’s chief. She said the lines would shrink.\n\n"
            "The sharpest exchange came from Sen. Rita Vass. “How many people have to miss a flight?” she asked.\n\n"
            "With the roll call tied, the last vote fell to Council President Ed Pike. “I have heard every word,” "
            "he said.")
    assert [speaker for speaker, _ in voices(text)] == ["ana-lune", "rita-vass", "ed-pike"]


def test_officials_at_a_body_with_its_acronym_in_a_city_speak_for_the_body() -> None:
    text = ("Outbreak\n\nOfficials at the World Health Organization (WHO) in Geneva said the outbreak was "
            "“under control.”")
    assert voices(text) == [("world-health-organization", "Officials at the World Health Organization (WHO) in Geneva")]


def test_the_ministry_is_the_ministry_named_before_not_the_last_body() -> None:
    text = ("Mine blast\n\nThe Ministry of Emergency Situations sent rescuers. The mine's operator, the company "
            "Saryn Komir, said it was cooperating.\n\nIn a statement, the ministry said methane levels had risen "
            "“sharply.”")
    assert voices(text) == [("ministry-of-emergency-situations", "the ministry")]


def test_the_one_a_reporter_asked_answers() -> None:
    text = ("Endorsement\n\nMr. Hal Teal, a retired pharmacist, never voted a straight ticket. On Wednesday, a "
            "reporter asked him whether he was worried about a challenge.\n\n“I’m 68 years old,” he said.")
    assert [speaker for speaker, _ in voices(text)] == ["hal-teal"]


def test_the_subject_of_the_clause_a_partial_goes_on_with_is_not_its_speaker() -> None:
    text = ("Endorsement\n\nThe county chairman, Dwayne Pick, was less measured. Mr. Hal Teal had “made his "
            "choice,” he said, “and he’ll have to live with it.”")
    assert [speaker for speaker, _ in voices(text)] == ["dwayne-pick", "dwayne-pick"]


def test_a_news_agency_quoting_someone_as_saying_gives_the_words_to_them() -> None:
    text = ("Fire\n\nThe governor, Baxtiyor Ergash, visited the site. The agency UzA quoted him as promising "
            "help and saying that “every hospital will be inspected.”")
    assert [speaker for speaker, _ in voices(text)] == ["baxtiyor-ergash"]


def test_a_role_noun_after_a_described_speaker_is_that_speaker_unless_someone_is_named_since() -> None:
    text = ("Ana Roe, the speaker, denied it on Monday.\n\n"
            "One Republican member of the House, who did not want to cross Ana Roe, said the caucus was "
            "“waiting to see the file.”\n\n"
            "“If it is sloppy, she survives,” the lawmaker said.\n\n"
            "A voter said it was “fine.” Ben Poe shrugged. “It is over,” the lawmaker said.")
    assert [name for _id, name in voices(text)] == [
        "One Republican member of the House", "One Republican member of the House", "A voter", "Ben Poe"]


def test_a_lede_s_their_leader_is_the_person_named_next_as_that_leader() -> None:
    text = ("Organizers of a recall petition turned in 2,140 signatures on Tuesday, and their leader said "
            "the east side had “found out it has a voice.”\n\n"
            "That leader, Ana Tregor, a retired nurse, carried the boxes.")
    assert voices(text) == [("ana-tregor", "their leader")]


def test_a_lede_s_office_of_a_secretary_is_no_person_named_later() -> None:
    text = ("CONCORD — A recount reversed the result on Thursday, the secretary of state's office said.\n\n"
            "Ana Tregor, a real estate agent, finished six votes ahead.")
    quotes = analyse(from_text(text), None).to_dict()["quotes"]
    assert [(q["speaker"], q["speaker_name"]) for q in quotes] == [(None, "the secretary of state's office")]


def test_a_described_person_at_a_body_speaks_for_herself_but_its_official_for_it() -> None:
    text = ("Ana Tregor runs the Corran Hospital.\n\n"
            "A nurse at Corran Hospital said they had gone “back to paper.”\n\n"
            "An official at Corran Hospital said it was “planned.”")
    assert voices(text) == [(None, "A nurse at Corran Hospital"), ("corran-hospital", "An official at Corran Hospital")]


def test_the_chief_or_the_clerk_is_the_one_named_with_that_office() -> None:
    text = ("Ana Roe, the former fire chief who wrote the rules, spoke last. “They were too loose,” the "
            "former chief said.\n\nTom Poe, the county clerk, disagreed. “They work,” the clerk said.")
    assert voices(text) == [("ana-roe", "Ana Roe"), ("tom-poe", "Tom Poe")]
