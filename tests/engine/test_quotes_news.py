"""Quotations as US and international news print them: the error kinds seen on news the
engine had not read, each on sentences of our own."""

from __future__ import annotations

from briefterm.core.types import ActorType

from .test_quotes_helpers import direct, quotes_of

PEOPLE: dict[str, tuple[ActorType, list[str]]] = {
    "Jane Roe": ("person", ["Roe"]),
    "Tom Poe": ("person", ["Poe"]),
    "Eastport": ("place", []),
}


# --- credit lines ------------------------------------------------------------------------------------


def test_a_dash_and_a_name_after_a_quotation_credit_it() -> None:
    text = (
        "Readers told us what they want from the council:\n\n"
        "“Buses that come on time.” ― Marta Ruiz\n"
        "“Rents I can pay.” — Paolo de Luca, student\n"
        "”Cleaner streets, and soon.”\u00a0― Ines Varga.\n"
    )
    assert direct(quotes_of(text)) == [
        ("Buses that come on time.", "Marta Ruiz"),
        ("Rents I can pay.", "Paolo de Luca"),
        ("Cleaner streets, and soon.", "Ines Varga"),
    ]


def test_a_dash_inside_a_sentence_is_no_credit() -> None:
    text = "The “quiet plan” — Eastport Council’s own — was shelved in May."
    assert direct(quotes_of(text, PEOPLE)) == []


# --- who speaks: the subject, never its apposition ---------------------------------------------------


def test_a_party_and_state_after_the_name_is_not_the_speaker() -> None:
    text = "Sen. Jane Roe, Democrat of Ohio, told the panel: “We will not wait for the next flood.”"
    assert direct(quotes_of(text)) == [("We will not wait for the next flood.", "Sen. Jane Roe")]


def test_a_long_apposition_with_a_relative_clause_keeps_the_name() -> None:
    text = (
        "Mara Lindt, a lawyer and spokeswoman for the Tenants Union of Eastport, which speaks for "
        "about twelve thousand renters in the old harbour district, said the rules were unfair.\n\n"
        "“Nobody ever checks the landlords,” she said."
    )
    assert direct(quotes_of(text)) == [("Nobody ever checks the landlords,", "Mara Lindt")]


def test_according_to_at_the_start_of_a_paragraph_names_who_he_is() -> None:
    text = (
        "Tom Poe spent ten years at the port.\n\n"
        "According to Poe, the pier was never safe because many ignored Jane Roe's warnings.\n\n"
        "“We were lucky nobody died,” he said."
    )
    assert direct(quotes_of(text, PEOPLE)) == [("We were lucky nobody died,", "Tom Poe")]


def test_she_does_not_point_back_to_a_thing() -> None:
    text = (
        "Ana Varga left the clinic in May. On the form, in a box marked “status,” a clerk had written "
        "“stable.”\n\n"
        "“I was never unwell,” she said."
    )
    quotes = direct(quotes_of(text))
    assert quotes[-1] == ("I was never unwell,", "Ana Varga")


def test_a_reporting_verb_before_its_named_subject_at_the_end_of_a_sentence() -> None:
    text = (
        "Jane Roe said the plan was sound. Few voters will notice the change, noted the Daily Ledger's Tom Poe.\n\n"
        "“Most of them made up their minds months ago,” he wrote."
    )
    assert direct(quotes_of(text, PEOPLE))[-1] == ("Most of them made up their minds months ago,", "Tom Poe")


def test_a_relative_clause_comma_before_said_is_no_inverted_subject() -> None:
    text = (
        "Ana Varga, who studies housing at the Eastport Institute, said Jane Roe's plan did not add up.\n\n"
        "“I see no money for it,” she said."
    )
    assert direct(quotes_of(text, PEOPLE)) == [("I see no money for it,", "Ana Varga")]


# --- role descriptions -----------------------------------------------------------------------------------


def test_the_senator_is_the_person_named_with_that_title() -> None:
    text = (
        "Sen. Jane Roe of Eastport and Tom Poe met on Monday.\n\n"
        "Asked whether Poe would run again, the Eastport senator said there was “no chance at all.”"
    )
    quotes = quotes_of(text, PEOPLE)
    assert [(q.speaker, q.speaker_name) for q in quotes if q.kind == "direct"] == [("jane-roe", "Jane Roe")]


