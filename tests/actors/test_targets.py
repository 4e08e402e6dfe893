"""Physical targets (actors/targets.py): the buildings, facilities and vehicles an act hit, never
an actor; on sentences written for eventwire, with facilities that were not hit."""

from __future__ import annotations

import pytest

from eventwire.actors import ActorExtractor
from eventwire.actors.targets import event_targets, facility_kind, physical_targets
from eventwire.records import EventMention, Sentence
from eventwire.taxonomy import event_type


@pytest.fixture(scope="module")
def nlp():
    from eventwire.nlp import load_pipeline
    return load_pipeline()


def _words(nlp, text):
    return [t.text for t in physical_targets(nlp(text))]


def test_the_word_list_gives_a_kind_to_singular_and_plural_heads():
    assert facility_kind("Clinic") == facility_kind("clinics") == "health facility"
    assert facility_kind("mosques") == "place of worship" and facility_kind("bus") == "vehicle"
    assert facility_kind("director") is None and facility_kind("schoolgirls") is None


@pytest.mark.parametrize(("text", "targets"), [
    ("Armed men hit a primary school and a clinic outside the town on Tuesday.",
     ["primary school", "clinic"]),                                     # a list of objects
    ("Artillery fire struck the district hospital before dawn.", ["district hospital"]),
    ("A church was torched by a mob in the night.", ["church"]),           # passive subject
    ("Several shops were looted and burned during the unrest.", ["shops"]),
    ("The raiders set fire to two granaries and a warehouse.", ["granaries", "warehouse"]),
    ("Assailants set the parish hall on fire.", ["parish hall"]),
    ("Gunmen opened fire on a minibus on the coast road.", ["minibus"]),   # aimed at
    ("Youths hurled petrol bombs at the electoral commission offices.", ["electoral commission offices"]),
    ("A device exploded inside a packed nightclub.", ["nightclub"]),      # not "packed"
    ("The attacker detonated his vest at a Sufi shrine.", ["Sufi shrine"]),
    ("An explosion outside a courthouse killed a guard.", ["courthouse"]),
    ("Militants planted a bomb under a railway bridge.", ["railway bridge"]),
    ("The rocket attack on the airport closed the runway.", ["airport"]),  # nominal act
    ("The shelling caused damage to a water reservoir.", ["water reservoir"]),
    ("Their patrol boat came under fire from the shore.", ["patrol boat"]),
    ("An army truck hit a landmine on the road to the border.", ["army truck"]),
    ("Insurgents overran a remote outpost and seized its armory.", ["outpost", "armory"]),  # "remote": how, not which
])
def test_what_an_act_hit_is_a_target(nlp, text, targets):
    assert _words(nlp, text) == targets


@pytest.mark.parametrize("text", [
    "The school board condemned the killings on Monday.",             # "school" qualifies
    "The hospital said it had treated twenty people for burns.",      # who speaks
    "Hospital officials said nine people were wounded in the attack.",
    "The clinic's director was killed by gunmen on his way home.",    # the director: a victim
    "The wounded were taken to a hospital in the capital.",           # where they went
    "Gunmen shot a shopkeeper in front of his children near the mosque.",   # only where
    "The ministry announced an inquiry into the bombing.",
    "Residents fled to a church after the fighting.",
    "The army opened a new school in the district.",                   # no violence
    "Police found a bomb near the school and made it safe.",
])
def test_a_facility_that_was_not_hit_is_no_target(nlp, text):
    assert _words(nlp, text) == []


def test_a_target_is_no_actor(nlp):
    text = "Armed men hit a primary school and a clinic outside the town on Tuesday."
    sentence = Sentence(text, 0, len(text))
    s = text.index("hit")
    mention = EventMention(event_type("ATTACK"), "hit", (s, s + 3), sentence, 0.9)
    a1, a2 = ActorExtractor().actors(nlp(text), sentence, mention)
    assert a1 is not None and a1.text == "Armed men" and a2 is None


@pytest.mark.parametrize(("text", "trigger", "label", "victim"), [
    ("Gunmen killed the clinic's director on Monday.", "killed", "ATTACK", "director"),
    ("A chapel was bombed at dawn, killing 12 worshippers.", "bombed", "REM_EXPLOS",
     "12 worshippers"),
    ("Raiders torched a school and killed two guards.", "killed", "ATTACK", "two guards"),
])
def test_the_people_at_a_facility_are_the_victims_not_the_facility(nlp, text, trigger, label,
                                                                  victim):
    sentence = Sentence(text, 0, len(text))
    s = text.index(trigger)
    mention = EventMention(event_type(label), trigger, (s, s + len(trigger)), sentence, 0.9)
    _, a2 = ActorExtractor().actors(nlp(text), sentence, mention)
    assert a2 is not None and a2.text.endswith(victim) and a2.inter == 7


def test_an_events_targets_are_its_own_in_document_offsets(nlp):
    text = "Police said gunmen stormed a bank, while a market burned in another town."
    doc = nlp(text)
    stormed = next(t for t in doc if t.text == "stormed")
    assert [t.text for t in event_targets(doc, stormed)] == ["bank"]
    assert [t.text for t in physical_targets(doc)] == ["bank", "market"]
    sentence = Sentence(text, 40, 40 + len(text))
    s = 40 + text.index("stormed")
    mention = EventMention(event_type("ATTACK"), "stormed", (s, s + 7), sentence, 0.9)
    [bank] = ActorExtractor().targets(doc, sentence, mention)
    assert bank.kind == "business" and bank.span == (40 + text.index("bank"),
                                                      40 + text.index("bank") + 4)


def _mention(text, trigger, label, offset=0):
    sentence = Sentence(text, offset, offset + len(text))
    s = offset + text.index(trigger)
    return sentence, EventMention(event_type(label), trigger, (s, s + len(trigger)), sentence,
                                  0.9)


@pytest.mark.parametrize(("text", "trigger", "label", "targets"), [
    # the detector's word governs nothing hit: the sentence's targets
    ("Saboteurs dynamited a gas pipeline overnight, causing a huge leak.", "leak",
     "MAN_MADE_DISASTER", ["gas pipeline"]),
    ("A little-known cell claimed responsibility for the bombing of an electricity substation.",
     "claimed", "ATTRIB", ["electricity substation"]),
    # its own act hit something: only that ("while a market burned": not this event's)
    ("Police said gunmen stormed a bank, while a market burned in another town.", "stormed",
     "ATTACK", ["bank"]),
    # nothing in the sentence was hit
    ("Gunmen killed two farmers near the mosque on Sunday.", "killed", "ATTACK", []),
])
def test_each_event_of_a_sentence_has_its_targets(nlp, text, trigger, label, targets):
    sentence, mention = _mention(text, trigger, label, offset=100)
    [found] = ActorExtractor().sentence_targets(nlp(text), sentence, [mention])
    assert [t.text for t in found] == targets
    assert all(text[t.span[0] - 100:t.span[1] - 100] == t.text for t in found)


def test_an_event_that_hit_nothing_takes_no_other_events_targets(nlp):
    text = "Rebels shelled a police station, killing three officers, and looted a warehouse."
    doc = nlp(text)
    sentence, shelled = _mention(text, "shelled", "ART_MISS_ATTACK")
    _, killing = _mention(text, "killing", "ATTACK")
    own, other = ActorExtractor().sentence_targets(doc, sentence, [shelled, killing])
    assert [t.text for t in own] == ["police station", "warehouse"]
    assert [t.text for t in other] == []
