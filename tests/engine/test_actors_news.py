"""Actors as news names them: error kinds seen on unseen articles, on sentences of our own."""

from __future__ import annotations

from briefterm.engine.analyse import analyse
from briefterm.sources.document import from_text

from .analysis_helpers import actor_types


def test_pro_or_anti_before_a_name_is_no_mention_of_it() -> None:
    found = actor_types("Protesters gathered outside the pro-Eastland party's office in Corran on Monday.")
    assert "Eastland" not in found and found.get("Corran") == "place"


def test_a_single_unknown_name_saying_something_is_a_person() -> None:
    assert actor_types("Valdoro said the deal was done.") == {"Valdoro": "person"}


def test_an_acronym_saying_something_stays_a_body() -> None:
    assert actor_types("HWA said the water was safe.") == {"HWA": "organization"}


def test_initials_inside_a_name_make_no_organisation() -> None:
    found = actor_types("Fans of J. R. Tolland met Mary K. Ferris in Corran.")
    assert found.get("J. R. Tolland") == "person" and found.get("Mary K. Ferris") == "person"


def test_an_abbreviation_ending_a_sentence_is_not_glued_to_the_next_one() -> None:
    found = actor_types("She taught for years in Corran, N.D. She was 87 when she retired.")
    assert not any("She" in name for name in found)
    assert found.get("Corran") == "place"


def test_an_ampersand_makes_a_firm_whatever_its_first_word() -> None:
    assert actor_types("Maria & Lund, a small practice, filed the appeal.").get("Maria & Lund") == "organization"


def test_a_body_named_with_a_plural_head_stays_whole() -> None:
    found = actor_types("The Royal Academies of Music in Corran and the Harbour Unions of Eastport met.")
    assert "Royal Academies of Music" in found and "Harbour Unions of Eastport" in found
    assert actor_types("Tyra Banks of the Corran Ledger wrote the review.").get("Tyra Banks") == "person"


def test_a_dateline_city_in_capitals_is_the_place_named_elsewhere() -> None:
    found = actor_types("BERLIN (AP) — The Bundestag met on Tuesday.\n\nIn Berlin, the mood was calm.")
    assert found.get("Berlin") == "place" and "BERLIN" not in found
    assert actor_types("LONDON — Ministers met on Friday.").get("London") == "place"


def test_capitals_that_open_a_sentence_elsewhere_are_no_dateline() -> None:
    assert "Nato" not in actor_types("The talks went on. NATO said on Monday — in a note — that it would stay.")


def test_a_firm_or_lab_named_with_its_trade_is_no_person() -> None:
    found = actor_types("Verdane Therapeutics paid for the trial, which the Holm Lab ran in Corran.")
    assert found.get("Verdane Therapeutics") == "organization" and found.get("Holm Lab") == "organization"


def test_a_two_word_name_after_the_is_a_body_not_a_person() -> None:
    found = actor_types("The Corran Ledger reported that the mayor, Dan Ortiz, had resigned. "
                        "Readers of the Westmark Forum agreed.")
    assert found == {"Corran Ledger": "organization", "Dan Ortiz": "person", "Westmark Forum": "organization"}


def test_a_channel_is_a_broadcaster() -> None:
    assert actor_types("Channel Nine said it would not comment.") == {"Channel Nine": "organization"}


def test_a_body_s_full_name_is_an_alias_of_its_acronym() -> None:
    found = {a.name: a.aliases for a in analyse(from_text(
        "The United Nations Children's Fund (UNICEF) said 40,000 children needed help."), None).actors}
    assert found == {"UNICEF": ["United Nations Children's Fund"]}


def test_an_adjective_made_of_a_name_mentions_the_name_alone() -> None:
    found = actor_types("The Kremlin-backed Corran Herald and a Brussels-based fund disagreed. "
                        "A Westmark-based firm said nothing.")
    assert found.get("Corran Herald") == "organization" and found.get("Brussels") == "place"
    assert not any("-" in name for name in found)


def test_a_city_a_body_is_based_in_or_a_mayor_governs_is_a_place() -> None:
    found = actor_types("A chamber of the Corranburg-based court ruled. Mia Hrib, a former mayor of Westmarin, "
                        "told supporters she had won.")
    assert found.get("Corranburg") == "place" and found.get("Westmarin") == "place"


def test_a_web_address_names_a_site() -> None:
    found = actor_types("The ad was rated misleading by CheckWatch.org, and readers of Harbourpost.com agreed.")
    assert found == {"CheckWatch.org": "organization", "Harbourpost.com": "organization"}


def test_a_plural_possessive_inside_a_name_keeps_it_whole() -> None:
    found = actor_types("The Pensioners' Voice party won six seats. The Rovers' Ana Lee scored twice.")
    assert found.get("Pensioners' Voice") == "organization" and found.get("Ana Lee") == "person"


