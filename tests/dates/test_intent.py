"""A time inside what someone vowed, threatened or called for is that act's, still to come
(eventwire/dates/intent.py, read by dates.tense.tense_of)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.dates import find_timexes
from eventwire.dates.intent import complement_start

WEDNESDAY = date(2024, 5, 15)   # last Monday 05-13, next Monday 05-20


def value_of(text: str, words: str) -> str | None:
    found = [t for t in find_timexes(text, WEDNESDAY) if t.text == words]
    assert len(found) == 1, find_timexes(text, WEDNESDAY)
    return found[0].value


@pytest.mark.parametrize(("text", "words", "value"), [
    ("Bus drivers called a strike for Monday.", "Monday", "2024-05-20"),
    ("The opposition has called a nationwide shutdown for Saturday.", "Saturday", "2024-05-18"),
    ("Organisers announced a torchlight march for Friday over the closures.", "Friday",
     "2024-05-17"),
    ("The union set a ballot for Tuesday.", "Tuesday", "2024-05-21"),
    ("Nurses call strike for Thursday", "Thursday", "2024-05-16"),
    ("Squatters vowed to return to the building on Sunday.", "Sunday", "2024-05-19"),
    ("The militia threatened to storm the prison on Monday unless its men are freed.", "Monday",
     "2024-05-20"),
    ("Growers pledged to dump produce outside the ministry again on Friday.", "Friday",
     "2024-05-17"),
    ("The council promised to clear the drains on Saturday.", "Saturday", "2024-05-18"),
    ("Cabbies are planning to slow traffic on the ring road on Monday.", "Monday", "2024-05-20"),
    ("Miners vowed not to go underground on Monday.", "Monday", "2024-05-20"),
    ("Veterans swore to picket the barracks on Tuesday, their spokesman said.", "Tuesday",
     "2024-05-21"),
])
def test_a_time_in_what_was_intended_is_to_come(text, words, value):
    assert value_of(text, words) == value


@pytest.mark.parametrize(("text", "words", "value"), [
    # the intention told as earlier still
    ("Dockers who had vowed to walk out on Monday went back to work.", "Monday", "2024-05-13"),
    # the day is the vow's, before the infinitive
    ("The premier vowed on Monday to cut fuel duty.", "Monday", "2024-05-13"),
    ("On Monday the gang threatened to burn the farm.", "Monday", "2024-05-13"),
    # another clause's verb between
    ("Police vowed to find the men who robbed the bank on Monday.", "Monday", "2024-05-13"),
    # an infinitive that answers a past happening
    ("The chief pledged to avenge the ambush on Monday.", "Monday", "2024-05-13"),
    ("Ministers promised to investigate the stampede on Sunday.", "Sunday", "2024-05-12"),
    # the possessive dates the happening named after it
    ("The army vowed to punish those behind Monday's bombing.", "Monday", "2024-05-13"),
    # a call for something, no planned happening for a day; a participle, left to the main verb
    ("Marchers called for the mayor's resignation on Monday.", "Monday", "2024-05-13"),
    ("The stoppage called for Monday shut every port, the union said.", "Monday", "2024-05-13"),
    # a holiday's prayers, not a planned happening
    ("Worshippers had gathered for Friday prayers when the roof fell in.", "Friday",
     "2024-05-10"),
])
def test_a_past_vow_a_past_happening_or_another_clause_is_no_intention(text, words, value):
    assert value_of(text, words) == value


def test_complement_start_is_after_the_infinitive():
    text = "They vowed to return on Friday."
    at = text.index("Friday")
    assert complement_start(text, at, at + 6) == text.index(" on Friday")
    assert complement_start("They vowed on Friday.", 14, 20) is None


@pytest.mark.parametrize("text", [
    "The premier vowed to the crowd on Monday that taxes would fall.",
    "The candidate pledged to voters on Monday that she would not raise taxes.",
    "The general promised to Parliament on Monday that troops would leave.",
])
def test_to_a_listener_is_no_infinitive(text):
    assert value_of(text, "Monday") == "2024-05-13"
