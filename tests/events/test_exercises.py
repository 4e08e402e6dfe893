"""Military exercises, drills and weapons tests are no event (events/exercises.py).

Sentences written for these tests, in several registers. ``ASIDE`` was written before the
rule was run on either list and is only checked, never tuned on.
"""

from __future__ import annotations

import pytest

from eventwire.events.exercises import exercise_or_test, staged

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


# A crowd's event staged for practice or a camera (sentences written for these tests, hard
# negatives included: real crowds near ranges, studios and drills, ruses of men posing as
# police). CROWD_ASIDE was written with them and checked only once the rule was set.
CROWD_STAGED = [
    ('Riot officers rehearsed clearing a barricade of volunteers at the police academy in '
     'Hendon on Thursday.',
     True),
    ('Gendarmes practised breaking up a sit-in staged by cadets at a barracks outside Toulouse.',
     True),
    ('Police held a mock riot at a disused airfield near Leeds on Saturday to train public-'
     'order units.',
     True),
    ('Stunt performers playing rioters hurled foam bricks at actors in police uniforms on a '
     'movie set in Glasgow.',
     True),
    ('Officers trained to contain a simulated march on parliament during a week-long exercise.',
     True),
    ('The army simulated a mob storming a checkpoint during drills on Wednesday.', True),
    ('Students playing protesters were dragged away by cadets in a training exercise at the '
     'academy.',
     True),
    ('Police in Nairobi staged a simulated protest on Monday to test their new water cannon.',
     True),
    ('cadets practised arresting demonstrators during a drill at the police college in kaduna '
     'on friday.',
     True),
    ('Firefighters simulated a chemical spill at the port of Rotterdam on Tuesday.', True),
    ('Riot police dispersed hundreds of protesters outside parliament in Nairobi on Monday.',
     False),
    ('Hundreds of volunteers marched through Leeds on Saturday to demand cleaner rivers.', False),
    ('Police arrested two men posing as officers at a checkpoint near Kaduna.', False),
    ('Gunmen posing as police stopped a bus and killed six passengers.', False),
    ('Students protested outside the police training college on Tuesday against rising fees.',
     False),
    ('Farmers rallied at the army firing range on Monday against the seizure of their land.',
     False),
    ('Protesters marched against joint military drills near the base on Sunday.', False),
    ('Actors and writers picketed the studio gates in Los Angeles on Tuesday over pay.', False),
    ('Police fired tear gas at protesters who had gathered near the film studio in Mumbai.',
     False),
    ('Fighters trained in camps across the border attacked an army post on Tuesday.', False),
    ('The opposition played down the protest, saying only a few hundred people turned up.', False),
    ('Police said the rally had been planned for weeks and trained stewards kept order.', False),
]
CROWD_ASIDE = [
    ('Military police practised crowd control on Tuesday, with recruits playing stone-throwing'
     ' protesters.',
     True),
    ('A TV crew filmed extras playing looters smashing shop windows on a film set in Belfast.',
     True),
    ('Border guards rehearsed repelling a crowd of migrants in a drill at the Kuznica crossing'
     ' on Sunday.',
     True),
    ('Paramedics simulated a stampede at the stadium on Friday ahead of the cup final.', True),
    ('Protesters clashed with police outside the film festival in Cannes on Saturday.', False),
    ('Students played drums and chanted as they marched to the ministry demanding lower fees.',
     False),
    ('Two soldiers were wounded when protesters attacked troops during a training exercise.',
     False),
    ('Trainee teachers protested in Lagos on Monday over unpaid allowances.', False),
]


@pytest.mark.parametrize(("sentence", "expected"), CROWD_STAGED)
def test_a_crowds_event_staged_for_practice_or_a_camera(parse, sentence, expected):
    assert staged(parse(sentence)) is expected


@pytest.mark.parametrize(("sentence", "expected"), CROWD_ASIDE)
def test_staged_aside_sentences(parse, sentence, expected):
    assert staged(parse(sentence)) is expected
