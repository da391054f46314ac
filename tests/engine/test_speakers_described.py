"""Speakers named with long descriptions, party tags and places, on sentences of our own: who
speaks is the person described, never a town or a country named inside the description."""

from __future__ import annotations

from briefterm.engine.analyse import analyse
from briefterm.engine.lexicon.speech import tokens
from briefterm.engine.quotes.phrase_shapes import restrictive_who
from briefterm.sources.document import from_text

from .analysis_helpers import actor_types
from .analysis_helpers import speakers_or_described as speakers


def test_a_party_tag_is_an_aside_before_the_members_other_apposition() -> None:
    text = ("Rep. Maria Okafor, D-Cleveland, the chairwoman of the House Budget Committee, said she had "
            "met with senators. “There is a deal here,” she said.")
    assert speakers(text) == [("There is a deal here,", "maria-okafor")]
    assert actor_types(text)["Cleveland"] == "place"


def test_a_state_cut_short_in_a_party_tag_is_no_actor() -> None:
    found = actor_types("Rep. Tom Haskins (R-Mont.) said the bill was dead. Rep. Ana Lind, D-Roseburg, agreed.")
    assert found.get("Roseburg") == "place"
    assert "Mont" not in found


def test_a_place_a_described_person_is_from_does_not_speak() -> None:
    text = ("Ms. Dana Hale ran an advertisement in which the father of a flood victim from Denver described "
            "the agency as “a locked door with a logo.”\n\n"
            "“It is over,” a farmer in the village said.")
    assert speakers(text) == [
        ("a locked door with a logo.", "the father of a flood victim from Denver"),
        ("It is over,", "a farmer in the village"),
    ]
    assert actor_types(text)["Denver"] == "place"


def test_a_body_in_a_city_speaks_not_the_city() -> None:
    assert speakers("“We start at once,” the Kessler Institute in Heidelberg said.") == [
        ("We start at once,", "kessler-institute")]


def test_a_description_whose_clause_holds_commas_is_an_aside() -> None:
    text = ("Coach Lars Ekdahl, a former forward who took over the club in 2019 when it was near the bottom "
            "of the league, the third tier, called the win “the best night we have had.”")
    assert speakers(text) == [("the best night we have had.", "lars-ekdahl")]


def test_the_name_after_a_description_with_a_clause_is_the_speaker() -> None:
    text = ("Floods in the valley\n\n"
            "A retired driver who gives only his first name, Marek, said the water came at night. "
            "“It did not stop,” he said.")
    assert speakers(text) == [("It did not stop,", "marek")]


def test_an_opening_participle_phrase_is_not_the_subject() -> None:
    text = ("Sen. Ray Tolliver spoke for an hour. Leaving the stage, he dismissed the report as “a smear” "
            "and said he had left the board “years before any of that happened.”")
    assert speakers(text) == [("a smear", "ray-tolliver"), ("years before any of that happened.", "ray-tolliver")]


def test_the_judge_is_the_person_titled_justice() -> None:
    text = ("In a long judgment, Mr Justice Declan Ruttle quashed the permission.\n\n"
            "“The board was entitled to prefer one expert over another,” the judge wrote.\n\n"
            "Justice Anna Kovac wrote for the majority. “The statute is plain,” the justice wrote.")
    assert speakers(text) == [("The board was entitled to prefer one expert over another,", "declan-ruttle"),
                              ("The statute is plain,", "anna-kovac")]


def test_he_goes_to_the_only_subject_whose_name_a_list_gives_to_women() -> None:
    text = ("In Lumding, residents began leaving on Monday. Kami Dorje, who chairs the local ward, said most "
            "families had agreed to go.\n\n“My mother was born in this house,” he said.")
    assert speakers(text) == [("My mother was born in this house,", "kami-dorje")]


def test_a_company_described_with_a_participle_is_a_body() -> None:
    found = actor_types("Orbin Tools, a company founded by his father, moved jobs in 2009. Caio Bastos follows "
                        "it at Trevisan Valores, a brokerage in Recife. Kit Lane, a prominent New York Democrat, "
                        "said little.")
    assert found["Orbin Tools"] == "organization"
    assert found["Trevisan Valores"] == "organization"
    assert found["Kit Lane"] == "person"


def test_a_person_after_a_place_with_an_age_is_no_place_in_a_list() -> None:
    text = ("At a stop on Avenida Ocho, Marta Quilapan, 34, a cleaner, had waited an hour. "
            "“I support the drivers,” she said.")
    assert actor_types(text)["Marta Quilapan"] == "person"
    assert speakers(text) == [("I support the drivers,", "marta-quilapan")]


def test_she_skips_a_man_named_by_surname_for_the_nominee_who_opens_the_clause() -> None:
    text = ("Sens. Tom Kerrick (D-Ore.) pressed the chief executive. “You are scapegoating the staff,” "
            "Kerrick said.\n\n"
            "In a statement issued Tuesday, presidential nominee Ann Vosper was more careful. Though she "
            "called the bank’s conduct “outrageous,” she stopped short of a break-up.")
    assert speakers(text) == [("You are scapegoating the staff,", "tom-kerrick"), ("outrageous,", "ann-vosper")]


