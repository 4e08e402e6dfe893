"""Lists in one role (actors/lists.py): every victim of "killed a teacher, two farmers and a police
officer" is kept, the first or most specific as actor2 and the others as its associated actors,
on sentences written for eventwire."""

from __future__ import annotations

import pytest

from eventwire.actors import ActorExtractor
from eventwire.actors.lists import is_list_apposition, list_members
from eventwire.records import Actor, EventMention, Sentence
from eventwire.taxonomy import event_type


@pytest.fixture(scope="module")
def nlp():
    from eventwire.nlp import load_pipeline
    return load_pipeline()


def _roles(nlp, text, trigger, label="ATTACK"):
    sentence = Sentence(text, 0, len(text))
    s = text.index(trigger)
    mention = EventMention(event_type(label), trigger, (s, s + len(trigger)), sentence, 0.9)
    return ActorExtractor().actors(nlp(text), sentence, mention, text=text)


def _words(a: Actor | None) -> list[str]:
    return [] if a is None else [a.text, *(o.text for o in a.associated)]


@pytest.mark.parametrize(("text", "trigger", "label", "victims"), [
    ("Gunmen killed a teacher, two farmers and a police officer in the village.", "killed",
     "ATTACK", ["teacher", "two farmers", "police officer"]),
    ("Bandits abducted a pastor and his wife on the highway.", "abducted", "ABDUCT_DISSAP",
     ["pastor", "his wife"]),
    ("Militants shot dead a judge, a prosecutor and their driver in the city.", "shot",
     "ATTACK", ["judge", "prosecutor", "their driver"]),
    ("Rebels ambushed a convoy and killed four soldiers and a nurse.", "killed", "ATTACK",
     ["four soldiers", "nurse"]),
    ("The explosion wounded a guard and two cleaners at the ministry.", "explosion",
     "REM_EXPLOS", ["guard", "two cleaners"]),
    ("A roadside bomb killed a soldier, an interpreter and a local guide.", "bomb",
     "REM_EXPLOS", ["soldier", "interpreter", "local guide"]),
    ("Security forces detained a lawyer and two journalists at the airport.", "detained",
     "ARREST", ["lawyer", "two journalists"]),
    ("Insurgents killed 11 policemen and 4 civilians near the market.", "killed", "ATTACK",
     ["11 policemen", "4 civilians"]),                  # word-list categories keep counts
    ("Police fired tear gas at protesters and journalists outside parliament.",
     "fired tear gas", "FORCE_AGAINST_PROTEST", ["protesters", "journalists"]),
    ("The mob lynched a suspected thief and his accomplice in the market.", "lynched",
     "MOB_VIOL", ["suspected thief", "his accomplice"]),
])
def test_every_victim_of_a_list_is_kept(nlp, text, trigger, label, victims):
    _, a2 = _roles(nlp, text, trigger, label)
    assert _words(a2) == victims


@pytest.mark.parametrize(("text", "trigger", "label", "names"), [
    ("Rebels attacked a police post and an army base near the border.", "attacked",
     "ARMED_CLASH", ["Police Forces", "Military Forces"]),
    ("Insurgents attacked an army patrol and a police checkpoint on the highway.", "attacked",
     "ARMED_CLASH", ["Military Forces", "Police Forces"]),
    ("The army clashed with rebels and bandits in the hills.", "clashed", "ARMED_CLASH",
     ["Rebel Group", "Unidentified Armed Group"]),
])
def test_forces_hit_together_are_all_kept(nlp, text, trigger, label, names):
    _, a2 = _roles(nlp, text, trigger, label)
    assert a2 is not None and [a2.name, *(o.name for o in a2.associated)] == names


def test_a_named_person_on_the_list_is_actor2(nlp):
    _, a2 = _roles(nlp, "Rebels killed a soldier and Colonel Juan Perez near the bridge.",
                   "killed")
    assert a2.name == "Juan Perez" and [o.text for o in a2.associated] == ["soldier"]


