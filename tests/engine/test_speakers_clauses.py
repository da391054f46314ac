"""Who speaks, on kinds of sentence first met on news the engine had not read (heldout43 and heldout44):
each on sentences of our own."""

from __future__ import annotations

from briefterm.engine.analyse import analyse
from briefterm.sources.document import from_text

from .analysis_helpers import direct_speakers as speakers


def test_a_participle_after_a_role_and_its_holder_is_theirs() -> None:
    text = ("The two candidates spent the debate arguing about roads, with the Republican, Lt. Gov. Brent "
            "Kossler, refusing to rule out a tax and the Democrat, Marla Eickhoff, calling his silence "
            "“a tax increase in disguise.”")
    assert speakers(text) == [("a tax increase in disguise.", "Marla Eickhoff")]


def test_a_participle_after_a_place_or_a_day_stays_the_subjects() -> None:
    text = "Mayor Ana Roe spoke in Eastport on Tuesday, calling the plan “a mistake.”"
    assert speakers(text) == [("a mistake.", "Ana Roe")]


def test_the_one_asked_whether_he_would_answers_not_the_asker() -> None:
    text = ("Mr. Tom Ammerman drew the loudest laughter of the night when the moderator asked whether he "
            "supported a toll on the highway. “I support people keeping their own money,” he said.")
    assert speakers(text) == [("I support people keeping their own money,", "Tom Ammerman")]


def test_a_described_person_doing_something_then_giving_her_name() -> None:
    text = ("A woman selling boiled potatoes at the blockade, who gave her name only as Eulalia, said her "
            "family depended on the road. “If the trucks do not pass, we do not sell either,” she said.")
    assert speakers(text) == [("If the trucks do not pass, we do not sell either,", "Eulalia")]


def test_a_described_person_whose_own_participle_clause_gives_his_sex() -> None:
    text = ("Mr. Gordon Guilbeau said the ad was false.\n\n"
            "A media buyer who has worked on Louisiana campaigns for two decades, speaking on condition of "
            "anonymity because he has clients in the race, said such fights end quickly. “Nine times out "
            "of ten, the group fixes one line,” he said.")
    assert speakers(text) == [("Nine times out of ten, the group fixes one line,", "A media buyer")]


def test_a_retort_in_two_words_reports_speech() -> None:
    text = ("Sen. Russ Tremmel defended the deal.\n\n"
            "“I’ve read enough of it,” Ms. Nora Szafran shot back. “It’s a bad deal, Russ.”")
    assert speakers(text) == [("I’ve read enough of it,", "Nora Szafran"), ("It’s a bad deal, Russ.", "Nora Szafran")]


def test_a_clause_after_the_quotation_that_opens_with_before_has_its_own_subject() -> None:
    text = ("A man in the balcony shouted, “Tell that to the guys at the plant!” before Ms. Dana Roemheld "
            "asked the audience to hold its applause.")
    assert speakers(text) == [("Tell that to the guys at the plant!", "A man in the balcony")]


def test_a_speakers_reply_before_a_colon_is_the_speakers() -> None:
    text = ("Sen. Russell Tremmel and Nora Szafran met in Toledo.\n\n"
            "The senator’s reply drew the loudest applause of the night: “Nora, you had four years.”")
    assert speakers(text) == [("Nora, you had four years.", "Russell Tremmel")]


def test_asked_afterward_whether_opens_the_clause_before_its_subject() -> None:
    text = ("The union’s president, Harold Dantzler, watched from the third row. Asked afterward whether "
            "she had won, he grinned: “She didn’t lose.”")
    assert speakers(text) == [("She didn’t lose.", "Harold Dantzler")]


def test_one_of_someones_aides_is_described_not_the_one_named() -> None:
    text = ("Grant Vosberg filed signatures in June.\n\n"
            "One of Vosberg’s circulators, a college student from Elmhurst who asked that her name not be "
            "used because she had received angry messages, said she had collected 600 signatures.\n\n"
            "“I never let anyone sign for anybody else,” she said.")
    assert speakers(text) == [("I never let anyone sign for anybody else,", "a college student from Elmhurst")]


def test_according_to_an_objection_speaks_for_whoever_filed_it() -> None:
    text = ("An objection filed in July by Patricia Lunsford-Hale, a retired teacher, claimed that many names "
            "were invalid. According to the objection, the petitions contained “hundreds of names written "
            "in the same hand.”")
    assert speakers(text) == [("hundreds of names written in the same hand.", "Patricia Lunsford-Hale")]


def test_a_release_from_a_body_before_a_colon_is_the_bodys() -> None:
    text = ("The union endorsed Terrence Beaudry for mayor.\n\n"
            "The endorsement came in a two-sentence news release from Sacramento Area Fire Fighters, "
            "Local 522: “Terrence Beaudry has stood with us.”")
    assert speakers(text) == [("Terrence Beaudry has stood with us.", "Sacramento Area Fire Fighters")]


