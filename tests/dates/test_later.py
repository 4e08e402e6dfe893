"""A length followed by "later" or "earlier" is told from the last day the text named
(dates/later.py). Sentences written for these tests."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.dates import event_date, find_timexes
from eventwire.dates.after import WEEK_SLACK
from eventwire.dates.later import SAME_DAY_HOURS
from eventwire.nlp import split_sentences

SATURDAY = date(2025, 6, 21)
FRIDAY = date(2025, 6, 20)


def date_of(text: str, trigger: str, published: date | None = SATURDAY,
            label: str = "ARMED_CLASH"):
    """The date of the event whose trigger is the last ``trigger`` of ``text``."""
    start = text.rindex(trigger)
    sentence = next(s for s in split_sentences(text) if s.start <= start < s.end)
    return event_date(find_timexes(text, published), sentence, (start, start + len(trigger)),
                      published, label)


FIRST = ("Gunmen attacked a police checkpoint in the city on Friday evening, killing four "
         "officers. ")


@pytest.mark.parametrize(("second", "trigger", "start", "end", "precision"), [
    ("About twenty minutes later, a second group opened fire on a post in the next town.",
     "opened fire", FRIDAY, FRIDAY, 1),
    ("Minutes later, a car bomb exploded outside the police station.", "exploded", FRIDAY,
     FRIDAY, 1),
    ("Two hours later, militants stormed a second post.", "stormed", FRIDAY, FRIDAY, 1),
    ("Around 45 minutes later gunmen shot at a patrol on the highway.", "shot", FRIDAY,
     FRIDAY, 1),
    # hours with no count may run into the next day: that day and the next
    ("Hours later, the attackers ambushed a patrol sent after them.", "ambushed", FRIDAY,
     SATURDAY, 2),
    ("Ten hours later, a drone struck the attackers' hideout.", "struck", FRIDAY, SATURDAY, 2),
    # a day counted on, or back
    ("A day later, gunmen attacked the checkpoint again.", "attacked", SATURDAY, SATURDAY, 1),
    ("Two days earlier, a bomb had damaged the same checkpoint.", "bomb", date(2025, 6, 18),
     date(2025, 6, 18), 1),
])
def test_a_length_later_is_told_from_the_last_day(second, trigger, start, end, precision):
    d = date_of(FIRST + second, trigger)
    assert (d.start, d.end, d.precision) == (start, end, precision), d


def test_the_day_a_source_spoke_is_not_the_one_told_from():
    text = ("Rebels stormed the post on Wednesday, the army said on Friday. Minutes later, a "
            "second group attacked a convoy.")
    assert date_of(text, "attacked").start == date(2025, 6, 18)


@pytest.mark.parametrize(("text", "trigger"), [
    # no day named before it: nothing to count from (the publication's window stays)
    ("Minutes later, a second bomb exploded in the market.", "exploded"),
    ("Gunmen attacked a checkpoint. Twenty minutes later, a second group opened fire.",
     "opened fire"),
    # too long to give a day (landing months before the publication date)
    ("Gunmen attacked a checkpoint on March 3, 2025. Months later, a second group attacked "
     "it.", "attacked"),
    ("Gunmen attacked a checkpoint on March 3, 2025. Three weeks later, a second group "
     "attacked it.", "attacked"),
])
def test_no_day_without_a_named_day_or_for_a_long_length(text, trigger):
    d = date_of(text, trigger, published=date(2025, 12, 1))
    assert d.text == "", d                  # the window before publication


def test_a_day_later_than_the_publication_is_not_given():
    text = ("Gunmen attacked a checkpoint on Friday. Three days later, a second group "
            "attacked a convoy.")
    d = date_of(text, "attacked", published=SATURDAY)
    assert d.text == "" and d.end == SATURDAY       # the publication's window, not Monday


def test_the_length_keeps_its_timeml_value():
    text = FIRST + "About twenty minutes later, a second group opened fire."
    tx = [t for t in find_timexes(text, SATURDAY) if "minutes" in t.text][0]
    assert (tx.type, tx.value) == ("DURATION", "PT20M") and tx.start == FRIDAY


@given(st.integers(min_value=1, max_value=SAME_DAY_HOURS - 1),
       st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 1)))
def test_a_few_hours_later_is_the_same_day(hours, day):
    text = (f"Gunmen attacked a checkpoint on {day:%B} {day.day}, {day.year}. "
            f"{hours} hours later, a second group opened fire on a post.")
    d = date_of(text, "opened fire", published=day + timedelta(days=30))
    assert (d.start, d.end, d.precision) == (day, day, 1)


@given(st.integers(min_value=1, max_value=2),
       st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 1)))
def test_weeks_later_lands_about_then(weeks, day):
    text = (f"Gunmen attacked a checkpoint on {day:%B} {day.day}, {day.year}. "
            f"{weeks} weeks later, a second group opened fire on a post.")
    d = date_of(text, "opened fire", published=day + timedelta(days=60))
    landed = day + timedelta(weeks=weeks)
    assert d.start == landed - timedelta(WEEK_SLACK) and d.end == landed + timedelta(WEEK_SLACK)
