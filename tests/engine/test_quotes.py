"""Quotations: kinds (direct vs scare) and who speaks, on short sentences of our own.

Each test names the pattern it pins down. Speakers are checked twice where it
matters: with actors (the speaker's actor id) and with none (the name as the
text gives it), since the scorer accepts either.
"""

from __future__ import annotations

from briefterm.core.types import ActorType

from .test_quotes_helpers import direct, kinds, quotes_of

PEOPLE: dict[str, tuple[ActorType, list[str]]] = {
    "Jane Roe": ("person", ["Roe"]),
    "Tom Poe": ("person", ["Poe"]),
    "Eastport": ("place", []),
    "Daily Ledger": ("organization", []),
    "Harbour Agency": ("organization", []),
}


# --- marks and text --------------------------------------------------------------------------------


def test_text_is_the_words_inside_the_marks() -> None:
    text = "Jane Roe said: “We will rebuild the pier.”"
    (q,) = quotes_of(text)
    assert q.text == "We will rebuild the pier."
    assert text[q.start : q.end] == q.text
    assert q.passage == 1


def test_straight_marks_pair_in_order_even_when_spaced_oddly() -> None:
    # Tokenised text may glue an opening mark to the word before it: `said," For …"`.
    text = 'Jane Roe said the kits were ready," For example, every school gets one".'
    assert direct(quotes_of(text)) == [("For example, every school gets one", "Jane Roe")]


def test_apostrophes_are_not_quotation_marks() -> None:
    text = "Eastport’s mayor can’t stop the ’90s revival; the players' bus and Jones' car left."
    assert quotes_of(text) == []


def test_british_single_quotes_are_quotations() -> None:
    text = "‘The players’ bus was late,’ said Jane Roe. 'It won't happen again,' Tom Poe said."
    assert direct(quotes_of(text)) == [
        ("The players’ bus was late,", "Jane Roe"),
        ("It won't happen again,", "Tom Poe"),
    ]


def test_nested_single_quotes_inside_double_are_their_own_scare_quotes() -> None:
    text = "“He told me ‘never again’ and left,” Jane Roe said."
    assert kinds(quotes_of(text)) == [
        ("He told me ‘never again’ and left,", "direct"),
        ("never again", "scare"),
    ]


def test_a_quotation_running_over_paragraphs_gives_one_quote_per_paragraph() -> None:
    # The convention: no closing mark at the end of the first paragraph, an opening
    # mark at the start of the next one.
    text = "Jane Roe said: “The pier is old.\n\n“It will be rebuilt by May.”\n\nThen she left."
    assert direct(quotes_of(text)) == [("The pier is old.", "Jane Roe"), ("It will be rebuilt by May.", "Jane Roe")]


def test_an_unbalanced_mark_is_dropped() -> None:
    assert quotes_of("The mayor said the “plan was good. Nobody asked.") == []


def test_inch_marks_are_not_quotations() -> None:
    assert quotes_of('The pipe is 12" wide and 3" deep.') == []


# --- direct speech and its speaker -----------------------------------------------------------------


def test_quote_then_said_then_name() -> None:
    assert direct(quotes_of("“We will rebuild,” said Jane Roe.")) == [("We will rebuild,", "Jane Roe")]


def test_quote_then_name_then_said() -> None:
    assert direct(quotes_of("“We will rebuild,” Jane Roe said.")) == [("We will rebuild,", "Jane Roe")]


def test_name_said_comma_quote() -> None:
    assert direct(quotes_of("Jane Roe said, “We will rebuild.”")) == [("We will rebuild.", "Jane Roe")]


def test_name_said_colon_quote() -> None:
    assert direct(quotes_of("Jane Roe said: “We will rebuild.”")) == [("We will rebuild.", "Jane Roe")]


def test_apposition_between_name_and_verb() -> None:
    text = "Jane Roe, the mayor of Eastport since 2019, said “we will rebuild”."
    assert direct(quotes_of(text)) == [("we will rebuild", "Jane Roe")]


def test_name_in_apposition_after_the_role() -> None:
    text = "The mayor of Eastport, Jane Roe, has called the plan “reckless”."
    assert direct(quotes_of(text)) == [("reckless", "Jane Roe")]


def test_title_and_role_before_the_name() -> None:
    quotes = quotes_of("Harbour Agency director Jane Roe said “the pier is safe”.", PEOPLE)
    assert [(q.text, q.speaker) for q in quotes] == [("the pier is safe", "jane-roe")]