def test_a_role_named_in_an_apposition_points_back_to_its_holder() -> None:
    text = (
        "Tom Poe, the mayor of Eastport, opened the bridge. Jane Roe watched.\n\n"
        "“It took eleven years,” the mayor said."
    )
    quotes = quotes_of(text, PEOPLE)
    assert [(q.speaker, q.speaker_name) for q in quotes] == [("tom-poe", "Tom Poe")]


# --- attributed partial quotes are speech ------------------------------------------------------------------


def test_words_a_named_speaker_called_something_are_speech() -> None:
    text = "Jane Roe called the plan “reckless” and voted against it."
    assert direct(quotes_of(text, PEOPLE)) == [("reckless", "Jane Roe")]


def test_what_he_called_a_phrase_is_his_speech() -> None:
    text = "Tom Poe condemned what he called a “shameful betrayal” of the dock workers."
    assert direct(quotes_of(text, PEOPLE)) == [("shameful betrayal", "Tom Poe")]


def test_an_urging_after_the_quotation_is_speech() -> None:
    text = "“Vote early,” the senator urged."
    assert direct(quotes_of(text)) == [("Vote early,", "the senator")]


def test_a_sentence_closing_with_who_said_it_gives_its_quotations_to_them() -> None:
    text = "A clerk who “takes one pencil” is fired on the spot, Jane Roe said. Managers are not."
    assert direct(quotes_of(text, PEOPLE)) == [("takes one pencil", "Jane Roe")]
    text = "“You pushed the staff to breaking point” to lift the share price, she said, pointing at the board."
    assert direct(quotes_of(text)) == [("You pushed the staff to breaking point", "she")]


def test_a_capitalised_name_after_an_article_stays_a_name() -> None:
    text = "Tom Poe cited the reviews of a “Harbour Lights” concert in May."
    assert direct(quotes_of(text, PEOPLE)) == []


# --- statements and their issuers ------------------------------------------------------------------------


def test_a_statement_speaks_for_whoever_issued_it() -> None:
    people: dict[str, tuple[ActorType, list[str]]] = {"Harbour Agency": ("organization", [])}
    text = "After a meeting, the Harbour Agency issued a statement calling the spill “a clear breach of the rules.”"
    quotes = quotes_of(text, people)
    assert [(q.text, q.speaker) for q in quotes if q.kind == "direct"] == [
        ("a clear breach of the rules.", "harbour-agency")]


def test_a_report_named_after_its_author_is_the_author_speaking() -> None:
    people: dict[str, tuple[ActorType, list[str]]] = {"Harbour Agency": ("organization", [])}
    text = "“Water levels will keep rising,” the Harbour Agency report said."
    assert [q.speaker for q in quotes_of(text, people)] == ["harbour-agency"]


def test_went_on_to_say_is_said_by_the_subject_before() -> None:
    text = "“We are ready,” Jane Roe said, going on to say that the town had spent “years preparing for this.”"
    assert direct(quotes_of(text, PEOPLE)) == [("We are ready,", "Jane Roe"), ("years preparing for this.", "Jane Roe")]


def test_she_skips_a_man_quoted_by_his_surname() -> None:
    people: dict[str, tuple[ActorType, list[str]]] = {
        "Ana Varga": ("person", ["Varga"]), "Peter Lund": ("person", ["Lund"])}
    text = (
        "“We argued both cases,” said Lund.\n\n"
        "On Monday, Varga went further. She attacked the plan.\n\n"
        "“Why hide the costs?” she said."
    )
    assert direct(quotes_of(text, people))[-1] == ("Why hide the costs?", "Ana Varga")


def test_said_before_a_name_and_a_colon() -> None:
    text = "Critics disagree. Said Tom Poe: “Nobody asked the fishermen.”"
    assert direct(quotes_of(text, PEOPLE)) == [("Nobody asked the fishermen.", "Tom Poe")]


def test_a_person_introduced_late_in_a_sentence_is_the_next_he() -> None:
    text = (
        "Tom Poe won the vote, which worries Peter Lund, president of the Harbour Club.\n\n"
        "“The club will lose its berth,” he said."
    )
    people: dict[str, tuple[ActorType, list[str]]] = {
        "Tom Poe": ("person", ["Poe"]), "Peter Lund": ("person", ["Lund"])}
    assert direct(quotes_of(text, people)) == [("The club will lose its berth,", "Peter Lund")]