def test_a_nominee_in_an_apposition_is_no_subject_for_she() -> None:
    text = ("Lena Marsh met the governor’s husband and his wife, Democratic presidential nominee Ann Vosper, "
            "over dinner.\n\nShe said she had not felt any backlash. “People tend not to say it to me,” she said.")
    assert speakers(text) == [("People tend not to say it to me,", "lena-marsh")]


def test_a_complaint_speaks_for_whoever_filed_it() -> None:
    text = ("The Kessler Fund filed a complaint against the developer on Monday.\n\n"
            "The developers ran a “massive fraudulent scheme,” the complaint said.")
    assert speakers(text) == [("massive fraudulent scheme,", "kessler-fund")]


def test_a_negated_verb_keeps_its_subject() -> None:
    text = ("Senator Tom Lind spoke after the vote.\n\n"
            "“We have had problems before,” Lind said after meeting President Ivan Markov. He didn’t "
            "suggest a delay. “Our goal is not to punish anyone.”")
    assert speakers(text) == [("We have had problems before,", "tom-lind"),
                              ("Our goal is not to punish anyone.", "tom-lind")]


def test_a_quotation_after_a_sentence_about_a_person_is_hers_not_a_states() -> None:
    text = ("On Sunday, Sen. Ana Ravel (Vt.), who lost the primary, named exhaustion as the main reason. "
            "“The younger voters are tired of waiting for a change that never comes.”\n\n"
            "Vermont passed the law in May. “This is a historic day for the state and its people.”")
    assert speakers(text) == [("The younger voters are tired of waiting for a change that never comes.", "ana-ravel"),
                              ("This is a historic day for the state and its people.", None)]


def test_an_age_pins_the_name_before_a_description_holding_a_comma() -> None:
    text = ("Yesenia Paredo, 22, a nursing student at the University of Nevada, Las Vegas, said she got the "
            "text twice. “My brother asked me if it was real,” she said.\n\n"
            "In Westfield, a fish seller who gave her name only as Musu, 41, said she had voted. "
            "“We have seen what happens,” she said.")
    assert speakers(text) == [("My brother asked me if it was real,", "yesenia-paredo"),
                              ("We have seen what happens,", "musu")]


def test_a_full_name_ending_a_description_is_the_speaker() -> None:
    text = ("The head of its mission, the former electoral official Ama Serwaa Boateng, described the count as "
            "“credible, though not without gaps”.\n\n"
            "Mr. Harlan’s opponent, former state Attorney General Celia Orozco, called the gift “dark money”.\n\n"
            "Niall Fenner, an analyst at the Harbour Bank Group, called the deal “expensive but defensible.”")
    assert speakers(text) == [("credible, though not without gaps", "ama-serwaa-boateng"),
                              ("dark money", "celia-orozco"),
                              ("expensive but defensible.", "niall-fenner")]


def test_a_firm_named_without_its_legal_form_is_the_firm() -> None:
    found = {a.name: a.aliases for a in analyse(from_text(
        "The filing shows the PAC took $4.7 million from Cobb Point Holdings LLC. Who is behind Cobb Point? "
        "Nobody would say. Marsh Ridge Bank Bhd agreed to buy Hong Lam Bank Bhd for RM6.2 billion; Hong Lam "
        "shareholders get cash. Nurses at Hawke's Bay Hospital struck across Hawke's Bay."), None).actors}
    assert found["Cobb Point Holdings LLC"] == ["Cobb Point"]
    assert found["Hong Lam Bank Bhd"] == ["Hong Lam"]
    assert "Hawke's Bay" in found and "Hawke's Bay Hospital" in found


def test_an_ordinal_word_opens_a_bodys_name() -> None:
    found = actor_types("The suit was filed in the First Judicial District Court. First Baptist Church held a vigil "
                        "on Second Avenue. First, Tom Lee said no. The Executive Mansion said nothing.")
    assert found == {"First Judicial District Court": "organization", "First Baptist Church": "organization",
                     "Second Avenue": "place", "Tom Lee": "person", "Executive Mansion": "place"}


def test_a_ledes_she_before_anyone_is_named_is_the_first_woman_named_next() -> None:
    text = ("State sues campaign over texts\n\n"
            "CARSON CITY, Nev. — The state’s attorney general sued the campaign on Tuesday, accusing it of "
            "sending texts that misled voters, in what she called “a deliberate scheme.”\n\n"
            "Tom Reyes, the campaign manager, denied it. Attorney General Celeste Marwood said the texts had "
            "reached 40,000 phones.")
    assert speakers(text) == [("a deliberate scheme.", "celeste-marwood")]


def test_a_phrase_cut_from_a_longer_name_is_that_names() -> None:
    text = ("The Ministry of Roads, Bridges and Housing (MRBH) said in a post that the highway was closed "
            "“until the ash has been cleared.”")
    assert speakers(text) == [("until the ash has been cleared.", "ministry-of-roads-bridges-and-housing")]


