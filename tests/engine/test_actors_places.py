"""Places that only a gazetteer can type: cities from the compiled GeoNames list, and state
abbreviations that are common words elsewhere. Sentences of our own."""

from __future__ import annotations

from briefterm.engine.actors.splitter import RunSplitter
from briefterm.engine.analyse import analyse
from briefterm.engine.lexicon.gazetteer import gazetteer
from briefterm.engine.lexicon.places import cities, parse_cities
from briefterm.sources.document import from_text

from .analysis_helpers import actor_types


def actors(text: str) -> dict[str, tuple[str, list[str]]]:
    return {a.name: (a.type, a.aliases) for a in analyse(from_text(text), None).actors}


def test_the_compiled_list_holds_cities_and_only_cities() -> None:
    assert {"Akron", "Ann Arbor", "Leeds"} <= cities()
    assert "Ohio" not in cities()  # a state: the gazetteer's YAML types it, with its aliases
    assert parse_cities("# a header\tcity\nWestport\tcity\nNorland\tcountry\n") == ["Westport"]


def test_a_city_with_no_other_cue_is_a_place() -> None:
    found = actors("The plant will move from Akron to Ann Arbor next year, the owners of Brelmont Tools said.")
    assert found["Akron"] == ("place", [])
    assert found["Ann Arbor"] == ("place", [])  # a given name first, but a city's name whole


def test_a_city_named_alone_is_not_short_for_a_body_named_after_it() -> None:
    found = actors("The Akron Water Board met on Monday. Residents of Akron have waited for weeks.")
    assert found["Akron Water Board"] == ("organization", [])
    assert found["Akron"] == ("place", [])


def test_a_city_that_speaks_stays_with_the_body_it_is_short_for() -> None:
    found = actors("Shares of Akron Tool Works fell. Akron said on Monday that sales had slowed.")
    assert list(found) == ["Akron Tool Works"]


def test_a_state_abbreviation_that_is_a_word_counts_only_after_a_place() -> None:
    found = actors("The rally was held in Erie, Pa., on Saturday. Voters in Pennsylvania are split.")
    assert found["Pennsylvania"] == ("place", ["Pa"])
    assert "Pa" not in actors("Pa Kettle laughed.")
    found = actors("Snow hit Missoula, Mont., on Monday. Roads across Montana were shut.")
    assert found["Montana"] == ("place", ["Mont"])


def test_a_body_named_after_a_place_whose_second_word_is_a_given_name_stays_whole() -> None:
    found = actors("Ivo Drent, the director of North Carolina Emergency Management, said the roads were shut.")
    assert found["North Carolina Emergency Management"] == ("organization", [])
    assert "Carolina Emergency Management" not in found


def test_waters_and_streets_are_places_whatever_their_first_word() -> None:
    found = actors("The boats on Harlow Sound sank, and every house on Front Street took water.")
    assert found == {"Harlow Sound": ("place", []), "Front Street": ("place", [])}


def test_a_place_named_with_a_possessive_stays_whole() -> None:
    found = actors("Police in Kellet's Bay took him to Kellet's Bay Hospital. Orla's Vineyard was sold. "
                   "Russia's Foreign Ministry said no.")
    assert found["Kellet's Bay"] == ("place", [])
    assert found["Kellet's Bay Hospital"] == ("organization", [])
    assert found["Orla's Vineyard"] == ("place", [])
    assert "Russia" in found and "Foreign Ministry" in found


def test_city_names_of_three_letters_or_fewer_are_no_hint() -> None:
    assert "Akron" in cities() and not any(len(city) <= 3 for city in cities())


def test_a_party_tag_glued_to_a_home_town_leaves_the_town() -> None:
    found = actors("Rep. Dana Holt, R-Fort Smith, and Rep. Marisol Vega (D-El Paso) voted against the bill.")
    assert found["Dana Holt"][0] == found["Marisol Vega"][0] == "person"
    assert found["Fort Smith"][0] == found["El Paso"][0] == "place"
    assert not [name for name in found if name[1:2] == "-"]


def test_a_capital_letter_and_a_hyphen_without_a_comma_before_is_no_party_tag() -> None:
    assert not [name for name in actors("On D-Day the Brennock Veterans Society laid wreaths.") if "Day" in name]



def test_a_city_whose_name_holds_a_lower_case_es() -> None:
    found = actors("Crash\n\nHe spoke at a news conference in Dar es Salaam on Monday.\n")
    assert found.get("Dar es Salaam") == ("place", []) and "Dar" not in found


