"""An act told inside a counted "after" phrase is dated by counting back from the sentence's
day (dates/after.py). Sentences written for these tests."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.dates import event_date, find_timexes
from eventwire.dates.after import WEEK_SLACK, counts_back, soon_after
from eventwire.nlp import split_sentences

THURSDAY = date(2024, 3, 14)
TUESDAY = date(2024, 3, 12)


def date_of(text: str, trigger: str, published: date = THURSDAY):
    sentence = split_sentences(text)[0]
    start = text.index(trigger)
    return event_date(find_timexes(text, published), sentence, (start, start + len(trigger)),
                      published, "ART_MISS_ATTACK")


@pytest.mark.parametrize(("text", "trigger", "day"), [
    ("The two sides signed a truce on Tuesday, two days after shelling killed six people in "
     "the city.", "shelling", date(2024, 3, 10)),
    ("Police arrested three men on Tuesday, a day after gunmen attacked a checkpoint.",
     "attacked", date(2024, 3, 11)),
    ("Mourners gathered on Tuesday three days after a bomb tore through the market.",
     "bomb", date(2024, 3, 9)),
    # a set or a length in the act's words names no day of its own ("a night market")
    ("Officials said on Tuesday, two days after gunmen killed a dozen people at a night "
     "market in the port, that patrols would begin.", "killed", date(2024, 3, 10)),
    ("Talks resumed on Tuesday, two days after shelling pounded the town for hours.",
     "shelling", date(2024, 3, 10)),
])
def test_an_act_in_a_counted_after_phrase_is_counted_back(text, trigger, day):
    d = date_of(text, trigger)
    assert (d.start, d.end, d.precision) == (day, day, 1)


@pytest.mark.parametrize(("text", "trigger", "day"), [
    # a time of day in the act's words is told from the sentence's day: still counted back
    ("Troops flew into the town on Tuesday, a day after fighters killed two soldiers in a dawn "
     "raid on a post there.", "raid", date(2024, 3, 11)),
    ("The market reopened on Tuesday, two days after gunmen opened fire on shoppers in the "
     "evening rush.", "opened fire", date(2024, 3, 10)),
    ("Talks resumed on Tuesday, three days after a night raid killed five.", "raid",
     date(2024, 3, 9)),
])
def test_a_time_of_day_in_the_acts_words_does_not_stop_the_count(text, trigger, day):
    d = date_of(text, trigger)
    assert (d.start, d.end, d.precision) == (day, day, 1)


def test_weeks_give_a_few_days_around_the_day_counted_back():
    d = date_of("Talks resumed on Tuesday, a week after rockets hit the airport.", "rockets")
    back = TUESDAY - timedelta(days=7)
    assert (d.start, d.end, d.precision) == (back - timedelta(days=WEEK_SLACK),
                                             back + timedelta(days=WEEK_SLACK), 2)


@pytest.mark.parametrize(("text", "trigger", "day"), [
    # the act before the phrase is the sentence's day's
    ("Police arrested three men on Tuesday, two days after the attack.", "arrested", TUESDAY),
    # the act's own words name its day; the phrase's clause ends before the act
    ("The truce came on Tuesday, two days after shelling killed six people on Saturday.",
     "shelling", date(2024, 3, 9)),
    ("On Tuesday, two days after the vote, gunmen attacked a rally.", "attacked", TUESDAY),
])
def test_other_acts_keep_their_own_days(text, trigger, day):
    assert date_of(text, trigger).start == day


def test_hours_after_are_left_to_the_day_of_the_sentence():
    d = date_of("Troops retook the town on Tuesday, hours after rebels stormed it.", "stormed")
    assert d.start == TUESDAY


@given(st.integers(min_value=1, max_value=10))
def test_a_count_of_days_counts_back_that_many(n):
    text = f"Talks resumed on Tuesday, {n} days after rockets hit the airport."
    assert date_of(text, "rockets").start == TUESDAY - timedelta(days=n)


def test_counted_words_are_known_as_an_earlier_happenings_date():
    assert counts_back("two days after") and counts_back("A WEEK AFTER")
    assert not counts_back("Tuesday") and not counts_back("two days later")


@pytest.mark.parametrize(("text", "trigger", "soon"), [
    ("Riots broke out on Tuesday night, hours after police arrested the mayor.", "arrested",
     True),
    ("Troops retook the town on Tuesday, only hours after rebels stormed it.", "stormed", True),
    ("A second blast hit the market minutes after a car bomb exploded nearby.", "car bomb",
     True),
    ("Gunmen attacked the convoy shortly before the minister arrived.", "arrived", True),
    ("The strike came an hour after talks collapsed.", "collapsed", True),
    # counted in days, or not after anything, or the phrase in another clause
    ("Riots broke out on Tuesday, two days after police arrested the mayor.", "arrested",
     False),
    ("Riots broke out on Tuesday, days after police arrested the mayor.", "arrested", False),
    ("Hours after the vote, results were read out, and gunmen attacked a rally.", "attacked",
     False),
    ("Police arrested the mayor on Tuesday and held him for hours.", "arrested", False),
    ("Fighting resumed 48 hours after the truce took effect.", "took effect", False),
])
def test_an_act_hours_after_or_before_the_main_one_is_told_soon_after(text, trigger, soon):
    sentence = split_sentences(text)[0]
    start = text.index(trigger)
    assert soon_after(sentence, (start, start + len(trigger))) is soon
