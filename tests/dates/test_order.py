"""Day and month order of numeric dates, and slash pairs that name attacks, not days
(eventwire/dates/order.py and the numeric pattern)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.dates import day_first_for, find_timexes
from eventwire.dates.order import numeric_order

MONDAY = date(2023, 11, 6)


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2049, 12, 31)), st.booleans())
def test_a_numeric_date_reads_back_in_the_order_it_was_written(day, day_first):
    first, second = (day.day, day.month) if day_first else (day.month, day.day)
    text = f"The deal was signed on {first}/{second}/{day.year}."
    (tx,) = find_timexes(text, MONDAY, day_first=day_first)
    assert tx.start == day and tx.precision == 1


@pytest.mark.parametrize(("text", "value"), [
    ("The vote is on 9/11/2024.", "2024-09-11"),          # the US order when nothing says
    ("He was arrested on 25/12/2023.", "2023-12-25"),      # a day over 12 shows the order
    ("He was arrested on 12/25/2023.", "2023-12-25"),
    ("Talks collapsed on 26/11/2008 and resumed on 3/2/2009.", "2009-02-03"),  # the document's
])
def test_the_order_a_document_shows(text, value):
    assert find_timexes(text, MONDAY)[-1].value == value


def test_the_order_of_the_country_wins_over_the_default():
    assert find_timexes("The vote is on 9/11/2024.", MONDAY, day_first=True)[0].value == \
        "2024-11-09"


@pytest.mark.parametrize("text", [
    "Memorials marked the anniversary of the 9/11 attacks.",
    "Security was tightened after 9/11.",
    "The 7/7 bombings changed policing in London.",
    "Prosecutors reopened the 26/11 case.",
    "Factories run 24/7 during the harvest.",
    "Post-9/11 laws are still in force.",
])
def test_a_slash_pair_without_a_year_is_no_date(text):
    assert find_timexes(text, MONDAY) == ()


def test_numeric_order():
    assert numeric_order("on 26/11/2008") is True
    assert numeric_order("on 11/26/2008") is False
    assert numeric_order("on 9/11/2008") is None
    assert numeric_order("on 26/11/2008 and 11/26/2008") is None


@pytest.mark.parametrize(("language", "url", "day_first"), [
    ("en", "https://www.example.co.uk/news/1", True),
    ("en", "https://news.example.com.au/a", True),
    ("en", "https://example.us/a", False),
    ("en", "https://example.ph/a", False),
    ("en", "https://example.ca/a", None),
    ("en", "https://example.com/a", None),
    ("en", None, None),
    ("fr", "https://example.com/a", True),
    ("es", None, True),
    (None, None, None),
])
def test_day_first_for(language, url, day_first):
    assert day_first_for(language, url) is day_first
