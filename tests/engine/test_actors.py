"""The actor pass: which names are actors, their types, merged mentions and roles."""

from __future__ import annotations

import pytest

from briefterm.core.types import Actor
from briefterm.engine.actors.find import find_actors
from briefterm.engine.passage_index import PassageIndex
from briefterm.engine.passages import split_passages


def actors_of(text: str) -> list[Actor]:
    return find_actors(text, PassageIndex(split_passages(text)))


def by_name(actors: list[Actor]) -> dict[str, Actor]:
    return {a.name: a for a in actors}


def names(actors: list[Actor]) -> set[str]:
    return {a.name for a in actors}


def actor_with(actors: list[Actor], form: str) -> Actor:
    """The one actor whose name or alias is `form`."""
    found = [a for a in actors if a.name == form or form in a.aliases]
    assert len(found) == 1, f"{form!r}: {[a.name for a in found]} in {names(actors)}"
    return found[0]


# -- merging -------------------------------------------------------------------------


def test_full_name_then_surname_is_one_person() -> None:
    text = ("Halvard Brekke spoke at the harbour on Monday. Later that day Brekke met the "
            "fishermen, and Brekke's deputy took notes.")
    actors = actors_of(text)
    brekke = actor_with(actors, "Halvard Brekke")
    assert brekke.type == "person"
    assert brekke.aliases == ["Brekke"]
    assert [m.text for m in brekke.mentions] == ["Halvard Brekke", "Brekke", "Brekke"]


def test_surname_before_full_name_is_merged_too() -> None:
    text = ("Okonkwo has not commented. The minister, Adaeze Okonkwo, is expected to speak "
            "to reporters in Lagos on Friday.")
    person = actor_with(actors_of(text), "Adaeze Okonkwo")
    assert person.type == "person"
    assert "Okonkwo" in person.aliases


def test_title_and_surname_join_the_full_name() -> None:
    text = ("Prime Minister Ingrid Solberg-Havn opened the talks. Ms Solberg-Havn said the "
            "country wanted peace, and President Tomasz Wielgus agreed. Wielgus left early.")
    actors = actors_of(text)
    solberg = actor_with(actors, "Ingrid Solberg-Havn")
    assert "Solberg-Havn" in solberg.aliases
    wielgus = actor_with(actors, "Tomasz Wielgus")
    assert len(wielgus.mentions) == 2
    assert "Prime Minister" not in names(actors) and "President" not in names(actors)


def test_honorific_alone_makes_a_person() -> None:
    text = "The plan was criticised by the opposition. Mr Vantongeren said it would fail."
    person = actor_with(actors_of(text), "Vantongeren")
    assert person.type == "person"


def test_possessive_is_a_mention_without_the_s() -> None:
    text = "Ramaswamy Iyer's proposal was rejected. Iyer’s aides said he would try again."
    actors = actors_of(text)
    iyer = actor_with(actors, "Ramaswamy Iyer")
    assert [m.text for m in iyer.mentions] == ["Ramaswamy Iyer", "Iyer"]
    assert not any("'s" in a.name or "’s" in a.name for a in actors)


def test_two_people_with_one_surname_stay_apart() -> None:
    text = ("Daniel Moreau and his wife Claire Moreau run the bakery. Daniel Moreau bakes; "
            "Claire Moreau keeps the books.")
    actors = actors_of(text)
    assert {"Daniel Moreau", "Claire Moreau"} <= names(actors)
    assert actor_with(actors, "Claire Moreau") is not actor_with(actors, "Daniel Moreau")


def test_first_name_alone_is_not_an_actor() -> None:
    text = "Vladimir went home early, the neighbours said."
    assert "Vladimir" not in names(actors_of(text))


# -- what is not an actor ------------------------------------------------------------


@pytest.mark.parametrize("opener", ["Meanwhile", "Paradoxically", "Although", "However",
                                    "Sounds", "Escalating", "Obviously"])
def test_sentence_initial_common_words_are_not_actors(opener: str) -> None:
    text = f"The talks went on. {opener} Norway wants a deal, it sounds like."
    found = names(actors_of(text))
    assert opener not in found
    assert not any(n.startswith(opener) for n in found)
    assert "Norway" in found


def test_word_used_in_lower_case_elsewhere_is_not_a_name() -> None:
    text = ("Officials said Harbour police were ready. The harbour was closed after the storm "
            "and Harbour traffic stopped.")
    assert "Harbour" not in names(actors_of(text))