def test_a_capital_named_as_a_city_s_parts_or_a_destination_is_the_city() -> None:
    found = actors("Blackout\n\nSeveral districts of Tirana lost water. Power was restored to Pristina at 19:00. "
                   "A workshop south-east of Seoul shut. Albania and Kosovo asked for help.")
    assert found.get("Tirana", ("",))[0] == "place" and found.get("Pristina", ("",))[0] == "place"
    assert found.get("Seoul", ("",))[0] == "place"


def test_names_listed_before_the_plural_of_their_kind_are_places() -> None:
    text = ("The dam would flood land in the Pithoragarh and Champawat districts, near the Mahakali and Sarju "
            "rivers. Voters in DuPage, Cook, Lake and McHenry counties signed. Three Texas House districts "
            "were redrawn.")
    found = {a.name: a.type for a in analyse(from_text(text), None).actors}
    for place in ("Pithoragarh", "Champawat", "Mahakali", "Sarju", "DuPage", "Cook", "Lake", "McHenry"):
        assert found.get(place) == "place", place
    assert found.get("House") != "place"


def test_a_dateline_city_before_a_state_spelled_out_is_a_place() -> None:
    text = "Town hall\n\nCHILLICOTHE, Ohio — Rep. Clay Hart came to a town hall meeting here on Thursday."
    found = {a.name: a.type for a in analyse(from_text(text), None).actors}
    assert found.get("Chillicothe") == "place"


def test_residents_of_a_town_and_a_towns_airport_name_places() -> None:
    text = ("Residents of Salmiya and parts of Hawalli lost power. Lombok's international airport, east of "
            "Bali, remained open. Boeing's new campus opened.")
    found = {a.name: a.type for a in analyse(from_text(text), None).actors}
    assert {k: found.get(k) for k in ("Salmiya", "Hawalli", "Lombok", "Boeing")} == {
        "Salmiya": "place", "Hawalli": "place", "Lombok": "place", "Boeing": "organization"}


def test_a_city_is_known_without_its_accents_and_with_either_apostrophe() -> None:
    assert {"Acapulco de Juarez", "Abeche", "Saint John's", "Saint John’s"} <= cities()


def test_a_city_whose_name_holds_a_possessive_is_not_cut_at_it() -> None:
    splitter = RunSplitter(gazetteer())
    assert [p.texts for p in splitter.split("Lee’s Summit")] == [("Lee’s", "Summit")]
    assert [p.texts for p in splitter.split("Russia's Navy")][0] == ("Russia",)


def test_two_cities_joined_by_and_are_two_places() -> None:
    found = actors("Voters in Akron and Kansas City split. The Devon and Cornwall Police said so.")
    assert found["Akron"][0] == "place" and found["Kansas City"][0] == "place"
    assert found["Devon and Cornwall Police"][0] == "organization"


def test_two_names_between_which_something_runs_are_places() -> None:
    found = actors("Police closed the old road between Korvath and Selmira to keep it clear.")
    assert found.get("Korvath") == ("place", []) and found.get("Selmira") == ("place", [])


def test_names_listed_after_place_nouns_and_including_are_places() -> None:
    found = actors("The count was slow in several northern provinces, including Ulaanbor and Tsagaan-Nuur, "
                   "where the roads were closed.")
    assert found["Ulaanbor"][0] == "place" and found["Tsagaan-Nuur"][0] == "place"


def test_a_dateline_city_that_is_also_a_given_name_is_a_place() -> None:
    text = ("Board backs the plan\n\n"
            "BEATRICE (AP) — A county board voted on Tuesday to back the plan.\n\n"
            "Nadia Querol, an analyst at a Beatrice research group, said it would cost more. "
            "“It is a gamble,” she said.")
    analysis = analyse(from_text(text), None)
    assert {a.name: a.type for a in analysis.actors}.get("Beatrice") == "place"
    assert [q.speaker_name for q in analysis.quotes if q.kind == "direct"] == ["Nadia Querol"]


def test_a_name_before_district_is_a_place_not_the_institute_named_after_it() -> None:
    """ "(IES Ravello)" names the institute; "Ravello district" is the place, not its short form."""
    found = {a.name: (a.type, a.aliases) for a in analyse(from_text(
        "A geologist at the Institute of Earth Science Ravello (IES Ravello) said the slope had cracked. "
        "The rain hit Kullan and neighbouring Ravello district on Saturday."), None).actors}
    assert found.get("Institute of Earth Science Ravello") == ("organization", ["IES Ravello"])
    assert found.get("Ravello") == ("place", [])


