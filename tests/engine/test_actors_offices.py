"""Titles, offices and firms as local and court news write them, on sentences of our own."""

from __future__ import annotations

from briefterm.engine.analyse import analyse
from briefterm.sources.document import from_text

from .analysis_helpers import actor_types


def test_a_field_between_two_title_words_belongs_to_the_title() -> None:
    found = actor_types("Deputy Prosecuting Attorney Lena Varga asked for ten years. Varga said it was fair.")
    assert found == {"Lena Varga": "person"}


def test_chief_or_deputy_before_a_name_ends_a_title_after_its_field() -> None:
    found = actor_types("Police Chief Ann Lee shut the road. Deputy Police Chief Tom Ray agreed with "
                        "Fire Chief Dan Moe.")
    assert found == {"Ann Lee": "person", "Tom Ray": "person", "Dan Moe": "person"}


def test_assistant_and_senior_open_a_title() -> None:
    found = actor_types("Assistant District Attorney Mia Cole met Senior Vice President Bo Finn in Corran.")
    assert found.get("Mia Cole") == "person" and found.get("Bo Finn") == "person"
    assert set(found) == {"Mia Cole", "Bo Finn", "Corran"}


def test_a_body_before_a_title_stays_a_body() -> None:
    found = actor_types("European Commission President Lena Varga met Senate Majority Leader Tom Ray. "
                        "A cartoon showed Commission President Varga.")
    assert found.get("European Commission") == "organization" and found.get("Senate") == "organization"
    assert found.get("Lena Varga") == "person" and found.get("Tom Ray") == "person"


def test_a_body_named_with_and_stays_whole_at_a_sentence_end() -> None:
    found = actor_types("She will appeal to the Land and Water Court.\n\nThe ruling was upheld.")
    assert found == {"Land and Water Court": "organization"}


def test_a_trade_ends_a_firm_s_name_whatever_its_first_word() -> None:
    found = actor_types("Ray Holt, the owner of Summit Ridge Roofing, pleaded guilty. Operation Sea Lion was a plan.")
    assert found == {"Ray Holt": "person", "Summit Ridge Roofing": "organization"}


def test_a_dateline_state_names_the_state_and_makes_the_city_a_place() -> None:
    found = actor_types("Rovers win\n\nNORFOLK, Va. — The Rovers won on Saturday.")
    assert found.get("Norfolk") == "place" and found.get("Virginia") == "place"


def test_a_country_inside_a_title_is_part_of_the_title() -> None:
    found = actor_types("U.S. District Judge Rob Kline ruled. Assistant U.S. Attorney Dana Webb agreed. "
                        "U.S. Army Gen. Tom Ray spoke outside the U.S. District Court.")
    assert found.get("Rob Kline") == "person" and found.get("Dana Webb") == "person"
    assert found.get("U.S. Army") == "organization" and found.get("Tom Ray") == "person"
    assert not any(name.endswith(("District", "Attorney")) for name in found)


def test_a_party_named_by_a_colour_before_a_title_is_not_part_of_the_name() -> None:
    found = {a.name: a.type for a in analyse(from_text("The Green MP Tara Holm said the plan was wrong."), None).actors}
    assert found == {"Tara Holm": "person"}


def test_a_title_before_a_given_name_makes_a_person_whatever_the_surname() -> None:
    found = {a.name: a.type for a in analyse(from_text(
        "Judge Rachel Mills remanded the man. Justice Minister Lee Church resigned. General Mills said sales fell. "
        "“It was the least bad outcome,” Mr. Morgan of the Harbour Club said."), None).actors}
    assert found["Rachel Mills"] == "person" and found["Lee Church"] == "person"
    assert found["General Mills"] == "organization"
    assert found["Harbour Club"] == "organization"  # the title is Morgan's, not the club's


def test_an_office_named_after_its_title_keeps_the_title() -> None:
    found = actor_types("The Office of the Inspector General opened a review. Staff at the State Department "
                        "Spokesperson's desk declined to comment, and the Institute of Directors said nothing.")
    assert found.get("Office of the Inspector General") == "organization"
    assert found.get("Institute of Directors") == "organization"
    assert "Office of the Inspector" not in found


def test_a_nationality_before_a_known_body_is_its_branch_not_a_person() -> None:
    found = actor_types("The German Red Cross sent tents. German Varennikov, the charity's director, said more "
                        "would follow.")
    assert found.get("German Red Cross") == "organization"
    assert found.get("German Varennikov") == "person"


def test_local_elected_offices_are_titles_before_a_name() -> None:
    found = actor_types("State Auditor Mara Kesby defended the audit. County Clerk Ina Moe and Tax Assessor "
                        "Tom Ray agreed with State Treasurer Ben Toll.")
    assert found == {"Mara Kesby": "person", "Ina Moe": "person", "Tom Ray": "person", "Ben Toll": "person"}


def test_a_party_member_from_a_place_leaves_the_place() -> None:
    found = actor_types("Ana Torrez, a Salt Lake City Democrat, spoke. Tom Roe, an Ohio Republican, agreed, "
                        "and Ohio Democrats met.")
    assert found == {"Ana Torrez": "person", "Salt Lake City": "place", "Tom Roe": "person", "Ohio": "place",
                     "Ohio Democrats": "organization"}


def test_a_mining_firm_named_for_its_resources_is_a_body() -> None:
    found = actor_types("Shares in Tennant Hill Resources fell. Brandvold Mining and Orrin Metals said nothing.")
    assert found == {"Tennant Hill Resources": "organization", "Brandvold Mining": "organization",
                     "Orrin Metals": "organization"}