def test_months_weekdays_and_labels_are_not_actors() -> None:
    text = ("On Monday, May 4, the council met. In March it had voted on Article 7 and the "
            "S-400 deal, which Lisbon rejected in June.")
    found = names(actors_of(text))
    assert not found & {"Monday", "May", "March", "June", "Article", "Article 7", "S-400"}


def test_events_and_platforms_are_not_actors() -> None:
    text = ("Like Gen. Ulysses Grant in the Civil War, she posted on Telegram and watched the "
            "World Cup on television.")
    found = names(actors_of(text))
    assert "Ulysses Grant" in found
    assert not found & {"Civil War", "Telegram", "World Cup"}


def test_boilerplate_and_bylines_hold_no_actors() -> None:
    text = ("By Marta Quiroga\n\nThe mayor of Oslo resigned.\n\n"
            "You Might Like\nLearn more about Oslo Marketing Partners")
    actors = actors_of(text)
    assert "Marta Quiroga" not in names(actors)
    assert "Oslo Marketing Partners" not in names(actors)
    passages = PassageIndex(split_passages(text))
    for actor in actors:
        for m in actor.mentions:
            p = passages.at(m.start)
            assert p is not None and p.kind != "boilerplate"


# -- types ---------------------------------------------------------------------------


def test_countries_organisations_places_people_and_groups_are_typed() -> None:
    text = ("The Northern Fisheries Agency said boats from Portugal were seized near the "
            "village of Ballymoran. Agency director Siobhan Kearney said Rohingya refugees "
            "were not involved, and the Bank of Westmarch declined to comment.")
    actors = by_name(actors_of(text))
    assert actors["Northern Fisheries Agency"].type == "organization"
    assert actors["Portugal"].type == "country"
    assert actors["Ballymoran"].type == "place"
    assert actors["Siobhan Kearney"].type == "person"
    assert actors["Rohingya"].type == "group"
    assert actors["Bank of Westmarch"].type == "organization"


def test_stadium_and_newspaper_by_their_last_word() -> None:
    text = "The final at Lindqvist Stadium was covered by the Harbourside Gazette."
    actors = by_name(actors_of(text))
    assert actors["Lindqvist Stadium"].type == "place"
    assert actors["Harbourside Gazette"].type == "organization"


# -- acronyms, metonyms, demonyms ------------------------------------------------------


def test_acronym_defined_in_brackets_joins_its_expansion() -> None:
    text = ("The Baltic Salmon Council (BSC) met in Riga. On Tuesday the BSC said quotas "
            "would fall.")
    council = actor_with(actors_of(text), "Baltic Salmon Council")
    assert council.type == "organization"
    assert council.aliases == ["BSC"]
    assert len(council.mentions) == 3


def test_known_acronyms_and_short_forms_merge() -> None:
    text = ("The EU and the U.S. signed the pact. The European Union said the United States "
            "would follow.")
    actors = actors_of(text)
    assert actor_with(actors, "EU") is actor_with(actors, "European Union")
    assert actor_with(actors, "U.S.") is actor_with(actors, "United States")
    assert len(actors) == 2


def test_capital_and_seat_stand_for_the_state_unless_a_location() -> None:
    text = ("Russia rejected the offer. Moscow said talks would go on, and the Kremlin agreed. "
            "Protesters gathered in Moscow on Sunday.")
    actors = actors_of(text)
    russia = actor_with(actors, "Russia")
    assert russia.type == "country"
    assert {"Moscow", "Kremlin"} <= set(russia.aliases)
    assert len(russia.mentions) == 3
    moscow = by_name(actors)["Moscow"]
    assert moscow.type == "place" and len(moscow.mentions) == 1


def test_demonyms_join_a_named_country_and_alone_are_no_actor() -> None:
    text = "French officials met Spanish diplomats. France wants a deal."
    actors = actors_of(text)
    france = actor_with(actors, "France")
    assert "French" in france.aliases
    assert "Spain" not in names(actors) and "Spanish" not in names(actors)


def test_compass_word_alone_is_the_documents_one_such_country() -> None:
    text = "South Korea and North Korea talked. The North fired a missile; the South protested."
    actors = actors_of(text)
    assert "North" in actor_with(actors, "North Korea").aliases
    assert "South" in actor_with(actors, "South Korea").aliases