def test_party_and_state_in_brackets_after_the_name() -> None:
    text = "“The bridge is not safe,” Rep. Jane Roe (D-Ohio) said Friday."
    assert direct(quotes_of(text, PEOPLE)) == [("The bridge is not safe,", "Jane Roe")]


def test_a_party_tag_between_commas_is_not_the_speaker() -> None:
    text = ("Rep. Jane Roe, D-Ohio, whose district lies along the lake, called the harbour budget "
            "“a quiet disaster” on Monday.")
    assert direct(quotes_of(text, PEOPLE)) == [("a quiet disaster", "Jane Roe")]


def test_a_party_tag_in_brackets_before_a_relative_clause() -> None:
    text = "“The bridge is not safe,” said Rep. Tom Poe (R-N.Y.), who sits on the transport panel."
    assert direct(quotes_of(text, PEOPLE)) == [("The bridge is not safe,", "Tom Poe")]
    text = "Rep. Tom Poe (R-N.Y.), who sits on the transport panel, called it “a wreck.”"
    assert direct(quotes_of(text, PEOPLE)) == [("a wreck.", "Tom Poe")]


def test_a_reporting_word_right_after_a_reporting_verb_is_a_noun() -> None:
    text = "Jane Roe said demand for ferry tickets had been “weaker than we hoped” all spring."
    assert direct(quotes_of(text, PEOPLE)) == [("weaker than we hoped", "Jane Roe")]
    text = "Tom Poe told reporters claims of a cover-up were “plain fiction.”"
    assert direct(quotes_of(text, PEOPLE)) == [("plain fiction.", "Tom Poe")]


def test_a_programme_named_after_on_is_no_speech() -> None:
    text = "On “Harbour Hour,” Jane Roe said the pier would close."
    assert direct(quotes_of(text, PEOPLE)) == []


def test_accused_of_quoted_words() -> None:
    text = "Eastport accused its neighbour of “reckless dumping.”"
    assert direct(quotes_of(text, PEOPLE)) == [("reckless dumping.", "Eastport")]


def test_a_title_period_does_not_make_a_possessor_a_subject() -> None:
    text = (
        "Another critic, Tom Poe, likened the rule to “a tax on light.”\n\n"
        "Jane Roe dismissed the charge as the work of Mr. Poe's clients. “I respect Tom,” she said."
    )
    assert direct(quotes_of(text, PEOPLE))[-1] == ("I respect Tom,", "Jane Roe")


def test_quoted_markup_attributes_are_no_speech() -> None:
    text = 'Roe posted: <tweet author="janeroe" id="12345">The pier is open.</tweet>'
    assert direct(quotes_of(text, PEOPLE)) == []


def test_a_thing_before_a_reporting_verb_hands_the_quote_to_the_speaker_before() -> None:
    text = "Jane Roe said the wave of floods demands that the town engage in “more planning.”"
    assert direct(quotes_of(text, PEOPLE)) == [("more planning.", "Jane Roe")]


def test_role_descriptions_hold_on_a_long_document() -> None:
    # How the time grows with the text is measured by `make bench` (engine alone, 4x the size).
    para = "Sen. Jane Roe spoke first. “We agree,” the senator said. Roe said the vote would pass on Friday.\n\n"
    quotes = quotes_of(para * 1600, PEOPLE)
    assert sum(q.kind == "direct" for q in quotes) == 1600


def test_she_points_back_to_a_spokeswoman_for_a_body() -> None:
    """The phrase's head comes before "for": "a spokeswoman for the Harbour Board" is a person,
    newer than a subject of unknown gender."""
    text = (
        "Okonjo said the vote would be close. A spokeswoman for the Harbour Board said the board "
        "had “no comment.”\n\n"
        "“We will not be rushed,” she said."
    )
    quotes = direct(quotes_of(text, {"Harbour Board": ("organization", [])}))
    assert quotes[-1] == ("We will not be rushed,", "A spokeswoman for the Harbour Board")


