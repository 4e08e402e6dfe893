"""Sentences with an event's words that tell no event (events/nonevents.py). Sentences
written for these tests; each branch's own cases live with its module's tests."""

from __future__ import annotations

import pytest

from eventwire.events.realis import realis
from eventwire.events import nonevents
from eventwire.events.exercises import exercise_or_test, may_practise
from eventwire.events.nonevents import (
    court_act,
    long_ongoing,
    may_be_court_act,
    may_go_on,
    obliged_only,
    told_as_no_event,
)
from eventwire.events.tallies import may_tally, tally
from eventwire.taxonomy import LABELS


@pytest.mark.parametrize(("sentence", "label", "expected"), [
    ("The gunman pleaded guilty on Monday to killing three people at the market.", "ATTACK",
     True),
    ("Veterans and cadets marched in the Anzac Day parade along the Esplanade.",
     "PEACE_PROTEST", True),
    ("Troops fired artillery at targets on the range during the annual exercise.",
     "ART_MISS_ATTACK", True),
    ("More than 300 people were killed in attacks by armed groups in the region in 2024.",
     "ATTACK", True),
    ("Gunmen killed three people at the market on Monday, police said.", "ATTACK", False),
    ("Hundreds of farmers marched to the ministry on Monday to demand higher prices.",
     "PEACE_PROTEST", False),
    ("Kyiv accused Moscow on Tuesday of violating the truce.", "AGREEMENT", True),
    ("The Storm's forward pack bullied the home side for most of the match, and their "
     "left-edge attack carved them open three times in the first half.", "NATURAL_DISASTER",
     True),
    ("United battled back from a goal down to win the derby in the second half.",
     "ARMED_CLASH", True),
    ("Lightning struck the stadium during the match, killing two fans.", "NATURAL_DISASTER",
     False),
    # review, 2026-12-06: a stadium or a match is where an event happened
    ("Israeli warplanes struck a football stadium in Gaza City overnight.", "AIR_STRIKE", False),
    ("A grenade was hurled into a crowd watching a football match in Kampala.", "GRENADE",
     False),
    ("Heavy flooding forced the postponement of the league match.", "NATURAL_DISASTER", False),
    ("Youths threw stones at the bus carrying the visiting team after the league match.",
     "MOB_VIOL", False),
    ("The militia has been fighting the federal government since August 2023.",
     "ARMED_CLASH", True),
    ("The Houthis have been battling a Saudi-led coalition for years.", "ARMED_CLASH", True),
    ("Rebels have been shelling the town since Monday, residents said.", "ART_MISS_ATTACK",
     False),
    ("Al-Shabaab has been fighting the government since 2006, and on Tuesday its fighters "
     "stormed a military base.", "ARMED_CLASH", False),
    ("Troops have been fighting the rebels since 2000 hours local time near the airport.",
     "ARMED_CLASH", False),
    ("For months the allied forces have been advancing toward the city, capturing towns to "
     "the north.", "NON_STATE_ACTOR_OVERTAKES_TER", False),
    ("The militia attacked an army post on Tuesday, a year after it took up arms in 2023.",
     "ARMED_CLASH", False),
    ("An online petition against the quarry has gathered 50,000 signatures.", "PEACE_PROTEST",
     True),
    ("The rebels denied breaking the ceasefire agreed in March.", "ATTRIB", True),
    ("The army shelled rebel positions on Tuesday despite the truce.", "AGREEMENT", False),
    ("The Islamic State group claimed responsibility for the bombing in Kabul, which broke a "
     "week-long truce.", "ATTRIB", False),
    ("The two sides signed a ceasefire in Doha on Tuesday.", "AGREEMENT", False),
])
def test_sentences_that_tell_no_event(parse, sentence, label, expected):
    assert told_as_no_event(parse(sentence), label, realis) is expected


