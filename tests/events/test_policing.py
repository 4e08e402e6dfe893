"""Ordinary policing read from the parse (events/policing.py): police force on a person, and
how an article's arrests and force become its events.

Sentences written for these tests, in ordinary case and in lower case as local feeds give
them, hard negatives included: police shot or killed by others, civilians shooting with
police only reporting it, warning shots, a police car in a crash, private guards, an officer
charged or described for an old shooting, statistics, force denied or planned, targeted
killings by a policeman, and crowds.
"""

from __future__ import annotations

import pytest

from eventwire.events.policing import (
    ARREST_MADE_CONFIDENCE,
    killed_by,
    FORCE_LABEL,
    POLICE_FORCE_CONFIDENCE,
    POLICE_FORCE_WORDS,
    REPLACES,
    may_police,
    police_actions,
    police_did,
    police_force,
    police_toll,
)
from eventwire.events.realis import realis
from eventwire.lexicon import word_regex
from eventwire.records import Count, Counts, EventMention, Sentence
from eventwire.taxonomy import LABELS, event_type

FORCE = [
    "Officers shot a man who came at them with a knife outside a takeaway on Friday.",
    "a man was shot by a police officer in the harbour district on sunday night",
    "a state trooper shot and killed a 40-year-old man during a traffic stop near elmwood",
    "an officer fired at a suspect who ran from a stolen van, police said.",
    "police opened fire on a car that drove through a roadblock near the bypass",
    "A woman was tasered by police after she threatened shop staff with a bottle.",
    "officers used pepper spray on a man who became violent in a pub on market street",
    "two officers punched and kicked a man who was lying on the pavement",
    "Officers fatally shot a man armed with an axe in a car park on Tuesday.",
    "the suspect was shot and wounded by officers during a chase through the estate",
    "a teenager was bitten by a police dog as officers chased him across a field",
    "one officer fired twice, hitting him in the leg",
    "the officers shot back and the gunman fled on foot",
    "officers who arrived at the farm exchanged fire with the man",
    "police returned fire, wounding the driver",
    "a deputy used a stun gun on a man who refused to leave the courthouse",
    "a man was tased and arrested outside a bar in the old town, police said",
    "Police beat a street vendor with batons in front of shoppers on Monday.",
    "two officers were filmed kicking a man who was lying handcuffed on the ground",
    "A constable was seen punching a teenager outside the station.",
    "an officer tackled a man to the ground and choked him outside a shop",
    "the teenager was slammed against a car by two officers",
    "a suspected robber was killed and two others were arrested when police raided a flat",
    "an armed man who held a cashier hostage was killed when officers stormed the shop",
]

NOT_FORCE = [
    # the police are the victims
    "a police officer was shot dead by a gunman in the town centre on friday",
    "A gunman opened fire on two officers at a petrol station, wounding one.",
    "officers were shot at by a man on a motorbike",
    "a gunman killed a trooper during a traffic stop on the interstate",
    # others did it, police reporting or hunting
    "police said a man shot his neighbour after a row over a fence",
    "Police are looking for a man who stabbed a shopkeeper on Monday.",
    "a security guard shot a robber at a jewellery shop, police said",
    "a bouncer punched a customer outside the club, officers said",
    "a gunman shot two people in a bar before fleeing, police said",
    # no one aimed at, no force
    "officers fired warning shots into the air to disperse the onlookers",
    "a police car hit a cyclist at a junction in the town centre",
    "officers used a battering ram on the door of the flat",
    "the officer fired his weapon, police said",
    # not done, or not the news
    "police did not fire at the car, the chief said",
    "officers will use tasers on violent suspects under the new rules",
    "the officer who shot a teenager in 2019 was charged with manslaughter on tuesday",
    "an officer was charged on monday over shooting a man during a raid last year",
    "police have shot dead 14 people in the city this year, a report said",
    "Police officers were accused of beating a prisoner in a cell.",
    "a constable was cleared of punching a boy during an arrest",
    "a man was filmed kicking a police officer outside a pub",
    # a policeman who kills a public figure: a targeted attack, not policing
    "a policeman shot the ambassador at an art exhibition",
    # killed in an operation, but no suspect named dead, or no police operation
    "a hostage was killed when police stormed the building",
    "an officer was killed when police raided a house in the north of the city",
    "a suspected burglar was killed when a car hit him as he fled",
    # a passive's agent is not its conjunct's doer
    "a farmer shot a fox that had killed his hens and was questioned by police",
    "a man punched a bus driver and was later arrested by officers",
    "officers dragged a burning car away from the houses",
    "a defender tackled the striker in the penalty area, the referee said",
    # soldiers: a battle, read elsewhere
    "soldiers killed five militants in a raid on a hideout",
]


