"""Publication dates a web page shows: after a publication label or in an element marked as
the publication date (:func:`visible_date`), in its metadata (htmldate: :func:`page_date`), the
newsroom's own day of a UTC timestamp (:func:`local_day`), every full date its text shows
(:func:`shown_dates`), and the language that says how its numeric dates read
(:func:`page_language`). The order the clean stage tries them in, among the record's, the
URL's and the text's dates, is told in :mod:`eventwire.published`, which reads the date shapes.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from .date_words import date_words
from .published import (
    _ANY_WRITTEN, _CJK, _ISO, _NUMERIC, _PUBLISHED_LABEL, _WRITTEN, _YEAR_FIRST, FUTURE_SLACK,
    _read_shape, find_any_date, parse_date_value,
)

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# How far after a label its date may be ("Published 7:07 PM EST Nov 19, 2019" is 31 characters).
LABEL_REACH = 60
# Class, id or itemprop naming the element that holds the publication date.
_PUBLISHED_MARK = re.compile(r"publish|pubdate|post[-_]?date|posted|entry[-_]date|date[-_]?pub",
                             re.IGNORECASE)
# Elements that may be marked: lxml builds a Python object for each element visited, so only
# those with a class, id or itemprop are visited.
_MARKED = "//body//*[@class or @id or @itemprop]"
_UPDATE_MARK = re.compile(r"updat|modif", re.IGNORECASE)
# A marked element holds a date and little else; longer text is a block that happens to match.
MAX_MARKED_CHARS = 120
_TIMESTAMP = re.compile(r"\b(?:19|20)\d\d-[01]\d-[0-3]\d[T ][0-2]\d:[0-5]\d(?::[0-5]\d)?(?:\.\d+)?"
                        r"(?:Z|[+-][01]\d:?[0-5]\d)")
_NON_CONTENT = ("script", "style", "noscript", "template", "svg", "head")


def page_language(tree: HtmlElement, url: str | None = None) -> str | None:
    """The language a page declares (``<html lang>``, content-language, og:locale), as
    ``"en-us"``; None when it declares none. English declared without a country, or nothing
    declared, takes the country of the page's own address (canonical link, og:url, else the
    document's ``url``) when its domain names one: "en" on a .co.uk site is "en-gb", which
    writes the day first."""
    root = tree.getroottree().getroot()
    declared = (root.get("lang"), root.get("xml:lang"),
                root.get("{http://www.w3.org/XML/1998/namespace}lang"))
    if not any(declared):
        declared = root.xpath('//head/meta[@http-equiv="content-language"]/@content'
                              ' | //head/meta[@property="og:locale"]/@content')
    code = next((c.split(",")[0].strip() for value in declared
                 if value and (c := str(value).strip().lower().replace("_", "-"))), None)
    return code if code not in (None, "en") else _english_of_address(tree, url) or code


def _english_of_address(tree: HtmlElement, url: str | None = None) -> str | None:
    """``"en-xx"`` for the country of the page's own address (or the document's ``url``),
    when its domain tells one."""
    from .dates.order import day_first_for
    from .places.outlet import outlet_country

    addresses = [*tree.xpath('//head/link[@rel="canonical"]/@href'
                             ' | //head/meta[@property="og:url"]/@content'), *([url] if url else [])]
    for address in addresses:
        if (country := outlet_country(str(address))) is not None and \
                day_first_for("en", str(address)) is not None:
            return f"en-{country.lower()}"
    return None



def visible_date(tree: HtmlElement, language: str | None = None) -> date | None:
    """The publication date a page shows: after a publication label ("Published: ...",
    "Veröffentlicht am ...") or in an element marked as the publication date (its class, id
    or itemprop); the first in page order, else None."""
    flat = _visible_text(tree)
    for m in _PUBLISHED_LABEL.finditer(flat):
        if (found := find_any_date(flat[m.end():m.end() + LABEL_REACH], language)) is not None:
            return found
    for element in tree.xpath(_MARKED):
        if element.tag in _NON_CONTENT:
            continue
        marks = " ".join(element.get(a) or "" for a in ("class", "id", "itemprop"))
        if _PUBLISHED_MARK.search(marks) and not _UPDATE_MARK.search(marks):
            text = " ".join(element.text_content().split())
            if len(text) <= MAX_MARKED_CHARS and (found := find_any_date(text, language)):
                return found
    return None


def page_date(tree: HtmlElement, *, extensive: bool = False) -> date | None:
    """The publication date in a parsed page's metadata (htmldate), or None.

    With ``extensive`` htmldate also searches the page's free text, where it falls back to
    month-only dates (the 1st of the month) and the copyright year (1 January), which would
    anchor "on Friday" to a made-up day: such a date is kept only when the page shows it as a
    full date (day, month and year). No URL is given: htmldate reads the page's own
    (canonical) link as part of its metadata, and the caller tries the given URL after it.
    """
    from htmldate import find_date

    found = find_date(tree, extensive_search=extensive, original_date=True,
                      deferred_url_extractor=True,
                      max_date=(date.today() + FUTURE_SLACK).isoformat())
    when = parse_date_value(found) if found else None
    if when is None:
        return None
    if not extensive:
        return local_day(tree, when) or when
    return when if when in shown_dates(tree, page_language(tree)) else None


# The widest offsets from UTC of a newsroom's clock (UTC-12 .. UTC+14).
MAX_OFFSET_HOURS = 14
# A time shown beside a date ("November 18, 2019 11:03 PM", "18.11.2019, 23:03"); how far
# from the date it may stand (characters).
_CLOCK = re.compile(r"(?<![\d:])(?P<h>[0-2]?\d)[:.h](?P<m>[0-5]\d)(?!\d)"
                    r"(?:\s*(?P<ampm>[ap])\.?\s?m\b\.?)?", re.IGNORECASE)
CLOCK_REACH = 25


def local_day(tree: HtmlElement, day: date) -> date | None:
    """The newsroom's calendar day of a publication that the page's metadata dates ``day``
    in UTC, when the page itself shows it: a metadata timestamp with its local offset
    ("2019-11-18T22:15:39-05:00", which is the 19th in UTC), or a date and time the page
    shows that are the metadata's UTC moment on a clock up to :data:`MAX_OFFSET_HOURS` away
    ("November 18, 2019 11:03 PM" for 07:03 UTC on the 19th). None when nothing says so."""
    stamps = list(_metadata_stamps(tree))
    for stamp in stamps:
        offset = stamp.utcoffset()
        if offset and stamp.date() != day and _utc(stamp).date() == day:
            return stamp.date()
    utc_stamps = [_utc(s) for s in stamps if s.utcoffset() == timedelta(0) and s.date() == day]
    if not utc_stamps:
        return None
    for shown in _shown_moments(tree, page_language(tree)):
        if shown.date() != day and any(_same_moment(shown, u) for u in utc_stamps):
            return shown.date()
    return None


def _utc(stamp: datetime) -> datetime:
    return (stamp - (stamp.utcoffset() or timedelta(0))).replace(tzinfo=None)


def _same_moment(local: datetime, utc: datetime) -> bool:
    """Whether a naive local time is ``utc`` on a clock a whole number of hours away (to the
    minute: a page shows no seconds)."""
    delta = (local - utc.replace(second=0, microsecond=0)).total_seconds()
    return abs(delta) <= MAX_OFFSET_HOURS * 3600 and delta % 3600 == 0


def _metadata_stamps(tree: HtmlElement):
    """Timestamps with a time zone in the page's meta tags, JSON-LD and ``<time>``."""
    values = tree.xpath("//meta/@content | //script[@type='application/ld+json']/text() | "
                        "//time/@datetime")
    for value in values:
        for m in _TIMESTAMP.finditer(str(value)):
            text = m.group().replace(" ", "T").replace("Z", "+00:00")
            text = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", text)
            try:
                stamp = datetime.fromisoformat(text)
            except ValueError:
                continue
            if stamp.tzinfo is not None:
                yield stamp


