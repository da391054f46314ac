"""Speakers on sentences of our own: a club or a firm named before the noun for a described person
names nobody, nor does what he was doing after it; a body's name that a phrase cut at its "and"
is the body; "who had called" is the subject's; "emailed … to ask" is the sender's; "the woman" is
the woman met in the sentence before; a phrase the lede quotes is the speech of whoever says it later."""

from __future__ import annotations

from briefterm.engine.quotes.described_subject import _without_modifiers, described_subject

from .analysis_helpers import direct_speakers
from .analysis_helpers import speakers_or_described as speakers


def test_a_club_before_the_noun_for_a_person_is_left_out_of_the_description() -> None:
    assert _without_modifiers("a Port of Tilbury docker".split()) == ["a", "docker"]
    assert _without_modifiers("a Rovers supporter".split()) == ["a", "supporter"]
    assert _without_modifiers("a friend of Ana Roe".split()) == "a friend of Ana Roe".split()  # a name still ends it


def test_he_after_a_described_supporter_of_a_club_is_that_supporter() -> None:
    text = ("The league's board met until midnight in Tamsworth on Saturday.\n\n"
            "The Ministry of Sport said it hoped the new chairman would unite the clubs.\n\n"
            "Outside the hotel, a Grimsby Rovers supporter who had waited since the morning, and who would not "
            "give his name, was unimpressed by the delay.\n\n"
            "“Nine hours to count the votes,” he said.")
    assert speakers(text)[-1] == ("Nine hours to count the votes,", "a Grimsby Rovers supporter")


def test_a_body_cut_at_its_and_is_the_whole_body() -> None:
    text = ("The Ministry of Trade and Industry congratulated the new chairman on Sunday and said it hoped he "
            "would “bring the exporters together” before the spring.")
    assert direct_speakers(text) == [("bring the exporters together", "Ministry of Trade and Industry")]


def test_who_had_called_is_the_subject_before_who() -> None:
    text = ("Ines Barrow, who had called the old rules “a closed shop for a few families” during the campaign, "
            "conceded shortly after midnight.")
    assert direct_speakers(text) == [("a closed shop for a few families", "Ines Barrow")]


def test_emailed_to_ask_is_the_sender() -> None:
    text = ("The filing tells another story. It says the utility's manager, Corvin Halloway, emailed the senator "
            "in March to ask whether the bill could be “moved before anyone notices.”")
    assert direct_speakers(text) == [("moved before anyone notices.", "Corvin Halloway")]


def test_he_after_a_man_described_by_what_he_was_doing_is_that_man() -> None:
    text = ("Mayor Ines Barrow toured the market in Elmstead on Saturday.\n\n"
            "Outside the hall, a man selling fruit from a cart said he had not made up his mind.\n\n"
            "“I liked the last one. I do not know these two,” he said.")
    assert speakers(text)[-1] == ("I liked the last one. I do not know these two,", "a man selling fruit")


def test_the_woman_is_the_woman_met_in_the_sentence_before() -> None:
    text = ("Mayor Ines Barrow finished first in the special election.\n\n"
            "A video the Barrow campaign posted on Monday shows her on a street with a sinkhole, asking a "
            "woman on her porch how long she has waited for a repair.\n\n"
            "“Six weeks,” the woman answered.")
    assert speakers(text) == [("Six weeks,", "a woman on her porch")]


def test_a_phrase_the_lede_quotes_is_the_speech_of_whoever_says_it_later() -> None:
    text = ("Runoff tightens in the capital\n\n"
            "With five days left, the two candidates spent the weekend at fish fries, each pitching a race that "
            "one of them called “the last chance to fix the roads before winter comes.”\n\n"
            "Council President Ines Barrow, 52, finished first in the special election.\n\n"
            "“Water that comes out of the tap,” Barrow told supporters on Sunday. “It is the last chance to fix "
            "the roads before winter comes.”")
    assert speakers(text)[0] == ("the last chance to fix the roads before winter comes.", "ines-barrow")


def test_a_quotation_that_is_a_verbs_subject_speaks_for_no_one() -> None:
    text = ("In a post on Tuesday night, Councillor Ines Barrow wrote that “dozens of my neighbours” had asked "
            "her to act and accused the clerk of “hiding behind the rules.”")
    assert direct_speakers(text)[-1] == ("hiding behind the rules.", "Ines Barrow")


def test_what_an_office_holder_called_a_plan_at_length_is_speech() -> None:
    text = ("A committee voted on Tuesday to back the waiver, a plan one Democratic lawmaker called "
            "“paperwork wearing the clothes of policy.”")
    assert direct_speakers(text) == [("paperwork wearing the clothes of policy.", "one Democratic lawmaker")]