def test_a_court_act_is_read_from_the_main_verb_or_the_one_reported(parse):
    assert court_act(parse("Police said the man was charged with the murder of a guard."))
    assert not court_act(parse("Riot police charged the crowd outside the court."))


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Parts of the district are on flood watch after heavy overnight falls, with 120 "
     "millimetres recorded at the airport.", True),
    ("A tornado warning was issued for three counties on Tuesday evening.", True),
    ("A heat advisory is in effect through Thursday for most of the valley.", True),
    ("The weather service issued a flood watch for the county until Sunday morning.", True),
    # the hazard struck, or harm, evacuation or closure told beside the notice (H-review8)
    ("Thousands of residents were evacuated from towns along the river on Sunday as flood "
     "warnings were issued.", False),
    ("The cyclone made landfall near the port late on Thursday, a day after a cyclone alert "
     "forced the evacuation of 100,000 people.", False),
    ("Flash floods swept through the region overnight as red weather alerts were declared.",
     False),
    ("A powerful earthquake struck the south on Saturday, triggering a tsunami warning.", False),
    ("A flood warning remains in place after the river burst its banks and flooded 200 homes.",
     False),
    ("Heavy snow shut schools and airports as a storm warning stayed in force.", False),
    ("Police issued a warning to motorists after the crash.", False),
])
def test_a_weather_notice_alone_is_no_disaster(parse, sentence, expected):
    assert told_as_no_event(parse(sentence), "NATURAL_DISASTER", realis) is expected


# The checks told_as_no_event asks first (may_practise, may_go_on, may_tally) skip a costlier
# check only where it cannot fire. Sentences written for this test: ones that fire each
# gated check, and near misses that share some of its words.
GATED_FIRING = [
    "The navy test-fired a new cruise missile off the east coast on Thursday.",
    "North Korea tested two ballistic missiles, the defence ministry said.",
    "Tanks fired live rounds at the artillery range near the border during the week.",
    "Marines stormed a mock village as part of annual drills with allied forces.",
    "Paratroopers jumped over the plain in war games watched by the defence minister.",
    "Bombers struck dummy targets on the island in a joint exercise.",
    "At least 1,200 civilians have been killed in drone strikes in the province this year.",
    "Most of the casualties were caused by missiles and artillery, the monitors said.",
    "Police recorded more than 240 protests in the state in the first nine months of the year.",
    "There were 36 attacks on schools in 2024, the agency said.",
    "Nearly 90 people have died in clashes since the war began.",
    "The group has been fighting the government in the north since 2017.",
    "Tribal militias have been battling each other for decades over grazing land.",
]
GATED_NEAR_MISSES = [
    "Two soldiers were killed when a shell exploded during a training exercise.",
    "The minister tested positive for the virus on Monday.",
    "A man was shot at close range outside the training ground.",
    "Gunmen attacked the team's bus as it left the test match.",
    "Three people were killed in attacks on two villages on Sunday.",
    "Most of the dead in Sunday's blast were children.",
    "Police counted the ballots in the regional election.",
    "Rebels have been shelling the town since Monday, residents said.",
    "The army has been deployed in the city for two weeks.",
    "Fighters have been advancing for months, capturing towns to the north.",
    "Protesters rallied for years against the dam.",
    "The game ended in a draw after a penalty in the final minute.",
    "Militants fired rockets at the base overnight, the army said.",
]
# court_act's own check (may_be_court_act): court's acts, and near misses sharing their words.
COURT_FIRING = [
    "The former commander pleaded not guilty to ordering the massacre.",
    "Two officers were charged with manslaughter over the death in custody.",
    "A court in the capital sentenced the gang leader to life in prison.",
    "Prosecutors said the suspect would stand trial in March for the bombing.",
    "Police said the driver had been jailed for six years.",
]
COURT_NEAR_MISSES = [
    "Riot police charged the crowd outside the court.",
    "Rebels tried to storm the prison where their leaders are jailed.",
    "Protesters gathered outside the courthouse as the trial opened.",
    "The prosecutor's office was set on fire by a mob on Tuesday.",
    "Gunmen opened fire on a convoy carrying the judge home.",
    "The judge who convicted the warlord was shot dead outside his home.",
]
_ALL_GATED = GATED_FIRING + GATED_NEAR_MISSES + COURT_FIRING + COURT_NEAR_MISSES
_CHECKS = [(may_practise, exercise_or_test), (may_go_on, long_ongoing), (may_tally, tally)]


@pytest.mark.parametrize("text", _ALL_GATED)
def test_each_check_is_skipped_only_where_it_cannot_fire(parse, text):
    doc = parse(text)
    words = frozenset(t.lower_ for t in doc)
    for may, check in _CHECKS:
        assert may(words) or not check(doc), check.__name__
    assert may_be_court_act(doc.text) or not court_act(doc)