@pytest.mark.parametrize("sentence", FORCE)
def test_police_force_read(parse, sentence):
    assert police_force(parse(sentence), realis) is not None
    assert may_police(frozenset(t.lower_ for t in parse(sentence)))


@pytest.mark.parametrize("sentence", NOT_FORCE)
def test_no_police_force(parse, sentence):
    assert police_force(parse(sentence), realis) is None


@pytest.mark.parametrize("sentence", [
    "two officers punched a man lying on the ground",
    "a man was tasered after he threatened staff",
    "officers used pepper spray on a woman at the station",
    "one officer fired twice, hitting him in the leg",
    "the officers shot back",
])
def test_candidate_words(sentence):
    """Sentences the detector's cue words may not name pass its filter with these words."""
    assert word_regex(POLICE_FORCE_WORDS).search(sentence)


def _mention(sentence: Sentence, label: str, word: str, confidence: float = 0.1,
             with_crime: float = 0.2, scope: str = "crime") -> EventMention:
    at = sentence.text.index(word)
    span = (sentence.start + at, sentence.start + at + len(word))
    return EventMention(event_type(label), word, span, sentence, confidence, scope,
                        confidence_with_crime=with_crime)


def _read(parse, text: str, *labels: tuple[str, str, float]) -> tuple[EventMention, ...]:
    sentence = Sentence(text, 100, 100 + len(text))
    ms = tuple(_mention(sentence, label, word, conf) for label, word, conf in labels)
    return police_actions([ms], [parse(text)], [sentence])[0]


def test_force_replaces_a_doubted_mistyped_event(parse):
    text = "police fired on a car that failed to stop at a checkpoint, wounding the driver"
    out = _read(parse, text, ("HQ_ESTABLISHED", "checkpoint", 0.8))
    assert [m.type.label for m in out] == [FORCE_LABEL]
    m = out[0]
    assert m.trigger == "fired" and m.confidence == 0.8    # in scope: as the model said
    assert m.confidence_with_crime == POLICE_FORCE_CONFIDENCE
    assert text[m.trigger_span[0] - 100:m.trigger_span[1] - 100] == "fired"


def test_force_read_beside_an_arrest(parse):
    out = _read(parse, "a man was tasered and arrested after he threatened staff, police said",
                ("ARREST", "arrested", 0.02))
    assert [m.type.label for m in out] == ["ARREST", FORCE_LABEL]
    force = out[1]
    assert force.confidence == 0.0 and force.scope == "crime"   # never kept without crime
    assert force.confidence_with_crime == POLICE_FORCE_CONFIDENCE


def test_force_where_the_model_read_nothing(parse):
    out = _read(parse, "two officers punched and kicked a man lying on the ground")
    assert [(m.type.label, m.trigger, m.scope) for m in out] == [(FORCE_LABEL, "punched",
                                                                   "crime")]


def test_a_sure_act_of_violence_stays(parse):
    """The model's own sure reading of violence stands (a battle, an attack it types)."""
    out = _read(parse, "officers shot a man who came at them with a knife",
                ("ATTACK", "shot", 0.9))
    assert len(out) == 1 and out[0].confidence_with_crime == 0.2