def test_one_letter_typo_merges_into_the_known_name() -> None:
    text = "The United Nations met. Critics said the Unitde Nations had failed."
    actors = actors_of(text)
    assert actor_with(actors, "United Nations") is actor_with(actors, "Unitde Nations")


# -- descriptions ------------------------------------------------------------------


def test_description_from_premodifier() -> None:
    text = "Ministry spokesperson Olena Hrytsenko denied the report."
    person = actor_with(actors_of(text), "Olena Hrytsenko")
    assert person.description == "Ministry spokesperson"


def test_description_from_apposition_stops_before_a_participle() -> None:
    text = ("Bogdan Lisowski, an adviser to the Polish foreign minister attending the summit, "
            "said no deal was near.")
    person = actor_with(actors_of(text), "Bogdan Lisowski")
    assert person.description == "an adviser to the Polish foreign minister"


def test_description_from_a_phrase_set_off_before_the_name() -> None:
    text = "The case was argued by the state prosecutor, Ines Carvalho, for six hours."
    person = actor_with(actors_of(text), "Ines Carvalho")
    assert person.description == "the state prosecutor"


def test_no_description_without_a_role() -> None:
    text = "Ines Carvalho, 42, lives in Porto."
    assert actor_with(actors_of(text), "Ines Carvalho").description is None


# -- shape of the result -------------------------------------------------------------


def test_ids_are_unique_slugs_and_order_is_first_mention() -> None:
    text = ("Zofia Nowak met José Álvarez in Canada. Later, Álvarez flew to Chile while "
            "Nowak stayed.")
    actors = actors_of(text)
    assert [a.name for a in actors] == ["Zofia Nowak", "José Álvarez", "Canada", "Chile"]
    assert [a.id for a in actors] == ["zofia-nowak", "jose-alvarez", "canada", "chile"]


def test_empty_and_name_free_text() -> None:
    assert actors_of("") == []
    assert actors_of("nothing here is capitalised at all.") == []


# -- hostile input -----------------------------------------------------------------


@pytest.mark.slow
def test_hundred_thousand_capitalised_words_finish() -> None:
    text = " ".join(["Alpha", "Bravo", "Charlie", "Delta"] * 25_000)
    actors = actors_of(text)
    for actor in actors:
        for m in actor.mentions:
            assert text[m.start : m.end] == m.text


@pytest.mark.slow
def test_hundred_thousand_quote_marks_and_apostrophes_finish() -> None:
    text = "“" * 50_000 + "Ana's " * 10_000 + "'" * 50_000 + " Ola Nordmann said."
    actors = actors_of(text)
    assert all(text[m.start : m.end] == m.text for a in actors for m in a.mentions)


# -- more title, type and merge rules ------------------------------------------------


def test_portfolio_title_and_organisation_before_a_title_are_cut_off() -> None:
    text = ("Fisheries Minister Aroha Tane met Harbour Board Chairman Wiremu Rata in "
            "Napier. Tane said the talks went well.")
    actors = actors_of(text)
    tane = actor_with(actors, "Aroha Tane")
    assert tane.description == "Fisheries Minister"
    assert len(tane.mentions) == 2
    assert actor_with(actors, "Harbour Board").type == "organization"
    assert actor_with(actors, "Wiremu Rata").type == "person"


def test_leading_place_word_all_caps_word_and_regnal_number() -> None:
    text = ("Climbers left Mount Kalimor at dawn. Pollsters at Opinia GMBH asked voters, and "
            "King Harald V visited.")
    actors = by_name(actors_of(text))
    assert actors["Mount Kalimor"].type == "place"
    assert actors["Opinia GMBH"].type == "organization"
    assert actors["Harald V"].type == "person"


def test_surname_with_arabic_article_merges_without_it() -> None:
    text = "Hamid al-Rashidi spoke first. Rashidi later left for Doha."
    person = actor_with(actors_of(text), "Hamid al-Rashidi")
    assert "Rashidi" in person.aliases


def test_camel_case_product_word_is_not_an_actor() -> None:
    text = "Fans queued for the new iPhone XR on Friday; the XR sold out."
    assert "XR" not in names(actors_of(text))


def test_places_by_next_to_and_after_a_place() -> None:
    text = ("The ferry left from Portovecchio, Calabrosa, on Monday and docked next to "
            "Marinella. Portovecchio is quiet again.")
    actors = by_name(actors_of(text))
    assert actors["Calabrosa"].type == "place"
    assert actors["Marinella"].type == "place"