def _shown_moments(tree: HtmlElement, language: str | None):
    """Each full date the page's visible text shows with a clock time beside it."""
    text = _visible_text(tree)
    for rx in (_ISO, _YEAR_FIRST, *_WRITTEN, _NUMERIC, _ANY_WRITTEN):
        for m in rx.finditer(text):
            clock = _CLOCK.search(text, m.end(), m.end() + CLOCK_REACH)
            if clock is None or (d := _read_shape(m, language)) is None:
                continue
            hour, minute = int(clock["h"]), int(clock["m"])
            if clock["ampm"]:
                hour = hour % 12 + (12 if clock["ampm"].lower() == "p" else 0)
            if hour < 24:
                yield datetime(d.year, d.month, d.day, hour, minute)


def metadata_time(tree: HtmlElement, day: date) -> datetime | None:
    """The first timestamp with a time zone on ``day`` in the page's meta tags or JSON-LD (the
    time htmldate's date came from), or None."""
    return next((stamp for stamp in _metadata_stamps(tree) if stamp.date() == day), None)


def shown_dates(tree: HtmlElement, language: str | None = None) -> set[date]:
    """Every full date the page's visible text shows, in any format :func:`find_any_date`
    reads."""
    text = _visible_text(tree)
    shown = set()
    for rx in (_ISO, _YEAR_FIRST, *_WRITTEN, _NUMERIC, _ANY_WRITTEN, _CJK):
        for m in rx.finditer(text):
            if (d := _read_shape(m, language)) is not None:
                shown.add(d)
    return shown


def _visible_text(tree: HtmlElement) -> str:
    """The text of a page's body on one line, without scripts and styles."""
    # the parent axis is cheap, the ancestor axis is not; scripts and styles hold text only
    texts = tree.xpath("//body//text()[not(parent::script or parent::style or "
                       "parent::noscript or parent::template)]")
    return date_words(" ".join(" ".join(str(t).split()) for t in texts if str(t).strip()))