def test_a_second_verb_joined_by_and_keeps_the_first_verb_s_speaker() -> None:
    text = ("Senator Jane Roe was more careful than her colleagues. Though she called the bank’s "
            "conduct “outrageous” and called for pay to be “clawed back” for its managers, Roe said little else.")
    assert direct(quotes_of(text, PEOPLE)) == [("outrageous", "Jane Roe"), ("clawed back", "Jane Roe")]


def test_a_thing_is_never_named_as_a_speaker() -> None:
    text = "The gate was shut on Monday. “Keep out,” a sign on the gate said. Nobody came."
    assert direct(quotes_of(text)) == [("Keep out,", None)]


def test_a_quotation_ending_on_a_quotation_inside_it_takes_its_credit() -> None:
    text = ("“Folk say, ‘It does not matter, the mayor will win,’” said Tom Poe, an organiser. "
            "“The question is, ‘Win what?’ Turnout decides.”")
    assert [q for q in direct(quotes_of(text, PEOPLE)) if q[1]] == [
        ("Folk say, ‘It does not matter, the mayor will win,’", "Tom Poe"),
        ("The question is, ‘Win what?’ Turnout decides.", "Tom Poe"),
    ]


def test_a_quotation_after_a_question_the_text_asks_is_the_last_speaker_s_answer() -> None:
    text = ("Coach Dana Holt spoke after the final.\n\n“We earned every point,” Holt said.\n\n"
            "Would she stay next season? “Ask me in June. Tonight we celebrate.”")
    people: dict[str, tuple[ActorType, list[str]]] = {"Dana Holt": ("person", ["Holt"])}
    assert direct(quotes_of(text, people)) == [
        ("We earned every point,", "Dana Holt"), ("Ask me in June. Tonight we celebrate.", "Dana Holt")]


def test_an_answer_has_no_speaker_when_nobody_spoke_just_before() -> None:
    text = ("Coach Dana Holt spoke in May.\n\nThe club then lost four games.\n\n"
            "Would she stay next season? “Ask me in June. Tonight we celebrate.”")
    people: dict[str, tuple[ActorType, list[str]]] = {"Dana Holt": ("person", ["Holt"])}
    assert direct(quotes_of(text, people)) == [("Ask me in June. Tonight we celebrate.", None)]


def test_a_role_after_said_is_not_the_apposition_of_the_name_before() -> None:
    text = ("The bill went to Gov. Jane Roe, who has doubts.\n\n"
            "Her aide, Tom Poe, said the governor would read it closely.\n\n"
            "“I have seen those schools,” the governor said.")
    assert direct(quotes_of(text, PEOPLE)) == [("I have seen those schools,", "Jane Roe")]


def test_she_does_not_point_back_to_a_thing_that_did_something() -> None:
    text = ("Mayor Teresa Quill toured the site on Monday.\n\n"
            "Quill told reporters the plant had added 80 jobs since it won a grant. "
            "“That did not happen by accident,” she added.")
    people: dict[str, tuple[ActorType, list[str]]] = {"Teresa Quill": ("person", ["Quill"])}
    assert direct(quotes_of(text, people)) == [("That did not happen by accident,", "Teresa Quill")]


def test_a_phrase_about_the_quotation_after_it_names_no_speaker() -> None:
    text = ("Jane Roe said she would “grow the town so fast it won’t matter,” a line her rivals mocked. "
            "“We will see,” a spokesman said.")
    assert direct(quotes_of(text, PEOPLE)) == [
        ("grow the town so fast it won’t matter,", "Jane Roe"), ("We will see,", "a spokesman")]


def test_a_relative_clause_holding_a_town_and_its_state_is_an_aside() -> None:
    names: dict[str, tuple[ActorType, list[str]]] = {
        "Anita Gorski": ("person", ["Gorski"]), "Lowell": ("place", []), "Massachusetts": ("place", [])}
    text = ("Anita Gorski, who runs a bakery in Lowell, Massachusetts, described the week as “the worst in "
            "years.” She put it simply: “We are tired.”")
    assert direct(quotes_of(text, names)) == [
        ("the worst in years.", "Anita Gorski"), ("We are tired.", "Anita Gorski")]


