"""Who speaks for a statement, a body named by a common noun, or a cry from the floor: kinds first
met on news the engine had not read (heldout69 to heldout72), each on sentences of our own."""

from __future__ import annotations

from briefterm.engine.analyse import analyse
from briefterm.sources.document import from_text

from .analysis_helpers import actor_types
from .analysis_helpers import direct_speakers as speakers


def test_a_body_named_by_a_common_noun_after_an_opening_phrase_speaks() -> None:
    text = "On Monday, the management said it “regrets the closure of the hall.”"
    assert speakers(text) == [("regrets the closure of the hall.", "the management")]


def test_a_verb_in_the_opening_phrase_speaks_for_nobody_in_the_clause() -> None:
    text = ("In a letter to members posted on the club's website, the leadership apologised for the delay "
            "and said it “shares the anger of every supporter.”")
    assert speakers(text) == [("shares the anger of every supporter.", "the leadership")]


def test_a_message_someone_posted_speaks_for_whoever_posted_it() -> None:
    text = ("Goalkeeper Ivo Marek, 31, who has played for the club since he was a boy, posted a message "
            "on Instagram asking fans to “stay calm and stay home.”")
    assert speakers(text) == [("stay calm and stay home.", "Ivo Marek")]


def test_a_statement_put_out_by_a_body_is_the_bodys() -> None:
    text = "The Harbour Tenants Trust put out a statement on Monday saying it was “deeply saddened.”"
    assert speakers(text) == [("deeply saddened.", "The Harbour Tenants Trust")]


def test_a_letter_someone_received_is_not_theirs() -> None:
    text = "Ana Roe received a letter from the council saying the pier was “unsafe for everyone.”"
    assert speakers(text) != [("unsafe for everyone.", "Ana Roe")]


def test_a_cry_opened_by_its_verb_is_not_taken_by_the_next_sentence() -> None:
    text = ("When the mayor began to answer, a woman at the back called out, “Answer the question!” "
            "Ms. Poe asked the room to stay quiet.")
    assert speakers(text) == [("Answer the question!", "a woman at the back")]


def test_a_question_with_its_speaker_after_it_is_still_theirs() -> None:
    text = "Tom Poe turned to the panel. “Why now?” Ms. Ana Roe asked him."
    assert speakers(text) == [("Why now?", "Ana Roe")]


def test_the_coalition_is_the_coalition_named_before() -> None:
    text = ("The Riverside Parents Coalition opposed the levy from the start.\n\n"
            "On Tuesday the coalition called it “a blank cheque.”")
    quotes = analyse(from_text("Headline\n\n" + text), None).quotes
    assert [(q.text, q.speaker) for q in quotes] == [("a blank cheque.", "riverside-parents-coalition")]


def test_his_campaign_speaks_for_the_candidate() -> None:
    text = ("Dale Poe, a Republican, is running for the open seat.\n\n"
            "His campaign called the charge “a smear.”")
    assert speakers(text) == [("a smear.", "Dale Poe")]


def test_a_county_joined_by_a_scandinavian_and_is_one_place() -> None:
    found = actor_types("The ferry ran aground off the coast of Sogn og Fjordane county on Monday.")
    assert "Sogn og Fjordane" in found
    assert "Sogn" not in found and "Fjordane" not in found


def test_a_passive_accused_of_is_no_reporting_verb() -> None:
    text = ("Asked what she would do with the money, the plaintiff said she would give part of it to a group "
            "that helps people wrongly accused of crimes. “I want my name back,” she said.")
    assert speakers(text) == [("I want my name back,", "the plaintiff")]


def test_the_paper_quoted_him_as_saying_is_his() -> None:
    text = ("The driver’s brother, Tomas, told the Valley Times that the family learned of it from a "
            "neighbour. “He sent money home every month,” the paper quoted him as saying.")
    assert speakers(text) == [("He sent money home every month,", "Tomas")]


def test_said_and_a_possessive_description_then_its_name() -> None:
    text = "Said her co-sponsor, Rep. Tom Poe, D-Elmwood: “We had the votes in May.”"
    assert speakers(text) == [("We had the votes in May.", "Tom Poe")]


def test_a_pause_then_said_is_the_one_who_paused() -> None:
    text = ("Ana Roe spoke to voters at a diner.\n\n"
            "Asked whether the ad was accurate, she paused, then said, “Tom should explain his votes.”")
    assert speakers(text) == [("Tom should explain his votes.", "Ana Roe")]


def test_it_after_a_city_and_its_country_is_the_body_that_spoke() -> None:
    text = ("The Harbour Customs Department said the container had come from Lagos, Nigeria, by way of "
            "Port Klang. It described the haul as “a clear sign that the port is being tested.”")
    assert speakers(text) == [("a clear sign that the port is being tested.", "Harbour Customs Department")]


def test_the_letter_a_person_sent_calls_it_for_them() -> None:
    text = "Ana Roe sent a letter to the station. The letter calls the ad “a knowing misrepresentation.”"
    assert speakers(text) == [("a knowing misrepresentation.", "Ana Roe")]


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


def test_she_after_a_nurse_described_with_where_she_works_is_the_nurse() -> None:
    text = ("The insurer, Coral Health Company Limited, pays the hospital late.\n\n"
            "A Filipino nurse in the hospital’s intensive care unit, who asked not to be named because staff "
            "may not speak to the press, said she now looked after six patients.\n\n"
            "“If two of them get worse at the same time, I have to choose,” she said.")
    assert speakers(text) == [("If two of them get worse at the same time, I have to choose,",
                               "A Filipino nurse in the hospital’s intensive care unit")]


def test_he_after_the_office_a_named_man_holds_is_that_man() -> None:
    text = ("Mayor Tom Chen and his rival, Ana Bickett, met on Tuesday.\n\n"
            "When Mr. Chen began to answer, a man in the audience called out, “Answer the question!” "
            "Ms. Bickett asked the crowd to stay quiet.\n\n"
            "The mayor returned to the subject a moment later. The police had hired 61 officers, he said, "
            "“the most in a decade.”")
    assert speakers(text)[-1] == ("the most in a decade.", "Tom Chen")


def test_an_office_with_its_holder_named_beside_it_leaves_the_name_to_speak() -> None:
    text = ("Tom Poe said the vote would wait.\n\n"
            "The House speaker, Clay Roe, said he had not decided. “I count votes before I call them,” he said.")
    assert speakers(text) == [("I count votes before I call them,", "Clay Roe")]


def test_a_spokeswoman_for_the_governor_is_not_the_governor() -> None:
    text = ("Gov. Carol Trask declared a state of emergency on Monday.\n\n"
            "A spokeswoman for the governor, Amanda Leigh, said the sirens were the counties’ job.\n\n"
            "Schools will be closed through Wednesday. The governor said she would return on Tuesday.\n\n"
            "“These are tough people,” she said.")
    assert speakers(text) == [("These are tough people,", "Carol Trask")]


def test_a_title_and_a_name_beside_a_description_is_the_named_person() -> None:
    text = "A spokeswoman for the Estonian Navy, Lieutenant Mari Tamm, said the case was “a matter for the courts”."
    assert speakers(text) == [("a matter for the courts", "Mari Tamm")]