def test_single_word_speaker_without_a_full_name_is_an_organisation() -> None:
    text = "Veltrano said on Monday it would cut 400 jobs. Shares in Veltrano fell."
    assert actor_with(actors_of(text), "Veltrano").type == "organization"


def test_names_holding_and_or_a_comma_stay_whole() -> None:
    text = ("The National Flood Response and Recovery Council (NFRRC) met the Department for "
            "Energy, Water and Transport in Kelburn.")
    actors = by_name(actors_of(text))
    council = actors["National Flood Response and Recovery Council"]
    assert council.type == "organization" and council.aliases == ["NFRRC"]
    assert actors["Department for Energy, Water and Transport"].type == "organization"
    assert "National Flood Response" not in actors and "Recovery Council" not in actors


def test_list_of_places_after_a_place() -> None:
    text = "Schools shut in Ardmoran, Kilbrack, Dunavel and Glenrossie on Friday."
    actors = by_name(actors_of(text))
    for town in ("Ardmoran", "Kilbrack", "Dunavel", "Glenrossie"):
        assert actors[town].type == "place", town


def test_currency_prefix_and_slogans_are_not_actors() -> None:
    text = ('The deal was worth US$4 billion. Protesters chanted "No Jobs, No Peace" and held '
            'banners reading "Hands Off Our Rivers".')
    found = names(actors_of(text))
    assert not found & {"US", "United States", "No Jobs", "No Peace", "Hands Off Our Rivers",
                        "Jobs", "Peace"}


def test_capital_used_as_a_location_stays_a_place() -> None:
    text = ("Kenya approved the budget. MPs met in Nairobi on Monday, and Nairobi's markets were "
            "calm.")
    actors = actors_of(text)
    nairobi = actor_with(actors, "Nairobi")
    assert nairobi.type == "place" and len(nairobi.mentions) == 2


def test_country_alias_prefix_and_body_words() -> None:
    text = ("The US Senate voted on Monday. The United States Senate had delayed the bill, "
            "and Parliament in Oslo watched while Democrats cheered.")
    actors = actors_of(text)
    senate = actor_with(actors, "United States Senate")
    assert "US Senate" in senate.aliases and senate.type == "organization"
    assert actor_with(actors, "Parliament").type == "organization"
    assert actor_with(actors, "Democrats").type == "organization"


def test_and_the_starts_a_new_name() -> None:
    text = ("Researchers from the Royal Academy of Lisbon and the Maritime Museum of Porto "
            "took part.")
    found = names(actors_of(text))
    assert {"Royal Academy of Lisbon", "Maritime Museum of Porto"} <= found


def test_descriptions_keep_a_determiner_and_skip_post_nominals() -> None:
    text = ("The defence was led by his brother-in-law, and by the senior counsel, Ana Ruiz, SC. "
            "Behind her sat her daughter Marta Ruiz.")
    actors = by_name(actors_of(text))
    assert actors["Ana Ruiz"].description == "the senior counsel"
    assert actors["Marta Ruiz"].description == "her daughter"


def test_shared_surname_goes_to_the_paragraphs_person_else_the_main_subject() -> None:
    text = ("Singer Lena Markov died on Friday. Markov had recorded six albums.\n\n"
            "Her brother Ivo Markov flew home from Oslo.\n\n"
            "Markov's last concert was in Prague.")
    actors = actors_of(text)
    lena = actor_with(actors, "Lena Markov")
    ivo = actor_with(actors, "Ivo Markov")
    assert len(lena.mentions) == 3 and len(ivo.mentions) == 1


def test_regnal_name_takes_its_first_name_and_award_titles_are_no_actors() -> None:
    text = ("Pope Gelasius IV resigned. Gelasius, 85, thanked the cardinals. The singer won "
            "Best Female Artist in 2009.")
    actors = actors_of(text)
    pope = actor_with(actors, "Gelasius IV")
    assert "Gelasius" in pope.aliases
    assert not any("Best" in a.name for a in actors)


def test_named_storms_are_events() -> None:
    text = "Typhoon Haikui hit the coast near Baguio, and Hurricane Delphine weakened."
    found = names(actors_of(text))
    assert not found & {"Typhoon Haikui", "Haikui", "Hurricane Delphine", "Delphine"}
    assert "Baguio" in found