def test_and_after_a_quotation_opens_a_clause_with_its_own_speaker() -> None:
    text = ("State Sen. Dwayne Kinner, who is weighing a challenge, said the governor had “gone soft at the "
            "worst possible moment,” and his campaign manager, Adaeze Reed, said the same.")
    assert speakers(text) == [("gone soft at the worst possible moment,", "dwayne-kinner")]


def test_the_name_before_where_she_works_is_the_speaker() -> None:
    text = ("Mr. Whitacre’s lawyer, Roxanne Castlemoss of the public defender’s office in Tulsa, said her client "
            "was “grateful, and still innocent,” and would appeal.")
    assert speakers(text) == [("grateful, and still innocent,", "roxanne-castlemoss")]


def test_an_age_epithet_is_the_person_of_that_age() -> None:
    text = ("Ogden Bekker, 70, a retired police chief, wants 400 more officers. Ms. Ana Salcido, 46, a Democrat, "
            "has a drainage plan.\n\n“That plan is a slogan with a paint job,” the 70-year-old said.")
    assert speakers(text) == [("That plan is a slogan with a paint job,", "ogden-bekker")]


def test_the_office_is_the_one_person_named_with_it_however_far_back() -> None:
    paragraphs = ["OKLAHOMA CITY — Gov. Forrest Pendler commuted the sentence on Friday."]
    paragraphs += [f"The board met for the {n}th time on the case, and the vote was close." for n in range(4, 9)]
    paragraphs.append("Asked whether he expected to pay a price at the polls, the governor offered one sentence: "
                      "“If it costs me the job, then it costs me the job.”")
    assert speakers("\n\n".join(paragraphs)) == [("If it costs me the job, then it costs me the job.",
                                                  "forrest-pendler")]


def test_digits_that_are_no_number_are_no_age() -> None:
    # "²" counts as a digit to str.isdigit but int() refuses it; Arabic-Indic digits are a number
    text = "Ana Roe, ², said it was “fine.” Tom Lee, ٤٥, a baker, said “no.”"
    assert speakers(text) == [("fine.", "ana-roe"), ("no.", "tom-lee")]


def test_a_person_who_gives_only_a_first_name_is_a_person() -> None:
    text = ("Among the men who escaped was a drill operator who gave only his first name, Faustino. He said he "
            "had been 40 metres away. He described the sound as “like the whole mountain was breathing in.”")
    assert actor_types(text) == {"Faustino": "person"}
    assert speakers(text) == [("like the whole mountain was breathing in.", "faustino")]


def test_but_before_a_verb_shares_the_clauses_subject() -> None:
    text = ("Campaign spokesman Malik Orway said the campaign would not make the senator’s age an issue, but "
            "accused him of “hiding behind his doctor.”")
    assert speakers(text) == [("hiding behind his doctor.", "malik-orway")]


def test_the_minister_is_the_one_minister_named_not_the_last_person() -> None:
    text = ("Labour Minister Thalia Maranou defended the pension change on Monday.\n\n"
            "“We cannot afford this,” said Stelios, 58, a retired sailor.\n\n"
            "Asked whether Brussels had pressed for the change, the minister said: “This is a Greek decision.”")
    assert speakers(text) == [("We cannot afford this,", "stelios"), ("This is a Greek decision.", "thalia-maranou")]


def test_a_body_named_after_whom_it_serves_keeps_its_possessive() -> None:
    found = actor_types("The Panhellenic Seamen’s Federation joined the strike. The Public Prosecutor’s Office "
                        "opened a case. Russia’s Foreign Ministry said nothing.")
    assert found == {"Panhellenic Seamen's Federation": "organization", "Public Prosecutor's Office": "organization",
                     "Russia": "country", "Foreign Ministry": "organization"}


def test_a_firms_body_named_for_whom_it_serves_keeps_its_possessive() -> None:
    found = actor_types("Pembury’s Investors Service cut the county’s rating. Later, Ana Lopez’s Friends Club "
                        "met in Leeds.")
    assert found == {"Pembury's Investors Service": "organization", "Ana Lopez": "person",
                     "Friends Club": "organization", "Leeds": "place"}


def test_an_opening_phrase_with_near_or_amid_is_no_subject() -> None:
    text = ("Rusty Kallen hosts the show.\n\n"
            "Near the end of the segment, Kallen put the question to him directly: “Are you in this to the end?”")
    assert speakers(text) == [("Are you in this to the end?", "rusty-kallen")]


def test_a_ledes_one_member_is_the_member_the_next_paragraphs_name() -> None:
    text = ("Council splits over stadium deal\n\n"
            "OMAHA, Neb. — The City Council put off a vote on Tuesday after a hearing in which one member "
            "accused the mayor of “playing politics” with the project.\n\n"
            "Duane Hirsch, a council member who represents the north side, said the deal was rushed.")
    assert speakers(text) == [("playing politics", "duane-hirsch")]