def test_a_relative_clause_of_an_earlier_sentence_does_not_reach_the_next_speaker() -> None:
    names: dict[str, tuple[ActorType, list[str]]] = {
        "Mara Voss": ("person", ["Voss"]), "Harbour Traders Guild": ("organization", [])}
    text = ("Mara Voss, who runs a shop in Eastport, called the fee “an insult”.\n\n"
            "A spokesman for the Harbour Traders Guild, which speaks for 900 shops, said the guild had "
            "received 600 complaints. “Our members want answers,” he said.")
    assert direct(quotes_of(text, names))[-1] == (
        "Our members want answers,", "A spokesman for the Harbour Traders Guild")


def test_a_dateline_is_not_the_subject_of_the_clause_after_it() -> None:
    names: dict[str, tuple[ActorType, list[str]]] = {"Ruth Amsel": ("person", ["Amsel"]), "Denver": ("place", [])}
    text = "DENVER, Colo. — Gov. Ruth Amsel on Friday vetoed the bill, calling it “a gift to lenders.”"
    [(quote, speaker)] = direct(quotes_of(text, names))
    assert quote == "a gift to lenders." and speaker is not None and "Ruth Amsel" in speaker


def test_he_does_not_point_back_to_a_person_written_as_mrs() -> None:
    names: dict[str, tuple[ActorType, list[str]]] = {
        "Tolliver": ("person", []), "Marian Brandauer": ("person", ["Brandauer"])}
    text = ("Marian Brandauer is his challenger. Mr. Tolliver, 61, spent the evening casting Mrs. Brandauer, "
            "a former auditor, as a puppet.\n\n“I have never asked anybody for permission,” he said.")
    [(quote, speaker)] = direct(quotes_of(text, names))
    assert speaker is not None and "Tolliver" in speaker


def test_an_honorific_opening_an_apposition_names_the_speaker() -> None:
    names: dict[str, tuple[ActorType, list[str]]] = {"Amara Tovell": ("person", ["Tovell"]), "Kenya": ("country", [])}
    text = "Its representative in Kenya, Dr. Amara Tovell, described the outbreak as “serious but controllable”."
    [(quote, speaker)] = direct(quotes_of(text, names))
    assert speaker is not None and "Amara Tovell" in speaker


def test_a_past_form_without_ed_ends_the_subject_before_a_colon() -> None:
    names: dict[str, tuple[ActorType, list[str]]] = {"Akello Lomuria": ("person", ["Lomuria"])}
    text = "Akello Lomuria, 29, lives in the village. Lomuria put it simply: “I did not know.”"
    assert direct(quotes_of(text, names)) == [("I did not know.", "Akello Lomuria")]


def test_a_midway_phrase_opening_the_sentence_is_not_the_subject() -> None:
    names: dict[str, tuple[ActorType, list[str]]] = {"Delia Franke": ("person", ["Franke"])}
    text = "Midway through the hour, Ms. Delia Franke put the question: “Will you vote?”"
    [(quote, speaker)] = direct(quotes_of(text, names))
    assert speaker is not None and "Delia Franke" in speaker


def test_what_a_reported_event_marked_is_the_speaker_s_claim_but_a_mark_on_a_thing_is_a_name() -> None:
    text = ("The Harbour Agency said in a joint statement that the rollout marked “a turning point for "
            "children.” A crate marked “Top Secret” sat in the hall.")
    quotes = quotes_of(text, {"Harbour Agency": ("organization", [])})
    assert [(q.text, q.kind) for q in quotes] == [
        ("a turning point for children.", "direct"), ("Top Secret", "scare")]
    assert quotes[0].speaker == "harbour-agency"


def test_a_naming_word_before_a_colon_does_not_make_a_sentence_a_name() -> None:
    text = ("The board’s president, Ana Lune, gave her reason before the roll was called: “Nobody should be "
            "voting at one in the morning.” Ed Pike described it in a few words: “I told them to run.”")
    quotes = quotes_of(text, {"Ana Lune": ("person", []), "Ed Pike": ("person", [])})
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "ana-lune"), ("direct", "ed-pike")]


def test_a_quoted_question_then_its_asker_s_name_and_verb_is_one_sentence() -> None:
    text = "Karen Wu and Sam Dahl met.\n\n“Who came?” Dahl asked.\n\n“What now?” Wu said."
    quotes = quotes_of(text, {"Karen Wu": ("person", ["Wu"]), "Sam Dahl": ("person", ["Dahl"])})
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "sam-dahl"), ("direct", "karen-wu")]


