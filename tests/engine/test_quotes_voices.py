"""Who said it, where the phrase beside the quotation is not enough: headlines, shared
subjects, numbers in appositions and pronouns. Sentences of our own."""

from __future__ import annotations

from briefterm.engine.analyse import analyse
from briefterm.engine.quotes.speaker_words import fits_pronoun
from briefterm.sources.document import from_text


def speakers(text: str) -> dict[str, str | None]:
    """Direct (and indirect) quotation text -> speaker_name."""
    return {q.text: q.speaker_name for q in analyse(from_text(text), None).quotes}


def speaking_actors(text: str) -> dict[str, str | None]:
    """Quotation text -> the name of the actor its speaker is, if any."""
    analysis = analyse(from_text(text), None)
    names = {a.id: a.name for a in analysis.actors}
    return {q.text: names.get(q.speaker or "") for q in analysis.quotes}


def test_a_headline_quotation_said_again_in_the_body_is_the_body_speaker_s() -> None:
    found = speakers("Senators call Norbrook outage ‘reckless’ as chief apologizes\n\n"
                     "“What happened in May was reckless,” said Sen. Ilse Varga, the committee's chair.")
    assert found["reckless"] == "Ilse Varga"


def test_a_headline_quotation_nobody_repeats_keeps_its_own_speaker() -> None:
    found = speakers("Teachers union calls budget ‘a disgrace’\n\n“We will fight it,” said Mayor Odo Plaskett.")
    assert found["a disgrace"] == "Teachers union"


def test_a_number_s_comma_does_not_cut_the_apposition_off_its_speaker() -> None:
    found = speakers("Ona Pettry said she lost money.\n\n"
                     "A spokesman for the Traders Guild, which represents about 9,000 shops, said the guild had "
                     "received many complaints. “Our members want cash,” he said.")
    assert found["Our members want cash,"] == "A spokesman for the Traders Guild"


def test_he_does_not_point_back_to_a_plural_or_a_quantity() -> None:
    assert not fits_pronoun("most of the patients", "person", "he")
    assert not fits_pronoun("the patients", "person", "she")
    assert fits_pronoun("the patient", "person", "she")
    found = speakers("Dr. Ivo Marek said his ward was full.\n\n"
                     "He said that most of the patients admitted were adults. “They feel better and go back "
                     "to work,” he said.")
    assert found["They feel better and go back to work,"] == "Ivo Marek"


def test_verbs_joined_by_and_share_the_clause_s_subject() -> None:
    found = speakers("The ministry has relaunched its campaign, which asks households to empty any bucket, "
                     "and said in a statement that any fever “should be treated as dengue”.")
    assert found["should be treated as dengue"] == "The ministry"


def test_an_age_and_a_description_between_the_speaker_and_said() -> None:
    found = speakers("“We will not stop,” Jan Abbot, 45, a teacher from Ohio, said on Monday.")
    assert found["We will not stop,"] == "Jan Abbot"


def test_unnamed_sources_diplomats_and_aides_can_speak() -> None:
    found = speakers("“Will it last?” asked one diplomat. “It will fail,” said one source. “It is fine,” aides said.")
    assert found == {"Will it last?": "one diplomat", "It will fail,": "one source", "It is fine,": "aides"}


def test_an_opening_phrase_is_not_the_subject_of_a_colon_s_clause() -> None:
    found = speakers("With party leaders worried about turnout, President Ilse Varga is rolling out a new "
                     "message: “It's about me.”\n\n"
                     "After the vote, Senator Ann Price offered a warning: “This will cost us.”")
    assert found["It's about me."] == "Ilse Varga"
    assert found["This will cost us."] == "Ann Price"


def test_a_nationality_or_an_age_stands_for_the_person_just_named() -> None:
    found = speakers("Harbour boss Iker Salaverri was less happy. “We gave away two goals,” the Spaniard told "
                     "reporters.\n\nCoach Ana Lutz was pleased. “We were better,” the 45-year-old said.")
    assert found == {"We gave away two goals,": "Iker Salaverri", "We were better,": "Ana Lutz"}


def test_a_name_that_only_qualifies_a_noun_after_its_is_not_what_it_points_to() -> None:
    found = speakers("Nurses in Kaduna walked out on Monday. The Nurses Guild said in a statement that it "
                     "“stands fully with” its Kaduna members. It warned that it would strike if any nurse was "
                     "“punished for asking.”")
    assert found["punished for asking."] == "Nurses Guild"


