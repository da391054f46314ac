"""Parliaments, ministries, parties and forces as political news names them, on sentences of our own."""

from __future__ import annotations

from briefterm.engine.analyse import analyse
from briefterm.sources.document import from_text


def actors(text: str) -> dict[str, tuple[str, list[str]]]:
    return {a.name: (a.type, a.aliases) for a in analyse(from_text(text), None).actors}


def test_a_chamber_is_not_short_for_its_committee() -> None:
    found = actors("Ms. Carver spoke on the Senate floor before the Senate Budget Committee met.")
    assert found.get("Senate") == ("organization", [])
    assert found.get("Senate Budget Committee") == ("organization", [])


def test_a_chamber_is_short_for_the_state_chamber_the_text_names() -> None:
    found = actors("The Westmark Senate voted on Monday. Later the Senate adjourned.")
    assert found == {"Westmark Senate": ("organization", ["Senate"])}


def test_ministries_and_chambers_named_by_one_word_or_known_names() -> None:
    found = actors("The Home Office said no, and the Treasury had run out of money. "
                   "Speaking in the Commons on Tuesday, Ms Lund said so.")
    assert {name: kind for name, (kind, _) in found.items()} == {
        "Home Office": "organization", "Treasury": "organization", "Commons": "organization", "Lund": "person"}


def test_a_seat_of_government_with_or_without_the_is_one_actor() -> None:
    found = actors("The White House said no. Later a White House aide agreed. The Kremlin was silent, "
                   "and officials at the Kremlin said nothing.")
    assert set(found) == {"White House", "Kremlin"}


def test_two_places_before_a_body_s_head_name_one_body() -> None:
    found = actors("Ashby and Corran Police said they were studying the plan.")
    assert found == {"Ashby and Corran Police": ("organization", [])}


def test_a_person_on_either_side_of_and_keeps_two_actors() -> None:
    found = actors("Moderators were named.\n\nLee and Martha Stone of Harbour News will ask the questions.")
    assert "Martha Stone" in found and found.get("Harbour News", ("", []))[0] == "organization"


def test_a_plural_title_after_a_party_is_no_part_of_its_name() -> None:
    found = actors("Two Labour MPs agreed with the Federation of Hill Mine Workers.")
    assert {name: kind for name, (kind, _) in found.items()} == {
        "Labour": "organization", "Federation of Hill Mine Workers": "organization"}


def test_a_union_local_keeps_its_number() -> None:
    found = actors("Members of Allied Bakers Union Local 1186 voted. "
                   "Teamsters Local 120, which represents drivers, agreed.")
    assert found == {"Allied Bakers Union Local 1186": ("organization", []),
                     "Teamsters Local 120": ("organization", [])}


def test_a_firm_named_without_its_trade_is_the_same_firm() -> None:
    found = actors("Workers at the Corran Hearth Bakeries plant walked out. "
                   "Corran Hearth said it regretted the strike.")
    assert found == {"Corran Hearth Bakeries": ("organization", ["Corran Hearth"])}


def test_local_government_words() -> None:
    found = actors("The plant on Energy Park Drive sits in St. Paul’s Midway neighborhood. "
                   "City Councilmember Tova Rambert said it should stay.")
    assert {name: kind for name, (kind, _) in found.items()} == {
        "Energy Park Drive": "place", "St. Paul": "place", "Midway": "place", "Tova Rambert": "person"}


def test_a_body_named_by_its_first_word_in_a_tongue_the_lists_lack() -> None:
    """ "the consortium Veltramar Aguas" … "a spokeswoman for Veltramar": one body; but an acronym
    is the parent of what its name opens."""
    found = actors("The plant, being built by the consortium Veltramar Aguas, would supply the mines. "
                   "A spokeswoman for Veltramar, Ana Roe, said the outfall was safe.")
    assert found["Veltramar Aguas"] == ("organization", ["Veltramar"])
    found = actors("Ola Brekke, an economist at the consortium KVB Marknad, wrote to clients on Monday. "
                   "A spokeswoman for KVB, Ana Roe, said the bank would cut its rates.")
    assert "KVB" in found and "KVB" not in found.get("KVB Marknad", ("", []))[1]


def test_a_single_name_past_another_description_speaks() -> None:
    found = actors("The river burst its banks on Monday, officials said. Verdanta, another relief group, "
                   "said the count was low.")
    assert found.get("Verdanta") == ("organization", [])


def test_a_title_and_name_quoted_whole_are_a_nickname() -> None:
    found = actors("Kwame Aboagye, 58, has been known across the league as \"Chairman Barrowman\", after he "
                   "pushed sand onto a flooded pitch. Aboagye said he was grateful.")
    assert list(found) == ["Kwame Aboagye"]


def test_a_body_and_its_name_in_its_own_tongue_in_brackets_are_one() -> None:
    found = actors("Sigrun Dalsgard, director of the Westfjord Fishers' Association (Vestfirda Fiskifelag), said "
                   "the quota was too low.")
    assert found["Westfjord Fishers' Association"] == ("organization", ["Vestfirda Fiskifelag"])


