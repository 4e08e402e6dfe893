"""Military exercises, drills and weapons tests are no event (events/exercises.py).

Sentences written for these tests, in several registers. ``ASIDE`` was written before the
rule was run on either list and is only checked, never tuned on.
"""

from __future__ import annotations

import pytest

from eventwire.events.exercises import exercise_or_test

DEV = [
    ("Troops fired artillery rounds at a range in Wales during a NATO exercise on Tuesday.",
     True),
    ("Soldiers fired mortars at an army firing range on Tuesday, residents said.", True),
    ("The inspector was shot at close range as he left the temple.", False),
    ("North Korea fired a ballistic missile into the sea off its east coast on Thursday.",
     False),
    ("The navy test-fired a cruise missile from a destroyer in the Arabian Sea.", True),
    ("Jets dropped bombs on a mock village as part of joint drills with the US air force.",
     True),
    ("Warships fired live rounds during war games off the coast.", True),
    ("Militants attacked troops during a training exercise near the border.", False),
    ("Two soldiers were killed when a shell exploded during an exercise.", False),
    ("Army jets bombed rebel positions in the north on Monday.", False),
    ("Rebels fired rockets into the sea near the port.", False),
    ("Troops shelled the town during a ceasefire.", False),
    ("Soldiers fired on protesters in the square during a demonstration.", False),
    ("A gunman opened fire during the games, police said.", False),
    # found by a review of the rule (our own sentences): ranges that are targets, nested words
    ("Russian forces fired missiles at Ukrainian training grounds in Yavoriv on Sunday.",
     False),
    ("Soldiers fired on Palestinians near the training ground in Jenin.", False),
    # beside a range, not on it (found by the session-19 speed helper's near misses)
    ("A man was shot at close range outside the training ground.", False),
    ("Gunmen opened fire on a bus behind the army firing range on Sunday.", False),
    ("The army shelled a village near its firing range, residents said.", False),
    ("Police fired tear gas at students during a protest against exam tests.", False),
    ("Police tested positive after clashes with protesters.", False),
]
ASIDE = [
    ("IRAN'S REVOLUTIONARY GUARDS TESTED A NEW SHORT-RANGE MISSILE IN THE DESERT ON SUNDAY.",
     True),
    ("tanks fired on targets at the training ground as part of the annual manoeuvres.", True),
    ("Pakistan test-launched a nuclear-capable missile on Friday, the military said.", True),
    ("Gunmen opened fire on soldiers at a firing range, killing two.", False),
    ("Police used tear gas during a drill, and three officers were hurt.", False),
    ("Russian forces shelled Ukrainian positions during the night.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), DEV)
def test_exercises_and_tests(parse, sentence, expected):
    assert exercise_or_test(parse(sentence)) is expected


@pytest.mark.parametrize(("sentence", "expected"), ASIDE)
def test_aside_sentences(parse, sentence, expected):
    assert exercise_or_test(parse(sentence)) is expected


# Drills staged with roles: a mock act, people playing the armed men or the wounded.
STAGED = [
    ("Police staged a mock hostage siege at the mall, with officers playing gunmen holding "
     "shoppers.", True),
    ("Paramedics took part in a simulated bus bombing at the depot, with volunteers playing the "
     "wounded.", True),
    ("Soldiers posing as militants stormed a dummy checkpoint during the drill.", True),
    ("Gunmen posing as police officers stormed a wedding and abducted the groom.", False),
    ("Real gunmen stormed the mall during a fire drill and shot two guards.", False),
    ("Cadets playing rebels were wounded when a real grenade went off at the range.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), STAGED)
def test_drills_staged_with_roles(parse, sentence, expected):
    assert exercise_or_test(parse(sentence)) is expected


# A practice held as the verb's object: the drill itself is no movement of forces either.
HELD = [
    ("Warships and aircraft held live-fire drills in the waters east of the island.", True),
    ("Troops began large-scale exercises near the border on Monday.", True),
    ("The alliance conducted war games in the Baltic this week.", True),
    ("Rebels attacked troops who were holding drills near the base, killing two.", False),
    ("The army held talks with the rebels near the border.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), HELD)
def test_a_practice_held_as_the_verbs_object(parse, sentence, expected):
    assert exercise_or_test(parse(sentence)) is expected
