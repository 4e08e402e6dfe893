"""Who was hit and who acted, for the classes of role errors issue 16 left open: the people a
vehicle carried, the forces holding a place, a count that names nobody new, accusations,
suspicion in the article, a country as the agent of a passive, the people "of" someone, quoted
third persons, those who probe an act, crowds the word lists do not name. Sentences written for
eventwire; each class has several wordings and hard negatives. ``roles_aside.jsonl`` is a check
kept aside (not used to tune these rules): :func:`test_aside_check` prints its figure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from mention_builders import actor_roles

from eventwire.actor_mentions import find_actor_mentions
from eventwire.actors.names import claimed_by
from eventwire.actors.people import people_mentions
from eventwire.actors.sources import accused_of, responder_spans

ASIDE = Path(__file__).with_name("roles_aside.jsonl")
MUC_OWN = Path(__file__).with_name("muc_own.jsonl")
# Perpetrator+victim micro-F1 of eventwire eval actors on muc_own.jsonl (16 own MUC-4-style
# reports for these classes, written while making the rules, four with a wire dateline):
# 0.613 before them, 0.875 after.
MUC_OWN_FLOOR = 0.87
# The share of the aside cases right when it was first measured with these rules (18 of 22,
# 2026-12-04, before any look at which failed; 15 of 22 before them, 19 of 22 after the
# attribution rules); a drop below it is a regression.
ASIDE_FLOOR = 0.81


@pytest.fixture(scope="module")
def nlp():
    from eventwire.nlp import load_pipeline
    return load_pipeline()


def _roles(nlp, text, trigger, label, *, doc_text=None):
    return actor_roles(nlp, text, trigger, label, doc_text=doc_text)


# --------------------------------------------------------------------------- vehicles carrying


@pytest.mark.parametrize(("text", "trigger", "label", "name", "words"), [
    ("A car carrying two journalists was shot at by gunmen outside the city.", "shot",
     "ATTACK", "Civilians", "journalists"),
    ("Rebels shot down a helicopter carrying ten soldiers over the jungle.", "shot down",
     "ARMED_CLASH", "Military Forces", "soldiers"),
    ("Gunmen opened fire on a minibus ferrying nurses to the clinic, wounding three.",
     "opened fire", "ATTACK", "Civilians", "nurses"),
    ("Gunmen attacked a van with six miners on board near the quarry.", "attacked", "ATTACK",
     "Civilians", "miners"),
    ("Militants fired on a boat carrying fishermen off the coast.", "fired", "ATTACK",
     "Civilians", "fishermen"),
    ("A truck carrying members of the Popular Mobilisation Forces was ambushed near the dam.",
     "ambushed", "ARMED_CLASH", "Popular Mobilization Forces", "Popular Mobilisation"),
    ("A military truck carrying soldiers was ambushed by rebels in the east.", "ambushed",
     "ARMED_CLASH", "Military Forces", "soldiers"),
    ("A bomb targeted a bus transporting pilgrims near the shrine, killing eleven.", "bomb",
     "REM_EXPLOS", "Civilians", "pilgrims"),
    ("Six people died in an ambush on a lorry carrying members of the Peshmerga.", "ambush",
     "ARMED_CLASH", "Peshmerga", "Peshmerga"),
])
def test_whom_a_vehicle_carried_was_hit(nlp, text, trigger, label, name, words):
    a1, a2 = _roles(nlp, text, trigger, label)
    assert a2 is not None and a2.name.startswith(name) and words in a2.text, a2
    assert a1 is None or a1.name != a2.name


@pytest.mark.parametrize(("text", "words", "name"), [
    ("A car bomb exploded near a bus carrying police agents, killing four agents.",
     "four agents", "Police Forces"),                 # the agents killed are the police carried
    ("Rebels ambushed a truck carrying peasant militiamen, killing seven of them.",
     "peasant militiamen", "Unidentified Armed Group"),
])
def test_people_carried_keep_their_words_and_name(nlp, text, words, name):
    trigger = "car bomb" if "bomb" in text else "ambushed"
    _, a2 = _roles(nlp, text, trigger, "REM_EXPLOS" if "bomb" in text else "ARMED_CLASH")
    assert a2 is not None and a2.text == words and a2.name == name


@pytest.mark.parametrize(("text", "trigger", "label", "name"), [
    ("Gunmen attacked a police van transporting prisoners and freed three inmates.",
     "attacked", "ARMED_CLASH", "Police Forces"),           # the force named with the van
    ("An army truck carrying civilians hit a landmine on the road.", "landmine",
     "REM_EXPLOS", "Military Forces"),
])
def test_a_force_named_with_the_vehicle_stays_the_party_hit(nlp, text, trigger, label, name):
    _, a2 = _roles(nlp, text, trigger, label)
    assert a2 is not None and a2.name.startswith(name)


@pytest.mark.parametrize(("text", "trigger", "label"), [
    ("Police intercepted a truck carrying weapons near the border.", "intercepted",
     "DISR_WEAP"),                                          # goods, not people
    ("A tanker carrying fuel exploded on the highway.", "exploded", "MAN_MADE_DISASTER"),
])
def test_a_vehicle_carrying_goods_names_no_victim(nlp, text, trigger, label):
    _, a2 = _roles(nlp, text, trigger, label)
    assert a2 is None or a2.name != "Civilians"


def test_a_person_carrying_someone_is_no_vehicle(nlp):
    _, a2 = _roles(nlp, "Gunmen shot a woman carrying her baby near the well.", "shot",
                   "ATTACK")
    assert a2 is not None and "woman" in a2.text


# --------------------------------------------------------------------------- places held by


@pytest.mark.parametrize(("text", "trigger", "name", "words"), [
    ("Gunmen attacked a checkpoint manned by police, killing two officers.", "attacked",
     "Police Forces", "officers"),
    ("Gunmen stormed a post guarded by gendarmes in the north.", "stormed", "Police Forces",
     "gendarmes"),
    ("Gunmen attacked a roadblock set up by local vigilantes.", "attacked", "Communal Militia",
     "vigilantes"),
    ("Soldiers shelled a base held by the rebels near the river.", "shelled", "Rebel Group",
     "rebels"),
])
def test_who_holds_the_place_hit_is_actor2(nlp, text, trigger, name, words):
    a1, a2 = _roles(nlp, text, trigger, "ARMED_CLASH")
    assert a2 is not None and a2.name.startswith(name) and words in a2.text
    assert a1 is not None and a1.name != a2.name            # never the one who acted


def test_a_bare_checkpoint_still_stands_for_the_forces(nlp):
    _, a2 = _roles(nlp, "Gunmen attacked a checkpoint near the village before fleeing.",
                   "attacked", "ARMED_CLASH")
    assert a2 is not None and a2.name == "Military Forces"


def test_a_person_held_by_police_is_no_place(nlp):
    a1, _ = _roles(nlp, "Gunmen freed a man held by police in the town.", "freed",
                   "ATTACK")
    assert a1 is not None and a1.name == "Unidentified Armed Group"


# --------------------------------------------------------------------------- counts


@pytest.mark.parametrize(("text", "words"), [
    ("Militants attacked a bus carrying teachers, killing seven.", "teachers"),
    ("Gunmen raided a camp of herders, killing 12 of them.", "herders"),
])
def test_a_count_without_a_noun_keeps_the_people_named(nlp, text, words):
    _, a2 = _roles(nlp, text, text.split()[1], "ATTACK")
    assert a2 is not None and words in a2.text


def test_a_count_with_a_noun_names_the_people_harmed(nlp):
    _, a2 = _roles(nlp, "Militants stormed a village, killing 20 villagers.", "stormed",
                   "ATTACK")
    assert a2 is not None and a2.text == "20 villagers"


# --------------------------------------------------------------------------- accusations


@pytest.mark.parametrize(("text", "trigger", "label", "actor1", "accuser"), [
    ("The truce collapsed as Egypt and local monitors accused the army of shelling the camp.",
     "shelling", "ART_MISS_ATTACK", "Military Forces", "Egypt"),
    ("Witnesses accused police of beating the students with batons.", "beating", "ATTACK",
     "Police Forces", "Witnesses"),
    ("The army was accused of torching homes in the village.", "torching",
     "PROPERTY_DISTRUCT", "Military Forces", None),
    ("Rights groups blamed the militia for killing 20 villagers.", "killing", "ATTACK",
     "Unidentified Armed Group", "Rights groups"),
])
def test_the_accused_did_the_act_and_the_accuser_only_says_so(nlp, text, trigger, label,
                                                             actor1, accuser):
    a1, a2 = _roles(nlp, text, trigger, label)
    assert a1 is not None and a1.name.startswith(actor1)
    if accuser is not None:
        s = text.index(accuser)
        assert a2 is None or not s <= a2.span[0] < s + len(accuser)


@pytest.mark.parametrize(("text", "actor1", "victim"), [
    ("Police blamed urban guerrillas for the blast.", "Rebel Group", None),
    ("HUMAN RIGHTS GROUPS ACCUSED SOLDIERS OF THE ATLACATL BATTALION OF KILLING FOUR CATECHISTS.",
     "Atlacatl Battalion", "FOUR CATECHISTS"),
    ("Villagers blamed soldiers for killing four herders near the river.", "Military Forces",
     "four herders"),
])
def test_an_attribution_names_who_is_blamed_and_whom_they_harmed(nlp, text, actor1, victim):
    trigger = next(w for w in ("blamed", "ACCUSED") if w in text)
    a1, a2 = _roles(nlp, text, trigger, "ATTRIB")
    assert a1 is not None and a1.name.startswith(actor1)
    assert (a2.text if a2 is not None else None) == victim


def test_civilians_accused_of_helping_a_side_are_not_made_attackers(nlp):
    a1, _ = _roles(nlp, "The rebels accused the villagers of cooperating with the army.",
                   "accused", "ATTRIB")
    assert a1 is None or a1.name != "Civilians" and "villagers" not in a1.text


def test_an_act_not_in_an_accusation_has_no_accused(nlp):
    doc = nlp("The army is proud of shelling the camp.")
    assert accused_of(doc[5]) == []


# --------------------------------------------------------------------------- suspicion


_BLAST = "A car bomb killed eight soldiers in the east. "


@pytest.mark.parametrize(("after", "expected"), [
    ("A police chief said the raid had the hallmarks of Boko Haram.", "Boko Haram"),
    ("Investigators said the evidence pointed to al-Shabaab.", "Al Shabaab"),
    ("Security officials suspect Boko Haram was behind the attack.", "Boko Haram"),
    ("Police said Boko Haram fighters were believed to be behind the blast.", "Boko Haram"),
    ("Witnesses said it carried the hallmarks of the feared Boko Haram.", "Boko Haram"),
    ("Police arrested two suspects linked to Boko Haram last month.", None),   # not the act
    ("The government suspected no group and Boko Haram denied involvement.", None),
    ("Boko Haram was formed in 2002.", None),
])
def test_suspicion_in_the_article_names_the_attacker(after, expected):
    group = claimed_by(_BLAST + after)
    assert (group.name if group else None) == expected


# --------------------------------------------------------------------------- a country as agent


@pytest.mark.parametrize(("text", "trigger", "label", "country"), [
    ("A fragile truce arranged by Egypt ended within hours on Monday.",
     "truce", "AGREEMENT", "EG"),
    ("A prisoner swap deal was negotiated by Ghana and Togo last month.", "deal",
     "AGREEMENT", "GH"),
])
def test_a_country_in_a_by_phrase_acts_through_its_government(nlp, text, trigger, label,
                                                              country):
    a1, _ = _roles(nlp, text, trigger, label)
    assert a1 is not None and a1.name.startswith("Government of") and a1.country == country


def test_a_country_where_something_happened_is_no_agent(nlp):
    a1, _ = _roles(nlp, "Rebels were pushed back by troops in Chad on Monday.", "pushed back",
                   "ARMED_CLASH")
    assert a1 is not None and a1.name.startswith("Military Forces")


def test_a_country_adjective_does_not_reach_across_function_words():
    text = "Talks were hosted by Ghana and Togo as the rebel units withdrew."
    rebels = [a for a in find_actor_mentions(text) if a.category == "rebel"]
    assert rebels and all(a.country is None and "Turkey" not in a.text for a in rebels)
    kenyan = find_actor_mentions("Kenyan riot police fired tear gas.")
    assert kenyan[0].name == "Police Forces of Kenya"            # a real adjective still reads


# --------------------------------------------------------------------------- people of someone


@pytest.mark.parametrize(("text", "who"), [
    ("Critics of Governor Omar Diallo said the vote count was rigged.",
     "Omar Diallo"),
    ("Relatives of Ana Ruiz marched to the court on Monday.", "Ana Ruiz"),
    ("Supporters of Peter Mwangi clashed with police in the market.", "Peter Mwangi"),
])
def test_people_named_by_whom_they_stand_with_are_not_that_person(nlp, text, who):
    doc = nlp(text)
    assert all(who not in a.text for a in people_mentions(doc, text, ()))


@pytest.mark.parametrize("text", [
    "The killing of Peter Mwangi shocked the town.",            # an act "of" X: X is named
    "Police found the body of Peter Mwangi near the river.",
])
def test_a_person_of_an_act_or_a_thing_is_still_named(nlp, text):
    assert any(a.text == "Peter Mwangi" for a in people_mentions(nlp(text), text, ()))


# --------------------------------------------------------------------------- speakers


@pytest.mark.parametrize(("text", "trigger", "label", "speaker"), [
    ('A neighbour, John Obi, said: "He pulled out a rifle and fired at the police."',
     "fired", "ATTACK", "John Obi"),
    ("Amina Haddad said there had been several killings of farmers in the hills.", "killings",
     "ATTACK", "Amina Haddad"),
])
def test_a_speaker_telling_of_others_is_not_the_actor(nlp, text, trigger, label, speaker):
    a1, _ = _roles(nlp, text, trigger, label)
    assert a1 is None or speaker not in a1.text


def test_a_speaker_telling_of_their_own_act_still_acts(nlp):
    a1, _ = _roles(nlp, "Army officers said they had arrested six smugglers.", "arrested",
                   "ARREST")
    assert a1 is not None and a1.inter == 1


# --------------------------------------------------------------------------- responders


@pytest.mark.parametrize(("text", "trigger"), [
    ("Traffic was diverted on Friday while police examined the bomb blast near the bridge.",
     "blast"),
    ("Officials investigated the bombing of the market on Friday.", "bombing"),
])
def test_who_probes_an_act_did_not_do_it(nlp, text, trigger):
    a1, _ = _roles(nlp, text, trigger, "REM_EXPLOS")
    assert a1 is None


def test_a_subject_act_has_no_responders(nlp):
    doc = nlp("The blast was probed by police.")
    assert responder_spans(doc[1]) == []


# --------------------------------------------------------------------------- crowds


@pytest.mark.parametrize(("text", "trigger", "words"), [
    ("Hundreds of supporters of the jailed cleric marched through the city.", "marched",
     "supporters"),
    ("Relatives of the missing fishermen protested outside the port offices.", "protested",
     "Relatives"),
    ("Nurses marched to the ministry to demand unpaid wages.", "marched", "Nurses"),
])
def test_a_crowd_the_lists_do_not_name_is_protesters(nlp, text, trigger, words):
    a1, _ = _roles(nlp, text, trigger, "PEACE_PROTEST")
    assert a1 is not None and a1.name.startswith("Protesters") and words in a1.text


def test_police_are_never_the_crowd(nlp):
    a1, _ = _roles(nlp, "Riot police marched into the square.", "marched", "PEACE_PROTEST")
    assert a1 is None or not a1.name.startswith("Protesters")


# --------------------------------------------------------------------------- the aside check


def _aside_right(nlp, case) -> bool:
    a1, a2 = _roles(nlp, case["text"], case["trigger"], case["label"])
    ok1 = a1 is None if case["a1"] is None else (a1 is not None
                                                 and a1.name.startswith(case["a1"]))
    if case["a2"] is None and case["a2_words"] is None:
        return ok1 and a2 is None
    ok2 = a2 is not None and (case["a2"] is None or a2.name.startswith(case["a2"])) and (
        case["a2_words"] is None or case["a2_words"] in a2.text)
    return ok1 and ok2


def test_aside_check(nlp, capsys):
    cases = [json.loads(line) for line in ASIDE.read_text().splitlines() if line.strip()]
    right = sum(_aside_right(nlp, c) for c in cases)
    with capsys.disabled():
        print(f"\nroles aside: {right}/{len(cases)} = {right / len(cases):.3f}")
    assert right / len(cases) >= ASIDE_FLOOR


def test_own_muc_style_reports_fill_perpetrators_and_victims():
    from eventwire.evaluate.actors import PERP_VICTIM, evaluate_actors
    scores = evaluate_actors(MUC_OWN)
    assert scores.total(PERP_VICTIM).prf()[2] >= MUC_OWN_FLOOR


# --------------------------------------------------------------------------- more parties


@pytest.mark.parametrize(("text", "trigger", "label", "actor1", "actor2"), [
    ("Chancellor Weber said he and President Adam Nowak agreed to reopen the rail link.",
     "agreed", "AGREEMENT", "Weber", "Adam Nowak"),
    ("Foreign Minister Ana Costa said she and her counterpart Omar Said met in Lisbon.",
     "met", "DIPLO", "Ana Costa", "Omar Said"),
])
def test_a_speakers_pronoun_with_another_party_is_the_speaker(nlp, text, trigger, label,
                                                              actor1, actor2):
    a1, a2 = _roles(nlp, text, trigger, label)
    assert a1 is not None and a1.name == actor1
    assert a2 is not None and a2.name == actor2


def test_a_pronoun_in_a_quotation_is_not_the_speaker(nlp):
    from eventwire.actors.sources import speaker_meant
    doc = nlp('A witness said, "He and another man shot at the soldiers."')
    he = next(t for t in doc if t.text == "He")
    assert speaker_meant(he) is None


@pytest.mark.parametrize(("text", "trigger", "label"), [
    ("Soldiers and police raided the village at dawn.", "raided", "ARMED_CLASH"),
    ("Rebels and allied militiamen seized the town on Monday.", "seized",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Rebel commanders said they and allied militias seized the town on Monday.", "seized",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
])
def test_who_acted_together_is_not_acted_upon(nlp, text, trigger, label):
    _, a2 = _roles(nlp, text, trigger, label)
    assert a2 is None


def test_the_two_sides_of_a_meeting_stay_two(nlp):
    a1, a2 = _roles(nlp, "The presidents of Ghana and Togo met in Accra on Monday.", "met",
                    "DIPLO")
    assert a1 is not None and a2 is not None and a1.country != a2.country


@pytest.mark.parametrize(("text", "country"), [
    ("Iran's foreign minister met his Omani counterpart in Muscat on Sunday.", "OM"),
    ("The Kenyan leader hosted her Ugandan counterparts at State House.", "UG"),
])
def test_a_counterpart_is_the_government_of_its_country(nlp, text, country):
    _, a2 = _roles(nlp, text, "met" if "met" in text else "hosted", "DIPLO")
    assert a2 is not None and a2.name.startswith("Government of") and a2.country == country


def test_a_named_counterpart_keeps_the_name(nlp):
    text = "Foreign Minister Lena Berg and her Danish counterpart, Karl Holm, spoke by phone."
    _, a2 = _roles(nlp, text, "spoke", "DIPLO")
    assert a2 is not None and a2.name == "Karl Holm"


@pytest.mark.parametrize(("text", "trigger", "label", "concerned"), [
    ("A deal to withdraw rebel fighters from the hill town collapsed at dawn.",
     "deal", "AGREEMENT", "rebel fighters"),
    ("A deal to release soldiers captured by the militia collapsed on Friday.", "deal",
     "AGREEMENT", "soldiers"),
])
def test_whom_a_deal_is_for_did_not_make_it(nlp, text, trigger, label, concerned):
    a1, _ = _roles(nlp, text, trigger, label)
    assert a1 is None or concerned not in a1.text


@pytest.mark.parametrize(("text", "name"), [
    ("Chancellor Lena Weber met the striking miners on Monday.", "Lena Weber"),
    ("Prosecutor Ana Costa charged the three officers.", "Ana Costa"),
    ("Chancellor Weber said the talks would resume.", "Weber"),
])
def test_a_job_title_is_no_part_of_the_name(nlp, text, name):
    found = people_mentions(nlp(text), text, ())
    assert [a.name for a in found] == [name]
    assert text[found[0].start:found[0].end].endswith(name)    # the words stay as written


@pytest.fixture(scope="module")
def cased():
    from eventwire.pipeline import Pipeline
    return Pipeline().cased_text               # texts in capitals are read as the pipeline does


_JUDGE = ("SAN SALVADOR, 14 MAR 90 (RADIO CADENA SONORA) -- [TEXT] POLICE SOURCES HAVE REPORTED "
          "THAT URBAN COMMANDOS OF THE FMLN TODAY MURDERED A JUDGE IN SOYAPANGO.")
_GUARDS = ("QUITO, 2 MAY 91 (EFE) -- [TEXT] OFFICIALS SAID THAT GUERRILLAS OF THE FMLN KILLED "
           "TWO GUARDS.")


@pytest.mark.parametrize(("text", "trigger"), [(_JUDGE, "Salvador"), (_GUARDS, "May")])
def test_a_trigger_on_a_dateline_reads_the_sentences_act(nlp, cased, text, trigger):
    text = cased(text)
    at = text.lower().index(trigger.lower())
    a1, a2 = _roles(nlp, text, text[at:at + len(trigger)], "ATTACK")
    assert a1 is not None and a1.name == "Farabundo Marti National Liberation Front"
    assert a2 is not None


def test_a_phrase_does_not_run_back_across_a_dateline(nlp, cased):
    text = cased("CALI, 20 AUG 91 (RADIO CARACOL) -- [TEXT] MAYORAL CANDIDATE MARIO ROJAS WAS "
                 "ASSASSINATED LAST NIGHT DURING A CAMPAIGN EVENT.")
    at = text.lower().index("assassinated")
    _, a2 = _roles(nlp, text, text[at:at + 12], "ATTACK")
    assert a2 is not None and "text" not in a2.text.lower() and "Mario" in a2.text


@pytest.mark.parametrize(("text", "words", "country"), [
    ("Soldiers of the Guatemalan army massacred 12 peasants in the village.",
     "Soldiers of the Guatemalan army", "GT"),
    ("Troops of the Colombian army clashed with rebels near the river.",
     "Troops of the Colombian army", "CO"),
])
def test_members_of_a_countrys_force_are_one_party(nlp, text, words, country):
    trigger = "massacred" if "massacred" in text else "clashed"
    a1, _ = _roles(nlp, text, trigger, "ARMED_CLASH")
    assert a1 is not None and a1.text == words and a1.country == country


def test_a_country_adjective_is_not_the_country_of_an_office():
    found = find_actor_mentions("Soldiers of the Guatemalan army fired.")
    assert not any(a.name.startswith("Government") for a in found)
    ministers = find_actor_mentions("The foreign ministers of Japan and South Korea met.")
    assert [a.country for a in ministers] == ["JP", "KR"]        # a country's name still does


@pytest.mark.parametrize(("after", "expected"), [
    ("Police blamed urban guerrillas.", "Rebel Group"),
    ("Police blamed the Taliban.", "Taliban"),                  # a named group as before
    ("Police blamed rebels, and the rebels blamed soldiers.", None),     # two: neither
    ("Rebels condemned the attack.", None),
])
def test_an_unnamed_party_blamed_in_the_article_did_an_act_with_no_actor(nlp, after,
                                                                         expected):
    first = "A bomb exploded at a bus stop, killing four. "
    a1, _ = _roles(nlp, first.strip(), "bomb", "REM_EXPLOS", doc_text=first + after)
    assert (a1.name if a1 is not None else None) == expected


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("A US drone strike killed three suspected militants near the border.", "drone strike",
     "US"),
    ("An Israeli missile strike hit a car in the south, killing two.", "missile strike", "IL"),
])
def test_a_countrys_drone_or_missile_strike_is_its_forces(nlp, text, trigger, country):
    a1, _ = _roles(nlp, text, trigger, "AIR_STRIKE")
    assert a1 is not None and a1.name.startswith("Military Forces of") and a1.country == country


def test_drones_without_a_country_name_no_state():
    from eventwire.actors.people import state_strikes
    assert state_strikes("Militants used drones to attack a base.", ()) == ()


@pytest.mark.parametrize(("lead", "words"), [
    ("The group's fighters stormed a base in the north.", "fighters"),
    ("Its fighters stormed a base in the north.", "fighters"),
])
def test_the_groups_fighters_are_the_group_named_before(nlp, lead, words):
    doc = "Al-Shabaab has stepped up attacks this year. " + lead
    a1, _ = _roles(nlp, lead, "stormed", "ARMED_CLASH", doc_text=doc)
    assert a1 is not None and a1.name == "Al Shabaab" and a1.text == words


@pytest.mark.parametrize(("text", "trigger", "words"), [
    ("Gunmen opened fire on a house where several peasant leaders were meeting, killing four.",
     "opened fire", "several peasant leaders"),
    ("Militiamen attacked a church in the valley where families had taken refuge.", "attacked",
     "families"),
    ("Fighters shelled a school where hundreds of displaced people were sheltering.",
     "shelled", "displaced people"),
])
def test_the_people_in_the_place_hit_are_actor2(nlp, text, trigger, words):
    _, a2 = _roles(nlp, text, trigger, "ATTACK")
    assert a2 is not None and a2.text == words


def test_a_place_where_someone_only_once_was_names_no_victim(nlp):
    from eventwire.actors.carriers import carried_spans
    text = "Gunmen attacked the town where the minister was born."
    assert carried_spans(nlp(text), text, ()) == []
