"""Who speaks where the text introduces its speakers in the ways wire copy does: after a date
line, by the body they lead, by a first name they gave, in a clause on someone else, or by a
kind of body. Sentences of our own (invented names)."""

from __future__ import annotations

from briefterm.engine.analyse import analyse
from briefterm.sources.document import from_text

from .analysis_helpers import actor_types
from .analysis_helpers import speakers_or_described as speakers


def test_a_lede_after_a_date_line_is_still_the_lede_whose_speaker_is_named_later() -> None:
    text = ("Harbour league opens its first season\n\nSaturday, May 2, 2026\n\n"
            "The country's first professional netball league opened on Friday, with the head of the "
            "national federation calling it “a promise kept to a generation of players.”\n\n"
            "The opening game drew a crowd of about 4,000 to the arena in the capital.\n\n"
            "“They played for nothing for years,” said Tomasz Wierzba, the federation’s president.")
    assert speakers(text)[0] == ("a promise kept to a generation of players.", "tomasz-wierzba")


def test_a_body_s_officer_in_the_lede_is_the_one_introduced_with_that_body() -> None:
    text = ("Thieves took six silver cups from the Harbour Museum overnight, police said, in what "
            "the museum's director called “a theft from every family in town”.\n\n"
            "“The case was empty when I arrived,” said Orla Quennell, who has run the museum since 2019.")
    assert speakers(text)[0] == ("a theft from every family in town", "orla-quennell")


def test_a_first_name_given_after_an_apposition_names_the_speaker() -> None:
    text = ("“We thought we were safe below the ridge,” said one of the group, a 41-year-old teacher "
            "from Lyon who asked that only his first name, Bastien, be used.")
    assert speakers(text) == [("We thought we were safe below the ridge,", "bastien")]


def test_a_name_given_with_an_honorific_keeps_it_whole() -> None:
    text = ("A retired nurse from Ashby, who gave her name only as Mrs. Pennywhistle, told the panel "
            "she had come to every hearing.\n\n“Those lines are my street,” she said.")
    assert speakers(text) == [("Those lines are my street,", "pennywhistle")]


def test_a_name_apposed_to_an_object_in_a_relative_clause_is_not_the_subject() -> None:
    text = ("Runa Skjeggestad, a dog handler with the mountain rescue service who was lowered from the "
            "helicopter with her dog, Bramble, said the search had been short. "
            "“The dog went straight to the spot,” she said.")
    assert speakers(text) == [("The dog went straight to the spot,", "runa-skjeggestad")]


def test_a_described_speaker_s_relative_clause_cut_by_the_window_is_not_the_subject() -> None:
    text = ("Outside the parliament on Tuesday morning, a grain farmer from Ashby who had driven to Leeds "
            "for a meeting at the agriculture ministry said he did not much care who governed.\n\n"
            "“Diesel is diesel,” he said.")
    assert speakers(text) == [("Diesel is diesel,", "a grain farmer from Ashby")]


def test_he_added_after_a_quotation_and_its_named_speaker_is_that_speaker() -> None:
    text = ("The airport operator was more hopeful. “We could reopen by Friday,” a spokesman for "
            "Harbourline, Pelle Ruud, told reporters. He added that travellers should stay home "
            "“until the airline has called you.”")
    assert speakers(text) == [("We could reopen by Friday,", "pelle-ruud"),
                              ("until the airline has called you.", "pelle-ruud")]


def test_the_agency_is_the_body_talked_about_not_a_venue_named_in_passing() -> None:
    text = ("The Northern Space Organisation on Tuesday postponed a satellite launch, hours before the "
            "countdown was due to begin at the Kestrel Launch Centre.\n\n"
            "In a post on its website, the agency said engineers had found “a fault in a valve”.")
    assert speakers(text) == [("a fault in a valve", "northern-space-organisation")]


def test_going_on_is_no_reporting_verb() -> None:
    text = ("Varrow Mining said in a statement that shipments from the Tolland mine would continue by "
            "truck and that it did not expect “any lasting impact” on exports.")
    assert speakers(text) == [("any lasting impact", "varrow-mining")]


def test_a_name_before_party_is_a_body_and_no_he_even_where_it_opens_with_a_given_name() -> None:
    text = ("Parliament, where the governing Ellen Tide party holds a majority, may vote again. "
            "Piet Vanterpool, an Ellen Tide member of the legal committee, told reporters the party "
            "would wait.\n\n“Nobody wants a weaker police,” he said.")
    assert actor_types(text).get("Ellen Tide") == "organization"
    assert speakers(text) == [("Nobody wants a weaker police,", "piet-vanterpool")]