def test_a_body_that_agreed_in_the_reported_clause_is_no_she() -> None:
    found = speakers("Speaker Lena Oduya, a Democrat from Kisumu, said the Senate would return if the House agreed.\n\n"
                     "“We passed this bill 22 to 3,” she said.")
    assert found["We passed this bill 22 to 3,"] == "Lena Oduya"


def test_a_woman_who_shouted_is_no_he() -> None:
    found = speakers("Tom Varga said he would cut waste.\n\nThe crowd was restless.\n\nThe hall was hot.\n\n"
                     "“Answer the question!” a woman shouted.\n\n"
                     "He tried again. The fund, he said, was “the people’s money.”")
    assert found["the people’s money."] != "a woman"


def test_an_owner_s_answer_is_his() -> None:
    found = speakers("Tom Varga stayed for an hour. Asked whether it had gone badly, he laughed.\n\n"
                     "His answer: “I wanted a hard crowd.”")
    assert found["I wanted a hard crowd."] == "Tom Varga"


def test_the_speaker_of_an_inverted_aside_is_named_after_the_verb() -> None:
    found = speakers("Passengers, said Rail Riders, the travellers’ association, were “running out of patience.”")
    assert found["running out of patience."] == "Rail Riders"


def test_the_mission_and_the_email_speak_for_whoever_the_text_said_they_came_from() -> None:
    found = speakers("The vote was watched by a mission from the African Union, led by a judge of Kenya’s Court of "
                     "Appeal. In a statement, the mission described voting as “calm.”\n\n"
                     "The email, sent on May 2 by the chief executive, Dana Holt, to 60 staff, carried no subject. "
                     "It described the candidate as “one of us.”\n\n"
                     "“Nobody has to give,” the email continued.")
    assert found["calm."] == "African Union"
    assert found["one of us."] == found["Nobody has to give,"] == "Dana Holt"


def test_a_body_s_message_is_the_body_s() -> None:
    found = speakers("The district council’s message to those families was blunt: “Do not sleep at home.”")
    assert found["Do not sleep at home."] == "The district council"


def test_a_possessor_of_a_body_noun_is_not_what_its_points_to() -> None:
    found = speakers("The Farmers Guild, Italy’s largest farmers’ association, said that 1,000 sheep had died. "
                     "Its regional branch wrote that the damage would take “years, not months” to repair.")
    assert found["years, not months"] == "Farmers Guild"


def test_a_written_appeal_and_an_owner_s_message_speak_for_their_owners() -> None:
    found = speakers("The Hill Neighborhood Association appealed. The rezoning is “a favor to one landowner,” "
                     "according to the neighborhood association’s written appeal.\n\n"
                     "Its president’s message, in an interview after the vote, was short: “We will be in court.”")
    assert found["a favor to one landowner,"] == "the neighborhood association’s written appeal"
    assert found["We will be in court."] == "Its president"


def test_it_after_a_body_s_statement_is_the_body() -> None:
    found = speakers("The Reserve Board kept rates on hold. The board’s statement said two members were worried. "
                     "It described the risk as “significant but manageable”.")
    assert found["significant but manageable"] == "The board"


def test_the_speaker_of_an_inversion_described_after_it_is_what_he_points_to() -> None:
    found = speakers("“I will debate her twice,” Mr. Tom Oster said.\n\n"
                     "A debate in the city is not broadcast in the north, said Joel Venn, who teaches politics.\n\n"
                     "“For a lot of voters up there, it didn’t happen,” he said.")
    assert found["For a lot of voters up there, it didn’t happen,"] == "Joel Venn"


def test_he_wrote_after_a_writer_s_own_clause_is_the_writer_not_a_name_in_it() -> None:
    found = speakers("Judge Tom Reyes wrote that his nephew, Paul Kent, had never raised the case with him.\n\n"
                     "“I have sat on this bench for nine years,” he wrote.")
    assert found["I have sat on this bench for nine years,"] == "Tom Reyes"


def test_she_said_after_an_inversion_with_a_relative_clause_is_the_one_named_after_the_verb() -> None:
    found = speakers("Port strikes are rare in Lisbon, and long ones are rarer still, said Dana Whitlow, who teaches "
                     "labour history at the University of Leeds.\n\n“Both sides have reasons to settle,” she said.")
    assert found["Both sides have reasons to settle,"] == "Dana Whitlow"


def test_it_after_a_sentence_whose_subject_describes_a_body_is_that_body() -> None:
    found = speakers("Port officials said a trawler was seized by the Eastern Naval Patrol on Monday.\n\n"
                     "On Tuesday, the Ministry of Coastal Affairs said it “rejects the seizure.”\n\n"
                     "The naval patrol told a different story. In a post on its website, it said the trawler had "
                     "been “well inside the closed zone.”")
    assert found["well inside the closed zone."] == "Eastern Naval Patrol"