def test_a_name_before_a_landform_after_the_is_a_place_but_not_a_firm_s_product_range() -> None:
    text = ("The slope lay below the Pradelle ski area in the Varnach range, and ash from beneath the "
            "Skarfjall ice cap fell on farms. Orvane plans to put the chip into its Tellwick range of sensors.")
    found = actor_types(text)
    assert found.get("Pradelle") == "place" and found.get("Varnach") == "place" and found.get("Skarfjall") == "place"
    assert "Tellwick" not in found


def test_a_capital_driven_or_flown_to_is_a_place_of_its_own() -> None:
    text = ("Talks on forming Estonia's next government collapsed on Monday. A farmer who had driven to "
            "Tallinn for a meeting said he did not care who governed Estonia.")
    assert actor_types(text).get("Tallinn") == "place"


def test_a_country_before_dollars_names_a_currency_not_the_country() -> None:
    text = "Farmers in Laos were paid 2.5 million kip, about 110 US dollars, for land that fed six people."
    found = actor_types(text)
    assert "US" not in found and "United States" not in found and found.get("Laos") == "country"


def test_a_town_at_the_edge_of_which_something_runs_is_a_place() -> None:
    found = actor_types("The new district curls from the outskirts of Green Bay to the edge of Wenvoe.")
    assert found.get("Wenvoe") == "place"


def test_a_capital_things_were_brought_to_or_that_has_a_centre_is_a_place() -> None:
    found = actor_types("Denmark’s museum holds drums that were brought to Copenhagen in the 1760s. In Bangladesh, "
                        "police fired tear gas at students in central Dhaka on Wednesday.")
    assert found.get("Copenhagen") == "place" and found.get("Dhaka") == "place"


def test_a_place_named_with_its_kind_of_area_and_without_it_is_one_place() -> None:
    found = actors("Floods hit Korvani District on Monday. Schools in Korvani stayed shut, and the Darsel valley "
                   "was cut off. The mayor of Darsel said roads were gone.")
    assert {name: kind for name, (kind, _) in found.items()} == {"Korvani District": "place", "Darsel valley": "place"}


def test_a_capital_valley_or_a_capital_city_is_a_place_of_its_own() -> None:
    found = actors("Smoke reached Roanoke Valley on Monday. Schools in Roanoke stayed shut. Vientiane Province "
                   "sent buses, and flights to Vientiane were cancelled.")
    assert {"Roanoke Valley", "Roanoke", "Vientiane Province", "Vientiane"} <= set(found)


def test_a_place_after_in_and_another_place_is_no_government() -> None:
    found = actors("Norway banned the tours on Monday. Tour firms based in Vardo and Oslo take visitors onto the ice.")
    assert found["Oslo"][0] == "place"
    assert "Oslo" not in found["Norway"][1]


def test_a_compass_place_before_and_is_cut_from_the_hospital_after_it() -> None:
    found = actors("Pickets formed at Middlemore Hospital in South Auckland and North Shore Hospital in Takapuna.")
    assert found["South Auckland"][0] == "place"
    assert found["North Shore Hospital"][0] == "organization"


def test_a_river_named_with_and_without_river_is_one_place() -> None:
    found = actors("The dam would sit on the Varuna river. The Varuna feeds the lake, and the Varuna runs dry in June.")
    assert [name for name in found if "Varuna" in name] == ["Varuna river"]
    assert found["Varuna river"][0] == "place"


def test_a_place_used_as_one_is_not_the_body_named_after_it() -> None:
    found = actors("A quake struck villages in southern Corvella on Friday. Students at the University of Corvella "
                   "helped, and crews flew to Dastra, where the General Hospital of Dastra treated 40 people.")
    assert found["Corvella"][0] == "place" and found["Dastra"][0] == "place"
    assert "Corvella" not in found["University of Corvella"][1]


def test_a_party_member_from_a_place_leaves_the_place() -> None:
    found = actors("Sen. Boyd Kettering, a Somerset Republican, said no. Rep. Ana Roe, a House Democrat, agreed.")
    assert found["Somerset"][0] == "place"
    assert "Somerset Republican" not in found and "House" not in found


def test_a_numbered_road_or_district_is_a_label_not_an_actor() -> None:
    found = actors("Voters in House District 23 waited. The dump sits off Arkansas Highway 36. "
                   "The Mesa Valley School District 51 board met.")
    assert "House District" not in found and "Arkansas Highway" not in found
    assert found["Arkansas"][0] == "place"
    assert any("School District" in name for name in found)


def test_a_party_member_from_a_county_leaves_the_county() -> None:
    found = actors("Sen. Ana Roe, a Baker County Democrat, spoke first. Rep. Dale Poe, a Tea Party Republican, "
                   "did not.")
    assert found["Baker County"][0] == "place"
    assert "Baker County Democrat" not in found