def test_associated_spans_are_the_words_in_the_document(nlp):
    text = "Gunmen killed a teacher, two farmers and a police officer in the village."
    doc_text = "Police said on Monday. " + text
    start = doc_text.index(text)
    sentence = Sentence(text, start, start + len(text))
    s = doc_text.index("killed")
    mention = EventMention(event_type("ATTACK"), "killed", (s, s + 6), sentence, 0.9)
    _, a2 = ActorExtractor().actors(nlp(text), sentence, mention, text=doc_text)
    for o in a2.associated:
        assert doc_text[o.span[0]:o.span[1]] == o.text


# Hard negatives: an apposition that names, an arrest after the harm, a subject pair, the
# speaker, things that are no party.
@pytest.mark.parametrize(("text", "trigger", "label", "victims"), [
    ("Gunmen killed a trade unionist, Maria Gomez, outside her office.", "killed", "ATTACK",
     ["Maria Gomez"]),                                    # one person, named
    ("Soldiers killed three militants and arrested two others in the forest.", "killed",
     "ATTACK", ["three militants"]),                      # an arrest harms nobody
    ("Troops and police killed two suspected rebels in the district.", "killed", "ATTACK",
     ["two suspected rebels"]),                           # who acted together is no victim
    ("Boko Haram fighters killed nine farmers, a local official said.", "killed", "ATTACK",
     ["nine farmers"]),                                   # the speaker is no victim
    ("Gunmen killed a villager, his wife, who was pregnant, said the chief.", "killed",
     "ATTACK", ["villager"]),
    ("Jets struck a market and a mosque in the town.", "struck", "AIR_STRIKE", []),
])
def test_what_is_no_list_of_victims_adds_nobody(nlp, text, trigger, label, victims):
    _, a2 = _roles(nlp, text, trigger, label)
    assert _words(a2) == victims


@pytest.mark.parametrize(("text", "trigger", "label"), [
    ("Protesters and police clashed in the capital.", "clashed", "VIOL_DEMONSTR"),
    ("Soldiers and police raided the village on Monday.", "raided", "ATTACK"),
    ("The army clashed with rebels and soldiers loyal to the general.", "clashed",
     "ARMED_CLASH"),
])
def test_the_one_who_acted_is_never_on_the_victims_list(nlp, text, trigger, label):
    a1, a2 = _roles(nlp, text, trigger, label)
    for o in ([] if a2 is None else [a2, *a2.associated]):
        assert a1 is None or (o.name != a1.name and o.span != a1.span)


def test_list_members_follow_conjuncts_and_list_appositions(nlp):
    doc = nlp("Gunmen killed a teacher, two farmers and a police officer in the village.")
    teacher = next(t for t in doc if t.text == "teacher")
    assert [t.text for t in list_members(teacher)] == ["teacher", "farmers", "officer"]
    named = nlp("Gunmen killed a trade unionist, Maria Gomez, on Monday.")
    assert not any(is_list_apposition(t) for t in named)
    verbs = nlp("Militants killed two soldiers and wounded three civilians.")
    soldiers = next(t for t in verbs if t.text == "soldiers")
    assert [t.text for t in list_members(soldiers)] == ["soldiers"]


@pytest.mark.parametrize(("text", "trigger", "victim"), [
    ("Gunmen killed a man, wounding his wife.", "killed", "man"),
    ("Gunmen killed a farmer and his son, and wounded his wife.", "killed", "farmer"),
    ("Bandits abducted a trader, injuring two passengers.", "abducted", "trader"),
])
def test_a_second_harm_does_not_take_the_first_victims_place(nlp, text, trigger, victim):
    _, a2 = _roles(nlp, text, trigger)
    assert a2 is not None and a2.text == victim


@pytest.mark.parametrize(("text", "trigger", "victims"), [
    ("Militants attacked a police post, killing five policemen.", "attacked",
     "five policemen"),                              # the place hit: its people are the victims
    ("Rebels shelled an army camp that killed seven soldiers on Monday.", "shelled",
     "seven soldiers"),
])
def test_the_people_harmed_at_a_place_hit_still_replace_it(nlp, text, trigger, victims):
    _, a2 = _roles(nlp, text, trigger)
    assert a2 is not None and a2.text == victims