def test_it_inside_an_inverted_clause_is_not_the_clause_s_subject() -> None:
    found = speakers("The Eastern Health Service runs the clinics. The Nurses Council said in a statement that it "
                     "shared the staff’s worries. The health service, it said, was “running on empty.”")
    assert found["running on empty."] == "Nurses Council"


def test_he_after_a_reported_clause_is_not_the_place_that_is_its_subject() -> None:
    found = speakers("A landslide buried six homes in Tampere on Sunday, and rescuers from Pecs joined the search.\n\n"
                     "The head of the regional rescue service, Tomas Varga Lenz, told reporters in Pecs that Tampere "
                     "had declared an “emergency”. He urged people on steep slopes to “leave at the first crack.”")
    assert found["leave at the first crack."] == "Tomas Varga Lenz"


def test_a_person_at_a_workplace_in_a_town_is_the_speaker_not_the_town() -> None:
    found = speakers("Cholera cases rose again in Tarnby, health officials said on Monday.\n\n"
                     "“Cases in the town are rising,” a Danish doctor at a public clinic in Tarnby said.")
    assert found["Cases in the town are rising,"] == "a Danish doctor at a public clinic in Tarnby"


def test_a_verb_after_comma_and_shares_the_sentence_s_subject_not_the_reported_clause_s() -> None:
    found = speakers("Fishing talks broke down on Friday.\n\n"
                     "The fisheries minister, Ana Roe, said Russia had insisted on a quota far above the advice of "
                     "scientists, and called the proposal “a quota for emptying the sea.”")
    assert found["a quota for emptying the sea."] == "Ana Roe"


def test_a_second_partial_after_and_had_is_the_same_statement_s() -> None:
    found = speakers("The state settled with a drug distributor, Corvane Holdings, on Monday.\n\n"
                     "In a statement, Corvane said it “has always complied with the law” and had agreed to settle "
                     "“to avoid the cost of years of litigation.”")
    assert found["to avoid the cost of years of litigation."] == "Corvane"


def test_she_after_a_name_its_age_and_a_description_is_the_person_named() -> None:
    found = speakers("Hundreds marched to the central bank on Monday.\n\n"
                     "Among the marchers was Rana Haddad, 64, a retired teacher who said she had $30,000 in a "
                     "frozen account.\n\n“They told me to come back next month,” she said.")
    assert found["They told me to come back next month,"] == "Rana Haddad"


def test_the_woman_with_something_is_described_not_the_man_named_before() -> None:
    found = speakers("Families waited at the mine all day.\n\n"
                     "The town’s chief, Kwame Boadu, called on young men to leave the pits. “They go down because "
                     "there is nothing else,” Mr. Boadu said.\n\n"
                     "By nightfall, relatives had lit fires. “We will wait here,” the woman with the photograph said.")
    assert found["We will wait here,"] == "the woman with the photograph"


def test_a_described_speaker_keeps_what_she_is_with_and_where() -> None:
    found = speakers("Floods hit the town on Sunday.\n\n"
                     "A volunteer with the Red Cross, who asked not to be named, described the scene as “worse than "
                     "anything.”\n\n“We were done for a decade,” a clerk in western Wisconsin said.\n\n"
                     "“They told us to go home,” a woman whose brother is among the missing told the radio.")
    assert found["worse than anything."] == "A volunteer with the Red Cross"
    assert found["We were done for a decade,"] == "a clerk in western Wisconsin"
    assert found["They told us to go home,"] == "a woman"


def test_the_statement_is_the_body_that_gave_it_out_not_a_man_it_names() -> None:
    found = speaking_actors("Brenland’s Public Prosecution said on Thursday that speed caused the crash.\n\n"
                            "In a statement posted online, the prosecution said a signalman had failed to close "
                            "the line.\n\nFour workers will stand trial: the signalman, identified in the statement "
                            "only by his first name, Tamer, and three others.\n\n"
                            "The statement described the signal box as “a relic of another century.”")
    assert found["a relic of another century."] == "Public Prosecution"


def test_a_body_s_own_office_speaks_for_the_body() -> None:
    found = speaking_actors("Police fired tear gas at students.\n\nAmnesty International’s South Asia office "
                            "urged the government to “respect the right to protest.”")
    assert found["respect the right to protest."] == "Amnesty International"