def test_in_her_words_before_a_colon_is_speech_and_a_motto_is_a_name() -> None:
    text = "Ana Roe said she had lived there for years. In her words: “We stay.”\n\nTheir motto: “Never again.”"
    quotes = analyse(from_text("Headline\n\n" + text), None).quotes
    assert [(q.text, q.kind) for q in quotes if q.kind != "indirect"] == [("We stay.", "direct"),
                                                                          ("Never again.", "scare")]


def test_a_stretch_of_time_between_subject_and_verb_is_no_subject() -> None:
    text = "Ana Roe’s neighbours have for years said “the road is too narrow.”"
    assert speakers(text) == [("the road is too narrow.", "Ana Roe’s neighbours")]


def test_a_participle_after_praise_is_the_praisers() -> None:
    text = ("Republicans in the county have for years warned against fraud, and the party's chairman, "
            "Harlan Dees, praised the clerk's decision, writing that she had “done her job.”")
    assert speakers(text) == [("done her job.", "Harlan Dees")]


def test_a_quotation_welcomed_in_a_joint_statement_is_the_statements() -> None:
    text = ("The rectors of the five universities were cautious. In a joint statement issued through the "
            "Flemish Interuniversity Council, the rectors welcomed “any additional investment” but asked "
            "for more.\n\nAna Roe welcomed the “reckless plan” and left.")
    quotes = analyse(from_text("Headline\n\n" + text), None).quotes
    assert [(q.text, q.kind) for q in quotes if q.kind != "indirect"] == [
        ("any additional investment", "direct"), ("reckless plan", "scare")]


def test_a_name_in_capitals_ending_in_a_stop_word_is_a_subject() -> None:
    text = "UNITE HERE said in an email that members would knock on “every door twice” before polls close."
    assert speakers(text) == [("every door twice", "UNITE HERE")]


def test_a_second_verb_after_and_later_shares_the_first_ones_subject() -> None:
    text = ("The city’s head of government, Martina Larralde, visited the injured on Thursday night and "
            "later called the fire “unacceptable”. She ordered an inquiry.")
    assert speakers(text) == [("unacceptable", "Martina Larralde")]


def test_a_verb_with_no_subject_of_its_own_inside_reported_speech_is_the_reporters() -> None:
    text = ("The airline said on its website that passengers could move their bookings or ask for a refund "
            "“free of charge”.")
    assert speakers(text) == [("free of charge", "The airline")]


def test_speaking_to_a_station_opens_the_clause_before_its_subject() -> None:
    text = ("The minister, Cathal Mulgrew, said he supported parity. Speaking later to BBC Radio Ulster, he "
            "was blunter: “If I had the cheque book, I would sign it tomorrow.”")
    assert speakers(text) == [("If I had the cheque book, I would sign it tomorrow.", "Cathal Mulgrew")]


def test_a_described_speaker_is_named_without_what_she_was_doing() -> None:
    text = ("Many commuters were queuing. “I take the Subte because it is quick,” said a cleaner waiting at a "
            "stop on Avenida Corrientes, who declined to give her name.")
    assert speakers(text) == [("I take the Subte because it is quick,", "a cleaner")]


def test_a_spokesman_for_a_bodys_service_keeps_his_description() -> None:
    text = ("A spokesman for the city’s fire service, the Cuerpo de Bomberos, said crews had brought the blaze "
            "“under control within 40 minutes” and left.")
    assert speakers(text) == [("under control within 40 minutes", "A spokesman for the city’s fire service")]


def test_a_quotation_in_a_sentence_opening_with_an_order_is_the_orders_author() -> None:
    text = ("Judge Miriam Adeyanju has scheduled a hearing. In a two-page order, she directed that the ballots be "
            "“segregated and preserved, unopened,” until she rules.\n\nIn order to win, the party needs “every vote”.")
    quotes = analyse(from_text("Headline\n\n" + text), None).quotes
    assert [(q.text, q.kind, q.speaker_name) for q in quotes if q.kind != "indirect"] == [
        ("segregated and preserved, unopened,", "direct", "Miriam Adeyanju"), ("every vote", "scare", None)]


def test_in_her_words_points_back_like_she_does() -> None:
    text = ("A woman who sells tea near the ferry said she had lived through three cyclones. In her words: "
            "“Every time they tell us this is the big one.”")
    assert speakers(text) == [("Every time they tell us this is the big one.", "A woman")]


def test_a_party_tag_after_a_name_is_no_apposition_naming_the_speaker() -> None:
    text = ("State Sen. Curtis Lamoreaux, R-Eagle River, appeared in one of the group’s radio ads, saying the "
            "court had “taken a power that belongs to the Legislature.”")
    assert speakers(text) == [("taken a power that belongs to the Legislature.", "Curtis Lamoreaux")]


def test_a_described_person_from_a_named_village_is_the_pronouns_speaker() -> None:
    text = ("Ana Roe spoke. A mountain guide from the neighbouring village of Saas-Grund, who asked not to be "
            "named, was less forgiving. “Everybody knew that slope was loaded,” he said.\n\n"
            "An elder in Kobe camp, Abdi Nuur, 67, told local radio that men had left. “They go,” he said.")
    assert speakers(text) == [("Everybody knew that slope was loaded,", "A mountain guide"), ("They go,", "Abdi Nuur")]