def test_a_capitalised_office_and_a_comma_before_a_name_hold_her_role() -> None:
    text = ("Greece’s Minister of Labour and Pensions, Thalia Maranou, defended the plan on Monday.\n\n"
            "“We cannot afford this,” said Stelios, 58, a retired sailor.\n\n"
            "Asked on ERT whether Brussels had pressed for the change, the minister said: “This is a Greek decision.”")
    assert speakers(text) == [("We cannot afford this,", "stelios"), ("This is a Greek decision.", "thalia-maranou")]


def test_the_judgment_speaks_for_its_court_not_the_last_body_named() -> None:
    text = ("The Tarnow Regional Court ruled on Friday that the arrest of a reporter was unlawful.\n\n"
            "Officers of the Harbour Police had held her for two days.\n\n"
            "“No officer may arrest a reporter for asking questions,” the judgment said.")
    assert speakers(text) == [("No officer may arrest a reporter for asking questions,", "tarnow-regional-court")]


def test_the_judgment_speaks_for_the_court_that_last_spoke() -> None:
    text = ("The Coastal Court of Human Rights ruled against Veldonia on Tuesday. The Veldonian Court of Appeal "
            "had upheld the fine in 2023.\n\n"
            "In its judgment, the Coastal Court wrote that the article was “in the public interest”.\n\n"
            "“A mayor must accept closer scrutiny,” the judgment said.")
    assert speakers(text)[-1] == ("A mayor must accept closer scrutiny,", "coastal-court-of-human-rights")


def test_a_judgment_with_no_court_named_keeps_its_own_words() -> None:
    text = "The ban was lifted in May.\n\n“The ban served no lawful purpose,” the judgment said."
    assert speakers(text) == [("The ban served no lawful purpose,", "the judgment")]


def test_a_pronoun_after_a_described_persons_sentence_is_that_person() -> None:
    text = ("Sabine Korell, who led the campaign, said she was pleased.\n\n"
            "Outside the town hall, an older man who would not give his name had voted no. "
            "“Nobody asked me,” he said. “Maybe that was the point.”\n\n"
            "At the bridge, the woman with the honey has no plans to leave.\n\n"
            "“They will come back,” she says.")
    assert speakers(text) == [("Nobody asked me,", "an older man"), ("Maybe that was the point.", "an older man"),
                              ("They will come back,", "the woman")]


def test_a_described_subject_with_a_name_or_an_office_leaves_the_pronoun_to_the_name() -> None:
    text = ("The chairwoman of the group, Sabine Korell, said the ruling took four years.\n\n"
            "“We were told we were cranks,” she said.\n\n"
            "The spokesman said the campaign had bought more airtime. “We will keep asking,” he said.")
    assert speakers(text)[0] == ("We were told we were cranks,", "sabine-korell")
    assert speakers(text)[1][1] != "sabine-korell"


def test_his_argument_before_a_colon_is_his_words() -> None:
    text = ("Its director, the Rev. Tobias Wendt, stood by the doors all afternoon.\n\n"
            "His argument was the one he has made for years: “A lottery is a tax on the poor.”\n\n"
            "Her lawyer, Ana Brisk, was blunt: “We will appeal.”")
    assert speakers(text) == [("A lottery is a tax on the poor.", "tobias-wendt"), ("We will appeal.", "ana-brisk")]


def test_a_relative_clause_with_no_comma_is_not_the_subject() -> None:
    text = ("One official who has worked with both managers described the office as “tense, but not broken.” "
            "An architect who said he was never paid was angry, saying, “I did the work.”")
    assert speakers(text)[0] == ("tense, but not broken.", "One official")


def test_a_cue_inside_an_opening_phrase_leaves_the_colon_to_the_clause_subject() -> None:
    text = ("Mira Castel won the title on Sunday. Elsewhere, Joanna Pruett finished first in the open.\n\n"
            "Asked what she would tell young players, Castel did not stop to think: “Play everyone.”")
    assert speakers(text) == [("Play everyone.", "mira-castel")]


def test_an_age_inside_a_role_description_keeps_the_role() -> None:
    text = ("The board was split, according to Carol Ann Brenneke, the paper's editorial page editor.\n\n"
            "“I have voted for him three times,” the 68-year-old editor said in her office.")
    assert speakers(text) == [("I have voted for him three times,", "carol-ann-brenneke")]


def test_a_person_described_by_where_they_stand_keeps_the_whole_description() -> None:
    text = "The line drew cheers. A man near the back shouted “What about the mill?” and the room went quiet."
    assert speakers(text) == [("What about the mill?", "A man near the back")]


def test_a_person_described_by_what_she_is_doing_can_speak() -> None:
    text = "“We are tired,” said a farmer selling apples. A sign reading “Keep Out” hung on the gate."
    assert speakers(text) == [("We are tired,", "a farmer selling apples")]


