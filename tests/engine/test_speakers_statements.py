"""Who speaks for a statement, a body named by a common noun, or a cry from the floor: kinds first
met on news the engine had not read (heldout69 to heldout74), each on sentences of our own."""

from __future__ import annotations

from briefterm.engine.analyse import analyse
from briefterm.sources.document import from_text

from .analysis_helpers import actor_types
from .analysis_helpers import direct_speakers as speakers


def test_a_body_named_by_a_common_noun_after_an_opening_phrase_speaks() -> None:
    text = "On Friday, the management said it “regrets the loss of the night bus.”"
    assert speakers(text) == [("regrets the loss of the night bus.", "the management")]


def test_a_verb_in_the_opening_phrase_speaks_for_nobody_in_the_clause() -> None:
    text = ("In a note to tenants posted on the estate's noticeboard, the leadership thanked residents "
            "and said it “will fix the lifts by spring.”")
    assert speakers(text) == [("will fix the lifts by spring.", "the leadership")]


def test_a_message_someone_posted_speaks_for_whoever_posted_it() -> None:
    text = ("Lena Varga, 48, who opened the bistro in 2009, posted a note on Facebook urging diners "
            "to “book early and be patient with us.”")
    assert speakers(text) == [("book early and be patient with us.", "Lena Varga")]


def test_a_statement_put_out_by_a_body_is_the_bodys() -> None:
    text = "The Millbrook Rowing Trust put out a statement on Sunday saying it was “heartbroken.”"
    assert speakers(text) == [("heartbroken.", "The Millbrook Rowing Trust")]


def test_a_letter_someone_received_is_not_theirs() -> None:
    text = "Ana Roe got a letter from the landlord saying the flat was “no longer fit to let.”"
    assert speakers(text) != [("no longer fit to let.", "Ana Roe")]


def test_a_cry_opened_by_its_verb_is_not_taken_by_the_next_sentence() -> None:
    text = ("As the chairman read the figures, a pensioner near the door shouted, “Where did it go?” "
            "Ms. Poe asked everyone to sit down.")
    assert speakers(text) == [("Where did it go?", "a pensioner near the door")]


def test_a_question_with_its_speaker_after_it_is_still_theirs() -> None:
    text = "Tom Poe looked at the jury. “Why now?” Ms. Ana Roe asked him."
    assert speakers(text) == [("Why now?", "Ana Roe")]


def test_the_coalition_is_the_coalition_named_before() -> None:
    text = ("The Lakeshore Cyclists Coalition fought the road plan for a year.\n\n"
            "On Thursday the coalition called the plan “a motorway in disguise.”")
    quotes = analyse(from_text("Headline\n\n" + text), None).quotes
    assert [(q.text, q.speaker) for q in quotes] == [("a motorway in disguise.", "lakeshore-cyclists-coalition")]


def test_his_campaign_speaks_for_the_candidate() -> None:
    text = ("Dale Poe, a Republican, is running for the open seat.\n\n"
            "His campaign called the charge “a smear.”")
    assert speakers(text) == [("a smear.", "Dale Poe")]


def test_a_county_joined_by_a_scandinavian_and_is_one_place() -> None:
    found = actor_types("The ferry ran aground off the coast of Sogn og Fjordane county on Monday.")
    assert "Sogn og Fjordane" in found
    assert "Sogn" not in found and "Fjordane" not in found


def test_a_passive_accused_of_is_no_reporting_verb() -> None:
    text = ("Asked about the award, the claimant said she would give half of it to a group that helps "
            "women falsely accused of theft. “It was never about money,” she said.")
    assert speakers(text) == [("It was never about money,", "the claimant")]


def test_the_paper_quoted_him_as_saying_is_his() -> None:
    text = ("The pilot’s cousin, Marek, spoke to the Harbour Gazette about the crash. "
            "“He flew that route for twenty years,” the paper quoted him as saying.")
    assert speakers(text) == [("He flew that route for twenty years,", "Marek")]


def test_said_and_a_possessive_description_then_its_name() -> None:
    text = "Said his running mate, Sen. Tom Poe, R-Avondale: “We will carry this county.”"
    assert speakers(text) == [("We will carry this county.", "Tom Poe")]


def test_a_pause_then_said_is_the_one_who_paused() -> None:
    text = ("Ana Roe met students at the library.\n\n"
            "Asked whether the cuts were fair, she hesitated, then said, “The board should explain them.”")
    assert speakers(text) == [("The board should explain them.", "Ana Roe")]


def test_it_after_a_city_and_its_country_is_the_body_that_spoke() -> None:
    text = ("The Northgate Port Authority said the crates had been shipped from Gdynia, Poland, by sea. "
            "It called the find “the largest this year.”")
    assert speakers(text) == [("the largest this year.", "Northgate Port Authority")]


def test_the_letter_a_person_sent_calls_it_for_them() -> None:
    text = "Ana Roe sent a letter to the council. The letter calls the fee “plainly unlawful.”"
    assert speakers(text) == [("plainly unlawful.", "Ana Roe")]


def test_a_firm_named_by_its_first_word_is_that_firm() -> None:
    found = actor_types("The Bremont Veterinary Group agreed to buy a rival. Bremont said the deal would close in May.")
    assert found == {"Bremont Veterinary Group": "organization"}


def test_a_firm_with_co_is_a_firm_and_its_short_name_too() -> None:
    found = actor_types("Harlow Paint Co. said it would close its plant. Harlow Paint has 300 workers.")
    assert found == {"Harlow Paint Co.": "organization"}