def test_court_acts_are_read_past_their_check(parse, monkeypatch):
    """court_act's own check (may_be_court_act) passes the court's acts above, and the near
    misses it passes on their words are told apart by the parse as before."""
    assert all(may_be_court_act(t) and court_act(parse(t)) for t in COURT_FIRING)
    passed = [t for t in COURT_NEAR_MISSES if may_be_court_act(t)]
    assert len(passed) >= 4 and not any(court_act(parse(t)) for t in passed)
    assert not any(may_be_court_act(t) for t in GATED_FIRING)  # events of other words
    monkeypatch.setattr(nonevents, "may_be_court_act", lambda _text: True)
    assert all(court_act(parse(t)) for t in COURT_FIRING)
    assert not any(court_act(parse(t)) for t in COURT_NEAR_MISSES + GATED_FIRING)


@pytest.mark.parametrize("text", _ALL_GATED)
def test_the_checks_change_nothing_told(parse, monkeypatch, text):
    doc = parse(text)
    labels = [*LABELS, "OTHER"]
    gated = [told_as_no_event(doc, label, realis) for label in labels]
    for name in (n for n in dir(nonevents) if n.startswith("may_")):
        monkeypatch.setattr(nonevents, name, lambda *_args: True)
    assert gated == [told_as_no_event(doc, label, realis) for label in labels]


def test_the_gated_checks_fire(parse):
    """The sentences above do exercise the gated checks: most fire one."""
    fired = [any(check(parse(t)) for _, check in _CHECKS) for t in GATED_FIRING]
    assert sum(fired) >= 0.8 * len(GATED_FIRING)


# A fear of what may come tells no act (feared_only). Sentences written for the test: DEV while
# writing it, ASIDE with it and only checked.
FEARED_DEV = [
    ("Families are worried they could be cut off if the offensive reaches the valley.", True),
    ("Many fear being caught in a trap if the fighters move on the city.", True),
    ("Villagers are afraid that the rebels could return at any time.", True),
    ("Residents fear the militants will attack again.", True),
    # an act told in the past beside the fear, or a fear that is no main predicate
    ("Residents fear more attacks after gunmen killed 12 people on Monday.", False),
    ("Villagers were afraid as rebels attacked the market.", False),
    ("The gunmen, who feared arrest, shot two guards at the gate.", False),
    ("Troops shelled the town where residents fear a new offensive.", False),
]
FEARED_ASIDE = [
    ("Aid workers are concerned that fighting could cut the only road to the camp.", True),
    ("Traders say they are scared the bandits would raid the market again.", False),  # root says
    ("Families were terrified when the shells fell near the school.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), FEARED_DEV + FEARED_ASIDE)
def test_a_fear_of_what_may_come_tells_no_act(parse, sentence, expected):
    assert nonevents.feared_only(parse(sentence)) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # what must be done, and no act
    ("\"We have to do far more to strike them in their camps, where they are training these "
     "things,\" the minister told reporters.", True),
    ("The world must strike the group where it plans its attacks, the minister said.", True),
    ("The coalition needs to intensify its air strikes on the town, officials said.", True),
    # an act told beside the call, or an obligation met in the past
    ("\"We have to hit them hard,\" the general said after jets struck the town on Monday.",
     False),
    ("Troops had to retreat after rebels attacked the base on Monday.", False),
    ("The army should have protected the village, residents said, after gunmen killed 12 "
     "people there.", False),
    ("Jets struck the town on Monday.", False),
])
def test_what_must_be_done_is_no_act(parse, sentence, expected):
    assert obliged_only(parse(sentence)) is expected
    if expected:        # an act of violence the model reads there is none
        assert told_as_no_event(parse(sentence), "AIR_STRIKE", realis)



def test_what_the_speaker_did_while_calling_for_strikes_tells_no_act(parse):
    # the parser reads the listed plane "brought down" as a verb in the past of the sentence
    sentence = ("\"We have to do far more to strike them in their camps,\" the minister told "
                "reporters, listing the bombings in Bamako and the airliner brought down over "
                "the desert.")
    assert obliged_only(parse(sentence))