def test_given_names_alone_are_the_person_named_with_them_in_full() -> None:
    text = ("Carol Ann Brenneke edits the Tarrow Courier.\n\n"
            "“I respect Carol Ann, and I respect the paper,” the senator said.")
    people = [a for a in analyse(from_text(text), None).actors if a.type == "person"]
    assert [(a.name, a.aliases) for a in people] == [("Carol Ann Brenneke", ["Carol Ann"])]


def test_a_surname_that_is_also_a_given_name_keeps_its_person_apart() -> None:
    text = ("Grace Warren Hammers Bank Chief\n\n"
            "Senator Grace Warren questioned the bank's chief on Tuesday. Warren said he should resign.")
    people = {a.name for a in analyse(from_text(text), None).actors if a.type == "person"}
    assert "Grace Warren" in people


def test_a_family_name_written_first_stays_in_the_name() -> None:
    found = actor_types("Đặng Minh Phương runs a conservation group in Hanoi. Bassist Tom Vane played.")
    assert found.get("Đặng Minh Phương") == "person" and "Minh Phương" not in found


def test_a_name_before_a_players_or_employees_noun_is_a_body() -> None:
    found = actor_types("Mosquera, a former Deportivo Arenal defender, spoke. A Hillary Clinton supporter cheered.")
    assert found.get("Deportivo Arenal") == "organization" and found.get("Hillary Clinton") == "person"


def test_all_opens_a_national_bodys_name_but_not_a_sentence() -> None:
    found = actor_types("The All India Carrom Federation (AICF) wrote to the players. All Labour Party members voted.")
    assert found.get("All India Carrom Federation") == "organization" and found.get("Labour Party") == "organization"


def test_a_first_name_missing_from_the_given_name_lists_stays_in_the_name() -> None:
    found = actor_types("Justice Pradyot Kumar Behera and the Advocate General, Nirmal Chandra Sahu, spoke. "
                        "Senators Charles Grady and Libertarian Gary Jonsson did not.")
    assert found.get("Pradyot Kumar Behera") == "person" and found.get("Nirmal Chandra Sahu") == "person"
    assert found.get("Gary Jonsson") == "person" and "Libertarian Gary Jonsson" not in found


def test_a_flag_state_before_a_ship_s_name_is_no_part_of_it() -> None:
    found = actor_types("The Togo-flagged Deniz Yildiz sank off Malta on Sunday.")
    assert "Togo-flagged Deniz Yildiz" not in found and found.get("Togo") == "country"


def test_a_party_word_before_a_name_says_who_she_is_and_is_not_part_of_it() -> None:
    types = actor_types("Democrat Ana Roe beat Republican Dale Brinkerhuis and Libertarian Gary Poe on "
                        "Tuesday. Republican Sen. Tom Ames conceded nothing.")
    assert {name: types.get(name) for name in ("Ana Roe", "Dale Brinkerhuis", "Gary Poe", "Tom Ames")} \
        == dict.fromkeys(("Ana Roe", "Dale Brinkerhuis", "Gary Poe", "Tom Ames"), "person")
    assert not any(name.startswith(("Democrat ", "Republican ", "Libertarian ")) for name in types)


def test_a_party_word_opening_a_body_or_a_law_stays_in_its_name() -> None:
    types = actor_types("Delegates met at the Republican National Convention. The Republican Governors "
                        "Association paid for it. Unions cited the Labour Relations Act.")
    assert types.get("Republican Governors Association") == "organization"
    assert "National Convention" not in types and "Relations Act" not in types


def test_an_abbreviated_month_is_a_date_not_an_actor() -> None:
    types = actor_types("Ana Roe is to be sworn in Jan. 2, and the count ends Nov. 3, as it did in Sept. 2014.")
    assert set(types) == {"Ana Roe"}


def test_a_capital_that_opens_a_sentence_or_quotation_is_no_name_of_a_river_or_valley() -> None:
    types = actor_types("“This valley was built on water,” Ana Roe said. The river rose. Farmers on the "
                        "Tarvena plateau left.")
    assert set(types) == {"Ana Roe", "Tarvena plateau"}


def test_a_unit_or_inspectorate_for_something_is_one_body() -> None:
    types = actor_types("The National Unit for Flood Response said crews were out. The General Inspectorate "
                        "for Road Safety agreed.")
    assert types == {"National Unit for Flood Response": "organization",
                     "General Inspectorate for Road Safety": "organization"}


def test_member_of_parliament_is_a_title_not_a_body() -> None:
    types = actor_types("The Member of Parliament for Tororo, Ana Roe, posted a video. Member of Parliament "
                        "Tom Poe answered.")
    assert types.get("Ana Roe") == "person" and types.get("Tom Poe") == "person"
    assert not any(name.startswith(("Member", "Parliament")) for name in types)


