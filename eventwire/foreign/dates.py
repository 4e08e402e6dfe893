"""The date of an event told in another language, read by dateparser in that language.

dateparser is always told the document's language (``languages=[code]``): all of its locales
take seconds to load, and a wrong language reads ordinary words as dates. Relative words
("ayer", "samedi", "am Samstag") are anchored on the publication date; without one, only
dates that carry their year are read. What dateparser finds is kept only when it is a day, a
week or a month (ACLED precision 1, 2, 3), is not after the publication date, and holds a
letter and a digit or a word of four letters (dateparser reads "6,8" in "magnitud 6,8", the
Spanish "a un" and the German "Die" as dates), and is not a time of day written in words
("una hora", an hour, is read as an hour ago). With no date in its sentence the
event happened within the month up to the report, as the English dates stage says of a past
event (:data:`eventwire.dates.PAST_WINDOW_DAYS`).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, time, timedelta

from ..dates import PAST_WINDOW_DAYS
from ..date_words import date_words_mapped
from ..records import DateValue, Sentence

# dateparser's period of a date, as an ACLED time precision.
PRECISION = {"day": 1, "week": 2, "month": 3}
# A date written without digits needs a word this long: dateparser reads weekday
# abbreviations into ordinary short words.
MIN_DATE_WORD = 4
# A day written without digits ("samedi", "ayer") is a weekday or a relative word: within a
# week before the report. dateparser reads some words after a weekday into it ("am Freitag
# zwei" as the 10th of last month); such a read is dropped.
RELATIVE_DAYS = 7
# The words dateparser takes along after a date: prepositions and articles.
_SMALL_WORD = re.compile(r"[^\W\d_A-Z]{1,3}")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def event_date(sentence: Sentence, language: str, published: date | None) -> DateValue | None:
    """The date of the event told in ``sentence``: the first date it writes, else the month
    up to ``published``, else unknown."""
    for written, start, read, when in _found(sentence.text, language, published):
        value = _value(read, when.date(), language, published)
        if value is not None:
            first, last, precision = value
            at = sentence.start + start
            return DateValue(first, last, precision, written, (at, at + len(written)))
    if published is None:
        return None
    return DateValue(published - timedelta(days=PAST_WINDOW_DAYS - 1), published, 3, "",
                     (sentence.start, sentence.start))


def _settings(published: date | None) -> dict:
    out: dict = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if published is not None:
        out["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)
    return out


def _found(text: str, language: str, published: date | None
           ) -> list[tuple[str, int, str, datetime]]:
    """(words as written, their offset, words as dateparser read them, value) of each date
    dateparser finds in ``text``, trimmed of the words it takes along ("domingo en" is
    "domingo"). Dateparser reads the text with ASCII digits and the month names it knows
    (Arabic "١٢ آذار" as "12 مارس": :func:`~eventwire.date_words.date_words_mapped`)."""
    from dateparser.search import search_dates

    read, original = date_words_mapped(text)
    try:
        hits = search_dates(read, languages=[language], settings=_settings(published)) or []
    except (ValueError, LookupError, OverflowError):       # an unknown language, a bad date
        return []
    out, pos = [], 0
    for written, when in hits:
        at = read.find(written, pos)
        if at < 0 or not _dated(written) or (when.time() != time() and not _digit(written)):
            continue                # "una hora" (an hour) is read as an hour ago: a duration
        pos = at + len(written)
        trimmed, value = _trimmed(written, language, published)
        start, end = original(at), original(at + len(trimmed))
        out.append((text[start:end], start, trimmed, value or when))
    return out


def _digit(written: str) -> bool:
    return any(c.isdigit() for c in written)


def _dated(written: str) -> bool:
    """Whether dateparser's find can be a date: a letter, and a digit or a word of
    :data:`MIN_DATE_WORD` letters ("hier", "ayer"; not "6,8", Spanish "a un", or the German
    article "Die", which dateparser reads as Dienstag; Spanish "hoy" is lost)."""
    return any(c.isalpha() for c in written) and (
        _digit(written) or any(len(w) >= MIN_DATE_WORD for w in written.split()))


def _trimmed(written: str, language: str, published: date | None
             ) -> tuple[str, datetime | None]:
    """``written`` without the short lower-case words dateparser took along at its end ("en",
    "à", "in", "un"), and the date the words kept read as (None when they do not parse alone:
    "am Freitag"). The words taken along can change the reading ("jueves en un" reads as the
    10th of January, "jueves" as the last Thursday)."""
    import dateparser

    words = written.split()
    while len(words) > 1 and _SMALL_WORD.fullmatch(words[-1]):
        words = words[:-1]
    kept = written[:written.index(words[-1]) + len(words[-1])] if words else written
    if kept == written:
        return written, None
    return kept, dateparser.parse(kept, languages=[language], settings=_settings(published))


def _value(written: str, day: date, language: str, published: date | None
           ) -> tuple[date, date, int] | None:
    """First and last day and precision of a date as written (``day``, as dateparser read
    it); None when it is not a day, week or month, lies after ``published``, or is relative
    with nothing to anchor it."""
    if published is None and not _YEAR.search(written):
        return None
    period = _period(written, language, published)
    if period not in PRECISION:
        return None
    first, last = day, day
    if period == "week":
        first = day - timedelta(days=day.weekday())
        last = first + timedelta(days=6)
    elif period == "month":
        first = day.replace(day=1)
        last = day.replace(day=calendar.monthrange(day.year, day.month)[1])
    if published is not None and (first > published or (
            period == "day" and not _digit(written)
            and (published - first).days > RELATIVE_DAYS)):
        return None
    return first, min(last, published) if published else last, PRECISION[period]


def _period(written: str, language: str, published: date | None) -> str | None:
    """What ``written`` names: "day", "week", "month", "year"; dateparser reads the period of
    the words from the first it can parse on ("am Samstag" from "Samstag")."""
    from dateparser.date import DateDataParser

    parser = DateDataParser(languages=[language], settings=_settings(published))
    words = written.split()
    for i in range(len(words)):
        data = parser.get_date_data(" ".join(words[i:]))
        if data.date_obj is not None:
            return data.period
    return None