def test_an_aside_in_the_sentence_gives_a_partial_quotation_its_speaker() -> None:
    text = ("Lucia Pardo said the ministry would ask for an audit. The arrests, she said, marked "
            "“a painful day, and a necessary one.”\n\n"
            "The state chairman, Brad Yancey, thanked Mr. Wardle for “eight years of hard work” in a statement.\n\n"
            "Ana Roe, a historian, said much was lost. In her view, the loss was “beyond repair.”\n\n"
            "As one precinct captain put it, Mr. Wardle had “quit in the middle of the game.”\n\n"
            "The film “Harbour Lights” opened on Friday, she said.")
    assert speakers(text) == [("a painful day, and a necessary one.", "lucia-pardo"),
                              ("eight years of hard work", "brad-yancey"), ("beyond repair.", "ana-roe"),
                              ("quit in the middle of the game.", "one precinct captain")]


def test_a_role_held_by_a_body_keeps_its_article() -> None:
    text = ("“We have lost something,” agency president Tatsuo Kirimura told a news conference.\n\n"
            "Asked whether he would resign, the agency’s president said that was not a question for that "
            "evening. “Tonight my job is to find out what happened,” he said.")
    assert speakers(text)[-1] == ("Tonight my job is to find out what happened,", "tatsuo-kirimura")


def test_a_ledes_definite_role_before_anyone_is_named_is_the_person_named_next() -> None:
    text = ("County chairman quits\n\n"
            "The chairman of the Tallow County Republican Party resigned on Monday, telling the committee in a "
            "letter that he could not “in good conscience” campaign for the nominee.\n\n"
            "The resignation of Lyle Wardby, 64, a retired pharmacist, surprised the party.\n\n"
            "The Tallow County attorney's office said the letter raised “serious questions.”")
    found = speakers(text)
    assert found[0] == ("in good conscience", "lyle-wardby") and found[1][1] != "lyle-wardby"


def test_a_participle_clause_shares_the_subject_named_in_apposition() -> None:
    text = ("Lyle Wardby, the county chairman, resigned.\n\n"
            "The state party chairman, Brad Yancey, thanked Mr. Wardby for “eight years of hard work” in a "
            "statement, and said the party was “more united than the headlines suggest.”")
    assert speakers(text) == [("eight years of hard work", "brad-yancey"),
                              ("more united than the headlines suggest.", "brad-yancey")]


def test_a_participle_after_a_described_person_is_not_the_subject() -> None:
    text = ("An Austrian art dealer accused of selling drawings attributed to Anton Ferl told a court on Monday that "
            "he had “never doubted” them. A report released by the Audit Office said the system was “broken”.")
    assert speakers(text) == [("never doubted", "An Austrian art dealer"), ("broken", "audit-office")]


def test_a_described_persons_own_relative_clause_gives_the_pronoun() -> None:
    text = ("Dr. Ana Roe said the hospital was short of staff.\n\n"
            "A nurse on the children’s ward, who asked not to be named because she was not allowed to speak, "
            "described the first night as the hardest of her career. “There were two of us,” she said.")
    assert speakers(text) == [("There were two of us,", "A nurse")]


def test_the_one_name_a_described_person_gives_is_the_speaker() -> None:
    text = ("Many voters in the town said prices mattered more. A retired postman who gave his name only as "
            "Pauls told the radio that he had voted for the opposition.\n\n"
            "“I voted for bread,” he said.\n\n"
            "A woman who would give only her first name, Ilze, said she had stayed home. “Nobody asked us,” "
            "she said. Outside, a taxi driver identified only as Rahim said the queues were long. "
            "“We waited,” he said.")
    assert speakers(text) == [("I voted for bread,", "pauls"), ("Nobody asked us,", "ilze"), ("We waited,", "rahim")]
    assert actor_types(text)["Rahim"] == "person"


def test_an_owners_words_are_his_and_a_possessor_is_not_the_subject() -> None:
    text = ("Karl Ostrom’s deputy, the biologist Tomás Rielo, has worked on the reserve since 2014. "
            "In his words, the reserve is “a bet on the steppe.” “We are not done,” he said.")
    assert speakers(text) == [("a bet on the steppe.", "tomas-rielo"), ("We are not done,", "tomas-rielo")]


def test_a_place_s_apposition_opening_a_sentence_leaves_the_described_person_its_subject() -> None:
    text = ("Ana Roe, the network’s coordinator, added that the sample was small.\n\n"
            "In Ndali, a farming town north of Kandi, a taxi driver waiting for fares outside the market was less "
            "patient. “Every night they say tomorrow,” he said.")
    assert speakers(text) == [("Every night they say tomorrow,", "a taxi driver waiting for fares outside the market")]


def test_a_described_person_s_second_relative_clause_gives_the_pronoun() -> None:
    text = ("Lakeside Foods said no one was made to give.\n\n"
            "One clerk who received the letter, and who spoke on condition that her name not be used, said she "
            "had given $500. “So you give,” she said.")
    assert speakers(text) == [("So you give,", "One clerk")]