def test_speaker_after_verb_with_description() -> None:
    text = "“The pier is closed,” said the statement by an unnamed official on Monday."
    (q,) = quotes_of(text)
    assert q.kind == "direct"
    assert q.speaker_name == "the statement by an unnamed official"


def test_according_to_after_the_quote() -> None:
    text = "By then, “the water had reached the second floor”, according to the Daily Ledger."
    quotes = quotes_of(text, PEOPLE)
    assert [(q.kind, q.speaker, q.cue) for q in quotes] == [("direct", "daily-ledger", "according to")]


def test_according_to_before_the_quote() -> None:
    text = "According to the Daily Ledger, the talks made “real headway” on Friday."
    assert direct(quotes_of(text)) == [("real headway", "the Daily Ledger")]


def test_per_names_a_source_but_per_cent_does_not() -> None:
    assert direct(quotes_of("The pier plan is “dead”, per the Daily Ledger.")) == [("dead", "the Daily Ledger")]
    assert direct(quotes_of("Prices rose 5 per cent, a “modest” rise.")) == []


def test_told_names_the_speaker_not_the_listener() -> None:
    assert direct(quotes_of("Jane Roe told reporters “the pier is safe”.")) == [("the pier is safe", "Jane Roe")]
    assert direct(quotes_of("“The pier is safe,” Jane Roe told reporters.")) == [("The pier is safe,", "Jane Roe")]


def test_reported_clause_with_a_quoted_phrase_is_speech() -> None:
    # The verb's complement holds the quotation, however far along the sentence.
    text = "Jane Roe said on Monday that the city would only sign if the deal were “final and binding”."
    assert direct(quotes_of(text)) == [("final and binding", "Jane Roe")]


def test_participle_after_a_comma_takes_the_clause_subject() -> None:
    text = "Tom Poe praised the plan, but a senior aide rejected it, saying the cost was “far too high.”"
    assert direct(quotes_of(text)) == [("far too high.", "a senior aide")]


def test_participle_after_an_earlier_verb_takes_its_subject() -> None:
    text = "Jane Roe said the pier needs “a full rebuild,” adding there is “no time to lose.”"
    assert direct(quotes_of(text)) == [("a full rebuild,", "Jane Roe"), ("no time to lose.", "Jane Roe")]


def test_participle_right_after_its_subject() -> None:
    text = "Most readers agreed, with one reader writing “the pier was a disgrace”."
    assert direct(quotes_of(text)) == [("the pier was a disgrace", "one reader")]


def test_he_added_points_back_to_the_last_named_speaker() -> None:
    text = "Jane Roe said the pier was “unsafe”. She also added that the city would “act at once”."
    assert direct(quotes_of(text)) == [("unsafe", "Jane Roe"), ("act at once", "Jane Roe")]
    quotes = quotes_of(text, PEOPLE)
    assert [q.speaker for q in quotes] == ["jane-roe", "jane-roe"]


def test_pronoun_skips_a_person_of_the_other_gender() -> None:
    # Given names tell "he" from "she"; the subject of the sentence before is the best guess.
    text = "Tom Poe met Jane Roe at the pier. “We are late,” he said."
    assert [q.speaker for q in quotes_of(text, PEOPLE)] == ["tom-poe"]
    text = "Tom Poe met Jane Roe at the pier. “We are late,” she said."
    assert [q.speaker for q in quotes_of(text, PEOPLE)] == ["jane-roe"]


def test_it_added_points_back_to_an_organisation() -> None:
    text = "“The pier is closed,” said the Harbour Agency. “Repairs start soon,” it added."
    quotes = quotes_of(text, PEOPLE)
    assert [(q.speaker, q.cue) for q in quotes] == [("harbour-agency", "said"), ("harbour-agency", "added")]


def test_a_description_points_back_to_the_last_actor_of_its_kind() -> None:
    text = "The claim came from Eastport in May.\n\nThe city reasoned, “the pier belongs to everyone.”"
    quotes = quotes_of(text, PEOPLE)
    assert [(q.speaker_name, q.speaker) for q in quotes] == [("The city", "eastport")]


def test_a_demonym_qualifying_a_noun_is_not_the_speaker() -> None:
    names: dict[str, tuple[ActorType, list[str]]] = {"Eastland": ("country", ["Eastlandic"])}
    quotes = quotes_of("An Eastlandic official said the pier was “ours.”", names)
    assert [(q.speaker_name, q.speaker) for q in quotes] == [("An Eastlandic official", None)]