def test_a_body_and_its_acronym_in_its_own_tongue_are_one() -> None:
    found = actors("The strike was called by the Federation of Rail and Port Unions (FESIFER), which wants "
                   "a rise. FESIFER said talks had failed.")
    assert found == {"Federation of Rail and Port Unions": ("organization", ["FESIFER"])}


def test_a_news_site_under_a_country_domain_is_a_body() -> None:
    found = actors("Bat Dorj, the chairman of the branch, told the news website Ulaan.mn that he would appeal.")
    assert found.get("Ulaan.mn") == ("organization", [])


def test_people_acting_for_a_body_that_open_a_sentence_are_not_its_name() -> None:
    found = actors("A judge heard the suit against the Westmark State Senate on Monday. The Senate passed the map "
                   "in March, and a lawyer for the plaintiffs spoke first. Lawyers for the Senate argued that the "
                   "map was lawful.")
    assert found == {"Westmark State Senate": ("organization", ["Senate"])}


def test_a_dateline_and_its_agency_in_brackets_are_no_listed_name() -> None:
    found = actors("Dengue emergency declared\n\nAMARILVA, Paraguay (AP) — The government declared an emergency.")
    assert "AMARILVA, Paraguay" not in found and found.get("Paraguay", ("", []))[0] == "country"


def test_an_acronym_in_brackets_after_a_body_s_name_is_that_body_whatever_its_letters() -> None:
    text = ("The record was set on Tuesday, according to Spain's State Meteorological Agency (AEMET). "
            "According to AEMET, a ridge of high pressure had formed. The state paid in euros (EUR).")
    found = analyse(from_text(text), None).actors
    agency = next(a for a in found if a.name == "State Meteorological Agency")
    assert "AEMET" in agency.aliases and not any(a.name == "AEMET" for a in found)


def test_a_body_named_for_two_places_keeps_both_and_a_route_between_two_does_not() -> None:
    found = actors("The Lisbon-Porto Water Company cut supplies. Trains on the Tallinn-Helsinki route were late. "
                   "The Archdiocese of Gdańsk said it would appeal.")
    assert found["Lisbon-Porto Water Company"][0] == "organization"
    assert found["Archdiocese of Gdańsk"][0] == "organization"
    assert found["Tallinn"][0] == found["Helsinki"][0] == "place"


def test_a_hotline_is_a_body_and_it_speaks_for_it() -> None:
    analysis = analyse(from_text("Boats sank.\n\nSea Call, a volunteer hotline that takes calls from boats in "
                                 "distress, said it had passed on the position. It called the delay “deadly.”"), None)
    assert {a.name: a.type for a in analysis.actors}.get("Sea Call") == "organization"
    assert [q.speaker_name for q in analysis.quotes if q.kind == "direct"] == ["Sea Call"]


def test_a_group_named_for_its_brothers_or_sisters_of_somewhere_stays_whole() -> None:
    found = actors("Ana Roe, who leads the Sisters of Ashby group on the council, called the vote late.")
    assert found["Sisters of Ashby"][0] == "organization"


def test_a_geological_survey_is_a_body_not_a_study() -> None:
    found = actors("Wells have dropped 30 feet, according to the Montana Geological Survey. Crews from "
                   "the Geological Survey of Peru were on their way.")
    assert found["Montana Geological Survey"][0] == "organization"
    assert found["Geological Survey of Peru"][0] == "organization"


def test_police_opening_a_sentence_is_the_one_police_body_named() -> None:
    found = actors("Police said the march was peaceful. Fasa Ode, a spokesman for the Lagos State Police Command, "
                   "said 14 people had been held.")
    assert "Police" not in found
    assert "Police" in found["Lagos State Police Command"][1]


def test_a_caucus_named_for_a_cause_is_a_body_and_one_named_for_a_state_an_event() -> None:
    found = actors("Members of the Plains Freedom Caucus want more cuts. The Iowa Caucus is in January.")
    assert found["Plains Freedom Caucus"][0] == "organization"
    assert "Iowa Caucus" not in found


def test_a_school_district_in_the_plural_is_a_body_and_its_town_a_place() -> None:
    found = actors("Marion Public Schools closed on Monday. Families in Marion waited for water.")
    assert found["Marion Public Schools"][0] == "organization"
    assert found["Marion"][0] == "place"


def test_a_plural_of_people_opening_a_sentence_is_no_actor() -> None:
    found = actors("Opponents, a coalition of clergy and shop owners, say the vote is rushed.")
    assert "Opponents" not in found


def test_a_news_site_or_think_tank_named_after_its_kind_is_a_body() -> None:
    found = actors("The news website Dravnieuws quoted a farmer. An analyst at the think tank Ekspert-Vox agreed.")
    assert found["Dravnieuws"][0] == "organization" and found["Ekspert-Vox"][0] == "organization"


def test_a_body_word_opening_a_sentence_with_no_body_named_is_no_actor() -> None:
    found = actors("Police said no one was held. “Starting Monday, we patrol,” the chief said.")
    assert "Police" not in found and "Starting Monday" not in found
