"""One mention per party, forces named by their posts, people harmed (actors/phrases.py), on
sentences written for eventwire."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from mention_builders import actor_roles

from eventwire.actor_mentions import find_actor_mentions
from eventwire.actors.phrases import (
    counted,
    facility_mentions,
    harmed_mentions,
    one_per_actor,
)
from eventwire.actors.table import bundled_table


@pytest.fixture(scope="module")
def nlp():
    from eventwire.nlp import load_pipeline
    return load_pipeline()


def _parties(text):
    return one_per_actor(text, find_actor_mentions(text), bundled_table())


@pytest.mark.parametrize(("text", "words", "name"), [
    ("Fighters from the Islamic State overran the outpost.", "Fighters", "Islamic State"),
    ("Gunmen from al-Shabaab stormed the hotel on Friday.", "Gunmen", "Al Shabaab"),
    ("Armed men believed to be members of Boko Haram burned the market.", "Armed men",
     "Boko Haram"),
    ("Gunmen suspected to be ELN guerrillas blew up the bridge.", "Gunmen",
     "National Liberation Army (Colombia)"),
    ("The attackers, members of the Taliban, fled into the hills.", "attackers", "Taliban"),
    ("Militants loyal to the Islamic State seized the port.", "Militants", "Islamic State"),
])
def test_words_that_stand_for_a_named_group_take_its_name(text, words, name):
    first = _parties(text)[0]
    assert (first.text, first.name) == (words, name)


@pytest.mark.parametrize("text", [
    "The army, the Taliban and tribal elders met in the valley.",      # a list, not a gloss
    "Soldiers from the north clashed with Boko Haram on Monday.",       # "from" a place
    "Gunmen attacked the village; Boko Haram denied any role.",
])
def test_neighbouring_names_stay_apart(text):
    first = _parties(text)[0]
    assert first.name in ("Military Forces", "Unidentified Armed Group")


@pytest.mark.parametrize(("text", "words"), [
    ("Islamist militants ambushed the convoy.", "Islamist militants"),
    ("PAKISTANI TALIBAN MILITANTS RAIDED THE POST.", "PAKISTANI TALIBAN MILITANTS"),
    ("Anti-Balaka fighters looted the market.", "Anti-Balaka fighters"),
    ("Hamas militants fired rockets overnight.", "Hamas militants"),
])
def test_one_party_is_one_mention(text, words):
    first = _parties(text)[0]
    assert first.text == words
    assert sum(1 for m in _parties(text) if m.start < len(words)) == 1


def test_a_named_group_keeps_its_name_over_a_generic_reading():
    first = _parties("Pakistani Taliban militants attacked the station.")[0]
    assert first.name == "Tehrik-i-Taliban Pakistan"


def test_the_word_lists_are_left_as_they_are():
    # the detector counts these: one_per_actor works on a copy, never the lists' reading
    text = "Islamist militants ambushed the convoy."
    assert [m.text for m in find_actor_mentions(text)] == ["Islamist", "militants"]


# ------------------------------------------------------------------------- posts of the state

@pytest.mark.parametrize(("text", "name"), [
    ("Gunmen attacked a checkpoint on the main road.", "Military Forces"),
    ("Insurgents overran a border post before dawn.", "Military Forces"),
    ("Rebels shelled a military base outside the town.", "Military Forces"),
    ("The militants ambushed a patrol in the hills.", "Military Forces"),
    ("A grenade was thrown at a gendarmerie post on Sunday.", "Police Forces"),
    ("Separatists set fire to a border checkpoint.", "Military Forces"),
    ("Bandits raided a Nigerien army post.", "Military Forces of Niger"),
])
def test_a_post_that_was_hit_names_the_forces(nlp, text, name):
    found = find_actor_mentions(text)
    posts = facility_mentions(nlp(text), text, found)
    parties = one_per_actor(text, found + posts, bundled_table())
    assert any(a.name == name and a.inter == 1 for a in parties), parties


@pytest.mark.parametrize("text", [
    "Two people were killed near a checkpoint on the main road.",      # where, not what
    "The bus stopped at a checkpoint before the bridge.",
    "Gunmen attacked a checkpoint of the Syrian Democratic Forces.",   # the SDF's own
    "Gunmen attacked an SDF checkpoint near the river.",
    "Villagers walked past the military base on their way home.",
])
def test_a_post_that_is_a_place_or_anothers_names_no_forces(nlp, text):
    found = find_actor_mentions(text)
    assert facility_mentions(nlp(text), text, found) == ()


# ------------------------------------------------------------------------------ people harmed

@pytest.mark.parametrize(("text", "phrase"), [
    ("Gunmen abducted 30 schoolgirls from their dormitory.", "30 schoolgirls"),
    ("The militia killed two bus drivers at the depot.", "two bus drivers"),
    ("Attackers killed six members of a family in their home.", "six members of a family"),
    ("Four nurses were kidnapped on the road to the clinic.", "Four nurses"),
    ("Gunmen took five engineers hostage at the plant.", "five engineers"),
    ("The rebels executed all five hostages.", "five hostages"),
    ("Militants killed dozens of villagers overnight.", "villagers"),     # the people counted
    ("Gunmen shot dead a police officer at the market.", "police officer"),
    ("Gunmen attacked the bus, killing at least 12 people.", "12 people"),
])
def test_whom_a_harming_verb_was_done_to_is_a_victim(nlp, text, phrase):
    harmed = harmed_mentions(nlp(text))
    assert [(h.text, h.inter) for h in harmed] == [(phrase, 7)]


@pytest.mark.parametrize("text", [
    "Troops shot down a drone over the border.",
    "The rebels took control of the town.",
    "Officials held talks with the elders.",
    "The storm injured nothing but the harvest's prospects, farmers joked.",
])
def test_objects_that_are_no_victims(nlp, text):
    harmed = harmed_mentions(nlp(text))
    assert all(h.text not in ("a drone", "control", "talks") for h in harmed)
    assert "drone" not in " ".join(h.text for h in harmed)


def test_a_named_victim_inside_the_phrase_keeps_its_name(nlp):
    text = "Rebels killed four SDF members near the dam."
    doc = nlp(text)
    parties = one_per_actor(text, find_actor_mentions(text) + harmed_mentions(doc),
                            bundled_table())
    victim = next(p for p in parties if "members" in p.text)
    assert (victim.text, victim.name) == ("four SDF members", "Syrian Democratic Forces")


@pytest.mark.parametrize(("text", "force"), [
    ("Militants opened fire on a police checkpoint in Kashmir, killing one officer.",
     "Police Forces"),
    ("Rebels ambushed an army convoy near the border, killing one officer.", "Military Forces"),
    # no force named, officers of someone named, or two forces: civilians as before
    ("Gunmen killed an officer outside his home in Lagos.", None),
    ("Gunmen killed two officers of a local charity near the army base.", None),
    ("Gunmen killed a customs officer near the police station.", None),
    ("Gunmen shot dead an off-duty officer near the police station.", None),
    ("Gunmen attacked soldiers and police at a checkpoint, killing one officer.", None),
])
def test_bare_officers_harmed_are_of_the_one_force_the_sentence_names(nlp, text, force):
    doc = nlp(text)
    harmed = [h for h in harmed_mentions(doc, find_actor_mentions(text))
              if "officer" in h.text]
    assert len(harmed) == 1
    if force is None:
        assert harmed[0].inter == 7
    else:
        assert harmed[0].name.startswith(force) and harmed[0].category == "state"


def test_a_harmed_phrase_stops_before_a_phrase_of_place(nlp):
    (h,) = harmed_mentions(nlp("Gunmen abducted the wife of a local politician from her home."))
    assert h.text == "wife of a local politician"


def _mention_of(nlp, text, words):
    start = text.index(words)
    return next(a for a in _parties(text) if a.start == start), nlp(text)


@pytest.mark.parametrize(("text", "words", "kept"), [
    ("The ambush left 14 soldiers and 2 nurses dead.", "soldiers", "14 soldiers"),
    ("Bandits seized eleven traders and their goods.", "traders", "eleven traders"),
    ("Riot police beat two dozen demonstrators near the court.", "demonstrators",
     "two dozen demonstrators"),
    ("Gunmen fired on at least 9 policemen at a roadblock.", "policemen", "9 policemen"),
    ("A drone hit some 30 fighters in the hills.", "fighters", "30 fighters"),
])
def test_a_category_keeps_the_count_written_before_it(nlp, text, words, kept):
    a, sent = _mention_of(nlp, text, words)
    got = counted(sent, a)
    assert got.text == kept and text[got.start:got.end] == kept
    assert (got.name, got.inter, got.end) == (a.name, a.inter, a.end)


@pytest.mark.parametrize(("text", "words"), [
    ("Soldiers shelled the village on 12 May.", "Soldiers"),                  # a date, later
    ("In 2019 soldiers shelled the village.", "soldiers"),                  # a year before
    ("The 2 a.m. raid by police ended at dawn.", "police"),                 # no count of them
    ("The policemen, 40 in all, were unhurt.", "policemen"),                # counted after
])
def test_a_number_that_does_not_count_the_people_is_left_out(nlp, text, words):
    a, sent = _mention_of(nlp, text, words)
    assert counted(sent, a) == a



# ``counts_aside.jsonl``: 12 sentences written after :func:`counted` was done and not used to
# tune it (``victims``: the words of actor2 and its associated actors, null for not checked):
# 11 of 11 right when first measured (2026-12-04; 8 of 11 on the code before it).
COUNTS_ASIDE = Path(__file__).with_name("counts_aside.jsonl")


def test_counts_aside_check(nlp, capsys):
    from eventwire.actors import ActorExtractor
    from eventwire.records import EventMention, Sentence
    from eventwire.taxonomy import event_type

    cases = [c for c in map(json.loads, COUNTS_ASIDE.read_text().splitlines())
             if c["victims"] is not None]
    right = 0
    for c in cases:
        text, trigger = c["text"], c["trigger"]
        sentence, at = Sentence(text, 0, len(text)), text.index(trigger)
        mention = EventMention(event_type(c["label"]), trigger, (at, at + len(trigger)),
                               sentence, 0.9)
        _, a2 = ActorExtractor().actors(nlp(text), sentence, mention)
        right += ([] if a2 is None else [a2.text, *(o.text for o in a2.associated)]) == c[
            "victims"]
    with capsys.disabled():
        print(f"\ncounts aside: {right}/{len(cases)}")
    assert right / len(cases) >= 0.9


def _roles(nlp, text, trigger, label, *, doc_text=None):
    return actor_roles(nlp, text, trigger, label, doc_text=doc_text)


# A named group's members with a word describing them between ("urban", "suicide"): one party,
# its words the whole phrase; the group's name alone otherwise.
@pytest.mark.parametrize(("text", "trigger", "words", "name"), [
    ("FMLN URBAN COMMANDOS ATTACKED A POLICE STATION WITH GRENADES.", "ATTACKED",
     "FMLN URBAN COMMANDOS", "Farabundo Marti National Liberation Front"),
    ("A Taliban suicide bomber blew himself up at the gate of the ministry.", "blew",
     "Taliban suicide bomber", "Taliban"),
    ("Boko Haram armed fighters raided the village at dawn.", "raided",
     "Boko Haram armed fighters", "Boko Haram"),
    ("Boko Haram raided the village and killed eight farmers.", "raided", "Boko Haram",
     "Boko Haram"),                                    # no members' word: the name
])
def test_a_groups_described_members_are_one_party(nlp, text, trigger, words, name):
    a1, _ = _roles(nlp, text, trigger, "ATTACK")
    assert a1 is not None and (a1.text, a1.name) == (words, name) and not a1.associated


# Armed men keep the words that describe them ("hired gunmen", "heavily armed men",
# "suspected bandits"), not a clause's word before them ("when") nor "dead".
@pytest.mark.parametrize(("text", "trigger", "label", "actor", "words"), [
    ("Several people were wounded when hired gunmen opened fire on the crowd.", "opened",
     "ATTACK", 1, "hired gunmen"),
    ("Heavily armed men forced the family out of the car and shot the driver.", "shot",
     "ATTACK", 1, "Heavily armed men"),
    ("The killing of two teachers by suspected bandits shocked the district.", "killing",
     "ATTACK", 1, "suspected bandits"),
    ("Troops shot dead 3 rebels during a search operation.", "shot", "ATTACK", 2,
     "3 rebels"),
    ("Police said they killed two armed robbers in a shootout.", "killed", "ATTACK", 2,
     "two armed robbers"),
])
def test_armed_men_keep_their_describing_words(nlp, text, trigger, label, actor, words):
    a1, a2 = _roles(nlp, text, trigger, label)
    got = a1 if actor == 1 else a2
    assert got is not None and got.text == words


# A party's word that makes a place of the phrase ("a rebel-held town") names no party; a
# hyphenated word of people is one word ("passers-by").
@pytest.mark.parametrize(("text", "trigger", "label", "a1", "a2_words"), [
    ("Artillery shells fired by government troops struck the market in the rebel-held "
     "town, killing six people.", "struck", "ART_MISS_ATTACK", "Military Forces",
     "six people"),
    ("Shelling hit a school in a government-controlled district, wounding four pupils.",
     "Shelling", "ART_MISS_ATTACK", None, "four pupils"),
    ("A car bomb killed three passers-by outside a bank.", "killed", "REM_EXPLOS", None,
     "three passers-by"),
])
def test_place_words_and_hyphenated_people(nlp, text, trigger, label, a1, a2_words):
    got1, got2 = _roles(nlp, text, trigger, label)
    assert (got1.name if got1 else None) == a1
    assert got2 is not None and got2.text == a2_words


# A post or station hit names its forces by the place's words (what the record says was hit);
# not forces on the move that act ("an army patrol killed ...") nor a place where it happened.
@pytest.mark.parametrize(("text", "trigger", "label", "role", "words", "name"), [
    ("A bomb planted by dissidents damaged a police station in the town.", "damaged",
     "REM_EXPLOS", 2, "police station", "Police Forces"),
    ("Rebels attacked a military base in the north overnight.", "attacked", "ARMED_CLASH", 2,
     "military base", "Military Forces"),
    ("An army patrol killed two suspected militants near the border.", "killed",
     "ARMED_CLASH", 1, "army", "Military Forces"),
    ("Militants stormed a checkpoint, killing four policemen.", "stormed", "ARMED_CLASH", 2,
     "four policemen", "Police Forces"),           # the post's people, when its forces
])
def test_a_post_hit_names_its_forces_by_its_words(nlp, text, trigger, label, role, words,
                                                   name):
    got = _roles(nlp, text, trigger, label)[role - 1]
    assert got is not None and (got.text, got.name) == (words, name)


# Whom an arrest or detention was done to is a party even when no word list names them.
@pytest.mark.parametrize(("text", "words"), [
    ("Troops detained the village headman after the attack, residents said.",
     "village headman"),
    ("POLICE ARRESTED THREE SUSPECTED MILITANTS IN A RAID ON A HIDEOUT.",
     "THREE SUSPECTED MILITANTS"),
    ("soldiers arrested a lawyer and two journalists at a checkpoint.", "lawyer"),
])
def test_whom_an_arrest_took_is_actor2(nlp, text, words):
    trigger = next(w for w in ("detained", "ARRESTED", "arrested") if w in text)
    _, a2 = _roles(nlp, text, trigger, "ARREST")
    assert a2 is not None and a2.text == words


# Whom a harm was done to is its victim: not a "suspected" party the sentence blames ("suspected
# jihadists killed 15 villagers"), and the noun a participle of harm qualifies ("the bodies of
# three fishermen abducted by pirates").
@pytest.mark.parametrize(("text", "trigger", "label", "a1", "a2_words"), [
    ("SUSPECTED JIHADISTS KILLED 15 VILLAGERS IN AN ATTACK ON THE VILLAGE, THE ARMY SAID.",
     "KILLED", "ATTACK", "Rebel Group", "15 VILLAGERS"),
    ("suspected rebels wounded two traders on the road to the market.", "wounded", "ATTACK",
     "Rebel Group", "two traders"),
    ("The bodies of three fishermen abducted by pirates last week were found on a beach.",
     "abducted", "ABDUCT_DISSAP", "Unidentified Armed Group", "three fishermen"),
    ("Three teachers kidnapped by gunmen in May were freed on Sunday.", "kidnapped",
     "ABDUCT_DISSAP", "Unidentified Armed Group", "Three teachers"),
])
def test_whom_a_harm_was_done_to_is_its_victim(nlp, text, trigger, label, a1, a2_words):
    got1, got2 = _roles(nlp, text, trigger, label)
    assert got1 is not None and got1.name == a1
    assert got2 is not None and got2.text == a2_words


def test_a_suspect_the_sentence_blames_is_still_no_victim(nlp):
    text = "A bomb exploded at the market; police suspected the rebels of the northern front."
    _, a2 = _roles(nlp, text, "exploded", "REM_EXPLOS")
    assert a2 is None or a2.name != "Rebel Group"


# An armed group's word and its members' word side by side are one party ("militia
# fighters"); two parties side by side stay two ("soldiers, rebels").
@pytest.mark.parametrize(("text", "trigger", "words", "name"), [
    ("militia fighters attacked a camp for displaced people, killing 12 people.", "attacked",
     "militia fighters", "Unidentified Armed Group"),
    ("MILITIA MEMBERS BURNED THE VILLAGE OF KORO, RESIDENTS SAID.", "BURNED",
     "MILITIA MEMBERS", "Unidentified Armed Group"),
])
def test_a_group_word_and_its_members_word_are_one_party(nlp, text, trigger, words, name):
    a1, _ = _roles(nlp, text, trigger, "ATTACK")
    assert a1 is not None and (a1.text, a1.name) == (words, name) and not a1.associated


def test_the_people_killed_at_a_post_where_a_bomber_struck_are_actor2(nlp):
    text = "A suicide bomber blew himself up at a police academy, killing nine recruits."
    _, a2 = _roles(nlp, text, "blew", "SUIC_BOMB")
    assert a2 is not None and a2.text == "nine recruits"


def test_people_a_harm_participle_qualifies_before_them_are_harmed(nlp):
    text = "Troops rescued three kidnapped aid workers in a raid on a camp."
    _, a2 = _roles(nlp, text, "rescued", "ABDUCT_DISSAP")
    assert a2 is not None and a2.text == "three kidnapped aid workers"


@pytest.mark.parametrize(("text", "place"), [
    # a name the text gives a place is no party, whatever the recognizer tags it
    ("Since August, a militia backed by the army has captured the villages of Sandab and "
     "Ragayan south of the town.", "Sandab"),
    ("Rebels seized the town of Ansongo on Sunday.", "Ansongo"),
    ("Troops retook the districts of Tessit, Bourem and Ber in October.", "Bourem"),
])
def test_a_place_named_by_its_kind_is_no_party(nlp, text, place):
    trigger = next(w for w in ("captured", "seized", "retook") if w in text)
    a1, a2 = actor_roles(nlp, text, trigger, "NON_STATE_ACTOR_OVERTAKES_TER")
    assert all(a is None or place not in a.text for a in (a1, a2))