@pytest.mark.parametrize(("text", "trigger", "label", "partners"), [
    ("Troops and police killed two suspected rebels in the district.", "killed", "ATTACK",
     ["police"]),
    ("Soldiers and militiamen loyal to the government attacked the village.", "attacked",
     "ATTACK", ["militiamen"]),
    ("Police and soldiers fired tear gas at protesters in the square.", "fired tear gas",
     "FORCE_AGAINST_PROTEST", ["soldiers"]),
])
def test_who_acted_together_are_actor1s_associated_actors(nlp, text, trigger, label,
                                                            partners):
    a1, a2 = _roles(nlp, text, trigger, label)
    assert a1 is not None and [o.text for o in a1.associated] == partners
    assert a2 is None or all(o.name != a2.name for o in a1.associated)


@pytest.mark.parametrize(("text", "trigger", "label"), [
    ("The army and the rebels signed a truce on Monday.", "signed", "AGREEMENT"),
    ("Rebels and soldiers clashed near the border.", "clashed", "ARMED_CLASH"),
    ("Protesters and police clashed in the capital.", "clashed", "VIOL_DEMONSTR"),
    ("Gunmen and their accomplices abducted a priest.", "abducted", "ABDUCT_DISSAP"),
    ("The army, backed by militias, retook the town.", "retook", "ARMED_CLASH"),
])
def test_two_sides_or_one_party_have_no_partners(nlp, text, trigger, label):
    a1, _ = _roles(nlp, text, trigger, label)
    assert a1 is None or a1.associated == ()


@pytest.mark.parametrize(("text", "victim"), [
    ("Gunmen killed a community leader, Ana Ruiz, in the market.", "Ana Ruiz"),
    ("Gunmen shot dead a student activist, Tomas Varga, near the campus.", "Tomas Varga"),
])
def test_the_name_in_apposition_is_the_victim_whatever_the_words_before(nlp, text, victim):
    _, a2 = _roles(nlp, text, "killed" if "killed" in text else "shot")
    assert a2 is not None and a2.text == victim and a2.associated == ()


@pytest.mark.parametrize(("text", "trigger", "victims"), [
    ("Militants killed two soldiers and wounded three civilians in the town.", "killed",
     ["two soldiers", "three civilians"]),
    ("Gunmen killed a farmer and his son, and wounded his wife.", "killed",
     ["farmer", "his son", "his wife"]),
    ("Gunmen shot a police officer, killing two civilians.", "shot",
     ["police officer", "two civilians"]),
])
def test_people_a_further_harm_names_are_victims_too(nlp, text, trigger, victims):
    _, a2 = _roles(nlp, text, trigger)
    assert _words(a2) == victims


# A count with no noun after the act ("..., injuring dozens") counts the people named, no new
# party on the list.
@pytest.mark.parametrize(("text", "trigger", "label"), [
    ("Riot police fired rubber bullets at hundreds of demonstrators outside parliament, "
     "injuring dozens.", "fired", "FORCE_AGAINST_PROTEST"),
    ("SOLDIERS OPENED FIRE ON VILLAGERS AT THE MARKET, KILLING SEVERAL.", "OPENED", "ATTACK"),
])
def test_a_bare_count_after_the_act_adds_no_party(nlp, text, trigger, label):
    from eventwire.actors import ActorExtractor
    from eventwire.records import EventMention, Sentence
    from eventwire.taxonomy import event_type
    sentence, s = Sentence(text, 0, len(text)), text.index(trigger)
    mention = EventMention(event_type(label), trigger, (s, s + len(trigger)), sentence, 0.9)
    _, a2 = ActorExtractor().actors(nlp(text), sentence, mention, text=text)
    assert a2 is not None and not any(o.text.lower() in ("dozens", "several")
                                      for o in a2.associated)