def test_a_described_persons_own_clause_may_come_after_a_long_one() -> None:
    """ "A renter in Kelso who went to …, and who asked that her name not be used, said": her
    clause ("her name") tells her sex after a first clause of more than sixty characters, and "in
    Kelso" before "who" says where she is."""
    text = ("A renter in Kelso who went to the long rally outside the State Capitol on Friday afternoon, and who "
            "asked that her name not be used, said she had followed the bill.")
    subject = (0, len("A renter"))
    sentence = (0, len(text))
    assert described_subject(text, (sentence, subject, None, len(text)), "she") == (0, len("A renter in Kelso"))


def test_an_adjective_ending_in_ly_after_an_article_stays_in_the_description() -> None:
    text = ("The tomb was opened on Sunday.\n\n"
            "An elderly woman selling figs at the roadside, who said she had lived in the village all her life, "
            "was not surprised.\n\n"
            "“My father always said there was something under that hill,” she said.")
    assert speakers(text)[-1][1].startswith("An elderly woman")


def test_an_associate_professors_title_ends_no_sentence() -> None:
    text = "“Nobody said a word for a minute,” said Assoc. Prof. Mirela Dobreva, the museum's director."
    assert direct_speakers(text) == [("Nobody said a word for a minute,", "Mirela Dobreva")]


def test_a_reporting_verb_inside_a_quotation_is_no_earlier_verb_for_the_next() -> None:
    text = ("A spokesman for the candidate, Emil Vandermoot, said the delegate had “answered every question he "
            "was asked” and called the email “a sign of nerves.”")
    assert direct_speakers(text)[-1] == ("a sign of nerves.", "Emil Vandermoot")


def test_a_verb_right_after_a_term_in_the_subjects_aside_is_the_subjects() -> None:
    text = ("Bo Lund, who drives a pickup his staff calls “the Hay Cart,” told supporters that he had "
            "“said what I came here to say.”")
    assert direct_speakers(text) == [("said what I came here to say.", "Bo Lund")]


def test_a_second_quotation_after_an_inverted_verb_is_still_the_first_speakers() -> None:
    text = "“We will win,” said Ana Roe, “and then we will fix the roads.”"
    assert direct_speakers(text) == [("We will win,", "Ana Roe"), ("and then we will fix the roads.", "Ana Roe")]


def test_a_ledes_unnamed_speaker_named_three_paragraphs_later() -> None:
    text = ("Union vows to fight tax plan\n\n"
            "A group of senators said Wednesday they would try again, and the leader of the largest teachers' "
            "union vowed to beat the plan “by a bigger margin this time.”\n\n"
            "The proposal would cut the state's income tax by a fifth over four years.\n\n"
            "Its sponsors said the cut would pay for itself within a decade.\n\n"
            "Nerys Oakhampton, the president of the Westmark Teachers Union, sat two rows behind them.")
    assert speakers(text)[0] == ("by a bigger margin this time.", "nerys-oakhampton")


def test_a_shepherd_who_gave_only_his_surname_is_that_name() -> None:
    text = ("“Nobody came up here to ask for my vote,” said a retired shepherd in Orune who would give only his "
            "surname, Pilloni.")
    assert direct_speakers(text) == [("Nobody came up here to ask for my vote,", "Pilloni")]


def test_a_description_with_an_apposition_before_the_name_it_gives() -> None:
    text = ("“We have food for two days,” said a passenger on a Dharan-bound bus, a nurse who gave only her "
            "first name, Sunita.")
    assert direct_speakers(text) == [("We have food for two days,", "Sunita")]


def test_quoted_as_saying_past_an_apposition_or_of_an_unnamed_official() -> None:
    text = ("The agency quoted Corvo, a schoolteacher from Ulassai, as saying that voters were “tired of being "
            "ruled from afar.” A wire service quoted an unnamed official at the ministry as saying the ban would "
            "end “as soon as the growers fix their problems.”")
    assert direct_speakers(text) == [("tired of being ruled from afar.", "Corvo"),
                                     ("as soon as the growers fix their problems.",
                                      "an unnamed official at the ministry")]


def test_a_places_minister_of_a_field_in_title_case_describes_the_name_before_it() -> None:
    text = ("“This has nothing to do with safety,” Ilie Vrabie, Moldova's Minister of Agriculture and Food "
            "Industry, told reporters.")
    assert direct_speakers(text) == [("This has nothing to do with safety,", "Ilie Vrabie")]


def test_she_after_a_woman_described_by_what_she_was_selling_is_that_woman() -> None:
    text = ("Mercy Banda, a chemist at the university, said the water was unsafe.\n\n"
            "“Who will buy cabbage from the orange river?” said a woman selling tomatoes from a blanket, who did "
            "not give her name. “I have sold nothing since Thursday,” she said.")
    assert direct_speakers(text)[-1] == ("I have sold nothing since Thursday,", "a woman selling tomatoes")
