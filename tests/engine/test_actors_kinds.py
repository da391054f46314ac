"""Error kinds seen on unseen news, each on sentences of our own (invented names)."""

from __future__ import annotations

from briefterm.engine.analyse import analyse
from briefterm.engine.sentences import sentence_spans
from briefterm.sources.document import from_text

from .analysis_helpers import actor_types


def test_a_state_abbreviation_ends_the_sentence_and_names_the_state() -> None:
    text = "Snow closed the roads around Duluth, Minn. The governor said schools would stay shut."
    found = actor_types(text)
    assert "Minn" not in found and found.get("Minnesota") == "place" and found.get("Duluth") == "place"
    assert len(sentence_spans(text)) == 2


def test_del_is_a_delegate_before_a_name_and_a_state_after_a_city() -> None:
    text = "“We never asked for it,” said Del. Ken Orrin, R-Harford. The plant is in Dover, Del. The mayor left."
    assert len(sentence_spans(text)) == 3
    assert actor_types(text).get("Ken Orrin") == "person"
    quotes = analyse(from_text(text), None).quotes
    assert [q.speaker_name for q in quotes if q.kind == "direct"] == ["Ken Orrin"]


def test_initials_inside_a_name_stay_in_it() -> None:
    found = actor_types("A letter from J. K. Armitage reached Thomas Q. Harlan in Corran.")
    assert found.get("J. K. Armitage") == "person" and found.get("Thomas Q. Harlan") == "person"


def test_coordinated_names_are_two_actors() -> None:
    found = actor_types("The prize went to Wired and Lucia Ferro of Spain on Friday.")
    assert "Wired" in found and found.get("Lucia Ferro") == "person" and found.get("Spain") == "country"
    found = actor_types("The motion was backed by the Pirate Party and Tomas Lind of the Centre Party.")
    assert found.get("Pirate Party") == "organization" and found.get("Tomas Lind") == "person"
    assert found.get("Centre Party") == "organization"


def test_a_name_with_a_lowercase_geographic_head_stays_whole() -> None:
    found = actor_types("Engineers built the array on the Tarvena plateau, far above the Ossel valley.")
    assert found.get("Tarvena plateau") == "place" and found.get("Ossel valley") == "place"


def test_names_with_lowercase_particles_stay_whole() -> None:
    found = actor_types("Karim al-Masri met Ursel von der Brink, Ana de la Vega and Rógvi í Lon in Corran.")
    assert {"Karim al-Masri", "Ursel von der Brink", "Ana de la Vega", "Rógvi í Lon"} <= set(found)


def test_party_of_state_is_no_actor_and_no_speaker() -> None:
    text = ("“The bill is dead,” said Jane Roe, Democrat of Vermont. "
            "Tom Poe, Republican of Ohio, said, “We will try again.”")
    analysis = analyse(from_text(text), None)
    names = {a.id: a.name for a in analysis.actors}
    assert not any(" of " in n and n.split()[0] in ("Democrat", "Republican") for n in names.values())
    speakers = [names.get(q.speaker or "") for q in analysis.quotes if q.kind == "direct"]
    assert speakers == ["Jane Roe", "Tom Poe"]


def test_pro_before_a_place_and_districts() -> None:
    found = actor_types("Pro-Corran rebels shelled the Vasko district on Monday.")
    assert "Corran" not in found and found.get("Vasko") == "place"


def test_an_acronym_joined_to_its_full_name() -> None:
    found = actor_types("Students at UCV said the University of Valdora at Ostrava had closed its labs.")
    assert found.get("University of Valdora at Ostrava") == "organization"
    assert "Ostrava" not in found


def test_at_ends_a_name_unless_it_goes_on_an_institution_s() -> None:
    found = actor_types("Tom Vane at Brightway Labs disagreed. The University of Valdora at Ostrava and "
                        "Kessel University will share the data.")
    assert found.get("Tom Vane") == "person" and found.get("Brightway Labs") == "organization"
    assert found.get("University of Valdora at Ostrava") == "organization"
    assert found.get("Kessel University") == "organization"


def test_a_subheading_between_paragraphs_is_a_heading() -> None:
    from briefterm.engine.passages import split_passages

    text = ("Harbour reopens after storm\n\nThe harbour at Corran reopened on Monday after a week of repairs "
            "to the pier.\n\nFishers count the cost\n\nSome boats were lost, and the owners said the "
            "insurers had been slow to pay.\n\nBy the numbers, the town lost two weeks of catch.")
    kinds = [p.kind for p in split_passages(text)]
    assert kinds == ["heading", "body", "heading", "body", "body"]


