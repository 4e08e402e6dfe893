"""The publication dates a web page shows: visible labelled dates, metadata times and the
newsroom's day, and the page's language (eventwire.page_dates)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.page_dates import (
    metadata_time,
    page_date,
    page_language,
    shown_dates,
    visible_date,
)


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


def _page(body, head="", lang="en"):
    return _tree(f'<html lang="{lang}"><head>{head}</head><body>{body}</body></html>')


@pytest.mark.parametrize("body, lang, expected", [
    ("<p class='meta'>PUBLISHED: <time>November 19, 2019 at 8:59 pm</time></p><p>Text.</p>",
     "en-US", date(2019, 11, 19)),
    ("<div>Published 7:07 PM EST Nov 19, 2019</div>", "en", date(2019, 11, 19)),
    ("<div>Posted on 19/11/2019</div>", "en-GB", date(2019, 11, 19)),
    ("<span>Veröffentlicht am 10.11.2021 um 08:00 Uhr</span>", "de", date(2021, 11, 10)),
    ("<span>Publié le 2 novembre 2021 à 10h</span>", "fr", date(2021, 11, 2)),
    ("<span>Publicado el 10 de noviembre de 2021</span>", "es", date(2021, 11, 10)),
    ("<span>Pubblicato il 12 ottobre 2020</span>", "it", date(2020, 10, 12)),
    ("<p>تاريخ النشر: 2022/03/12 - 10:30</p>", "ar", date(2022, 3, 12)),
    ("<p>نشر في \u0661\u0662 أيار \u0662\u0660\u0662\u0662</p>", "ar", date(2022, 5, 12)),
    ("<div>Published: 2019/11/19</div>", "en", date(2019, 11, 19)),
    ("<div class='article-date-published'>Nov. 19, 2019</div>", "en", date(2019, 11, 19)),
    ("<time itemprop='datePublished'>2. November 2021</time>", "de", date(2021, 11, 2)),
    # an update label is not a publication; a marked update neither
    ("<div>Updated: Nov 20, 2019</div><div class='date-modified'>Nov 21, 2019</div>", "en",
     None),
    # a label without a date near it, and a date far from its label
    ("<p>Published by the ministry. The report on the attack of " + "x " * 40
     + "Nov 20, 2019</p>", "en", None),
    ("<div class='published'>" + "A long paragraph. " * 20 + "Nov 20, 2019</div>", "en", None),
    ("<script>var d = 'Published: Nov 20, 2019';</script><p>Text.</p>", "en", None),
])
def test_visible_date(body, lang, expected):
    tree = _page(body, lang=lang)
    assert visible_date(tree, page_language(tree)) == expected


def test_the_first_labelled_date_wins():
    tree = _page("<p>Published Nov 19, 2019</p><aside>Posted Nov 3, 2019</aside>")
    assert visible_date(tree) == date(2019, 11, 19)


@pytest.mark.parametrize("html, expected", [
    ('<html lang="de-DE"><body></body></html>', "de-de"),
    ('<html xml:lang="fr"><body></body></html>', "fr"),
    ('<html><head><meta http-equiv="content-language" content="es, en"></head></html>', "es"),
    ('<html><head><meta property="og:locale" content="en_GB"></head></html>', "en-gb"),
    ("<html><body><p>x</p></body></html>", None),
    # English without a country takes that of the page's own address, when its domain has one
    ('<html lang="en"><head><link rel="canonical" href="https://www.bbc.co.uk/news/1">'
     "</head></html>", "en-gb"),
    ('<html><head><meta property="og:url" content="https://www.dawn.com.pk/news/1"></head>'
     "</html>", "en-pk"),
    ('<html lang="en"><head><link rel="canonical" href="https://news.example.com/1"></head>'
     "</html>", "en"),                                  # a generic domain says nothing
    ('<html lang="en"><head><link rel="canonical" href="https://www.thestar.ca/1"></head>'
     "</html>", "en"),                                  # Canada writes both orders
    ('<html lang="en-US"><head><link rel="canonical" href="https://x.co.uk/1"></head></html>',
     "en-us"),                                          # a declared country wins
    ('<html lang="fr"><head><link rel="canonical" href="https://x.co.uk/1"></head></html>',
     "fr"),
])
def test_page_language(html, expected):
    assert page_language(_tree(html)) == expected


def test_extensive_search_is_kept_only_when_the_page_shows_the_full_date():
    shown = _page("<article><p>Rebels shelled a camp.</p><p>19 November 2019</p></article>")
    assert page_date(shown) is None                  # no metadata: the text needs the search
    assert page_date(shown, extensive=True) == date(2019, 11, 19)
    month_only = _page("<article><p>Rebels shelled a camp.</p><p>November 2019</p>"
                       "<footer>© 2019 Example Wire</footer></article>")
    assert page_date(month_only, extensive=True) is None
    assert shown_dates(shown) == {date(2019, 11, 19)}


def _utc(text):
    from datetime import datetime
    return datetime.fromisoformat(text)


def test_metadata_time_finds_the_timestamp_of_the_day():
    tree = _page("<p>x</p>", head='<meta property="article:published_time" '
                 'content="2019-11-20T02:59:46+00:00"><script type="application/ld+json">'
                 '{"dateModified": "2019-11-21T08:00:00Z"}</script>')
    assert metadata_time(tree, date(2019, 11, 20)) == _utc("2019-11-20T02:59:46+00:00")
    assert metadata_time(tree, date(2019, 11, 21)) == _utc("2019-11-21T08:00:00+00:00")
    assert metadata_time(tree, date(2019, 11, 22)) is None


def _article_page(head: str, body: str, lang: str = "en") -> str:
    return (f'<html lang="{lang}"><head>{head}</head><body><article><h1>Storm hits coast</h1>'
            f"{body}<p>Rescuers searched the flooded streets through the night.</p>"
            "</article></body></html>")


_UTC_MORNING = '<meta property="article:published_time" content="2021-03-09T04:12:40+00:00">'


@pytest.mark.parametrize("head, body, lang, expected", [
    # a date-only meta tag, and the same moment with its local offset: the local day
    ('<meta name="published" content="2021-03-09">'
     '<meta name="dated_time" content="2021-03-08T21:40:00-07:00">', "", "en",
     date(2021, 3, 8)),
    ('<script type="application/ld+json">{"datePublished": "2021-03-09T02:05:00Z", '
     '"dateCreated": "2021-03-08T20:05:00-06:00"}</script>', "", "en", date(2021, 3, 8)),
    # a UTC meta time, and the page's own clock showing the evening before
    (_UTC_MORNING, "<p>March 8, 2021 11:12 PM</p>", "en", date(2021, 3, 8)),
    (_UTC_MORNING, "<p>By Staff | 8 March 2021 at 8:12 p.m.</p>", "en-gb", date(2021, 3, 8)),
    (_UTC_MORNING, '<p class="meta">08.03.2021, 23:12 Uhr</p>', "de", date(2021, 3, 8)),
    # ... or the morning after, east of Greenwich
    ('<meta property="article:published_time" content="2021-03-08T20:30:00Z">',
     "<p>09/03/2021 05:30</p>", "fr", date(2021, 3, 9)),
])
def test_page_date_is_the_newsrooms_day_when_the_page_shows_it(head, body, lang, expected):
    assert page_date(_tree(_article_page(head, body, lang))) == expected


@pytest.mark.parametrize("head, body", [
    # a shown time that is not the metadata's moment on any whole-hour clock
    (_UTC_MORNING, "<p>March 8, 2021 11:47 PM</p>"),
    # another day shown without a time: a related story, not this one's clock
    (_UTC_MORNING, "<p>Related: March 8, 2021</p>"),
    # more than fourteen hours away
    (_UTC_MORNING, "<p>March 7, 2021 11:12 PM</p>"),
    # the local stamp is of another moment (its UTC day is not the metadata's)
    ('<meta property="article:published_time" content="2021-03-09">'
     '<meta name="dated_time" content="2021-03-10T01:00:00-05:00">', ""),
    # the shown clock agrees with the metadata's day
    (_UTC_MORNING, "<p>March 9, 2021 04:12</p>"),
])
def test_page_date_keeps_the_metadata_day_without_such_evidence(head, body):
    assert page_date(_tree(_article_page(head, body))) == date(2021, 3, 9)


def test_a_numeric_date_on_an_english_page_is_read_in_its_countrys_order():
    head = "<link rel='canonical' href='https://www.thehindu.co.in/news/1'>"
    tree = _page("<p>Published 04/03/2022</p>", head=head)
    assert visible_date(tree, page_language(tree)) == date(2022, 3, 4)
    tree = _page("<p>Published 04/03/2022</p>")          # no address: American English
    assert visible_date(tree, page_language(tree)) == date(2022, 4, 3)


@pytest.mark.parametrize(("url", "expected"), [
    ("https://www.example.co.uk/news/flooding", "en-gb"),      # day first
    ("https://www.example.com.au/news/flooding", "en-au"),
    ("https://www.example.com/news/flooding", "en"),           # no country: as declared
    (None, "en"),
])
def test_an_english_page_without_a_country_takes_the_documents_address(url, expected):
    tree = _tree('<html lang="en"><head><title>T</title></head><body><p>x</p></body></html>')
    assert page_language(tree, url) == expected