def test_a_named_person_after_a_role_is_a_person_whatever_his_trade() -> None:
    text = ("Republican commissioner Lyle Hackworth, a retired tool-and-die maker from Flint, said both "
            "drafts moved too many voters. He told the Ledger that one map “looks drawn in the dark.”")
    assert actor_types(text).get("Lyle Hackworth") == "person"
    assert speakers(text) == [("looks drawn in the dark.", "lyle-hackworth")]


def test_a_person_after_an_opening_place_and_its_comma_is_a_person() -> None:
    text = ("At a farm west of Ashby, Tomas Feldgren spent the evening driving sheep into the barn. "
            "“You hear it before you see it,” he said.")
    assert actor_types(text).get("Tomas Feldgren") == "person"
    assert speakers(text) == [("You hear it before you see it,", "tomas-feldgren")]


def test_it_after_a_statement_in_its_own_opening_phrase_is_the_body_not_the_statement() -> None:
    text = ("Harbourline Ltd built the pier last year.\n\n"
            "In a statement posted on its website in May, it said it had “followed every rule”.")
    found = [q for q in analyse(from_text(text), None).quotes if q.kind == "direct"]
    assert [(q.text, q.speaker_name) for q in found] == [("followed every rule", "Harbourline Ltd")]


def test_an_occupation_the_text_has_not_named_before_is_the_person_just_named() -> None:
    text = ("At the city's largest hospital, Dr Irene Valdemoro said the staff had been caught off guard. "
            "“In July we are ready for this,” the emergency physician told a radio network.")
    assert speakers(text) == [("In July we are ready for this,", "irene-valdemoro")]


def test_described_speakers_keep_their_head_through_participles_and_joined_clauses() -> None:
    sheltering = ("A schoolteacher sheltering in one of the camps, who asked that his name not be used, said "
                  "the tents had come late.\n\n“They promised us houses,” he said.")
    assert speakers(sheltering) == [("They promised us houses,", "A schoolteacher")]
    guiding = ("A tracker who has guided visitors in the park for twenty years, and asked not to be named "
               "because he works under a licence, said the herds had changed course. "
               "“They know something is changing,” he said.")
    assert speakers(guiding) == [("They know something is changing,", "A tracker")]
    whose = ("A cattle farmer whose family has worked land near Marlow since the 1890s, and who asked that "
             "his name not be used, said he expected the view to be “a wall of gray boxes.”")
    assert speakers(whose) == [("a wall of gray boxes.", "A cattle farmer")]


def test_a_first_name_given_in_a_second_joined_clause_names_the_speaker() -> None:
    text = ("A man who said he runs a car wash near the university, and who would give only his first "
            "name, Oswin, said a rate rise would cut his hours.\n\n“It is my biggest bill,” he said.")
    assert speakers(text) == [("It is my biggest bill,", "oswin")]


def test_a_subject_with_an_aside_opened_by_a_preposition_is_the_subject() -> None:
    text = ("The ministry's press service, in a short reply to questions from Radio Varta, the local service "
            "of the Baltic Broadcasting Union, said the law would be applied “only against deliberate lies”.")
    assert speakers(text) == [("only against deliberate lies", "The ministry's press service")]


def test_a_sentence_closed_by_an_apposed_name_and_told_reporters_is_that_person_s() -> None:
    text = ("The strike would be “total and indefinite” until the money was paid, the chapter's president, "
            "Dr. Ana Roe-Okafor, told reporters at the hospital gate.")
    assert speakers(text) == [("total and indefinite", "ana-roe-okafor")]


def test_a_venerable_monk_is_a_person_and_renewables_a_firm() -> None:
    text = ("The Venerable Alutgama Sumedha Thero, the chief monk of a temple near the site, led a march "
            "against the farm planned by Suryakanti Renewables.")
    found = actor_types(text)
    assert found.get("Alutgama Sumedha Thero") == "person" and found.get("Suryakanti Renewables") == "organization"


def test_a_described_speaker_from_a_place_who_withheld_his_name_is_what_he_points_to() -> None:
    text = ("At the gate on Thursday morning, a welder from Tocantins who has worked there for a year and "
            "did not want his name published said the workers had heard the news on their phones.\n\n"
            "“Nobody told us anything,” he said.")
    assert speakers(text) == [("Nobody told us anything,", "a welder from Tocantins")]