def test_a_village_head_s_other_title_in_quotation_marks_is_an_aside() -> None:
    text = ("Tarun Mehta, the village head, or “sarpanch”, said he had heard a sound “like a train.”\n\n"
            "“The house was gone,” he said.")
    assert [s for q, s in speakers(text) if q != "sarpanch"] == ["tarun-mehta", "tarun-mehta"]


def test_a_number_ending_a_body_s_name_stays_in_the_speakers_description() -> None:
    text = ("A spokesman for Teamsters Local 117, which has given money to the campaign, said the measure was "
            "“a solution in search of a problem.”")
    assert speakers(text) == [("a solution in search of a problem.", "teamsters-local-117")]


def test_a_post_s_place_does_not_cut_the_name_from_its_description() -> None:
    text = ("The risk was, according to the agency’s representative in East Timor, Dr. Ana Varela, "
            "“real, but manageable.”")
    assert speakers(text) == [("real, but manageable.", "ana-varela")]


def test_the_mayor_of_a_town_named_in_apposition_is_a_person_the_role_points_to() -> None:
    text = ("Fire reaches the village\n\n"
            "The mayor of Sennara, Lucia Porrino, told the broadcaster that the village had been emptied. In the "
            "words of the mayor, Sennara had been “saved by its own people.”\n\n"
            "“Nobody has been hurt,” she said.")
    assert speakers(text) == [("saved by its own people.", "lucia-porrino"), ("Nobody has been hurt,", "lucia-porrino")]
    assert actor_types(text)["Lucia Porrino"] == "person"


def test_a_description_opening_the_sentence_introduces_the_name_after_it() -> None:
    text = ("Tomas Brandl, the fire chief, said the wind had changed. “We were lucky,” he said.\n\n"
            "The president of the Region of Sardinia, Efisio Marras, visited the evacuees in Oristano on Sunday. "
            "He said the region would ask for help for what he called “the worst fire in a generation.”")
    assert speakers(text)[-1] == ("the worst fire in a generation.", "efisio-marras")
    assert actor_types(text)["Efisio Marras"] == "person"


def test_someone_who_shouted_speaks() -> None:
    text = "“That is not true,” Mayor Tom Varga said.\n\n“Let her finish!” someone shouted from the back of the hall."
    assert speakers(text) == [("That is not true,", "tom-varga"), ("Let her finish!", "someone")]


def test_a_lede_s_described_senator_is_the_senator_named_next() -> None:
    text = ("Senator quits party\n\n"
            "A three-term state senator from Oregon’s Coast Range said Monday that he was leaving the party, "
            "calling it “a party of the big cities.”\n\n"
            "The switch by Sen. Arne Halvik, 61, a retired logger, hands the other side a candidate.")
    assert speakers(text) == [("a party of the big cities.", "arne-halvik")]
    assert actor_types(text)["Coast Range"] == "place"


def test_the_name_a_described_person_gives_after_where_they_are_from() -> None:
    text = ("Drivers complained. “Nobody explained the system to us,” said one driver from Ganja, who gave only "
            "his first name, Rauf. “They built a fine building.”")
    assert speakers(text) == [("Nobody explained the system to us,", "rauf"), ("They built a fine building.", "rauf")]


def test_a_described_person_with_no_sex_word_is_no_it_or_they() -> None:
    for pronoun in ("it", "they"):
        text = ("A taxi driver waiting for fares outside the market was less patient. "
                f"“Every night they say tomorrow,” {pronoun} said.")
        assert speakers(text)[0][1] != "A taxi driver waiting for fares"


def test_a_clause_on_the_described_person_ends_on_a_preposition_s_object_that_is_not_the_speaker() -> None:
    text = ("In Tromvik, a nurse who asked not to be named because she had not cleared her comments with her "
            "employer said she had stopped planning holidays.\n\n“This buys us one dinner out,” she said.")
    assert speakers(text) == [("This buys us one dinner out,", "a nurse")]


def test_a_second_clause_on_the_described_person_after_and_who() -> None:
    text = ("A firefighter who helped carry residents out, and who asked not to be named because he was not "
            "authorised to speak, told the Harbour Ledger that the smoke spread “in three minutes.”")
    assert speakers(text) == [("in three minutes.", "A firefighter")]


def test_a_hyphened_adjective_after_the_is_no_participle_clause() -> None:
    phrase = "A spokeswoman for the Tromvik-based conservation group Fjord Watch Trust"
    assert restrictive_who(tokens(phrase, 0, len(phrase))) == -1
    assert restrictive_who(tokens("An art dealer accused of fraud", 0, 30)) == 3  # a participle clause


def test_the_letter_goes_on_speaks_for_whoever_wrote_it() -> None:
    text = ("In a veto letter, Gov. Ed Pike wrote that the cuts would hurt schools. "
            "The letter goes on: “The state tried this before.”")
    assert speakers(text) == [("The state tried this before.", "ed-pike")]


def test_a_sentence_before_the_quotation_whose_verb_is_an_irregular_past_names_nobody() -> None:
    text = ("“Let them go, folks,” Mr. Ed Pike said as officers led the group out.\n\n"
            "His patience wore thinner as the night went on. “If they worked half as hard,” he said, "
            "“they would have jobs.”")
    assert [speaker for _, speaker in speakers(text)] == ["ed-pike"] * 3