def test_a_band_or_a_work_named_with_a_given_name_is_no_person() -> None:
    found = actor_types("The band Silver Tide played on the pier. Her novel Anna Petrova sold well, "
                        "said Ilse Marr.")
    assert found.get("Silver Tide") == "organization"
    assert "Anna Petrova" not in found
    assert found.get("Ilse Marr") == "person"


def test_a_person_whose_surname_is_a_place_word_and_a_person_beside_a_body() -> None:
    found = actor_types("Wanda Field, a former adviser, said the plan was risky. Field testified for hours. "
                        "The inquiry angered Ilse Marr and Democrats in the assembly.")
    assert found.get("Wanda Field") == "person"
    assert "Field" not in found  # her surname alone is her
    assert found.get("Ilse Marr") == "person"
    assert "Ilse Marr and Democrats" not in found


def test_one_word_named_with_an_age_or_after_what_they_are_is_a_person() -> None:
    found = actor_types("Another villager, Tarno, 54, said the water came fast. Oswin, 44, a baker, was not there. "
                        "The mayor thanked his wife, Perpetua, who had organised the shelters.")
    assert found == {"Tarno": "person", "Oswin": "person", "Perpetua": "person"}


def test_a_name_after_a_role_and_a_comma_is_not_a_person_when_it_opens_a_longer_phrase() -> None:
    found = actor_types("He thanked his wife, Veridian Party candidate Lisette Marr, for her patience.")
    assert "Veridian" not in found


def test_people_named_by_their_office_in_the_plural_are_no_actor() -> None:
    found = actor_types("Senators call the outage inexcusable.\n\nWASHINGTON — Senators from both parties took turns.")
    assert "Senators" not in found


def test_a_party_s_members_of_a_chamber_are_no_body() -> None:
    found = actor_types("Ms. Orla Benn campaigned for Democratic Senate candidates and Republican House members alike.")
    assert found == {"Orla Benn": "person"}


def test_a_name_in_quotation_marks_is_a_title_not_a_person() -> None:
    found = actor_types('The ministry relaunched its "Tidy Yard" campaign. She backed the “Fair Fares Act” too. '
                   'The attack was claimed by a user labelled "Nightjar".')
    assert "Tidy Yard" not in found and "Fair Fares Act" not in found
    assert "Nightjar" in found  # a name given to someone


def test_a_firm_named_once_beside_a_thing_word_is_still_a_firm() -> None:
    found = actor_types("The regulator sued payments firm Corvale. According to a report Corvale later gave the bank, "
                        "terminals failed.")
    assert found.get("Corvale") == "organization"


def test_a_trade_noun_opening_a_sentence_is_not_part_of_the_firm_s_name() -> None:
    found = actor_types("Chipmaker Norvex Systems said it would cut jobs. Retailer Bellmont plans to close stores.")
    assert found == {"Norvex Systems": "organization", "Bellmont": "organization"}


def test_mr_is_not_the_woman_who_is_the_only_one_of_that_name_named_in_full() -> None:
    analysis = analyse(from_text("Mr. Varga and his wife, Maria Varga, will campaign. Mr. Varga won Ohio twice. "
                                 "“It's about me,” Mr. Varga said. Mrs. Varga smiled."), None)
    people = {a.name: len(a.mentions) for a in analysis.actors if a.type == "person"}
    assert people == {"Varga": 3, "Maria Varga": 2}
    assert [q.speaker_name for q in analysis.quotes if q.kind == "direct"] == ["Varga"]


def test_a_name_before_administration_aides_or_a_campaign_role_is_a_person_s() -> None:
    found = actor_types("Varga campaign manager Ana Roe spoke first. She said that Varga had been preparing for weeks. "
                        "Later the Brell administration agreed, and Senate aides disagreed. The Leave campaign won.")
    assert found["Varga"] == "person" and found["Brell"] == "person"
    assert found.get("Senate") != "person" and found.get("Leave") != "person"


def test_a_dateline_with_an_agency_after_a_state_abbreviation_is_one_sentence() -> None:
    text = "DOVER, Md. (AP) — Gov. Ana Roe vetoed the bill on Friday. She left."
    assert len(sentence_spans(text)) == 2


