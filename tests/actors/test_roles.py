"""Actor roles (actor1/actor2) from the parse and the document, on sentences written for
eventwire."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.actors import ActorExtractor
from eventwire.records import EventMention, Sentence
from eventwire.taxonomy import event_type


def test_roles_from_parse():
    from eventwire.nlp import load_pipeline
    text = "Rebels ambushed a police convoy near the town."
    doc = load_pipeline()(text)
    sentence = Sentence(text, 100, 100 + len(text))
    s = text.index("ambushed")
    mention = EventMention(event_type("ARMED_CLASH"), "ambushed", (100 + s, 100 + s + 8),
                           sentence, 0.9)
    a1, a2 = ActorExtractor().actors(doc, sentence, mention)
    assert a1.name == "Rebel Group" and a1.span == (100, 106)
    assert a2 is not None and a2.inter == 1


def test_clause_roles_follow_the_reported_clause():
    from eventwire.events.plover import clause_roles
    from eventwire.nlp import load_pipeline
    doc = load_pipeline()("Officials said the northern province expelled two foreign reporters.")
    source, target = clause_roles(doc)
    assert "province" in source and "reporters" in target


def test_pronoun_subject_stands_for_the_titled_person_before():
    from eventwire.nlp import load_pipeline
    text = ("Foreign Minister Anna Kovacs arrived on Monday. "
            "She said after her meeting with President Omar Diallo that talks went well.")
    start = text.index("She")
    sentence = Sentence(text[start:], start, len(text))
    doc = load_pipeline()(sentence.text)
    s = text.index("meeting")
    mention = EventMention(event_type("DIPLO"), "meeting", (s, s + 7), sentence, 0.8)
    a1, a2 = ActorExtractor().actors(doc, sentence, mention, text=text)
    assert a1 is not None and a1.name == "Anna Kovacs"
    assert text[a1.span[0]:a1.span[1]] == "Anna Kovacs"
    assert a2 is not None and "Diallo" in a2.name
    assert ActorExtractor().actors(doc, sentence, mention)[0] is None   # no text, no guess


def test_unnamed_state_forces_take_the_country_the_document_names():
    from eventwire.nlp import load_pipeline
    text = "Turkish jets struck again. Airstrikes hit a village near the river on Monday."
    start = text.index("Airstrikes")
    sentence = Sentence(text[start:], start, len(text))
    doc = load_pipeline()(sentence.text)
    mention = EventMention(event_type("AIR_STRIKE"), "Airstrikes", (start, start + 10),
                           sentence, 0.9)
    alone, _ = ActorExtractor().actors(doc, sentence, mention)
    resolved, _ = ActorExtractor().actors(doc, sentence, mention, text=text)
    assert alone.country is None
    assert (resolved.name, resolved.country) == ("Military Forces of Turkey", "TR")
    assert resolved.span == alone.span            # the evidence stays the sentence's words


# --------------------------------------------------------------------------- roles in context
# Hand-written sentences: each class of error has several variants so no single wording decides.


@pytest.fixture(scope="module")
def nlp():
    from eventwire.nlp import load_pipeline
    return load_pipeline()


def _roles_of(nlp, text, trigger, label, *, doc_text=None, title=None):
    """actor1/actor2 of the event ``trigger`` names in ``text``; ``doc_text`` (containing
    ``text``) is the whole document when given."""
    doc_text = doc_text or text
    start = doc_text.index(text)
    sentence = Sentence(text, start, start + len(text))
    s = start + text.index(trigger)
    mention = EventMention(event_type(label), trigger, (s, s + len(trigger)), sentence, 0.9)
    return ActorExtractor().actors(nlp(text), sentence, mention, text=doc_text, title=title)


@pytest.mark.parametrize(("text", "trigger", "label"), [
    (("A car bomb exploded outside the Ministry of Finance in Mogadishu on Tuesday, killing five "
     "people."), "car bomb", "REM_EXPLOS"),
    (("A suicide attacker blew himself up at the gate of the Interior Ministry, killing nine "
     "civilians."), "blew himself up", "SUIC_BOMB"),
    ("A gunman opened fire near a police station in the port city, wounding three shoppers.",
     "opened fire", "ATTACK"),
    ("Two bombs went off inside the army headquarters compound overnight, officials said.",
     "bombs", "REM_EXPLOS"),
])
def test_the_target_building_is_not_the_attacker(nlp, text, trigger, label):
    a1, _ = _roles_of(nlp, text, trigger, label)
    assert a1 is None or a1.inter == 3          # an unidentified armed group, never the target
    assert a1 is None or not a1.name.startswith(("Government", "Police", "Military"))


def test_an_unidentified_bomber_is_an_unidentified_armed_group(nlp):
    a1, a2 = _roles_of(nlp, "A suicide bomber struck a crowded bus station, killing eight "
                       "passengers.", "suicide bomber", "SUIC_BOMB")
    assert (a1.name, a1.inter) == ("Unidentified Armed Group", 3)
    assert a2 is not None and a2.inter == 7


@pytest.mark.parametrize(("text", "trigger", "label", "source"), [
    ("Defence Ministry spokesman Omar Haddad said the gunmen stormed the village at dawn.",
     "stormed", "ATTACK", "Omar Haddad"),
    ("A rights group said the shelling was carried out by government troops.", "shelling",
     "ART_MISS_ATTACK", "rights group"),
    ("According to the rebels, the soldiers torched three houses in the valley.", "torched",
     "PROPERTY_DISTRUCT", "rebels"),
    ("Local officials told reporters that the insurgents ambushed a supply convoy.",
     "ambushed", "ARMED_CLASH", "officials"),
    ("The town's activists say the militants have been digging trenches around the market.",
     "digging trenches", "CHANGE_TO_GROUP_ACT", "activists"),
])
def test_who_reports_an_event_is_not_a_party(nlp, text, trigger, label, source):
    s = text.index(source)
    for actor in _roles_of(nlp, text, trigger, label):
        assert actor is None or actor.span[1] <= s or actor.span[0] >= s + len(source), actor


@pytest.mark.parametrize(("text", "trigger"), [
    ("Defence Ministry spokesman Omar Haddad said the gunmen stormed the village at dawn.",
     "stormed"),
    ("According to the rebels, the gunmen torched three houses in the valley.", "torched"),
])
def test_the_reported_agent_is_actor1(nlp, text, trigger):
    a1, _ = _roles_of(nlp, text, trigger, "ATTACK")
    assert a1 is not None and a1.text.lower() == "gunmen"


def test_a_speaker_telling_of_their_own_act_stays_the_actor(nlp):
    a1, _ = _roles_of(nlp, "Army officers said they had arrested six smugglers near the border.",
                      "arrested", "ARREST")
    assert a1 is not None and a1.inter == 1


@pytest.mark.parametrize(("text", "trigger", "label", "pair"), [
    ("The presidents of Ghana and Togo met in Accra on Monday.", "met", "DIPLO", ("GH", "TG")),
    ("The prime ministers of India and Nepal signed a trade agreement on Friday.", "agreement",
     "AGREEMENT", ("IN", "NP")),
    ("The defence ministers of Chile and Peru held talks in Lima.", "talks", "DIPLO",
     ("CL", "PE")),
])
def test_coordinated_governments_of_a_symmetric_verb_split(nlp, text, trigger, label, pair):
    a1, a2 = _roles_of(nlp, text, trigger, label)
    assert a1 is not None and a2 is not None
    assert (a1.country, a2.country) == pair
    assert a1.name.startswith("Government of") and a1.inter == a2.inter == 1


def test_both_sides_are_the_last_two_governments(nlp):
    doc = ("The foreign ministers of Chile and Peru met in Lima on Monday. "
           "Both sides agreed to reopen the border crossing.")
    sent = "Both sides agreed to reopen the border crossing."
    a1, a2 = _roles_of(nlp, sent, "agreed", "AGREEMENT", doc_text=doc)
    assert (a1.country, a2.country) == ("CL", "PE")
    assert doc[a1.span[0]:a1.span[1]] == a1.text        # spans point into the document


@pytest.mark.parametrize(("text", "trigger", "label"), [
    ("Riot police fired rubber bullets to disperse thousands of demonstrators in the capital.",
     "demonstrators", "PROTEST_WITH_INTER"),
    ("Hundreds of protesters were dispersed with water cannon by police outside parliament.",
     "protesters", "PROTEST_WITH_INTER"),
    ("Police used batons and tear gas on the protesters marching to the palace.", "protesters",
     "PROTEST_WITH_INTER"),
])
def test_protesters_are_actor1_and_the_police_actor2(nlp, text, trigger, label):
    a1, a2 = _roles_of(nlp, text, trigger, label)
    assert (a1.name, a1.inter) == ("Protesters", 6)
    assert a2 is not None and a2.name == "Police Forces" and a2.inter == 1


def test_protesters_who_turned_violent_are_rioters(nlp):
    a1, _ = _roles_of(nlp, "Protesters hurled stones at police and set tyres on fire.",
                      "Protesters", "VIOL_DEMONSTR")
    assert (a1.name, a1.inter) == ("Rioters", 5)


@pytest.mark.parametrize(("doc", "title", "country"), [
    (("Ugandan opposition supporters gathered in Kampala. Police fired tear gas to disperse the "
     "protesters."), None, "UG"),
    ("Police fired tear gas to disperse the protesters.", "Ugandan police break up march", "UG"),
    ("Police fired tear gas to disperse the protesters.", None, None),
    (("Ugandan and Kenyan traders gathered at the border. Police fired tear gas to disperse the "
     "protesters."), None, None),                        # two countries: neither is the setting
])
def test_country_of_the_story_fills_unnamed_police_and_crowds(nlp, doc, title, country):
    sent = "Police fired tear gas to disperse the protesters."
    a1, a2 = _roles_of(nlp, sent, "protesters", "PROTEST_WITH_INTER", doc_text=doc, title=title)
    assert a1.country == a2.country == country
    if country:
        assert a2.name == "Police Forces of Uganda" and a1.name == "Protesters (Uganda)"


@pytest.mark.parametrize(("text", "expected"), [
    (("Boko Haram fighters raided two villages. The army said Boko Haram lost ground. "
     "The militants burned the market."), "Boko Haram"),
    (("Al Shabaab claimed the attack. Officials blamed al-Shabaab for the blast. "
     "The extremists set fire to the market."), "Al Shabaab"),
    ("Boko Haram fighters raided two villages. The militants burned the market.",
     "Boko Haram"),                     # named once before: the antecedent (issue 16)
    ("Boko Haram fighters raided two villages. The bandits burned the market.",
     "Unidentified Armed Group"),       # bandits are not what the group is called
    ("Insurgents raided two villages. The militants burned the market.", "Rebel Group"),
])
def test_the_militants_are_the_group_the_story_is_about(nlp, text, expected):
    sent = text[text.rindex("The "):]
    trigger = "burned" if "burned" in sent else "set fire"
    a1, _ = _roles_of(nlp, sent, trigger, "PROPERTY_DISTRUCT", doc_text=text)
    assert a1.name == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    (("Russian jets bombed the city. Kurdish fighters massed to the north. Those forces "
      "captured two villages on Friday."), "captured", ("Rebel Group", 2)),
    (("Boko Haram fighters raided a camp. Nigerian troops arrived later. These forces "
      "retook the camp on Friday."), "retook", ("Military Forces of Nigeria", 1)),
    (("Soldiers of the Malian army held the town. Tuareg rebels attacked it at dawn. Those "
      "fighters seized the airport."), "seized", ("Tuareg Ethnic Militia", 4)),
])
def test_those_forces_are_the_armed_party_named_just_before(nlp, text, trigger, expected):
    sent = text[text.rindex("Th"):]
    a1, _ = _roles_of(nlp, sent, trigger, "NON_STATE_ACTOR_OVERTAKES_TER", doc_text=text)
    assert (a1.name, a1.inter) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # officials are no armed party; a group named three sentences before is too far back
    ("Iraqi intelligence officials spoke this week. Those forces seized towns north of it.",
     "Military Forces of Iraq"),
    (("Tuareg rebels crossed the border in May. " + "The talks dragged on for weeks. " * 14
      + "Those forces seized the town."), "Military Forces"),
])
def test_those_forces_need_an_armed_party_named_just_before(nlp, text, expected):
    sent = text[text.rindex("Th"):]
    a1, _ = _roles_of(nlp, sent, "seized", "NON_STATE_ACTOR_OVERTAKES_TER", doc_text=text)
    assert a1.name == expected


def test_a_description_is_not_an_anaphor(nlp):
    text = ("ISIS fighters dug in. ISIS lost two towns. The anti-ISIS forces captured the "
            "village on Friday.")
    sent = "The anti-ISIS forces captured the village on Friday."
    a1, _ = _roles_of(nlp, sent, "captured", "NON_STATE_ACTOR_OVERTAKES_TER", doc_text=text)
    assert a1.name != "Islamic State"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["Kenya", "Kenyan", "Uganda", "Ugandan", "Chad"]), max_size=8))
def test_dominant_country_has_more_than_half(words):
    from collections import Counter

    from eventwire.actors.names import DOMINANT_COUNTRY_SHARE, dominant_country
    from eventwire.lexicon import country_of
    text = " and ".join(words)
    counts = Counter(country_of(w).iso2 for w in words)
    found = dominant_country(text)
    if found is None:
        assert not counts or max(counts.values()) <= DOMINANT_COUNTRY_SHARE * len(words)
    else:
        assert counts[found.iso2] > DOMINANT_COUNTRY_SHARE * len(words)


# -- issue 16: passive voice, whole names, backers, headline antecedents, no X->X ----------

@pytest.mark.parametrize(("text", "trigger", "victim"), [
    ("Hector Oqueli Colindres was kidnapped and killed along with Gilda Flores in the capital.",
     "kidnapped", "Hector Oqueli Colindres"),
    ("Three aid workers were abducted near the border on Sunday.", "abducted",
     "Three aid workers"),                                  # the harmed phrase, count included
    ("The mayor of the town was shot dead outside his home.", "shot", None),
])
def test_a_passive_without_by_leaves_the_perpetrator_unsaid(nlp, text, trigger, victim):
    a1, a2 = _roles_of(nlp, text, trigger, "ATTACK")
    assert a1 is None
    if victim is not None:
        assert a2 is not None and a2.text == victim


@pytest.mark.parametrize(("text", "trigger", "perpetrator"), [
    ("The village was attacked by Shining Path guerrillas on Friday.", "attacked",
     "Shining Path"),
    ("Two soldiers were killed by members of the ELN near the pipeline.", "killed",
     "National Liberation Army (Colombia)"),
])
def test_a_by_phrase_names_the_perpetrator(nlp, text, trigger, perpetrator):
    a1, _ = _roles_of(nlp, text, trigger, "ATTACK")
    assert a1 is not None and a1.name == perpetrator


@pytest.mark.parametrize(("text", "trigger", "backer"), [
    ("M23 rebels, backed by Rwanda, seized the town of Rubaya on Tuesday.", "seized",
     "Government of Rwanda"),
    ("The Houthis, supported by Iran, fired drones at a tanker.", "fired",
     "Government of Iran"),
    ("Fano militia, joined by Amhara Special Forces, attacked the garrison.", "attacked",
     "Amhara Special Forces"),
])
def test_backed_by_fills_the_associated_actor(nlp, text, trigger, backer):
    a1, _ = _roles_of(nlp, text, trigger, "ARMED_CLASH")
    assert a1 is not None and a1.assoc == backer


@pytest.mark.parametrize(("text", "trigger", "backer"), [
    ("Iranian-backed rebels attacked a border post on Monday.", "attacked", "Government of Iran"),
    ("US-backed Kurdish forces captured the dam after a week.", "captured",
     "Government of United States"),
    ("Russia-supported separatists shelled the railway station.", "shelled",
     "Government of Russia"),
    ("Hezbollah-allied fighters stormed the hilltop village.", "stormed", "Hezbollah"),
])
def test_a_sponsor_before_the_noun_is_the_associated_actor(nlp, text, trigger, backer):
    a1, _ = _roles_of(nlp, text, trigger, "ARMED_CLASH")
    assert a1 is not None and a1.assoc == backer


@pytest.mark.parametrize("text", [
    "Government troops shelled rebel-held districts overnight.",
    "Rebels attacked a well-armed convoy near the river.",
])
def test_a_hyphen_word_that_names_no_sponsor_gives_no_associated_actor(nlp, text):
    trigger = "shelled" if "shelled" in text else "attacked"
    a1, _ = _roles_of(nlp, text, trigger, "ARMED_CLASH")
    assert a1 is not None and a1.assoc is None


@pytest.mark.parametrize("text", [
    "Iranian-backed militias struck a base in Iraq. The Iraqi army said the Iranian-backed "
    "groups fired rockets.",
    "Fighters backed by Turkey seized villages in Syria.",
])
def test_a_sponsor_country_is_not_where_the_story_is_set(text):
    from eventwire.actors.names import dominant_country
    found = dominant_country(text)
    assert found is not None and found.iso2 in ("IQ", "SY")


def test_without_a_backer_there_is_no_associated_actor(nlp):
    a1, _ = _roles_of(nlp, "M23 rebels seized the town of Rubaya on Tuesday.", "seized",
                      "NON_STATE_ACTOR_OVERTAKES_TER")
    assert a1 is not None and a1.assoc is None


def test_the_rebels_take_the_group_of_the_headline(nlp):
    text = "The rebels burned the market on Monday."
    a1, _ = _roles_of(nlp, text, "burned", "PROPERTY_DISTRUCT",
                      title="Tupac Amaru rebels strike Andean town")
    assert a1.name == "Tupac Amaru Revolutionary Movement"
    a1, _ = _roles_of(nlp, text, "burned", "PROPERTY_DISTRUCT", title="Market burned")
    assert a1.name == "Rebel Group"


@pytest.mark.parametrize("text", [
    "Taliban fighters clashed with Taliban fighters from a rival faction.",
    "Police said police officers fired on the crowd.",
])
def test_an_actor_never_acts_on_itself(nlp, text):
    trigger = "clashed" if "clashed" in text else "fired"
    a1, a2 = _roles_of(nlp, text, trigger, "ARMED_CLASH")
    assert not (a1 and a2 and a1.name == a2.name)


# -- issue 16, error classes: the reporting verb as trigger, posts, people harmed, claims -----

@pytest.mark.parametrize(("text", "actor1"), [
    ("Members of the ELN fired on a police vehicle near the bridge, police said.",
     "National Liberation Army (Colombia)"),
    ("Maoist rebels blew up a school building overnight, police said.",
     "Communist Party of India (Maoist)"),
    ("Gunmen stormed a bank in the market town, a police spokesman told reporters.",
     "Unidentified Armed Group"),
])
def test_a_reporting_verb_as_trigger_reads_the_reported_act(nlp, text, actor1):
    trigger = "told" if "told" in text else "said"
    a1, _ = _roles_of(nlp, text, trigger, "ATTACK")
    assert a1 is not None and a1.name == actor1


def test_excessive_force_has_the_forces_as_actor1(nlp):
    text = "Security forces opened fire on demonstrators in the capital, killing three."
    a1, a2 = _roles_of(nlp, text, "opened fire", "FORCE_AGAINST_PROTEST")
    assert a1.inter == 1 and a1.name == "Military Forces"
    assert a2 is not None and a2.name == "Protesters"


@pytest.mark.parametrize("text", [
    "Unidentified men threw a petrol bomb at the offices of the Labour Party in the city.",
    "Youths hurled stones at the headquarters of the Liberal Democratic Party overnight.",
])
def test_the_owner_of_the_place_hit_is_no_crowd(nlp, text):
    trigger = "threw" if "threw" in text else "hurled"
    a1, a2 = _roles_of(nlp, text, trigger, "VIOL_DEMONSTR")
    assert a1 is None or "Party" not in a1.name
    assert a2 is None or a2.inter != 1


@pytest.mark.parametrize(("text", "trigger", "actor2"), [
    ("Gunmen attacked a police checkpoint on the highway overnight.", "attacked",
     "Police Forces"),
    ("Militants stormed an army post in the hills before dawn.", "stormed", "Military Forces"),
    ("Smugglers opened fire on a border post near the crossing.", "opened fire",
     "Military Forces"),
    ("Rebels shelled a military base outside the provincial capital.", "shelled",
     "Military Forces"),
    ("Insurgents ambushed a patrol on the road to the mines.", "ambushed", "Military Forces"),
])
def test_a_post_of_the_state_forces_makes_them_actor2(nlp, text, trigger, actor2):
    a1, a2 = _roles_of(nlp, text, trigger, "ATTACK")
    assert a2 is not None and (a2.name, a2.inter) == (actor2, 1)
    assert a1 is None or a1.inter != 1               # the police never attack their own post


def test_a_post_takes_the_country_of_the_story(nlp):
    doc = ("Malian troops have been deployed along the river. Gunmen attacked a checkpoint on "
           "the highway overnight.")
    sent = "Gunmen attacked a checkpoint on the highway overnight."
    _, a2 = _roles_of(nlp, sent, "attacked", "ATTACK", doc_text=doc)
    assert (a2.name, a2.country) == ("Military Forces of Mali", "ML")


@pytest.mark.parametrize(("text", "trigger", "words", "name"), [
    ("Militants attacked a police station, killing five policemen.", "attacked",
     "five policemen", "Police Forces"),
    ("Rebels ambushed an army convoy, wounding seven soldiers.", "ambushed", "seven soldiers",
     "Military Forces"),
    ("Gunmen raided a police post, killing two civilians.", "raided", "police post",
     "Police Forces"),              # the forces hit stay actor2, named by their post
])
def test_the_people_harmed_speak_for_the_party_hit(nlp, text, trigger, words, name):
    _, a2 = _roles_of(nlp, text, trigger, "ATTACK")
    assert a2 is not None and (a2.text, a2.name) == (words, name)


@pytest.mark.parametrize(("text", "trigger"), [
    ("A UN peacekeeper was killed when his vehicle hit a landmine near the border.",
     "landmine"),
    ("Two soldiers were wounded when a roadside bomb exploded under their truck.", "bomb"),
])
def test_whoever_was_killed_did_not_act(nlp, text, trigger):
    a1, a2 = _roles_of(nlp, text, trigger, "REM_EXPLOS")
    assert a1 is None
    assert a2 is not None


_BLAST = "A suicide bomber struck a market, killing nine people. "


@pytest.mark.parametrize(("after", "expected"), [
    ("Al Shabaab claimed responsibility.", "Al Shabaab"),
    ("The bombing was claimed by Boko Haram.", "Boko Haram"),
    ("Officials blamed the Taliban.", "Taliban"),
    ("Boko Haram said one of its fighters carried out the attack.", "Boko Haram"),
    ("Police blamed the attack on al-Shabaab.", "Al Shabaab"),
    ("Al Shabaab denied any role.", "Unidentified Armed Group"),     # a denial names nobody
    ("Hamas condemned the attack.", "Unidentified Armed Group"),
    ("Boko Haram claimed the town last year.", "Unidentified Armed Group"),   # not the attack
    ("Al Shabaab claimed responsibility, and officials blamed Hizbul Islam.",
     "Unidentified Armed Group"),                                     # two: neither
])
def test_a_claim_in_the_article_names_the_unnamed_attacker(nlp, after, expected):
    a1, _ = _roles_of(nlp, _BLAST.strip(), "suicide bomber", "SUIC_BOMB",
                      doc_text=_BLAST + after)
    assert a1 is not None and a1.name == expected
    assert a1.text == "suicide bomber"                  # the words stay the sentence's


def test_a_named_attacker_is_not_renamed_by_a_claim(nlp):
    doc = "ISIS fighters stormed a prison on Monday. Al Shabaab claimed responsibility."
    a1, _ = _roles_of(nlp, doc[:doc.index(".") + 1], "stormed", "ATTACK", doc_text=doc)
    assert a1.name == "Islamic State"


@pytest.mark.parametrize(("text", "victim"), [
    ("Gunmen killed a community leader, Ramon Tzul, in the village.", "Ramon Tzul"),
    ("Gunmen shot dead a local councillor, Amina Bello Yusuf, at her home.",
     "Amina Bello Yusuf"),
    ("Gunmen killed a community leader, Jesus Roca, in the village.", "Jesus Roca"),
])
def test_a_victim_in_apposition_is_the_person_named(nlp, text, victim):
    trigger = "killed" if "killed" in text else "shot"
    _, a2 = _roles_of(nlp, text, trigger, "ATTACK")
    assert a2 is not None and a2.text == victim


def test_a_surname_left_in_lower_case_stays_in_the_name(nlp):
    # case restoration of a text in capitals leaves unknown surnames in lower case
    text = "Gunmen killed a community leader, Jesus arboleda, in the village."
    _, a2 = _roles_of(nlp, text, "killed", "ATTACK")
    assert a2 is not None and a2.text == "Jesus arboleda"


@pytest.mark.parametrize("text", [
    "Rebels seized the town of Kibati on Tuesday.",
    "Rebels seized the village of Mutaho after heavy fighting.",
])
def test_a_place_taken_for_a_person_is_no_actor(nlp, text):
    _, a2 = _roles_of(nlp, text, "seized", "NON_STATE_ACTOR_OVERTAKES_TER")
    assert a2 is None or a2.text not in ("Kibati", "Mutaho")


@pytest.mark.parametrize(("text", "trigger", "label", "not_party"), [
    ("Police arrested Joseph Mwangi's brother after the raid.", "arrested", "ARREST",
     "Joseph Mwangi"),
    ("Gunmen killed Mayor Ana Lopez's driver outside the town hall.", "killed", "ATTACK",
     "Ana Lopez"),
    ("Kamau's supporters clashed with police outside the court.", "clashed", "VIOL_DEMONSTR",
     "Kamau"),
])
def test_a_possessor_is_not_the_party(nlp, text, trigger, label, not_party):
    for actor in _roles_of(nlp, text, trigger, label):
        assert actor is None or actor.name != not_party


def test_a_name_never_keeps_the_possessive(nlp):
    _, a2 = _roles_of(nlp, "Arsonists set fire to Amina Yusuf's car overnight.", "set fire",
                      "PROPERTY_DISTRUCT")
    assert a2 is not None and a2.name == "Amina Yusuf" and a2.text == "Amina Yusuf"


@pytest.mark.parametrize(("text", "trigger", "label"), [
    ("An explosion at a military base killed three soldiers, the ministry said.", "explosion",
     "REM_EXPLOS"),
    ("A car bomb near a police station killed four officers.", "car bomb", "REM_EXPLOS"),
    ("A patrol of peacekeepers came under fire near the river.", "fire", "ARMED_CLASH"),
])
def test_the_place_of_an_act_and_the_post_hit_do_not_act(nlp, text, trigger, label):
    a1, a2 = _roles_of(nlp, text, trigger, label)
    assert a1 is None
    assert a2 is not None and a2.inter == 1


def test_the_patient_is_not_the_agents_own(nlp):
    a1, a2 = _roles_of(nlp, "Troops retook the border post from the rebels on Monday.",
                       "retook", "GOV_REGAINS_TERIT")
    assert a1.name == "Military Forces" and a2 is not None and a2.name == "Rebel Group"


@pytest.mark.parametrize(("text", "trigger", "label"), [
    ("The farmer was abducted by men in civilian clothes on the road home.", "abducted",
     "ABDUCT_DISSAP"),
    ("Men on motorbikes shot dead a trader outside the mosque.", "shot", "ATTACK"),
])
def test_men_who_kill_or_abduct_are_an_unidentified_armed_group(nlp, text, trigger, label):
    a1, _ = _roles_of(nlp, text, trigger, label)
    assert a1 is not None and (a1.name, a1.inter) == ("Unidentified Armed Group", 3)


def test_people_who_protest_stay_civilians(nlp):
    a1, _ = _roles_of(nlp, "Residents marched to the governor's office on Monday.", "marched",
                      "PEACE_PROTEST")
    assert a1 is None or a1.inter != 3


@pytest.mark.parametrize(("text", "trigger", "label", "actor1"), [
    ("The police station in the town came under attack overnight.", "attack", "ATTACK", None),
    ("A police checkpoint came under fire from gunmen on a motorbike.", "fire", "ATTACK",
     "Unidentified Armed Group"),
    ("An army post near the border was overrun on Sunday.", "overrun", "ARMED_CLASH", None),
    ("A military convoy hit a landmine, wounding six soldiers.", "landmine", "REM_EXPLOS",
     None),
])
def test_the_forces_post_or_vehicle_hit_is_actor2_never_actor1(nlp, text, trigger, label,
                                                               actor1):
    a1, a2 = _roles_of(nlp, text, trigger, label)
    assert (a1.name if a1 else None) == actor1
    assert a2 is not None and a2.inter == 1


@pytest.mark.parametrize(("text", "trigger", "label"), [
    ("An army patrol killed two suspected militants near the border.", "killed",
     "ARMED_CLASH"),
    ("Army helicopters fired rockets at rebel positions.", "fired", "AIR_STRIKE"),
    ("Police raided a house in the capital and arrested three men.", "raided", "ARREST"),
])
def test_forces_on_the_move_still_act(nlp, text, trigger, label):
    a1, _ = _roles_of(nlp, text, trigger, label)
    assert a1 is not None and a1.inter == 1


# -- issue 16, error classes: crowds named as people, the other side of a fight -----------------

@pytest.mark.parametrize(("text", "trigger", "label", "crowd"), [
    ("More than 500 people gathered at a rally in the square on Sunday.", "gathered",
     "PEACE_PROTEST", "Protesters"),
    ("Hundreds of farmers marched to the ministry with their tractors.", "marched",
     "PEACE_PROTEST", "Protesters"),
    ("Residents blocked the main road and burned tyres.", "blocked", "VIOL_DEMONSTR",
     "Rioters"),
])
def test_people_who_protest_are_the_crowd_not_civilians(nlp, text, trigger, label, crowd):
    a1, _ = _roles_of(nlp, text, trigger, label)
    assert a1 is not None and a1.name == crowd and a1.inter in (5, 6)


def test_police_against_residents_protesting_have_the_crowd_as_actor2(nlp):
    a1, a2 = _roles_of(nlp, "Police fired tear gas at residents protesting the eviction.",
                       "fired tear gas", "FORCE_AGAINST_PROTEST")
    assert a1.inter == 1 and a2 is not None and a2.name == "Protesters"


@pytest.mark.parametrize(("text", "trigger", "agent"), [
    ("A bandit was wounded in a firefight with police at the roadblock.", "wounded",
     "Police Forces"),
    ("Two militants were killed in clashes with the army near the border.", "killed",
     "Military Forces"),
    ("A suspected smuggler was shot dead in a police raid on Tuesday.", "shot",
     "Police Forces"),
])
def test_a_harm_in_a_fight_was_done_by_the_other_side(nlp, text, trigger, agent):
    a1, a2 = _roles_of(nlp, text, trigger, "ATTACK")
    assert a1 is not None and a1.name == agent and a2 is not None and a2.name != agent


@pytest.mark.parametrize("text", [
    "Three soldiers were killed in the fighting.",
    "Five civilians were killed in an explosion at the market.",
])
def test_a_fight_that_names_nobody_names_no_agent(nlp, text):
    a1, _ = _roles_of(nlp, text, "killed", "ATTACK")
    assert a1 is None


@pytest.mark.parametrize(("text", "trigger", "blamed_group"), [
    ("Attackers armed with machetes killed six farmers in the village, a local leader said, "
     "blaming the ADF.", "killed", "Allied Democratic Forces"),
    ("Gunmen killed four traders on the road, and police blamed Boko Haram.", "killed",
     "Boko Haram"),
])
def test_a_group_blamed_is_who_acted_never_whom_it_was_done_to(nlp, text, trigger,
                                                                 blamed_group):
    a1, a2 = _roles_of(nlp, text, trigger, "ATTACK")
    assert a1 is not None and a1.name == blamed_group
    assert a2 is None or a2.name != blamed_group


def test_a_group_attacked_is_still_the_victim(nlp):
    _, a2 = _roles_of(nlp, "Gunmen attacked Boko Haram fighters near the lake, killing four.",
                      "attacked", "ARMED_CLASH")
    assert a2 is not None and a2.name == "Boko Haram"


@pytest.mark.parametrize(("text", "trigger", "victims"), [
    ("The group claimed the bombing of a police post in the capital that wounded two officers.",
     "bombing", "two officers"),
    ("Rebels shelled an army camp that killed seven soldiers on Monday.", "shelled",
     "seven soldiers"),
])
def test_a_clause_of_harm_on_the_place_hit_names_the_victims(nlp, text, trigger, victims):
    _, a2 = _roles_of(nlp, text, trigger, "ATTACK")
    assert a2 is not None and a2.text == victims


@pytest.mark.parametrize(("text", "trigger", "hit"), [
    ("The shelling of rebel positions continued overnight.", "shelling", "Rebel Group"),
    ("The bombing of a police post in the capital wounded two officers.", "bombing",
     "Police Forces"),
])
def test_what_a_nominal_act_was_done_to_never_did_it(nlp, text, trigger, hit):
    a1, a2 = _roles_of(nlp, text, trigger, "ATTACK")
    assert (a1 is None or a1.name != hit) and a2 is not None and a2.name == hit


@pytest.mark.parametrize(("text", "trigger", "hit"), [
    ("An attack on the offices of the Awami League killed two guards.", "attack",
     "Awami League"),
    ("The shelling of the outskirts of a town held by rebels killed four civilians.",
     "shelling", "Rebel Group"),
    ("A raid against the camp of the Taliban left six dead.", "raid", "Taliban"),
])
def test_a_party_deep_in_what_a_nominal_act_hit_never_did_it(nlp, text, trigger, hit):
    a1, _ = _roles_of(nlp, text, trigger, "ATTACK")
    assert a1 is None or a1.name != hit


def test_the_owner_of_a_nominal_act_did_it(nlp):
    a1, a2 = _roles_of(nlp, "The army's shelling of the town killed five civilians.",
                       "shelling", "ATTACK")
    assert a1.name == "Military Forces" and a2.name == "Civilians"


def test_an_attribution_names_the_group_blamed(nlp):
    text = ("Attackers armed with machetes killed six farmers in the village, a local leader "
            "said, blaming the ADF.")
    a1, _ = _roles_of(nlp, text, "blaming", "ATTRIB")
    assert a1 is not None and a1.name == "Allied Democratic Forces"


# Held-aside sentences (tests/data/actor_roles/holdout.jsonl), written after the mechanisms
# above and scored once as a whole: 8 of 10 right when written ('nurses' is no crowd word; the
# table names 'Turkish-backed fighters' as a group of its own); three rows on speech verbs and
# nested targets came later (11 of 13). Below 0.7 is a regression.
HELD_ASIDE_FLOOR = 0.7
_ROWS = Path(__file__).resolve().parents[1] / "data" / "actor_roles"


def _rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (_ROWS / name).read_text(encoding="utf-8").splitlines()
            if line.strip()]


def _row_right(nlp, r: dict) -> bool:
    """Each expected actor (a name's beginning) was found; None expects nothing in particular."""
    a1, a2 = _roles_of(nlp, r["text"], r["trigger"], r["label"])
    return all(want is None or (got is not None and got.name.startswith(want))
               for want, got in ((r["actor1"], a1), (r["actor2"], a2)))


@pytest.mark.parametrize("row", _rows("dev.jsonl"), ids=lambda r: r["text"][:40])
def test_roles_of_hand_written_rows(nlp, row):
    assert _row_right(nlp, row)


def test_held_aside_sentences(nlp):
    rows = _rows("holdout.jsonl")
    assert sum(_row_right(nlp, r) for r in rows) / len(rows) >= HELD_ASIDE_FLOOR


@pytest.mark.parametrize(("text", "trigger", "group"), [
    ("Police blamed Boko Haram for the night raid.", "blamed", "Boko Haram"),
    ("The governor said the attack bore the hallmarks of al-Shabaab, and officials blamed "
     "al-Shabaab.", "blamed", "Al Shabaab"),
])
def test_an_attribution_is_the_group_blamed_never_who_blames(nlp, text, trigger, group):
    a1, _ = _roles_of(nlp, text, trigger, "ATTRIB")
    assert a1 is not None and a1.name == group


@pytest.mark.parametrize(("text", "trigger", "people"), [
    ("Rebels overran an army base after a battle with government soldiers.", "overran",
     "government soldiers"),
    ("Insurgents seized a police post after a gunfight with officers on duty.", "seized",
     "officers"),
])
def test_the_people_of_the_forces_whose_post_was_hit_speak_for_them(nlp, text, trigger, people):
    _, a2 = _roles_of(nlp, text, trigger, "ARMED_CLASH")
    assert a2 is not None and a2.text == people


def test_a_post_alone_still_names_its_forces(nlp):
    _, a2 = _roles_of(nlp, "Militants attacked a police station on Monday.", "attacked",
                      "ATTACK")
    assert a2 is not None and a2.name.startswith("Police Forces")


def test_unnamed_actors_take_the_country_of_the_events_place_over_the_most_named_one():
    from eventwire.nlp import load_pipeline
    first = "Gunmen killed five villagers on Monday, police said."
    text = first + " The US embassy said the United States was watching. US aid will continue."
    sentence = Sentence(first, 0, len(first))
    s = first.index("killed")
    mention = EventMention(event_type("ATTACK"), "killed", (s, s + 6), sentence, 0.9)
    doc = load_pipeline()(first)
    a1, a2 = ActorExtractor().actors(doc, sentence, mention, text=text, where="NG")
    assert (a1.country, a2.country) == ("NG", "NG")
    assert a1.name.endswith("(Nigeria)") and a2.name == "Civilians (Nigeria)"
    a1, a2 = ActorExtractor().actors(doc, sentence, mention, text=text)
    assert (a1.country, a2.country) == ("US", "US")       # no place: the story's country


# Whoever fled, sheltered or withdrew as an act went on lived through it ("undergoes").
@pytest.mark.parametrize(("text", "trigger", "label", "actor1", "hit"), [
    ("Rebel fighters withdrew from the town under heavy shelling by government forces on "
     "Tuesday.", "shelling", "ART_MISS_ATTACK", "government forces", "Rebel fighters"),
    ("Rebel fighters withdrew from the town under heavy shelling on Tuesday.", "shelling",
     "ART_MISS_ATTACK", None, "Rebel fighters"),
    ("Ukrainian soldiers took cover from Russian drone strikes near Bakhmut on Monday.",
     "drone", "AIR_STRIKE", "Russian drone strikes", "Ukrainian soldiers"),
    ("Militants retreated from the town after airstrikes by the Nigerian air force on Sunday.",
     "airstrikes", "AIR_STRIKE", "Nigerian air force", "Militants"),    # "by X" names it
    ("Civilians hid in the bush during the attack by ADF militants on a village near Beni.",
     "attack", "ATTACK", "ADF militants", "Civilians"),
    ("Government troops fled under a barrage of M23 mortar fire outside Goma on Friday.",
     "mortar", "ART_MISS_ATTACK", "M23", "Government troops"),
])
def test_who_escaped_an_act_underwent_it(nlp, text, trigger, label, actor1, hit):
    a1, a2 = _roles_of(nlp, text, trigger, label)
    assert (a1.text if a1 else None) == actor1
    assert a2 is not None and a2.text == hit


@pytest.mark.parametrize(("text", "trigger", "label", "actor1"), [
    ("Hamas fighters took part in the assault on the base near Rafah on Monday.", "assault",
     "ARMED_CLASH", "Hamas fighters"),
    ("Insurgents killed five soldiers during an attack on a base near Gao on Monday.",
     "killed", "ARMED_CLASH", "Insurgents"),
    ("The army pressed ahead with airstrikes on rebel positions near Idlib on Sunday.",
     "airstrikes", "AIR_STRIKE", "army"),
    ("Police took tear gas and batons to the crowd of strikers in Durban on Friday.",
     "tear gas", "FORCE_AGAINST_PROTEST", "Police"),
    # the doers flee after their own act, and suffer losses in it (review, 2026-12-06)
    ("The attackers fled after the bombing, police said.", "bombing", "ATTACK", "attackers"),
    ("The militants retreated into the forest after the ambush that killed 12 soldiers.",
     "ambush", "ARMED_CLASH", "militants"),
    ("ISWAP fighters suffered heavy losses in their attack on a military base in Monguno.",
     "attack", "ARMED_CLASH", "ISWAP fighters"),
    ("The assailants escaped after the stabbing of a police officer in the Old City.",
     "stabbing", "ATTACK", "assailants"),
])
def test_who_took_part_in_or_pressed_on_with_an_act_did_it(nlp, text, trigger, label, actor1):
    a1, _ = _roles_of(nlp, text, trigger, label)
    assert a1 is not None and a1.text == actor1


def test_a_verb_of_escape_only_counts_with_the_act_beside_it(nlp):
    from eventwire.actors.clauses import undergoes, verb_of
    doc = nlp("The gunmen fled the scene after the attack.")
    assert not undergoes(_tok(doc, "gunmen"), verb_of(_tok(doc, "gunmen")))
    doc = nlp("Villagers fled amid the shelling.")
    assert undergoes(_tok(doc, "shelling"), verb_of(_tok(doc, "shelling")))


def _tok(doc, word):
    return next(t for t in doc if t.text == word)


# Items of a list the parser hung on the verb ("killing the chief, two teachers and four
# farmers": "teachers" a conjunct of "killing") stay on the victims' list.
@pytest.mark.parametrize(("text", "trigger", "victims"), [
    ("Rebels attacked the village of Kamba, killing the chief, two teachers and four farmers, "
     "officials said.", "attacked", ["chief", "two teachers", "four farmers"]),
    ("REBELS ATTACKED THE TOWN OF ALTO, KILLING THE MAYOR, TWO POLICEMEN AND FOUR PEASANTS.",
     "ATTACKED", ["MAYOR", "TWO POLICEMEN", "FOUR PEASANTS"]),
])
def test_list_items_hung_on_the_verb_stay_victims(nlp, text, trigger, victims):
    _, a2 = _roles_of(nlp, text, trigger, "ATTACK")
    assert a2 is not None and [a2.text, *(o.text for o in a2.associated)] == victims


# A wire dateline's place or agency is never a party ("CALI, 20 AUG 91 (RADIO X) --").
@pytest.mark.parametrize(("text", "trigger"), [
    ("CALI, 20 AUG 91 (RADIO SONORA) -- [TEXT] A LAWYER WAS SHOT DEAD LAST NIGHT IN PALMIRA.",
     "SHOT"),
    ("Marla Bay, 4 June (Wire) -- A bomb exploded at a bank in the town, causing damage.",
     "exploded"),
])
def test_a_dateline_names_no_party(nlp, text, trigger):
    a1, a2 = _roles_of(nlp, text, trigger, "ATTACK")
    words = " ".join(a.text for a in (a1, a2) if a is not None)
    assert "CALI" not in words and "Marla" not in words


def test_a_person_at_a_sentences_start_is_still_one(nlp):
    text = "Carlos Mena, a farmer, was shot dead by gunmen on Sunday -- the third this month."
    _, a2 = _roles_of(nlp, text, "shot", "ATTACK")
    assert a2 is not None and "Carlos Mena" in a2.text


# "from X" on an act told as a noun, or on what someone received, names its doer.
@pytest.mark.parametrize(("text", "trigger", "label", "actor1"), [
    ("The journalist said she had received death threats from paramilitaries after the "
     "report.", "received", "ATTACK", "Unidentified Armed Group"),
    ("The village came under heavy fire from rebels on Sunday night.", "fire",
     "ARMED_CLASH", "Rebel Group"),
])
def test_from_names_the_doer_of_a_noun_act(nlp, text, trigger, label, actor1):
    a1, a2 = _roles_of(nlp, text, trigger, label)
    assert a1 is not None and a1.name == actor1
    assert a2 is None or a2.name != actor1


def test_a_name_closing_a_relative_clause_claims_nothing(nlp):
    doc = ("Al Shabaab fighters stormed a hotel in the capital, killing ten guests. The group, "
           "which is linked to al-Qaeda, claimed the attack.")
    sent = "The group, which is linked to al-Qaeda, claimed the attack."
    a1, _ = _roles_of(nlp, sent, "claimed", "ATTRIB", doc_text=doc)
    assert a1 is None or a1.name != "Al Qaeda"
    first = doc[:doc.index(" The group")]
    a1, _ = _roles_of(nlp, first, "stormed", "ATTACK", doc_text=doc)
    assert a1 is not None and a1.name == "Al Shabaab"


# A country's aircraft, jets, helicopters or artillery are its forces.
@pytest.mark.parametrize(("text", "trigger", "name"), [
    ("Israeli aircraft struck a house in the camp, killing three people.", "struck",
     "Military Forces of Israel"),
    ("Syrian helicopters dropped barrel bombs on the town.", "dropped",
     "Military Forces of Syria"),
])
def test_a_countrys_aircraft_are_its_forces(nlp, text, trigger, name):
    a1, _ = _roles_of(nlp, text, trigger, "AIR_STRIKE")
    assert a1 is not None and a1.name == name


# The party a later sentence blames keeps all its words ("Islamist militants"), in any case.
@pytest.mark.parametrize("doc", [
    "The bomb went off near a church on Sunday, wounding 20 worshippers. Police blamed "
    "Islamist militants.",
    "the bomb went off near a church on sunday, wounding 20 worshippers. police blamed "
    "islamist militants.",
])
def test_a_blamed_party_keeps_all_its_words(nlp, doc):
    sent = doc[:doc.index(". ") + 1]
    a1, _ = _roles_of(nlp, sent, "went off", "REM_EXPLOS", doc_text=doc)
    assert a1 is not None and a1.text.lower() == "islamist militants"


# An active verb with no object of its own shares the next one's ("attacked and burned the
# post"); not another subject's ("soldiers withdrew and rebels seized the town").
@pytest.mark.parametrize(("text", "trigger", "label", "a2"), [
    ("Rebels attacked and burned an army post near the border.", "attacked", "ARMED_CLASH",
     "army post"),
    ("Bandits ambushed and robbed two traders on the highway.", "ambushed", "ATTACK",
     "two traders"),
    ("Soldiers withdrew and rebels seized the town.", "withdrew", "NON_VIOL_TERRIT_TRANSFER",
     None),
])
def test_an_active_verb_shares_the_next_ones_object(nlp, text, trigger, label, a2):
    _, got = _roles_of(nlp, text, trigger, label)
    assert (got.text if got else None) == a2


def test_a_post_hit_keeps_its_words_beside_a_body_named_after_the_force(nlp):
    text = ("A device planted by dissidents damaged a police station in County Down, the Police "
            "Service of Northern Ireland said.")
    _, a2 = _roles_of(nlp, text, "damaged", "REM_EXPLOS")
    assert a2 is not None and a2.text == "police station"


# A sentence that tells an act and, in a clause of blame, who is blamed ("X killed Y, a leader
# said, blaming Z"): the act's own doer (named Z's) and victims; "blamed Z for the killing of
# Y" names Y.
@pytest.mark.parametrize(("text", "trigger", "words", "name", "a2"), [
    ("ATTACKERS ARMED WITH MACHETES KILLED SIX MEMBERS OF A FAMILY NEAR THE TOWN, A CHURCH "
     "LEADER SAID, BLAMING THE ADF.", "BLAMING", "ATTACKERS", "Allied Democratic Forces",
     "SIX MEMBERS OF A FAMILY"),
    ("Gunmen killed four farmers near the village on Sunday, the governor said, blaming Boko "
     "Haram.", "blaming", "Gunmen", "Boko Haram", "four farmers"),
    ("Police blamed the ADF for the killing of six villagers.", "blamed", "ADF",
     "Allied Democratic Forces", "six villagers"),
    ("Police blamed the rebels for the attack.", "blamed", "rebels", "Rebel Group", None),
])
def test_a_clause_of_blame_keeps_the_acts_own_roles(nlp, text, trigger, words, name, a2):
    a1, got2 = _roles_of(nlp, text, trigger, "ATTRIB")
    assert a1 is not None and (a1.text, a1.name) == (words, name)
    assert (got2.text if got2 else None) == a2


# Members a speaker calls its own are the speaker group's ("the Taliban said its fighters
# captured ..."); not when the speaker names no group ("the governor said their fighters").
@pytest.mark.parametrize(("text", "trigger", "label", "name"), [
    ("The Taliban said its fighters had captured a district headquarters after a night of "
     "fighting.", "captured", "NON_STATE_ACTOR_OVERTAKES_TER", "Taliban"),
    ("BOKO HARAM SAID IN A VIDEO THAT ITS MEN HAD ABDUCTED THE GIRLS.", "ABDUCTED",
     "ABDUCT_DISSAP", "Boko Haram"),
    ("The governor said their fighters had burned the market.", "burned",
     "PROPERTY_DISTRUCT", "Rebel Group"),
])
def test_members_a_speaker_calls_its_own_are_its(nlp, text, trigger, label, name):
    a1, _ = _roles_of(nlp, text, trigger, label)
    assert a1 is not None and a1.name == name


# A claim told in a clause of what came before or after the sentence's act ("jets bombed the
# town, after the group said it carried out the shooting"): the claimant is the claim's actor,
# and the act's parties are not the claim's.
@pytest.mark.parametrize(("text", "trigger", "claimant", "not_party"), [
    ("Kenyan jets bombed camps near Jilib on Friday, after al-Shabaab said it carried out "
     "the attack on a hotel in Mogadishu.", "carried", "Al Shabaab", "Kenya"),
    ("Nigerian troops raided a forest hideout on Tuesday, a day after Boko Haram said it "
     "staged the assault on a school.", "staged", "Boko Haram", "Nigeria"),
    ("Israeli aircraft struck targets overnight, hours after Hezbollah said it fired rockets "
     "at a base.", "fired", "Hezbollah", "Israel"),
])
def test_a_claim_in_a_clause_of_time_is_the_claimants(nlp, text, trigger, claimant,
                                                      not_party):
    a1, a2 = _roles_of(nlp, text, trigger, "ATTRIB")
    assert a1 is not None and a1.name == claimant
    assert a2 is None or not_party not in a2.name


def test_an_acts_own_clause_of_time_keeps_its_victims(nlp):
    a1, a2 = _roles_of(nlp, "Two villagers died after gunmen opened fire on a bus near the "
                       "market.", "opened", "ATTACK")
    assert a1 is not None and a1.inter == 3
    assert a2 is not None and a2.inter == 7