def test_a_place_s_where_clause_opens_the_sentence_and_the_surname_given_names_the_speaker() -> None:
    text = ("In Stara Rovna, where the party took 40 percent, a pensioner who gave only her surname, Lutova, "
            "said she would keep voting “out of stubbornness.”")
    assert speakers(text) == [("out of stubbornness.", "Lutova")]


def test_a_party_tag_ending_in_a_state_s_abbreviation_is_an_aside() -> None:
    text = ("“We waited,” Sen. Tom Ruhl, R-Minn., said at the hearing. Sen. Ana Lind, D-Ill., said the "
            "money was “a Band-Aid on a broken leg.”")
    assert speakers(text) == [("We waited,", "tom-ruhl"), ("a Band-Aid on a broken leg.", "ana-lind")]


def test_a_described_person_at_a_named_place_who_would_not_give_her_name() -> None:
    text = ("A screener at Tromvik-St. Paul Airport, who would not give her name for fear of losing her job, "
            "described the spring. “We get yelled at all day,” she said.")
    assert speakers(text) == [("We get yelled at all day,", "A screener")]


def test_a_description_after_one_of_them_is_the_speaker_not_them() -> None:
    text = ("Two seiners are tied up. A crew member on one of them, a Filipino deckhand who asked not to be "
            "named because he was not allowed to speak, said the crew expected “a week, maybe two”.\n\n"
            "“We are paid by the catch,” he said.")
    assert speakers(text) == [("a week, maybe two", "a Filipino deckhand"),
                              ("We are paid by the catch,", "a Filipino deckhand")]


def test_a_quotation_opening_a_paragraph_after_one_about_a_person_is_hers() -> None:
    text = ("Mrs. Ana Lune, 71, is not a lawyer or, until recently, someone who had ever read a campaign "
            "finance report.\n\n“I did the books for a lumber yard for 31 years. I asked questions.”")
    assert speakers(text) == [("I did the books for a lumber yard for 31 years. I asked questions.", "ana-lune")]


def test_a_fisherman_is_someone_who_can_speak() -> None:
    text = ("In Tromvik, on the northern side of the border, a fisherman who asked not to be named because he "
            "fishes under a permit said the river had been “half empty” for years.\n\n"
            "“The estates get the water first,” he said.")
    assert speakers(text) == [("half empty", "a fisherman"), ("The estates get the water first,", "a fisherman")]


def test_an_inversion_names_the_speaker_after_one_of_a_group_and_before_her_home() -> None:
    text = ("“I have been here since two o’clock,” said one of the volunteers, Rena Prusz of West Des Moines, "
            "a mother of three.")
    assert speakers(text) == [("I have been here since two o’clock,", "rena-prusz")]


def test_a_passive_clause_before_a_colon_names_its_speaker_after_by() -> None:
    text = ("The government’s position was set out on the radio by the transport minister, Lena Castel: "
            "“The plan will not be withdrawn.”")
    assert speakers(text) == [("The plan will not be withdrawn.", "lena-castel")]


def test_a_lawyer_reading_a_statement_is_not_the_he_who_said_it() -> None:
    text = ("Mr. Ed Pike, 63, did not speak to reporters. In a statement read by his lawyer, Tom Greaves, he "
            "said he had “great respect for the people who counted.”")
    assert speakers(text) == [("great respect for the people who counted.", "ed-pike")]


def test_a_quoted_name_inside_the_subject_s_clause_does_not_cut_the_subject_off() -> None:
    text = ("Kelsey Brathe, 31, who had run a program the campaign called “Every Door North” since June, said "
            "in a letter that she did not want to become “a distraction in the last month.”")
    assert speakers(text)[-1] == ("a distraction in the last month.", "kelsey-brathe")


def test_a_question_put_by_someone_before_a_colon_is_theirs() -> None:
    text = ("A question submitted on a card by a student in the audience drew the loudest applause of the "
            "night: “If you lose, will you still show up?”")
    assert speakers(text) == [("If you lose, will you still show up?", "a student")]


def test_a_clause_ending_after_a_subject_pronoun_is_not_the_speaker() -> None:
    text = ("At a campaign event in Tromvik on Monday evening, a longtime volunteer who asked not to be "
            "identified because she still works for the campaign said the staff had been “blindsided.”")
    assert speakers(text) == [("blindsided.", "a longtime volunteer")]


def test_a_she_goes_back_through_her_own_sentences_to_the_woman_described() -> None:
    text = ("Its director, Ana Roe, called the veto “a gift” and said riders would come.\n\n"
            "At a stop on Friday, a home health aide waiting for the No. 9 bus, who asked that her name "
            "not be used, said she had not followed the bill. Told of the veto, she laughed.\n\n"
            "“Figures,” she said.")
    assert speakers(text)[-1] == ("Figures,", "a home health aide waiting for the No. 9 bus")