def test_force_on_a_protest_is_the_crowd_rules(parse):
    out = _read(parse, "police fired rubber bullets at farmers who blocked the bridge",
                ("PROTEST_WITH_INTER", "blocked", 0.9))
    assert [m.type.label for m in out] == ["PROTEST_WITH_INTER"]


def test_force_on_a_riot_is_read_beside_it(parse):
    out = _read(parse, "police fired tear gas at youths who threw stones at the station",
                ("VIOL_DEMONSTR", "threw", 0.9))
    assert [(m.type.label, m.scope) for m in out] == [("VIOL_DEMONSTR", "crime"),
                                                       (FORCE_LABEL, "crime")]
    assert out[1].confidence == 0.0


def test_no_force_no_change(parse):
    out = _read(parse, "a gunman shot two people in a bar, police said", ("ATTACK", "shot", 0.4))
    assert out[0].type.label == "ATTACK" and out[0].confidence_with_crime == 0.2


@pytest.mark.parametrize("text", [
    "a driver who led officers on a chase was arrested after his car ran out of fuel",
    "a former teacher has been arrested over the theft of school funds, police said",
    "officers detained two men outside the bank on monday",
])
def test_arrest_made_is_surer(parse, text):
    out = _read(parse, text, ("ARREST", "arrested" if "arrested" in text else "detained",
                              0.05))
    assert out[0].confidence_with_crime == ARREST_MADE_CONFIDENCE


@pytest.mark.parametrize("text", [
    "the suspect had a warrant out for his arrest",
    "police said he pulled a gun when officers tried to arrest him",
    "the crowd gathered after rumours that a man had died in custody",
    "no arrests have been made, police said",
    "police denied arresting the journalist",
    "the man was charged with resisting arrest",
])
def test_arrest_only_named_is_no_surer_with_crime(parse, text):
    word = next(w for w in ("arrest", "custody", "arrests", "arresting") if w in text)
    out = _read(parse, text, ("ARREST", word, 0.05))
    assert out[0].confidence_with_crime == out[0].confidence == 0.05


def test_arrest_read_beside(parse):
    out = _read(parse, "two men were arrested and a stolen van recovered when police raided a "
                "yard", ("ORG_CRIME", "recovered", 0.5))
    assert [m.type.label for m in out] == ["ORG_CRIME", "ARREST"]
    assert out[1].confidence == 0.0 and out[1].confidence_with_crime == ARREST_MADE_CONFIDENCE


def test_killing_and_arrests_in_a_raid(parse):
    out = _read(parse, "a robber was killed and two of his accomplices were arrested when "
                "police raided a house", ("ORG_CRIME", "killed", 0.5))
    assert [(m.type.label, m.trigger) for m in out] == [(FORCE_LABEL, "killed"),
                                                         ("ARREST", "arrested")]


@pytest.mark.parametrize("text", [
    "gunmen detained three travellers at a roadblock",      # an abduction
    "the opposition leader has been held since 2019",       # a standing detention
])
def test_no_arrest_read_beside(parse, text):
    assert _read(parse, text) == ()


def test_arrest_at_a_protest_is_the_protests(parse):
    out = _read(parse, "police arrested twelve students who marched on the ministry",
                ("PROTEST_WITH_INTER", "marched", 0.9))
    assert [m.type.label for m in out] == ["PROTEST_WITH_INTER"]


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("a man was tasered after he threatened staff, police said", "tasered", True),
    ("an officer fired at a suspect who fled on foot", "fired", True),
    ("a gunman shot two people in a bar", "shot", False),
    ("a policeman shot the ambassador at an exhibition", "shot", False),
])
def test_police_did(parse, text, word, expected):
    sentence = Sentence(text, 0, len(text))
    assert police_did(parse(text), sentence, _mention(sentence, FORCE_LABEL, word)) is expected


