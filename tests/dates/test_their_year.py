"""A month or a day followed by the year it is of is one expression of that year
(dates/their_year.py). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.dates import find_timexes

JUNE = date(2025, 6, 23)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def _timexes(text):
    return [(t.text, t.value, t.precision) for t in find_timexes(text, JUNE)]


@pytest.mark.parametrize(("text", "expected"), [
    ("In January last year, a shell landed in the same street.",
     [("January last year", "2024-01", 3)]),
    ("In late January of last year, a shell landed.", [("late January of last year", "2024-01", 3)]),
    ("On March 3 last year, gunmen attacked the post.", [("March 3 last year", "2024-03-03", 1)]),
    ("In March this year, rebels attacked the town.", [("March this year", "2025-03", 3)]),
])
def test_a_month_or_day_takes_the_year_that_follows_it(text, expected):
    assert _timexes(text) == expected


@pytest.mark.parametrize("text", [
    "In January, a shell landed. Last year was calm.",            # another sentence's year
    "The shelling of January, unlike last year's, killed nine.",  # not right after it
    "In January 2024 a shell landed in the same street.",          # a year of its own
])
def test_other_years_stay_apart(text):
    assert not any(t.endswith("year") and v and len(v) > 4 for t, v, _ in _timexes(text))


@given(st.sampled_from(MONTHS), st.sampled_from(["last year", "of last year"]))
def test_any_month_of_last_year_is_that_month_of_the_year_before(month, year):
    ((text, value, precision),) = _timexes(f"In {month} {year}, the camp was attacked.")
    assert value == f"2024-{MONTHS.index(month) + 1:02d}" and precision == 3