def test_a_quote_that_is_its_own_sentence_continues_the_speaker_before() -> None:
    text = "“It was hard,” Jane Roe said. “We lost a lot of boats this winter.”"
    assert direct(quotes_of(text)) == [
        ("It was hard,", "Jane Roe"),
        ("We lost a lot of boats this winter.", "Jane Roe"),
    ]


def test_quotes_joined_by_and_share_the_speaker() -> None:
    text = "Jane Roe called the plan “reckless” and “cruel”: “Nobody asked the fishermen.”"
    assert direct(quotes_of(text)) == [
        ("reckless", "Jane Roe"),
        ("cruel", "Jane Roe"),
        ("Nobody asked the fishermen.", "Jane Roe"),
    ]


def test_colon_cue_without_a_verb() -> None:
    assert direct(quotes_of("Jane Roe on the vote: “We won.”")) == [("We won.", "Jane Roe")]


def test_paragraph_ending_in_a_colon_introduces_a_quotation() -> None:
    text = "Jane Roe wrote on her blog:\n\n“The pier will reopen in June.”"
    assert direct(quotes_of(text)) == [("The pier will reopen in June.", "Jane Roe")]


def test_speaker_named_with_a_post_modifier_is_cut_to_the_person() -> None:
    quotes = quotes_of("Writing on Monday, Tom Poe of the Daily Ledger called it “a scandal”.", PEOPLE)
    assert [(q.speaker_name, q.speaker) for q in quotes] == [("Tom Poe", "tom-poe")]


# --- scare quotes -------------------------------------------------------------------------------------


def test_a_term_in_the_authors_own_sentence_is_scare() -> None:
    text = "Their answer is less a “no” than a “not yet”. What does “soon” mean?"
    assert [k for _, k in kinds(quotes_of(text))] == ["scare", "scare", "scare"]


def test_a_quoted_subject_with_no_reporting_verb_is_scare() -> None:
    text = "“One pier for all” is a long way from the city’s first aim to “sell and forget” the harbour."
    assert [k for _, k in kinds(quotes_of(text))] == ["scare", "scare"]


def test_names_and_titles_are_scare() -> None:
    text = 'The attack came from a user called "Gull", on the forum "Harbour Talk". The "News" page was down.'
    assert [k for _, k in kinds(quotes_of(text))] == ["scare", "scare", "scare"]


def test_so_called_and_the_term_are_scare() -> None:
    text = "Jane Roe attended. The so-called “harbour tax” and the term “pier levy” both failed."
    assert [k for _, k in kinds(quotes_of(text))] == ["scare", "scare"]


def test_a_participle_adjective_is_not_a_reporting_verb() -> None:
    text = "They know what it is like to receive vaguely worded “promises” from the state."
    assert [k for _, k in kinds(quotes_of(text))] == ["scare"]


def test_stated_as_an_adjective_is_not_a_cue() -> None:
    text = "It was a step back from Eastport’s stated aim to “rebuild and reopen” the pier."
    assert [k for _, k in kinds(quotes_of(text))] == ["scare"]


def test_nouns_that_look_like_verbs_are_not_cues() -> None:
    text = "In a blog post Tom Poe praised the “quiet” harbour."
    assert [k for _, k in kinds(quotes_of(text))] == ["scare"]


def test_boilerplate_passages_have_no_quotes() -> None:
    text = "The pier reopened.\n\nYou Might Like\nRead more “here”"
    assert all(q.passage == 1 for q in quotes_of(text))


def test_named_things_before_a_capitalised_quotation_are_scare() -> None:
    text = "Jane Roe said she had watched the film “Harbour Lights” twice. The group calls itself “Gulls”."
    assert [k for _, k in kinds(quotes_of(text))] == ["scare", "scare"]


def test_a_lower_case_quotation_after_a_noun_is_what_it_did() -> None:
    text = "Jane Roe said the party “will not back down”."
    assert direct(quotes_of(text)) == [("will not back down", "Jane Roe")]


def test_naming_verbs_with_a_name_are_scare_but_with_a_judgement_speech() -> None:
    # "call X “Name”" names; "called X “judgement”" reports what someone said about X.
    text = "Fans call her “the Harbour Express”. What sailors call the “dead zone” is calm. "
    text += "Jane Roe called the plan “reckless”."
    assert kinds(quotes_of(text)) == [
        ("the Harbour Express", "scare"),
        ("dead zone", "scare"),
        ("reckless", "direct"),
    ]


def test_evaluative_verbs_report_speech_only_with_as() -> None:
    text = "Jane Roe dismissed the report as “fiction”. Tom Poe rejected the “harbour plan”."
    assert kinds(quotes_of(text)) == [("fiction", "direct"), ("harbour plan", "scare")]


