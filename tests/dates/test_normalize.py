"""Recognition and normalisation of time expressions in hand-written news sentences."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.dates import find_timexes

TUESDAY = date(2015, 11, 17)      # a Tuesday
MARCH = date(2013, 3, 22)         # a Friday in March


def only(text: str, anchor: date | None = TUESDAY):
    found = find_timexes(text, anchor)
    assert len(found) == 1, found
    tx = found[0]
    assert text[tx.span[0]:tx.span[1]] == tx.text
    return tx


@pytest.mark.parametrize(("text", "anchor", "words", "value", "precision"), [
    ("Rebels shelled the base on Friday.", TUESDAY, "Friday", "2015-11-13", 1),
    ("The minister spoke on Tuesday.", TUESDAY, "Tuesday", "2015-11-17", 1),
    ("Talks will resume on Thursday.", TUESDAY, "Thursday", "2015-11-19", 1),
    ("Last Tuesday the army withdrew.", TUESDAY, "Last Tuesday", "2015-11-10", 1),
    ("The ceasefire was agreed last week.", TUESDAY, "last week", "2015-W46", 2),
    ("The ceasefire was agreed this week.", TUESDAY, "this week", "2015-W47", 2),
    ("Troops entered the town in late October.", TUESDAY, "late October", "2015-10", 3),
    ("The blockade began in early December.", MARCH, "early December", "2012-12", 3),
    ("The offensive started in mid-January.", MARCH, "mid-January", "2013-01", 3),
    ("The talks will open in June.", MARCH, "June", "2013-06", 3),
    ("The attack happened in June.", MARCH, "June", "2012-06", 3),
    ("Protests broke out late last July.", MARCH, "late last July", "2012-07", 3),
    ("The dam burst at the end of October.", TUESDAY, "the end of October", "2015-10", 3),
    ("Crops failed last summer.", MARCH, "last summer", "2012-SU", 4),
    ("Fighting resumed in the spring of 2014.", TUESDAY, "spring of 2014", "2014-SP", 4),
    ("Unrest peaked in the 1990s.", TUESDAY, "the 1990s", "199", 6),
    ("The border was drawn in the 19th century.", TUESDAY, "the 19th century", "18", 7),
    ("The village was razed three days ago.", TUESDAY, "three days ago", "2015-11-14", 1),
    ("The mine opened six years ago.", MARCH, "six years ago", "2007", 5),
    ("Elections were held last year.", MARCH, "last year", "2012", 5),
    ("The region was calm in 2009.", MARCH, "2009", "2009", 5),
    ("The deal was signed on March 3, 2011.", MARCH, "March 3, 2011", "2011-03-03", 1),
    ("The deal was signed on 3 March 2011.", MARCH, "3 March 2011", "2011-03-03", 1),
    ("The deal was signed on Dec. 24.", MARCH, "Dec. 24", "2012-12-24", 1),
    ("The court ruled yesterday.", TUESDAY, "yesterday", "2015-11-16", 1),
    ("The report appeared on 2014-06-30.", TUESDAY, "2014-06-30", "2014-06-30", 1),
    ("Profits fell in the fourth quarter of 2012.", MARCH, "the fourth quarter of 2012",
     "2012-Q4", 4),
])
def test_point_expressions(text, anchor, words, value, precision):
    tx = only(text, anchor)
    assert (tx.text, tx.value, tx.precision, tx.type, tx.role) == (
        words, value, precision, "DATE", "point")
    assert tx.start <= tx.end


def test_now_is_the_present():
    tx = only("Civilians are now trapped in the city.")
    assert tx.value == "PRESENT_REF" and tx.end == TUESDAY and tx.precision == 2
    assert (TUESDAY - tx.start).days == 6


@pytest.mark.parametrize(("text", "words", "value"), [
    ("For months, the army has besieged the town.", "months", "PXM"),
    ("The siege lasted three weeks.", "three weeks", "P3W"),
    ("A four-week closure was ordered.", "four-week", "P4W"),
    ("Talks went on for 24 hours.", "24 hours", "PT24H"),
    ("It was the worst flood in a decade.", "a decade", "P10Y"),
])
def test_durations(text, words, value):
    tx = only(text)
    assert (tx.text, tx.type, tx.value, tx.role) == (words, "DURATION", value, "duration")


def test_the_past_few_days_is_a_range_ending_on_the_anchor():
    tx = only("The group has stepped up arrests in the past few days.")
    assert tx.type == "DURATION" and tx.value == "PXD" and tx.role == "point"
    assert tx.end == TUESDAY and tx.start < TUESDAY and tx.precision == 2


@pytest.mark.parametrize("text", [
    "The rebels have held the city since early 2014.",
    "The town has been under siege since March 2012.",
])
def test_since_is_background(text):
    assert only(text).role == "background"


def test_sets_are_background():
    tx = only("Jets bomb the city daily.")
    assert (tx.type, tx.role) == ("SET", "background")


@pytest.mark.parametrize(("text", "value", "start", "end"), [
    ("Clashes raged from March 3 to 5 near the border.", "2015-03-03", date(2015, 3, 3),
     date(2015, 3, 5)),
    ("Between 10 and 15 March, shelling went on.", "2015-03-10", date(2015, 3, 10),
     date(2015, 3, 15)),
])
def test_ranges_of_days(text, value, start, end):
    tx = only(text)
    assert (tx.value, tx.start, tx.end, tx.precision) == (value, start, end, 2)


def test_year_ranges_are_two_years():
    found = find_timexes("The drought of 1957-58 was severe.", TUESDAY)
    assert [(t.text, t.value) for t in found] == [("1957", "1957"), ("58", "1958")]


def test_without_an_anchor_relative_dates_keep_their_text_only():
    friday = only("Rebels shelled the base on Friday.", None)
    assert friday.start is None and friday.text == "Friday" and friday.value == "XXXX-WXX-5"
    fixed = only("The deal was signed on March 3, 2011.", None)
    assert fixed.start == date(2011, 3, 3)


@pytest.mark.parametrize("text", [
    "The 350,000 residents may flee.", "Rebels are 30 miles away.", "He marched with 2,000 men.",
    "British Summer Time starts soon.", "A 25-year-old was wounded.",
])
def test_no_time_expression(text):
    assert find_timexes(text, TUESDAY) == ()


WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)),
       st.integers(min_value=0, max_value=6))
def test_weekdays_follow_the_tense(anchor, weekday):
    name = WEEKDAY_NAMES[weekday]
    past = only(f"Gunmen attacked the convoy on {name}.", anchor)
    future = only(f"The leaders will meet on {name}.", anchor)
    assert past.start.weekday() == weekday == future.start.weekday()
    assert anchor - timedelta(days=6) <= past.start <= anchor
    assert anchor <= future.start <= anchor + timedelta(days=6)


PIECES = ["Rebels attacked on Friday.", "In late October, troops left.", " since early 2014",
          "for months", "The 1990s were calm.", "between 3 and 9 May", "last summer",
          "three weeks ago", "the past few days", "now", "\n\n", "March 3-5, 2012",
          "the end of the year", "Talks will resume next week.", "2009-2010"]


@given(st.lists(st.sampled_from(PIECES), max_size=8),
       st.one_of(st.none(), st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))))
def test_every_timex_indexes_the_text_and_ranges_are_ordered(parts, anchor):
    text = " ".join(parts)
    for tx in find_timexes(text, anchor):
        assert text[tx.span[0]:tx.span[1]] == tx.text
        assert tx.role in ("point", "duration", "background", "attributive")
        assert tx.type in ("DATE", "TIME", "DURATION", "SET")
        if tx.start is not None and tx.end is not None:
            assert tx.start <= tx.end
        if anchor is None and tx.start is not None:
            assert tx.value and tx.value[:1].isdigit()   # only absolute dates resolve


def test_the_next_day_counts_from_the_last_day_named():
    found = find_timexes("Rebels attacked on March 3, 2012. The army struck back the next day.",
                         TUESDAY)
    assert [(t.text, t.value) for t in found] == [("March 3, 2012", "2012-03-03"),
                                                  ("the next day", "2012-03-04")]


@pytest.mark.parametrize(("text", "value", "mod"), [
    ("Sales rose early this year.", "2015", "START"),
    ("Prices fell late last month.", "2015-10", "END"),
])
def test_parts_of_relative_units(text, value, mod):
    tx = only(text)
    assert (tx.value, tx.mod) == (value, mod) and tx.start <= tx.end


def test_dates_outside_the_calendar_are_kept_without_dates():
    from datetime import date

    from eventwire.dates import find_timexes

    for text, words in [("The shrine was built 5,000 years ago.", "5,000 years ago"),
                        ("It dates back 25 centuries ago, guides say.", "25 centuries ago"),
                        ("a relic of the 0th century", "the 0th century")]:
        (tx,) = find_timexes(text, date(2020, 1, 1))
        assert tx.text == words and tx.start is None and tx.end is None


# Every unit the recognisers know, after every relation word: normalising never fails (one
# unknown unit failed a whole document: "the past quarter" had no duration code).
_UNITS = ("second", "minute", "hour", "day", "night", "week", "weekend", "fortnight", "month",
          "quarter", "year", "decade", "century", "period")
_RELATIONS = ("the past", "the last", "last", "next", "this", "the", "the previous",
              "the coming", "in the past", "recent", "the following", "the same", "the final")


@pytest.mark.parametrize("unit", _UNITS)
def test_every_unit_after_every_relation_normalises(unit):
    for rel in _RELATIONS:
        for text in (f"It happened {rel} {unit}, police said.",
                     f"Over {rel} two {unit}s, rebels attacked.", f"Prices rose in {rel} {unit}s."):
            find_timexes(text, date(2024, 3, 4))        # raises on a unit it cannot code


def test_the_past_quarter_is_a_duration_of_one_quarter_ending_at_the_report():
    (t,) = find_timexes("Profits fell in the past quarter, the firm said.", date(2024, 3, 4))
    assert (t.type, t.value, t.end) == ("DURATION", "P1Q", date(2024, 3, 4))


@pytest.mark.parametrize(("text", "value", "days"), [
    ("Strikes killed 40 people over the past 24 hours, medics said.", "PT24H", 1),
    ("In the last 48 hours, 12 soldiers were wounded.", "PT48H", 2),
    ("Shelling has gone on for the past 72 hours.", "PT72H", 3),
    ("At least 36 arrests were made in the past 36 hours.", "PT36H", 2),
    ("Two quakes struck in the past few hours.", "PTXH", 1),
    ("Rains fell over the past three days.", "P3D", 3),
])
def test_the_past_hours_reach_back_days_of_hours_not_a_day_an_hour(text, value, days):
    anchor = date(2024, 3, 4)
    (t,) = find_timexes(text, anchor)
    assert (t.value, t.end, anchor - t.start) == (value, anchor, timedelta(days=days))


@given(st.integers(1, 2000))
def test_hours_back_never_reach_further_than_the_days_they_fill(hours):
    (t,) = find_timexes(f"Fighting went on over the past {hours} hours.", date(2024, 3, 4))
    assert (date(2024, 3, 4) - t.start).days == max(1, -(-hours // 24))
