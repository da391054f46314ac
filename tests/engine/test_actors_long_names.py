"""Long organisation names, bracketed acronyms, first names alone and nicknames."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefterm.core.types import Actor
from briefterm.engine.actors.find import find_actors
from briefterm.engine.actors.join import acronym_spells
from briefterm.engine.passage_index import PassageIndex
from briefterm.engine.passages import split_passages


def actors_of(text: str) -> list[Actor]:
    return find_actors(text, PassageIndex(split_passages(text)))


def actor_with(actors: list[Actor], form: str) -> Actor:
    found = [a for a in actors if a.name == form or form in a.aliases]
    assert len(found) == 1, f"{form!r}: {[a.name for a in found]} in {[a.name for a in actors]}"
    return found[0]


# -- acronyms that spell a name ----------------------------------------------------


def test_acronym_spells_initials_with_function_words_skipped() -> None:
    assert acronym_spells("BSRW", ("Bureau", "for", "Safety", "in", "Rail", "Works"))
    assert acronym_spells("DGFA", ("Directorate-General", "for", "Fisheries", "Affairs"))


def test_acronym_spells_syllables_and_one_skipped_word() -> None:
    # two capitalised words left out is too many
    assert not acronym_spells("NMR", ("National", "Farmers", "Union", "Movement", "Rice"))
    assert acronym_spells("NAMFOR", ("National", "Farmers'", "Movement", "for", "Organic", "Rice"))


def test_acronym_spells_rejects_other_letters() -> None:
    assert not acronym_spells("XYZ", ("Bureau", "for", "Safety"))
    assert not acronym_spells("BSR", ("Safety", "Bureau", "Rail"))  # the order matters


@given(st.lists(st.sampled_from(["Agency", "Board", "Council", "Fund", "Office", "Trust"]),
                min_size=2, max_size=6))
def test_initials_of_capitalised_words_always_spell(words: list[str]) -> None:
    assert acronym_spells("".join(w[0] for w in words), tuple(words))


# -- names cut at a function word or an apostrophe -----------------------------------


def test_name_with_in_and_acronym_is_one_organisation() -> None:
    text = ("The Bureau for Safety in Rail Works (BSRW) closed the line on Friday. "
            "A BSRW engineer said repairs would take a week.")
    actor = actor_with(actors_of(text), "Bureau for Safety in Rail Works")
    assert actor.type == "organization"
    assert "BSRW" in actor.aliases
    assert len(actor.mentions) == 3


def test_plural_apostrophe_name_with_acronym() -> None:
    text = "The Dutch Beekeepers' Guild (DBG) asked for a ban. The DBG met the minister."
    actor = actor_with(actors_of(text), "Dutch Beekeepers' Guild")
    assert actor.aliases == ["DBG"]


def test_curly_plural_apostrophe_and_syllable_acronym() -> None:
    text = ("The National Farmers’ Movement for Organic Rice (NAMFOR) marched in Dhaka. "
            "NAMFOR leaders said prices were too low.")
    actors = actors_of(text)
    actor = actor_with(actors, "National Farmers' Movement for Organic Rice")
    assert "NAMFOR" in actor.aliases
    assert not any(a.name == "National Farmers" for a in actors)


def test_hyphenated_head_with_for_and_acronym() -> None:
    text = "The Directorate-General for Fisheries Affairs (DGFA) set new quotas on Monday."
    actor = actor_with(actors_of(text), "Directorate-General for Fisheries Affairs")
    assert actor.aliases == ["DGFA"]


def test_head_word_joined_across_on_without_acronym() -> None:
    text = "The Board on Water Rights ruled against the farm. Its chair resigned."
    actor = actor_with(actors_of(text), "Board on Water Rights")
    assert actor.type == "organization"


def test_commission_on_an_event_word_is_an_organisation() -> None:
    text = "The Commission on Elections said the count would end on Sunday."
    assert actor_with(actors_of(text), "Commission on Elections").type == "organization"


def test_head_word_then_a_day_is_not_joined() -> None:
    text = "The Council on Monday voted to close the pool. Council members disagreed."
    actors = actors_of(text)
    assert not any("Monday" in a.name for a in actors)


def test_names_around_in_without_acronym_stay_apart() -> None:
    text = "Greta Holm in Stockholm said the talks had failed."
    names = {a.name for a in actors_of(text)}
    assert "Greta Holm" in names
    assert not any("in" in n.split() for n in names)


def test_acronym_after_a_weekday_joins_its_definition() -> None:
    text = ("Crews from the Regional Flood Response Unit (RFRU) reached the valley.\n\n"
            "On Tuesday RFRU said the river had fallen.")
    actor = actor_with(actors_of(text), "Regional Flood Response Unit")
    assert len(actor.mentions) == 3


# -- people: a first name alone, a nickname ------------------------------------------


def test_unknown_first_name_alone_joins_the_full_name() -> None:
    text = "Chidubem Okafor is fifteen. Chidubem wants to study medicine in Enugu."
    actor = actor_with(actors_of(text), "Chidubem Okafor")
    assert actor.aliases == ["Chidubem"]


def test_first_name_shared_by_two_people_stays_unmerged() -> None:
    text = ("Chidubem Okafor and Chidubem Eze are cousins. Later Chidubem waved at the crowd, "
            "and Chidubem was cheered.")
    actors = actors_of(text)
    assert not any("Chidubem" in a.aliases for a in actors)


def test_nickname_in_quotes_keeps_one_person() -> None:
    text = "Rodrigo “Dodong” Malabanan sells fish in Iloilo. Malabanan said sales fell."
    actors = actors_of(text)
    people = [a for a in actors if a.type == "person"]
    assert len(people) == 1
    assert people[0].name == "Rodrigo Malabanan"
    assert len(people[0].mentions) == 2


def test_straight_quoted_nickname_keeps_one_person() -> None:
    text = 'Ana "Nena" Reyes runs a bakery in Cebu. Reyes said flour costs had doubled.'
    actor = actor_with(actors_of(text), "Ana Reyes")
    assert actor.type == "person"


def test_a_body_acting_on_a_topic_is_not_joined() -> None:
    text = "The Senate on Iran sanctions voted no, said Lena Dahl."
    names = {a.name for a in actors_of(text)}
    assert "Senate" in names
    assert not any(" on " in n for n in names)


def test_a_person_before_a_bracketed_acronym_stays_a_person() -> None:
    text = "Sara Lind of Tidewater Research Trust (TRT) asked the question."
    actors = actors_of(text)
    assert actor_with(actors, "Sara Lind").type == "person"
    assert not any(a.name.startswith("Sara Lind ") for a in actors)


def test_plural_apostrophe_before_an_organisation_word_without_acronym() -> None:
    text = "The Taxi Drivers’ Association called a strike. Its members met in Lagos."
    actors = actors_of(text)
    assert actor_with(actors, "Taxi Drivers' Association").type == "organization"
    assert not any(a.name == "Taxi Drivers" for a in actors)


# -- an ordinal opening a name -----------------------------------------------------


def test_an_ordinal_before_a_name_is_part_of_it_and_tells_two_bodies_apart() -> None:
    text = ("The 3rd Federal Circuit Court of Appeals sided with the port, but the 8th Federal Circuit "
            "Court of Appeals ruled against a rival operator. Troops of the 41st Mountain Brigade left.\n")
    actors = actors_of(text)
    third = actor_with(actors, "3rd Federal Circuit Court of Appeals")
    eighth = actor_with(actors, "8th Federal Circuit Court of Appeals")
    assert third is not eighth and third.type == eighth.type == "organization"
    brigade = actor_with(actors, "41st Mountain Brigade")
    assert text[brigade.mentions[0].start : brigade.mentions[0].end] == "41st Mountain Brigade"


def test_a_date_before_a_name_is_not_an_ordinal_of_it() -> None:
    text = "On the 21st, Harbour Board members met. On the 4th March the Pelham Trust paid.\n"
    names = [a.name for a in actors_of(text)]
    assert not any(name[:1].isdigit() for name in names), names


# -- names holding a comma or a capitalised preposition ------------------------------


def test_a_comma_name_keeps_its_place_after_of() -> None:
    text = ("Trade body warns\n\nThe Chamber of Commerce, Industry and Tourism of Valdoria called the "
            "plan reckless on Monday.\n")
    actor = actor_with(actors_of(text), "Chamber of Commerce, Industry and Tourism of Valdoria")
    assert actor.type == "organization"


def test_a_comma_name_whose_head_follows_a_place() -> None:
    text = "Trade body warns\n\nThe Norland Chamber of Commerce, Industry and Agriculture said it was alarmed.\n"
    assert actor_with(actors_of(text), "Norland Chamber of Commerce, Industry and Agriculture").type == "organization"


def test_a_capitalised_preposition_inside_a_name_makes_a_body() -> None:
    text = ("Press groups react\n\nThe court fined the paper. Reporters Without Borders condemned the fine. "
            "Mothers Against Reckless Driving marched in the capital.\n")
    actors = actors_of(text)
    assert actor_with(actors, "Reporters Without Borders").type == "organization"
    assert actor_with(actors, "Mothers Against Reckless Driving").type == "organization"


def test_people_for_a_cause_is_one_body() -> None:
    text = ("Groups spend on the race\n\nAmericans for Prosperity said it would spend $2 million. "
            "Parents for Safer Schools said the plan was too slow. Lawyers for Republican Sen. Ed Pike "
            "asked stations to pull the ad.\n")
    actors = actors_of(text)
    assert actor_with(actors, "Americans for Prosperity").type == "organization"
    assert actor_with(actors, "Parents for Safer Schools").type == "organization"
    assert actor_with(actors, "Ed Pike").type == "person"  # someone's lawyers: no body of his name


def test_a_body_named_after_a_place_and_a_cause_is_no_person() -> None:
    text = "Endorsement\n\nMr. Tisdale won an endorsement from the Richmond Crusade for Voters, a civic group.\n"
    assert actor_with(actors_of(text), "Richmond Crusade for Voters").type == "organization"


def test_a_body_s_field_before_and_stays_in_its_name() -> None:
    text = "Rates\n\nThe Monetary Policy and Financial Stability Committee met in Tromvik on Monday.\n"
    assert actor_with(actors_of(text), "Monetary Policy and Financial Stability Committee").type == "organization"


def test_a_body_named_after_its_work_is_no_event() -> None:
    text = ("Voting\n\nThe Norland State Board of Elections said turnout was high. The Norland Center for "
            "Economic Policy, a think tank, disagreed, and so did the Tromvik Budget Project, a nonprofit "
            "that studies state finances.\n")
    actors = actors_of(text)
    for name in ("Norland State Board of Elections", "Norland Center for Economic Policy", "Tromvik Budget Project"):
        assert actor_with(actors, name).type == "organization"
    assert not any(a.name == "World Cup" for a in actors_of("Sport\n\nThe World Cup opened in Tromvik.\n"))


def test_a_site_named_before_mine_or_plant_is_a_place() -> None:
    text = "Blast\n\nThe blast happened in a section of the Birlik mine. A fire at the Veltrova plant killed two.\n"
    actors = actors_of(text)
    assert actor_with(actors, "Birlik").type == "place"
    assert actor_with(actors, "Veltrova").type == "place"


def test_a_department_s_field_initials_name_it() -> None:
    text = ("Clinic\n\nMr. Roe asked about the Department of Veterans Affairs clinic in Tromvik. "
            "He said the VA had agreed to hire doctors.\n")
    assert actor_with(actors_of(text), "VA").name == "Department of Veterans Affairs"


def test_a_body_s_name_in_its_own_language_in_brackets_is_the_same_body() -> None:
    text = ("Verdict\n\nThe case was brought by the Office of the Attorney General (Fiscalía General de la "
            "Nación), which asked for six years.\n")
    actor = actor_with(actors_of(text), "Fiscalía General de la Nación")
    assert (actor.name, actor.type) == ("Office of the Attorney General", "organization")


def test_a_newspaper_whose_name_opens_like_a_place_s() -> None:
    text = "Fire\n\nA firefighter told the newspaper El Pregonero that smoke filled the floor.\n"
    assert actor_with(actors_of(text), "El Pregonero").type == "organization"


def test_two_firms_each_of_a_country_are_not_one_name() -> None:
    text = ("Fine\n\nThe generic makers, Velmar of Croatia and Ostra Pharmaceuticals of Portugal, were fined "
            "on Monday.\n")
    actors = actors_of(text)
    assert actor_with(actors, "Croatia").type == "country"
    assert not any(" and " in a.name for a in actors)


def test_a_comma_name_whose_last_part_has_two_words() -> None:
    text = "Fine\n\nNorland's Ministry of Industry, Business and Financial Affairs declined to comment.\n"
    assert actor_with(actors_of(text), "Ministry of Industry, Business and Financial Affairs").type == "organization"


def test_groups_of_people_for_or_of_a_place_keep_their_whole_name() -> None:
    text = ("Schools\n\nShe is vice president of United Teachers of Tromvik, the union. Darla Lune founded a "
            "parents group called Norlandians for Honest Classrooms last spring. Residents of Tromvik were split.\n")
    actors = actors_of(text)
    assert actor_with(actors, "United Teachers of Tromvik").type == "organization"
    assert actor_with(actors, "Norlandians for Honest Classrooms").type == "organization"
    assert not any(a.name.startswith("Residents") for a in actors)


def test_a_body_of_a_country_is_a_body_whatever_its_last_word() -> None:
    text = "Union\n\nThe United Mine Workers of America invested $10 million in the mine.\n"
    assert actor_with(actors_of(text), "United Mine Workers of America").type == "organization"


def test_a_committee_on_two_fields_is_one_body() -> None:
    text = ("Hearing\n\nShe spoke at a hearing of the Senate Committee on Homeland Security and Governmental "
            "Affairs. He appeared before the House Committee on Education and the Workforce.\n")
    actors = actors_of(text)
    assert actor_with(actors, "Senate Committee on Homeland Security and Governmental Affairs").type == "organization"
    assert actor_with(actors, "House Committee on Education and the Workforce").type == "organization"


def test_an_abbreviated_saint_after_a_hyphen_stays_in_the_name() -> None:
    text = "Airport\n\nA screener at Minneapolis-St. Paul International Airport spoke to us.\n"
    assert actor_with(actors_of(text), "Minneapolis-St. Paul International Airport").type == "place"


def test_a_firm_named_by_its_first_word_is_the_firm() -> None:
    text = ("Fine\n\nThe Commission fined the Danish drugmaker Velnor Pharma on Tuesday. Velnor said it would "
            "appeal.\n\nShares in Velnor fell 3 percent.\n")
    actors = actors_of(text)
    assert actor_with(actors, "Velnor").name == "Velnor Pharma"



def test_the_first_word_of_a_paragraph_is_read_whole() -> None:
    from briefterm.engine.actors.context import words_before

    text = "The index rose all morning. " * 10 + "\n\nShares in Qorvane fell."
    assert words_before(text, text.index("Qorvane"), 3) == ["shares", "in"]


def test_an_office_named_after_the_official_it_serves_keeps_the_title() -> None:
    text = "Trade\n\nThe Office of the United States Trade Representative (USTR) said the law was unfair.\n"
    assert actor_with(actors_of(text), "USTR").name == "Office of the United States Trade Representative"


def test_an_ordinal_inside_a_name_keeps_the_name_whole() -> None:
    text = ("Court\n\nThe U.S. Court of Appeals for the 6th Circuit ruled on Friday. Candidates in Norland's "
            "1st Congressional District met.\n")
    actors = actors_of(text)
    assert actor_with(actors, "U.S. Court of Appeals for the 6th Circuit").type == "organization"
    assert any(a.name == "1st Congressional District" for a in actors)


def test_a_union_local_whose_name_holds_and_is_one_body() -> None:
    text = "Unions\n\nThe International Longshore and Warehouse Union Local 142 called for a truce.\n"
    assert actor_with(actors_of(text), "International Longshore and Warehouse Union Local 142").type == "organization"


def test_a_forum_for_two_fields_is_one_body() -> None:
    names = [a.name for a in actors_of("The Tunisian Forum for Economic and Social Rights sided with them.")]
    assert names == ["Tunisian Forum for Economic and Social Rights"]


def test_a_comma_list_of_fields_with_two_word_parts_and_a_place_after_it() -> None:
    text = ("It was the Ministry of Agriculture, Water Resources and Fisheries. The strike was called by "
            "the Federation of Guides, Porters and Tourism Workers of Lisbon, which lost.")
    assert [a.name for a in actors_of(text)] == [
        "Ministry of Agriculture, Water Resources and Fisheries",
        "Federation of Guides, Porters and Tourism Workers of Lisbon"]


def test_a_ministers_comma_list_of_fields_names_no_actor_but_one_field_and_a_name_is_a_person() -> None:
    text = ("The deal was signed by Nepal's Minister for Energy, Water Resources and Irrigation, Hari Sharan "
            "Timsina, and others. The Minister of Education, Greta Eudo, and Tom Poe agreed.")
    assert {a.name: a.type for a in actors_of(text)} == {
        "Nepal": "country", "Hari Sharan Timsina": "person", "Greta Eudo": "person", "Tom Poe": "person"}


def test_a_universitys_campus_city_is_part_of_its_name() -> None:
    names = {a.name: a.type for a in actors_of(
        "Ana Roe, who teaches at the University of Colorado, Boulder, said the map was unfair. Voters in "
        "Boulder agreed.")}
    assert names.get("University of Colorado, Boulder") == "organization"
    assert names.get("Boulder") == "place"


def test_a_list_of_places_after_a_university_is_not_its_campus() -> None:
    names = {a.name for a in actors_of("The University of Utah opened offices in Ogden, Provo and Logan.")}
    assert "University of Utah" in names


def test_a_group_called_by_a_name_is_a_body() -> None:
    names = {a.name: a.type for a in actors_of(
        "The ad was paid for by a super PAC called Harbor Light Forward. Harbor Light Forward has spent "
        "about $1 million. The PAC declined to comment.")}
    assert names == {"Harbor Light Forward": "organization"}  # "Forward" no player's position, "PAC" no name


def test_a_name_listing_its_fields_is_joined_where_its_acronym_spells_them() -> None:
    names = {a.name: a.aliases for a in actors_of(
        "The Harbour, Dock and Allied Workers union (HDAW), which she joined at 16, called her a friend.")}
    assert names == {"Harbour, Dock and Allied Workers": ["HDAW"]}


def test_people_listed_before_an_acronym_stay_people() -> None:
    names = {a.name for a in actors_of("Ana Roe, Tom Poe and Li Wei (ARTP) spoke first.")}
    assert {"Ana Roe", "Tom Poe", "Li Wei"} <= names


def test_a_body_named_for_whom_it_gathers_keeps_their_title() -> None:
    names = {a.name for a in actors_of(
        "The Board of Harbor Commissioners voted on Monday; the Guild of Licensed Pilots objected, and "
        "the State Department Spokesperson said nothing.")}
    assert names == {"Board of Harbor Commissioners", "Guild of Licensed Pilots", "State Department"}


def test_two_towns_joined_by_and_stay_two_places() -> None:
    names = {a.name for a in actors_of(
        "Deputies in Granby and Winter Park said the roads were shut, and the Devon and Cornwall Police agreed.")}
    assert names == {"Granby", "Winter Park", "Devon and Cornwall Police"}


def test_a_name_with_and_stays_whole_before_its_possessive() -> None:
    """ "the Federal Soil and Water Directorate's field teams": one body, cut at its possessive."""
    actors = actors_of("Surveys by the Federal Soil and Water Directorate's field teams showed the drought.")
    assert [a.name for a in actors] == ["Federal Soil and Water Directorate"]


def test_a_tour_firm_is_an_organisation() -> None:
    actors = actors_of("Dana Ruel, who owns Saltmarsh Tours in Whitby, said bookings had fallen.")
    assert actor_with(actors, "Saltmarsh Tours").type == "organization"


def test_a_single_name_past_its_own_aside_speaks() -> None:
    """ "Portvale, which runs the terminal, said": a body (its "which"); "Nordlink, the … line, said": found."""
    actors = actors_of("Dock workers walked out on Tuesday.\n\nPortvale, which runs the northern terminal, said "
                       "work had stopped. Nordlink, the Bremen-based shipping line, said it was diverting ships.")
    assert actor_with(actors, "Portvale").type == "organization"
    assert actor_with(actors, "Nordlink")

