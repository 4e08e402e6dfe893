"""A targeted attack on a person in public life, read from the parse (events/targeted.py).

Sentences written for these tests, in several registers. ``ASIDE`` was written before the
rule was run on either list and is only checked, never tuned on.
"""

from __future__ import annotations

import pytest

from eventwire.events.realis import realis
from eventwire.events.targeted import in_public_life, may_target, targeted_attack

DEV = [
    ("A gunman shot dead the provincial governor outside his office on Tuesday.", True),
    ("An off-duty police officer fatally shot the visiting ambassador at a gallery opening.",
     True),
    ("The mayor of the town was stabbed to death in front of his home on Friday night.", True),
    ("Unknown assailants gunned down a local journalist as he left the radio station.", True),
    ("Two opposition lawmakers were wounded when men on a motorbike opened fire on their car.",
     True),
    ("Masked men shot and killed Judge Maria Okafor in the parking lot of the courthouse.",
     True),
    ("A prominent land rights activist was murdered in the mountains on Sunday, police said.",
     True),
    ("Police said an imam was hacked to death by attackers armed with machetes.", True),
    ("GUNMEN KILLED A DISTRICT OFFICIAL AND HIS DRIVER ON THE HIGHWAY.", True),
    ("the opposition leader was shot twice in the chest during a campaign stop.", True),
    ("A mayor was killed in a car crash on the motorway.", False),
    ("The minister was killed in an air strike on the rebel-held town.", False),
    ("The judge shot down the defence's request for a delay.", False),
    ("Critics attacked the minister over the budget.", False),
    ("The senator killed the bill in committee.", False),
    ("The governor was shot in 1994 and survived.", False),
    ("A man was sentenced to life for murdering the journalist.", False),
    ("Prosecutors told the jury he shot the mayor at close range.", False),
    ("At least 12 journalists have been killed in the country this year.", False),
    ("The rebels threatened to kill the mayor if he stayed.", False),
    ("Gunmen killed a shopkeeper in a robbery on Main Street.", False),
    ("The councillor was stabbed by her husband at their home.", False),
    ("A retired judge was shot dead by his son after a quarrel over land.", False),
    ("Police shot dead a suspect who opened fire on officers.", False),
    ("Gunmen attacked a police post, killing two officers.", False),
    ("No journalists were hurt and no officials were wounded.", False),
    ("The group said it killed the lawmaker for backing the peace deal.", False),
    ("The militia frequently kills village elders who work with the army.", False),
]
ASIDE = [
    pytest.param("A former senator was assassinated by a sniper at a rally in the capital.",
                 True, marks=pytest.mark.xfail(strict=True, reason="a rally is left to the "
                                               "protest rules, even a campaign rally")),
    ("Gunmen on motorcycles shot dead a radio reporter in the northern city on Monday.", True),
    ("A Catholic priest was killed by armed men who stormed his parish house.", True),
    ("THE DEPUTY MAYOR WAS SHOT AND WOUNDED IN AN ATTACK ON HIS CONVOY, OFFICIALS SAID.", True),
    ("a human rights activist was strangled in her flat, colleagues said.", True),
    ("Attackers stabbed the country's consul in the port city late on Saturday.", True),
    pytest.param("The bishop was killed when his car overturned on a mountain road.", False,
                 marks=pytest.mark.xfail(strict=True, reason="an accident told by its "
                                         "vehicle's motion, not an accident word")),
    ("The candidate killed it at the debate, supporters said.", False),
    ("A decade after the mayor was murdered, the town unveiled a statue.", False),
    ("More than 300 activists have been killed since the accord was signed.", False),
    ("The journalist who was shot in 2012 now runs a foundation.", False),
    ("An elder of the village died of a heart attack on Sunday.", False),
    ("Soldiers shot dead three militants at a checkpoint.", False),
    ("The court convicted two men of killing the prosecutor.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), DEV)
def test_targeted_attacks(parse, sentence, expected):
    assert targeted_attack(parse(sentence), realis) is expected


@pytest.mark.parametrize(("sentence", "expected"), ASIDE)
def test_aside_sentences(parse, sentence, expected):
    assert targeted_attack(parse(sentence), realis) is expected


# Fire aimed at a person in public life or at what they travel or live in.
FIRED_ON = [
    ("Unidentified gunmen fired on the convoy of the deputy minister on the coast road.", True),
    ("Gunmen opened fire on the governor's car near the airport on Monday.", True),
    ("Police fired at the car of a suspected car thief on the motorway.", False),
    ("Police fired tear gas at journalists covering the march.", False),
    ("Hunters fired at a deer near the mayor's house.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), FIRED_ON)
def test_fire_aimed_at_people_in_public_life(parse, sentence, expected):
    assert targeted_attack(parse(sentence), realis) is expected


# may_target (asked before targeted_attack by the parse readings) skips it only where it
# cannot fire: no verb of harm nor of firing beside a person in public life.
MAY_TARGET = [
    "Officials said the new bridge will open in September.",
    "Reporters asked the minister about the budget.",
    "Gunmen opened fire on the mayor's motorcade as it left the town hall.",
    "The opposition leader was gunned down outside his home on Friday.",
    "A bodyguard opened the door for the governor before shots were fired.",
    "The fire at the senator's office was put out within an hour.",
    "Officials opened an inquiry after a journalist was murdered.",
]


@pytest.mark.parametrize("sentence", [s for s, _ in FIRED_ON] + MAY_TARGET)
def test_the_check_skips_only_what_cannot_fire(parse, sentence):
    doc = parse(sentence)
    assert may_target(frozenset(t.lower_ for t in doc)) or not targeted_attack(doc, realis)


@pytest.mark.parametrize(("sentence", "word", "expected"), [
    ("a policeman shot the ambassador", "ambassador", True),
    ("gunmen fired on the governor's convoy", "convoy", True),
    ("officers shot a man armed with a knife", "man", False),
    ("police fired on a car at a checkpoint", "car", False),
])
def test_in_public_life(parse, sentence, word, expected):
    """Whom policing is not about: a person in public life, or their car or home."""
    noun = next(t for t in parse(sentence) if t.lower_ == word)
    assert in_public_life(noun) is expected
