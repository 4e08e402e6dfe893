"""The days reports name, read as a calendar whether or not a year anchors them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from merge_builders import report

from eventwire.merge.days import calendar, calendars_clash
from eventwire.records import DateValue


def _said(words: str):
    text = f"A bomb went off at the bus station {words}."
    at = text.index(words)
    return replace(report("x", text, day=None, published=None),
                   date=DateValue(None, None, 1, words, (at, at + len(words))))


def test_an_unanchored_weekday_or_day_of_the_month_is_read_from_the_words():
    assert calendar(_said("late on Thursday"), None) == (3, None)
    assert calendar(_said("on March 4"), None) == (None, (3, 4))
    assert calendar(_said("last night"), None) == (None, None)


def test_an_anchored_day_gives_both():
    day = date(2024, 3, 8)                              # a Friday
    assert calendar(_said("on Friday"), (day, day)) == (4, (3, 8))
    assert calendar(_said("this week"), (day, date(2024, 3, 10))) == (None, None)


def test_days_further_apart_than_the_slack_clash_round_the_week_and_the_year():
    assert calendars_clash((3, None), (0, None))        # Thursday, Monday
    assert not calendars_clash((6, None), (0, None))    # Sunday night, Monday
    assert not calendars_clash((None, (12, 31)), (None, (1, 1)))
    assert calendars_clash((None, (3, 4)), (None, (3, 9)))
    assert not calendars_clash((3, None), (None, (3, 9)))   # nothing to compare