def test_a_council_named_after_a_place_leaves_the_place_alone() -> None:
    found = actor_types("The state suspended Tarrowby Shire Council.\n\n‘Residents of Tarrowby have been let "
                        "down,’ the minister said. Residents at Tarrowby’s market were divided. "
                        "The Tarrowby council met.")
    assert "Tarrowby" in found and "Tarrowby Shire Council" in found  # not one actor


def test_a_trustee_is_a_title() -> None:
    assert actor_types("Trustee Ana Roe voted no.") == {"Ana Roe": "person"}


def test_company_limited_is_a_company_whatever_its_first_word() -> None:
    assert actor_types("The insurer, Coral Health Company Limited, pays late.") == {
        "Coral Health Company Limited": "organization"}


def test_she_after_a_teacher_described_with_where_she_works_is_the_teacher() -> None:
    text = ("The contractor, Coral Building Company Limited, is months behind.\n\n"
            "A science teacher at the town's secondary school, who asked not to be named because teachers "
            "may not talk to reporters, said she now taught in a corridor.\n\n"
            "“The children deserve better than this,” she said.")
    assert speakers(text) == [("The children deserve better than this,",
                               "A science teacher at the town's secondary school")]


def test_he_after_the_office_a_named_man_holds_is_that_man() -> None:
    text = ("Mayor Tom Chen and his rival, Ana Lund, met on Tuesday.\n\n"
            "When Mr. Chen began to speak, a student at the back shouted, “Tell us the truth!” "
            "Ms. Lund asked the hall to be quiet.\n\n"
            "The mayor went back to the budget. The city had paved 40 miles of road, he said, "
            "“more than any year before.”")
    assert speakers(text)[-1] == ("more than any year before.", "Tom Chen")


def test_an_office_with_its_holder_named_beside_it_leaves_the_name_to_speak() -> None:
    text = ("Tom Poe said the bill would wait.\n\n"
            "The Senate leader, Glen Roe, said he had not made up his mind. “I never rush a vote,” he said.")
    assert speakers(text) == [("I never rush a vote,", "Glen Roe")]


def test_a_spokeswoman_for_the_governor_is_not_the_governor() -> None:
    text = ("Gov. Carol Trask closed the state parks on Friday.\n\n"
            "A spokeswoman for the governor, Irene Dahl, said the rangers had asked for it.\n\n"
            "The parks will reopen next week. The governor said she would visit the coast on Monday.\n\n"
            "“We will get through this,” she said.")
    assert speakers(text) == [("We will get through this,", "Carol Trask")]


def test_a_title_and_a_name_beside_a_description_is_the_named_person() -> None:
    text = "A spokesman for the Finnish Border Guard, Captain Juha Lampi, said the boat was “in our waters”."
    assert speakers(text) == [("in our waters", "Juha Lampi")]


def test_people_described_with_where_they_are_opening_a_sentence_speak() -> None:
    text = ("Residents near the quarry said the blasts had cracked their walls.\n\n"
            "Someone in the gallery shouted, “Close it down!” and the chairman asked for calm.")
    quotes = analyse(from_text("Headline\n\n" + text), None).quotes
    assert [(q.text, q.speaker_name) for q in quotes] == [
        ("the blasts had cracked their walls", "Residents near the quarry"),
        ("Close it down!", "Someone in the gallery")]


def test_a_verb_in_the_subjects_aside_is_not_the_colons_cue() -> None:
    text = ("Rep. Dale Voss faced questions on Monday.\n\n"
            "A Democratic colleague of Voss’s, who spoke on condition of anonymity because the leadership "
            "had asked members to stay quiet, was blunter: “Everyone saw the invoices.”")
    assert speakers(text) == [("Everyone saw the invoices.", "A Democratic colleague of Voss’s")]


def test_whose_leader_and_a_name_is_the_named_leader() -> None:
    text = ("The motion was tabled by the opposition party Civic Way, whose leader, Ivan Kral, told deputies "
            "that the cabinet had “run out of friends.”")
    assert speakers(text) == [("run out of friends.", "Ivan Kral")]


def test_a_person_who_gave_only_a_first_name_speaks_by_it() -> None:
    text = ("A wheat farmer near Termez, who asked that only his first name, Rustam, be used because he "
            "feared trouble, said his fields were dry.\n\n“The river is leaving us,” he said.")
    assert speakers(text) == [("The river is leaving us,", "Rustam")]


def test_identified_only_by_her_family_name_is_that_name() -> None:
    text = ("A 19-year-old from Busan, who asked to be identified only by her family name, Park, because she "
            "is applying again, said she had studied alone.\n\n“I thought it was fair,” she said.")
    assert speakers(text) == [("I thought it was fair,", "Park")]


def test_a_description_after_an_opening_phrase_and_before_its_aside_speaks() -> None:
    text = ("Asked about arrests, a detective, who spoke on condition of anonymity, said: "
            "“We are watching the money.”")
    assert speakers(text) == [("We are watching the money.", "a detective")]


def test_the_airline_is_the_airline_named_before() -> None:
    text = ("Pilots at Skyreach Airways walked out on Monday.\n\n"
            "The airline said the strike would cost “more than it lost last year.”")
    quotes = analyse(from_text("Headline\n\n" + text), None).quotes
    assert [(q.text, q.speaker) for q in quotes] == [("more than it lost last year.", "skyreach-airways")]