def test_a_hyphenated_newspaper_and_a_patrol_are_bodies_and_a_city_stays_apart_from_its_suburb() -> None:
    text = ("Ana Roe, a Border Patrol agent, told the Tarrow Sun-News about the storm. Buses ran late in "
            "Las Vegas and North Las Vegas, and in Des Moines but not in West Des Moines.")
    found = actor_types(text)
    assert found.get("Border Patrol") == "organization" and found.get("Tarrow Sun-News") == "organization"
    assert {"Las Vegas", "North Las Vegas", "Des Moines", "West Des Moines"} <= set(found)


def test_a_capital_someone_travels_to_is_the_city() -> None:
    found = actor_types("Turkey closed the crossing on Monday. A delegation could travel to Ankara this week.")
    assert found.get("Ankara") == "place" and found.get("Turkey") == "country"


def test_a_minister_s_portfolio_with_and_is_part_of_the_title() -> None:
    found = actor_types("The Minister of Finance and Economic Planning, Ana Roe, spoke. The Minister for Water "
                        "and Irrigation, Tom Poe, agreed. Ben Lee, the MP for Ashby and Corran, did not.")
    assert "Economic Planning" not in found and "Irrigation" not in found
    assert found.get("Ana Roe") == "person" and found.get("Tom Poe") == "person"
    assert "MP for Ashby and Corran" not in " ".join(found)


def test_a_faculty_of_a_field_is_a_body_named_whole() -> None:
    found = actor_types("Ana Roe, an economist at the Faculty of Economics and Business in Corran, spoke.")
    assert found.get("Faculty of Economics and Business") == "organization"


def test_a_lone_street_word_or_a_trade_before_and_stays_in_the_body_s_name() -> None:
    found = actor_types("A spokeswoman for the Road and Motorway Directorate said so. The contract went to "
                        "Tri-County Asphalt and Paving, a firm in Corran.")
    assert found.get("Road and Motorway Directorate") == "organization"
    assert found.get("Tri-County Asphalt and Paving") == "organization"


def test_a_name_only_opening_sentences_with_a_body_s_apposition_is_a_body() -> None:
    found = actor_types("Corran is quiet. KRAB, a development organisation, said it would close its schools.")
    assert found.get("KRAB") == "organization"


def test_a_town_someone_flies_to_is_not_its_hospital() -> None:
    found = actor_types("A nurse at Tarvik Hospital was tired. The agency arranged flights from Tallinn to Tarvik.")
    assert found.get("Tarvik") == "place" and found.get("Tarvik Hospital") == "organization"


def test_a_legislator_s_home_after_of_is_a_place() -> None:
    found = actor_types("Sen. Ana Roe of Tarvik voted no. Del. Tom Poe of Brill Falls agreed. "
                        "Ann Lee of Tarvik Ledger wrote.")
    assert found.get("Tarvik") == "place" and found.get("Brill Falls") == "place"
    assert found.get("Tarvik Ledger") == "organization"


def test_two_places_joined_by_a_hyphen_are_both_named() -> None:
    found = actor_types("The Russia-Ukraine talks stalled. Trade on the Tallinn-Riga route fell. Ana Roe "
                        "teaches at the University of Wisconsin-Madison. Guinea-Bissau voted on Sunday.")
    assert {"Russia", "Ukraine", "Tallinn", "Riga", "Guinea-Bissau"} <= set(found)
    assert "Madison" not in found


def test_a_campaign_for_a_cause_is_one_body() -> None:
    found = actor_types("Donors gave to Ohioans for a Fair Wage, a committee. Ana Roe ran for a Senate seat.")
    assert found.get("Ohioans for a Fair Wage") == "organization" and found.get("Ana Roe") == "person"
    assert not any(name.startswith("a ") for name in found)


def test_a_broadcaster_s_call_sign_is_a_body_and_one_with_its_tv_suffix() -> None:
    found = actor_types("Ana Roe told KQED the plan was dead. Tom Poe of KSAT asked first, and KSAT-TV aired "
                        "the debate. World War II ended. The WWII memorial stands.")
    assert found.get("KQED") == "organization" and found.get("KSAT-TV") == "organization"
    assert "KSAT" not in found and "WWII" not in found


def test_a_word_numbered_like_a_unit_or_a_sum_is_no_actor() -> None:
    text = ("Crews from Engine 6 and Ladder 3 reached the Harbor Street fire within minutes, voters will decide "
            "Proposition 12 in May, and the fine is Rs 300. Ukraine’s 24 regions and the Senate 51-49 vote "
            "were also news in Boston.")
    types = actor_types(text)
    assert not {"Engine", "Ladder", "Proposition", "Rs"} & set(types)
    assert {"Ukraine", "Senate", "Boston"} <= set(types)