def test_a_speaker_reported_without_quotation_marks_is_found_by_she_said() -> None:
    text = "Police made arrests. A police spokeswoman said the march was calm. “Most people were peaceful,” she said."
    assert direct(quotes_of(text)) == [("Most people were peaceful,", "A police spokeswoman")]


def test_a_quotation_after_reported_speech_continues_it() -> None:
    text = "Mayor Tom Poe said the town had no power. “We evacuated the coast by Thursday.”"
    assert direct(quotes_of(text)) == [("We evacuated the coast by Thursday.", "Mayor Tom Poe")]


def test_a_relative_clause_does_not_hide_the_speaker() -> None:
    text = "One pensioner, who said she had used the library for years, was blunt. ‘It is a disgrace,’ she said."
    assert direct(quotes_of(text)) == [("It is a disgrace,", "One pensioner")]
    text = "“It is over,” one senior official, who asked not to be named, told the Daily Ledger."
    assert direct(quotes_of(text)) == [("It is over,", "one senior official")]


def test_it_added_prefers_the_body_that_spoke_last() -> None:
    text = "“We were calm,” one marcher told the Daily Ledger.\n\nThe interior ministry said officers acted “with "
    text += "restraint”. It added: “Violence will not be tolerated.”"
    quotes = quotes_of(text, PEOPLE)
    assert [q.speaker_name for q in quotes if q.kind == "direct"][-1] == "The interior ministry"


def test_a_long_title_with_a_bracket_and_a_place_still_names_the_person() -> None:
    text = "Professor Tom Poe of the Harbour Agency for Tides (HAT) in Eastport said: “The water is rising.”"
    quotes = quotes_of(text, PEOPLE)
    assert [(q.speaker, q.speaker_name) for q in quotes] == [("tom-poe", "Tom Poe")]  # the actor's full name
    assert "Tom Poe" in (quotes_of(text)[0].speaker_name or "")


def test_quoted_as_saying() -> None:
    text = "“The pier is safe,” Jane Roe was quoted as saying."
    assert direct(quotes_of(text)) == [("The pier is safe,", "Jane Roe")]
    assert direct(quotes_of("Jane Roe was quoted as saying the pier was “safe”.")) == [("safe", "Jane Roe")]


def test_a_possessor_is_not_the_speaker() -> None:
    quotes = quotes_of("Roe's spokesman said the pier was “safe”.", PEOPLE)
    assert [(q.speaker_name, q.speaker) for q in quotes] == [("Roe's spokesman", None)]
    quotes = quotes_of("In the words of the harbour master, Tom Poe, QC, “the pier is safe”.", PEOPLE)
    assert [(q.speaker_name, q.speaker) for q in quotes] == [("Tom Poe", "tom-poe")]


def test_without_actors_he_said_finds_a_surname_in_subject_position() -> None:
    # No actors pass result: capitalised names opening a clause stand in, newest first,
    # a possessor ("Eastport's") cut off.
    text = "Tom Poe spoke first. Later, Eastport's Ivo Brenner admitted the plan was “a mistake”, he said."
    assert direct(quotes_of(text))[0][1] == "Ivo Brenner"
    text = "Jane Roe spoke first. Brenner defended the plan. “It will work,” he said."
    assert direct(quotes_of(text)) == [("It will work,", "Brenner")]


def test_the_word_after_an_auxiliary_is_not_part_of_the_subject() -> None:
    text = "The court heard he had sent messages saying “you will regret this”."
    assert direct(quotes_of(text)) == [("you will regret this", "messages")]


def test_the_agency_points_back_to_the_named_body() -> None:
    text = "“The pier is closed,” the Harbour Agency said. The agency added that “repairs start soon”."
    assert [(q.speaker_name, q.speaker) for q in quotes_of(text, PEOPLE)] == [
        ("the Harbour Agency", "harbour-agency"),
        ("The agency", "harbour-agency"),
    ]


def test_quoted_nickname_inside_a_name_is_no_speech() -> None:
    from briefterm.engine.analyse import analyse
    from briefterm.sources.document import from_text

    text = "Mayor Rodrigo “Dodong” Malabanan spoke on Monday. “We will rebuild,” Malabanan said."
    quotes = analyse(from_text(text)).quotes
    kinds = {q.text: q.kind for q in quotes}
    assert kinds["Dodong"] == "scare"
    assert kinds["We will rebuild,"] == "direct"