def test_a_name_after_a_described_person_s_place_and_a_comma_is_where_the_place_is() -> None:
    text = ("Rodel Tabayag, a fisherman from Buenavista, Guimaras, said he and his brother had pulled eleven "
            "people into their boat.\n\n“We took the small ones first,” he said.")
    assert speakers(text) == [("We took the small ones first,", "rodel-tabayag")]


def test_he_never_points_to_people_in_the_plural() -> None:
    text = ("Einar Sverrisson said whale watching brought in more money, and that foreign visitors often "
            "asked guides whether the hunt went on. “What am I supposed to tell them now?” he said.")
    assert speakers(text) == [("What am I supposed to tell them now?", "einar-sverrisson")]


def test_a_subject_with_himself_after_it_is_the_subject() -> None:
    text = "Garrow Vint himself wrote on Facebook on Wednesday night that he had “no regrets” and would go on."
    assert speakers(text) == [("no regrets", "garrow-vint")]


def test_a_role_that_ends_a_sentence_is_not_the_title_of_the_next_name() -> None:
    text = ("County Sheriff Benito Zapora accused the board of starving the jail. The two supervisors who voted "
            "no sided with the sheriff. Supervisor Emil Saldano said the freeze was wrong.\n\n"
            "In a post after the vote, the sheriff wrote that he would “not play politics with safety”.")
    assert speakers(text)[-1] == ("not play politics with safety", "benito-zapora")


def test_a_body_s_part_after_whose_speaks_for_the_body() -> None:
    text = ("Her decision angered the Northern Reform Party, one of three parties in the coalition, whose "
            "parliamentary group said in a statement that the licence was “an embarrassment abroad.”")
    assert speakers(text) == [("an embarrassment abroad.", "northern-reform-party")]


def test_the_vice_chancellor_is_the_one_named_with_that_office() -> None:
    found = dict(speakers("Students marched on Wednesday.\n\nThe university’s vice-chancellor, Professor Tarik Osman, "
                     "defended the increase on Tuesday.\n\n“Our fees have not changed,” the vice-chancellor said."))
    assert found["Our fees have not changed,"] == "tarik-osman"


def test_a_title_s_article_does_not_hide_the_name_in_an_apposition() -> None:
    found = dict(speakers("Senators met.\n\nIn a letter, the board chairman of Valley Youth Futures, the Rev. Tomas "
                     "Quill-Rey, wrote that the money paid for “a gym floor.”"))
    assert found["a gym floor."] == "tomas-quill-rey"


def test_she_after_among_them_was_a_described_woman_is_that_woman() -> None:
    found = dict(speakers("Dozens rallied at the Capitol.\n\nSenator Leo Barnes said the hearing was unfair.\n\n"
                     "Among the dozens who drove up from the county was a mother of two boys in the after-school "
                     "program, who asked not to be named because she works for the state.\n\n"
                     "“Whatever he did, those kids got a gym,” she said."))
    assert found["Whatever he did, those kids got a gym,"] == "a mother of two boys"


def test_a_name_given_at_the_end_of_a_who_clause_names_the_woman_described() -> None:
    found = dict(speakers("Oil spread.\n\nOne woman, who sells fish at the market and gave her name only as Amarie, "
                     "said the smell was bad. “At night it is worse,” she said.\n\n"
                     "Tenants came. Marisela, a home health aide from Aurora who gave only her first name because she "
                     "said she feared her landlord, said her rent had gone up. “I am not asking for free rent,” "
                     "she said."))
    assert found["At night it is worse,"] in ("amarie", "Amarie")
    assert found["I am not asking for free rent,"] == "marisela"


def test_the_colonel_is_the_one_titled_colonel_not_the_last_man_named() -> None:
    found = dict(speakers("Police seized cocoa at the border.\n\n“Every bag is money stolen from farmers,” said "
                          "Colonel Idrissa Kone, who leads the operation.\n\nThe council’s director, Paul Ameyaw, said "
                          "the beans would be sold.\n\n“Those we arrest today will be replaced tomorrow,” the colonel "
                          "said."))
    assert found["Those we arrest today will be replaced tomorrow,"] == "idrissa-kone"


def test_a_party_tag_with_an_abbreviated_saint_stays_beside_its_member() -> None:
    found = dict(speakers("Lawmakers met.\n\nState Rep. Ana Hale, R-St. Helens, who voted for the law, called the "
                          "lawsuit “an expensive way to ask for money.”"))
    assert found["an expensive way to ask for money."] == "ana-hale"
