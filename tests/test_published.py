"""Publication dates from record values, URLs, text lines and datelines (eventwire.published;
a web page's shown dates and metadata: tests/test_page_dates.py)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.published import (
    date_from_url,
    dateline_date,
    day_of_url,
    dated_line,
    find_any_date,
    find_written_date,
    is_stated_update,
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
    ("2015/11/17", date(2015, 11, 17)),      # numeric, as tables export them
    ("2015.11.17 09:30", date(2015, 11, 17)),
    ("17.11.2015", date(2015, 11, 17)),      # dotted: day first
    ("17/11/2015 09:30", date(2015, 11, 17)),
    ("11/17/2015", date(2015, 11, 17)),
    ("08/02/2021", None),                    # 8 February or 2 August: not guessed
    ("2/8/2021 14:00", None),
    ("2015/17/11", None),
    ("1447752600", date(2015, 11, 17)),      # a Unix timestamp: its UTC day
    ("1447752600000", date(2015, 11, 17)),   # in milliseconds
    ("1447752600.25", date(2015, 11, 17)),
    ("9447752600", None),                    # no year 2269
    ("144775260", None),                     # nine digits: an id, not a time
])
def test_parse_date_value(value, expected):
    assert parse_date_value(value) == expected


@pytest.mark.parametrize("value, day_first, expected", [
    ("08/02/2021", True, date(2021, 2, 8)),
    ("08/02/2021", False, date(2021, 8, 2)),
    ("2/8/2021 14:00", True, date(2021, 8, 2)),
    ("25/12/2021", False, date(2021, 12, 25)),      # a day over 12 tells the order itself
    ("12/25/2021", True, date(2021, 12, 25)),
    ("10.11.2021", False, date(2021, 11, 10)),      # dotted: day first wherever written
    ("2021/02/08", True, date(2021, 2, 8)),
])
def test_parse_date_value_with_the_users_order(value, day_first, expected):
    assert parse_date_value(value, day_first) == expected


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
    ("https://news.example.org/2008/08/08/games-open", date(2008, 8, 8)),
    ("https://news.example.org/world/2008/aug/08/games-open", date(2008, 8, 8)),
    ("https://news.example.org/world/2019/NOV/18/x", date(2019, 11, 18)),
    ("https://news.example.org/2019/11/8/20948348/air-quality", date(2019, 11, 8)),
    ("https://news.example.org/news/august_8_2008.html", date(2008, 8, 8)),
    ("https://news.example.org/sports/games-open-august-8-2008", date(2008, 8, 8)),
    ("https://news.example.org/things-to-know-today-november-19-2019-11", date(2019, 11, 19)),
    ("https://news.example.org/8-aug-2008/games", date(2008, 8, 8)),
    ("https://news.example.org/a/20080808", date(2008, 8, 8)),
    ("https://news.example.org/2019/11/10-things-to-know", None),     # a slug, not a day
    ("https://news.example.org/2019/11/opening-bell", None),          # month only
    ("https://news.example.org/story/201911181077343476-x", None),    # an id with digits on
    ("https://news.example.org/2019/02/30/x", None),                  # no such day
    ("https://news.example.org/2008/aug/32/x", None),
    ("https://news.example.org/may-day-march-2019", None),
    ("https://news.example.org/2099/01/01/x", None),                  # the future
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
    ("Veröffentlicht am 10.11.2021, 08:15 Uhr", date(2021, 11, 10), False),
    ("Publié le 2 novembre 2021 à 10h", date(2021, 11, 2), False),
    ("Publicado el 10 de noviembre de 2021", date(2021, 11, 10), False),
    ("Posted 3/4/2021", date(2021, 3, 4), False),
    ("Posted on 25/10/2021", date(2021, 10, 25), False),
    ("Publicado por la redacción", None, False),
    # a byline's date and time ("on ... at ...")
    ("on March 6, 2024 at 4:31 AM", date(2024, 3, 6), False),
    ("Wednesday, March 6, 2024 at 10:45 pm", date(2024, 3, 6), False),
    ("Talks resumed on March 6, 2024 at noon.", None, False),
    ("at the border on March 6, 2024", None, False),
])
def test_dated_line(line, expected, update):
    assert dated_line(line) == expected
    if expected:
        assert is_stated_update(line) is update


@pytest.mark.parametrize("text, language, expected", [
    ("10.11.2021", "de", date(2021, 11, 10)),
    ("10.11.2021", "de-at", date(2021, 11, 10)),
    ("11/10/2021", "en-us", date(2021, 11, 10)),
    ("11/10/2021", "en", date(2021, 11, 10)),
    ("11/10/2021", "en-gb", date(2021, 10, 11)),
    ("11/10/2021", "fr", date(2021, 10, 11)),
    ("25/10/2021", "en-us", date(2021, 10, 25)),      # 25 cannot be a month: day first
    ("10/25/2021", "fr", date(2021, 10, 25)),         # nor here: month first
    ("2. November 2021", "de", date(2021, 11, 2)),
    ("10 novembre 2021", "fr", date(2021, 11, 10)),
    ("10 de noviembre de 2021", "es", date(2021, 11, 10)),
    ("3 ноября 2021", "ru", date(2021, 11, 3)),
    ("12 ottobre 2020, 10:30", "it", date(2020, 10, 12)),
    ("2021年11月10日", None, date(2021, 11, 10)),
    ("Nov. 10, 2021", None, date(2021, 11, 10)),
    ("2021-11-10T08:00", None, date(2021, 11, 10)),
    ("31.02.2021", "de", None),
    ("version 1.2.2021", "de", date(2021, 2, 1)),     # a numeric date is a date: labels decide
    ("Room 10, 2021", "en", None),
    ("10.11.2021", None, date(2021, 11, 10)),        # no language: dots are day first
    ("11/10/2021", None, date(2021, 11, 10)),        # slashes: month first, as in English
    ("in the 2021 season", "en", None),
    # year first with slashes or dots is plain in every language
    ("2022/03/12", "en-us", date(2022, 3, 12)),
    ("2022.03.12 10:00", "de", date(2022, 3, 12)),
    ("2022/13/45", None, None),
    ("file 12/2022/03/04", None, None),               # part of a longer number
    # Arabic-Indic digits and the Levantine month names ("آذار/مارس": both names of March)
    ("\u0661\u0662 \u0645\u0627\u0631\u0633 \u0662\u0660\u0662\u0662", "ar", date(2022, 3, 12)),
    ("12 آذار 2022", "ar", date(2022, 3, 12)),
    ("12 آذار/مارس 2022", "ar", date(2022, 3, 12)),
    ("3 كانون الثاني 2021", "ar", date(2021, 1, 3)),
    ("5 آب 2021", "ar", date(2021, 8, 5)),
    ("20 تشرين الأول 2019", None, date(2019, 10, 20)),
    ("آب 2021", "ar", None),                           # no day: no date
])
def test_find_any_date(text, language, expected):
    assert find_any_date(text, language) == expected


def _utc(text):
    from datetime import datetime
    return datetime.fromisoformat(text)


@pytest.mark.parametrize("metadata, from_url, expected", [
    ("2019-11-20T02:59:00+00:00", date(2019, 11, 19), date(2019, 11, 19)),  # US evening story
    ("2019-11-19T23:10:00+00:00", date(2019, 11, 20), date(2019, 11, 20)),  # Asian morning
    ("2019-11-20T10:00:00+00:00", date(2019, 11, 19), None),   # a UTC morning is that day
    ("2019-11-19T08:00:00+00:00", date(2019, 11, 20), None),
    ("2019-11-20T02:59:00-06:00", date(2019, 11, 19), None),   # a local time says its day
    ("2019-11-20T02:59:00", date(2019, 11, 19), None),         # no time zone: unknown
    ("2019-11-19T02:00:00+00:00", date(2019, 11, 19), None),   # agree: metadata says it
    ("2019-11-22T02:00:00+00:00", date(2019, 11, 19), None),   # further apart: metadata
    (None, date(2019, 11, 19), None),
    ("2019-11-20T02:59:00+00:00", None, None),
])
def test_day_of_url(metadata, from_url, expected):
    assert day_of_url(metadata and _utc(metadata), from_url) == expected


def test_date_words_mapped_gives_offsets_in_the_text_as_written():
    from eventwire.date_words import date_words_mapped
    text = "في ١٢ آذار وفي 3 كانون الثاني و5 آب، والأبطال."
    read, original = date_words_mapped(text)
    assert read == "في 12 مارس وفي 3 يناير و5 أغسطس، والأبطال."   # "الأبطال" holds no month
    for name, written in (("مارس", "آذار"), ("يناير", "كانون الثاني"), ("أغسطس", "آب")):
        at = read.index(name)
        assert text[original(at):original(at + len(name))] == written
    assert original(0) == 0 and original(len(read)) == len(text)
    assert text[original(read.index("والأبطال")):] == "والأبطال."
    plain = "Floods on 2 March."
    assert date_words_mapped(plain)[0] == plain and date_words_mapped(plain)[1](5) == 5


def test_a_record_from_a_british_address_reads_its_shown_date_day_first():
    from eventwire.clean import read_page
    html = ('<html lang="en"><head><title>Floods</title></head><body><article><h1>Floods</h1>'
            '<p class="date">Published: 08/02/2021</p><p>Floods hit the town on Monday, '
            'forcing hundreds from their homes, officials said.</p></article></body></html>')
    page = read_page(html, None)
    assert page.shown("https://www.example.co.uk/news/floods") == date(2021, 2, 8)
    assert page.shown("https://www.example.com/news/floods") == date(2021, 8, 2)


# A dateline's day, read on 6 December 2026 (the reference: the crawl, or the day it is read).
READ_ON = date(2026, 12, 6)


@pytest.mark.parametrize("when, expected", [
    ("March 3", date(2026, 3, 3)),             # earlier this year
    ("MARCH 3", date(2026, 3, 3)),
    ("Dec. 5", date(2026, 12, 5)),             # yesterday
    ("Dec 7", date(2026, 12, 7)),              # tomorrow: a time zone ahead
    ("Dec 8", date(2025, 12, 8)),              # later this year: last year's
    ("Dec. 31", date(2025, 12, 31)),
    ("3 March", date(2026, 3, 3)),
    ("nov. 2", date(2026, 11, 2)),
    ("Sept 12", date(2026, 9, 12)),
    ("Feb 29", date(2024, 2, 29)),             # the last leap day
    ("Nov. 17, 2025", date(2025, 11, 17)),     # a year written is kept
    ("Tuesday, 4 June 2026", date(2026, 6, 4)),
    ("12 March 2027", None),                   # after the reference: refused
    ("Lebanon 3", None),                       # a region and a number, no month
    ("Jan 35", None),
    (None, None),
])
def test_a_datelines_day_is_its_latest_date_not_after_the_reference(when, expected):
    assert dateline_date(when, READ_ON) == expected


def test_a_datelines_day_early_in_january_reads_december_as_last_year():
    assert dateline_date("Dec. 30", date(2027, 1, 2)) == date(2026, 12, 30)
    assert dateline_date("Jan. 1", date(2027, 1, 2)) == date(2027, 1, 1)