def test_words_told_or_said_by_the_subject_stay_theirs_when_a_witness_is_credited_after() -> None:
    text = ("At a short meeting on Thursday, Jane Roe told staff her job was “to keep the doors open,” "
            "according to an aide who attended. “We will go on,” according to Tom Poe.")
    assert direct(quotes_of(text, PEOPLE)) == [("to keep the doors open,", "Jane Roe"), ("We will go on,", "Tom Poe")]


def test_a_partial_opening_with_a_preposition_after_named_is_no_name() -> None:
    text = ("Tom Poe said the decision was “not about one man” and that a new head would be named "
            "“within days, not weeks.” The ship will be named “Hope.”")
    quotes = quotes_of(text, PEOPLE)
    assert direct(quotes) == [("not about one man", "Tom Poe"), ("within days, not weeks.", "Tom Poe")]
    assert [q.kind for q in quotes if q.text == "Hope."] == ["scare"]


def test_a_possessive_s_only_member_named_in_apposition_speaks() -> None:
    text = "The board voted 2-1. The board’s only Democrat, Jane Roe, voted no and called the plan “a dud.”"
    assert direct(quotes_of(text, PEOPLE)) == [("a dud.", "Jane Roe")]


def test_a_she_after_a_woman_named_as_the_owner_of_a_plural_subject_is_her() -> None:
    people: dict[str, tuple[ActorType, list[str]]] = {**PEOPLE, "Ann Lee": ("person", ["Ms. Lee"])}
    text = ("A spokeswoman for the board, Ann Lee, said votes would be counted “by hand.”\n\n"
            "Ms. Roe’s volunteers have printed pencils with her name on them.\n\n"
            "“We have children here who carry inhalers,” she said.")
    assert direct(quotes_of(text, people))[-1] == ("We have children here who carry inhalers,", "Jane Roe")


def test_a_spokesman_for_a_capitalised_office_s_possession_keeps_the_whole_description() -> None:
    text = ("A spokesman for the Harlow State Auditor and Inspector's office said it would “review it.” "
            "A spokeswoman for the state auditor's office said it was “routine.”")
    assert [q.speaker_name for q in quotes_of(text, PEOPLE) if q.kind == "direct"] == [
        "A spokesman for the Harlow State Auditor and Inspector's office",
        "A spokeswoman for the state auditor's office"]


def test_a_word_ending_the_sentence_before_a_name_gives_no_sex() -> None:
    people: dict[str, tuple[ActorType, list[str]]] = {"Rosa Vilca": ("person", [])}
    text = ("Relatives waited for news of the missing men. Rosa Vilca, whose son is among them, said she "
            "would stay. “I have already lost his father,” she said.")
    assert direct(quotes_of(text, people)) == [("I have already lost his father,", "Rosa Vilca")]


def test_a_she_after_a_paragraph_of_background_is_the_woman_quoted_before_it() -> None:
    text = ("Tom Poe spoke first. “We arrest drivers,” said Jane Roe, vice director of the group.\n\n"
            "“Until prosecutors follow the money, we will keep counting bags.”\n\n"
            "Since 2018 the law has allowed prison terms of up to 15 years.\n\n"
            "“Fifteen years is written in the law,” she said.")
    assert direct(quotes_of(text, PEOPLE))[-1] == ("Fifteen years is written in the law,", "Jane Roe")


def test_a_title_s_period_inside_a_described_person_s_own_clause_keeps_her_sex() -> None:
    text = ("A neighbor across the street, who asked not to be named because she did not want trouble with "
            "Mr. Poe, said she had run over with a towel.\n\n"
            "“There was blood on the steps,” she said.")
    assert [q.speaker_name for q in quotes_of(text, PEOPLE) if q.kind == "direct"] == ["A neighbor"]


def test_a_statement_read_in_someone_s_name_is_theirs() -> None:
    people: dict[str, tuple[ActorType, list[str]]] = {**PEOPLE, "Ann Lee": ("person", [])}
    text = ("Mr. Poe did not appear on Tuesday. Instead, his deputy, Ann Lee, read a statement in his name.\n\n"
            "“I have served this county honestly,” the statement said.")
    assert direct(quotes_of(text, people)) == [("I have served this county honestly,", "Tom Poe")]
