"""A definite singular event noun refers back to a told happening; new or other ones do not.

Sentences written for these tests. ``ASIDE`` was written apart and checked once, after the
rule was set on ``DEV``.
"""

from __future__ import annotations

import pytest

from eventwire.events.reference import refers_back

# (sentence, the event noun, refers back?)
DEV = [
    ("The attack left two guards dead and a driver wounded.", "attack", True),
    ("The bombing was the third in the city this month.", "bombing", True),
    ("Witnesses said the blast shattered windows across the street.", "blast", True),
    ("This attack shows the group can still strike the capital.", "attack", True),
    ("Police said the shooting lasted about ten minutes.", "shooting", True),
    ("The explosion could be heard several kilometres away.", "explosion", True),
    ("Another attack hit a checkpoint north of the town.", "attack", False),
    ("The second blast struck as rescuers arrived.", "blast", False),
    ("The latest bombing came a week after a truce.", "bombing", False),
    ("A similar attack killed four soldiers in March.", "attack", False),
    ("The attacks killed at least 40 people across three provinces.", "attacks", False),
    ("Gunmen launched an attack on a police post overnight.", "attack", False),
    ("A car bomb exploded near the market.", "bomb", False),
    ("It was the deadliest attack on the city in years.", "attack", False),
    ("The previous attack on the base was in 2019.", "attack", False),
]
ASIDE = [
    ("THE AMBUSH LEFT SIX SOLDIERS DEAD, THE ARMY SAID.".capitalize(), "ambush", True),
    ("Residents said the raid began before dawn.", "raid", True),
    ("Officials blamed the group for the assault.", "assault", True),
    ("That strike destroyed a school, villagers said.", "strike", True),
    ("the blast wounded at least 12 people, a medic said.", "blast", True),
    ("A second explosion went off an hour later.", "explosion", False),
    ("An ambush killed three police officers on the highway.", "ambush", False),
    ("Rebels said the next attack would target the airport.", "attack", False),
    ("The first raid targeted a warehouse.", "raid", False),
    ("Separate clashes broke out in the east.", "clashes", False),
]


def _check(parse, sentence, noun, expected):
    parsed = parse(sentence)
    offset = sentence.lower().index(noun)
    assert refers_back(parsed, offset) is expected, sentence


@pytest.mark.parametrize(("sentence", "noun", "expected"), DEV)
def test_definite_event_nouns_refer_back(parse, sentence, noun, expected):
    _check(parse, sentence, noun, expected)


@pytest.mark.parametrize(("sentence", "noun", "expected"), ASIDE)
def test_aside_sentences(parse, sentence, noun, expected):
    _check(parse, sentence, noun, expected)


# (sentence, the trigger, refers back?): the clause's subject names the told happening
SUBJECTS = [
    ("The blast, which happened shortly after 5 a.m., destroyed two floors.", "destroyed",
     True),
    ("The fire gutted the warehouse before firefighters arrived.", "gutted", True),
    ("The attack, condemned by the president, killed four guards.", "killed", True),
    ("The clash left three soldiers dead.", "left", True),
    ("The assailant, a member of the police, was killed by guards.", "killed", False),
    ("The building collapsed after heavy rain.", "collapsed", False),
    ("Another blast destroyed a shop nearby.", "destroyed", False),
    ("The second explosion killed two firefighters.", "killed", False),
    ("A blast destroyed a police station in the town.", "destroyed", False),
    ("The gunmen killed four guards, police said.", "killed", False),
    ("The blasts destroyed several homes.", "destroyed", False),
]


@pytest.mark.parametrize(("sentence", "trigger", "expected"), SUBJECTS)
def test_a_clause_whose_subject_is_a_told_happening_refers_back(parse, sentence, trigger,
                                                                  expected):
    _check(parse, sentence, trigger, expected)


# (sentence, the trigger, refers back?): the clause's verb happened inside the told happening
WITHIN = [
    ("Eleven people died in that blast, officials said.", "died", True),
    ("Twenty-four people were killed in the attack at the ferry terminal.", "killed", True),
    ("Two guards were wounded during the raid.", "wounded", True),
    ("Three more soldiers died in the fighting on Tuesday.", "died", True),
    ("Four people were killed in another attack on a bus.", "killed", False),
    ("Two people died in the second explosion.", "died", False),
    ("Six people were killed in an ambush near the border.", "killed", False),
    ("Nine people died in the attacks.", "died", False),
    ("Two men were killed in the market on Friday.", "killed", False),
    ("A soldier died in hospital after the attack.", "died", False),
]


@pytest.mark.parametrize(("sentence", "trigger", "expected"), WITHIN)
def test_a_clause_told_as_happening_in_a_told_happening_refers_back(parse, sentence, trigger,
                                                                    expected):
    _check(parse, sentence, trigger, expected)


def test_an_offset_outside_every_token_or_on_a_verb_is_no_reference(parse):
    parsed = parse("Gunmen attacked the post.")
    assert not refers_back(parsed, len("Gunmen "))        # a verb
    assert not refers_back(parsed, 500)
