"""Publication dates from record values, URLs, text lines and page metadata."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.published import (
    date_from_url,
    dated_line,
    find_written_date,
    is_stated_update,
    page_date,
    parse_date_value,
)

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


@pytest.mark.parametrize("value, expected", [
    ("2015-11-17", date(2015, 11, 17)),
    ("2015-11-17T09:30:00Z", date(2015, 11, 17)),
    ("2015-11-17 23:59:00+05:00", date(2015, 11, 17)),
    ("Tue, 17 Nov 2015 09:30:00 GMT", date(2015, 11, 17)),
    ("Nov. 17, 2015", date(2015, 11, 17)),
    ("17 November 2015", date(2015, 11, 17)),
    ("November 17th, 2015", date(2015, 11, 17)),
    ("", None),
    ("soon", None),
    ("2015-02-30", None),
    ("November 2015", None),                 # no day: not a publication date
    ("1850-01-01", None),                    # before EARLIEST
])
def test_parse_date_value(value, expected):
    assert parse_date_value(value) == expected


def test_future_dates_are_refused():
    later = date.today() + timedelta(days=30)
    assert parse_date_value(later.isoformat()) is None
    assert parse_date_value(date.today().isoformat()) == date.today()


@given(st.dates(min_value=date(1950, 1, 1), max_value=date.today()))
def test_written_dates_round_trip(d):
    month = MONTHS[d.month - 1]
    for text in (f"{month} {d.day}, {d.year}", f"{d.day} {month} {d.year}",
                 f"{month[:3]}. {d.day}, {d.year}", d.isoformat()):
        assert find_written_date(f"Filed {text} by staff") == d


@pytest.mark.parametrize("url, expected", [
    ("https://news.example.org/world/2015/11/17/raqqa-strikes", date(2015, 11, 17)),
    ("https://news.example.org/2015-11-17/raqqa", date(2015, 11, 17)),
    ("https://news.example.org/world/20151117/raqqa.html", date(2015, 11, 17)),
    ("https://news.example.org/world/raqqa-strikes", None),
    ("https://news.example.org/story/2015/13/45/x", None),
    ("https://news.example.org/item?id=20151117", None),      # query strings are ids
    ("https://2015.example.org/11/17/", None),                 # host names are not dates
    (None, None),
])
def test_date_from_url(url, expected):
    assert date_from_url(url) == expected


@pytest.mark.parametrize("line, expected, update", [
    ("Published March 6, 2024", date(2024, 3, 6), False),
    ("First published on Wed 6 Mar 2024 10.12 GMT", date(2024, 3, 6), False),
    ("Posted: 2024-03-06", date(2024, 3, 6), False),
    ("Updated 10:45 AM EST, Wed March 6, 2024", date(2024, 3, 6), True),
    ("March 6, 2024, 10:45 AM EST", date(2024, 3, 6), False),
    ("Wed 6 Mar 2024 / 10:45", date(2024, 3, 6), False),
    ("Wednesday, March 6, 2024, 6:41 a.m. ET", date(2024, 3, 6), False),
    ("Sunni fighters March 6, 2024", None, False),
    ("Published reports on March 6, 2024 said the ministry had been warned of the attack.",
     None, False),
    ("The talks ended on March 6, 2024.", None, False),
    ("Rain in Goma March 6, 2024", None, False),
    ("Published", None, False),
])
def test_dated_line(line, expected, update):
    assert dated_line(line) == expected
    if expected:
        assert is_stated_update(line) is update


def _tree(html):
    from lxml.html import fromstring
    return fromstring(html)


def test_page_date_reads_metadata_and_never_guesses():
    meta = ('<html><head><meta property="article:published_time" content="2019-05-14T09:30:00Z">'
            "</head><body><p>Text.</p></body></html>")
    assert page_date(_tree(meta)) == date(2019, 5, 14)
    nothing = "<html><head><title>x</title></head><body><p>Rebels shelled a camp.</p></body></html>"
    assert page_date(_tree(nothing)) is None
    copyright_only = ("<html><body><p>Rebels shelled a camp.</p>"
                      "<footer>© 2019 Example Wire</footer></body></html>")
    assert page_date(_tree(copyright_only)) is None