def test_an_opening_irregular_participle_is_no_subject() -> None:
    text = ("Ana Roe chairs the board.\n\n"
            "A retired teacher from Lisbon said the school was shut. Told of the vote, she wept. "
            "Asked about Roe, she shrugged.\n\n"
            "“It is over,” she said.")
    assert speakers(text)[-1] == ("It is over,", "A retired teacher from Lisbon")


def test_a_participle_s_subject_is_the_main_clause_s_not_the_object_of_let() -> None:
    text = ("DOVER, Md. (AP) — Gov. Ana Roe on Friday vetoed a bill that would have let Kent and two other "
            "counties ask voters to approve a tax, writing that families “cannot pay more.”")
    assert speakers(text) == [("cannot pay more.", "ana-roe")]


def test_a_speaker_after_the_quotation_with_a_who_clause_and_that_inside_it() -> None:
    text = ("Voters were less patient. “I forgot to mail it,” a retired teacher in Mesilla, who asked that "
            "his name not be printed, told the Eastport Ledger.")
    assert speakers(text) == [("I forgot to mail it,", "a retired teacher in Mesilla")]


def test_a_he_before_the_quotation_is_the_man_described_in_the_sentence_before() -> None:
    text = ("Ana Roe, the minister, spoke first.\n\n"
            "The ferry's captain, a Danish national whom police did not name, was charged on Tuesday in "
            "the Corran District Court. Through his lawyer, he told the court the crew had been “fishing "
            "in good faith”.")
    assert speakers(text) == [("fishing in good faith", "The ferry's captain")]


def test_a_plural_description_is_no_he_and_a_name_given_after_it_is_whole() -> None:
    text = ("Among the men who escaped was a drill operator who gave only his first name, Faustino. "
            "He said he heard the roof. He described it as “like the mountain breathing in.”")
    assert speakers(text) == [("like the mountain breathing in.", "faustino")]


def test_a_given_first_name_ends_with_its_sentence_and_a_described_person_outside_a_place_is_whole() -> None:
    text = ("At a diner on Tuesday, opinion was divided. “He has done right by us,” said a retired teacher who "
            "would give only her first name, Opal. A man at the next table shook his head.\n\n"
            "Street vendors outside the closed Tarvik station said trade had been “the worst in years”.")
    assert [name for _text, name in speakers(text)] == ["opal", "Street vendors outside the closed Tarvik station"]


def test_a_described_speaker_keeps_the_place_the_description_names() -> None:
    text = ("The manager of one vineyard in Valle Alto, who asked not to be named, said the storm had hit part "
            "of the estate. “The top of the hill is fine,” he said.")
    assert speakers(text) == [("The top of the hill is fine,", "The manager of one vineyard in Valle Alto")]




def test_one_of_a_group_with_a_long_description_speaks_as_the_description() -> None:
    text = ("Two farmers spoke at the hearing.\n\n"
            "One of the farmers at the hearing, a dairy farmer from the hills north of the old mill town "
            "who asked that his name not be printed because he still owes the bank money, said he had sold "
            "half his herd. “I am 63 and I have nothing left to sell,” he said.")
    described = "a dairy farmer from the hills north of the old mill town"
    assert speakers(text) == [("I am 63 and I have nothing left to sell,", described)]


def test_a_states_office_in_the_lede_is_the_holder_named_next() -> None:
    text = ("Ferry rules\n\nPORTLAND, Ore. (AP) — Oregon's attorney general sued the Coast Guard on Tuesday, "
            "arguing that the rules would \"sink half the ferry fleet\" by summer.\n\n"
            "\"We did not ask for this fight,\" Attorney General Delia Marchetti said at a news conference.")
    assert speakers(text) == [("sink half the ferry fleet", "delia-marchetti"),
                              ("We did not ask for this fight,", "delia-marchetti")]


def test_a_name_after_a_kin_noun_and_a_comma_has_its_sex() -> None:
    text = ("For Marta Velloso, a teacher in Braga whose eight-year-old son, Kaspian, has waited two years for "
            "a transplant, the delay means more nights in hospital. Kaspian joined a trial last year.\n\n"
            "“Kaspian slept through the night twice in May,” she said.")
    assert speakers(text) == [("Kaspian slept through the night twice in May,", "marta-velloso")]


def test_a_described_speaker_who_did_something_and_gave_her_first_name_is_that_name() -> None:
    text = ("“We left with the stove still on,” said a woman from Nantes who had been camping near the lake "
            "with her two sons and gave only her first name, Maelys.\n\n“The sky went orange at noon.”")
    assert [name for _, name in speakers(text)] == ["maelys", "maelys"]


def test_a_word_in_ed_after_a_participle_describes_its_object_not_a_new_clause() -> None:
    text = ("Boats stayed in port.\n\nAt the harbour, a man selling salted cod said nobody would sail on Saturday. "
            "“The sea is closed today,” he said.")
    assert speakers(text) == [("The sea is closed today,", "a man selling salted cod")]
