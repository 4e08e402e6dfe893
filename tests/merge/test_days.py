"""The days reports name, read as a calendar whether or not a year anchors them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from merge_builders import report

from eventwire.merge.days import (
    DAY_OF_MONTH_FIT,
    DAY_APART_FIT,
    WEEKDAY_FIT,
    calendar,
    calendar_fit,
    calendars_clash,
    telling,
)
from eventwire.merge.evidence import date_feature, profile
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


def test_one_named_weekday_is_weak_evidence_and_one_day_of_the_month_more():
    thursday, monday, friday = (3, None), (0, None), (4, None)
    assert calendar_fit(thursday, (3, None)) == WEEKDAY_FIT > 0
    assert calendar_fit((3, (3, 9)), (None, (3, 9))) == DAY_OF_MONTH_FIT > WEEKDAY_FIT
    assert calendar_fit(thursday, monday) == -1.0
    assert calendar_fit(thursday, friday) == DAY_APART_FIT < 0     # a day apart: no clash
    assert calendar_fit(thursday, (None, None)) == 0.0     # nothing to compare


def test_two_reports_with_no_time_naming_one_weekday_share_some_date_evidence():
    thursday, later = profile(_said("on Thursday")), profile(_said("late on Thursday"))
    assert thursday.window is None and date_feature(thursday, later) == WEEKDAY_FIT
    assert date_feature(thursday, profile(_said("on Monday"))) == -1.0


# --------------------------------------------------------------------------- telling


def _told(words: str) -> str | None:
    return telling(DateValue(None, None, 1, words, (0, len(words))))


def test_a_day_the_calendar_names_is_named():
    for words in ("Monday", "on Tuesday night", "late on Thursday", "March 4", "4 March 2019",
                  "early March", "Christmas Eve", "2019", "3/4/2019", "2019-03-04",
                  "3:45 p.m. on Friday", "last Thursday", "Friday's"):
        assert _told(words) == "named", words


def test_a_day_counted_from_the_reports_own_day_is_deictic():
    for words in ("this morning", "today", "tonight", "yesterday", "last night", "overnight",
                  "10am today", "earlier today", "late yesterday", "this week", "last week",
                  "two days ago"):
        assert _told(words) == "deictic", words


def test_a_day_counted_from_another_time_the_text_tells_is_anaphoric():
    for words in ("the following week", "the next day", "the previous night", "two days later",
                  "days later", "four days earlier", "a week after", "the day before",
                  "that night", "later that evening", "that same morning", "hours later"):
        assert _told(words) == "anaphoric", words


def test_a_clock_time_that_names_no_day_tells_no_day_of_its_own():
    for words in ("10 a.m.", "at 3:20 p.m.", "about 4 p.m. local time", "11.30 p.m. ET",
                  "1400 GMT", "2000 hrs", "around noon", "shortly after midnight", "(5:30 pm)"):
        assert _told(words) == "anaphoric", words
    for words in ("12:00 GMT on Thursday", "10 a.m. Monday", "2011", "in 2000", "9 March"):
        assert _told(words) == "named", words


def test_a_clock_time_the_dates_stage_dated_by_the_text_is_named():
    monday, friday = date(2024, 3, 4), date(2024, 3, 8)
    for words in ("at 3:20 p.m.", "1400 GMT"):
        on = DateValue(monday, monday, 1, words, (0, len(words)))
        assert telling(on, friday) == "named"             # the day came from the text
        assert telling(on, monday) == "anaphoric"         # the publication's day: a guess
        assert telling(on, None) == "named"               # nothing else to date it by


def test_no_words_no_telling():
    assert telling(None) is None
    assert _told("") is None