def test_a_body_named_for_what_it_sets_out_to_do_keeps_its_to() -> None:
    types = actor_types("The Committee to Protect Reporters said the trial was unfair, and the National "
                        "Campaign to End Hunger agreed. Ana Roe flew from Paris to Lyon.")
    assert types == {"Committee to Protect Reporters": "organization",
                     "National Campaign to End Hunger": "organization",
                     "Ana Roe": "person", "Paris": "place", "Lyon": "place"}


def test_a_county_named_with_a_possessive_is_one_place() -> None:
    types = actor_types("Voters in Queen Mary's County and Prince Edward's County went to the polls.")
    assert types == {"Queen Mary's County": "place", "Prince Edward's County": "place"}


def test_a_chamber_before_a_spokesmans_comma_is_no_person() -> None:
    types = actor_types("Asked whether the House should wait for the Senate, a spokesman for the speaker "
                        "said no.")
    assert types.get("Senate") == "organization"


def test_a_couple_named_together_share_the_family_name() -> None:
    types = actor_types("Ruth and Dennis Okonjo run a stall by the harbour. Ana and Tom Ferreira agreed.")
    assert types == {"Ruth Okonjo": "person", "Dennis Okonjo": "person",
                     "Ana Ferreira": "person", "Tom Ferreira": "person"}


def test_a_county_named_after_a_titled_person_keeps_its_title() -> None:
    types = actor_types("Voters in Doña Maria County and Queen Anne County met. Judge Ann Mills spoke.")
    assert types == {"Doña Maria County": "place", "Queen Anne County": "place", "Ann Mills": "person"}


def test_a_body_whose_head_comes_before_of_keeps_its_and() -> None:
    types = actor_types("The Food and Agriculture Organization of the United Nations (FAO) warned of locusts. "
                        "Researchers from the SBAH and Sapienza University of Rome dug on.")
    assert types.get("Food and Agriculture Organization of the United Nations") == "organization"
    assert "Agriculture Organization of the United Nations" not in types
    assert not any(name.startswith("SBAH and") for name in types)


def test_a_body_named_for_whom_it_serves_at_a_sentence_end_stays_whole() -> None:
    types = actor_types("The vote was bought by the Idaho Cattlemen's Association. The association denied it.")
    assert types == {"Idaho Cattlemen's Association": "organization"}


def test_a_surname_with_its_particle_used_alone_is_the_person_not_a_place() -> None:
    text = ("The survey was led by Dr. Samira Al Tamimi, its deputy lead.\n\n"
            "The team worked for years. Al Tamimi said the next survey would start in spring.")
    people = [(a.name, a.type, a.aliases) for a in analyse(from_text(text), None).actors]
    assert people == [("Samira Al Tamimi", "person", ["Al Tamimi"])]


def test_a_one_word_name_apposed_to_a_kind_of_body_is_that_body() -> None:
    found = actor_types("Prices rose again in October, according to the national statistics agency, STATRA, which "
                        "counts them. The teachers’ federation, Kovna, said it would strike. The provincial centre, "
                        "Tarnaby, had no power.")
    assert found.get("STATRA") == "organization" and found.get("Kovna") == "organization"
    assert found.get("Tarnaby") != "organization"


def test_a_country_s_plural_possessive_owns_the_body_after_it() -> None:
    found = actor_types("Buyers at the Netherlands’ Ministry of Trade said stocks were low. The Dockers’ Union "
                        "called a strike at the port.")
    assert found.get("Ministry of Trade") == "organization" and found.get("Netherlands") == "country"
    assert found.get("Dockers’ Union") == "organization" or found.get("Dockers' Union") == "organization"


def test_a_minister_for_two_portfolios_before_an_unknown_name_leaves_the_name() -> None:
    found = actor_types("\"We cannot argue with the fish,\" Minister for Fisheries and Hunting Tavita Leleua-Sione "
                        "told the chamber. Leleua-Sione did not deny it.")
    assert found["Tavita Leleua-Sione"] == "person"


def test_a_surname_with_a_particle_opening_a_sentence_is_the_same_person() -> None:
    analysis = analyse(from_text("“We will learn from this,” said Jaber bin Nasser al-Mazrouqi, the utility's chief. "
                                 "Al-Mazrouqi said two pipes were clear."), None)
    assert [(a.name, a.aliases) for a in analysis.actors] == [("Jaber bin Nasser al-Mazrouqi", ["Al-Mazrouqi"])]


def test_a_balinese_name_opening_with_i_keeps_it() -> None:
    found = actor_types("“We must reach seven in ten dogs,” said I Nyoman Sukadana, who heads the agency. "
                        "In Bondalem, I Ketut Wirasana, 54, said his dogs roam. I think so.")
    assert found == {"I Nyoman Sukadana": "person", "Bondalem": "place", "I Ketut Wirasana": "person"}


def test_a_faroese_particle_stays_inside_a_name() -> None:
    assert actor_types("The minister, Jógvan við Streymoy, said the fares would rise.") == {
        "Jógvan við Streymoy": "person"}
