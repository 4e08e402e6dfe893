"""Who did it in a passive sentence ("a man was shot dead by police in lagos on monday"), in lower,
upper and ordinary case, and the classes of perpetrator words the category table names
(``data/actors_categories.tsv``), on sentences written for eventwire."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.actor_mentions import find_actor_mentions
from eventwire.actors import ActorExtractor
from eventwire.records import EventMention, Sentence
from eventwire.taxonomy import event_type


@pytest.fixture(scope="module")
def nlp():
    from eventwire.nlp import load_pipeline
    return load_pipeline()


@pytest.fixture(scope="module")
def truecaser():
    from eventwire.casing import Truecaser
    return Truecaser()


def _roles(nlp, truecaser, text, trigger, label):
    """actor1/actor2 as the pipeline reads them: a caseless line is given ordinary case first."""
    text = truecaser.restore(text)
    sentence = Sentence(text, 0, len(text))
    s = text.lower().index(trigger)
    mention = EventMention(event_type(label), text[s:s + len(trigger)], (s, s + len(trigger)),
                           sentence, 0.9)
    return ActorExtractor().actors(nlp(text), sentence, mention, text=text)


_CASES = (str.lower, str.upper, lambda s: s)

# (sentence, trigger, label, actor1's name begins, actor2's name begins)
_PASSIVES = [
    ("a man was shot dead by police in lagos on monday", "shot", "ATTACK",
     "Police Forces", "Civilians"),
    ("two students were killed by soldiers near the university on friday", "killed",
     "ATTACK", "Military Forces", "Civilians"),
    ("a trader was shot dead by security operatives at a checkpoint in the town", "shot",
     "ATTACK", "Military Forces", "Civilians"),
    ("the driver was beaten by a police inspector after an argument", "beaten", "ATTACK",
     "Police Forces", "Civilians"),
    ("a woman was killed by armed robbers in her home on sunday night", "killed", "ATTACK",
     "Unidentified Armed Group", "Civilians"),
    ("a pastor was abducted by kidnappers on the highway near the river", "abducted",
     "ABDUCT_DISSAP", "Unidentified Armed Group", "Civilians"),
    ("a farmer was hacked to death by suspected herders in the valley", "hacked",
     "ATTACK", "Communal Militia", "Civilians"),
    ("a vendor was beaten by thugs near the stadium", "beaten", "ATTACK",
     "Unidentified Armed Group", "Civilians"),
    ("two men were shot dead by hitmen in the border city", "shot", "ATTACK",
     "Unidentified Armed Group", "Civilians"),
    ("a prisoner was beaten to death by prison guards at the jail", "beaten", "ATTACK",
     "Police Forces", "Civilians"),
    ("a villager was killed by members of a local defence force", "killed", "ATTACK",
     "Communal Militia", "Civilians"),
    ("a suspected thief was lynched by a mob in the market", "lynched", "MOB_VIOL",
     "Rioters", "Civilians"),
    ("a police officer was shot dead by gunmen at a roadblock", "shot", "ATTACK",
     "Unidentified Armed Group", "Police Forces"),
    ("three worshippers were killed by unknown assailants in the mosque", "killed",
     "ATTACK", "Unidentified Armed Group", "Civilians"),
]


@pytest.mark.parametrize("case", _CASES, ids=["lower", "upper", "as-written"])
@pytest.mark.parametrize(("text", "trigger", "label", "actor1", "actor2"), _PASSIVES,
                         ids=[r[0][:30] for r in _PASSIVES])
def test_the_by_phrase_is_actor1_and_the_subject_actor2_in_any_case(
        nlp, truecaser, case, text, trigger, label, actor1, actor2):
    a1, a2 = _roles(nlp, truecaser, case(text), trigger, label)
    assert a1 is not None and a1.name.startswith(actor1)
    assert a2 is not None and a2.name.startswith(actor2)


# Hard negatives: the police as a place, a speaker or the victim; no agent; a thing as agent.
@pytest.mark.parametrize("case", _CASES, ids=["lower", "upper", "as-written"])
@pytest.mark.parametrize(("text", "trigger", "not_actor1"), [
    ("a man was shot dead near the police station in the city on monday", "shot",
     "Police Forces"),
    ("a man was shot dead in the city on monday, police said", "shot", "Police Forces"),
    ("a man was shot dead by gunmen, a police spokesman said", "shot", "Police Forces"),
    ("two soldiers were killed in an ambush on the road", "killed", "Military Forces"),
])
def test_who_is_no_agent_is_not_actor1(nlp, truecaser, case, text, trigger, not_actor1):
    a1, _ = _roles(nlp, truecaser, case(text), trigger, "ATTACK")
    assert a1 is None or not a1.name.startswith(not_actor1)


@pytest.mark.parametrize(("text", "trigger"), [
    ("a man was killed by a falling tree during the storm", "killed"),
    ("a boy was hurt by a stray dog in the park", "hurt"),
])
def test_a_thing_or_animal_is_no_perpetrator(nlp, truecaser, text, trigger):
    a1, _ = _roles(nlp, truecaser, text, trigger, "ATTACK")
    assert a1 is None


def test_a_police_officer_shot_by_a_man_is_the_victim(nlp, truecaser):
    a1, a2 = _roles(nlp, truecaser, "a police officer was shot by a man outside the bank",
                    "shot", "ATTACK")
    assert a2 is not None and a2.name.startswith("Police Forces")
    assert a1 is None or not a1.name.startswith("Police Forces")


# Classes of words the table reads: the forces by their ranks and services, armed criminals and
# gangs, community militias, crowds.
@pytest.mark.parametrize(("words", "name", "inter"), [
    ("police inspector", "Police Forces", 1), ("police constables", "Police Forces", 1),
    ("police operatives", "Police Forces", 1), ("detectives", "Police Forces", 1),
    ("prison guards", "Police Forces", 1), ("plainclothes officers", "Police Forces", 1),
    ("army officers", "Military Forces", 1), ("naval personnel", "Military Forces", 1),
    ("security operatives", "Military Forces", 1), ("intelligence agents", "Military Forces", 1),
    ("special forces", "Military Forces", 1),
    ("armed robbers", "Unidentified Armed Group", 3), ("kidnappers", "Unidentified Armed Group", 3),
    ("hitmen", "Unidentified Armed Group", 3), ("gang members", "Unidentified Armed Group", 3),
    ("cultists", "Unidentified Armed Group", 3), ("thugs", "Unidentified Armed Group", 3),
    ("pirates", "Unidentified Armed Group", 3), ("masked men", "Unidentified Armed Group", 3),
    ("unknown gunmen", "Unidentified Armed Group", 3),
    ("paramilitary forces", "Unidentified Armed Group", 3),
    ("mujahideen", "Rebel Group", 2), ("secessionists", "Rebel Group", 2),
    ("pastoralists", "Communal Militia", 4), ("cattle raiders", "Communal Militia", 4),
    ("self-defence groups", "Communal Militia", 4), ("clansmen", "Communal Militia", 4),
    ("irate youths", "Rioters", 5), ("angry villagers", "Rioters", 5),
])
def test_classes_of_perpetrator_words(words, name, inter):
    (m,) = find_actor_mentions(f"On Monday {words} were seen in the town.")
    assert (m.text, m.name, m.inter) == (words, name, inter)


@pytest.mark.parametrize("text", [
    "Travel agents said bookings were down.",
    "The gang plank of the ferry was raised.",
    "A woman was gang-raped in the town, the hospital said.",
    "Security guards at the mall checked bags.",
    "Prison reform was debated in parliament.",
])
def test_words_near_the_classes_that_name_no_armed_actor(text):
    assert not any(m.armed for m in find_actor_mentions(text))


# --------------------------------------------------------------------------- the aside check
# ``lists_passives_aside.jsonl``: 30 sentences written after the rules above were done (lists of
# victims, passive agents in three cases, perpetrator words, hard negatives) and not used to
# tune them: 27 of 30 right when first measured (2026-12-04, before any look at which failed;
# 13 of 30 on the code before them); below that is a regression. Expected values: a name's
# beginning, "" for no actor, null for not checked; ``victims`` the words of actor2 and of its
# associated actors, in order.
ASIDE = Path(__file__).with_name("lists_passives_aside.jsonl")
ASIDE_FLOOR = 0.9


def _matches(want, got) -> bool:
    if want is None:
        return True
    if want == "":
        return got is None
    return got is not None and got.name.startswith(want)


def _aside_right(nlp, truecaser, case) -> bool:
    a1, a2 = _roles(nlp, truecaser, case["text"], case["trigger"], case["label"])
    words = [] if a2 is None else [a2.text, *(o.text for o in a2.associated)]
    return _matches(case["a1"], a1) and _matches(case["a2"], a2) and (
        case["victims"] is None or words == case["victims"])


def test_aside_check(nlp, truecaser, capsys):
    cases = [json.loads(line) for line in ASIDE.read_text().splitlines() if line.strip()]
    right = sum(_aside_right(nlp, truecaser, c) for c in cases)
    with capsys.disabled():
        print(f"\nlists and passives aside: {right}/{len(cases)} = {right / len(cases):.3f}")
    assert right / len(cases) >= ASIDE_FLOOR


# One "by" phrase for coordinated passives ("were shot and killed by X"); not an active verb's
# partner ("stormed the post and were repelled by troops": the troops did not storm it).
_SHARED_AGENTS = [
    ("two nuns were shot and killed by guerrillas near the border", "shot", "ATTACK",
     "Rebel Group", "Civilians"),
    ("a farmer was beaten by bandits and robbed on the road to the market", "robbed",
     "ATTACK", "Unidentified Armed Group", "Civilians"),
    ("three traders were kidnapped and held for a week by pirates off the coast", "kidnapped",
     "ABDUCT_DISSAP", "Unidentified Armed Group", "Civilians"),
    ("the convoy was attacked and burned by militants near the pass", "attacked",
     "ARMED_CLASH", "Rebel Group", None),
]


@pytest.mark.parametrize("case", _CASES, ids=["lower", "upper", "as-written"])
@pytest.mark.parametrize(("text", "trigger", "label", "actor1", "actor2"), _SHARED_AGENTS,
                         ids=[r[0][:30] for r in _SHARED_AGENTS])
def test_coordinated_passives_share_their_by_phrase(
        nlp, truecaser, case, text, trigger, label, actor1, actor2):
    a1, a2 = _roles(nlp, truecaser, case(text), trigger, label)
    assert a1 is not None and a1.name.startswith(actor1)
    assert actor2 is None or a2 is not None and a2.name.startswith(actor2)


@pytest.mark.parametrize("case", _CASES, ids=["lower", "upper", "as-written"])
@pytest.mark.parametrize(("text", "trigger", "not_actor1"), [
    ("gunmen stormed the police post and were repelled by soldiers", "stormed",
     "Military Forces"),
    ("rebels attacked the town and were later driven out by the army", "attacked",
     "Military Forces"),
])
def test_an_active_verb_keeps_its_own_subject(nlp, truecaser, case, text, trigger,
                                               not_actor1):
    a1, _ = _roles(nlp, truecaser, case(text), trigger, "ARMED_CLASH")
    assert a1 is None or not a1.name.startswith(not_actor1)