@pytest.mark.parametrize(("text", "dead"), [
    ("a gunman who fired at a patrol outside a bank was killed when troopers returned fire",
     "gunman"),
    ("officers who reached the farm exchanged fire with the man, who was killed", "man"),
    ("the officers shot back, killing him", "him"),
    ("a deputy shot and killed the driver at a roadblock", "driver"),
    ("a trooper fatally shot the driver after a chase", "driver"),
    ("Police returned fire, killing the attacker.", "attacker"),
    ("a man armed with a crossbow was shot dead by police after a standoff", "man"),
    ("an armed man who held a cashier hostage was killed when officers stormed the shop",
     "man"),
    ("a suspected robber was killed and two others were arrested when police raided a flat",
     "robber"),
    # no death, several dead (the numbers stage counts them), or not the force's victim
    ("officers returned fire, wounding him", None),
    ("officers exchanged fire with two gunmen, who were killed", None),
    ("police shot a man who had killed his wife", None),
    ("officers shot a man who came at them with a knife", None),
])
def test_killed_by_the_police(parse, text, dead):
    verb = police_force(parse(text), realis)
    assert verb is not None
    found = killed_by(verb)
    assert (found.lower_ if found is not None else None) == dead


def test_police_toll(parse):
    text = "officers who reached the farm exchanged fire with the man, who was killed"
    sentence = Sentence(text, 50, 50 + len(text))
    force = _mention(sentence, FORCE_LABEL, "exchanged")
    toll = police_toll(Counts(), parse(text), sentence, force).fatalities
    assert (toll.best, toll.text) == (1, "the man")
    assert toll.span == (50 + text.index("the man"), 50 + text.index("the man") + 7)
    told = Counts(fatalities=Count(2, 2, 2, "two", (0, 3)))
    assert police_toll(told, parse(text), sentence, force) is told      # the text's count
    other = _mention(sentence, "ARMED_CLASH", "exchanged")
    assert police_toll(Counts(), parse(text), sentence, other).fatalities is None


def test_replaced_labels_are_labels():
    assert REPLACES <= set(LABELS)


@pytest.mark.parametrize(("label", "confidence", "scope", "replaced"), [
    ("ARMED_CLASH", 0.5, "crime", True),        # doubted ordinary crime
    ("ARMED_CLASH", 0.5, "core", False),        # a battle the model reads in scope
    ("ARMED_CLASH", 0.9, "crime", False),       # sure
    ("ABDUCT_DISSAP", 0.6, "core", True),       # typed by the victims' crime
    ("ABDUCT_DISSAP", 0.9, "core", False),
    ("HQ_ESTABLISHED", 0.9, "core", True),      # no act police force is
])
def test_what_force_replaces(parse, label, confidence, scope, replaced):
    text = "police shot and killed two suspected kidnappers during a raid on a farm"
    sentence = Sentence(text, 0, len(text))
    m = _mention(sentence, label, "raid", confidence, scope=scope)
    out = police_actions([(m,)], [parse(text)], [sentence])[0]
    assert (out[0].type.label == FORCE_LABEL) is replaced


@pytest.mark.parametrize(("text", "labels"), [
    # police and a party to an armed conflict: a battle, the model's; no arrest by fighters
    ("The rebels opened fire on the station and officers returned fire for an hour.",
     [("ARMED_CLASH", "opened", 0.5)]),
    ("Militants attacked the checkpoint and police shot back, killing one of them.",
     [("ARMED_CLASH", "attacked", 0.5)]),
    ("The fighters rounded up boys from the market and marched them into the bush.",
     [("ABDUCT_DISSAP", "rounded", 0.5)]),
])
def test_nothing_is_read_as_policing_beside_a_party_to_an_armed_conflict(parse, text, labels):
    out = _read(parse, text, *labels)
    assert [m.type.label for m in out] == [label for label, _, _ in labels]
    assert all(m.confidence_with_crime == 0.2 for m in out)


def test_an_unnamed_armed_man_is_ordinary_crime_and_police_force_on_him_is_read(parse):
    text = "Police shot dead a gunman who had opened fire on shoppers at the mall."
    out = _read(parse, text, ("ATTACK", "shot", 0.3))
    assert [m.type.label for m in out] == [FORCE_LABEL]
    assert out[0].confidence_with_crime == POLICE_FORCE_CONFIDENCE