def test_one_of_them_speaks() -> None:
    text = "Some drivers were sleeping on mats. “We can wait,” one of them said. “We are used to it.”"
    assert speakers(text) == [("We can wait,", "one of them"), ("We are used to it.", "one of them")]


def test_a_second_verb_after_and_with_a_modal_shares_the_clauses_subject() -> None:
    text = ("A spokeswoman for the secretary of state, Kari Ostby, said the office had received the ACLU's "
            "request and would answer it “within the time the law allows.”")
    assert speakers(text) == [("within the time the law allows.", "Kari Ostby")]


def test_the_answer_after_reporters_asked_whether_she_would_is_hers() -> None:
    text = ("The Minister of Health, Catarina Lobão, was brief when reporters at the Assembly asked whether "
            "she would meet the federation before Friday: “The door has never been closed.”")
    assert speakers(text) == [("The door has never been closed.", "Catarina Lobão")]


def test_a_dateline_before_a_long_subject_is_not_the_subject() -> None:
    text = ("COLUMBIA, S.C. — State Sen. Harlan Felkel, a Democrat who has represented Orangeburg County for "
            "14 years, said Monday that he is joining the Republican Party, accusing national Democrats of "
            "having “stopped listening to rural South Carolina.”")
    assert speakers(text) == [("stopped listening to rural South Carolina.", "Harlan Felkel")]


def test_one_with_a_description_after_it_is_the_description() -> None:
    text = ("More than 60 residents signed up to speak. One, a nurse from Waldorf who asked that her name not "
            "be published, told the board: “You put my street in the wrong district.”")
    assert speakers(text) == [("You put my street in the wrong district.", "a nurse from Waldorf")]


def test_a_because_clause_gives_a_described_persons_sex() -> None:
    text = ("Selorm Agbeko spoke first. A tomato seller at Makola Market who asked not to be named, because "
            "her husband is a civil servant, said she had raised her prices. “The buyers shout at me,” she said.")
    assert speakers(text) == [("The buyers shout at me,", "A tomato seller")]


def test_the_state_or_country_after_a_place_in_an_apposition_is_no_speaker() -> None:
    text = ("Ana Roe, a former nurse at the county hospital in Fort Lupton, Colo., said she had seen it "
            "before. “It has happened here twice,” she said.\n\n"
            "Tom Poe of Lyon, France, said: “It is over.”")
    assert speakers(text) == [("It has happened here twice,", "Ana Roe"), ("It is over.", "Tom Poe")]


def test_a_name_after_a_place_in_an_apposition_still_speaks() -> None:
    text = "The mayor of Eastport, Jane Roe, said: “The pier stays open.”"
    assert speakers(text) == [("The pier stays open.", "Jane Roe")]


def test_a_name_then_two_descriptions_before_the_verb_is_the_name() -> None:
    text = ("Tomas Breyer, treasurer of the Dockside Allotment Society, a club that has leased the land since "
            "1988, said the council had “never once asked the gardeners.”\n\n"
            "“We found out from the newspaper,” he said.")
    assert speakers(text) == [("never once asked the gardeners.", "Tomas Breyer"),
                              ("We found out from the newspaper,", "Tomas Breyer")]


def test_a_verb_not_said_gives_the_quotation_to_the_verb_before_it() -> None:
    text = ("A spokeswoman for the port authority said by telephone that the authority doesn't comment on "
            "draft contracts, but that it was “studying every option.”")
    assert speakers(text) == [("studying every option.", "A spokeswoman for the port authority")]


def test_he_after_her_colleague_named_as_the_subject_is_the_colleague() -> None:
    text = ("The federation sent nobody. A spokesman said only that it was “following the appeal.”\n\n"
            "Her training partner Bruno Ferreira, who shares a flat with her in Porto, flew to Geneva for "
            "the hearing. “She eats what we eat,” he said.")
    assert speakers(text) == [("following the appeal.", "A spokesman"), ("She eats what we eat,", "Bruno Ferreira")]


def test_a_body_with_a_clause_on_it_and_an_apposition_is_the_body() -> None:
    text = ("The guild that represents Eastport ferry crews, an affiliate of the International Transport "
            "Workers' Federation (ITF), said in a statement that the board had “gambled with the night "
            "crossings.”")
    assert speakers(text) == [("gambled with the night crossings.", "The guild")]


def test_he_is_not_a_body_named_after_its_kind() -> None:
    text = ("The alliance leader, Tomas Arvid, told supporters on Monday that ballots had been “counted "
            "twice”. He was quoted by the state news agency Tanjug as saying that the party had “hundreds "
            "of complaints”.\n\n“We want a fair count,” he said.")
    assert speakers(text)[-1] == ("We want a fair count,", "Tomas Arvid")


def test_it_is_never_a_peoples_adjective() -> None:
    text = ("The carvings will go back to Norway this spring.\n\n"
            "The gallery is run by the Northern Heritage Trust, a Norwegian state agency. In a statement it "
            "said a review had found “no credible claim” that the carvings left legally.")
    assert speakers(text) == [("no credible claim", "Northern Heritage Trust")]
